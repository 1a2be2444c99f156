-- Which cleaner produced an article's text: a newer cleaner re-cleans unchanged files on the next run.
alter table articles add column cleaner_version varchar;
