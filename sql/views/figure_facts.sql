-- One row per figure with everything the cross-source views need: canonical claimant, a label
-- for the outlet's own voice, source and story group, measure family, and whether the figure is
-- a breakdown of a larger total in the same sentence.
create or replace view figure_facts as
with figures as (
    select * from claim_figures
),

-- "50 servicemen ..., including 42 army soldiers and eight border guards": the eight is a part
-- of the 50, not a competing count. A smaller figure of the same measure and subject that
-- follows a larger one in the same sentence after "including" / "of whom" / "among them" is a
-- breakdown, and must not become a figure's "conservative" (lowest) value.
breakdowns as (
    select distinct part.figure_id
    from figures part
    join figures total
        on total.article_id = part.article_id
        and total.sentence_index = part.sentence_index
        and total.measure = part.measure
        and total.subject_country is not distinct from part.subject_country
        and total.subject_group is not distinct from part.subject_group
        and total.end_char <= part.start_char
        and total.value > part.value
    join sentences s
        on s.article_id = part.article_id
        and s.sentence_index = part.sentence_index
    where regexp_matches(
        lower(substring(s.text, total.end_char - s.start_char + 1, part.start_char - total.end_char)),
        '\b(including|among them|among whom|of whom|of them|of which)\b'
    )
),

final as (
    select
        f.figure_id,
        f.article_id,
        src.article_key,
        f.claim_id,
        f.sentence_index,
        s.text as evidence,
        f.measure,
        -- killed, wounded and unspecified losses are one family: "losses" bears on both
        case when f.measure in ('killed', 'wounded', 'casualties') then 'casualties' else f.measure end
            as measure_family,
        f.value,
        f.value_low,
        f.value_high,
        f.qualifier,
        f.value_text,
        f.qualifier = 'undisclosed' as is_undisclosed,
        b.figure_id is not null as is_breakdown,
        -- within one timestamp: withheld, then vague, then numbers (parties go from silence to a count)
        case f.qualifier when 'undisclosed' then 0 when 'vague' then 1 else 2 end as disclosure_rank,
        f.subject_country,
        f.subject_group,
        f.event_year,
        c.actor_id as claimant_actor_id,
        c.name as claimant,
        c.country as claimant_country,
        c.kind as claimant_kind,
        coalesce(c.name, src.voice_name || ' (outlet voice)', '(outlet voice)') as claimant_label,
        src.source_name,
        src.source_kind,
        src.outlet,
        src.wire_agency,
        src.story_group_id,
        src.published_at
    from figures f
    join article_sources src using (article_id)
    join sentences s using (article_id, sentence_index)
    left join actor_resolution r on r.actor_id = f.claimant_actor_id
    left join actors c on c.actor_id = r.canonical_actor_id
    left join breakdowns b using (figure_id)
)

select * from final
