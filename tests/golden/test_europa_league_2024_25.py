"""Golden test: the 2024-25 UEFA Europa League league phase, a listed schedule of
144 matches, ranked by UEFA's criteria for teams with different opponents.

From ``sources/uefa-europa-league-2024-25-league-phase.toml`` (openfootball's
matches; the published table's rows 1-30 from laliiga.com, checked against a
Polish end-of-phase report; rows 31-36 are not in the record). Teams level on
points are separated by goal difference, goals, away goals, wins, away wins and
then their opponents' figures: each published position checks the criterion that
decided it.
"""

from __future__ import annotations

import itertools
import tomllib
from pathlib import Path
from typing import Any

import pytest

import copaperu as cp
from copaperu import competition as c

SOURCE = (
    Path(__file__).parent / "sources" / "uefa-europa-league-2024-25-league-phase.toml"
)


@pytest.fixture(scope="module")
def case() -> dict[str, Any]:
    with SOURCE.open("rb") as handle:
        return tomllib.load(handle)


@pytest.fixture(scope="module")
def result(case: dict[str, Any]) -> cp.competition.EditionResult:
    matches = tuple(
        cp.Match(
            home=m["home"],
            away=m["away"],
            score=cp.Score.parse(m["score"]),
            date=m["date"],
            label=f"Matchday {m['matchday']}",
        )
        for m in case["matches"]
    )
    teams = sorted({team for match in matches for team in match.teams})
    group = c.Group(
        id="league-phase",
        rules="uefa-europa-league-2024",
        entrants=tuple(teams),
        schedule=c.Schedule.LISTED,
        advance=24,
        matches=matches,
    )
    phase = c.Phase(id="league", groups=(group,))
    return cp.replay(
        c.Edition(
            id="uel-2024-25",
            name=case["name"],
            stages=(c.Stage(id="league-phase", phases=(phase,)),),
        )
    )


def test_the_league_phase_is_complete(result: cp.competition.EditionResult) -> None:
    """144 of 144 fixtures, 36 teams."""
    group = result.group("league-phase")

    assert (144, 144, True, 36) == (
        group.results_known,
        group.results_expected,
        group.complete,
        len(group.teams),
    )


def test_rows_1_to_30_are_the_published_ones(
    case: dict[str, Any], result: cp.competition.EditionResult
) -> None:
    """Every published position and every figure of rows 1-30."""
    table = result.group("league-phase").standings
    assert table is not None
    rows = {row.team: row for row in table.rows}
    figures = ("played", "won", "drawn", "lost", "goals_for", "goals_against", "points")

    for published in case["table"]:
        row = rows[published["team"]]

        assert (published["position"], *(published[f] for f in figures)) == (
            row.position,
            *(getattr(row, f) for f in figures),
        ), published["team"]


def test_each_level_pair_is_separated_by_the_criterion_the_table_shows(
    case: dict[str, Any], result: cp.competition.EditionResult
) -> None:
    """For each two adjacent published rows level on points, the criterion that
    separates them is the first published column that differs: goal difference
    (Lazio above Athletic, +12 v +8, ...) or goals scored (AZ Alkmaar above
    Midtjylland, both 0, 13 v 9; Midtjylland above Union Saint-Gilloise, 9 v 8)."""
    table = result.group("league-phase").standings
    assert table is not None
    separations = {(s.upper, s.lower): s.criterion for s in table.explain().separations}
    rows = case["table"]
    checked = []

    for above, below in itertools.pairwise(rows):
        if above["points"] != below["points"]:
            continue
        if above["goal_difference"] != below["goal_difference"]:
            expected = "goal difference"
        else:
            assert above["goals_for"] != below["goals_for"]
            expected = "goals for"
        separated_by = separations[(above["team"], below["team"])]

        assert expected == str(separated_by), (above["team"], below["team"])
        checked.append(expected)
    assert (15, 2) == (checked.count("goal difference"), checked.count("goals for"))
