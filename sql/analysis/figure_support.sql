-- How many independent sources back each figure? One row per reported value.
-- For every event (figure_facts.figure_event_key), measure, subject, year and value: how many articles report it, how many independent
-- stories (story groups: wire copies count once), which claimants and sources, first reported when.
-- Breakdowns of a larger total and figures without a number are left out.
with figures as (
    select * from figure_facts
    where value is not null and is_comparable
),

final as (
    select
        measure,
        subject_country,
        subject_group,
        event_year,
        value,
        count(distinct article_id) as n_articles,
        count(distinct story_group_id) as n_independent_sources,
        list_sort(list(distinct claimant_label)) as claimants,
        list_sort(list(distinct source_name)) as sources,
        min(published_at) as first_reported_at,
        any_value(article_event_label) as event_label
    from figures
    group by figure_event_key, measure, subject_country, subject_group, event_year, value
    order by n_independent_sources desc, measure, subject_country, subject_group, event_year, value
)

select * from final
