"""A portfolio written between an office and a name: "Minister of State for Trade Policy Greg Hands", "Minister of State
for Government Communication Bence Tuzson". The capitalised words after "for" belong to the office; the person's name
is the run's last words, from its first first name on (else its last two words, a name the census lacks)."""
from __future__ import annotations

from functools import lru_cache

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .actor_patterns import TITLE_LAST
from .inflections import word_lemmas
from .name_words import first_names

# a title word, "for" and a run of capitalised words (an "and" may join portfolio words): the office's portfolio and
# the holder's name, ended by a lower-case word or a punctuation mark
_RUN = re.compile(r"\b(?P<t>[A-Za-z]+)\s+for\s+(?:the\s+)?"
                  r"(?P<r>(?:\p{Lu}[\p{L}'’-]*\s+(?:and\s+|&\s+)?){1,6}\p{Lu}[\p{L}'’-]*)"
                  r"(?=\s+\p{Ll}|\s*[,.;:!?)]|\s*$)")


def _holder(run: list[str]) -> int:
    """Where the holder's name starts in a run of portfolio words and a name: at its first first name after the first
    word, else two words before its end."""
    for i in range(1, len(run) - 1):
        if run[i].lower() in first_names():
            return i
    return len(run) - 2


@lru_cache(maxsize=512)
def _holders(text: str) -> tuple[tuple[str, str], ...]:
    """(the run's portfolio words and name as written, the holder's name) for every office "for" a portfolio in
    `text`."""
    out = []
    for m in _RUN.finditer(text):
        if m.group("t").lower() not in TITLE_LAST:
            continue
        run = [w for w in m.group("r").split() if w not in ("and", "&")]
        if len(run) < 3 or run[0].lower() in first_names():
            continue  # "Minister for Health Simon Harris" needs nothing; a run opening with a first name is a name
        out.append((m.group("r"), " ".join(run[_holder(run):])))
    return tuple(out)


def portfolio_holder(words: str, text: str) -> str | None:
    """The holder's name when `words` (a name as read, or the run's end) are a portfolio's words and a name after
    "<office> for" in `text`: "Communication Bence Tuzson" -> "Bence Tuzson"; None otherwise."""
    if " " not in words or "for" not in text:
        return None
    for run, name in _holders(text):
        if run.endswith(words) and words != name and words.endswith(name):
            return name
    return None


def title_holder(title: str, sentence: str) -> str | None:
    """The holder named after a bare office the parse took for the subject: "Minister of State" in "Minister of State
    for Government Communication Bence Tuzson accused ..." -> "Bence Tuzson"."""
    at = sentence.find(title + " for ")
    if at < 0:
        return _holder_after(title, sentence)
    tail = sentence[at + len(title) - len(title.split()[-1]):]
    for run, name in _holders(tail):
        if tail.find(run) < len(title.split()[-1]) + 10:
            return name
    return _holder_after(title, sentence)


# what may join a title to the rest of the office before the holder's name: a portfolio ("for news and talk", "of
# Government Affairs") or a second office ("and Democratic National Committee Chairman")
_JOIN = re.compile(r"\s+(?:for|of|and)\s")
_NAME_WORD = re.compile(r"\p{Lu}[\p{L}'’-]+|\p{Lu}\.")
_STOP = re.compile(r"[,;:()\"“”]")


def _holder_after(title: str, sentence: str) -> str | None:
    """The person named after a title the parse took for the whole claimant, once a portfolio or a second office
    follows it: "Sirius XM Vice President for news and talk Dave Gorab called", "former Pennsylvania Gov. and Democratic
    National Committee Chairman Ed Rendell" -> "Dave Gorab", "Ed Rendell". The name is the last two or three
    capitalised words (from a first name) before the verb, a punctuation mark or the sentence's end; None when the
    office runs into anything else."""
    at = sentence.find(title)
    if at < 0 or not (join := _JOIN.match(sentence, at + len(title))):
        return None
    # after "and" a second office must come before the name: "The Interior Minister and Paul Jones" are two people
    first = 1 if join.group(0).strip() == "and" else 0
    words = sentence[at + len(title):].split()[:12]
    run: list[str] = []
    for w in words:
        bare = w.rstrip(".!?,;:") if len(w) > 2 else w  # ("Jr." and an initial keep their point)
        if _NAME_WORD.fullmatch(bare):
            run.append(bare)
            if bare != w:
                break  # the name ends the sentence or its clause ("... Ed Rendell.")
            continue
        if bare != w or _STOP.search(w) or bare.islower() and "VERB" in (lemmas := word_lemmas(bare)) and \
                "NOUN" not in lemmas:
            break  # the verb after the name ("Dave Gorab called")
        run = []
    else:
        return None
    for i in range(max(first, len(run) - 3), len(run) - 1):
        if run[i].lower() in first_names() and run[i].lower() not in TITLE_LAST:
            return " ".join(run[i:])
    return None
