-- Which outlets report which claims: one row per (source, claim). A claim is identified across
-- articles by claim_key, so the same claim in two outlets has one key:
-- * a figure: measure, subject, year, value (or qualifier) and canonical claimant
--   ("killed|AM|military|2022|49|<Armenia>"); the outlet's own voice is its own claimant;
-- * an accusation, denial or appeal: claimant, type and target;
-- * a direct quote: claimant and the quote's words;
-- * any other statement has no cross-article identity yet: claim_key NULL.
-- source_name is the outlet, else the wire credit, else the article key (the seeds name no outlet).
create or replace view outlet_claims as
with figures as (
    select
        article_id,
        'figure' as claim_kind,
        concat_ws('|', measure, coalesce(subject_country, '?'), coalesce(subject_group, '?'),
                  coalesce(cast(event_year as varchar), '?'), coalesce(cast(value as varchar), qualifier),
                  coalesce(claimant_actor_id, 'outlet voice')) as claim_key,
        concat(measure, ' ', coalesce(subject_country || ' ', ''), coalesce(subject_group, ''),
               coalesce(' ' || event_year, ''), ': ',
               coalesce(case when value = round(value) then cast(cast(value as bigint) as varchar)
                             else cast(value as varchar) end, value_text, qualifier),
               ' (', claimant_label, ')') as claim_summary,
        claimant,
        claimant_label,
        evidence,
        sentence_index
    from figure_facts
    where not is_breakdown
),

claims_ as (
    select
        article_id,
        claim_type as claim_kind,
        case
            when claim_type in ('accusation', 'denial', 'appeal')
                then concat_ws('|', claim_type, claimant_actor_id, coalesce(target_country, '?'))
            when is_direct_quote and quote is not null
                then concat_ws('|', 'quote', claimant_actor_id,
                               md5(trim(regexp_replace(lower(quote), '[^a-z0-9]+', ' ', 'g'))))
        end as claim_key,
        case
            when claim_type in ('accusation', 'denial', 'appeal')
                then concat(claimant, ' ', claim_type, coalesce(' -> ' || target, ''))
            else concat(claimant, ': ', coalesce(quote, evidence))
        end as claim_summary,
        claimant,
        claimant as claimant_label,
        evidence,
        sentence_index
    from claim_facts
),

final as (
    select
        src.source_name,
        src.source_kind,
        src.outlet,
        src.wire_agency,
        u.claim_kind,
        u.claim_key,
        u.claim_summary,
        u.claimant,
        u.claimant_label,
        src.article_key,
        src.story_group_id,
        src.published_at,
        u.evidence,
        u.sentence_index,
        u.article_id
    from (select * from figures union all select * from claims_) u
    join article_sources src using (article_id)
)

select * from final
