"""A headline's toll whose source is a bare tag ("Myanmar military bombs village, killing seven: sources", "Blast kills 12
- officials"): the tag stands for the source the lede names with the same toll ("At least seven civilians were killed
..., according to a witness and BBC Burmese"), so the headline's figure is that source's. A headline with no tag is the
outlet's own voice and keeps no claimant."""
from __future__ import annotations

from dataclasses import replace

from .bodies import described_fits
from .headlines import closing_tag
from .model import Actor, Extraction
from .source_words import bare_tags

# a tag of a modifier and a bare noun, with a speech verb or none: "sources", "Yemeni officials", "police say"
_BARE_WORDS = 2
_SAY = frozenset(("say", "says", "said"))
# the body sentences that may name the tag's source: the lede and the one after it
_LEDE = 2


def carry_headline_tags(ex: Extraction) -> None:
    """Give each of a tagged headline's figures with no source but the tag the claimant of the first lede figure of the same measure and
    value, in place."""
    title = next((s for s in ex.sentences if s.section == "title"), None)
    if title is None or not _bare_tag(title.text):
        return
    # the bare tag may be the headline's own claim ("Yemeni sources", rules.headline_tag): the lede names who it is;
    # a headline with a real speaker ("..., minister says") keeps that speaker's figures
    said = [c for c in ex.claims if c.sentence_index == title.index]
    if any(c.rule != "rules.headline_tag" for c in said):
        return
    tags = {c.claimant_key for c in said}
    lede = {s.index for s in [s for s in ex.sentences if s.section == "body"][:_LEDE]}
    sourced = [f for f in ex.figures if f.sentence_index in lede and f.claimant_key is not None]
    out = []
    for f in ex.figures:
        if f.sentence_index == title.index and (f.claimant_key is None or f.claimant_key in tags) and \
                f.value is not None and \
                (same := next((g for g in sourced if g.measure == f.measure and g.value == f.value), None)):
            f = replace(f, claimant_key=same.claimant_key)
        out.append(f)
    ex.figures = out


def name_headline_tag_speakers(ex: Extraction) -> None:
    """A headline's speaker called by a bare source noun alone ("..., officials say", "..., police said") is the source
    the lede credits with the same toll ("Twenty-five people were killed ..., Denis Pushilin, the Russian-appointed
    head of the region, said"): re-key the headline's claims and figures of that speaker to the lede's, in place. The
    country such a tag got came from the headline's other words ("after Ukraine shells ..."), not from the tag."""
    title = next((s for s in ex.sentences if s.section == "title"), None)
    if title is None:
        return
    lede = {s.index for s in [s for s in ex.sentences if s.section == "body"][:_LEDE]}
    sourced = [f for f in ex.figures if f.sentence_index in lede and f.claimant_key is not None and f.value is not None]
    for c in ex.claims:
        words = c.claimant_text.lower().split()
        # (plural people only, "officials", "sources": a bare "ministry" is a body of its own kind, not the lede's coast
        # guard)
        if c.sentence_index != title.index or len(words) != 1 or words[0] not in bare_tags() or \
                not words[0].endswith("s"):
            continue
        mine = [f for f in ex.figures if f.sentence_index == title.index and f.claimant_key == c.claimant_key and
                f.value is not None]
        same = next((g for f in mine for g in sourced if g.measure == f.measure and g.value == f.value and
                     g.claimant_key != c.claimant_key), None)
        if same is not None:
            ex.reassign(c, same.claimant_key, "headline's bare source tag, the lede's source of the same toll",
                        lambda f, c=c: f.sentence_index == title.index and f.claimant_key == c.claimant_key)


def _bare_tag(title: str) -> bool:
    """Whether the headline closes with a bare tag (headlines.closing_tag; its last noun in bare_tags.tsv)."""
    if (m := closing_tag(title)) is None:
        return False
    words = m.group("src").lower().split()
    if words[-1] in _SAY:
        words.pop()
    return 0 < len(words) <= _BARE_WORDS and words[-1] in bare_tags()


def name_headline_bodies(ex: Extraction, actors: dict[str, Actor]) -> None:
    """A headline's speaker named by a bare body noun and no country ("..., Ministry says", "..., agency says") is the
    body the lede names with that noun and a country ("..., the Palestinian health ministry said"): re-key the
    headline's claims and figures of that speaker to the lede's, in place."""
    title = next((s for s in ex.sentences if s.section == "title"), None)
    if title is None:
        return
    lede = {s.index for s in [s for s in ex.sentences if s.section == "body"][:_LEDE]}
    for c in ex.claims:
        bare = c.claimant_text.strip().lower().split()
        if c.sentence_index != title.index or not 0 < len(bare) <= _BARE_WORDS or \
                (a := actors.get(c.claimant_key)) is None or a.country is not None or a.kind != "organization":
            continue
        # the lede's body spoken of with the same noun, or a named body the headline's words describe ("War monitor:"
        # over "..., the Syrian Observatory for Human Rights said": bodies.described_fits)
        later = next((d for d in ex.claims if d.sentence_index in lede and d.claimant_key != c.claimant_key and
                      (b := actors.get(d.claimant_key)) is not None and b.country is not None and
                      b.kind == "organization" and (d.claimant_text.strip().lower().split()[-1:] == bare[-1:] or
                                                    _proper(b.name) and described_fits(bare[:-1], bare[-1], b))), None)
        if later is None:
            continue
        ex.reassign(c, later.claimant_key, "headline body noun, named in the lede",
                    lambda f, c=c: f.sentence_index == title.index and f.claimant_key == c.claimant_key)


def _proper(name: str) -> bool:
    """A body's proper name, not a description: two or more capitalised words ("Syrian Observatory for Human Rights")."""
    return sum(w[:1].isupper() for w in name.split()) > 1


def name_headline_officials(ex: Extraction, actors: dict[str, Actor]) -> None:
    """A headline's closing tag that gives an office and no name ("... – Head of Regional State Administration") is
    the person the lede names with that office ("..., Head of the regional military-civilian administration Pavlo
    Kyrylenko has said"): the lede's speaker, a named person, whose words before the name open with the tag's first
    word and hold its last: re-key the headline's claims and figures of that speaker to the person, in place."""
    title = next((s for s in ex.sentences if s.section == "title"), None)
    if title is None:
        return
    lede = {s.index for s in [s for s in ex.sentences if s.section == "body"][:_LEDE]}
    texts = {s.index: s.text for s in ex.sentences if s.index in lede}
    for c in ex.claims:
        words = c.claimant_text.lower().split()
        if c.sentence_index != title.index or c.rule != "rules.headline_tag" or len(words) < 3 or \
                (a := actors.get(c.claimant_key)) is None or a.kind == "person" or a.country is not None:
            continue
        later = next((d for d in ex.claims if d.sentence_index in lede and
                      (p := actors.get(d.claimant_key)) is not None and p.kind == "person" and " " in p.name and
                      _office_before(texts[d.sentence_index], p.name, words)), None)
        if later is not None:
            ex.reassign(c, later.claimant_key, "headline office, named in the lede",
                        lambda f, c=c: f.sentence_index == title.index and f.claimant_key == c.claimant_key)


# how many words before a name its title may take ("Head of the regional military-civilian administration Pavlo ...")
_TITLE_WORDS = 8


def _office_before(sentence: str, name: str, tag: list[str]) -> bool:
    """Whether the words right before `name` in `sentence` open with the tag's first word and hold its last (the tag's
    office written out in the lede's title)."""
    if (at := sentence.find(name)) < 0:
        return False
    before = [w.strip(",;:").lower() for w in sentence[:at].split()[-_TITLE_WORDS:]]
    return tag[0] in before and tag[-1] in before[before.index(tag[0]):]
