"""The words after "according to" / ", per" as a source: where a source's name ends, and when the words name none
(attribution.py's rules.according_to)."""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)
from .figure_words import number_words
from .source_words import source_nouns

# A source's name ends before a citation bracket ("the 2013 census[270]"), a dash that opens an aside ("the
# explanatory notes of the Bill — 'provision to ...'"), and a question or exclamation mark that ends the sentence
# (a name's own mark, "Yahoo!", "E!", follows a capital)
_END = re.compile(r"\s*(?:\[|\s[—–]|--|[—–]\s|(?<!\p{Lu})[?!])")
# "priced according to how expensive they were", "according to whether it rains": a manner, not a source
_MANNER = re.compile(r"(?i)(?:how|what|whether|which|where|when|why|whatever|wherever)\b")
# words that open a source named after "per" ("per the WHO", "per his lawyer", "per two officials"): determiners,
# quantifiers and every cardinal (number_words.tsv)
_PER_OPENERS = frozenset("the a an this that these those his her its their our my your several some many multiple".split()) \
    | frozenset([*number_words("unit"), *number_words("ten")])


def source_words(np: str) -> str:
    """`np` up to where a source's name ends: before a citation bracket, an aside's dash, a sentence's last mark, a
    parenthesis it does not close ("(according to Ottoline commenting in this blog)") or one it opens and leaves open
    ("Researcher Rahul Mohandas on the McAfee (NYSE: MFE) Avert Labs blog" cut at its colon)."""
    if m := _END.search(np):
        np = np[:m.start()]
    depth = 0
    for i, ch in enumerate(np):
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return np[:i].rstrip()
            depth -= 1
    if depth:
        np = np[:np.rfind("(")]
    return np.rstrip()


def names_no_source(np: str, per: bool) -> bool:
    """The words after "according to" / ", per" name no source: a manner ("according to how expensive they were to
    build"), or after "per" a rate or a foreign word ("$4,000 per sponsor, per episode", Italian "per favorire"): a
    lower-case word that no determiner opens and that is no source's noun ("per police", "per reports" are)."""
    if not np or _MANNER.match(np):
        return True
    first = np.split()[0]
    return per and first.islower() and first not in _PER_OPENERS and first not in source_nouns()


# what may end the words before an "according to" that credits a source: the sentence's start, a comma, a bracket, a
# dash, a colon, a quotation mark, or "that" opening a clause ("He said that according to police ...")
_CLAUSE_OPEN = re.compile(r"(?:^|[,;:(\[—–\"“”‘’'-]|\bthat)\s*$")
_WORD = re.compile(r"[\p{L}-]+")
# a pronoun or demonstrative alone stands for a speaker named before ("Prime minister Nikol Pashinyan according to this
# is not the final figure", "according to him"), never for a rule followed
_STANDS_FOR_SOURCE = frozenset("this that these those it him her them us me".split())


def in_accordance(before: str, np: str) -> bool:
    """ "according to" inside a clause meaning "in accordance with": straight after a verb or its object, with no
    comma ("paying them according to the new wage structure", "a request made according to common usage"), and
    lower-case words none of which is a source's noun ("killed according to police", "rose according to data",
    "according to witness testimony" keep their source)."""
    if _CLAUSE_OPEN.search(before) or np.lower() in _STANDS_FOR_SOURCE or any(ch.isupper() or ch.isdigit() for ch in np):
        return False
    return not any(w.lower() in source_nouns() for w in _WORD.findall(np))
