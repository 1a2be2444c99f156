-- Every actor_id (alias or not) with the canonical actor it reads as: the one join other views
-- need to count a surname-only mention and its full name as the same claimant.
create or replace view actor_resolution as
with final as (
    select
        a.actor_id,
        coalesce(al.canonical_actor_id, a.actor_id) as canonical_actor_id,
        coalesce(al.rule, 'self') as rule
    from actors a
    left join actor_aliases al using (actor_id)
)

select * from final
