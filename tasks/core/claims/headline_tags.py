"""A headline's toll whose source is a bare tag ("Myanmar military bombs village, killing seven: sources", "Blast kills 12
- officials"): the tag stands for the source the lede names with the same toll ("At least seven civilians were killed
..., according to a witness and BBC Burmese"), so the headline's figure is that source's. A headline with no tag is the
outlet's own voice and keeps no claimant."""
from __future__ import annotations

from dataclasses import replace

import regex as re

from .model import Extraction

# the tag after a colon or a dash, or in a trailing clause: ": sources", " - officials", ", police say"
_TAG = re.compile(r"(?i)(?:\s*[:–—]\s*|\s+-\s+|,\s+)(?:(?:[\w-]+\s+)?(?:sources?|officials?|witnesses?|medics|residents|"
                  r"reports?|rescuers|authorities)|police)(?:\s+(?:say|says|said))?\s*$")
# the body sentences that may name the tag's source: the lede and the one after it
_LEDE = 2


def carry_headline_tags(ex: Extraction) -> None:
    """Give each of a tagged headline's unsourced figures the claimant of the first lede figure of the same measure and
    value, in place."""
    title = next((s for s in ex.sentences if s.section == "title"), None)
    if title is None or not _TAG.search(title.text) or any(c.sentence_index == title.index for c in ex.claims):
        return
    lede = {s.index for s in [s for s in ex.sentences if s.section == "body"][:_LEDE]}
    sourced = [f for f in ex.figures if f.sentence_index in lede and f.claimant_key is not None]
    out = []
    for f in ex.figures:
        if f.sentence_index == title.index and f.claimant_key is None and f.value is not None and \
                (same := next((g for g in sourced if g.measure == f.measure and g.value == f.value), None)):
            f = replace(f, claimant_key=same.claimant_key)
        out.append(f)
    ex.figures = out
