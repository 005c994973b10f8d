"""Golden tests: real group tables, typed in from their published sources.

Each case is a TOML file in ``tables/`` with its ``source`` address, every match of
the group, and every row of the published table in the published order. Nothing in
those files comes from copaperu. This module only says which copaperu rules preset
each competition used, and checks that the computed table equals the published one,
row by row, with a message that names the row and the figure that differ.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import copaperu as cp

TABLES = Path(__file__).parent / "tables"

# The preset for each competition, by case id (the rules each source says were used).
RULES: dict[str, cp.TableRules] = {
    "fifa-world-cup-1982-group-1": cp.rules.FIFA_WORLD_CUP_1990,
    "fifa-world-cup-1982-group-2": cp.rules.FIFA_WORLD_CUP_1990,
    "fifa-world-cup-1990-group-f": cp.rules.FIFA_WORLD_CUP_1990,
    "fifa-world-cup-1994-group-e": cp.rules.FIFA_WORLD_CUP_1994,
    "fifa-world-cup-1994-group-f": cp.rules.FIFA_WORLD_CUP_1994,
    "fifa-world-cup-2018-group-h": cp.rules.FIFA_WORLD_CUP_2018,
    "fifa-world-cup-2022-group-c": cp.rules.FIFA_WORLD_CUP_2022,
    "uefa-champions-league-2022-23-group-h": cp.rules.UEFA_CHAMPIONS_LEAGUE_2021,
    "uefa-euro-2004-group-c": cp.rules.UEFA_EURO_2004,
    "uefa-euro-2016-group-f": cp.rules.UEFA_EURO_2016,
    "uefa-euro-2024-group-e": cp.rules.UEFA_EURO_2024,
    "uefa-europa-league-2022-23-group-f": cp.rules.UEFA_CHAMPIONS_LEAGUE_2021,
}

FIGURES = ("played", "won", "drawn", "lost", "goals_for", "goals_against", "points")


def load_case(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


CASES = sorted(TABLES.glob("*.toml"))


def build(case: dict[str, Any]) -> cp.Standings:
    matches = [
        cp.Match(
            home=match["home"],
            away=match["away"],
            score=cp.Score.parse(match["score"]),
            neutral=case["neutral"],
            date=match.get("date"),
            cards={
                team: cp.Cards(**cards)
                for team, cards in match.get("cards", {}).items()
            },
        )
        for match in case["matches"]
    ]
    teams = [row["team"] for row in case["table"]]
    rules = RULES[case["id"]]
    assert str(rules.points) == case["points"], (
        "the case and the preset disagree on points"
    )
    return cp.standings(
        teams,
        matches,
        rules,
        advance=case["advance"],
        lots=[tuple(lot["order"]) for lot in case.get("lots", [])],
    )


def test_every_case_has_a_preset_and_a_source() -> None:
    """Each table file names a source address and is mapped to a preset."""
    ids = {load_case(path)["id"] for path in CASES}

    assert set(RULES) == ids
    for path in CASES:
        assert load_case(path)["source"].startswith("https://"), path.name


@pytest.mark.parametrize("path", CASES, ids=[path.stem for path in CASES])
def test_published_table(path: Path) -> None:
    """The computed table equals the published one, row by row."""
    case = load_case(path)
    table = build(case)

    for published in case["table"]:
        position = published["position"]
        row = table.rows[position - 1]
        where = f"{case['id']} row {position}"
        assert published["team"] == row.team, (
            f"{where}: expected {published['team']!r}, got {row.team!r}"
        )
        for figure in FIGURES:
            expected, actual = published[figure], getattr(row, figure)
            assert expected == actual, (
                f"{where}: expected {row.team!r} {figure} {expected}, got {actual}"
            )
    assert table.level_teams == (), (
        f"{case['id']}: unexpected open ties {table.level_teams}"
    )


def explain(case_id: str) -> list[str]:
    case = load_case(TABLES / f"{case_id}.toml")
    return [str(separation) for separation in build(case).explain().separations]


def test_fair_play_separates_japan_and_senegal() -> None:
    """2018 Group H: the separation names fair play with the published -4 and -6."""
    assert "Japan above Senegal on fair play: -4 vs -6" in explain(
        "fifa-world-cup-2018-group-h"
    )


def test_head_to_head_goals_decide_euro_2004_group_c() -> None:
    """Euro 2004 Group C: Sweden 3, Denmark 2, Italy 1 head-to-head goals."""
    reasons = explain("uefa-euro-2004-group-c")

    assert any(
        reason.startswith("Sweden above Denmark on head-to-head goals for among")
        and reason.endswith(": 3 vs 2")
        for reason in reasons
    ), reasons
    assert any(
        reason.startswith("Denmark above Italy on head-to-head goals for among")
        and reason.endswith(": 2 vs 1")
        for reason in reasons
    ), reasons


def test_goals_scored_separate_italy_and_cameroon() -> None:
    """1982 Group 1, two points for a win: Italy above Cameroon on goals scored."""
    assert "Italy above Cameroon on goals for: 2 vs 1" in explain(
        "fifa-world-cup-1982-group-1"
    )


def test_goal_difference_separates_poland_and_mexico() -> None:
    """2022 Group C: Poland above Mexico on goal difference, 0 vs -1."""
    assert "Poland above Mexico on goal difference: 0 vs -1" in explain(
        "fifa-world-cup-2022-group-c"
    )


def test_euro_2024_group_e_applies_all_head_to_head_criteria_before_reapplying() -> (
    None
):
    """Romania above Belgium on goals among all four; re-applying to the pair first
    would have put Belgium (2-0 winners over Romania) on top."""
    assert any(
        reason.startswith("Romania above Belgium on head-to-head goals for among")
        and reason.endswith(": 4 vs 2")
        for reason in explain("uefa-euro-2024-group-e")
    )


def test_ireland_and_netherlands_without_the_recorded_lots_stay_level() -> None:
    """1990 Group F: without the recorded draw, the two teams share 2nd place."""
    case = load_case(TABLES / "fifa-world-cup-1990-group-f.toml")
    case = {**case, "lots": []}
    table = build(case)

    assert 1 == len(table.level_teams)
    assert {"Republic of Ireland", "Netherlands"} == set(table.level_teams[0].teams)
    assert cp.Need.DRAWING_OF_LOTS == table.level_teams[0].needs
    assert 2 == table.level_teams[0].position


def test_head_to_head_after_goals_scored_at_the_1994_world_cup() -> None:
    """1994, Groups E and F: level on points, goal difference and goals scored, the
    winner of the match between the two teams ranks higher."""
    assert (
        "Republic of Ireland above Italy on head-to-head points among Italy, "
        "Republic of Ireland: 3 vs 0"
    ) in explain("fifa-world-cup-1994-group-e")
    assert (
        "Netherlands above Saudi Arabia on head-to-head points among Netherlands, "
        "Saudi Arabia: 3 vs 0"
    ) in explain("fifa-world-cup-1994-group-f")


def test_overall_goal_difference_after_a_level_head_to_head_at_euro_2016() -> None:
    """Euro 2016 Group F: Hungary and Iceland drew 1-1; goal difference, +2 v +1."""
    assert "Hungary above Iceland on goal difference: +2 vs +1" in explain(
        "uefa-euro-2016-group-f"
    )


def test_away_goals_in_all_group_matches_put_benfica_above_psg() -> None:
    """2022-23 Group H: level on everything up to goals scored; away goals 9 v 6."""
    assert "Benfica above Paris Saint-Germain on away goals: 9 vs 6" in explain(
        "uefa-champions-league-2022-23-group-h"
    )
