"""The ``copaperu`` command line.

>>> build_parser().parse_args(["demo"]).command
'demo'
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from ._demo import demo_1997
from .errors import CopaperuError

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``copaperu`` command.

    >>> build_parser().prog
    'copaperu'
    """
    parser = argparse.ArgumentParser(
        prog="copaperu",
        description="The rules of multi-stage football competitions.",
    )
    parser.add_argument(
        "--version", action="version", version=f"copaperu {__version__}"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser(
        "demo",
        help="compute the 1997 Copa Perú final-round table, with and without its play-off",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit code.

    Our own errors print as one line, ``copaperu: error: <message>``, with exit code 1.

    >>> main(["demo"]) == 0  # doctest: +ELLIPSIS
    Copa Perú 1997, final round...
    True
    """
    args = build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            print(demo_1997())
    except CopaperuError as exc:
        print(f"copaperu: error: {exc}", file=sys.stderr)
        return 1
    return 0
