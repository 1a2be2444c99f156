"""Local input discovery and reading limits, on real files in a temp dir."""
from __future__ import annotations

import gzip

import pytest

from tasks.io.files import ReadError, discover_files, read_input


def test_folder_keys_are_relative_to_the_folder_parent(tmp_path):
    root = tmp_path / "batch"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("x")
    (root / "sub" / "b.html").write_text("<p>x</p>")
    (root / "sub" / "c.html.gz").write_bytes(gzip.compress(b"<p>x</p>"))
    (root / ".hidden.txt").write_text("x")
    (root / "notes.pdf").write_bytes(b"%PDF")
    found = discover_files([root, tmp_path / "missing"])
    assert [i.key for i in found.inputs] == ["batch/a.txt", "batch/sub/b.html", "batch/sub/c.html.gz"]
    assert [i.is_html for i in found.inputs] == [None, True, True]  # .txt: decided from the bytes
    problems = dict(found.problems)
    assert "unsupported file type" in problems["batch/notes.pdf"]
    assert problems[str(tmp_path / "missing")] == "no such file or directory"


def test_single_file_key_matches_its_folder_key(tmp_path):
    root = tmp_path / "seeds"
    root.mkdir()
    (root / "one.txt").write_text("x")
    assert discover_files([root / "one.txt"]).inputs[0].key == discover_files([root]).inputs[0].key == "seeds/one.txt"


def test_manifest_supplies_known_metadata(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("x")
    (root / "manifest.jsonl").write_text('{"file": "a.txt", "outlet": "The Daily", "language": "en"}\n')
    found = discover_files([root])
    assert [i.key for i in found.inputs] == ["in/a.txt"]  # the manifest itself is not an input
    assert found.inputs[0].meta == {"outlet": "The Daily", "language": "en"}
    assert found.problems == []


def test_read_limits(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(ReadError, match="over the 1,000-byte limit"):
        read_input(big, 1000)
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * 5000))
    with pytest.raises(ReadError, match="decompressed size"):
        read_input(bomb, 1000)
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(gzip.compress(b"<p>hello</p>" * 100)[:40])
    with pytest.raises(ReadError, match="broken gzip"):
        read_input(broken, 10_000)
    notgz = tmp_path / "plain.html.gz"
    notgz.write_bytes(b"<p>not gzip at all</p>")
    with pytest.raises(ReadError, match="broken gzip"):
        read_input(notgz, 10_000)
    ok = tmp_path / "ok.html.gz"
    ok.write_bytes(gzip.compress(b"<p>fine</p>"))
    assert read_input(ok, 10_000) == b"<p>fine</p>"


def test_foreign_and_broken_manifests_never_stop_discovery(tmp_path):
    root = tmp_path / "corpus"
    (root / "pages").mkdir(parents=True)
    (root / "pages" / "a.html").write_text("<p>x</p>")
    (root / "pages" / "b.html").write_text("<p>y</p>")
    # another project's manifest: "path" instead of "file", "lang" instead of "language", extra fields
    (root / "manifest.jsonl").write_text(
        '{"id": "a", "path": "pages/a.html", "lang": "en", "url": "https://example.org/a", "origin_repo": "x"}\n'
        '{"id": "no-file-named-here"}\n')
    found = discover_files([root])
    assert {i.key: i.meta for i in found.inputs} == {
        "corpus/pages/a.html": {"language": "en", "url": "https://example.org/a"}, "corpus/pages/b.html": {}}
    assert found.problems == []
    (root / "manifest.jsonl").write_text('{"file": "pages/a.html", "outlet": "A"}\nthis is not json\n')
    found = discover_files([root])
    # the bad line is one problem; the good line before it still applies
    assert {i.key: i.meta for i in found.inputs} == {"corpus/pages/a.html": {"outlet": "A"}, "corpus/pages/b.html": {}}
    assert found.problems == [("corpus/manifest.jsonl:2", found.problems[0][1])]
    assert found.problems[0][1].startswith("manifest line 2 is not JSON")


def test_broken_symlinks_are_reported(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "dead.txt").symlink_to(tmp_path / "nowhere.txt")
    assert discover_files([root]).problems == [("in/dead.txt", "broken symbolic link")]
