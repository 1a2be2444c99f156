"""A run's name (what it ingests) and its summary as markdown (the Prefect artifact): pure formatting."""
from __future__ import annotations

import re
from pathlib import PurePath
from urllib.parse import urlsplit

_COUNTS = ("inputs", "new", "updated", "unchanged", "rejected", "reextracted", "fetched", "not_modified", "deferred")


def describe_inputs(paths=None, urls=None, feeds=None, sitemaps=None, limit: int = 80) -> str:
    """'seeds', 'inbox + pages', 'feed example.org', '12 URLs': what a run ingests, for its name."""
    parts = [PurePath(p).name or str(p) for p in (paths or [])]
    parts += [f"feed {urlsplit(u).hostname or u}" for u in (feeds or [])]
    parts += [f"sitemap {urlsplit(u).hostname or u}" for u in (sitemaps or [])]
    if urls:
        parts.append(f"{len(urls)} URL{'s' if len(urls) != 1 else ''}")
    if not parts:
        return "nothing"
    name = parts[0]
    for n, part in enumerate(parts[1:], start=1):
        if len(name) + len(part) + 3 > limit:
            return f"{name} + {len(parts) - n} more"
        name += f" + {part}"
    return name


def reason_kind(reason: str) -> str:
    """A reject reason without its particulars (numbers, quoted names), so like reasons group."""
    text = re.sub(r"\"[^\"]*\"|'[^']*'", '"…"', reason)
    text = re.sub(r"\d+(?:[.,]\d+)*", "N", text)
    return text[:120]


def summary_markdown(summary: dict, rejects: list[tuple[str, str]]) -> str:
    """The run summary as a markdown artifact: counts, rejects by reason, time by stage."""
    lines = [f"## newsclaims ingest: {summary.get('name', '')}".rstrip(), "",
             f"`{summary.get('db', '')}` · run `{summary.get('run_id', '')}` · {summary.get('seconds', 0):.1f} s", "",
             "| count | n |", "|---|---:|"]
    lines += [f"| {key.replace('_', ' ')} | {summary.get(key, 0)} |" for key in _COUNTS if key in summary or key in _COUNTS[:5]]
    groups: dict[tuple[str, str], int] = {}
    for stage, reason in rejects:
        key = (stage, reason_kind(reason))
        groups[key] = groups.get(key, 0) + 1
    lines += ["", "### Rejects by reason", ""]
    if groups:
        lines += ["| stage | reason | n |", "|---|---|---:|"]
        lines += [f"| {stage} | {_cell(reason)} | {n} |" for (stage, reason), n in sorted(groups.items(), key=lambda kv: -kv[1])]
    else:
        lines.append("none")
    stages = summary.get("stages") or {}
    if stages:
        slowest = max(stages, key=stages.get)
        lines += ["", f"### Time by stage (slowest: **{slowest}**, {stages[slowest]:.1f} s)", "",
                  "| stage | seconds | CPU s (flow process) |", "|---|---:|---:|"]
        cpu = summary.get("stages_cpu") or {}
        lines += [f"| {name} | {secs:.2f} | {cpu[name]:.2f} |" if name in cpu else f"| {name} | {secs:.2f} | |"
                  for name, secs in sorted(stages.items(), key=lambda kv: -kv[1])]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
