"""Claims a line's colon carries: a transcript's or headline's speaker label ("Gowdy: ...", "Poll: Sanders leads"),
a name before a colon that opens a quotation, and who a one-word colon head names.
"""
from __future__ import annotations

import regex as re

from .actors import resolve
from .claimants import bad_name
from .colon_labels import full_name_in, full_person, label_fits, reads_as_clause, speaker_name, states_something, turns_of
from .context import PLACE_NAMES
from .description_actors import describe, name_source
from .gazetteer import COUNTRY_NAMES, DEMONYMS, PEOPLE
from .inflections import word_lemmas
from .memory import ActorMemory
from .model import Actor
from .patterns import WH_WORDS
from .source_words import headline_rubrics, source_nouns
from .speaker import UNKNOWN, FoundClaim


# 'Rep. Trey Gowdy (R-S.C.): "I have not heard ..."': a transcript line opens with its speaker and a colon.
_COLON_SPEAKER = re.compile(r"(?P<np>(?:(?:[A-Z][\p{L}.'’-]*|of|the|de|van|von)\s+){0,4}[A-Z][\p{L}.'’-]*)"
                            r"(?:\s*\([^()]{1,24}\))?\s*:\s*(?=(?:[\"“]|''|``)\s*\p{L})")


# A headline or transcript line "Marco Rubio: I'm Not Interested In Being Vice President.": a name, a colon, words
# "The Racial Code: Tales of Resistance and Survival is published by ...": a title's subtitle, capitalised words joined
# by a small word, after a head with an article (no person's name opens with "The")
_SUBTITLE = re.compile(r"\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+(?:of|and|for|in|on|from|with|the|to)\s+\p{Lu}")
_COLON_NAME = re.compile(r"(?P<np>(?:[A-Z][\p{L}.'’-]*\s+){1,3}[A-Z][\p{L}.'’-]*)\s*:\s+(?=(?:\S+\s+){2}\S)")


# Rubrics over a review or a page's fine print never speak (headline_rubrics.tsv); a verb ("Told Howell: ...")
# addresses the one named.
_NOT_COLON = frozenset(headline_rubrics()) | frozenset("told tells asked".split())


# A line opened by one capitalised word or a name in capitals and a colon: "Graham: Trump's rhetoric is destroying the
# GOP.", "Poll: Sanders leads.", "TAPPER: Do you think ...?" (the two-word shapes are _COLON_NAME's)
_COLON_ONE = re.compile(r"(?P<np>[A-Z][\p{L}'’-]+|[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2})\s*:\s+(?=(?:\S+\s+){3}\S)")


def _sentence_case(name: str) -> str:
    """A title-case headline's "Indonesian Officials" or "Afghan Police Sources" is the phrase "Indonesian officials":
    a demonym or a country's name, then source nouns capitalised only by the headline's style, not a body's name."""
    words = name.split()
    if len(words) < 2 or not (words[0] in DEMONYMS or words[0] in COUNTRY_NAMES) or \
            not all(w[:1].isupper() and w[1:].islower() for w in words[1:]):
        return name
    if not all(any(lem in source_nouns() for lem in word_lemmas(w.lower()).get("NOUN", ())) for w in words[1:]):
        return name
    return " ".join([words[0]] + [w.lower() for w in words[1:]])


def colon_head(np: str, mem: ActorMemory) -> tuple[Actor, str] | None:
    """Who a line's colon head names: a person or body the story knows, a name the dictionary does not know, a
    source noun ("Poll", "Report", "Insiders"); never a rubric ("Update"), a place ("WASHINGTON") or a demonym."""
    name = np.title() if np.isupper() else np
    if mem.now == 0:
        name = _sentence_case(name)
    words = name.split()
    if words[0].lower() in _NOT_COLON or bad_name(name) or (np.isupper() and len(np) <= 3):
        return None  # "AP:" is a wire's rubric as often as its claim
    full = full_name_in(name, mem.text) if mem.now == 0 and len(words) == 1 and not np.isupper() else None
    if name in PLACE_NAMES and not full:
        return None  # "SAO PAULO:" a dateline; but "Trump:" over a story naming Donald Trump is the man, not the town
    before = set(mem.seen)  # resolve() takes any capitalised phrase for a new person: "Punch First", "Likely Foe"
    known = resolve(name, mem)
    if known is not None and known.kind in ("organization", "media") or known is not None and known.kind == "person" \
            and (known.key in before or known.name in PEOPLE) and speaker_name(known.name) and \
            (known.name in PEOPLE or full_person(known.name, name)):
        # a person only by a name the story or the gazetteer knows, shaped as a name: not "Los Angeles Lakers" (a
        # team the resolver took for a person) over a sports column's "Lakers: Kyle Kuzma left the court ..."
        return known, "resolver"
    if (known is None or known.kind == "person" and full_person(known.name, name)) and not np.isupper() and \
            speaker_name(name) and \
            turns_of(np, mem.text) >= 2:
        # an interview's first turn, before the story names its speaker: "Joe: A guy who's in a wheelchair ..."
        # heads a line again and again ("Joe: My name's Joseph Worley.")
        return (known, "resolver") if known is not None else (mem.person(name, None), "new name (person)")
    if mem.now == 0 and mem.titled and len(words) == 1 and source_nouns().get(words[0].lower()) == "person" and \
            words[0].lower() in word_lemmas(words[0].lower()).get("NOUN", ()):
        # a headline's role before its colon speaks: "Lawyer: Lindsay Lohan checks into rehab facility" (a plural,
        # "Economists: ...", is headlines.py's)
        if known is not None and known.kind == "person":
            return known, "resolver"  # the resolver's description of the role
        return describe(name, words[0].lower(), mem), "description (the words themselves)"
    if full:
        # "Lynch: No outside influence on FBI probe" over a story that names Loretta Lynch: the headline's surname
        return mem.person(full, None), "headline surname named in full in the story"
    if len(words) == 1 and source_nouns().get(words[0].lower()) == "document" and mem.now == 0:
        # "Poll: ..." over a story; in the body a document word before a colon labels a section ("Notes: Chiefs WR
        # Terrance Copper (left knee) ... left with injuries")
        return describe(name, words[0].lower(), mem), "description (the words themselves)"
    # a name the dictionary does not know: a transcript's speaker in capitals, or the headline's one-word head
    if all(not word_lemmas(w.lower().strip(".’'")) for w in words[-1:]):
        if np.isupper() and len(words) >= 2 and mem.now >= 3 and speaker_name(name):
            # a transcript's full name in capitals, well into the text ("BHAKKAR:", "PERRIS:" open a story: datelines)
            return mem.person(name, None), "new name (person)"
        if not np.isupper() and mem.now == 0:
            return name_source(name, mem)  # the headline's one-word head: "Graham: Trump's rhetoric ..."
    return None


# A name, or "the report" after "from", right before a colon that opens a quotation, anywhere in a line: "Pollsters
# agree - Carl Bialik: “One of the biggest lessons ...”", "doesn't surprise Republican pollster Daron Shaw: “...”",
# "More from the report: “...”"
_COLON_QUOTE = re.compile(r"(?:(?P<name>(?:[A-Z][\p{L}.'’-]*\s+(?:(?:de|van|von|and)\s+)?){1,3}[A-Z][\p{L}.'’-]*)|"
                          r"(?<=\b[Ff]rom\s+)(?P<doc>the\s+[a-z]+))\s*:\s*(?=[“\"]\s*\p{L})")


# a caption's name right before the slash that joins it to the role a colon ends ("Peter Lynch/Timmons' Attorney:")
_NAME_SLASH = re.compile(r"(?:^|(?<=\s))(?P<n>(?:[A-Z][\p{L}.'’-]*\s+){1,3}[A-Z][\p{L}'’-]*)\s*/\s*$")
_TOLD = re.compile(r"(?i)\b(?:told|tell|tells|telling|asked)\b")
_OBJECT_BEFORE = frozenset("of on to in at by with for told tell tells telling asked wrote said".split())


def _colon_quote_speaker(sent: str, found: list[FoundClaim], mem: ActorMemory) -> None:
    for m in _COLON_QUOTE.finditer(sent):
        if not states_something(sent[m.end():]):
            continue  # a quoted title, no turn: "The Last Word: “OTHER”"
        if any(c.actor is not UNKNOWN and c.verb_start < m.start() for c in found):
            return  # "Priebus told Fox News: “...”", "said of Mr. Rubio: ''...''": a speaker before it has the quote
        before = sent[:m.start()].split()[-1:]
        if m.group("name") and before and before[0].lower() in _OBJECT_BEFORE:
            continue  # "a commercial running on Iowa TV: ...", "told The Huffington Post: ..."
        if m.group("name") and _TOLD.search(sent, 0, m.end("name")):
            continue  # "Told the victim's father, Herbert Flynn Jr: '...'", "Told Howell: '...'": the one addressed
        np = m.group("name") or m.group("doc")
        if np.split()[0].lower().rstrip(".") in _NOT_COLON or np in PLACE_NAMES or np.isupper():
            continue
        if m.group("name") and (lower_third := _NAME_SLASH.search(sent, 0, m.start())) and \
                speaker_name(lower_third.group("n")):
            # a TV caption's name and role: "Peter Lynch/Timmons' Attorney: "I'm not going ..."": the name speaks
            n = lower_third.group("n")
            known = resolve(n, mem)
            got = (known, "resolver") if known is not None and known.kind == "person" else (mem.person(n, None), "new name (person)")
            found.append(FoundClaim(got[0], n, lower_third.start("n"), lower_third.end("n"), "said", m.end() - 1, m.end(),
                                    "statement", rule="rules.colon_speaker", resolved_by=got[1]))
            return
        if m.group("doc"):
            head = np.split()[-1].lower()
            actor = describe(np, head, mem) if source_nouns().get(head) == "document" else None
            got = (actor, "description (the words themselves)") if actor else None
        else:
            known = resolve(np, mem)
            words = np.split()
            if known is not None and known.kind != "country":
                got = (known, "resolver")
            elif len(words) in (2, 3) and not word_lemmas(words[0].lower()) and "and" not in words and \
                    speaker_name(np) and states_something(sent[m.end():]):
                got = (mem.person(np, None), "new name (person)")  # "Carl Bialik": a first name, a surname
            else:
                got = name_source(np, mem) if len(words) > 1 else None
        if got and got[0] is not None:
            found.append(FoundClaim(got[0], np, m.start(), m.start() + len(np), "said", m.end() - 1, m.end(),
                                    "statement", rule="rules.colon_speaker", resolved_by=got[1]))
            return


def _named_in_passing(np: str, text: str) -> bool:
    """'Bill Gates: ...' over a story that says "Gates" in a sentence: a person the text names, not a label it repeats
    before colons ("Portion Fix Containers: 1 Green, ...")."""
    name, last = re.escape(np), re.escape(np.split()[-1])
    # the whole name anywhere, or the surname inside a sentence (a capitalised "One" opening one says nothing)
    return re.search(rf"(?<![\p{{L}}-]){name}\b(?!\s*:)|(?<=[\p{{Ll}},]\s){last}\b(?!\s*:)", text) is not None


def _add_colon_claim(found: list[FoundClaim], m: re.Match, got: tuple[Actor, str]) -> None:
    """The name before a line's colon (`m`'s "np") says what follows it: "Gowdy: ...", "Poll: ..."."""
    found.append(FoundClaim(got[0], m.group("np"), m.start("np"), m.end("np"), "said", m.end("np"), m.end(), "statement",
                            rule="rules.colon_speaker", resolved_by=got[1]))


def colon_claims(sent: str, found: list[FoundClaim], mem: ActorMemory, opens_line: bool) -> None:
    """A speaker's label before a line's colon ("Gowdy: ...", "Poll: ...", "TAPPER: ..."), and a name right before
    a colon that opens a quotation anywhere in a line ("Carl Bialik: “...”")."""
    if opens_line and ":" in sent[:60] and (m := _COLON_SPEAKER.match(sent)) and \
            m.group("np").split()[0].lower().rstrip(".") not in _NOT_COLON and not m.group("np").isupper() and \
            states_something(sent[m.end():]):
        # (a quoted title is no turn: "The Last Word: “OTHER”")
        if not any(c.subj_start < m.end() for c in found if c.subj_start >= 0):
            np = _sentence_case(m.group("np")) if mem.now == 0 else m.group("np")
            got = (resolve(np, mem), "resolver") if resolve(np, mem) else name_source(np, mem)
            if got and got[0] is not None:
                _add_colon_claim(found, m, got)
    elif opens_line and ":" in sent[:50] and (m := _COLON_NAME.match(sent)) and \
            m.group("np").split()[0].lower().rstrip(".") not in _NOT_COLON and \
            m.group("np").split()[-1].lower() not in _NOT_COLON and \
            not any(c.subj_start >= 0 and c.subj_start < m.end() for c in found) and reads_as_clause(sent[m.end():]) and \
            not (m.group("np").startswith("The ") and _SUBTITLE.match(sent, m.end())):
        np = _sentence_case(m.group("np")) if mem.now == 0 else m.group("np")
        before = set(mem.seen)  # resolve() takes any capitalised phrase for a new person: "Step One", "Sea Salt"
        known = resolve(np, mem)
        if known is not None and known.kind == "person" and not label_fits(np, known.name):
            known = None  # "Other APIs:" is no "WASI APIs" the text named: a label names its own words' person
        # a name the story knows, or one the dictionary does not ("Kelli Ward"), not a heading of common words
        # ("Fact Check:", "Step One:", "Portion Fix Containers:") unless the text names it in passing too
        if np in PLACE_NAMES or np.isupper() or any(w.lower() in WH_WORDS for w in np.split()):
            # "New Hampshire: voters head ...", "SAO PAULO: The march ...": a rubric or a dateline; "Doctor Who:",
            # "Guess Who:": a title with a question word, which no person's name holds
            known = None
        elif known is not None and known.kind != "person" or np in PEOPLE or speaker_name(np) and (
                known is not None and known.key in before or
                any(not word_lemmas(w.lower().strip(".’'")) for w in np.split()) and "’s" not in np and "'s" not in np
                or _named_in_passing(np, mem.text)):
            # a person's label must be shaped as a name (colon_labels.py): not a heading of common words or a
            # product's ("Tech Enabled:", "Web APIs:", "Star Wars Jedi:") although the resolver makes a person of it
            got = (known, "resolver") if known else name_source(np, mem)
            if got and got[0] is not None:
                _add_colon_claim(found, m, got)
        elif mem.now == 0 and (known is None or known.key not in before) and np.split()[-1].lower() in source_nouns() and \
                any(not word_lemmas(w.lower().strip(".’'")) for w in np.split()):
            # a headline's poll, piece or outlet by a name the dictionary does not know: "AP-GfK Poll: Voters
            # increasingly see Sanders as electable", "Wash Post Fact-Check: If Obama Says It, It's True"
            got = name_source(np, mem)
            if got and got[0] is not None and got[0].kind != "person":
                _add_colon_claim(found, m, got)
    if opens_line and ":" in sent[:40] and (m := _COLON_ONE.match(sent)) and \
            not any(c.rule == "rules.colon_speaker" for c in found) and \
            not any(c.subj_start >= 0 and c.subj_start < m.end() for c in found) and reads_as_clause(sent[m.end():]):
        got = colon_head(m.group("np"), mem)
        if got is not None:
            _add_colon_claim(found, m, got)
    if (": “" in sent or ':"' in sent or ": \"" in sent or ":“" in sent) and \
            not any(c.rule == "rules.colon_speaker" for c in found):
        _colon_quote_speaker(sent, found, mem)
