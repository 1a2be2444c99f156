"""An unchanged rerun without the flow: when every input's bytes are as stored, record the run and stop.

A rerun of unchanged files spent about 8 s in fixed costs (importing Prefect and the flow,
creating the flow run and its task runs through the API) to do nothing: every input is skipped
as unchanged, and the cross-reference and event steps find no new article. `try_unchanged_run`
checks that cheaply before Prefect is imported and, when nothing would change, writes what the
flow would have written, in one transaction:

- a `runs` row (status completed, the same counts; no flow_run_id since no flow ran);
- the `sources` rows of the inputs seen again (last_seen_at, last_status), their rejects kept
  (a reject whose bytes are unchanged and whose reason depends only on the bytes, like
  "not an article", is recorded again under this run, as the flow would);

then publishes the read snapshot. A file's bytes are not read again when its file stamp (its stat
when it was last read, tasks/io/file_stamps.py) says they cannot have changed; the stored sha256
then stands for them. It declines (returns None, and the flow runs) whenever the flow
could do anything else: an input that is new, changed, unreadable or rejected for a reason that
may not repeat (a timeout, a crash, a size limit); articles extracted by another extractor or
cleaned by another cleaner; a last run that did not complete (its later steps may not have run);
a failed run still waiting to be recorded; or code that differs from what the last completed run
ran (its fingerprint is stored with every completed run: new versions of the cross-reference or
event steps redo their work in the flow).
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import re
import time
from datetime import datetime, timezone
from pathlib import Path

from tasks.io.db import open_db, retry_conflicts, transaction

# Rejects (stage, reason) that the same bytes always get again, whatever the settings and load.
_REPEATABLE = re.compile(r"^(read:empty file|decode:binary data|clean:no article text left|clean:only \d+ words"
                         r"|clean:an error or placeholder page)")
_CODE_PACKAGES = ("tasks", "flows", "newsclaims")
_CODE_SUFFIXES = {".py", ".sql", ".toml", ".json", ".jsonl", ".tsv", ".txt"}


def code_fingerprint() -> str:
    """sha256 over the product's code and data files (what a run's results depend on)."""
    from tasks.io.db import SQL_DIR

    digest = hashlib.sha256()
    roots = [Path(loc) for name in _CODE_PACKAGES for loc in (importlib.util.find_spec(name).submodule_search_locations or [])]
    for root in roots + [SQL_DIR]:
        for path in sorted(p for p in root.rglob("*") if p.suffix in _CODE_SUFFIXES and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def stamp_code(con, run_id: str, fingerprint: str | None = None) -> None:
    """Note the code a completed run ran (see the module doc); `fingerprint`: code_fingerprint() when known."""
    con.execute("update runs set code_fingerprint = ? where run_id = ?", [fingerprint or code_fingerprint(), run_id])


def try_unchanged_run(paths: list[str], db: str, max_bytes: int, lock_wait_s: float, data_path: str | None,
                      name: str) -> dict | None:
    """The run's summary when nothing changed and the run was recorded here; None: run the flow.

    One connection does it all: it first prepares the DB (migrations, views: what runtime.check_db
    does before any run, so a run that goes on to the flow has been checked), then compares, records
    and copies the read snapshot. Each open of an 800-article DB cost 50-90 ms; there were four."""
    from tasks.io import snapshot
    from tasks.io.db import prepare
    from tasks.io.files import discover_files
    from tasks.io.lake import is_lake
    from tasks.io.runlog import pending_path

    started = time.perf_counter()
    with contextlib.ExitStack() as stack:
        # The snapshot's source descriptor is opened before the connection and closed after it: closing
        # any descriptor of the file would drop the connection's lock (see snapshot.publish_snapshot).
        src = None if is_lake(db) else _open_for_reading(db, stack)
        con = stack.enter_context(open_db(db, wait_s=lock_wait_s, data_path=data_path))
        prepare(con)
        found = discover_files(paths)
        if found.problems or not found.inputs or pending_path(db).exists() or not _all_known(con, found.inputs):
            return None
        hashes = file_hashes(db, found.inputs, max_bytes)
        if hashes is None:
            return None
        read_s = time.perf_counter() - started
        summary = _record_if_unchanged(con, found.inputs, hashes, {"paths": paths})
        if summary is None:
            return None
        compared_s = time.perf_counter() - started - read_s
        copied = snapshot.copy_for_snapshot(Path(db), src, con) if src is not None else None
    if src is not None:
        snapshot.install_snapshot(Path(db), copied)
    elif not is_lake(db):
        snapshot.publish_snapshot(db, lock_wait_s)
    seconds = time.perf_counter() - started
    stages = {"read": round(read_s, 2), "compare + record": round(compared_s, 2),
              "snapshot": round(seconds - read_s - compared_s, 2)}
    stages = dict(sorted(stages.items(), key=lambda kv: -kv[1]))
    return {**summary, "name": name, "flow_run_id": None, "seconds": round(seconds, 2), "db": str(Path(db)),
            "stages": stages, "slowest_stage": next(iter(stages))}


def _open_for_reading(db: str, stack: contextlib.ExitStack):
    try:
        return stack.enter_context(open(db, "rb"))
    except OSError:  # no DB file yet (a first ingest), or not readable: the connection tells
        return None


def file_hashes(db: str, inputs: list, max_bytes: int) -> dict[str, str] | None:
    """The sha256 of each input's bytes: as its file stamp vouches (tasks/io/file_stamps.py), else read
    (and stamped for the next run). None when one cannot be read (the flow then reports why)."""
    from tasks.io import file_stamps
    from tasks.io.files import ReadError, read_input_stat

    stamps, fresh, hashes = file_stamps.load(db), {}, {}
    for item in inputs:
        known = file_stamps.known_hash(stamps.get(item.locator), item.path, max_bytes)
        if known is None:
            try:
                data, st, stat_at_ns = read_input_stat(item.path, max_bytes)
            except (ReadError, OSError):
                file_stamps.save(db, fresh)
                return None
            known = hashlib.sha256(data).hexdigest()
            fresh[item.locator] = file_stamps.stamp(st, len(data), known, stat_at_ns)
        hashes[item.key] = known
    file_stamps.save(db, fresh)
    return hashes


def _all_known(con, inputs: list) -> bool:
    """Whether every input is stored as an article or a reject (a first ingest stops here, unread)."""
    from tasks.io.db import key_table

    with key_table(con, [i.key for i in inputs]):
        missing = con.execute("select count(*) from _keys where key not in (select article_key from articles)"
                              " and key not in (select input from rejects)").fetchone()[0]
    return missing == 0


@retry_conflicts
def _record_if_unchanged(con, inputs: list, hashes: dict[str, str], asked: dict) -> dict | None:
    from tasks.core.cleaner_version import CLEANER_VERSION
    from tasks.core.extractor_version import EXTRACTOR_VERSION
    from tasks.io import run_records
    from tasks.io.db import key_table

    last = con.execute("select status, extractor_version, code_fingerprint from runs"
                       " order by started_at desc limit 1").fetchone()
    code = code_fingerprint()
    if last is None or last[0] != "completed" or last[1] != EXTRACTOR_VERSION or last[2] != code:
        return None
    current = (CLEANER_VERSION, EXTRACTOR_VERSION)
    sources = {item.key: run_records.SourceInfo("file", item.locator) for item in inputs}
    ids = {run_records.source_id(src): key for key, src in sources.items()}
    with key_table(con, list(hashes)):
        articles = {k: (h, (c, e)) for k, h, c, e in con.execute(
            "select article_key, content_hash, cleaner_version, extractor_version from articles"
            " where article_key in (select key from _keys)").fetchall()}
        rejected = {k: f"{stage}:{reason}" for k, stage, reason in con.execute(
            "select input, stage, reason from rejects where input in (select key from _keys)").fetchall()}
    with key_table(con, list(ids)):
        seen = {ids[i]: (h, status) for i, h, status in con.execute(
            "select source_id, content_hash, last_status from sources where source_id in (select key from _keys)").fetchall()}
    same, kept = [], []
    for key, h in hashes.items():
        if key in articles and articles[key] == (h, current) and key not in rejected:
            same.append(key)
        elif key not in articles and key in rejected and seen.get(key) == (h, "rejected") \
                and _REPEATABLE.match(rejected[key]):
            kept.append(key)
        else:
            return None
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    counts = {"inputs": len(inputs), "new": 0, "updated": 0, "unchanged": len(same), "rejected": len(kept)}
    with transaction(con):
        run_id = run_records.insert_run(con, asked, flow_run_id=None, version=EXTRACTOR_VERSION, now=now)
        run_records.upsert_sources(con, [(sources[k], hashes[k], "unchanged") for k in same]
                            + [(sources[k], hashes[k], "rejected") for k in kept], now)
        if kept:  # recorded again under this run, as the flow would
            with key_table(con, kept):
                con.execute("update rejects set run_id = ?, rejected_at = ? where input in (select key from _keys)",
                            [run_id, now])
        run_records.record_finish(con, run_id, counts, status="completed", now=now)
        stamp_code(con, run_id, code)
    return {**counts, "run_id": run_id}

