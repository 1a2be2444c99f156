-- Who accuses whom: one row per (claimant, target, claim_type) for accusations and denials, with
-- how many claims, articles and independent stories carry it, and when it was first and last
-- reported. A target the extractor could not name is '(unnamed)', not dropped: a denial often
-- answers an accusation without naming the accuser.
create or replace view accusations as
with claims_ as (
    select * from claim_facts
    where claim_type in ('accusation', 'denial')
),

final as (
    select
        claimant_actor_id,
        claimant,
        claimant_country,
        coalesce(target, '(unnamed)') as target,
        target_country,
        claim_type,
        count(*) as n_claims,
        count(distinct article_id) as n_articles,
        count(distinct story_group_id) as n_independent_sources,
        list_sort(list(distinct source_name)) as sources,
        min(published_at) as first_reported_at,
        max(published_at) as last_reported_at,
        arg_min(evidence, coalesce(published_at, timestamp '9999-12-31')) as example_evidence
    from claims_
    group by claimant_actor_id, claimant, claimant_country, coalesce(target, '(unnamed)'), target_country, claim_type
)

select * from final
