-- Which claimants withheld numbers, and what numbers did their side give?
-- One row per claimant and subject with a figure marked undisclosed ("did not disclose the number",
-- "losses, without giving a number"): when it was first withheld, in how many independent stories,
-- and the numbers that claimants of the same country (Azerbaijan and its defence ministry are one
-- side) gave for the same event, subject and measure family, with who gave them.
with withheld as (
    select
        claimant_label as claimant,
        claimant_country,
        figure_event_key,
        measure_family,
        subject_country,
        subject_group,
        event_year,
        list_sort(list(distinct measure)) as withheld_measures,
        min(published_at) as first_withheld_at,
        count(distinct story_group_id) as n_independent_sources
    from figure_facts
    where is_undisclosed
    group by all
),

disclosed as (
    select * from figure_facts
    where value is not null and is_comparable
),

final as (
    select
        w.claimant,
        w.measure_family,
        w.subject_country,
        w.subject_group,
        w.event_year,
        w.withheld_measures,
        w.first_withheld_at,
        w.n_independent_sources,
        list_sort(list(distinct d.measure || ' ' || cast(d.value as varchar)) filter (where d.value is not null))
            as disclosed_values,
        list_sort(list(distinct d.claimant) filter (where d.value is not null)) as disclosed_by
    from withheld w
    left join disclosed d
        on d.claimant_country = w.claimant_country
        and d.figure_event_key = w.figure_event_key
        and d.measure_family = w.measure_family
        and d.subject_country is not distinct from w.subject_country
        and d.subject_group is not distinct from w.subject_group
        and d.event_year is not distinct from w.event_year
    group by all
    order by w.first_withheld_at, w.claimant
)

select * from final
