"""A headline that quotes words the article quotes from someone: "Hurricanes in a pandemic: 'Absolutely that's our
nightmare scenario'" over '"Absolutely that's our nightmare scenario," said Wilmington Mayor Bill Saffo.' The
headline names no speaker, but the words are the body's speaker's, so the headline is that speaker's claim too.
Pure: text in, the matching body claim out.
"""
from __future__ import annotations

import regex as re

from .model import Claim, Sentence

# a quotation in a headline: double marks, or single marks opening after a space, a colon or the line's start and
# closing before a space, a mark or the end; an apostrophe between letters stays inside ("that’s")
_QUOTED = re.compile(r"[“\"](?P<a>[^“”\"]+)[”\"]|(?:^|(?<=[\s:]))[‘'](?P<b>(?:[^‘’']|(?<=\w)[’'](?=\w))+)[’'](?=[\s.,;:!?]|$)")
_WORD = re.compile(r"\w+")
MIN_WORDS = 3  # fewer quoted words ("'cowardly'", "'no comment'") are a label, not a line someone said


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def headline_quotes(title: str) -> list[list[str]]:
    """The words of each quotation of at least MIN_WORDS words in a headline."""
    out = []
    for m in _QUOTED.finditer(title):
        words = _words(m.group("a") or m.group("b"))
        if len(words) >= MIN_WORDS:
            out.append(words)
    return out


def _holds(words: list[str], run: list[str]) -> bool:
    n = len(run)
    return any(words[i:i + n] == run for i in range(len(words) - n + 1))


def echoed_claim(title: Sentence, claims: list[Claim], sentences: list[Sentence]) -> Claim | None:
    """The first body claim quoting directly a sentence that holds the words a headline quotation gives, or None."""
    quotes = headline_quotes(title.text)
    if not quotes:
        return None
    for c in claims:
        s = sentences[c.sentence_index]
        if s.section != "body" or not c.is_direct_quote:
            continue
        words = _words(s.text)
        if any(_holds(words, q) for q in quotes):
            return c
    return None
