-- Claims: canonical actors, their mentions, attributed claims and the figures inside them.

create table actors (
    actor_id   varchar primary key,          -- hash of actor_key
    actor_key  varchar not null unique,      -- country:AM, person:nikol pashinyan, org:..., media:afp
    name       varchar not null,
    kind       varchar not null,             -- country | person | organization | media
    country    varchar                       -- ISO 3166-1 alpha-2, EU for the European Union
);

create table actor_mentions (
    article_id      varchar not null,
    mention_index   integer not null,
    sentence_index  integer not null,
    start_char      integer not null,
    end_char        integer not null,
    surface         varchar not null,
    actor_id        varchar not null,
    primary key (article_id, mention_index)
);

create table claims (
    claim_id           varchar primary key,  -- hash of article_id + claim_index
    article_id         varchar not null,
    claim_index        integer not null,
    sentence_index     integer not null,
    start_char         integer not null,
    end_char           integer not null,
    claimant_actor_id  varchar not null,
    claimant_text      varchar,
    reporting_verb     varchar,
    is_direct_quote    boolean not null,
    quote              varchar,
    claim_type         varchar not null,     -- statement | accusation | denial | appeal
    target_country     varchar,
    target_actor_id    varchar,
    extractor_version  varchar not null
);

create table claim_figures (
    figure_id          varchar primary key,  -- hash of article_id + figure_index
    article_id         varchar not null,
    figure_index       integer not null,
    claim_id           varchar,              -- the claim it was stated in, if attributed
    sentence_index     integer not null,
    start_char         integer not null,
    end_char           integer not null,
    measure            varchar not null,
    value              double,
    value_low          double,
    value_high         double,
    qualifier          varchar not null,
    value_text         varchar,
    subject_country    varchar,
    subject_group      varchar,
    event_year         integer,
    claimant_actor_id  varchar,              -- NULL: the outlet's own voice
    extractor_version  varchar not null
);
