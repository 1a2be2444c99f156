-- Events: which articles report the same real-world event (see tasks/core/events/cluster.py).
-- Online state: everything needed to assign a new article lives here, so a run reads only the
-- new articles' texts and the few events that share their terms, never the whole history.

-- How many grouped articles use each hashed feature bucket (words and names), for idf.
create table event_term_df (
    term  integer primary key,
    df    integer not null
);

-- One row per grouped article: its raw bucket counts (to take them back out of event_term_df
-- when the article changes), its weighted vector (to take it back out of its event's sum), and
-- what it was computed from. A row whose content_hash, cleaner_version or features_version no
-- longer matches is regrouped on the next run.
create table article_vectors (
    article_id        varchar primary key,
    content_hash      varchar not null,
    cleaner_version   varchar,
    features_version  varchar not null,
    count_terms       integer[] not null,
    counts            float[] not null,
    terms             integer[] not null,     -- the weighted vector used for grouping
    weights           double[] not null,
    headline          varchar,                -- the title, else the first sentence (for event labels)
    top_entities      varchar[] not null,     -- most frequent names
    places            varchar[] not null,
    published_at      timestamp,
    computed_at       timestamp not null
);

-- One row per event: the sum of its articles' vectors (its centre, unnormalised) and what names it.
create table events (
    event_id             varchar primary key,   -- hash of the founding (first reported) article's key
    founding_article_id  varchar not null,
    label                varchar not null,       -- the headline of its most central report
    places               varchar[] not null,
    names                varchar[] not null,     -- the names most of its reports use (the story's own ground)
    first_report_at      timestamp,
    last_report_at       timestamp,
    n_articles           integer not null,
    terms                integer[] not null,
    weights              double[] not null,
    created_at           timestamp not null,
    updated_at           timestamp not null
);

-- Inverted index over each event's heaviest terms: candidate events for a new article are found
-- by a join on term, not by comparing it with every event.
create table event_index (
    term            integer not null,
    event_id        varchar not null,
    weight          double not null,
    last_report_at  timestamp
);

-- Which event each article belongs to. Set once per article version: later runs never move it.
create table event_members (
    article_id  varchar primary key,
    event_id    varchar not null,
    joined_at   timestamp not null
);
