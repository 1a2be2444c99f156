"""One grouping run, pure: new articles and candidate events in, assignments and event rows out."""
from __future__ import annotations

import hashlib
import heapq
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from .cluster import Node, agglomerate, dot
from .features import ArticleTerms, weigh

INDEX_TERMS = 64  # an event's heaviest terms in event_index, for candidate search
QUERY_TERMS = 32  # a new article's heaviest terms used to look up candidate events
# A candidate's cosine over those heavy terms alone must reach this. Joining an event takes a
# full cosine of at least cluster.TAU / (1 + cluster.K) (~0.14, a one-article event), and the
# heaviest terms carry well over a third of it.
MIN_PARTIAL = 0.05
LABEL_CHARS = 160
NAMES = 5  # an event's own names: the most used by its reports


@dataclass
class NewArticle:
    article_id: str
    article_key: str
    title: str | None
    published_at: datetime | None
    terms: ArticleTerms
    places: list[str]
    vector: dict[int, float] = field(default_factory=dict)


@dataclass
class EventState:
    """An existing event as stored: its sum vector, size and report dates."""

    event_id: str
    vector: dict[int, float]
    n_articles: int
    first: datetime | None
    last: datetime | None


@dataclass(frozen=True)
class Member:
    """A stored member of a touched event, for its label and places."""

    article_id: str
    title: str | None
    published_at: datetime | None
    vector: dict[int, float]
    places: list[str]
    names: list[str] = field(default_factory=list)


@dataclass
class EventRow:
    event_id: str
    founding_article_id: str | None  # None: unchanged (an existing event)
    vector: dict[int, float]
    n_articles: int
    first: datetime | None
    last: datetime | None
    new_members: list[str]
    is_new: bool


def first_sentence(text: str | None) -> str | None:
    """A stand-in headline for an untitled article: its first sentence."""
    first = re.split(r"(?<=[.!?])\s+|\n+", (text or "").strip(), maxsplit=1)[0].strip()
    return first or None


def event_id_for(article_key: str) -> str:
    """An event is named after the article that founded it: the same article, the same id."""
    return hashlib.sha1(f"event\x1f{article_key}".encode("utf-8")).hexdigest()[:16]


def vectorise(articles: list[NewArticle], df: dict[int, int], n_docs: int) -> None:
    for a in articles:
        a.vector = weigh(a.terms.counts, df, n_docs)


def query_terms(vector: dict[int, float], n: int = QUERY_TERMS) -> list[tuple[int, float]]:
    """The n heaviest (term, weight) pairs, heaviest first (ties by term)."""
    return heapq.nsmallest(n, vector.items(), key=lambda kv: (-kv[1], kv[0]))


def group(articles: list[NewArticle], candidates: list[EventState]) -> list[EventRow]:
    """Assign the (vectorised) new articles to candidate events or to new events."""
    by_id = {a.article_id: a for a in articles}
    new_nodes = [Node(a.article_id, dict(a.vector), 1, a.published_at, a.published_at) for a in articles]
    old_nodes = [Node(e.event_id, dict(e.vector), e.n_articles, e.first, e.last, event_id=e.event_id)
                 for e in candidates]
    rows = []
    for n in agglomerate(new_nodes, old_nodes):
        members = [by_id[m] for m in n.members]
        if n.event_id:
            rows.append(EventRow(n.event_id, None, n.vector, n.size, n.first, n.last, n.members, False))
            continue
        founder = min(members, key=lambda a: (a.published_at is None, a.published_at or datetime.min, a.article_key))
        rows.append(EventRow(event_id_for(founder.article_key), founder.article_id, n.vector, n.size, n.first,
                             n.last, n.members, True))
    return rows


def describe(vector: dict[int, float], members: list[Member]) -> tuple[str, list[str], list[str]]:
    """(label, places, names): the headline of the report closest to the event's centre, the
    places its reports name most, and the names most of its reports use (its own ground: a figure
    "in Gaza" in a Gaza story is the story's, "in Jabalia" narrows it to an incident)."""
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0

    def centrality(m: Member) -> tuple:
        mn = math.sqrt(sum(v * v for v in m.vector.values())) or 1.0
        return (-dot(m.vector, vector) / (mn * norm), not m.title, m.article_id)

    titled = sorted(members, key=centrality)
    label = next((m.title for m in titled if m.title and m.title.strip()), None) or "(untitled)"
    label = " ".join(label.split())
    if len(label) > LABEL_CHARS:
        label = label[:LABEL_CHARS - 1].rstrip() + "…"
    counted = Counter(p for m in members for p in dict.fromkeys(m.places))
    places = [p for p, _ in sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))[:3]]
    named = Counter(n.casefold() for m in members for n in dict.fromkeys(m.names))
    names = [n for n, _ in sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))[:NAMES]]
    return label, places, names


def index_rows(event_id: str, vector: dict[int, float], last: datetime | None) -> list[dict]:
    """The event's heaviest terms, weighted as in its unit centre: summed against a new article's
    heaviest terms they give part of the cosine, enough to tell a candidate from the rest."""
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return [{"term": t, "event_id": event_id, "weight": w / norm, "last_report_at": last}
            for t, w in query_terms(vector, INDEX_TERMS)]
