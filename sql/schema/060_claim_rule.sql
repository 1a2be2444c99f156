-- Which named rule of the claim extractor made each claim (tasks/core/claims/rules.py lists them in order),
-- and how the claimant's words were resolved to its actor (for `newsclaims explain` and audits).
alter table claims add column rule varchar;
alter table claims add column resolved_by varchar;
