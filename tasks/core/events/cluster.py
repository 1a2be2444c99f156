"""Articles into events: greedy agglomeration by the corrected cosine of cluster centroids.

Every article is a tf-idf vector (features.py). A cluster is the sum of its articles' vectors.
One article is a noisy sample of its event: if an article vector is the event's centre plus noise
k times as strong (in squared length), the cosine between the means of m and n articles of one
event is about 1 / sqrt((1 + k/m)(1 + k/n)), and between two different events with centre cosine
rho it is rho times that. So

    score(A, B) = cos(sum A, sum B) * sqrt((1 + k/|A|) (1 + k/|B|))

estimates the cosine between the events behind A and B, whatever their sizes: about 1 for two
samples of one event, rho for two different events. Clusters merge, best pair first, while the
score is at least TAU. Two parameters, both about events rather than about one data set: K, how
noisy one report is (mean cosine of two reports of one event ~ 1/(1+K)), and TAU, how alike two
events' centres may be before they read as one.

A plain cosine threshold cannot do this: two reports of one event (cosine often 0.2) look less
alike than two reports of two similar events (two DUI arrests of one team's players, 0.25),
while the centres of those two events are clearly apart (0.6) once a few reports of each are
pooled. Greedy merging pools the surest pairs first, so later decisions compare pooled centres.

Online: existing events enter as clusters with their stored sum and size and never merge with
each other (history is not regrouped); new articles join them or form new events. A stored event
and a pool of new reports (each of two reports or more) merge only at TAU_STORED = 1, the score two
samples of one event have, not at TAU: a run boundary can cut a new event's reports short, and the
correction lifts a small pool's score most. A batch pools all of a second event's reports before
it compares them with the first (on ECB+: 0.66-0.79 apart), a run that holds only 4-7 of them
scored the same pair 0.93-1.03 and merged it. A single new report still joins at TAU (the
correction already counts it as the noisiest sample), and a run without stored events is
unchanged. Two clusters
never merge when their dated reports together would span more than MAX_GAP_DAYS (two earthquakes
in one country in different years); a span, not a gap between clusters, so that no chain of
reports a few months apart walks one "event" across years (on the corpus it did: 385 days of
unrelated blog posts; on ECB+ the span rule changes nothing). Undated reports carry no time evidence. The gap is a year, not weeks: reports
of one event often come months apart (the charges after an arrest, the trial after a crime),
and on ECB+ a 30-day limit split such follow-ups off (B-cubed 0.933 -> 0.908).
"""
from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
from scipy import sparse

K = 5.0
TAU = 0.85
TAU_STORED = 1.0
MAX_GAP_DAYS = 365.0
PAIR_BLOCK = 256  # new articles whose cosines with all nodes are computed at once (bounds memory)


@dataclass
class Node:
    """A cluster: one new article, or an existing event with its stored sum vector."""

    key: str  # article_id for a new article, event_id for an existing event
    vector: dict[int, float]
    size: int = 1
    first: datetime | None = None
    last: datetime | None = None
    event_id: str | None = None  # set for existing events: they keep their id, and never merge with each other
    members: list[str] = field(default_factory=list)  # new article ids gathered into this cluster
    norm2: float = 0.0

    def __post_init__(self) -> None:
        self.norm2 = sum(v * v for v in self.vector.values())


def dot(a: dict[int, float], b: dict[int, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(j, 0.0) for j, v in a.items())


def _span_days(a: Node, b: Node) -> float:
    """Days from the first to the last dated report of a and b together."""
    if a.first is None or b.first is None:
        return 0.0
    return (max(a.last, b.last) - min(a.first, b.first)).total_seconds() / 86400


def _score(a: Node, b: Node, d: float | None = None, k: float = K) -> float:
    if a.norm2 <= 0 or b.norm2 <= 0:
        return 0.0
    d = dot(a.vector, b.vector) if d is None else d
    return d / math.sqrt(a.norm2 * b.norm2) * math.sqrt((1 + k / a.size) * (1 + k / b.size))


def _bar(a: Node, b: Node, tau: float, tau_stored: float) -> float:
    """The score a pair must reach: tau_stored for a stored event and a pool of new reports."""
    if (a.event_id or b.event_id) and min(a.size, b.size) >= 2:
        return max(tau, tau_stored)
    return tau


def _allowed(a: Node, b: Node, max_gap: float) -> bool:
    return not (a.event_id and b.event_id) and _span_days(a, b) <= max_gap


def agglomerate(
    new: list[Node],
    existing: list[Node],
    *,
    k: float = K,
    tau: float = TAU,
    tau_stored: float = TAU_STORED,
    max_gap_days: float = MAX_GAP_DAYS,
) -> list[Node]:
    """Merge the new articles among themselves and into existing events; returns the clusters
    that hold new articles (existing ones keep their event_id, new ones have event_id None).

    Deterministic: ties are broken by key, and the result depends only on the inputs.
    """
    nodes: list[Node] = sorted(existing, key=lambda n: n.key) + sorted(new, key=lambda n: n.key)
    for n in nodes:
        if not n.event_id:
            n.members = [n.key]
    # Pairs below this plain cosine are never compared: even two single articles, the most
    # corrected pair, cannot reach TAU from it (0.8: room for the centres to move as they grow).
    floor = tau / (1.0 + k) * 0.8
    neighbours: list[set[int]] = [set() for _ in nodes]
    heap: list[tuple[float, int, int, int, int]] = []
    version = [0] * len(nodes)
    first_new = len(existing)
    for i, other, cos in _close_pairs(nodes, first_new, floor):
        a, b = nodes[i], nodes[other]
        neighbours[i].add(other)
        neighbours[other].add(i)
        if _allowed(a, b, max_gap_days):
            s = cos * math.sqrt((1 + k / a.size) * (1 + k / b.size))
            heapq.heappush(heap, (-s, min(i, other), max(i, other), 0, 0))
    alive = [True] * len(nodes)
    while heap:
        neg, i, j, vi, vj = heapq.heappop(heap)
        if -neg < tau:
            break
        if not (alive[i] and alive[j]) or version[i] != vi or version[j] != vj:
            continue
        if -neg < _bar(nodes[i], nodes[j], tau, tau_stored):
            continue  # a stored event and a new pool that do not reach its bar: kept apart
        keep, gone = (j, i) if nodes[j].event_id else (i, j)
        _merge(nodes[keep], nodes[gone])
        alive[gone] = False
        version[keep] += 1
        near = (neighbours[keep] | neighbours[gone]) - {keep, gone}
        neighbours[keep] = near
        for other in sorted(near):
            neighbours[other].discard(gone)
            neighbours[other].add(keep)
            if alive[other] and _allowed(nodes[keep], nodes[other], max_gap_days):
                s = _score(nodes[keep], nodes[other], k=k)
                if s >= _bar(nodes[keep], nodes[other], tau, tau_stored):
                    a, b = min(keep, other), max(keep, other)
                    heapq.heappush(heap, (-s, a, b, version[a], version[b]))
    return [n for i, n in enumerate(nodes) if alive[i] and n.members]


def _close_pairs(nodes: list[Node], first_new: int, floor: float) -> list[tuple[int, int, float]]:
    """(i, j, cosine) of every pair with a new node whose cosine reaches `floor`: one sparse
    matrix product (scipy), not a loop over pairs. Existing events are not paired with each other."""
    if first_new >= len(nodes):
        return []
    lengths = np.fromiter((len(n.vector) for n in nodes), dtype=np.int64, count=len(nodes))
    terms = np.fromiter((j for n in nodes for j in n.vector), dtype=np.int64, count=int(lengths.sum()))
    values = np.fromiter((v for n in nodes for v in n.vector.values()), dtype=np.float64, count=int(lengths.sum()))
    norms = np.sqrt(np.fromiter((n.norm2 for n in nodes), dtype=np.float64, count=len(nodes)))
    values /= np.repeat(np.where(norms > 0, norms, 1.0), lengths)
    cols, indices = np.unique(terms, return_inverse=True)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    unit = sparse.csr_matrix((values, indices, indptr), shape=(len(nodes), len(cols)))
    pairs: list[tuple[int, int, float]] = []
    # In blocks of new rows: almost every pair shares some term, so the whole product would hold
    # new x all cosines at once (memory growing with the square of the run). Each row's cosines are
    # computed the same way in a block as in the whole product.
    for start in range(first_new, len(nodes), PAIR_BLOCK):
        sims = (unit[start:start + PAIR_BLOCK] @ unit.T).tocoo()
        rows = sims.row + start
        keep = (sims.data >= floor) & ((sims.col < first_new) | (sims.col > rows))
        pairs += zip(rows[keep].tolist(), sims.col[keep].tolist(), sims.data[keep].tolist())
    return sorted(pairs)


def _merge(keep: Node, gone: Node) -> None:
    for j, v in gone.vector.items():
        keep.vector[j] = keep.vector.get(j, 0.0) + v
    keep.norm2 = sum(v * v for v in keep.vector.values())
    keep.size += gone.size
    keep.members += gone.members
    dates = [t for t in (keep.first, keep.last, gone.first, gone.last) if t is not None]
    keep.first, keep.last = (min(dates), max(dates)) if dates else (None, None)
