"""Claims no verb carries: a line's colon (colon_speakers.py), "in X's view", "To Sharp, ...", and a poll that
frames a sentence or is named inside it ("In a new Fox News poll, ...").
"""
from __future__ import annotations

import regex as re

from .actors import resolve
from .colon_labels import reads_as_clause
from .colon_speakers import colon_claims
from .context import PLACE_NAMES
from .description_actors import name_source
from .memory import ActorMemory
from .name_words import ELECTED, HONORIFICS, title_pattern
from .recent_speakers import recent_speaker
from .speaker import FoundClaim
from .syntax_words import mentions_poll


# "in his view", "in the words of the ministry", "in Mr. Trump's telling": whose view it is
_IN_VIEW = re.compile(r"\b[Ii]n\s+(?:(?P<pron>his|her|their|its)|(?P<np>[A-Z][\p{L}.'’ -]{1,40}?)['’]s?)\s+"
                      r"(?:view|opinion|words|estimation|judge?ment|mind|telling|account|assessment|reading|analysis)\b")


# "To Sharp, Trump is the man who saved her farm", "But to others, he's a citizen journalist": a sentence opened by "to"
# and a person (a name or a pronoun for people), then a comma and a clause, gives that person's view. Not "To be sure",
# "To win the White House" (an infinitive), "To the shock of", "To a person" (no name) or "To China" (a place).
# a courtesy or elected office's title, abbreviated, before the name ("To Sen. Warren, ...", titles.tsv)
_TITLE = title_pattern(HONORIFICS | ELECTED, "abbr", dot=False)
_TO_VIEW = re.compile(rf"^(?:(?:But|And|Yet|Still|Now)\s+)?[Tt]o\s+(?:(?P<pron>him|her|them)|(?P<np>(?:(?:{_TITLE})\.\s+)?"
                      r"(?!(?:The|A|An|This|That|These|Those)\b)[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,3}))\s*,\s+(?=\S)")
# "In a New York Times/CBS News survey released last Thursday, 79 percent ...": a poll framing the sentence speaks
# for it (as "according to"); not "a lead in the polls", which is the outlet's own summary
_IN_POLL = re.compile(r"^(?:(?:But|And|Yet|Still|Meanwhile),?\s+)?In\s+(?P<np>(?:the|a|an|this|that|these|its|their|his|her|our|recent|latest|new|national|"
                      r"[A-Z0-9][\p{L}\d.'’/&-]*)\s+(?:[\p{L}\d.'’/&-]+\s+){0,5}?(?:polls?|surveys?|polling)\b"
                      r"(?!\s+(?:places?|stations?|locations?|booths?|sites?|workers?|watchers?|taxe?s?|hours|day)\b)"
                      r"(?:\s+(?:by|of|from|for|conducted|released|taken|last|this|in)\s+[^,.;:]{1,50}?)?)(?=,)")
# "Trump leads Cruz by 9 points in the RealClearPolitics average of recent polls", "45 percent support among
# Republicans in a new Fox News poll released Thursday": a named poll (one poll, or polls a name or an average
# gathers) inside the sentence reports its finding too. "a lead in the polls", "fell in Iowa polls" stay the
# outlet's own summary (PolNeAR dev: about half of such rows were no attribution there); one who took part in or
# was asked in a poll reports nothing of it.
_IN_NAMED_POLL = re.compile(
    r"(?<!\b(?:participated|participate|participating|part|included|include|includes|asked|questioned|interviewed|"
    r"surveyed|polled|sampled|error|respondents|question|questions|weighted|invested|named|listed|mentioned|cited|"
    r"quoted|featured|used|participants?|fill|fills|filled|filling|answered|completed|took)\s)"
    r"\b[Ii]n\s+(?P<np>(?:(?:the|a|an|this|that|its|their|his|her|our|one|every|each|(?:just\s+)?about\s+every|[A-Z][\p{L}]+['’]s)\s+)?"
    r"(?:(?!(?:in|on|at|to|for|with|and|or|but|than|of|from|by|as|after|before|during|over|among|atop|across|since)\s)[\p{L}\d.'’/&-]+\s+){0,6}?(?:(?P<avg>[Aa]verage\s+of\s+(?:[\p{L}\d.'’/&-]+\s+){0,4}?(?:polls|surveys))|"
    r"(?:poll|survey|Poll|Survey)(?P<many>s)?))\b"
    r"(?!\s+(?:places?|stations?|locations?|booths?|sites?|workers?|watchers?|taxe?s?|hours|day|questions?|results?|"
    r"respondents|data|numbers?|question|shows?|showed|found|finds|suggests?|indicates?|clos\w*|open\w*)\b)(?![-’'])")


def _in_named_poll(sent: str, found: list[FoundClaim], mem: ActorMemory) -> None:
    for m in _IN_NAMED_POLL.finditer(sent):
        if m.group("many") and not m.group("avg"):
            continue  # "in the polls", "in national polls", "in Iowa polls": no one poll named
        if any(c.subj_start >= 0 and (c.subj_start <= m.start("np") < c.subj_end or m.start("np") <= c.subj_start < m.end("np"))
               for c in found):
            continue  # the poll speaks already ("In a Fox poll, ...", "a recent CNN survey found")
        _poll_claim(m, found, mem)


def _poll_claim(m: re.Match, found: list[FoundClaim], mem: ActorMemory) -> None:
    """The poll named by `m`'s "np" group reports the sentence's finding ("in" is the cue), unless it speaks already."""
    np = m.group("np")
    got = name_source(np, mem)
    if got and got[0] is not None and not any(c.actor == got[0] for c in found):
        found.append(FoundClaim(got[0], np, m.start("np"), m.end("np"), "in", m.start(), m.start() + 2, "statement",
                                rule="rules.in_poll", resolved_by=got[1]))


def to_view(sent: str):
    """The match of _TO_VIEW ("To Sharp, ..."), or None: cheap for the sentences that cannot open so."""
    return _TO_VIEW.match(sent) if sent[:1] in "TtBAYSN" and "o " in sent[:12] else None


def _add_view_claim(found: list[FoundClaim], sent: str, m: re.Match, s0: int, s1: int, got) -> None:
    """"To Sharp, ...", "in his view": the one named at s0:s1 holds the sentence's view, unless already a claimant."""
    if got and got[0] is not None and not any(c.actor == got[0] for c in found):
        found.append(FoundClaim(got[0], sent[s0:s1], s0, s1, "in the view of", m.start(), m.end(), "statement",
                                rule="rules.in_view", resolved_by=got[1]))


def phrase_claims(sent: str, found: list[FoundClaim], mem: ActorMemory, opens_line: bool) -> None:
    """Two shapes no verb carries: a speaker's line in a transcript ("Gowdy: ...") and "in X's view"."""
    colon_claims(sent, found, mem, opens_line)
    if mentions_poll(sent):
        if "In " in sent[:12]:
            for m in _IN_POLL.finditer(sent):
                if any(c.subj_start <= m.start("np") < c.subj_end for c in found if c.subj_start >= 0):
                    continue
                _poll_claim(m, found, mem)
        if " in " in sent or " In " in sent:
            _in_named_poll(sent, found, mem)
    if (m := to_view(sent)) and reads_as_clause(sent[m.end():]) and \
            not any(c.subj_start >= 0 and c.subj_start < m.end() for c in found):
        if m.group("pron"):
            got = recent_speaker({"him": "he", "her": "she", "them": "they"}[m.group("pron")], mem, "pronoun -> last {} named")
            s0, s1 = m.start("pron"), m.end("pron")
        else:
            np = m.group("np")
            actor = resolve(np, mem)
            got = None if np.split()[-1] in PLACE_NAMES or (actor is not None and actor.kind == "country") else \
                ((actor, "resolver") if actor else name_source(np, mem))
            s0, s1 = m.start("np"), m.end("np")
        _add_view_claim(found, sent, m, s0, s1, got)
    if " in " in sent or sent.startswith("In "):
        for m in _IN_VIEW.finditer(sent):
            if any(c.verb_start <= m.start() < max(c.verb_end, c.verb_start + 1) for c in found):
                continue
            if m.group("pron"):
                got = recent_speaker({"his": "he", "her": "she", "its": "it", "their": "they"}[m.group("pron")], mem,
                              "possessor -> last {} named")
                s0, s1 = m.start("pron"), m.end("pron")
            else:
                np = m.group("np")
                actor = resolve(np, mem)
                got = (actor, "resolver") if actor else name_source(np, mem)
                s0, s1 = m.start("np"), m.end("np")
            _add_view_claim(found, sent, m, s0, s1, got)
