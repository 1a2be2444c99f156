-- Web runs: how many pages were downloaded, and how many a conditional request skipped.
alter table runs add column n_fetched integer;
alter table runs add column n_not_modified integer;
