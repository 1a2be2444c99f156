"""Processed documents to table rows (plain dicts): the shape of the DuckDB tables, no I/O."""
from __future__ import annotations

from datetime import datetime, timezone

from tasks.core.actors_merge import stored_key
from tasks.core.cleaner_version import CLEANER_VERSION
from tasks.core.events.scope import scope_rows
from tasks.core.process import ProcessedDoc
from tasks.core.stable_ids import stable_id


def article_id(key: str) -> str:
    return stable_id("article", key)


def actor_id(actor_key: str) -> str:
    return stable_id("actor", actor_key)


def outlet_id(name: str) -> str:
    return stable_id("outlet", name.strip().lower())


def parse_timestamp(value: str | None) -> datetime | None:
    """ISO dates and datetimes as pages give them; anything else is unknown (None)."""
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        try:
            stamp = datetime.fromisoformat(text[:10])
        except ValueError:
            return None
    if stamp.tzinfo is not None:  # stored as naive UTC
        stamp = stamp.astimezone(timezone.utc).replace(tzinfo=None)
    return stamp


def document_rows(doc: ProcessedDoc, *, source_id: str, now: datetime, first_loaded_at: datetime | None) -> dict[str, list[dict]]:
    """Every row one article contributes, keyed by table name."""
    aid = article_id(doc.key)
    c = doc.cleaned
    ex = doc.extraction
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    if c.outlet:
        rows["outlets"].append({"outlet_id": outlet_id(c.outlet), "name": c.outlet.strip(), "domain": _domain(c.url)})
    rows["articles"].append({
        "article_id": aid, "article_key": doc.key, "source_id": source_id,
        "outlet_id": outlet_id(c.outlet) if c.outlet else None, "url": c.url, "title": c.title,
        "author": c.author, "published_at": parse_timestamp(c.published_at), "language": c.language,
        "wire_agency": c.wire_agency, "dateline": c.dateline, "input_format": doc.input_format,
        "content_hash": doc.content_hash, "n_bytes": doc.n_bytes, "extractor_version": doc.extractor_version,
        "cleaner_version": CLEANER_VERSION,
        "first_loaded_at": first_loaded_at or now, "updated_at": now,
    })
    rows["article_texts"].append({"article_id": aid, "text": c.text})
    rows["article_lines"] = [
        {"article_id": aid, "line_no": i, "label": label, "text": line} for i, (label, line) in enumerate(c.lines, 1)
    ]
    rows.update(extraction_rows(aid, ex, doc.extractor_version))
    return rows


def figure_id(aid: str, index: int) -> str:
    return stable_id("figure", aid, index)


def extraction_rows(aid: str, ex, version: str) -> dict[str, list[dict]]:
    """Rows of the claim tables (and sentences) for one article's extraction."""
    claim_ids = {k.index: stable_id("claim", aid, k.index) for k in ex.claims}
    # the stored key carries the country this article resolved (actors_merge.stored_key): a shared actor row
    # holds one country, so the same name in another article with another country is another actor
    first = {}
    for a in ex.actors:
        first.setdefault(a.key, a)
    keys = {k: stored_key(k, a.country) for k, a in first.items()}

    def stored_id(key: str) -> str:  # a key with no actor row of its own (none expected) keeps its plain form
        return actor_id(keys.get(key, key))

    return {
        # what scopes each figure (place, running toll, period, breakdown): tasks/core/events/scope.py
        "figure_scopes": scope_rows(aid, ex, figure_id),
        "sentences": [
            {"article_id": aid, "sentence_index": s.index, "section": s.section, "start_char": s.start,
             "end_char": s.end, "text": s.text} for s in ex.sentences
        ],
        "actors": [
            {"actor_id": stored_id(a.key), "actor_key": keys[a.key], "name": a.name, "kind": a.kind,
             "country": a.country}
            for a in first.values()
        ],
        "actor_mentions": [
            {"article_id": aid, "mention_index": i, "sentence_index": m.sentence_index, "start_char": m.start,
             "end_char": m.end, "surface": m.surface, "actor_id": stored_id(m.actor_key)}
            for i, m in enumerate(ex.mentions)
        ],
        "claims": [
            {"claim_id": claim_ids[k.index], "article_id": aid, "claim_index": k.index,
             "sentence_index": k.sentence_index, "start_char": k.start, "end_char": k.end,
             "claimant_actor_id": stored_id(k.claimant_key), "claimant_text": k.claimant_text,
             "reporting_verb": k.reporting_verb, "is_direct_quote": bool(k.is_direct_quote), "quote": k.quote,
             "claim_type": k.claim_type, "target_country": k.target_country,
             "target_actor_id": stored_id(k.target_key) if k.target_key else None, "extractor_version": version,
             "rule": k.rule or None, "resolved_by": k.resolved_by or None}
            for k in ex.claims
        ],
        "claim_figures": [
            {"figure_id": figure_id(aid, f.index), "article_id": aid, "figure_index": f.index,
             "claim_id": claim_ids.get(f.claim_index) if f.claim_index is not None else None,
             "sentence_index": f.sentence_index, "start_char": f.start, "end_char": f.end, "measure": f.measure,
             "value": f.value, "value_low": f.value_low, "value_high": f.value_high, "qualifier": f.qualifier,
             "value_text": f.value_text, "subject_country": f.subject_country, "subject_group": f.subject_group,
             "event_year": f.event_year, "claimant_actor_id": stored_id(f.claimant_key) if f.claimant_key else None,
             "extractor_version": version}
            for f in ex.figures
        ],
    }


def _domain(url: str | None) -> str | None:
    if not url or "://" not in url:
        return None
    host = url.split("://", 1)[1].split("/", 1)[0].split(":", 1)[0].lower()
    return host.removeprefix("www.") or None


# Tables keyed by article_id, in the order rows are written; actors and outlets are shared.
ARTICLE_TABLES = ("articles", "article_texts", "article_lines", "sentences", "actor_mentions", "claims", "claim_figures",
                  "figure_scopes")
CLAIM_TABLES = ("sentences", "actor_mentions", "claims", "claim_figures", "figure_scopes")
TABLES = ("outlets", "actors") + ARTICLE_TABLES
