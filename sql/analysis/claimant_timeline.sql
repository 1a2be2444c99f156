-- What did each claimant say over time? Statements in order, for claimants heard in 2+ stories.
-- One row per attributed claim (view claimant_statements), by canonical claimant ("Pashinyan" and
-- "Nikol Pashinyan" are one), ordered by publication (undated last). For one claimant, add
-- `and claimant = 'Nikol Pashinyan'` to the where clause, or query claimant_statements directly.
with statements as (
    select * from claimant_statements
),

heard_widely as (
    select claimant_actor_id
    from statements
    group by claimant_actor_id
    having count(distinct story_group_id) >= 2
),

final as (
    select
        s.claimant,
        s.statement_seq,
        cast(s.published_at as date) as published_on,
        s.source_name as source,
        s.claim_type,
        s.reporting_verb,
        s.target,
        s.figures,
        coalesce(s.quote, s.evidence) as said
    from statements s
    join heard_widely using (claimant_actor_id)
    order by s.claimant, s.statement_seq
)

select * from final
