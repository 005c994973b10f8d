"""Time the peer package ``standings==1.0.4`` building a football league table.

This script is run by :mod:`_peer` with the Python interpreter of a throw-away
virtual environment into which ``standings==1.0.4`` was installed. It must
therefore import nothing but the standard library and ``standings``; it never
imports ``copaperu``, and ``standings`` is never a dependency of ``copaperu``.

Usage::

    python peer_standings_script.py MATCHES.json [--repeat N]

``MATCHES.json`` holds a JSON list of ``[home, away, home_goals, away_goals]``.
The table is built with ``standings``' default football mode
(``CALCULATION_MODE_GOAL_DIFFERENCE``): 3 points for a win, 1 for a draw,
ordered by points, then goal difference, then goals scored. Teams level on all
three keep the order in which they first appear in the match list, because
``standings`` relies on Python's stable sort over teams in insertion order.

One untimed warm-up build is followed by ``N`` timed builds. Each timed build
goes from the list of match tuples to the final sorted table (creating the
``Standings`` object, wrapping and adding every match, and ``get_table()``),
measured with :func:`time.perf_counter_ns`. The garbage collector is left
enabled. One JSON object is printed to stdout::

    {"median_ns": ..., "runs": N, "order": [...], "version": "1.0.4"}

``median_ns`` is the median of the ``N`` timings, rounded to an integer, and
``order`` lists team names from first to last.
"""

import argparse
import importlib
import json
import statistics
import sys
import time
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any, NamedTuple

PEER_VERSION = "1.0.4"
"""The only ``standings`` version this script is written against."""

Match = tuple[str, str, int, int]
"""One result: home team, away team, home goals, away goals."""


def _positive_int(text: str) -> int:
    """Parse a strictly positive integer command-line value.

    Args:
        text: The raw command-line text.

    Returns:
        The parsed integer.

    Raises:
        argparse.ArgumentTypeError: If ``text`` is not an integer of at least 1.
    """
    try:
        value = int(text)
    except ValueError:
        msg = f"not an integer: {text!r}"
        raise argparse.ArgumentTypeError(msg) from None
    if value < 1:
        msg = f"must be at least 1, got {value}"
        raise argparse.ArgumentTypeError(msg)
    return value


def load_matches(path: Path) -> list[Match]:
    """Read and validate the match list from a JSON file.

    Args:
        path: A JSON file holding a list of ``[home, away, home_goals,
            away_goals]``.

    Returns:
        The matches as tuples, in file order.

    Raises:
        ValueError: If the file is not a list of such four-element rows, with
            two distinct non-empty team names and two non-negative integers.
    """
    raw: object = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(raw, list):
        msg = "the match file must hold a JSON list"
        raise ValueError(msg)
    matches: list[Match] = []
    for index, row in enumerate(raw):
        if not (isinstance(row, list) and len(row) == 4):
            msg = f"match {index} is not a four-element list: {row!r}"
            raise ValueError(msg)
        home, away, home_goals, away_goals = row
        names_ok = (
            isinstance(home, str)
            and isinstance(away, str)
            and bool(home)
            and bool(away)
            and home != away
        )
        goals_ok = all(
            isinstance(goals, int) and not isinstance(goals, bool) and goals >= 0
            for goals in (home_goals, away_goals)
        )
        if not (names_ok and goals_ok):
            msg = f"match {index} is malformed: {row!r}"
            raise ValueError(msg)
        matches.append((home, away, home_goals, away_goals))
    return matches


class PeerApi(NamedTuple):
    """The parts of ``standings`` a table build needs, resolved once."""

    standings_type: Any
    """``standings.standings.Standings``, the table calculator."""
    match_type: Any
    """``standings._match._Match``; ``Standings.add_match`` asserts this type."""
    table_all: Any
    """``TABLE_ALL``: count home and away matches."""
    football: Any
    """``SPORTSTYPES.FOOTBALL``: 3 points for a win, 1 for a draw."""
    goal_difference: Any
    """``CALCULATION_MODE_GOAL_DIFFERENCE``: points, goal difference, goals."""


def load_peer() -> PeerApi:
    """Import ``standings`` and check that it is the expected version.

    The modules are imported dynamically: ``standings`` ships no type
    information, and this keeps ``mypy --strict`` clean whether or not it is
    installed.

    Returns:
        The resolved ``standings`` API.

    Raises:
        RuntimeError: If the installed distribution is not ``standings==1.0.4``.
    """
    installed = metadata.version("standings")
    if installed != PEER_VERSION:
        msg = f"expected standings=={PEER_VERSION}, found standings=={installed}"
        raise RuntimeError(msg)
    calculator = importlib.import_module("standings.standings")
    return PeerApi(
        standings_type=calculator.Standings,
        match_type=importlib.import_module("standings._match")._Match,
        table_all=calculator.TABLE_ALL,
        football=importlib.import_module("standings.sportstypes").SPORTSTYPES.FOOTBALL,
        goal_difference=calculator.CALCULATION_MODE_GOAL_DIFFERENCE,
    )


def build_table(api: PeerApi, matches: Sequence[Match]) -> list[Any]:
    """Build the sorted table with ``standings``, from match tuples to the end.

    Teams are identified by name: the name is passed as both the team name and
    the team id ``standings`` keys its table by.

    Args:
        api: The resolved ``standings`` API.
        matches: The results, as ``(home, away, home_goals, away_goals)``.

    Returns:
        The ``standings`` ``TeamPoint`` objects, first to last.
    """
    table = api.standings_type(api.table_all, api.football, api.goal_difference)
    match_type = api.match_type
    for home, away, home_goals, away_goals in matches:
        table.add_match(match_type(home, home, away, away, home_goals, away_goals))
    result: list[Any] = table.get_table()
    return result


def build_table_from_values(api: PeerApi, values: Sequence[Any]) -> list[Any]:
    """Build the sorted table from match objects built beforehand (``_Match``)."""
    table = api.standings_type(api.table_all, api.football, api.goal_difference)
    for value in values:
        table.add_match(value)
    result: list[Any] = table.get_table()
    return result


def measure(api: PeerApi, matches: Sequence[Match], repeat: int) -> dict[str, object]:
    """Time ``repeat`` full table builds after one untimed warm-up build.

    Args:
        api: The resolved ``standings`` API.
        matches: The results to build the table from.
        repeat: How many timed builds to run; at least 1.

    Returns:
        The JSON-ready report: ``median_ns``, ``runs``, ``order`` and
        ``version``.

    Raises:
        RuntimeError: If two builds disagree on the final order.
    """
    expected = [team.team_name for team in build_table(api, matches)]
    samples: list[int] = []
    for _ in range(repeat):
        start = time.perf_counter_ns()
        table = build_table(api, matches)
        samples.append(time.perf_counter_ns() - start)
        if [team.team_name for team in table] != expected:
            msg = "standings produced different orders across runs"
            raise RuntimeError(msg)
    values = [api.match_type(h, h, a, a, hg, ag) for h, a, hg, ag in matches]
    prebuilt: list[int] = []
    for _ in range(repeat):
        start = time.perf_counter_ns()
        build_table_from_values(api, values)
        prebuilt.append(time.perf_counter_ns() - start)
    return {
        "median_ns": round(statistics.median(samples)),
        "prebuilt_median_ns": round(statistics.median(prebuilt)),
        "runs": repeat,
        "order": expected,
        "version": PEER_VERSION,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its JSON report.

    Args:
        argv: The command-line arguments; ``sys.argv[1:]`` when None.

    Returns:
        The process exit status: 0 on success, 2 on a bad match file or a
        missing or wrong ``standings``.
    """
    parser = argparse.ArgumentParser(
        description="Time standings==1.0.4 building a football league table."
    )
    parser.add_argument("matches", type=Path, help="JSON list of match rows")
    parser.add_argument(
        "--repeat", type=_positive_int, default=200, help="timed builds (>= 1)"
    )
    args = parser.parse_args(argv)
    try:
        api = load_peer()
        matches = load_matches(args.matches)
    except (ImportError, OSError, ValueError, RuntimeError) as error:
        print(f"peer_standings_script: {error}", file=sys.stderr)
        return 2
    json.dump(measure(api, matches, args.repeat), sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
