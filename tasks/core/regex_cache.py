"""Compiled `regex` patterns kept on disk between runs, like Python's own .pyc files.

`regex` parses and compiles a pattern in pure Python, a few microseconds per character. The claim extractor's
patterns hold the gazetteers as alternations (thousands of place, country and demonym names, ~3 s to compile the
~260 of them), and dateparser, on its first fallback, compiles a split pattern per locale (~1,000 patterns, ~2.5 s).
Every run paid that again, in the pool's fork server before any worker could start. A compiled pattern pickles as
the code `regex` generated for it (its supported pickle: `_regex.compile` of that code, no parsing), so the second
and later runs read it back in about 1% of the time: the very same compiled code, so matching cannot differ.

One file per pattern in `$XDG_CACHE_HOME/newsclaims/regex/<regex version>` (else ~/.cache/...), named by a hash of
the pattern, its flags and regex's default version, holding those too (checked on reading: a hash collision or a
stale file only means a compile). A missing folder, an unreadable or unwritable file just compiles as before.
Files are read with an unpickler that builds nothing but `regex` patterns (no other code runs from them).
NEWSCLAIMS_REGEX_CACHE names another folder, or `off`.
"""
from __future__ import annotations

import hashlib
import io
import os
import pickle
import tempfile
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import regex

ENV = "NEWSCLAIMS_REGEX_CACHE"


@lru_cache(maxsize=1)
def folder() -> Path | None:
    """Where this process reads and writes compiled patterns (None: no cache)."""
    chosen = os.environ.get(ENV, "")
    if chosen.lower() == "off":
        return None
    if chosen:
        return Path(chosen).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsclaims" / "regex" / regex.__version__


class _PatternsOnly(pickle.Unpickler):
    """Builds `regex` patterns and the plain values they are made of, nothing else."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"not a compiled pattern: {module}.{name}")


def _key(pattern: str, flags: int) -> tuple:
    return (pattern, int(flags), int(regex.DEFAULT_VERSION))  # plain ints: the files hold no enum objects


def _path(base: Path, key: tuple) -> Path:
    return base / (hashlib.sha256(repr(key).encode("utf-8", "surrogatepass")).hexdigest()[:40] + ".pickle")


def _read(path: Path, key: tuple):
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        stored_key, compiled = _PatternsOnly(io.BytesIO(data)).load()
    except Exception:  # noqa: BLE001 - a damaged or foreign file: compile instead
        return None
    if stored_key != key or not isinstance(compiled, regex.Pattern):
        return None
    return compiled


def _write(base: Path, path: Path, key: tuple, compiled) -> None:
    try:
        base.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=base, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump((key, compiled), f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # whole or not at all, also with several processes writing the same pattern
        except BaseException:
            os.unlink(tmp)
            raise
    except Exception:  # noqa: BLE001 - a read-only home, a full disk: the pattern is compiled anyway
        pass


def compile_cached(pattern, flags: int = 0):
    """regex.compile(pattern, flags), read from the cache when a run compiled it before (else compiled and stored).
    Only str patterns without named lists or LOCALE are cached; anything else is compiled as it is."""
    base = folder()
    if base is None or not isinstance(pattern, str):
        return _compile(pattern, flags)
    key = _key(pattern, flags)
    path = _path(base, key)
    compiled = _read(path, key)
    if compiled is None:
        compiled = _compile(pattern, flags)
        if not compiled.flags & regex.LOCALE:  # locale-bound code is valid for this locale only
            _write(base, path, key, compiled)
    return compiled


_compile = regex.compile  # regex's own, also while caching() is on


@contextmanager
def caching():
    """`regex.compile(str, flags)` goes through the cache meanwhile, for code that is not ours (dateparser's locale
    patterns). Only for a process that does nothing else meanwhile (the pool's fork server warming up): the module
    attribute is swapped for everyone."""
    def cached(pattern, flags=0, ignore_unused=False, cache_pattern=None, **kwargs):
        if kwargs or ignore_unused or cache_pattern is not None:
            return _compile(pattern, flags, ignore_unused=ignore_unused, cache_pattern=cache_pattern, **kwargs)
        return compile_cached(pattern, flags)

    regex.compile = cached
    try:
        yield
    finally:
        regex.compile = _compile
