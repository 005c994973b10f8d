"""Golden tests: real two-legged ties, typed in from their published sources.

Each case is a TOML file in ``ties/`` with its ``source`` address, both legs (and
the play-off, if any), the winner and what decided the tie, all from the source.
This module says which copaperu tie-rules preset each competition used.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import copaperu as cp

TIES = Path(__file__).parent / "ties"
CASES = sorted(TIES.glob("*.toml"))

RULES: dict[str, cp.TieRules] = {
    "copa-conmebol-1994-final-sao-paulo-penarol": cp.rules.CONMEBOL_LIBERTADORES_1998_KNOCKOUT,
    "copa-libertadores-1976-final-cruzeiro-river-plate": cp.rules.CONMEBOL_LIBERTADORES_1987_KNOCKOUT,
    "copa-libertadores-1987-final-america-penarol": cp.rules.CONMEBOL_LIBERTADORES_1987_KNOCKOUT,
    "copa-libertadores-1994-final-velez-sao-paulo": cp.rules.CONMEBOL_LIBERTADORES_1998_KNOCKOUT,
    "copa-libertadores-1994-r16-junior-colo-colo": cp.rules.CONMEBOL_LIBERTADORES_1998_KNOCKOUT,
    "copa-libertadores-1994-sf-sao-paulo-olimpia": cp.rules.CONMEBOL_LIBERTADORES_1998_KNOCKOUT,
    "european-cup-1961-62-qf-juventus-real-madrid": cp.rules.EUROPEAN_CUP_1961_KNOCKOUT,
    "uefa-champions-league-2006-07-sf-chelsea-liverpool": cp.rules.UEFA_CLUB_2019_KNOCKOUT,
    "uefa-champions-league-2014-15-r16-psg-chelsea": cp.rules.UEFA_CLUB_2019_KNOCKOUT,
    "uefa-champions-league-2018-19-sf-ajax-tottenham": cp.rules.UEFA_CLUB_2019_KNOCKOUT,
    "uefa-champions-league-2024-25-r16-psg-liverpool": cp.rules.UEFA_CLUB_2021_KNOCKOUT,
}


def load(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def to_match(data: dict[str, Any]) -> cp.Match:
    def score(key: str) -> cp.Score | None:
        return cp.Score.parse(data[key]) if key in data else None

    return cp.Match(
        home=data["home"],
        away=data["away"],
        score=score("score"),
        extra_time=score("extra_time"),
        penalties=score("penalties"),
        neutral=data.get("neutral", False),
        date=data.get("date"),
    )


def decide(case: dict[str, Any], rules: cp.TieRules | None = None) -> cp.TieOutcome:
    first, second = (to_match(leg) for leg in case["legs"])
    playoff = to_match(case["playoff"]) if "playoff" in case else None
    return cp.decide_tie(first, second, rules or RULES[case["id"]], playoff=playoff)


def test_every_case_has_a_preset_and_a_source() -> None:
    """Each tie file names a source address and is mapped to a preset."""
    assert set(RULES) == {load(path)["id"] for path in CASES}
    for path in CASES:
        assert load(path)["source"].startswith(("https://", "http://")), path.name


@pytest.mark.parametrize("path", CASES, ids=[path.stem for path in CASES])
def test_published_tie(path: Path) -> None:
    """The computed winner and deciding criterion are the published ones."""
    case = load(path)
    outcome = decide(case)

    assert (case["winner"], case["decided_by"]) == (
        outcome.winner,
        outcome.decided_by,
    ), (
        f"{case['id']}: expected {case['winner']} by {case['decided_by']}, got "
        f"{outcome.winner} by {outcome.decided_by}\n{outcome.explain()}"
    )


def case(name: str) -> dict[str, Any]:
    return load(TIES / f"{name}.toml")


def test_aggregate_would_have_given_the_1987_final_to_america() -> None:
    """1987: América led 3-2 on aggregate; on the points basis, Peñarol won the play-off."""
    final = case("copa-libertadores-1987-final-america-penarol")
    on_points = decide(final)
    on_aggregate = decide(final, cp.rules.UEFA_CLUB_2021_KNOCKOUT)

    assert cp.Score(3, 2) == on_points.aggregate
    assert "América de Cali" == on_aggregate.winner
    assert cp.DecidedBy.AGGREGATE == on_aggregate.decided_by
    assert "Peñarol" == on_points.winner


def test_away_goals_did_not_count_in_the_1994_libertadores() -> None:
    """1994: Olimpia had the only away goal and still lost on penalties."""
    semi = case("copa-libertadores-1994-sf-sao-paulo-olimpia")
    with_away_goals = cp.TieRules(basis="points", away_goals=True, extra_time=False)

    assert "São Paulo" == decide(semi).winner
    with pytest.raises(
        cp.RuleError,
        match="a shoot-out recorded, but the tie was decided on away goals",
    ):
        decide(semi, with_away_goals)


def test_extra_time_away_goal_is_explained() -> None:
    """PSG 2014-15: level after extra time; the explanation shows the away goals after it."""
    outcome = decide(case("uefa-champions-league-2014-15-r16-psg-chelsea"))

    assert "after extra time: Paris Saint-Germain 3-3 Chelsea" in outcome.explain()
    assert (
        "away goals after extra time: Paris Saint-Germain 2, Chelsea 1"
        in outcome.explain()
    )


def test_swapping_the_legs_order_of_naming_swaps_nothing_but_the_aggregate() -> None:
    """Naming the teams the other way round (the legs given as played) keeps the winner."""
    tie = case("uefa-champions-league-2018-19-sf-ajax-tottenham")
    first, second = (to_match(leg) for leg in tie["legs"])
    outcome = cp.decide_tie(first, second, cp.rules.UEFA_CLUB_2019_KNOCKOUT)

    assert cp.Score(3, 3) == outcome.aggregate
    assert ("Tottenham Hotspur", "Ajax") == outcome.teams
    assert "Ajax" == outcome.loser


def test_without_away_goals_the_2025_tie_went_to_extra_time_and_penalties() -> None:
    """2024-25: one away win each, 1-1; no away goals rule, so extra time, then the
    shoot-out, which Paris Saint-Germain won 4-1."""
    outcome = decide(case("uefa-champions-league-2024-25-r16-psg-liverpool"))

    assert "away goals" not in outcome.explain()
    assert "penalties: Paris Saint-Germain 4-1 Liverpool" in outcome.explain()
