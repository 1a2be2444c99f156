-- ducklake: nothing to do (a lake has no key constraints to drop)
-- The tables with many rows per article lose their primary keys. Their keys stay unique by how
-- they are written (tasks/io/load.py, tasks/io/events.py): every row of an article is deleted
-- before its new rows are inserted, in one transaction, and an article's rows carry their own
-- index (line_no, sentence_index, ...) or an id hashed from it. The key indexes only cost: DuckDB
-- rewrites each one whole at every checkpoint and rebuilds it on every open that replays the WAL,
-- so loading grew faster than the data (6.4 s for 799 pages, 87 s for 7,990). The checks that
-- keep the keys unique are tests (tests/test_load_keys.py), not the database.
-- DuckDB cannot drop a key in place: each table is copied without it (columns as they are now,
-- whatever later migrations add), then takes the old name back; its NOT NULL columns are NOT NULL again.
create table _article_lines as select * from article_lines;
drop table article_lines;
alter table _article_lines rename to article_lines;
alter table article_lines alter column article_id set not null;
alter table article_lines alter column line_no set not null;
alter table article_lines alter column label set not null;
alter table article_lines alter column text set not null;

create table _sentences as select * from sentences;
drop table sentences;
alter table _sentences rename to sentences;
alter table sentences alter column article_id set not null;
alter table sentences alter column sentence_index set not null;
alter table sentences alter column section set not null;
alter table sentences alter column start_char set not null;
alter table sentences alter column end_char set not null;
alter table sentences alter column text set not null;

create table _actor_mentions as select * from actor_mentions;
drop table actor_mentions;
alter table _actor_mentions rename to actor_mentions;
alter table actor_mentions alter column article_id set not null;
alter table actor_mentions alter column mention_index set not null;
alter table actor_mentions alter column sentence_index set not null;
alter table actor_mentions alter column start_char set not null;
alter table actor_mentions alter column end_char set not null;
alter table actor_mentions alter column surface set not null;
alter table actor_mentions alter column actor_id set not null;

create table _claims as select * from claims;
drop table claims;
alter table _claims rename to claims;
alter table claims alter column claim_id set not null;
alter table claims alter column article_id set not null;
alter table claims alter column claim_index set not null;
alter table claims alter column sentence_index set not null;
alter table claims alter column start_char set not null;
alter table claims alter column end_char set not null;
alter table claims alter column claimant_actor_id set not null;
alter table claims alter column is_direct_quote set not null;
alter table claims alter column claim_type set not null;
alter table claims alter column extractor_version set not null;

create table _claim_figures as select * from claim_figures;
drop table claim_figures;
alter table _claim_figures rename to claim_figures;
alter table claim_figures alter column figure_id set not null;
alter table claim_figures alter column article_id set not null;
alter table claim_figures alter column figure_index set not null;
alter table claim_figures alter column sentence_index set not null;
alter table claim_figures alter column start_char set not null;
alter table claim_figures alter column end_char set not null;
alter table claim_figures alter column measure set not null;
alter table claim_figures alter column qualifier set not null;
alter table claim_figures alter column extractor_version set not null;

create table _figure_scopes as select * from figure_scopes;
drop table figure_scopes;
alter table _figure_scopes rename to figure_scopes;
alter table figure_scopes alter column figure_id set not null;
alter table figure_scopes alter column article_id set not null;
alter table figure_scopes alter column kind set not null;
alter table figure_scopes alter column places set not null;
alter table figure_scopes alter column context_places set not null;
alter table figure_scopes alter column running set not null;
alter table figure_scopes alter column reason set not null;
alter table figure_scopes alter column scope_version set not null;
