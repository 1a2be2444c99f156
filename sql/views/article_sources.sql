-- One row per article with who stands behind its text, for counting sources: the outlet, else
-- the wire credit, else the article key (the seeds have no outlet), and its story group
-- (wire copies share one; an article not grouped yet is its own group).
create or replace view article_sources as
with final as (
    select
        a.article_id,
        a.article_key,
        o.name as outlet,
        a.wire_agency,
        coalesce(o.name, a.wire_agency, a.article_key) as source_name,
        case
            when o.name is not null then 'outlet'
            when a.wire_agency is not null then 'wire_agency'
            else 'article_key'
        end as source_kind,
        -- whose words a sentence in the outlet's own voice are: the agency's, for a wire story
        coalesce(a.wire_agency, o.name) as voice_name,
        coalesce(g.story_group_id, a.article_id) as story_group_id,
        coalesce(g.group_size, 1) as story_group_size,
        a.published_at
    from articles a
    left join outlets o using (outlet_id)
    left join story_groups g using (article_id)
)

select * from final
