"""File stamps (tasks/io/file_stamps.py): an unchanged file is not read again, and a changed one is always
caught, also when it keeps its size and its mtime. Unit checks of the rule on real files, then real CLI
runs on a real DuckDB file in a temp folder: the flow stamps what it read, the unchanged rerun reads
nothing, and a file rewritten in place with its size and mtime restored is ingested again."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from pathlib import Path

import pytest

from conftest import SEEDS
from test_cli import cli
from tasks.io import file_stamps, files
from tasks.io.files import read_input_stat
from tasks.io.quick_rerun import try_unchanged_run

LATER_NS = int(3e9)  # a stamp taken this long after the file's last change is settled (SETTLED_S is 2 s)


def _stamped(path: Path, settled: bool = True, max_bytes: int = 1_000_000) -> list:
    """The stamp a read of `path` leaves; `settled`: as if taken LATER_NS after the file last changed."""
    data, st, stat_at = read_input_stat(path, max_bytes)
    if settled:
        stat_at = max(st.st_mtime_ns, st.st_ctime_ns) + LATER_NS
    return file_stamps.stamp(st, len(data), hashlib.sha256(data).hexdigest(), stat_at)


def _rewrite_same_size_and_mtime(path: Path, text: str) -> None:
    """New bytes of the old length, the old mtime put back (what `touch -d`, `cp -p` or `rsync -t` leave)."""
    st = path.stat()
    old = path.read_bytes()
    new = text.encode("utf-8")[: len(old)].ljust(len(old), b".")
    assert new != old and len(new) == len(old)
    path.write_bytes(new)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (st.st_size, st.st_mtime_ns)


def test_an_unchanged_settled_file_is_vouched_for(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Some article text.\n", encoding="utf-8")
    entry = _stamped(f)
    assert file_stamps.known_hash(entry, f, 1_000_000) == hashlib.sha256(f.read_bytes()).hexdigest()


def test_a_rewrite_with_the_same_size_and_mtime_is_caught_by_the_ctime(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Some article text.\n", encoding="utf-8")
    entry = _stamped(f)
    time.sleep(0.05)  # past the kernel's coarse clock tick, so the rewrite's ctime is later
    _rewrite_same_size_and_mtime(f, "Other article text!\n")
    assert file_stamps.known_hash(entry, f, 1_000_000) is None


def test_a_stamp_taken_while_the_file_was_still_changing_is_not_trusted(tmp_path):
    """The racy case: a write in the same timestamp tick as the stat would leave every field as stamped."""
    f = tmp_path / "a.txt"
    f.write_text("Some article text.\n", encoding="utf-8")
    assert file_stamps.known_hash(_stamped(f, settled=False), f, 1_000_000) is None


def test_a_file_replaced_by_rename_is_not_vouched_for(tmp_path):
    f, other = tmp_path / "a.txt", tmp_path / "b.txt"
    f.write_text("Some article text.\n", encoding="utf-8")
    entry = _stamped(f)
    other.write_text("Some article text.\n", encoding="utf-8")
    os.replace(other, f)
    assert file_stamps.known_hash(entry, f, 1_000_000) is None


def test_a_lower_size_limit_or_the_opt_out_makes_the_file_read(tmp_path, monkeypatch):
    f = tmp_path / "a.txt.gz"
    import gzip

    f.write_bytes(gzip.compress(b"x" * 5000))
    entry = _stamped(f)
    assert file_stamps.known_hash(entry, f, 1_000_000)
    assert file_stamps.known_hash(entry, f, 4000) is None  # the gunzipped bytes are over the limit now
    monkeypatch.setenv("NEWSCLAIMS_REREAD_FILES", "1")
    assert file_stamps.known_hash(entry, f, 1_000_000) is None


def test_stamps_round_trip_and_a_broken_file_means_none(tmp_path):
    db = tmp_path / "x.duckdb"
    file_stamps.save(db, {"/a": [1, 2, 3, 4, 5, 6, "h", 7]})
    file_stamps.save(db, {"/b": [1, 2, 3, 4, 5, 6, "g", 7]})
    assert set(file_stamps.load(db)) == {"/a", "/b"}
    assert file_stamps.stamps_path(db) == tmp_path / "x.duckdb.file-stamps.json"
    file_stamps.stamps_path(db).write_text("{not json", encoding="utf-8")
    assert file_stamps.load(db) == {}
    assert file_stamps.known_hash(["bad"], tmp_path / "a", 10) is None


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """Two seeds ingested once through the flow, on a real DuckDB file; their copies settled first."""
    tmp = tmp_path_factory.mktemp("stamps")
    folder = tmp / "in"
    folder.mkdir()
    for name in ("000_40a16710a1f689f1.txt", "001_c1af84971c6ad053.txt"):
        shutil.copy(SEEDS / name, folder / name)
    time.sleep(file_stamps.SETTLED_S + 0.2)  # so the flow's stamps are settled ones (see file_stamps)
    db = str(tmp / "s.duckdb")
    proc = cli("ingest", str(folder), "--db", db, "--json", "--no-progress", timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.strip().splitlines()[-1])["new"] == 2
    return folder, db


def test_the_flow_stamps_what_it_read_and_the_rerun_reads_nothing(ingested, monkeypatch):
    folder, db = ingested
    stamps = file_stamps.load(db)
    assert sorted(Path(k).name for k in stamps) == ["000_40a16710a1f689f1.txt", "001_c1af84971c6ad053.txt"]
    assert all(v[6] == hashlib.sha256(Path(k).read_bytes()).hexdigest() for k, v in stamps.items())

    def no_reading(*_args, **_kwargs):
        raise AssertionError("an unchanged, stamped file was read")

    monkeypatch.setattr(files, "read_input_stat", no_reading)
    summary = try_unchanged_run([str(folder)], db, 10_000_000, 30.0, None, "in")
    assert summary is not None and summary["unchanged"] == 2


def test_a_file_changed_in_place_with_its_size_and_mtime_is_ingested_again(ingested):
    folder, db = ingested
    target = folder / "001_c1af84971c6ad053.txt"
    text = target.read_text(encoding="utf-8")
    _rewrite_same_size_and_mtime(target, text.replace("the", "THE", 1) if "the" in text else text.upper())
    assert try_unchanged_run([str(folder)], db, 10_000_000, 30.0, None, "in") is None  # the flow must run
    proc = cli("ingest", str(folder), "--db", db, "--json", "--no-progress", timeout=600)
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["flow_run_id"] and (summary["updated"], summary["unchanged"]) == (1, 1)
    new_hash = hashlib.sha256(target.read_bytes()).hexdigest()
    assert file_stamps.load(db)[str(target.resolve())][6] == new_hash
