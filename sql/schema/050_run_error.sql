-- Why a failed run failed, in one line (no traceback): "news.duckdb is locked by another process: ...".
-- Written by the run itself, or, when the DB was locked at that moment, by the next run from
-- <db>.failed-runs.jsonl (tasks/io/runlog.py).
alter table runs add column error varchar;
