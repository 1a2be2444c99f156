"""Rule-based English sentence splitter that keeps character offsets into the source string."""
from __future__ import annotations

import regex as re

from .calendar_words import MONTHS_BUT_MAY, WEEKDAYS
from .cue_words import tag_verb_forms
from .name_words import abbreviations, company_suffixes, titles

# Abbreviations that end in a period but rarely end a sentence in news copy, lower-cased, no dot: every title of
# titles.tsv (military and police ranks before a name, "Snr. Comr. Agus Rianto", "Brig. Gen."; the plural titles
# before two names, "Sens. Warren and Sanders"), the months' short forms but May's (May has none: "talks resume in
# May." ends a sentence), and the name parts and reference words of abbreviations.tsv.
_ABBREV = frozenset(t.lower() for t, _ in titles(form="abbr", suffixes=True)) | \
    frozenset(m[:3].lower() for m in MONTHS_BUT_MAY) | {"sept"} | abbreviations()
# Abbreviations that look like "U.S." / "U.K." / "e.g." / "a.m." — letters separated by dots.
_DOTTED = re.compile(r"(?:\b\p{L}\.){2,}$")
# Candidate boundary: terminal punctuation, optional closing quotes/brackets, then whitespace.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
# What may start a new sentence: an upper-case letter, a digit, or an opening quote/bracket.
_STARTER = re.compile(r"\s+[\"'“‘«(\[]*[\p{Lu}\p{N}]")


# A bare speech tag after a quoted question or exclamation: '..., "How about 50 people?" Howard said.', '"Why
# now?" asked Sen. Jane Roe.' The tag ends the quoted sentence; nothing of its own follows its verb but a time or
# "in a statement". Its verbs are the cue verbs marked "tag" in data/cue_verbs.tsv, not every speech verb: the
# splitter was measured with these, and each verb more keeps together sentences it splits now.
_TAG_VERB = "(?:" + "|".join(tag_verb_forms()) + ")"
_TAG_TIME = (r"(?:\s+(?:on\s+)?(?:" + "|".join(WEEKDAYS) + r"|today|yesterday|later|"
             r"afterward|afterwards|in an interview|in a statement))?")
_QUESTION_TAG = re.compile(rf"\s+(?:(?:[\p{{Lu}}][\p{{L}}.'’-]*\s+){{1,4}}{_TAG_VERB}|{_TAG_VERB}(?:\s+[\p{{Lu}}][\p{{L}}.'’-]*){{1,5}})"
                           rf"{_TAG_TIME}\s*\.(?=\s|$)")


def _is_boundary(text: str, m: re.Match) -> bool:
    nxt = _STARTER.match(text, m.end())
    if not nxt:
        return False
    punct = m.group(0)
    if punct[0] in "?!" and punct[-1] in "\"'”’" and _QUESTION_TAG.match(text, m.end()):
        return False
    if punct[0] != ".":
        return True
    token = text[text.rfind(" ", 0, m.start()) + 1: m.start()]
    bare = token.lstrip("\"'“‘(«[").rstrip(".")
    if bare.lower() in company_suffixes() and text[nxt.end() - 1: nxt.end() + 12].split(" ")[0] in _OPENERS:
        return True  # "... told Australian Broadcasting Corp. The killings were ...": a company's name ends the sentence
    if bare.lower() in _ABBREV and not any(c in punct for c in "\"'”’»)"):
        return False
    # Single initials ("John F. Kennedy") — but not the pronoun-like "I." or a sentence-final "A."
    if len(bare) == 1 and bare.isupper() and bare not in "I":
        return False
    # Dotted acronyms: "U.S." ends a sentence only when the next word is a typical sentence opener.
    if _DOTTED.search(token + "."):
        follower = text[nxt.end() - 1: nxt.end() + 12].split(" ")[0]
        low = bare.lower()
        if low in ("e.g", "i.e", "cf"):
            return False
        if low in ("a.m", "p.m"):  # a time ends a sentence unless a day or date follows it
            return follower.rstrip(",.") not in _DAYS
        return follower in _OPENERS
    return True


_DAYS = frozenset(WEEKDAYS) | frozenset("ET GMT UTC EST PST CET local".split())
_OPENERS = frozenset(
    "The A An It He She They We I In On At But And This That These Those His Her Its Their "
    "There After Before When While As If Some Many Most".split()
)


# A byline fused to the first sentence of a paragraph: "By Aaron Humes: The Americas cannot ignore ...". It is a
# sentence of its own (context.is_furniture skips it): the author's name is not the first speaker, nor "she"'s antecedent.
BYLINE = r"By\s+(?:[\p{Lu}][\p{L}.'’-]*\s+(?:(?:and|de|van|von|al)\s+)?){1,4}?[\p{Lu}][\p{L}.'’-]*"  # "By Aaron Humes"
_BYLINE = re.compile(BYLINE + r"\s*[:|—–]\s+(?=\S)")


def split_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of sentences in `text`; newlines always end a sentence."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        start = 0
        if line.startswith("By ") and (by := _BYLINE.match(line)):
            _add(spans, line, line_start, 0, by.end())
            start = by.end()
        for m in _BOUNDARY.finditer(line):
            if _is_boundary(line, m):
                _add(spans, line, line_start, start, m.end())
                start = m.end()
        _add(spans, line, line_start, start, len(line))
    return spans


def _add(spans: list[tuple[int, int]], line: str, base: int, a: int, b: int) -> None:
    seg = line[a:b]
    stripped = seg.strip()
    if not stripped:
        return
    lead = len(seg) - len(seg.lstrip())
    spans.append((base + a + lead, base + a + lead + len(stripped)))


def split_sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_spans(text)]


_TYPEWRITER_QUOTES = re.compile(r"``|''")


# A dateline whose dash was stored as a straight quote mark (a page's em dash lost to a one-byte charset):
# "PORTLAND, Ore. " New cases ...", "LONDON " AstraZeneca says ...". A place in capitals (perhaps ", State"), then
# a '"' with a space on both sides: an opening quotation mark has no space after it, so this is the separator.
_DATELINE_QUOTE = re.compile(r"^[\p{Lu}][\p{Lu}.'’-]+(?:[ -][\p{Lu}][\p{Lu}.'’-]*){0,3}"
                             r"(?:,\s[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)?(?:\s\([^()\s]{1,12}\))?\s(\")\s(?=\S)")


# A letter the page lost to a decoding error, stored as U+FFFD ("Pedro S\ufffdnchez"): no decoder can restore it, but
# inside a word it is still a letter, so the readers see a lower-case letter no news text uses in its place (names
# then read whole, "S\ufffdnchez said" is the Sánchez named before); restore_damage puts U+FFFD back in what is stored.
DAMAGE_MARK = "\ua737"
_DAMAGED = re.compile(r"(?<=\p{L})\ufffd(?=\p{L})")


def restore_damage(text: str | None) -> str | None:
    return text.replace(DAMAGE_MARK, "\ufffd") if text and DAMAGE_MARK in text else text


def plain_quotes(text: str, singles: bool = False) -> str:
    """The sentence with typewriter quotation marks ('' and ``, the convention of some archives and wire feeds) read
    as the curly marks the readers know, at the same length so that offsets hold: `` -> "“ ", '' -> "“ " where it
    opens (at the start, after a space or bracket), else "” ". A dateline's dash stored as '"' reads as a dash, and a
    letter lost to U+FFFD inside a word as DAMAGE_MARK. With `singles` (the sentence is not inside a quotation in
    double marks), single quotation marks read as double ones (single_quotes)."""
    if (d := _DATELINE_QUOTE.match(text)) is not None:
        text = text[:d.start(1)] + "—" + text[d.end(1):]
    if "\ufffd" in text:
        text = _DAMAGED.sub(DAMAGE_MARK, text)
    if "''" not in text and "``" not in text:
        return single_quotes(text) if singles else text

    def mark(m: re.Match) -> str:
        opens = m.group(0) == "``" or m.start() == 0 or text[m.start() - 1].isspace() or text[m.start() - 1] in "([—–-"
        return "“ " if opens else "” "

    return _TYPEWRITER_QUOTES.sub(mark, text)


# Single quotation marks, the house style of British, Irish, Australian and Indian papers ('‘Be prepared ...,’ he
# warned', "the Met Office states: ‘Regardless, ...’"), read as the double marks the readers know. The same characters
# are apostrophes ("Earth’s", "don’t", "O’Brien", "’90s", "the workers’ union", "rock ’n’ roll"), so a mark counts only
# where an apostrophe cannot be: an opening mark after a space, bracket, dash or colon (or at the start) and before a
# letter; a closing mark after a letter or punctuation and before a space, punctuation or the end. A closing mark
# after a comma, full stop, "?" or "!" is one even unpaired (the quotation opened in an earlier sentence); an
# opening mark with no closing one only at the start or after "said: " / ", " (the quotation runs on); any other
# mark must pair with one in the sentence around at least two letters.
_SQ_OPEN_BEFORE = " \t([{—–-:/"
_SQ_CLOSE_AFTER = " \t.,;:!?)]}—–-"


def single_quotes(text: str) -> str:
    """`text` with its single quotation marks as “ and ” (same length); unchanged when it holds a double mark (its
    single marks are then quotations inside a quotation) or no single quotation mark."""
    if "‘" not in text and "'" not in text and "’" not in text:
        return text
    if any(q in text for q in '"“”'):
        return text
    n = len(text)
    opens, closes = [], []
    for i, ch in enumerate(text):
        if ch in "‘'" and (i == 0 or text[i - 1] in _SQ_OPEN_BEFORE) and i + 1 < n and text[i + 1].isalpha():
            opens.append(i)
        elif ch in "’'" and i > 0 and not text[i - 1].isspace() and (i + 1 == n or text[i + 1] in _SQ_CLOSE_AFTER):
            closes.append(i)
    if not opens and not closes:
        return text
    marks: dict[int, str] = {}
    for j, o in enumerate(opens):
        if o < (max(marks) if marks else -1):
            continue
        nxt_open = opens[j + 1] if j + 1 < len(opens) else n
        cands = [c for c in closes if o < c]
        # prefer a closing mark after punctuation before the next opening mark ("the workers’ party,’ he said")
        strong = [c for c in cands if c < nxt_open and text[c - 1] in ",.!?"]
        c = strong[0] if strong else next((c for c in cands if c < nxt_open), None)
        if c is not None and sum(ch.isalpha() for ch in text[o + 1:c]) >= 2:
            marks[o], marks[c] = "“", "”"
        elif c is None and (o == 0 or text[max(0, o - 2):o] in (": ", ", ")) and nxt_open == n:
            marks[o] = "“"  # the quotation runs on into the next sentence
    first_open = min((i for i, m in marks.items() if m == "“"), default=n)
    for c in closes:  # a quotation opened in an earlier sentence closes here
        if c < first_open and c not in marks and text[c - 1] in ",.!?":
            marks[c] = "”"
            break
    if not marks:
        return text
    out = list(text)
    for i, m in marks.items():
        out[i] = m
    return "".join(out)
