"""The ``copaperu`` command line: replay, tables, checks and the bundled editions.

>>> build_parser().parse_args(["replay", "copa-peru-1998"]).command
'replay'
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, editions
from ._competition import Edition
from ._config import load
from ._render import FORMATS, render_replay, render_table
from ._replay import replay
from .errors import ConfigError, CopaperuError

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``copaperu`` command.

    >>> build_parser().prog
    'copaperu'
    """
    parser = argparse.ArgumentParser(
        prog="copaperu",
        description="Replay football competitions from their rules and records.",
    )
    parser.add_argument(
        "--version", action="version", version=f"copaperu {__version__}"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def with_format(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sub.add_argument(
            "--format",
            choices=FORMATS,
            default="text",
            help="output format (default: text)",
        )
        return sub

    replay = with_format(
        commands.add_parser(
            "replay",
            help="replay an edition: every table, tie, ruling and unknown, to the champion",
        )
    )
    replay.add_argument(
        "edition", metavar="NAME|FILE", help="a bundled edition's name or a TOML file"
    )
    table = with_format(
        commands.add_parser("table", help="one group's table after the replay")
    )
    table.add_argument(
        "edition", metavar="NAME|FILE", help="a bundled edition's name or a TOML file"
    )
    table.add_argument("--group", required=True, metavar="ID", help="the group's id")
    check = with_format(commands.add_parser("check", help="validate an edition file"))
    check.add_argument(
        "edition", metavar="NAME|FILE", help="a bundled edition's name or a TOML file"
    )
    with_format(commands.add_parser("editions", help="list the bundled editions"))
    commands.add_parser(
        "demo",
        help="the 1997 Copa Perú final-round table, with and without its play-off",
    )
    return parser


def _edition(name: str) -> Edition:
    if name.endswith(".toml") or Path(name).exists():
        return load(Path(name))
    return editions.load(name)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit code.

    Our own errors print as ``copaperu: error: <message>`` with exit code 1; usage
    errors exit with 2. When the reader of the output goes away early (as in
    ``copaperu replay copa-peru-1998 | head``), it exits quietly with 1, as Python
    does on a broken pipe.

    >>> main(["editions"])
    copa-peru-1997  Copa Perú 1997
    copa-peru-1998  Copa Perú 1998
    0
    """
    args = build_parser().parse_args(argv)
    try:
        print(_run(args))
    except ConfigError as exc:
        for line in str(exc).splitlines():
            print(f"copaperu: error: {line}", file=sys.stderr)
        return 1
    except CopaperuError as exc:
        print(f"copaperu: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # Whatever is left to flush at exit goes nowhere, instead of raising again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 1
    return 0


def _run(args: argparse.Namespace) -> str:
    if args.command == "demo":
        from ._demo import demo_1997

        return demo_1997()
    if args.command == "editions":
        found = [(name, editions.load(name).name) for name in editions.available()]
        if args.format == "json":
            return json.dumps(
                [{"id": i, "name": n} for i, n in found], ensure_ascii=False
            )
        if args.format == "markdown":
            return "\n".join(f"- `{i}`: {n}" for i, n in found)
        return "\n".join(f"{i}  {n}" for i, n in found)
    edition = _edition(args.edition)
    if args.command == "check":
        groups = sum(1 for _ in edition.groups())
        ties = sum(
            len(phase.ties) for stage in edition.stages for phase in stage.phases
        )
        if args.format == "json":
            return json.dumps(
                {"edition": edition.id, "ok": True, "groups": groups, "ties": ties}
            )
        return f"{args.edition}: ok ({edition.name}: {len(edition.stages)} stages, {groups} groups, {ties} ties)"
    result = replay(edition)
    if args.command == "table":
        return render_table(result.group(args.group), args.format)
    return render_replay(result, args.format)
