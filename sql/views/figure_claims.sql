-- One row per figure, with the sentence it was read from and its claimant (contract view).
create or replace view figure_claims as
with final as (
    select
        a.article_key,
        s.text as evidence,
        f.measure,
        f.value,
        f.value_low,
        f.value_high,
        f.qualifier,
        f.value_text,
        f.subject_country,
        f.subject_group,
        c.name as claimant,
        c.country as claimant_country,
        c.kind as claimant_kind,
        f.event_year,
        f.article_id,
        f.figure_id,
        f.claim_id,
        f.sentence_index,
        s.section,
        f.start_char,
        f.end_char,
        a.published_at,
        f.extractor_version,
        f.figure_index
    from claim_figures f
    join articles a using (article_id)
    join sentences s using (article_id, sentence_index)
    -- claimant = the canonical actor: a surname-only key reads as its full name (actor_aliases)
    left join actor_aliases al on al.actor_id = f.claimant_actor_id
    left join actors c on c.actor_id = coalesce(al.canonical_actor_id, f.claimant_actor_id)
)
select * exclude (figure_index) from final
-- in reading order (an article's headline first, then its sentences as they stand; within a sentence, the order the
-- extractor found its figures in), so that a query without its own ORDER BY gets the same rows in the same order on
-- every run and every backend
order by article_key, sentence_index, figure_index
