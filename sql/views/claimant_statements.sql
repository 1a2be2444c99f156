-- A claimant's statements over time: one row per attributed claim with the canonical claimant,
-- when and where it was reported, and its rank in that claimant's timeline (statement_seq;
-- undated reports last). Figures stated in the claim are listed with it.
create or replace view claimant_statements as
with claims_ as (
    select * from claim_facts
),

figures as (
    select
        claim_id,
        list(measure || ' ' || coalesce(cast(value as varchar), value_text, qualifier) order by figure_id) as figures
    from claim_figures
    where claim_id is not null
    group by claim_id
),

final as (
    select
        k.claimant_actor_id,
        k.claimant,
        k.claimant_country,
        row_number() over (
            partition by k.claimant_actor_id
            order by k.published_at nulls last, k.article_key, k.sentence_index, k.claim_id
        ) as statement_seq,
        k.published_at,
        k.article_key,
        k.source_name,
        k.claim_type,
        k.reporting_verb,
        k.target,
        k.is_direct_quote,
        k.quote,
        coalesce(f.figures, []) as figures,
        k.evidence,
        k.claimant_text,
        k.story_group_id,
        k.claim_id,
        k.article_id
    from claims_ k
    left join figures f using (claim_id)
)

select * from final
