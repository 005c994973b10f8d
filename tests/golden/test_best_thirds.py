"""Golden tests: the best third-placed teams, ranked across groups.

The results and the published rankings come from ``sources/`` (sourced files, each
citing openfootball, Wikipedia, RSSSF and UEFA; nothing in them comes from
copaperu). Each third-placed team is ranked on its own three group matches.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import copaperu as cp

SOURCES = Path(__file__).parent / "sources"


def load(name: str) -> dict[str, Any]:
    with (SOURCES / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def thirds(case: dict[str, Any]) -> dict[str, list[cp.Match]]:
    """Each published third-placed team, with the matches of its group."""
    placed = {}
    for table in case["tables"]:
        team = table["rows"][2]["team"]
        placed[team] = [
            cp.Match(home=m["home"], away=m["away"], score=cp.Score.parse(m["score"]))
            for m in case["matches"]
            if m["round"] == table["group"]
        ]
    return placed


def test_euro_2024_third_placed_teams() -> None:
    """UEFA's ranking: Slovakia 3rd, Slovenia 4th (the last to go on), Hungary 5th,
    Croatia 6th. The Netherlands and Georgia are level on points, goal difference,
    goals and wins: the disciplinary points and the qualifiers' ranking that decide
    them are not in the record, so they stay level in first place, both through."""
    case = load("uefa-euro-2024")
    table = cp.rank_across_groups(
        thirds(case), cp.rules.UEFA_EURO_2024_THIRD_PLACED, advance=4
    )
    published = [row["team"] for row in case["third_placed"]["rows"]]
    places = {row.team: row.position for row in table.rows}

    assert ["Netherlands", "Georgia"] == published[:2]
    assert {"Netherlands": 1, "Georgia": 1} == {t: places[t] for t in published[:2]}
    assert [3, 4, 5, 6] == [places[team] for team in published[2:]]
    assert ("Georgia", "Netherlands") == table.level_teams[0].teams
    assert set(case["third_placed"]["advanced"]) == {
        row.team for row in table.rows if row.position <= 4
    }


def test_euro_2024_third_placed_figures_are_the_published_ones() -> None:
    """Each row's figures, as published."""
    case = load("uefa-euro-2024")
    rows = {
        row.team: row
        for row in cp.rank_across_groups(
            thirds(case), cp.rules.UEFA_EURO_2024_THIRD_PLACED
        ).rows
    }
    figures = ("played", "won", "drawn", "lost", "goals_for", "goals_against", "points")

    for published in case["third_placed"]["rows"]:
        row = rows[published["team"]]

        assert [published[f] for f in figures] == [getattr(row, f) for f in figures]


def test_world_cup_1994_third_placed_teams() -> None:
    """FIFA's 1994 ranking of the six thirds, in the published order: Argentina,
    Belgium, USA, Italy through; Russia and South Korea out. The order follows
    points, goal difference and goals scored (the source's reading of it: USA
    above Italy on goals); FIFA's own text of the rule is not in the record."""
    case = load("fifa-world-cup-1994")
    rules = cp.TableRules(
        points=cp.PointsScheme.THREE_FOR_A_WIN,
        tiebreakers=(
            cp.tiebreak.points(),
            cp.tiebreak.goal_difference(),
            cp.tiebreak.goals_for(),
        ),
    )
    table = cp.rank_across_groups(thirds(case), rules, advance=4)

    assert [row["team"] for row in case["third_placed"]["rows"]] == list(table.order)
    assert () == table.level_teams
    assert case["third_placed"]["advanced"] == list(table.order[:4])
