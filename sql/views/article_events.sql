-- One row per article with the event it reports (contract view): the event's id and label (the
-- headline of its most central report), its places, its first and last report times, and how
-- many articles, outlets and languages report it. Articles not grouped yet (a run still going)
-- have no row. See tasks/core/events/cluster.py for how articles are grouped.
create or replace view article_events as
with members as (
    select
        m.article_id,
        m.event_id,
        src.article_key,
        src.source_name,
        src.story_group_id,
        a.title,
        a.language,
        a.published_at
    from event_members m
    join articles a using (article_id)
    join article_sources src using (article_id)
),

per_event as (
    select
        event_id,
        count(distinct source_name) as n_sources,
        count(distinct story_group_id) as n_independent_sources,
        list_sort(list(distinct language) filter (where language is not null)) as languages
    from members
    group by event_id
),

final as (
    select
        m.article_key,
        m.event_id,
        e.label as event_label,
        e.places as event_places,
        e.first_report_at,
        e.last_report_at,
        e.n_articles as event_n_articles,
        p.n_sources as event_n_sources,
        p.n_independent_sources as event_n_independent_sources,
        p.languages as event_languages,
        m.title,
        m.source_name,
        m.language,
        m.published_at,
        m.article_id
    from members m
    join events e using (event_id)
    join per_event p using (event_id)
)

select * from final
