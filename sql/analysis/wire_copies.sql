-- Which articles carry the same story? Wire copies and near-duplicates, with how they were matched.
-- One row per linked pair (article_links): near_duplicate = estimated Jaccard of 5-word shingles
-- >= 0.5; same_wire_sentences = same agency credit and >= 5 shared long sentences. story_group_id
-- is the group both belong to (counted as one independent source everywhere).
with links as (
    select * from article_links
),

final as (
    select
        g.story_group_id,
        g.group_size,
        a.article_key,
        b.article_key as other_article_key,
        l.rule,
        l.similarity,
        l.n_shared_sentences,
        coalesce(sa.source_name, a.article_key) as source,
        coalesce(sb.source_name, b.article_key) as other_source
    from links l
    join articles a on a.article_id = l.article_id
    join articles b on b.article_id = l.other_article_id
    left join story_groups g on g.article_id = l.article_id
    left join article_sources sa on sa.article_id = l.article_id
    left join article_sources sb on sb.article_id = l.other_article_id
    order by g.group_size desc, g.story_group_id, l.similarity desc
)

select * from final
