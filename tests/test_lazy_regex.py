"""lazy_regex: a pattern compiles on first use, matches as regex does, and then reads its methods without a hook."""
import regex

from tasks.core.claims import lazy_regex


def test_lazy_pattern_compiles_on_first_use_and_matches_like_regex():
    src = r"(?i)\b(?P<v>said|told)\b"
    lazy = lazy_regex.compile(src)
    assert "_compiled" not in vars(lazy)  # nothing compiled at import
    assert lazy.pattern == src
    text = "Officials TOLD reporters and said so."
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in regex.compile(src).finditer(text)]
    assert lazy.groupindex == {"v": 1} and lazy.named_lists == {}
    # after the compile the class has no __getattr__: a method read is a plain instance-dict hit
    assert not hasattr(type(lazy), "__getattr__")
    assert lazy.compiled() is vars(lazy)["_compiled"]
    assert lazy.sub("X", "he said") == "he X"


def test_compile_all_compiles_what_is_pending():
    a, b = lazy_regex.compile("a+"), lazy_regex.compile("b+")
    b.search("bb")
    lazy_regex.compile_all()
    assert type(a) is type(b) is lazy_regex.CompiledPattern
    assert a.fullmatch("aaa") is not None
