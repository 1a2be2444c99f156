"""What the claim extractor returns: plain records, ready to become table rows.

Offsets (start, end) are character offsets into the string of the record's section:
`title` for section "title", the cleaned `text` for section "body".
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Sentence:
    index: int  # 0-based, in reading order; title sentences first
    section: str  # "title" | "body"
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    # Stable canonical key, the same for the same real-world actor in every article:
    # "country:AM", "org:ministry of defence of armenia", "person:nikol pashinyan", "media:afp".
    key: str
    name: str  # canonical display name: "Armenia", "Ministry of Defence of Armenia", "Nikol Pashinyan"
    kind: str  # country | person | organization | media
    country: str | None  # ISO 3166-1 alpha-2, "EU" for the European Union, None if unknown


@dataclass(frozen=True)
class Mention:
    sentence_index: int
    start: int
    end: int
    surface: str  # the words in the article: "the authorities in Yerevan", "he"
    actor_key: str


@dataclass(frozen=True)
class Claim:
    index: int
    sentence_index: int
    start: int  # span of the claim (clause) within its section string
    end: int
    claimant_key: str
    claimant_text: str
    reporting_verb: str  # said, announced, according to, accused, denied, urged, ...
    is_direct_quote: bool
    quote: str | None
    claim_type: str  # statement | accusation | denial | appeal
    target_country: str | None = None
    target_key: str | None = None
    rule: str = ""  # the named rule that produced the row (rules.py)
    resolved_by: str = ""  # how the claimant_text was resolved to the claimant ("pronoun antecedent", "name", ...)


@dataclass(frozen=True)
class Figure:
    index: int
    sentence_index: int
    start: int  # span of the number phrase within its section string
    end: int
    measure: str  # killed wounded casualties displaced detained missing deployed area protesters other
    value: float | None
    value_low: float | None
    value_high: float | None
    qualifier: str  # exact at_least more_than about up_to vague undisclosed
    value_text: str | None
    subject_country: str | None
    subject_group: str | None
    event_year: int | None
    claimant_key: str | None  # None when the outlet states it in its own voice
    claim_index: int | None = None  # the Claim this figure is part of, if any


@dataclass
class Extraction:
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)  # every actor referenced below, once
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    # sentences whose parse could not be read (a bug in the syntactic core met a new construction): their rows are the
    # rules' alone, so one such sentence no longer loses the whole article; "sentence N: KeyError: ..."
    degraded: list[str] = field(default_factory=list)

    def reassign(self, claim: Claim, key: str, resolved_by: str, figure_goes) -> None:
        """Give `claim` (and the figures `figure_goes(figure)` picks, which went with its old claimant) the actor
        `key`, found after the rows were made (a headline's body named in the lede, an official named later)."""
        self.claims = [replace(c, claimant_key=key, resolved_by=resolved_by) if c.index == claim.index else c
                       for c in self.claims]
        self.figures = [replace(f, claimant_key=key) if figure_goes(f) else f for f in self.figures]

    def hand_over(self, old: str, new: str, resolved_by: str) -> None:
        """One person found under two names (an office and its holder, a surname alone and the full name): every claim
        of actor `old` (with the figures of its sentence that went with it), its mentions and the claims aimed at it
        become actor `new`'s."""
        for claim in [c for c in self.claims if c.claimant_key == old]:
            self.reassign(claim, new, resolved_by, lambda f, c=claim: f.claim_index == c.index or
                          (f.claim_index is None and f.claimant_key == old and f.sentence_index == c.sentence_index))
        self.mentions = [replace(m, actor_key=new) if m.actor_key == old else m for m in self.mentions]
        self.claims = [replace(c, target_key=new) if c.target_key == old else c for c in self.claims]
