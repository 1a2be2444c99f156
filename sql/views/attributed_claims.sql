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
        k.extractor_version
    from claims k
    join articles a using (article_id)
    join sentences s using (article_id, sentence_index)
    join actors c on c.actor_id = k.claimant_actor_id
    left join actors t on t.actor_id = k.target_actor_id
)
select * from final
