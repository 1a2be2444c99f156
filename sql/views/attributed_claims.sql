-- One row per attributed assertion, figures included, with its evidence sentence (contract view).
create or replace view attributed_claims as
with final as (
    select
        a.article_key,
        s.text as evidence,
        c.name as claimant,
        c.country as claimant_country,
        c.kind as claimant_kind,
        k.claimant_text,
        k.reporting_verb,
        k.is_direct_quote,
        k.quote,
        k.claim_type,
        k.target_country,
        t.name as target,
        k.article_id,
        k.claim_id,
        k.sentence_index,
        s.section,
        k.start_char,
        k.end_char,
        a.published_at,
        k.extractor_version,
        k.rule,
        k.resolved_by,
        k.claim_index
    from claims k
    join articles a using (article_id)
    join sentences s using (article_id, sentence_index)
    -- claimant and target = canonical actors: a surname-only key reads as its full name (actor_aliases)
    left join actor_aliases ca on ca.actor_id = k.claimant_actor_id
    join actors c on c.actor_id = coalesce(ca.canonical_actor_id, k.claimant_actor_id)
    left join actor_aliases ta on ta.actor_id = k.target_actor_id
    left join actors t on t.actor_id = coalesce(ta.canonical_actor_id, k.target_actor_id)
)
select * exclude (claim_index) from final
-- in reading order (an article's headline first, then its sentences as they stand; within a sentence, the order the
-- extractor found its claims in), so that a query without its own ORDER BY gets the same rows in the same order on
-- every run and every backend
order by article_key, sentence_index, claim_index
