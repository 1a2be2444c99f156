"""The `newsclaims` command.

Each command is a module in this package with NAME, HELP, DESCRIPTION, add_arguments(parser) and
run(args) -> exit code; adding one is a new module and one line in COMMANDS. Options that several
commands take are defined once in newsclaims/options.py. Modules import only light things at the
top: heavy imports (prefect, trafilatura) happen inside run().
"""
from __future__ import annotations

import argparse
import importlib
import sys

from newsclaims.errors import exit_code_for, one_line

COMMANDS = (
    "newsclaims.ingest_cmd",
    "newsclaims.query_cmd",
    "newsclaims.report_cmd",
    "newsclaims.eval_cmd",
    "newsclaims.reextract_cmd",
    "newsclaims.serve_cmd",
    "newsclaims.server_cmd",
    "newsclaims.explain_cmd",
)


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("newsclaims")
    except PackageNotFoundError:  # a checkout that is not installed
        return "unknown"


class _Version(argparse.Action):
    """argparse's "version" action, asking the installed metadata only when --version is given: importing
    importlib.metadata and scanning the installed packages took 0.1-0.2 s of every command."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, **_kwargs):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show program's version number and exit")

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"newsclaims {version()}")  # on stdout, as argparse's own action prints it
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsclaims", description="Turn news articles into a DuckDB database of "
                                     "who claims what. `newsclaims COMMAND --help` explains each command.")
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(name)
        sp = sub.add_parser(module.NAME, help=module.HELP, description=module.DESCRIPTION)
        module.add_arguments(sp)
        sp.set_defaults(func=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print(f"newsclaims {args.command}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # say why in one line; a bug shows its traceback only with --verbose
        code = exit_code_for(exc)
        if code is None and getattr(args, "verbose", False):
            raise
        what = "" if code is not None else f"unexpected {type(exc).__name__} (run with --verbose for details): "
        print(f"newsclaims {args.command}: {what}{one_line(exc)}", file=sys.stderr)
        return code if code is not None else 1


if __name__ == "__main__":
    sys.exit(main())
