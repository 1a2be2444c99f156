"""Where a first ingest's wall time goes: a timeline of the run and of every process's CPU, beside a bare loop.

Usage: python bench/ingest_timeline.py [-n 0] [--corpus DIR] [--workers K] [--repeat 1] [--no-baseline] [--json OUT]
                                      [--code DIR,DIR] [--keep DIR]
  --code A,B   alternate the ingest's code between checkouts (its PYTHONPATH), --repeat times each: A/B in one run
  --keep DIR   keep each run's database there (run<k>-<checkout name>.duckdb)
Runs `newsclaims ingest DIR --json` in a fresh process (a Prefect server of the bench's own, started
first by a 1-page ingest and stopped at the end) and samples, every --every seconds, the CPU of the
ingest's process tree (the flow process, the pool's fork server, its workers) and of the Prefect
server. The flow process writes when each stage starts and ends (a hook around flows.progress.Clock
installed before the CLI runs; nothing else is changed). Prints: the marks (process start, imports,
flow start, stages), per stage its wall seconds and the CPU each kind of process spent meanwhile,
how busy the pool's workers were (CPU / (wall x workers)) over the batches, and the whole run's
CPU by process kind; and the bare single-process `trafilatura.extract` loop over the same pages,
timed in the same run, with the ingest's wall and CPU as ratios to it.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import benchenv  # bench/ is on sys.path when a bench runs as a script

ROOT = Path(__file__).resolve().parents[1]
CLI = str(Path(sys.executable).parent / "newsclaims")
TICK = os.sysconf("SC_CLK_TCK")

# Run in the ingest process before the CLI: marks every Clock stage (with the flow process's
# CPU) in the file named by NEWSCLAIMS_TIMELINE, then runs the CLI as `newsclaims` would.
_HOOK = r"""
import json, os, sys, time
_out = open(os.environ["NEWSCLAIMS_TIMELINE"], "a", buffering=1)
from contextlib import contextmanager
def mark(what, **kw):
    _out.write(json.dumps({"t": time.time(), "cpu": time.process_time(), "what": what, **kw}) + "\n")
mark("python up")
import flows.progress as fp
mark("code", file=os.path.dirname(os.path.dirname(fp.__file__)))
_orig_call, _orig_init = fp.Clock.__call__, fp.Clock.__init__
def _detail():  # --detail: the DB work and runner steps inside the stages; patched once the flow runs (prefect imported)
    import tasks.ingest as _ti, tasks.io.load as _tl, tasks.io.db as _td, tasks.io.runners as _tr
    def _wrap(owner, name, label):
        orig = getattr(owner, name)
        def wrapped(*a, **k):
            mark("start", stage=label)
            try:
                return orig(*a, **k)
            finally:
                mark("end", stage=label)
        setattr(owner, name, wrapped)
    for _name in ("write_batch", "mark_unchanged", "known_articles"):
        _wrap(_tl, _name, "~" + _name)
    _wrap(_td, "connect", "~connect")
    _wrap(_tr.Runner, "submit", "~submit")
    _orig_open_db = _ti.open_db
    @contextmanager
    def _open_db(*a, **k):
        with _orig_open_db(*a, **k) as con:
            yield con
            mark("start", stage="~close")
        mark("end", stage="~close")
    _ti.open_db = _open_db
    _orig_runner = _tr.open_runner
    @contextmanager
    def _open_runner(*a, **k):
        mark("start", stage="~runner up")
        with _orig_runner(*a, **k) as r:
            mark("end", stage="~runner up")
            yield r
            mark("start", stage="~runner down")
        mark("end", stage="~runner down")
    import flows.ingest as _fi
    _fi.open_runner = _open_runner
_patched = []
def _init(self, *a, **k):
    mark("flow body")
    if os.environ.get("NEWSCLAIMS_TIMELINE_DETAIL") and not _patched:
        _patched.append(1)
        _detail()
    _orig_init(self, *a, **k)
@contextmanager
def _call(self, stage):
    mark("start", stage=stage)
    try:
        with _orig_call(self, stage):
            yield
    finally:
        mark("end", stage=stage)
fp.Clock.__init__, fp.Clock.__call__ = _init, _call
import tasks.io.workers as w
_orig_pool = w._pool
def _pool(workers):
    if workers not in w._pools:
        mark("pool created", workers=workers)
    return _orig_pool(workers)
w._pool = _pool
import atexit
atexit.register(lambda: mark("exit"))
from newsclaims.cli import main
mark("cli imported")
rc = main(sys.argv[1:])
mark("cli done")
sys.exit(rc)
"""


def bare_loop(pages: list[Path]) -> tuple[float, float]:
    import trafilatura

    started, cpu = time.perf_counter(), time.process_time()
    for page in pages:
        trafilatura.extract(gzip.decompress(page.read_bytes()))
    return time.perf_counter() - started, time.process_time() - cpu


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            kids.setdefault(ppid, []).append(int(d))
    return kids


def _cpu(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime
    except (OSError, IndexError, ValueError):
        return None


def _cmd(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return ""


class Sampler(threading.Thread):
    """CPU seconds of every process under `root` (and of `extra` pids) every `every` seconds."""

    def __init__(self, root: int, extra: dict[int, str], every: float):
        super().__init__(daemon=True)
        self.root, self.extra, self.every = root, extra, every
        self.samples: list[tuple[float, dict[int, float]]] = []
        self.kind: dict[int, str] = dict(extra)
        self.stop = False

    def _classify(self, pid: int, parent: int | None) -> str:
        if pid == self.root:
            return "flow"
        if parent is not None and self.kind.get(parent) == "forkserver":
            return "worker"  # forked: the fork server's command line
        cmd = _cmd(pid)
        if "forkserver" in cmd:
            return "forkserver"
        if "resource_tracker" in cmd:
            return "tracker"
        return "other:" + cmd[:60]

    def run(self) -> None:
        while True:
            kids = _children()
            now, seen, todo = time.time(), {}, [(self.root, None)]
            while todo:
                pid, parent = todo.pop()
                if pid not in self.kind:
                    self.kind[pid] = self._classify(pid, parent)
                c = _cpu(pid)
                if c is not None:
                    seen[pid] = c
                todo += [(k, pid) for k in kids.get(pid, [])]
            todo = list(self.extra)  # the Prefect server and its children (uvicorn)
            while todo:
                pid = todo.pop()
                self.kind.setdefault(pid, "prefect-server")
                c = _cpu(pid)
                if c is not None:
                    seen[pid] = c
                todo += kids.get(pid, [])
            self.samples.append((now, seen))
            if self.stop:
                return
            time.sleep(self.every)


def cpu_between(samples, kind: dict[int, str], t0: float, t1: float) -> dict[str, float]:
    """CPU seconds per process kind between t0 and t1 (from the samples nearest inside)."""
    before: dict[int, float] = {}  # each process's CPU at the last sample up to t0 (0: not started yet)
    upto: dict[int, float] = {}  # ... and at the last sample up to t1 where it still lived
    for t, seen in samples:
        if t <= t0:
            before.update(seen)
        if t <= t1:
            upto.update(seen)
    out: dict[str, float] = {}
    for pid, c in upto.items():
        k = kind.get(pid, "?").split(":")[0]
        out[k] = out.get(k, 0.0) + c - before.get(pid, 0.0)
    return out


def one_ingest(folder: Path, db: Path, tmp: Path, workers: list[str], every: float, server_pid: int | None,
               code: str | None = None, runner: str | None = None) -> dict:
    marks_file = tmp / f"marks-{time.time_ns()}.jsonl"
    env = {**os.environ, "PREFECT_LOGGING_LEVEL": "ERROR", "NEWSCLAIMS_TIMELINE": str(marks_file)}
    if code:
        env["PYTHONPATH"] = code
    server = {server_pid: "prefect-server"} if server_pid else {}
    before = Sampler(-1, server, every)
    before.stop = True  # one sample of the server's processes: the run counts their CPU from here
    before.run()
    started = time.time()
    proc = subprocess.Popen([sys.executable, "-c", _HOOK, "ingest", str(folder), "--db", str(db), "--json",
                             "--no-progress", *workers, *(["--runner", runner] if runner else [])], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=tmp)  # not the repo: `python -c` puts the cwd first on sys.path
    sampler = Sampler(proc.pid, server, every)
    sampler.samples = [(started - 1e-3, before.samples[0][1])] if before.samples else []
    sampler.start()
    out, err = proc.communicate()
    ended = time.time()
    time.sleep(every * 1.5)
    sampler.stop = True
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed: {err[-3000:]}")
    summary = json.loads(out.strip().splitlines()[-1])
    marks = [json.loads(line) for line in marks_file.read_text().splitlines()]
    return {"started": started, "ended": ended, "summary": summary, "marks": marks, "samples": sampler.samples,
            "kind": sampler.kind}


def _own_cpu(marks: list[dict]) -> dict[str, float]:
    """The flow process's CPU seconds inside each stage, from the CPU its marks carry: exact where the
    sampler's 0.2 s ticks are not. A stage's wall far above this is time the flow waited (for the pool,
    or for a core the pool's workers held), not work of its own."""
    opened: dict[str, float] = {}
    out: dict[str, float] = {}
    for m in marks:
        stage = m.get("stage")
        if m["what"] == "start":
            opened[stage] = m["cpu"]
        elif m["what"] == "end" and stage in opened:
            out[stage] = out.get(stage, 0.0) + m["cpu"] - opened.pop(stage)
    return out


def report(run: dict, base_wall: float | None, base_cpu: float | None) -> dict:
    t0, samples, kind = run["started"], run["samples"], run["kind"]
    wall = run["ended"] - t0
    total = cpu_between(samples, kind, t0 - 1e-4, run["ended"] + 5)
    print(f"\nwall {wall:.2f} s; CPU by process kind over the run: "
          + "  ".join(f"{k} {v:.1f}" for k, v in sorted(total.items(), key=lambda kv: -kv[1])))
    own = sum(v for k, v in total.items() if k != "prefect-server")
    if base_wall:
        print(f"ratio to the bare loop: wall {wall / base_wall:.2f}x, CPU (ingest tree) {own / base_cpu:.2f}x,"
              f" with the Prefect server {sum(total.values()) / base_cpu:.2f}x")
    print("marks (s since launch, flow process CPU):")
    spans: dict[str, list] = {}
    for m in run["marks"]:
        if m["what"] in ("start", "end"):
            spans.setdefault(m["stage"], []).append((m["what"], m["t"]))
        else:
            print(f"  {m['t'] - t0:7.2f}  cpu {m['cpu']:6.2f}  {m['what']}" + (f" {m.get('workers')}" if "workers" in m else "")
                  + (f" {m['file']}" if "file" in m else ""))
    firsts = {s: (v[0][1] - t0, v[-1][1] - t0) for s, v in spans.items()}
    own = _own_cpu(run["marks"])
    print("stages (first start .. last end, wall inside, the flow process's own CPU inside from its marks (exact,"
          " all its threads), CPU meanwhile by process kind (sampled)):")
    for stage, v in sorted(spans.items(), key=lambda kv: kv[1][0][1]):
        inside, cpu = 0.0, {}
        for (a, ta), (b, tb) in zip(v[::2], v[1::2]):
            inside += tb - ta
            for k, c in cpu_between(samples, kind, ta, tb).items():
                cpu[k] = cpu.get(k, 0.0) + c
        print(f"  {stage:16s} {firsts[stage][0]:7.2f} .. {firsts[stage][1]:7.2f}  wall {inside:6.2f}  own {own.get(stage, 0):5.2f}  "
              + "  ".join(f"{k} {c:.1f}" for k, c in sorted(cpu.items(), key=lambda kv: -kv[1]) if c >= 0.05))
    # phases: start (launch .. first batch submitted), batches, tail (after the last load), exit
    marks = run["marks"]
    ends = [m["t"] for m in marks if m["what"] == "end" and m.get("stage") == "load"]
    starts = [m["t"] for m in marks if m["what"] == "start" and m.get("stage") in ("read",)]
    body = next((m["t"] for m in marks if m["what"] == "flow body"), t0)
    if starts and ends:
        phases = [("launch .. flow body", t0, body), ("flow body .. first read", body, starts[0]),
                  ("batches (first read .. last load)", starts[0], ends[-1]), ("tail (last load .. exit)", ends[-1], run["ended"])]
        workers_seen = max(1, len({p for p, k in kind.items() if k == "worker"}))
        print("phases (wall, CPU by kind, cores used = CPU of all / wall):")
        for name, a, b in phases:
            cpu = cpu_between(samples, kind, a, b)
            print(f"  {name:36s} {b - a:6.2f} s  cores {sum(cpu.values()) / max(b - a, 1e-9):.2f}  "
                  + "  ".join(f"{k} {c:.1f}" for k, c in sorted(cpu.items(), key=lambda kv: -kv[1]) if c >= 0.05))
        a, b = starts[0], ends[-1]
        wcpu = cpu_between(samples, kind, a, b).get("worker", 0.0)
        print(f"  pool workers busy over the batches: {wcpu / ((b - a) * workers_seen):.0%} ({workers_seen} workers seen)")
    # cores used over time in 2 s bins
    bins: list[str] = []
    for i in range(int(wall // 2) + 1):
        cpu = cpu_between(samples, kind, t0 + 2 * i, t0 + 2 * i + 2)
        bins.append(f"{sum(v for k, v in cpu.items() if k != 'prefect-server') / 2:.1f}/{cpu.get('worker', 0) / 2:.1f}/{cpu.get('prefect-server', 0) / 2:.1f}")
    print("cores used by the ingest tree / its pool workers / the Prefect server, 2 s bins: " + " ".join(bins))
    for stage in ("load", "~connect", "~write_batch", "~close", "clean + extract"):
        opened, each = None, []
        for m in marks:
            if m.get("stage") == stage:
                if m["what"] == "start":
                    opened = m["t"]
                elif opened is not None:
                    each.append(m["t"] - opened)
        if len(each) >= 4:
            q = max(1, len(each) // 5)
            print(f"{stage} each time: {len(each)} times, total {sum(each):.2f} s, first fifth {sum(each[:q]) / q:.3f} s,"
                  f" last fifth {sum(each[-q:]) / q:.3f} s (x{sum(each[-q:]) / max(sum(each[:q]), 1e-9):.2f})")
    s = run["summary"]
    print(f"summary: {s.get('new')} new, {s.get('rejected')} rejected, flow {s.get('seconds')} s; stages {s.get('stages')}")
    return {"wall": wall, "cpu": own, "cpu_all": sum(total.values()), "by_kind": total}


def main() -> None:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a killed bench still stops its Prefect server
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=0)
    ap.add_argument("--corpus", default=str(Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared")) / "corpus"))
    ap.add_argument("--workers", type=int, default=0)
    ap.add_argument("--every", type=float, default=0.2)
    ap.add_argument("--repeat", type=int, default=1, help="first ingests (each into a new DB), each after its own bare loop")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--json", help="write the numbers here")
    ap.add_argument("--code", default="", help="comma-separated checkouts to alternate (PYTHONPATH of the ingest)")
    ap.add_argument("--keep", help="a folder to keep each run's database in")
    ap.add_argument("--detail", action="store_true", help="also mark the DB opens, writes and runner steps (~stages)")
    ap.add_argument("--runners", default="", help="comma-separated runners to alternate (--runner of the ingest)")
    ap.add_argument("--grow", type=int, default=0,
                    help="ingest K x N generated pages instead (bench/scale_bench.py generate), no bare loop")
    args = ap.parse_args()
    if args.detail:
        os.environ["NEWSCLAIMS_TIMELINE_DETAIL"] = "1"
    pages = sorted((Path(args.corpus) / "pages").glob("*.html.gz"))
    pages = pages[: args.n] if args.n else pages
    workers = ["--workers", str(args.workers)] if args.workers else []
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        benchenv.own_prefect_home(tmp)
        try:
            folder, one = benchenv.stage_pages(pages, tmp)
            if args.grow:
                from scale_bench import generate

                folder = tmp / "grown"
                folder.mkdir()
                print(f"{generate(pages, args.grow, folder)} generated pages")
                args.no_baseline = True
            t = time.perf_counter()
            subprocess.run([CLI, "ingest", str(one), "--db", str(tmp / "warm.duckdb"), "--json", "--no-progress",
                            "--workers", "1"], capture_output=True, check=True,
                           env={**os.environ, "PREFECT_LOGGING_LEVEL": "ERROR"})
            print(f"1-page ingest with the Prefect server's start: {time.perf_counter() - t:.1f} s")
            state = json.loads((tmp / "prefect" / "newsclaims-server" / "server.json").read_text())
            codes = [c for c in args.code.split(",") if c] or [None]
            runners = [r for r in args.runners.split(",") if r] or [None]
            for r in range(args.repeat):
                for code, runner in [(c, rn) for c in codes for rn in runners]:
                    base_wall = base_cpu = None
                    if not args.no_baseline:
                        base_wall, base_cpu = bare_loop(pages)
                    print(f"\n== code {code or os.environ.get('PYTHONPATH', '-')} runner {runner or '-'} pages={len(pages)} load "
                          f"{os.getloadavg()[0]:.1f}" + (f": bare trafilatura.extract loop {base_wall:.2f} s wall, "
                                                        f"{base_cpu:.2f} s CPU" if base_wall else ""))
                    name = f"run{r}-{Path(code).name if code else 'env'}-{runner or 'default'}.duckdb"
                    run = one_ingest(folder, tmp / name, tmp, workers, args.every, state.get("pid"), code, runner)
                    results.append({**report(run, base_wall, base_cpu), "base_wall": base_wall, "base_cpu": base_cpu,
                                    "load": os.getloadavg()[0], "code": code, "runner": runner,
                                    "stages": run["summary"].get("stages"), "marks": run["marks"]})
                    if args.keep:
                        Path(args.keep).mkdir(parents=True, exist_ok=True)
                        shutil.copy(tmp / name, Path(args.keep) / name)
        finally:
            subprocess.run([CLI, "server", "stop"], capture_output=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
