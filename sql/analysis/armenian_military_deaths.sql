-- Every figure on Armenian military deaths, with who said it, where and when.
-- All killed/casualties figures whose subject is the Armenian military, in the order they were
-- reported (figure_timeline: undated last; same-day withheld numbers before numbers). Change
-- subject_country to 'AZ' for Azerbaijan's. Breakdowns of a larger total are marked, not hidden.
with figures as (
    select * from figure_timeline
    where subject_country = 'AM'
        and subject_group = 'military'
        and measure in ('killed', 'casualties')
),

final as (
    select
        timeline_seq,
        cast(published_at as date) as published_on,
        event_year,
        measure,
        value,
        qualifier,
        claimant_label as claimant,
        source_name as source,
        is_breakdown,
        evidence
    from figures
    order by event_year, timeline_seq
)

select * from final
