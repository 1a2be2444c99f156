-- Where do sources disagree on a number? Every disputed figure with its values, the lowest and latest.
-- One row per measure, subject and year that has more than one value, or a value and a withheld
-- number (view figure_disputes). conservative_value is the lowest (ACLED's rule), latest_value the
-- most recently published one; n_independent_sources counts wire copies of one story once.
-- withheld_first: a claimant withheld the number before any was given (see figure_timeline).
-- Only figures about a named country's people: "3 people killed" in unrelated stories share
-- the key (killed, NULL, people, year) without being about one event (view figure_disputes has them).
with disputes as (
    select * from figure_disputes
    where is_disputed
        and subject_country is not null
),

final as (
    select
        measure,
        subject_country,
        subject_group,
        event_year,
        values,
        has_undisclosed,
        is_withheld_first as withheld_first,
        conservative_value,
        latest_value,
        n_articles,
        n_independent_sources,
        claimants
    from disputes
    order by n_independent_sources desc, measure, subject_country, subject_group, event_year
)

select * from final
