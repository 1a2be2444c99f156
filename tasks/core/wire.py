"""Wire copies: which articles carry the same agency story. Pure: texts in, signatures and links out.

Two rules link a pair of articles:
- near_duplicate: estimated Jaccard of 5-word shingles >= NEAR_DUPLICATE (0.5). Republished wire
  stories keep the agency's sentences word for word; outlets retitle, trim the last paragraphs
  or add a line of their own, which costs little Jaccard (a copy missing a fifth of the text
  still scores ~0.8), while two different reports of the same event, even quoting the same
  officials, share almost no 5-word runs (< 0.1 on the corpus). 0.5 sits in that wide gap and
  still catches a copy cut to about half of the story.
- same_wire_sentences: both articles credit the same agency (see wire_credit) and share
  >= SHARED_SENTENCES (5) long sentences (>= 8 words, normalised). This catches a wire story
  that an outlet cut hard or wrapped in its own text, and an agency's running story (two
  Reuters AirAsia reports in the corpus share 7 background sentences at Jaccard 0.22), where
  Jaccard over the whole text is low. Why 5: without the credit, sentence overlap links press
  releases and privacy notices (3-5 shared "About us" lines); with it, two unrelated Reuters
  pages still shared 4 sidebar headlines the cleaner kept. The credit is required because
  overlap alone is mostly such boilerplate.

Candidates for the Jaccard rule come from MinHashLSH at a lower threshold (0.3) so that LSH's
probabilistic banding does not drop true pairs near 0.5; every candidate is then confirmed.
"""
from __future__ import annotations

import hashlib
from importlib.metadata import version as _dist_version
from dataclasses import dataclass

import numpy as np
import regex as re

from tasks.core.media import wire_domains, wire_spellings

NUM_PERM = 128
SEED = 1  # fixed: stored signatures must stay comparable across runs
# datasketch 2 hashing scheme, pinned for the same reason; datasketch 1.x has one scheme only.
# Read from the version, not the class: importing datasketch pulls in scipy (about a second of
# CPU), which a run with nothing new to sign should not pay.
_HAS_SCHEMES = int(_dist_version("datasketch").split(".")[0]) >= 2
SCHEME = "affine32" if _HAS_SCHEMES else "legacy"
_SCHEME_ARG = {"scheme": SCHEME} if _HAS_SCHEMES else {}
SHINGLE_WORDS = 5
MIN_SHINGLES = 30  # shorter texts (stubs, failed extractions) would match each other by chance
NEAR_DUPLICATE = 0.5
LSH_THRESHOLD = 0.3
SHARED_SENTENCES = 5
MIN_SENTENCE_WORDS = 8
# Stored signatures made with other settings are recomputed, never compared. "a2": agency keys from the
# one media table (tasks/core/data/media.tsv), which folds more credit spellings ("The Associated Press",
# "Thomson Reuters", "ITAR-TASS") into an agency's key than the list wire.py kept before.
SIGNATURE_VERSION = f"minhash-{SCHEME}-{NUM_PERM}-{SEED}-w{SHINGLE_WORDS}-s{MIN_SENTENCE_WORDS}-a2"

_WORD = re.compile(r"[\p{L}\p{N}]+")
_SENTENCE_END = re.compile(r"(?<=[.!?…][\"”’)]?)\s+|\n+")


@dataclass(frozen=True)
class Signature:
    minhash: list[int] | None  # NULL when the text is too short to compare
    sentence_hashes: list[int]
    n_shingles: int
    wire_agency: str | None  # normalised credit, for the same-credit rule


@dataclass(frozen=True)
class Link:
    article_id: str  # article_id < other_article_id
    other_article_id: str
    similarity: float
    n_shared_sentences: int
    rule: str  # near_duplicate | same_wire_sentences


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    w = words(text)
    return {" ".join(w[i:i + k]).encode("utf-8") for i in range(max(len(w) - k + 1, 0))}


def sentence_hashes(text: str) -> list[int]:
    """Sorted 64-bit fingerprints of the text's long sentences (case and punctuation ignored)."""
    out = set()
    for sentence in _SENTENCE_END.split(text or ""):
        w = words(sentence)
        if len(w) >= MIN_SENTENCE_WORDS:
            out.add(_hash64(" ".join(w)))
    return sorted(out)


# Wire agencies by the squashed spellings that credit them ("Agence France-Presse", "ReutersIndia",
# "Reuters_Co_Uk", "AP National Writer" in an outlet or credit field) and by their domains, from the one
# media table (tasks/core/data/media.tsv); an agency's key is its credit in words ("ap", "ria novosti").
def _agency_keys() -> dict[str, str]:
    out: dict[str, str] = {}
    for spelling, credit in wire_spellings():
        out.setdefault("".join(words(spelling)), " ".join(words(credit)))
    return out


_AGENCIES = _agency_keys()
_AGENCY_PREFIXES = tuple(k for k in _AGENCIES if len(k) >= 5)  # "ap", "afp" only match whole words
_AGENCY_DOMAINS = {domain: " ".join(words(credit)) for domain, credit in wire_domains().items()}


def normalise_agency(agency: str | None) -> str | None:
    """A credit as one spelling per agency ("Agence France-Presse" -> afp); unknown credits as words."""
    w = words(agency or "")
    if not w:
        return None
    squashed = "".join(w)
    if squashed in _AGENCIES:
        return _AGENCIES[squashed]
    for prefix in _AGENCY_PREFIXES:
        if squashed.startswith(prefix):
            return _AGENCIES[prefix]
    return " ".join(w)


def wire_credit(wire_agency: str | None, outlet: str | None = None, url: str | None = None) -> str | None:
    """Whose wire story this is: the credit the cleaner lifted, else an agency's own site or name."""
    if wire_agency:
        return normalise_agency(wire_agency)
    host = (url or "").split("://", 1)[-1].split("/", 1)[0].lower()
    for domain, agency in _AGENCY_DOMAINS.items():
        if host == domain or host.endswith("." + domain):
            return agency
    name = normalise_agency(outlet)
    return name if name in _AGENCIES.values() else None


def sign_text(text: str, wire_agency: str | None = None) -> Signature:
    """The signature of one article body (title excluded: copies are often retitled).
    `wire_agency` is the article's credit, normalised here (see wire_credit)."""
    grams = shingles(text or "")
    minhash = None
    if len(grams) >= MIN_SHINGLES:
        from datasketch import MinHash

        m = MinHash(num_perm=NUM_PERM, seed=SEED, **_SCHEME_ARG)
        m.update_batch(list(grams))
        minhash = [int(v) for v in m.hashvalues]
    return Signature(minhash, sentence_hashes(text or ""), len(grams), normalise_agency(wire_agency))


def jaccard(a: list[int] | None, b: list[int] | None) -> float:
    """Estimated Jaccard: the share of equal MinHash slots (0 when either is missing)."""
    if a is None or b is None:
        return 0.0
    return float(np.count_nonzero(np.asarray(a, dtype=np.uint64) == np.asarray(b, dtype=np.uint64))) / len(a)


def find_links(fresh: dict[str, Signature], stored: dict[str, Signature]) -> list[Link]:
    """Links between each fresh article and every other article (fresh or stored).

    `stored` are signatures already in the database; they are not compared with each other
    (their links are already stored), so a run costs work only for what is new.
    """
    from datasketch import MinHashLSH

    everyone = {**stored, **fresh}
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    for aid, sig in everyone.items():
        if sig.minhash is not None:
            lsh.insert(aid, _minhash(sig.minhash))
    by_agency: dict[str, list[str]] = {}
    for aid, sig in everyone.items():
        if sig.wire_agency and sig.sentence_hashes:
            by_agency.setdefault(sig.wire_agency, []).append(aid)

    links: dict[tuple[str, str], Link] = {}
    for aid, sig in fresh.items():
        candidates = set(lsh.query(_minhash(sig.minhash))) if sig.minhash is not None else set()
        candidates |= set(by_agency.get(sig.wire_agency, [])) if sig.wire_agency else set()
        for other in candidates - {aid}:
            pair = (min(aid, other), max(aid, other))
            if pair not in links:
                link = judge_pair(pair, everyone[pair[0]], everyone[pair[1]])
                if link:
                    links[pair] = link
    return sorted(links.values(), key=lambda l: (l.article_id, l.other_article_id))


def judge_pair(pair: tuple[str, str], a: Signature, b: Signature) -> Link | None:
    similarity = jaccard(a.minhash, b.minhash)
    shared = len(set(a.sentence_hashes) & set(b.sentence_hashes))
    if similarity >= NEAR_DUPLICATE:
        rule = "near_duplicate"
    elif a.wire_agency and a.wire_agency == b.wire_agency and shared >= SHARED_SENTENCES:
        rule = "same_wire_sentences"
    else:
        return None
    return Link(pair[0], pair[1], round(similarity, 4), shared, rule)


def group_stories(article_ids: list[str], links: list[tuple[str, str]]) -> dict[str, tuple[str, int]]:
    """Connected components: article_id -> (story_group_id, group size); the id is the
    smallest article_id of the component, so it is deterministic and needs no counter."""
    parent = {a: a for a in article_ids}

    def root(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b in links:
        if a in parent and b in parent:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    roots = {a: root(a) for a in article_ids}
    sizes: dict[str, int] = {}
    for r in roots.values():
        sizes[r] = sizes.get(r, 0) + 1
    return {a: (r, sizes[r]) for a, r in roots.items()}


def _minhash(values: list[int]):
    from datasketch import LeanMinHash

    return LeanMinHash(seed=SEED, hashvalues=np.asarray(values, dtype=np.uint64), **_SCHEME_ARG)


def _hash64(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")
