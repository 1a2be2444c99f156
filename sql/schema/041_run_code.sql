-- The code a completed run ran (sha256 of the product's code and data files): an unchanged rerun
-- may skip the flow only when the code is the same (tasks/io/quick_rerun.py).
alter table runs add column code_fingerprint varchar;
