"""Scale-out with real parts: a Dask scheduler and two workers (separate processes), a Postgres
DuckLake catalog with its Parquet files in an S3-compatible server (moto), and two ingests writing
into that lake at once while an analyst reads it. The same corpus sample gives the same counts in
every view and saved analysis, whichever runner and backend loaded it."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT
from services import dask_cluster, postgres_server, s3_server
from tasks.io import lake
from tasks.io.db import SQL_DIR, open_db, prepare, upsert_rows
from tasks.io.sandbox import open_sandboxed, run_sandboxed

SAMPLE = 24  # corpus pages: enough for several batches, wire copies and shared actors
BATCH = 8


def _counts(db: str) -> dict[str, int]:
    """Rows of every view and saved analysis (and the rejects table)."""
    names = [f.stem for f in sorted((SQL_DIR / "views").glob("*.sql"))] + ["rejects", "articles", "claims"]
    out = {}
    with open_db(db, read_only=True) as con:
        for name in names:
            out[name] = con.execute(f"select count(*) from {name}").fetchone()[0]
        for f in sorted((SQL_DIR / "analysis").glob("*.sql")):
            sql = f.read_text(encoding="utf-8").strip().rstrip(";")
            out[f"analysis:{f.stem}"] = con.execute(f"select count(*) from ({sql})").fetchone()[0]
    return out


@pytest.fixture(scope="module", autouse=True)
def prefect_api():
    """One Prefect server for this module's flows and their cluster workers (the session's local
    server, newsclaims/server.py). A Dask or Ray worker told no API URL starts a temporary Prefect
    server of its own, one per worker process (and again after a crash): a dozen servers."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from newsclaims import server

    url = server.ensure(180).url
    before = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = url  # for the worker and ingest processes the tests start
    try:
        with temporary_settings({PREFECT_API_URL: url}):  # for the flows run in this process
            yield url
    finally:
        if before is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = before


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    if not (CORPUS / "manifest.jsonl").is_file():
        pytest.skip(f"shared corpus not found at {CORPUS} (set NEWSCLAIMS_SHARED to the shared/ folder)")
    folder = tmp_path_factory.mktemp("sample")
    for page in sorted((CORPUS / "pages").glob("*.html.gz"))[:SAMPLE]:
        shutil.copy(page, folder / page.name)
    return folder


@pytest.fixture(scope="module")
def reference(sample, tmp_path_factory) -> dict[str, int]:
    """The sample ingested the default way: local process pool into a DuckDB file."""
    from flows.ingest import ingest_flow

    db = str(tmp_path_factory.mktemp("local") / "local.duckdb")
    result = ingest_flow(paths=[str(sample)], db=db, workers=2, batch_size=BATCH, runner="local")
    assert result["new"] > SAMPLE // 2
    return _counts(db)


def test_ducklake_takes_the_schema_without_keys_and_merges_upserts(tmp_path):
    catalog = str(tmp_path / "meta.ducklake")
    with open_db(catalog, data_path=str(tmp_path / "files")) as con:
        assert lake.is_attached(con)
        prepare(con)  # every migration and view, adapted: DuckLake has no PRIMARY KEY / UNIQUE
        for _ in range(2):  # the same shared row twice: one row (MERGE, no ON CONFLICT here)
            upsert_rows(con, "outlets", [{"outlet_id": "o1", "name": "AFP", "domain": None}], "outlet_id")
        upsert_rows(con, "outlets", [{"outlet_id": "o1", "name": "AFP news", "domain": "afp.com"}], "outlet_id",
                    {"name": "new.name", "domain": "new.domain"})
        assert con.execute("select name, domain from outlets").fetchall() == [("AFP news", "afp.com")]
    assert "primary key" not in lake.adapt_ddl("create table t (a varchar primary key, b int, primary key (a, b))").lower()
    assert list((tmp_path / "files").rglob("*.parquet")), "table data is Parquet under --data-path"


def test_extensions_load_from_the_wheels_only():
    con = lake.offline_connection()
    settings = dict(con.execute("select name, value from duckdb_settings() where name in "
                                "('autoinstall_known_extensions', 'autoload_known_extensions')").fetchall())
    assert settings == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}
    assert lake.load_extensions(con) == ["ducklake", "postgres", "httpfs"]
    loaded = {r[0] for r in con.execute("select extension_name from duckdb_extensions() where loaded").fetchall()}
    assert {"ducklake", "postgres_scanner", "httpfs"} <= loaded


# Run as a script in a fresh interpreter, as `newsclaims ingest --runner dask` runs. Inside the test session the
# local pool's fork server (tasks/io/workers.py) is already running, started with the environment and preload of
# the session's first in-process ingest, so the cluster's workers forked from it instead of from the one this test
# is about; and a CI run (stop 36) hung in this test there, its cause not found. Here a hang is killed and reported.
_FORK_PROBE = """\
import json, os, sys
sys.path[:0] = [{root!r}, {tests!r}]
from prefect import flow

from crashy import worker_state
from tasks.io.runners import open_runner


@flow
def probe() -> list:
    with open_runner("dask", None, 2) as engine:
        futures = [engine.submit(worker_state, pause_s=0.5) for _ in range(4)]
        return [f.result() for f in futures]


if __name__ == "__main__":
    print(json.dumps({{"pid": os.getpid(), "states": probe()}}), flush=True)
"""


@pytest.mark.slow
def test_a_local_dask_cluster_forks_its_workers_from_one_warmed_up_process(tmp_path, prefect_api):
    """--runner dask without an address: its workers start warm (the extractor, parser and date
    patterns loaded once in multiprocessing's fork server), not each on its first part."""
    script = tmp_path / "fork_probe.py"
    script.write_text(_FORK_PROBE.format(root=str(ROOT), tests=str(ROOT / "tests")), encoding="utf-8")
    out = _run_in_own_session([sys.executable, str(script)], timeout_s=600)
    found = json.loads(out.splitlines()[-1])
    states = found["states"]
    assert len(states) == 4 and all(warm for _, _, warm in states), states
    parents = {parent for _, parent, _ in states}
    assert len(parents) == 1 and found["pid"] not in parents, states  # forked by the fork server


def _run_in_own_session(cmd: list[str], timeout_s: float) -> str:
    """stdout of `cmd`, run in a process group of its own; on a timeout the whole group (a cluster's
    scheduler, workers and fork server too) is killed and the test fails with what it printed."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        pytest.fail(f"{cmd[-1]} still running after {timeout_s:.0f} s; its stderr ends: {err[-2000:]}")
    assert proc.returncode == 0, err[-2000:]
    return out


@pytest.mark.slow
def test_dask_runner_on_a_separate_cluster_gives_the_same_counts(sample, reference, tmp_path):
    from flows.ingest import ingest_flow

    db = str(tmp_path / "dask.duckdb")
    with dask_cluster(tmp_path, 2, env={"PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}) as address:
        result = ingest_flow(paths=[str(sample)], db=db, workers=2, batch_size=BATCH, runner="dask",
                             runner_address=address)
    assert result["new"] + result.get("rejected", 0) == SAMPLE
    assert _counts(db) == reference


@pytest.mark.slow
def test_the_cli_on_a_local_dask_cluster_gives_the_same_counts_and_reports_to_the_server(sample, reference, tmp_path,
                                                                                            prefect_api):
    """`newsclaims ingest --runner dask` (no address): the local cluster's fork server is started early
    (newsclaims/ingest_cmd.py) and its workers still report their task runs to the CLI's Prefect server
    (the session's local one, which the CLI finds by itself), not to servers of their own."""
    db = str(tmp_path / "dask-cli.duckdb")
    proc = subprocess.run([str(Path(sys.executable).parent / "newsclaims"), "ingest", str(sample), "--db", db,
                           "--runner", "dask", "--workers", "2", "--batch-size", str(BATCH), "--json", "--no-progress"],
                          capture_output=True, text=True, timeout=900,
                          env={k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"})  # as a user runs it
    assert proc.returncode == 0, proc.stderr[-2000:]
    summary = json.loads(proc.stdout)
    assert _counts(db) == reference
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    deadline = time.monotonic() + 60  # the server records task runs from their events, later on a loaded machine
    while True:
        with get_client(sync_client=True) as client:
            runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[summary["flow_run_id"]])))
        parts = [r for r in runs if r.name.startswith("process_batch")]
        if (parts and all(r.state_type.value == "COMPLETED" for r in parts)) or time.monotonic() > deadline:
            break
        time.sleep(2)
    assert parts and all(r.state_type.value == "COMPLETED" for r in parts), [(r.name, r.state_type) for r in runs]


def _doubled_through(runner: str, address: str | None, items: list) -> list:
    """crashy.double_all over `items` in a flow on `runner`'s engine (2 workers), part by part: what the engine
    returns, an item of a part it lost as "lost:ITEM". The worker tests below kill a worker with the item "crash"."""
    from prefect import flow

    from crashy import double_all
    from tasks.io.runners import open_runner

    @flow
    def crashing() -> list:
        with open_runner(runner, address, 2) as engine:
            parts = [(part, engine.submit(double_all, items=part)) for part in engine.split(items)]
            return [r for part, fut in parts
                    for r in engine.result(double_all, fut, part, "items", lambda item: f"lost:{item}")]

    return crashing()


@pytest.mark.slow
def test_a_dask_worker_that_dies_loses_only_its_own_input(tmp_path):
    items = list(range(1, 12)) + ["crash"] + list(range(12, 20))
    with dask_cluster(tmp_path, 2, env={"PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}) as address:
        assert _doubled_through("dask", address, items) == [i * 2 if i != "crash" else "lost:crash" for i in items]


@pytest.mark.slow
def test_two_ingests_into_one_lake_on_postgres_and_s3(sample, reference, tmp_path):
    """Two processes load the two halves at once; an analyst reads the lake meanwhile, unblocked."""
    halves = [tmp_path / "a", tmp_path / "b"]
    pages = sorted(sample.iterdir())
    for i, half in enumerate(halves):
        half.mkdir()
        for page in pages[i::2]:
            shutil.copy(page, half / page.name)
    with postgres_server(tmp_path / "pg") as pg, s3_server(tmp_path) as s3:
        db = f"ducklake:postgres:{pg.libpq}"
        env = {**os.environ, **s3.env, "NEWSCLAIMS_DATA_PATH": f"s3://{s3.bucket}/lake/", "PYTHONFAULTHANDLER": "1"}
        os.environ.update(s3.env)
        try:
            with open_db(db, data_path=f"s3://{s3.bucket}/lake/") as con:
                prepare(con)  # created once up front; both writers then only migrate nothing
            cmd = [str(Path(sys.executable).parent / "newsclaims"), "ingest", "--db", db, "--workers", "1",
                   "--batch-size", str(BATCH // 2)]
            writers = [subprocess.Popen(cmd + [str(h)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True) for h in halves]
            reads, slowest = 0, 0.0
            while any(w.poll() is None for w in writers):
                t0 = time.monotonic()
                with open_sandboxed(db) as con:  # what `newsclaims query` opens
                    run_sandboxed(con, "select count(*) from cleaned_articles").fetchone()
                slowest, reads = max(slowest, time.monotonic() - t0), reads + 1
                time.sleep(0.5)
            outs = [w.communicate() for w in writers]
            for w, (out, err) in zip(writers, outs):
                assert w.returncode == 0, err[-2000:]
            assert reads > 0 and slowest < 30, (reads, slowest)  # never waited for a writer
            # Events are grouped incrementally, in the order articles arrive (tasks/io/events.py): two
            # halves loaded at once may group a story differently than one run does (seen: 19 events
            # instead of 18). Every other view and analysis must match exactly.
            got = _counts(db)
            assert {k: v for k, v in got.items() if k != "analysis:events"} == \
                {k: v for k, v in reference.items() if k != "analysis:events"}
            assert 0 < got["analysis:events"] <= got["articles"]
            query = subprocess.run([str(Path(sys.executable).parent / "newsclaims"), "query", "figure_disputes",
                                    "--db", db, "--format", "json"], env=env, capture_output=True, text=True, timeout=300)
            assert query.returncode == 0, query.stderr
            assert len(json.loads(query.stdout)) == reference["analysis:figure_disputes"]
            with open_db(db, read_only=True) as con:  # nothing doubled: one row per article and per actor
                for table, key in (("articles", "article_key"), ("actors", "actor_id"), ("outlets", "outlet_id"),
                                   ("event_members", "article_id"), ("article_vectors", "article_id")):
                    total, distinct = con.execute(f"select count(*), count(distinct {key}) from {table}").fetchone()
                    assert total == distinct, table
        finally:
            for key in s3.env:
                os.environ.pop(key, None)


def test_pool_workers_die_with_their_parent(tmp_path):
    """kill -9 of the process that owns the pool leaves no worker (nor resource tracker) behind."""
    script = ("import sys; sys.path[:0] = [%r, %r]\n"
              "from crashy import pid_after\nfrom tasks.io.workers import map_in_processes\n"
              "if __name__ == '__main__':\n"
              "    pids = sorted(set(map_in_processes(pid_after, [0.05] * 40, 2)))\n"
              "    print(' '.join(map(str, pids)), flush=True)\n"
              "    import time; time.sleep(600)\n") % (str(ROOT), str(ROOT / "tests"))
    (tmp_path / "owner.py").write_text(script)
    owner = subprocess.Popen([sys.executable, str(tmp_path / "owner.py")], stdout=subprocess.PIPE, text=True)
    try:
        pids = [int(p) for p in owner.stdout.readline().split()]
        assert len(pids) == 2 and owner.pid not in pids
        os.kill(owner.pid, signal.SIGKILL)
        owner.wait()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and any(_alive(p) for p in pids):
            time.sleep(0.2)
        assert not any(_alive(p) for p in pids)
    finally:
        if owner.poll() is None:
            owner.kill()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.slow
def test_the_cli_on_a_local_ray_cluster_gives_the_same_counts(sample, reference, tmp_path):
    """`newsclaims ingest --runner ray` as a user runs it: the batches go to a local Ray cluster through
    prefect-ray's RayTaskRunner and load through the same path, so every contract view counts the same."""
    pytest.importorskip("prefect_ray", reason="the ray extra is not installed (pip install -e '.[ray]')")
    db = str(tmp_path / "ray-cli.duckdb")
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    # Ray's workers import the project from the job's own checkout, not from wherever the venv points
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    proc = subprocess.run([str(Path(sys.executable).parent / "newsclaims"), "ingest", str(sample), "--db", db,
                           "--runner", "ray", "--workers", "2", "--batch-size", str(BATCH), "--json", "--no-progress"],
                          capture_output=True, text=True, timeout=900, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout)["new"] > 0
    assert _counts(db) == reference


@pytest.mark.slow
def test_a_ray_worker_that_dies_loses_only_its_own_input(monkeypatch):
    """A local Ray cluster (prefect-ray's RayTaskRunner); Ray itself retries a crashed task three
    times before the part is split, so this is slow (about 5 min on a loaded 2-core machine)."""
    pytest.importorskip("prefect_ray", reason="the ray extra is not installed (pip install -e '.[ray]')")
    items = list(range(1, 8)) + ["crash"] + list(range(8, 12))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), str(ROOT / "tests"), os.environ.get("PYTHONPATH", "")]))
    assert _doubled_through("ray", None, items) == [i * 2 if i != "crash" else "lost:crash" for i in items]
