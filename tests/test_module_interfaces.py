"""Modules talk through public names: no code under tasks/, flows/ or newsclaims/ imports another module's
private (`_name`) objects. A private name can change without notice; when another module needs it, it is
part of the interface and gets a public name (issue 10 asked this of the claims modules)."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PACKAGES = ("tasks", "flows", "newsclaims")


def private_imports(path: Path, root: Path = ROOT) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.ImportFrom):
            continue
        ours = node.level > 0 or (node.module or "").split(".")[0] in PROJECT_PACKAGES
        found += [f"{path.relative_to(root)}:{node.lineno} imports {'.' * node.level}{node.module or ''}.{a.name}"
                  for a in node.names if ours and a.name.startswith("_") and not a.name.startswith("__")]
    return found


def test_the_check_sees_a_private_import(tmp_path):
    sample = tmp_path / "probe.py"
    sample.write_text("from .core.claims.speaker import _private_thing\nfrom .core import public, __version__\n"
                      "from os.path import _get_sep\n")
    assert [f.split(" imports ")[1] for f in private_imports(sample, tmp_path)] == [".core.claims.speaker._private_thing"]


def test_no_module_imports_another_modules_private_names():
    offenders = [f for package in PROJECT_PACKAGES for path in sorted((ROOT / package).rglob("*.py"))
                 for f in private_imports(path)]
    assert not offenders, "\n".join(offenders)
