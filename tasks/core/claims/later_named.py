"""An unnamed official of the lede whom the next sentences name: "... have killed 24, an official said on Sunday." /
"..., said disaster agency spokesman Sutopo Purwo Nugroho." Wire copy opens with the official's role and names them a
sentence or two later; the claims and figures of the lede are that person's. The same for a body the lede describes
("..., a war monitor said." / "The Syrian Observatory for Human Rights said ...")."""
from __future__ import annotations


import regex as re

from .bodies import described_fits
from .gazetteer import DEMONYMS
from .model import Actor, Extraction
from .people_words import lede_official_words

# "an official", "a local police official", "an Indonesian government official": one unnamed official
# "a spokesman", "a court spokeswoman": one unnamed voice of a body, whom the next sentences name with the same word
_UNNAMED = re.compile(r"(?i)^an?\s+(?P<mods>(?:[\w-]+\s+){0,3}?)(?P<head>officials?|spokes(?:man|woman|person))$")
_WORDS = lede_official_words()
# words of the unnamed description that say nothing of the office: the later title need not repeat them
_PLAIN = _WORDS["plain"]
# a later speaker's title that is an office: "disaster agency spokesman", "deputy police commissioner"
_OFFICE = re.compile(rf"(?i)\b(?:{'|'.join(sorted(_WORDS['office']))})\b")
# an official unnamed on purpose ("a senior administration official", "speaking on condition of anonymity") is not the
# spokesman the story names next
_ANONYMOUS = re.compile(rf"(?i)\b(?:{'|'.join(sorted(_WORDS['anonymous']))})\b")
# the lede and the sentences after it that may name the official
_REACH = 3


def name_lede_officials(ex: Extraction, actors: dict[str, Actor]) -> None:
    """Re-key the claims and figures of an unnamed official in the first body sentence, whose claim carries a figure
    (or of an unnamed spokesman, whom a later title names with the same word),
    to the person the next sentences name with an office the description fits (its office words, "police", in the
    title), in place."""
    body = [s.index for s in ex.sentences if s.section == "body"]
    if not body:
        return
    lede = body[0]
    for c in ex.claims:
        if c.sentence_index != lede or not (m := _UNNAMED.match(c.claimant_text.strip())):
            continue
        if (official := actors.get(c.claimant_key)) is None or _ANONYMOUS.search(m.group("mods")) or \
                _ANONYMOUS.search(next((s.text for s in ex.sentences if s.index == lede), "")) or \
                not (voice := m.group("head").lower().startswith("spokes")) and \
                not any(f.claim_index == c.index for f in ex.figures):
            continue  # a source kept unnamed on purpose is no one named later; a lede with no toll is left alone
            # (but for a spokesman: the later title must then repeat the word, below)
        # (a demonym, "an Indonesian official", is checked as the country, not looked for in the title)
        words = {w.lower() for w in m.group("mods").split() if w not in DEMONYMS} - _PLAIN
        later = next((d for d in ex.claims if lede < d.sentence_index <= lede + _REACH and
                      (p := actors.get(d.claimant_key)) is not None and p.kind == "person" and " " in p.name and
                      _OFFICE.search(d.claimant_text) and p.name in d.claimant_text and
                      all(w in d.claimant_text.lower() for w in words) and
                      (not voice or m.group("head").lower() in d.claimant_text.lower()) and
                      (official.country is None or p.country in (None, official.country))), None)
        if later is None:
            continue
        ex.reassign(c, later.claimant_key, "unnamed official of the lede, named in a later sentence",
                    lambda f, c=c, lede=lede: f.claim_index == c.index or
                    (f.claim_index is None and f.claimant_key == c.claimant_key and f.sentence_index == lede))



# "a war monitor", "a rights group", "his organisation": a body the lede describes without its name
# ("a group monitoring the civil war": the description with a participle or relative clause after its head)
_UNNAMED_BODY = re.compile(r"(?i)^(?:an?|his|her|their)\s+(?P<mods>(?:[\w-]+\s+){0,2}?)(?P<head>[\w-]+)"
                           r"(?:\s+(?:who|which|that|[a-z]{3,}ing)\s.*)?$")


def name_lede_bodies(ex: Extraction, actors: dict[str, Actor]) -> None:
    """Re-key the claims (and their figures) of a body the first body sentence only describes ("..., a war monitor
    said", "..., his organisation said") to the named body that speaks in the next sentences and fits the description
    (bodies.described_fits: "the monitor" is an observatory or a monitor, "the organisation" any non-state body), in
    place. Wire copy names the source a sentence later; the description alone would be a claimant of no one."""
    body = [s.index for s in ex.sentences if s.section == "body"]
    if not body:
        return
    lede = body[0]
    for c in ex.claims:
        if c.sentence_index != lede or not (m := _UNNAMED_BODY.match(c.claimant_text.strip())) or \
                (described := actors.get(c.claimant_key)) is None or described.kind != "organization":
            continue
        mods = [w for w in m.group("mods").split() if w not in DEMONYMS and not w.endswith("-based")]
        fitting = [d for d in ex.claims if lede < d.sentence_index <= lede + _REACH and
                   (p := actors.get(d.claimant_key)) is not None and p.key != described.key and len(p.name.split()) > 1 and
                   sum(w[:1].isupper() for w in p.name.split()) > 1 and
                   described_fits(mods, m.group("head"), p) and
                   (described.country is None or p.country in (None, described.country))]
        if not fitting or len({d.claimant_key for d in fitting if d.sentence_index == fitting[0].sentence_index}) > 1:
            continue  # none, or two bodies named together next ("Amnesty International and Human Rights Watch"): neither
        later = fitting[0]
        ex.reassign(c, later.claimant_key, "body described in the lede, named in a later sentence",
                    lambda f, c=c, lede=lede: f.claim_index == c.index or
                    (f.claim_index is None and f.claimant_key == c.claimant_key and f.sentence_index == lede))
