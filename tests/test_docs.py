"""Cheap checks over the project itself: every command is documented and explains itself."""
from __future__ import annotations

import argparse
import re

from conftest import ROOT
from newsclaims.cli import build_parser


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in _commands():
        assert re.search(rf"newsclaims {name}\b", readme), f"README does not show `newsclaims {name}`"


def test_every_option_has_help_text():
    for name, parser in _commands().items():
        for action in parser._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, f"newsclaims {name} {action.option_strings[0]} has no help text"


def test_readme_test_command_is_what_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ".venv/bin/pytest" in readme and ci.strip().splitlines()[-1] == ".venv/bin/pytest"


def test_readme_limits_match_the_code():
    """The README once said the web cap was 5 MB while the code used 10 MiB (issue 12.7)."""
    from newsclaims.settings import Settings
    from tasks.io.http import FetchSettings

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    s, fetch = Settings(), FetchSettings()
    assert f"`--max-bytes` (default {s.max_bytes // 2**20} MiB" in readme
    assert f"`--max-bytes` response cap ({fetch.max_body_bytes // 2**20} MiB)" in readme
    assert f"more than {s.max_text_chars:,} characters" in readme
    assert f"more than {s.doc_timeout_s:g} s to clean and extract" in readme
    assert f"({fetch.total_timeout_s:g} s: a server dripping" in readme
    assert f"{fetch.max_redirects} redirects at most" in readme
    assert not re.search(r"\b\d+ MB\b", readme)  # sizes in MiB, as the code counts them
