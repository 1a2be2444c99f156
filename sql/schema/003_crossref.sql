-- Cross-article tables, rebuilt by the crossref step after every load: actor aliases, wire-copy
-- signatures and links, story groups. All derived from the core tables, so losing them loses
-- nothing: the next run recomputes them.

-- Actors the per-article extractor could not merge ("person:pashinyan" in an article that never
-- gives the full name). Only merged actors have a row; every other actor is its own canonical.
create table actor_aliases (
    actor_id            varchar primary key,
    canonical_actor_id  varchar not null,
    rule                varchar not null       -- surname_of_full_name
);

-- One MinHash signature per article text, so a new article is compared against stored
-- signatures without re-reading every text. content_hash says which bytes it was computed from.
create table article_signatures (
    article_id       varchar primary key,
    content_hash     varchar not null,       -- articles.content_hash at signing time
    signature_version varchar not null,      -- wire.SIGNATURE_VERSION: other settings are re-signed
    wire_agency      varchar,                -- lower-cased, for the same-credit rule
    n_shingles       integer not null,
    minhash          ubigint[],              -- NULL: text too short to compare
    sentence_hashes  ubigint[] not null,     -- fingerprints of long body sentences
    signed_at        timestamp not null
);

-- Articles carrying the same story: one row per pair, article_id < other_article_id.
create table article_links (
    article_id        varchar not null,
    other_article_id  varchar not null,
    similarity        double not null,       -- estimated Jaccard of word shingles
    n_shared_sentences integer not null,
    rule              varchar not null,      -- near_duplicate | same_wire_sentences
    primary key (article_id, other_article_id)
);

-- Connected components of article_links: one row per article; singletons are their own group.
create table story_groups (
    article_id      varchar primary key,
    story_group_id  varchar not null,        -- the smallest article_id in the component
    group_size      integer not null
);
