"""regex_cache: a pattern compiled once is read back as the same compiled code; a damaged, foreign or mismatched file,
no folder or `off` only mean a compile; reading never runs anything but regex's own constructor."""
import os
import pickle

import pytest
import regex

from tasks.core import regex_cache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(regex_cache.ENV, str(tmp_path / "rx"))
    regex_cache.folder.cache_clear()
    yield tmp_path / "rx"
    regex_cache.folder.cache_clear()


# a gazetteer-like alternation with Unicode classes, a named group, case-insensitive parts and look-arounds
SRC = r"\b(?:in|at)\s+(?P<p>New York|New|York|São Paulo|Zürich)(?![\p{L}-])(?i:\s+CITY)?"
TEXT = "Protests in São Paulo and in New York City, in New Jersey and at Zürich-Nord; in Newark."


def test_second_compile_reads_the_same_code_from_the_file(cache):
    first = regex_cache.compile_cached(SRC, regex.V0)
    files = list(cache.glob("*.pickle"))
    assert len(files) == 1
    again = regex_cache.compile_cached(SRC, regex.V0)
    assert again is not first  # read from the file, not regex's in-memory cache
    fresh = regex.compile(SRC, regex.V0)
    assert again._pickled_data == fresh._pickled_data  # the very same compiled code, flags and groups
    assert [(m.span(), m["p"]) for m in again.finditer(TEXT)] == [(m.span(), m["p"]) for m in fresh.finditer(TEXT)] \
        == [((9, 21), "São Paulo"), ((26, 42), "New York"), ((44, 50), "New")]  # not Zürich-Nord, not Newark


def test_flags_are_part_of_the_key(cache):
    plain = regex_cache.compile_cached("new york")
    folded = regex_cache.compile_cached("new york", regex.IGNORECASE)
    assert len(list(cache.glob("*.pickle"))) == 2
    assert plain.search("NEW YORK") is None and folded.search("NEW YORK") is not None
    assert regex_cache.compile_cached("new york", regex.IGNORECASE).search("NEW YORK") is not None


def test_damaged_foreign_or_mismatched_files_only_mean_a_compile(cache):
    regex_cache.compile_cached(SRC)
    (path,) = cache.glob("*.pickle")
    path.write_bytes(b"\x80\x05garbage")
    assert regex_cache.compile_cached(SRC).search(TEXT)["p"] == "São Paulo"
    # a file that would run code when unpickled is refused, not run
    marker = cache / "ran"
    path.write_bytes(pickle.dumps((regex_cache._key(SRC, 0), Runs(str(marker)))))
    assert regex_cache.compile_cached(SRC).search(TEXT)["p"] == "São Paulo"
    assert not marker.exists()
    # another pattern's compiled code under this pattern's name (a collision, a hand-copied file) is not used
    other = regex.compile("Zürich")
    path.write_bytes(pickle.dumps((regex_cache._key("Zürich", 0), other)))
    assert regex_cache.compile_cached(SRC).pattern == SRC
    # and the file is whole again afterwards
    assert regex_cache._read(path, regex_cache._key(SRC, 0)).pattern == SRC


class Runs:
    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_off_or_unwritable_folder_still_compiles(cache, monkeypatch, tmp_path):
    monkeypatch.setenv(regex_cache.ENV, "off")
    regex_cache.folder.cache_clear()
    assert regex_cache.compile_cached(SRC).search(TEXT)["p"] == "São Paulo"
    assert not cache.exists()
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    monkeypatch.setenv(regex_cache.ENV, str(blocked / "rx"))
    regex_cache.folder.cache_clear()
    assert regex_cache.compile_cached(SRC).search(TEXT)["p"] == "São Paulo"


def test_default_folder_is_the_user_cache_per_regex_version(monkeypatch, tmp_path):
    monkeypatch.delenv(regex_cache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    regex_cache.folder.cache_clear()
    try:
        assert regex_cache.folder() == tmp_path / "newsclaims" / "regex" / regex.__version__
    finally:
        regex_cache.folder.cache_clear()


def test_caching_routes_regex_compile_through_the_cache_and_restores_it(cache):
    original = regex.compile
    with regex_cache.caching():
        assert regex.compile is not original
        p = regex.compile(SRC)
        named = regex.compile(r"\L<places>\b", places=["Gaza", "Gaza City"])  # named lists: compiled as they are
    assert regex.compile is original
    assert len(list(cache.glob("*.pickle"))) == 1 and p.search(TEXT)["p"] == "São Paulo"
    assert named.search("in Gaza City now")[0] == "Gaza City"
    with pytest.raises(ZeroDivisionError), regex_cache.caching():
        1 / 0
    assert regex.compile is original


def test_lazy_patterns_compile_through_the_cache(cache):
    from tasks.core.claims import lazy_regex

    lazy = lazy_regex.compile(SRC + "(?#lazy)")
    assert lazy.search(TEXT)["p"] == "São Paulo"
    assert len(list(cache.glob("*.pickle"))) == 1
    assert os.stat(cache).st_mode & 0o077 == 0  # the folder is the user's own
