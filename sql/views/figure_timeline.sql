-- Every figure in the order it was reported, per event (figure_event_key: see figure_facts), measure
-- family and subject: how a number moved
-- (Armenia 49, later 105) and who withheld one before giving it (Azerbaijan: "losses", then 50,
-- then 71). Dates are often known only to the day, so within one timestamp withheld figures come
-- first, then vague ones, then numbers from low to high: parties go from silence to a count, and
-- tolls are cumulative, so that is the likelier order of same-day reports.
create or replace view figure_timeline as
with figures as (
    select * from figure_facts
),

ordered as (
    select
        *,
        row_number() over (
            partition by figure_event_key, measure_family, subject_country, subject_group, event_year
            order by published_at nulls last, disclosure_rank, value nulls first, article_key, sentence_index, figure_id
        ) as timeline_seq
    from figures
),

final as (
    select
        figure_event_key,
        measure_family,
        subject_country,
        subject_group,
        event_year,
        timeline_seq,
        published_at,
        measure,
        value,
        qualifier,
        value_text,
        is_undisclosed,
        is_breakdown,
        is_comparable,
        scope_kind,
        scope,
        article_event_id,
        -- the previous number in this timeline (breakdowns and other non-counts aside): did this report revise it?
        last_value(case when is_comparable then value end ignore nulls) over (
            partition by figure_event_key, measure_family, subject_country, subject_group, event_year, measure
            order by timeline_seq rows between unbounded preceding and 1 preceding
        ) as previous_value,
        claimant,
        claimant_label,
        source_name,
        article_key,
        story_group_id,
        evidence,
        figure_id,
        article_id
    from ordered
)

select * from final
