"""bench/polnear_eval.py --fast reads a blind sample's folder whole, and PolNeAR itself by its dev split only."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
polnear_eval = pytest.importorskip("polnear_eval")


def test_another_folder_is_read_whole(tmp_path):
    names = [f"c9_{i:02d}" for i in range(1, 13)]
    (tmp_path / "articles").mkdir()
    for n in names:
        (tmp_path / "articles" / f"{n}.txt").write_text("Officials said the bridge would reopen.\n", encoding="utf-8")
    held = [n for n in names if polnear_eval.split_of(n) == "test"]
    assert held, "the names must include some PolNeAR's hash puts in its test split, or the test proves nothing"
    assert [f.stem for f in polnear_eval.fast_files(tmp_path)] == names
    assert len(polnear_eval.split_files("dev", tmp_path)) == len(names) - len(held)


def test_polnear_itself_is_read_by_its_dev_split():
    if not (polnear_eval.POLNEAR / "articles").is_dir():
        pytest.skip("../shared/polnear-train is not beside the project")
    dev = polnear_eval.fast_files(polnear_eval.POLNEAR)
    assert dev == polnear_eval.split_files("dev")
    assert all(polnear_eval.split_of(f.stem) == "dev" for f in dev)
    assert len(dev) < len(polnear_eval.split_files("all"))
