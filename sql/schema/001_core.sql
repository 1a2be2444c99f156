-- Core tables: where articles came from, the articles and their cleaned text, runs and rejects.
-- IDs are deterministic hashes (of the article key, source locator, actor key), never counters,
-- so reruns line up with what is already stored.

create table sources (
    source_id      varchar primary key,   -- hash of kind + locator
    kind           varchar not null,      -- file | url | feed | sitemap
    locator        varchar not null,      -- absolute path or URL as given
    etag           varchar,               -- HTTP validators for conditional requests
    last_modified  varchar,
    content_hash   varchar,               -- sha256 of the last bytes read
    first_seen_at  timestamp not null,
    last_seen_at   timestamp not null,
    last_status    varchar                -- loaded | unchanged | not_modified | rejected
);

create table outlets (
    outlet_id  varchar primary key,       -- hash of the lower-cased name
    name       varchar not null,
    domain     varchar
);

create table articles (
    article_id         varchar primary key,   -- hash of article_key
    article_key        varchar not null unique,
    source_id          varchar,
    outlet_id          varchar,
    url                varchar,
    title              varchar,
    author             varchar,
    published_at       timestamp,
    language           varchar,
    wire_agency        varchar,
    dateline           varchar,
    input_format       varchar not null,      -- text | html
    content_hash       varchar not null,      -- sha256 of the raw input bytes
    n_bytes            bigint not null,
    extractor_version  varchar,
    first_loaded_at    timestamp not null,
    updated_at         timestamp not null
);

create table article_texts (
    article_id  varchar primary key,
    text        varchar not null             -- body paragraphs separated by newlines
);

-- The plain-text cleaner's decision for every non-empty input line (audit trail).
create table article_lines (
    article_id  varchar not null,
    line_no     integer not null,
    label       varchar not null,            -- title standfirst body subheading caption credit dateline boilerplate
    text        varchar not null,
    primary key (article_id, line_no)
);

create table sentences (
    article_id      varchar not null,
    sentence_index  integer not null,
    section         varchar not null,        -- title | body
    start_char      integer not null,        -- offsets into the title or the article text
    end_char        integer not null,
    text            varchar not null,
    primary key (article_id, sentence_index)
);

create table runs (
    run_id             varchar primary key,
    flow_run_id        varchar,
    started_at         timestamp not null,
    finished_at        timestamp,
    status             varchar not null,     -- running | completed | failed
    inputs             varchar,              -- what was asked for, as JSON
    n_inputs           integer,
    n_new              integer,
    n_updated          integer,
    n_unchanged        integer,
    n_reextracted      integer,
    n_rejected         integer,
    extractor_version  varchar
);

-- The inputs that could not be processed, and why: one row per input, the latest verdict.
-- A later run that loads the input removes its row.
create table rejects (
    input        varchar primary key,        -- article key, path or URL
    stage        varchar not null,           -- discover | read | fetch | decode | clean | extract | load
    reason       varchar not null,
    run_id       varchar,
    rejected_at  timestamp not null
);
