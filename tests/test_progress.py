"""What a run shows while it goes and leaves behind: progress on stderr (a live bar on a terminal,
plain lines otherwise), the summary as JSON and as a Prefect artifact, a run named after its inputs.

The CLI runs for real in a subprocess, against the local Prefect server of this test session."""
from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from conftest import ROOT, SEEDS
from flows.progress import Clock
from tasks.core.run_summary import describe_inputs, reason_kind, summary_markdown


def variants(folder: Path, n: int) -> Path:
    """n distinct articles: the seed texts, each with a line of its own."""
    folder.mkdir(parents=True)
    texts = [f.read_text(encoding="utf-8") for f in sorted(SEEDS.glob("*.txt"))]
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(texts[i % len(texts)] + f"\n\nOfficials said {i + 2} people were "
                                              f"evacuated from village number {i}.\n", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_a_300_page_run_says_something_at_least_every_10_s_and_leaves_a_summary(tmp_path):
    inbox = variants(tmp_path / "inbox", 300)
    db = str(tmp_path / "p.duckdb")
    proc = subprocess.Popen([sys.executable, "-m", "newsclaims.cli", "ingest", str(inbox), "--db", db, "--json",
                             "--workers", "2"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines: list[tuple[float, str]] = []
    os.set_blocking(proc.stderr.fileno(), False)
    buffer = b""
    while True:
        ready, _, _ = select.select([proc.stderr], [], [], 0.5)
        if ready:
            chunk = proc.stderr.read() or b""
            buffer += chunk
            *done, buffer = buffer.split(b"\n")
            lines += [(time.monotonic(), ln.decode()) for ln in done]
            if not chunk and proc.poll() is not None:
                break
        elif proc.poll() is not None:
            break
    finished = time.monotonic()
    out = proc.stdout.read().decode()
    assert proc.wait(timeout=60) == 0, "\n".join(ln for _, ln in lines)
    progress = [(t, ln) for t, ln in lines if ln.startswith("newsclaims ingest: ")]
    assert progress, lines
    assert "Traceback" not in "\n".join(ln for _, ln in lines)
    stamps = [t for t, _ in progress] + [finished]
    gaps = [b - a for a, b in zip(stamps, stamps[1:])]
    # A heartbeat every 10 s; a little slack for a loaded machine.
    assert max(gaps) <= 14, (gaps, [ln for _, ln in progress])
    assert any("/300 inputs done" in ln for _, ln in progress)

    summary = json.loads(out)
    assert summary["new"] == 300 and summary["name"] == "inbox"
    assert summary["slowest_stage"] in summary["stages"] and summary["rejects"] == []

    # In Prefect: the run is named after its input, and carries the summary as an artifact.
    from newsclaims import server

    state, info = server.status()
    assert state == "running"
    runs = httpx.post(f"{info.url}/flow_runs/filter", timeout=30,
                      json={"flow_runs": {"id": {"any_": [summary["flow_run_id"]]}}}).json()
    assert [r["name"] for r in runs] == ["inbox"]
    artifacts = httpx.post(f"{info.url}/artifacts/filter", timeout=30, json={
        "artifacts": {"key": {"any_": ["newsclaims-run-summary"]}, "flow_run_id": {"any_": [summary["flow_run_id"]]}}}).json()
    assert len(artifacts) == 1 and artifacts[0]["type"] == "markdown"
    assert "| new | 300 |" in artifacts[0]["data"] and "slowest" in artifacts[0]["data"]


def test_a_terminal_gets_a_live_bar(tmp_path):
    inbox = variants(tmp_path / "inbox", 3)
    main, child = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "newsclaims.cli", "ingest", str(inbox), "--db",
                             str(tmp_path / "t.duckdb"), "--workers", "1"], cwd=ROOT, stdin=child, stdout=child,
                            stderr=child, env={**os.environ, "TERM": "xterm", "COLUMNS": "120"})
    os.close(child)
    seen = b""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        ready, _, _ = select.select([main], [], [], 1.0)
        if ready:
            try:
                chunk = os.read(main, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        elif proc.poll() is not None:
            break
    os.close(main)
    assert proc.wait(timeout=60) == 0, seen.decode(errors="replace")[-2000:]
    text = seen.decode(errors="replace")
    assert "\x1b[" in text and "newsclaims ingest" in text  # drawn with terminal control codes
    assert "3 new" in text


def test_run_names_and_summary_markdown():
    assert describe_inputs(["/data/seeds"]) == "seeds"
    assert describe_inputs(["inbox"], feeds=["https://example.org/rss.xml"]) == "inbox + feed example.org"
    assert describe_inputs(urls=["http://a/1", "http://a/2"]) == "2 URLs"
    assert describe_inputs([f"/x/folder{i}" for i in range(30)]).endswith("more")
    assert reason_kind("only 3 words of text: not an article") == reason_kind("only 4 words of text: not an article")
    md = summary_markdown({"name": "seeds", "inputs": 7, "new": 5, "rejected": 2, "seconds": 1.5, "run_id": "r",
                           "db": "x.duckdb", "stages": {"load": 0.5, "clean + extract": 0.9}},
                          [("read", "empty file"), ("clean", "only 3 words of text: not an article"),
                           ("clean", "only 2 words of text: not an article")])
    assert "| new | 5 |" in md and "| clean | only N words of text: not an article | 2 |" in md
    assert "slowest: **clean + extract**" in md


def test_clock_adds_up_each_stage():
    clock = Clock()
    for _ in range(3):
        with clock("load"):
            time.sleep(0.01)
    with clock("read"):
        pass
    assert clock.seconds["load"] >= 0.03 and clock.slowest()[0] == "load"


def test_clock_tells_cpu_from_waiting():
    clock = Clock()
    with clock("wait"):
        time.sleep(0.2)
    with clock("work"):
        end = time.process_time() + 0.2
        while time.process_time() < end:
            pass
    cpu = clock.rounded_cpu()
    assert list(cpu) == list(clock.rounded())
    assert cpu["wait"] < 0.1 and cpu["work"] >= 0.2
