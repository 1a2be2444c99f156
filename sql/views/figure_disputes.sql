-- One row per event and counted quantity (figure_event_key, measure, subject_country,
-- subject_group, event_year): every distinct value reported, who reported it, how many
-- independent stories back it, and whether sources disagree. Figures compare only within one
-- event and scope (figure_facts.figure_event_key: the article's event, narrowed by a place or a
-- period, or a running toll linked across reports).
--
-- Semantics (see the README):
-- * values: the distinct non-NULL values, sorted. Only comparable figures: breakdowns
--   ("including eight border guards" inside a total of 50), projections, rates and populations
--   are left out (figure_facts.is_comparable).
-- * has_undisclosed: a claimant withheld the number. A withheld "losses" (casualties) counts for
--   deaths (killed) and injuries (wounded) of the same people and year, and a withheld killed or
--   wounded counts for casualties: an analyst asking about Azerbaijani military deaths must see
--   that Azerbaijan first withheld them. Those undisclosed rows join this row's evidence, so
--   claimants, n_articles and n_independent_sources count them too.
-- * conservative_value: the lowest value (ACLED: when reports differ, the most conservative).
-- * latest_value: the value of the most recently published report with a known date. Pages
--   usually give a time of day (kept from their metadata, in UTC); reports with the same
--   timestamp, e.g. date-only text files of one day, are ordered as in figure_timeline
--   (tolls are cumulative: the larger is the later).
-- * n_independent_sources: distinct story groups (wire copies of one story count once).
-- * is_disputed: more than one distinct value, or a value and a withheld number.
create or replace view figure_disputes as
with figures as (
    select * from figure_facts
    where is_comparable
),

groups as (
    select distinct figure_event_key, measure, measure_family, subject_country, subject_group, event_year
    from figures
),

evidence as (
    select
        g.figure_event_key as group_key,
        g.measure as group_measure,
        g.measure_family as group_family,
        g.subject_country as group_country,
        g.subject_group as group_subject,
        g.event_year as group_year,
        f.*
    from groups g
    join figures f
        on f.figure_event_key = g.figure_event_key
        and f.subject_country is not distinct from g.subject_country
        and f.subject_group is not distinct from g.subject_group
        and f.event_year is not distinct from g.event_year
        and (
            f.measure = g.measure
            or (f.is_undisclosed and f.measure_family = g.measure_family and 'casualties' in (f.measure, g.measure))
        )
),

ranked as (
    select
        *,
        -- the first report in timeline order (see figure_timeline): was it a withheld number?
        row_number() over (
            partition by group_key, group_measure, group_country, group_subject, group_year
            order by published_at nulls last, disclosure_rank, value nulls first, article_key, figure_id
        ) as first_seq,
        -- the latest dated number: later published first, the larger of same-day reports first
        row_number() over (
            partition by group_key, group_measure, group_country, group_subject, group_year
            order by (value is not null and published_at is not null) desc, published_at desc, value desc
        ) as latest_seq
    from evidence
),

summary as (
    select
        group_key as figure_event_key,
        group_measure as measure,
        any_value(group_family) as measure_family,
        group_country as subject_country,
        group_subject as subject_group,
        group_year as event_year,
        coalesce(list_sort(list(distinct value) filter (where value is not null)), []) as values,
        bool_or(is_undisclosed) as has_undisclosed,
        min(published_at) filter (where is_undisclosed) as first_undisclosed_at,
        min(published_at) filter (where value is not null) as first_value_at,
        bool_or(is_undisclosed and first_seq = 1) as is_withheld_first,
        list_sort(list(distinct claimant_label)) as claimants,
        coalesce(list_sort(list(distinct claimant_label) filter (where is_undisclosed)), []) as undisclosed_claimants,
        count(distinct article_id) as n_articles,
        count(distinct story_group_id) as n_independent_sources,
        min(value) as conservative_value,
        any_value(value) filter (where latest_seq = 1 and value is not null and published_at is not null)
            as latest_value,
        any_value(published_at) filter (where latest_seq = 1 and value is not null and published_at is not null)
            as latest_at,
        count(*) as n_figures,
        -- the event: the article event most of the figures come from (a linked running toll
        -- spans several), and the scope that narrows it
        mode(article_event_id) as event_id,
        mode(article_event_label) as event_label,
        any_value(scope) as scope,
        count(distinct article_event_id) as n_events
    from ranked
    group by group_key, group_measure, group_country, group_subject, group_year
),

final as (
    select
        measure,
        subject_country,
        subject_group,
        event_year,
        values,
        len(values) as n_values,
        has_undisclosed,
        (len(values) > 1 or (len(values) >= 1 and has_undisclosed)) as is_disputed,
        conservative_value,
        latest_value,
        latest_at,
        claimants,
        n_articles,
        n_independent_sources,
        first_undisclosed_at,
        first_value_at,
        is_withheld_first,
        undisclosed_claimants,
        measure_family,
        n_figures,
        event_id,
        event_label,
        scope,
        n_events,
        figure_event_key
    from summary
)

select * from final
