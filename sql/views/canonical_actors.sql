-- One row per real-world actor across all articles: the canonical actor and the per-article keys
-- merged into it (actor_aliases, recomputed after each load). Alias actors have no row of their own.
-- A stored actor_key carries the country its article resolved ("person:fauzi@ID", tasks/core/actors_merge.py
-- stored_key): the same single name in two articles with two countries is two actors.
create or replace view canonical_actors as
with resolved as (
    select
        a.actor_id,
        a.actor_key,
        coalesce(al.canonical_actor_id, a.actor_id) as canonical_actor_id
    from actors a
    left join actor_aliases al using (actor_id)
),

merged as (
    select
        canonical_actor_id as actor_id,
        list_sort(list(actor_key) filter (where actor_id <> canonical_actor_id)) as alias_keys
    from resolved
    group by 1
),

final as (
    select
        c.actor_id,
        c.actor_key,
        c.name,
        c.kind,
        c.country,
        coalesce(m.alias_keys, []) as alias_keys,
        len(coalesce(m.alias_keys, [])) as n_aliases
    from actors c
    join merged m using (actor_id)
)

select * from final
