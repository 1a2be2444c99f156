"""`regex` with module-level patterns compiled on first use, not on import.

`regex` compiles in Python, and the claim modules' patterns hold the gazetteers as alternations (thousands of
country, capital, city and demonym names): compiling all of them took about 4 s of the extractor's 4.7 s import,
and the first article uses about 50 of the 260. A module that writes `from . import lazy_regex as re` gets a
`compile` that returns a LazyPattern (compiled by `regex` on its first attribute use, with the same flags, so
matching is unchanged); every other name is `regex`'s own. `compile_all()` compiles what is still pending, for
a process that forks workers (tasks/io/worker_preload.py via tasks.core.process.load_extractor), so that they
share the compiled patterns instead of each compiling them again. A compile reads the pattern's code from the
on-disk cache of an earlier run when there is one (tasks/core/regex_cache.py: the same code, ~1% of the time).
"""
from __future__ import annotations

import regex as _regex
from regex import (ASCII, DOTALL, I, IGNORECASE, M, MULTILINE, VERBOSE, X, Match, Pattern, escape, findall,  # noqa: F401
                   finditer, fullmatch, match, search, split, sub, subn)

from ..regex_cache import compile_cached

_PENDING: list["LazyPattern"] = []
# every public Pattern attribute but `pattern`: after the compile they are the instance's own (no __getattr__ then)
_ATTRS = tuple(n for n in dir(_regex.compile("")) if not n.startswith("_") and n != "pattern")


class CompiledPattern:
    """A LazyPattern after its compile: the Pattern's bound methods are instance attributes and the class has no
    __getattr__, so `.search` costs what it costs on a regex.Pattern (a class with __getattr__ makes every attribute
    read go through its slower lookup hook: ~+20% on a short search, measured)."""

    pattern: str

    def compiled(self) -> Pattern:
        return self._compiled

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r})"


class LazyPattern(CompiledPattern):
    """A regex.Pattern compiled when one of its attributes is first read; the instance then becomes a CompiledPattern.
    `pattern` (the source) is there at once: modules build larger patterns from it at import."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        _PENDING.append(self)

    def compiled(self) -> Pattern:
        p = compile_cached(self.pattern, self._flags)
        for name in _ATTRS:  # bound methods as instance attributes
            setattr(self, name, getattr(p, name))
        self._compiled = p
        self.__class__ = CompiledPattern  # drops the __getattr__ hook
        return p

    def __getattr__(self, name: str):
        if name.startswith("__") or name in ("_compiled", "_flags", "pattern"):
            raise AttributeError(name)  # copy/pickle probes and a half-built instance: no compile
        return getattr(self.compiled(), name)


def compile(pattern, flags: int = 0, **kwargs):  # noqa: A001 - regex's name
    """A LazyPattern for a source string; named lists and compiled patterns go to regex.compile at once."""
    if kwargs or not isinstance(pattern, str):
        return _regex.compile(pattern, flags, **kwargs)
    return LazyPattern(pattern, flags)


class EndAnchored:
    """A pattern whose matches all end where the searched text ends ("...killed at least $", a name's words before a
    verb), for readers that search the stretch right before a word: `search` asks the pattern read backward first
    (regex's REVERSE flag). Whether a text holds a match does not depend on the direction it is read in, so the
    backward search finds one exactly when the forward search does; it tries the end first and fails at once everywhere
    else, where the forward search tries the whole pattern at every word. Only then does the forward search run, for
    the match as always (its leftmost start). tests/test_claims_speed_guards.py holds each such pattern to that."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.forward = compile(pattern, flags)
        self.backward = compile(pattern, flags | _regex.REVERSE)

    def search(self, string: str, *bounds) -> Match | None:
        """pattern.search(string, [pos, [endpos]])."""
        return self.forward.search(string, *bounds) if self.backward.search(string, *bounds) else None


def compile_all() -> int:
    """Compile every pattern still pending; returns how many were."""
    n = 0
    while _PENDING:
        p = _PENDING.pop()
        if type(p) is LazyPattern:
            p.compiled()
            n += 1
    return n


def __getattr__(name: str):
    return getattr(_regex, name)
