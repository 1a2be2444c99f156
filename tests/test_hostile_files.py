"""Hostile local inputs on a real file system: FIFOs, devices, sockets, endless files, names that
are not UTF-8, manifests with wrong types, folders that cannot be listed. Each is one reject with
a reason, found without blocking, and every good input beside it still loads."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import duckdb
import pytest

from conftest import ROOT, SEEDS
from tasks.io.files import ReadError, discover_files, original_name, read_input, storable

NOT_UTF8 = os.fsdecode(b"caf\xe9 \xff.txt")  # latin-1 bytes in a name: surrogates in Python


def within(seconds: float, fn, *args):
    """fn(*args), failing the test (not hanging it) when it blocks longer than seconds."""
    box: dict = {}

    def call() -> None:
        try:
            box["value"] = fn(*args)
        except Exception as exc:  # raised again in the test's own thread
            box["error"] = exc

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"{fn.__name__} blocked for more than {seconds} s"
    if "error" in box:
        raise box["error"]
    return box["value"]


@pytest.fixture
def specials(tmp_path: Path) -> Path:
    """A folder of things that are not regular files, beside one good article."""
    root = tmp_path / "inbox"
    root.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], root / "good.txt")
    os.mkfifo(root / "pipe.txt")
    os.mkfifo(tmp_path / "elsewhere.fifo")
    (root / "fifo-link.txt").symlink_to(tmp_path / "elsewhere.fifo")
    (root / "zero.txt").symlink_to("/dev/zero")
    (root / "null.html").symlink_to("/dev/null")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(root / "sock.txt"))
    yield root
    sock.close()


def test_non_regular_files_in_a_folder_are_rejects_found_without_opening(specials):
    found = within(20, discover_files, [specials])
    assert [i.key for i in found.inputs] == ["inbox/good.txt"]
    problems = dict(found.problems)
    assert problems["inbox/pipe.txt"] == "not a regular file: a FIFO (named pipe); not opened"
    assert problems["inbox/fifo-link.txt"] == "not a regular file: a FIFO (named pipe); not opened"
    assert problems["inbox/zero.txt"] == "not a regular file: a character device; not opened"
    assert problems["inbox/null.html"] == "not a regular file: a character device; not opened"
    assert problems["inbox/sock.txt"] == "not a regular file: a socket; not opened"


def test_a_fifo_or_device_named_directly_is_not_no_such_file(specials):
    found = within(20, discover_files, [specials / "pipe.txt", "/dev/zero", specials / "missing.txt"])
    assert dict(found.problems) == {
        "inbox/pipe.txt": "not a regular file: a FIFO (named pipe); not opened",
        "dev/zero": "not a regular file: a character device; not opened",
        str(specials / "missing.txt"): "no such file or directory",
    }


def test_reading_refuses_what_became_a_fifo_after_discovery(specials):
    """Discovered as a file, swapped for a FIFO before it is read: refused, not waited on."""
    victim = specials / "good.txt"
    assert [i.path for i in discover_files([victim]).inputs] == [victim]
    victim.unlink()
    os.mkfifo(victim)
    with pytest.raises(ReadError, match="FIFO"):
        within(20, read_input, victim, 10_000)
    with pytest.raises(ReadError, match="character device"):
        within(20, read_input, specials / "zero.txt", 10_000)


def test_sizes_are_counted_while_reading_not_taken_from_stat(tmp_path):
    # /proc files report st_size 0 and still have content: a reader trusting st_size takes it all.
    link = tmp_path / "maps.txt"
    link.symlink_to("/proc/self/maps")
    assert os.stat(link).st_size == 0
    with pytest.raises(ReadError, match="over the 100-byte limit"):
        read_input(link, 100)
    assert len(read_input(link, 10_000_000)) > 100


def test_names_that_are_not_utf8_get_a_storable_reversible_key(tmp_path):
    root = tmp_path / "inbox"
    root.mkdir()
    (root / NOT_UTF8).write_text("x")
    (root / "plain \\ name.txt").write_text("x")
    found = discover_files([root])
    keys = sorted(i.key for i in found.inputs)
    assert keys == ["inbox/caf\\xe9 \\xff.txt", "inbox/plain \\ name.txt"]
    for key in keys:
        key.encode("utf-8")  # storable: no lone surrogates
    escaped = next(i for i in found.inputs if "xe9" in i.key)
    assert original_name(escaped.key) == f"inbox/{NOT_UTF8}"
    assert original_name(storable(os.fsdecode(b"a\\b\x80"))) == os.fsdecode(b"a\\b\x80")
    assert escaped.locator == storable(str(root / NOT_UTF8)) and escaped.path.exists()


def test_each_bad_manifest_line_is_one_problem_and_the_others_apply(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    for name in ("a.txt", "b.txt", "c.txt", "d.txt", "e.txt"):
        (root / name).write_text("x")
    lines = [
        {"file": "a.txt", "outlet": "The Daily", "language": "en"},
        {"file": "b.txt", "outlet": 42},
        {"file": "c.txt", "language": {"code": "en"}, "title": "Kept? no: the whole line goes"},
        "{this is not json",
        {"file": "d.txt", "lang": "pt-BR", "published_at": "2022-09-13", "url": "https://example.org/d"},
        ["a", "list"],
        {"file": 7, "outlet": "x"},
        {"file": "e.txt", "title": "bad \ud800 surrogate"},
        {"id": "names no file: another project's line"},
    ]
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    (root / "manifest.jsonl").write_bytes(text.encode("utf-8") + b"\n\xff\xfe not utf-8\n")
    found = discover_files([root])
    meta = {i.key: i.meta for i in found.inputs}
    assert meta == {"in/a.txt": {"outlet": "The Daily", "language": "en"}, "in/b.txt": {}, "in/c.txt": {},
                    "in/d.txt": {"language": "pt-BR", "published_at": "2022-09-13", "url": "https://example.org/d"},
                    "in/e.txt": {}}
    problems = dict(found.problems)
    assert problems == {
        "in/manifest.jsonl:2": "manifest line 2 (b.txt): outlet must be text, got number; line ignored",
        "in/manifest.jsonl:3": "manifest line 3 (c.txt): language must be text, got object; line ignored",
        "in/manifest.jsonl:4": problems["in/manifest.jsonl:4"],
        "in/manifest.jsonl:6": "manifest line 6 is a JSON list, not an object; line ignored",
        "in/manifest.jsonl:7": "manifest line 7: 'file' must be a file name, got number; line ignored",
        "in/manifest.jsonl:8": "manifest line 8 (e.txt): title holds characters that are not text "
                               "(lone surrogates); line ignored",
        "in/manifest.jsonl:10": "manifest line 10 is not UTF-8 text; line ignored",
    }
    assert problems["in/manifest.jsonl:4"].startswith("manifest line 4 is not JSON")


def test_a_manifest_that_is_a_fifo_is_reported_not_read(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("x")
    os.mkfifo(root / "manifest.jsonl")
    found = within(20, discover_files, [root])
    assert [i.key for i in found.inputs] == ["in/a.txt"]
    assert found.problems == [("in/manifest.jsonl", "manifest ignored: not a regular file: a FIFO (named pipe); "
                                                    "not opened")]


UNLISTABLE = """
import json, os, sys
from tasks.io.files import discover_files
if os.geteuid() == 0:  # imports done as root (Python lives under /root); the listing as nobody
    os.setgid(65534)
    os.setuid(65534)
found = discover_files([sys.argv[1]])
print(json.dumps({"inputs": [i.key for i in found.inputs], "problems": found.problems}))
"""


def test_a_folder_that_cannot_be_listed_is_a_reject(tmp_path):
    """Root lists every folder whatever its mode, so as root the listing runs as user nobody."""
    base = Path(os.environ.get("TMPDIR", "/tmp")) / f"newsclaims-unlistable-{os.getpid()}"
    shutil.rmtree(base, ignore_errors=True)
    (base / "inbox" / "locked").mkdir(parents=True)
    try:
        (base / "inbox" / "a.txt").write_text("x")
        (base / "inbox" / "locked" / "hidden.txt").write_text("x")
        for folder in (base, base / "inbox"):
            folder.chmod(0o755)
        (base / "inbox" / "locked").chmod(0o000)
        proc = subprocess.run([sys.executable, "-c", UNLISTABLE, str(base / "inbox")], cwd=ROOT, capture_output=True,
                              text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        found = json.loads(proc.stdout)
    finally:
        (base / "inbox" / "locked").chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)
    assert found["inputs"] == ["inbox/a.txt"]
    assert found["problems"] == [["inbox/locked", "cannot list folder: Permission denied; its files were not read"]]


def test_one_run_over_every_hostile_file_loads_the_good_ones(specials, tmp_path):
    """End to end through the command: nothing blocks, nothing crashes, every bad thing is a reject."""
    seeds = sorted(SEEDS.glob("*.txt"))
    shutil.copy(seeds[1], specials / NOT_UTF8)
    shutil.copy(seeds[2], specials / "outlet-number.txt")
    shutil.copy(seeds[3], specials / "language-object.txt")
    shutil.copy(seeds[4], specials / "after-the-bad-line.txt")
    manifest = [
        json.dumps({"file": "good.txt", "outlet": "The Daily"}),
        json.dumps({"file": "outlet-number.txt", "outlet": 42}),
        json.dumps({"file": "language-object.txt", "language": {"code": "en"}}),
        "{not json",
        json.dumps({"file": "after-the-bad-line.txt", "outlet": "Later Wire"}),
    ]
    (specials / "manifest.jsonl").write_text("\n".join(manifest) + "\n")
    legacy = "Café President Jürgen Müller said on Tuesday that the talks in Zürich would go on for weeks.\n"
    (specials / "cp1252.txt").write_bytes(legacy.encode("cp1252") * 3)
    (specials / "mixed.txt").write_bytes("Ségolène Royal met officials in Besançon on Monday.\n".encode("utf-8")
                                         + legacy.encode("cp1252"))
    db = tmp_path / "news.duckdb"
    proc = subprocess.run([sys.executable, "-m", "newsclaims.cli", "ingest", str(specials), "--db", str(db),
                           "--workers", "1"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        articles = dict(con.execute("select article_key, outlet from cleaned_articles").fetchall())
        rejects = dict(con.execute("select input, reason from rejects").fetchall())
        runs = con.execute("select status from runs").fetchall()
        texts = dict(con.execute("select article_key, concat_ws(' ', title, text) from cleaned_articles").fetchall())
    assert set(articles) == {"inbox/good.txt", "inbox/caf\\xe9 \\xff.txt", "inbox/outlet-number.txt",
                             "inbox/language-object.txt", "inbox/after-the-bad-line.txt", "inbox/cp1252.txt",
                             "inbox/mixed.txt"}
    assert (articles["inbox/good.txt"], articles["inbox/after-the-bad-line.txt"]) == ("The Daily", "Later Wire")
    assert articles["inbox/outlet-number.txt"] != "42"  # the bad line's outlet was not taken
    assert set(rejects) == {"inbox/pipe.txt", "inbox/fifo-link.txt", "inbox/zero.txt", "inbox/null.html",
                            "inbox/sock.txt", "inbox/manifest.jsonl:2", "inbox/manifest.jsonl:3",
                            "inbox/manifest.jsonl:4"}
    assert runs == [("completed",)]
    assert "Café President Jürgen Müller" in texts["inbox/cp1252.txt"]  # not "Cafķ" (cp1257)
    assert "Ségolène Royal" in texts["inbox/mixed.txt"] and "Café President" in texts["inbox/mixed.txt"]
