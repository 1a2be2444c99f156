-- Who accuses whom, and who denies? Accusations and denials by claimant and target.
-- Counts of claims, articles and independent stories (wire copies once) per canonical claimant,
-- target and type, most-carried first (view accusations). '(unnamed)': the text names no target.
with accusations_ as (
    select * from accusations
),

final as (
    select
        claimant,
        claimant_country,
        claim_type,
        target,
        n_claims,
        n_articles,
        n_independent_sources,
        first_reported_at,
        example_evidence
    from accusations_
    order by n_independent_sources desc, n_claims desc, claimant, claim_type, target
)

select * from final
