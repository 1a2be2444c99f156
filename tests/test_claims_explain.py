"""`newsclaims explain`: the rows a sentence yields, with the rule and the claimant's resolution, through the CLI."""
from __future__ import annotations

import json
import subprocess
import sys


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsclaims.cli", "explain", *args], capture_output=True, text=True,
                          timeout=300)


def test_explain_names_rule_and_resolution_with_context(tmp_path):
    ctx = tmp_path / "ctx.txt"
    ctx.write_text("Armenian Prime Minister Nikol Pashinyan spoke in Yerevan on Monday.\n", encoding="utf-8")
    r = _cli("He said 49 soldiers were killed.", "--context", str(ctx), "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert [c["claimant"] for c in out["claims"]] == ["Nikol Pashinyan"]
    assert out["claims"][0]["rule"] and "pronoun" in out["claims"][0]["resolved_by"]
    assert out["figures"] and out["figures"][0]["value"] == 49


def test_explain_plain_text_and_bad_context():
    r = _cli("The organization believes that the real death toll may be much higher.")
    assert r.returncode == 0, r.stderr
    assert "rule: syn.subject" in r.stdout and "Organization" in r.stdout
    bad = _cli("He said so.", "--context", "/nonexistent/ctx.txt")
    assert bad.returncode != 0 and "cannot read context file" in bad.stderr and "Traceback" not in bad.stderr
