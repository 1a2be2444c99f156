-- Which claims does only one source carry? Figures, accusations and quotes found in one story only.
-- A claim is matched across articles by outlet_claims.claim_key (figure: measure, subject, year,
-- value, claimant; accusation/denial/appeal: claimant and target; quote: claimant and words).
-- One story group = one independent source, so a wire story in three outlets still counts once.
with keyed as (
    select * from outlet_claims
    where claim_key is not null
),

carried as (
    select
        claim_key,
        any_value(claim_kind) as claim_kind,
        any_value(claim_summary) as claim_summary,
        count(distinct story_group_id) as n_independent_sources,
        list_sort(list(distinct source_name)) as sources,
        min(published_at) as reported_at,
        any_value(evidence) as evidence
    from keyed
    group by claim_key
),

final as (
    select claim_kind, claim_summary, sources, reported_at, evidence
    from carried
    where n_independent_sources = 1
    order by claim_kind, claim_summary
)

select * from final
