-- Which events do the articles report, and where do their sources disagree?
-- One row per event (article_events): its label (the headline of its most central report), places,
-- first and last report, how many articles, outlets and independent stories (wire copies count
-- once) report it, its languages, and how many disputed figures it holds (figure_disputes rows of
-- that event with more than one value, or a value and a withheld number). Largest events first.
with members as (
    select * from article_events
),

disputes as (
    select
        event_id,
        count(*) as n_disputes,
        list_sort(list(distinct measure || coalesce(' ' || subject_country, ''))) as disputed
    from figure_disputes
    where is_disputed
    group by event_id
),

final as (
    select
        m.event_id,
        any_value(m.event_label) as label,
        any_value(m.event_places) as places,
        cast(any_value(m.first_report_at) as date) as first_report,
        cast(any_value(m.last_report_at) as date) as last_report,
        count(*) as n_articles,
        count(distinct m.source_name) as n_sources,
        any_value(m.event_n_independent_sources) as n_independent_sources,
        any_value(m.event_languages) as languages,
        coalesce(any_value(d.n_disputes), 0) > 0 as has_dispute,
        coalesce(any_value(d.n_disputes), 0) as n_disputes,
        any_value(d.disputed) as disputed
    from members m
    left join disputes d using (event_id)
    group by m.event_id
    order by n_articles desc, n_independent_sources desc, first_report, label
)

select * from final
