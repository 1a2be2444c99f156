-- One row per article: the cleaned text and what is known about it (contract view).
create or replace view cleaned_articles as
with final as (
    select
        a.article_id,
        a.article_key,
        a.title,
        t.text,
        o.name as outlet,
        a.wire_agency,
        a.published_at,
        a.language,
        a.url,
        a.author,
        a.input_format,
        a.updated_at
    from articles a
    left join article_texts t using (article_id)
    left join outlets o using (outlet_id)
)
select * from final
