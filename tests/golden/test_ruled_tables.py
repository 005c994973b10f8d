"""Golden test: a real table changed by rulings, official and as played.

# Source: UEFA Euro 2016 qualifying Group I (see ``rulings/*.toml`` for every
# address). Serbia v Albania (14 Oct 2014) was abandoned at 0-0 after 41 minutes;
# CAS (10 July 2015) awarded Albania a 3-0 win and upheld UEFA's 3-point deduction
# for Serbia. The figures checked below are the source's: the official final table,
# the standing right after CAS ("Albania will now be level on 10 points with
# second-place Denmark ... Serbia will now be last, with minus two points"), and
# Serbia's "7 [points] earned on the pitch in their other matches".
"""

from __future__ import annotations

import datetime
import tomllib
from pathlib import Path
from typing import Any

import copaperu as cp

CASE = Path(__file__).parent / "rulings" / "uefa-euro-2016-qualifying-group-i.toml"
# UEFA Euro 2016 qualifying ranked level teams as the Champions League did in
# 2018-21 (head-to-head points, goal difference, goals, away goals, re-applied);
# no two teams were level in this group's final table.
RULES = cp.rules.UEFA_CHAMPIONS_LEAGUE_2019


def load() -> dict[str, Any]:
    with CASE.open("rb") as handle:
        return tomllib.load(handle)


def rulings(match: dict[str, Any]) -> tuple[cp.Ruling, ...]:
    found: list[cp.Ruling] = []
    if "abandoned" in match:
        data = match["abandoned"]
        declared = cp.Score.parse(data["declared"]) if "declared" in data else None
        found.append(
            cp.Abandoned(
                minute=data.get("minute"), declared=declared, reason=data["reason"]
            )
        )
    if "forfeit" in match:
        data = match["forfeit"]
        found.append(
            cp.Forfeit(
                awarded_to=data["awarded_to"],
                score=cp.Score.parse(data["score"]) if "score" in data else None,
                reason=data.get("reason", ""),
                body=data.get("body", ""),
                decided=data.get("date"),
            )
        )
    return tuple(found)


def build(
    *, apply_rulings: bool = True, until: datetime.date | None = None
) -> cp.Standings:
    case = load()
    matches = [
        cp.Match(
            home=m["home"],
            away=m["away"],
            score=cp.Score.parse(m["score"]) if "score" in m else None,
            date=m["date"],
            rulings=rulings(m),
        )
        for m in case["matches"]
    ]
    if until is not None:
        matches = [m for m in matches if m.date is not None and m.date <= until]
    deductions = [
        cp.PointsDeduction(team=d["team"], points=d["points"], reason=d["reason"])
        for d in case["deductions"]
    ]
    teams = [row["team"] for row in case["table"]]
    return cp.standings(
        teams,
        matches,
        RULES,
        advance=case["advance"],
        adjustments=deductions,
        apply_rulings=apply_rulings,
    )


def test_official_table_is_the_published_one() -> None:
    """With the forfeit and the deduction, every published row is reproduced."""
    table = build()

    for published in load()["table"]:
        row = table.rows[published["position"] - 1]
        figures = (
            "team",
            "played",
            "won",
            "drawn",
            "lost",
            "goals_for",
            "goals_against",
            "points",
        )
        expected = tuple(published[f] for f in figures)
        actual = tuple(getattr(row, f) for f in figures)
        assert expected == actual, (
            f"row {published['position']}: expected {expected}, got {actual}"
        )


def test_rows_changed_by_rulings_say_so() -> None:
    """Serbia's row lists the abandonment, the forfeit and the deduction; Portugal's none."""
    table = build()
    serbia = table.row("Serbia")

    assert 3 == serbia.deducted
    assert {cp.Abandoned, cp.Forfeit, cp.PointsDeduction} == {
        type(r) for r in serbia.rulings
    }
    assert {cp.Abandoned, cp.Forfeit} == {type(r) for r in table.row("Albania").rulings}
    assert () == table.row("Portugal").rulings


def test_standing_right_after_the_cas_ruling() -> None:
    """10 July 2015: Albania level on 10 points with Denmark; Serbia last on -2."""
    table = build(until=datetime.date(2015, 7, 10))

    assert 10 == table.row("Albania").points
    assert 10 == table.row("Denmark").points
    assert "Serbia" == table.order[-1]
    assert -2 == table.row("Serbia").points


def test_as_played_the_abandoned_match_counts_at_its_on_field_score() -> None:
    """As played: Serbia 7 points from the other matches plus a 0-0 draw, no deduction."""
    official = build()
    as_played = build(apply_rulings=False)

    assert 8 == as_played.row("Serbia").points
    assert 0 == as_played.row("Serbia").deducted
    assert 14 - 3 + 1 == as_played.row("Albania").points
    assert 8 == as_played.row("Serbia").played == official.row("Serbia").played
    assert "Serbia" == as_played.order[3] == official.order[3]
