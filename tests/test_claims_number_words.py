"""English number words come from one list, number_words.tsv: every pattern that reads a count written in words is
built from figure_words.number_word_pattern (scale words: scale_word_pattern), numbers.py takes its values from the
same rows, and no module writes the alternation out again (copies drift apart: the check finds 38 on 48dd73d, one
stopping at "ten", one at "twelve", one reading "[a-z]+teen" up to "fifty", a prefilter missing "a score of")."""
from __future__ import annotations

import ast
from pathlib import Path

import regex as re

from tasks.core.claims.figure_words import (number_cue_words, number_word_pattern, number_words, scale_word_pattern,
                                            scale_words, vague_amounts)
from tasks.core.claims.numbers import find_amounts, parse_value

ROOT = Path(__file__).resolve().parents[1]
CARDINALS = [*number_words("unit"), *number_words("ten")]


def _whole(pattern: str) -> re.Pattern:
    return re.compile(rf"(?i)\b{pattern}\b")


def test_the_table_holds_every_cardinal_with_its_value():
    assert number_words("unit") == {w: float(i) for i, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
        "eighteen nineteen".split(), 1)}
    assert number_words("ten") == {w: float(v) for w, v in zip(
        "twenty thirty forty fifty sixty seventy eighty ninety".split(), range(20, 100, 10))}
    assert set(number_words("plural")) >= {"dozens", "scores", "tens", "hundreds", "thousands", "millions"}
    assert all(v is None for v in number_words("plural").values())
    assert number_words("phrase")["a dozen"] == 12 and number_words("phrase")["half a million"] == 500_000


def test_spacy_reads_every_cardinal_as_a_number():
    # spaCy's English lexicon is the library's word for what a number word is; its list is private and has no values
    from spacy.lang.en.lex_attrs import like_num

    assert all(like_num(w) for w in CARDINALS)
    assert all(like_num(w) for w, v in scale_words("words").items() if v >= 100)


def test_the_pattern_holds_every_cardinal_and_plural_as_a_whole_word():
    rx = _whole(number_word_pattern())
    for w in [*CARDINALS, *number_words("plural"), "Seventeen", "ELEVEN"]:
        assert rx.fullmatch(w), w
    # a compound is read word by word; longest first, so "seventeen" is not read as "seven"
    assert [m.group(0) for m in rx.finditer("twenty-three of the seventeen")] == ["twenty", "three", "seventeen"]
    for w in ("tenth", "tensions", "someone", "a dozen", "hundred", "zero"):
        assert not rx.fullmatch(w), w


def test_the_pattern_variants():
    assert not _whole(number_word_pattern(one=False)).search("one of them")
    assert _whole(number_word_pattern(one=False)).fullmatch("two")
    assert not _whole(number_word_pattern(plurals=False)).search("dozens")
    assert _whole(number_word_pattern(plurals=False)).fullmatch("ninety")
    only_plurals = _whole(number_word_pattern(cardinals=False))
    assert only_plurals.fullmatch("hundreds") and not only_plurals.search("five")
    up_to_five = _whole(number_word_pattern(plurals=False, most=5))
    assert up_to_five.fullmatch("five") and up_to_five.fullmatch("one") and not up_to_five.search("six")


def test_scale_words_after_words_and_after_digits():
    assert scale_words("words")["dozen"] == 12 and "lakh" not in scale_words("words")
    assert scale_words("digits")["crores"] == 1e7 and "dozen" not in scale_words("digits")
    assert _whole(scale_word_pattern()).fullmatch("lakhs") and not _whole(scale_word_pattern()).search("dozen")
    assert _whole(scale_word_pattern("any")).fullmatch("dozen") and _whole(scale_word_pattern("any")).fullmatch("lakh")


def test_values_come_from_the_table():
    for text, value in (("twenty-three", 23), ("two hundred and five", 205), ("three thousand four hundred", 3400),
                        ("two dozen", 24), ("half a dozen", 6), ("a score of", 20), ("2 lakh", 200_000),
                        ("1.5 crores", 15_000_000), ("3 million", 3_000_000), ("5bn", 5e9), ("ninety-nine", 99)):
        assert parse_value(text) == value, text
    assert parse_value("two lakh") is None  # a lakh follows digits in news English
    assert [(a.text, a.value) for a in find_amounts("Police said seventy-two people and a dozen officers were hurt.")] == [
        ("seventy-two", 72), ("a dozen", 12)]


def test_the_cheap_count_test_has_a_word_of_every_number_phrase_and_vague_amount():
    cues = number_cue_words()
    for phrase in [*number_words("phrase"), *vague_amounts()]:
        assert cues & set(phrase.split()), phrase
    assert {"score", "handful", "numbers"} <= cues and not cues & {"a", "of", "half"}


def _number_word_names() -> str:
    words = [*CARDINALS, *number_words("plural"), *scale_words("words"), *scale_words("digits")]
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


def _code_strings(tree: ast.AST):
    """The string constants of a module's code, docstrings and comments left out, with their line; a word list split
    from one string ("one two three".split()) and a tuple, list or set of strings come as one string of its words."""
    docs = {id(n.body[0].value) for n in ast.walk(tree) if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef))
            and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    for n in ast.walk(tree):
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs:
            yield n.lineno, n.value
        elif isinstance(n, (ast.Tuple, ast.List, ast.Set, ast.Dict)) and all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in (n.keys if isinstance(n, ast.Dict) else n.elts)):
            yield n.lineno, "|".join(e.value for e in (n.keys if isinstance(n, ast.Dict) else n.elts))


def test_no_module_writes_the_number_word_alternation_out_again():
    w = _number_word_names()
    # two number words side by side in an alternation ("two|three", "dozens of|hundreds of"), in a word list split from
    # a string ("one two three four five") or in a tuple ("one", "two")
    copy = re.compile(rf"\b{w}(?:\\s\+|\s)?(?:of)?\|{w}\b|(?:^|\s){w}\s{w}\s{w}(?:\s|$)")
    copies = [f"{path.relative_to(ROOT)}:{line}" for path in sorted((ROOT / "tasks").rglob("*.py"))
              for line, text in _code_strings(ast.parse(path.read_text(encoding="utf-8"))) if copy.search(text)]
    assert not copies, "build these from figure_words.number_word_pattern() / scale_word_pattern():\n" + "\n".join(copies)
