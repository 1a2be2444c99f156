-- One row per figure with everything the cross-source views need: canonical claimant, a label
-- for the outlet's own voice, source and story group, measure family, whether the figure is
-- a breakdown of a larger total, and which event and scope it counts (figure_event_key).
--
-- A figure's event (see tasks/core/events/scope.py for what is read from the text):
-- * it is comparable only as a count of people that happened: breakdowns ("including one dual
--   citizen"), projections ("could die"), rates ("the daily rise") and populations or crowds
--   filed as casualties are not, nor is a range's high end ("30,000-40,000": the low end is the
--   report's comparable count) (is_comparable false);
-- * it belongs to its article's event (article_events), narrowed by a place or target that is not
--   the event's own ground (the event's names: "in Gaza" in a Gaza story is the story's, "at
--   Al-Maghazi refugee camp" is an incident), taken from the sentences before it when its own
--   clause names only the story's ground; and by a period outside the story's time ("in
--   September", "the 2009 crash", "the 14th century");
-- * the story's own figures (no narrower scope) link across events when their event counts that
--   quantity with running-toll or dated wording ("more than 200 captive since its attack", "took
--   more than 240 hostages on October 7th"): a running toll is one quantity in every report that
--   gives it, whatever else the reports share. Only for a named country's people: "3 killed"
--   without a country links nothing.
create or replace view figure_facts as
with figures as (
    select * from claim_figures
),

scoped as (
    select
        f.*,
        coalesce(sc.kind, 'count') as scope_kind,
        coalesce(sc.running, false) as scope_running,
        sc.period as scope_period,
        coalesce(sc.year, f.event_year) as scope_year,
        sc.quantity as scope_quantity,
        -- the day or week the clause dates the count to, from the publication date
        case
            when a.published_at is null or sc.anchor is null then null
            when sc.anchor = 'today' then strftime(cast(a.published_at as date), '%Y-%m-%d')
            when sc.anchor = 'yesterday' then strftime(cast(a.published_at as date) - 1, '%Y-%m-%d')
            when sc.anchor = 'last week' then 'week ' || strftime(cast(a.published_at as date) - 7, '%G-W%V')
            when sc.anchor = 'this week' then 'week ' || strftime(cast(a.published_at as date), '%G-W%V')
            else strftime(cast(a.published_at as date) - cast((isodow(a.published_at)
                - (list_position(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
                                 sc.anchor)) + 7) % 7 as integer), '%Y-%m-%d')
        end as scope_anchor,
        m.event_id as article_event_id,
        e.label as article_event_label,
        -- places that are not the event's own ground: its names (and their longer forms: "gaza strip"
        -- is Gaza's) and the figure's own country
        list_filter(coalesce(sc.places, []), p -> len(list_filter(coalesce(e.names, []),
            n -> p = n or starts_with(p, n || ' ') or starts_with(n, p || ' '))) = 0) as own_places,
        list_filter(coalesce(sc.context_places, []), p -> len(list_filter(coalesce(e.names, []),
            n -> p = n or starts_with(p, n || ' ') or starts_with(n, p || ' '))) = 0) as context_places
    from figures f
    left join figure_scopes sc on sc.figure_id = f.figure_id
    left join articles a on a.article_id = f.article_id
    left join event_members m on m.article_id = f.article_id
    left join events e on e.event_id = m.event_id
),

keyed as (
    select
        *,
        case
            when len(own_places) > 0 then own_places[1]
            when not scope_running and len(context_places) > 0 then context_places[1]
        end as scope_place
    from scoped
),

anchored as (
    select
        *,
        -- counts dated to different days or weeks in one event are different incidents ("one soldier
        -- killed on Monday", "34 soldiers killed last week"); undated counts stay with the story
        count(distinct scope_anchor) over (
            partition by coalesce(article_event_id, article_id),
                case when measure in ('killed', 'wounded', 'casualties') then 'casualties' else measure end,
                subject_country, subject_group, scope_year, scope_quantity, scope_place, scope_period
        ) as n_anchors
    from keyed
),

linked as (
    select
        *,
        concat_ws(' ', 'in ' || scope_place, scope_period, case when n_anchors > 1 then 'on ' || scope_anchor end)
            as narrower,
        -- does this event count this quantity with running-toll or dated wording? (per measure
        -- family: a withheld "losses" stays with the deaths it bears on)
        bool_or(scope_running) filter (where scope_place is null and scope_period is null and n_anchors <= 1) over (
            partition by coalesce(article_event_id, article_id),
                case when measure in ('killed', 'wounded', 'casualties') then 'casualties' else measure end,
                subject_country, subject_group, scope_year, scope_quantity
        ) as event_quantity_running
    from anchored
),

-- Two figures of one sentence that count the same measure of the same people, the larger first:
-- a total and its part, or a range's two ends.
same_count_pairs as (
    select
        big.figure_id as big_id,
        big.end_char as big_end,
        big.qualifier as big_qualifier,
        small.figure_id as small_id,
        small.start_char as small_start,
        small.end_char as small_end,
        small.qualifier as small_qualifier,
        small.article_id,
        small.sentence_index
    from figures small
    join figures big
        on big.article_id = small.article_id
        and big.sentence_index = small.sentence_index
        and big.measure = small.measure
        and big.subject_country is not distinct from small.subject_country
        and big.subject_group is not distinct from small.subject_group
        and big.value > small.value
),

-- "50 servicemen ..., including 42 army soldiers and eight border guards": the eight is a part
-- of the 50, not a competing count. A smaller figure of the same measure and subject that
-- follows a larger one in the same sentence after "including" / "of whom" / "among them" is a
-- breakdown, and must not become a figure's "conservative" (lowest) value.
breakdowns as (
    select distinct p.small_id as figure_id
    from same_count_pairs p
    join sentences s
        on s.article_id = p.article_id
        and s.sentence_index = p.sentence_index
    where p.big_end <= p.small_start
        and regexp_matches(
            lower(substring(s.text, p.big_end - s.start_char + 1, p.small_start - p.big_end)),
            '\b(including|among them|among whom|of whom|of them|of which)\b'
        )
),

-- "killing 30,000-40,000 Maori", "between 40 and 60 people": the extractor gives a range's low end
-- ("at least") and its high end ("up to") as two figures of one report; the high end is the same
-- report as the low end, not a competing count, so only the low end is compared.
range_highs as (
    select distinct big_id as figure_id
    from same_count_pairs
    where big_qualifier = 'up_to' and small_qualifier = 'at_least' and big_end = small_end
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
        b.figure_id is not null or f.scope_kind = 'breakdown' as is_breakdown,
        f.scope_kind,
        f.scope_kind = 'count' and b.figure_id is null and rh.figure_id is null as is_comparable,
        nullif(concat_ws(' ', f.scope_quantity, nullif(f.narrower, '')), '') as scope,
        f.article_event_id,
        f.article_event_label,
        -- the event and scope this figure counts: figures compare only within one key
        case
            when nullif(f.narrower, '') is null and f.event_quantity_running and f.subject_country is not null
                then 'story'
            else coalesce(f.article_event_id, f.article_id)
        end || coalesce(' ' || nullif(concat_ws(' ', f.scope_quantity, nullif(f.narrower, '')), ''), '')
            as figure_event_key,
        -- within one timestamp: withheld, then vague, then numbers (parties go from silence to a count)
        case f.qualifier when 'undisclosed' then 0 when 'vague' then 1 else 2 end as disclosure_rank,
        f.subject_country,
        f.subject_group,
        f.scope_year as event_year,
        f.event_year as extracted_event_year,
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
    from linked f
    join article_sources src using (article_id)
    join sentences s using (article_id, sentence_index)
    left join actor_resolution r on r.actor_id = f.claimant_actor_id
    left join actors c on c.actor_id = r.canonical_actor_id
    left join breakdowns b using (figure_id)
    left join range_highs rh using (figure_id)
)

select * from final
