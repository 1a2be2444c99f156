"""Whose counts a later sentence owns by referring back to them: "At least two people were killed and 34 injured in a
missile strike on Saturday." / "The emergency service confirmed the casualties." Wire and agency copy often tells a
toll in its own voice and names the source that gave it in the next sentence, with a noun for the counts themselves as
its verb's object (or its passive's subject: "Such updated data were reported by the ministry"). The counts are then
that source's, as if it had said them ("..., the emergency service said").
"""
from __future__ import annotations

from dataclasses import replace

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .data_files import read_word_list
from .model import Extraction
from .patterns import alt

# the verbs by which a source gives or stands by counts (not "denied", "disputed" or "questioned": a source that
# rejects the counts does not own them)
_GIVE = r"(?:confirm(?:ed|s)?|report(?:ed|s)?|verif(?:ied|ies)|gave|gives|released?|releases|provided?|provides|published|announced?)"
_NOUN = alt(read_word_list("confirmed_counts.tsv"))
# the back-reference: a definite or demonstrative determiner, at most one adjective ("the latest figures", "such updated
# data"), the noun, then nothing that makes it another count's ("the deaths of two more", "the figures for 2019")
_BACK = rf"(?:the|these|those|such|this|that)\s+(?:[\w-]+\s+)?(?:{_NOUN})\b(?!\s+(?:of|for|from|in)\b)"
_ACTIVE = re.compile(rf"(?i)\b(?:later\s+|also\s+|has\s+|have\s+|had\s+)?{_GIVE}\s+{_BACK}")
_PASSIVE = re.compile(rf"(?i)^\W*{_BACK}\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\w+ly\s+)?{_GIVE}\s+by\b")
# how far back the counts may stand: the sentence right before, or two when the first of them is the lede's toll and
# the second only breaks it down ("20 people were killed ... In particular, 2 people were killed at the hospital")
_REACH = 2


def credit_confirmed_tolls(ex: Extraction) -> None:
    """Give the claimant of a claim whose sentence refers back to the counts before it ("confirmed the casualties",
    "such data were reported by") to those counts, in place: the figures of the body sentences right before it that
    have no claimant and stand in sentences with no claim of their own."""
    claimed = {c.sentence_index for c in ex.claims}
    body = [s for s in ex.sentences if s.section == "body"]
    for i, s in enumerate(body):
        if s.index not in claimed or not (_ACTIVE.search(s.text) or _PASSIVE.search(s.text)):
            continue
        claim = next(c for c in ex.claims if c.sentence_index == s.index)
        told: set[int] = set()
        for prev in reversed(body[max(0, i - _REACH): i]):
            figs = [f for f in ex.figures if f.sentence_index == prev.index]
            if prev.index in claimed or not figs or any(f.claimant_key is not None for f in figs):
                break  # a sentence with a source of its own, or with no counts, ends the run the noun refers to
            told.add(prev.index)
        # (the figures join the claim as its own would: the claim that gave them)
        ex.figures = [replace(f, claimant_key=claim.claimant_key, claim_index=claim.index)
                      if f.sentence_index in told and f.claimant_key is None else f for f in ex.figures]
