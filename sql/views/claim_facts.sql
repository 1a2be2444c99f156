-- One row per attributed claim with canonical claimant and target, its source and story group:
-- the base of accusations, claimant_statements and outlet_claims.
create or replace view claim_facts as
with claims_ as (
    select * from claims
),

-- a target given only as a country reads as that country's actor where one exists
country_names as (
    select country, any_value(name) as name
    from actors
    where kind = 'country'
    group by country
),

final as (
    select
        k.claim_id,
        k.article_id,
        src.article_key,
        k.sentence_index,
        s.text as evidence,
        c.actor_id as claimant_actor_id,
        c.name as claimant,
        c.country as claimant_country,
        c.kind as claimant_kind,
        k.claimant_text,
        k.reporting_verb,
        k.is_direct_quote,
        k.quote,
        k.claim_type,
        t.actor_id as target_actor_id,
        coalesce(t.country, k.target_country) as target_country,
        coalesce(t.name, cn.name, k.target_country) as target,
        src.source_name,
        src.source_kind,
        src.outlet,
        src.wire_agency,
        src.story_group_id,
        src.published_at
    from claims_ k
    join article_sources src using (article_id)
    join sentences s using (article_id, sentence_index)
    join actor_resolution rc on rc.actor_id = k.claimant_actor_id
    join actors c on c.actor_id = rc.canonical_actor_id
    left join actor_resolution rt on rt.actor_id = k.target_actor_id
    left join actors t on t.actor_id = rt.canonical_actor_id
    left join country_names cn on cn.country = k.target_country
)

select * from final
