"""The count qualifiers ("at least", "more than", "some") come from one list, count_qualifiers.tsv: the figure patterns
that read past a count's qualifier to the word governing it are built from figure_words.count_qualifier_pattern, and
no module writes the alternation out again (copies drift apart: there were thirteen, each a different subset)."""
from __future__ import annotations

from pathlib import Path

import regex as re

from tasks.core.claims.figure_words import count_qualifier_pattern, count_qualifiers

ROOT = Path(__file__).resolve().parents[1]


def test_the_pattern_holds_the_phrases_inside_a_count_and_not_the_verbs():
    inside = re.compile(rf"{count_qualifier_pattern()}\s+$")
    for before in ("killed at least ", "the toll was about ", "sent some ", "deployed up to ", "killing no fewer than ",
                   "housed an estimated ", "recorded close to "):
        assert inside.search(before), before
    # the clause's own verb, a bare participle and a preposition of place give a qualifier only right before the number
    for before in ("the toll passed ", "deaths near ", "estimated ", "children under "):
        assert not inside.search(before), before
        assert any(before.split()[-1] in p.split() for ps in count_qualifiers().values() for p in ps), before


def test_no_module_writes_the_qualifier_alternation_out_again():
    copies = [f"{path.relative_to(ROOT)}:{i}" for path in sorted((ROOT / "tasks").rglob("*.py"))
              for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if re.search(r"(?:at least|more than|up to|as many as)\||\|(?:at least|more than|up to|as many as)\b", line)]
    assert not copies, "build these from figure_words.count_qualifier_pattern():\n" + "\n".join(copies)
