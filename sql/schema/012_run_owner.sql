-- Which process runs a run, so the next run can tell a killed run from a live one.
-- A run whose process died (kill -9, OOM, reboot) is marked 'abandoned' by the next run on
-- that host instead of staying 'running' for ever; its batches were transactional, so
-- nothing half-written is left behind.
alter table runs add column host varchar;
alter table runs add column pid integer;
