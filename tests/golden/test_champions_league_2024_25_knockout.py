"""Golden test: the 2024-25 UEFA Champions League knockout phase, from the
knockout phase play-offs through the bracket to the final.

From ``sources/uefa-champions-league-2024-25-knockout.toml`` (openfootball's
matches at a pinned commit, extra time and shoot-outs checked against match
reports; each tie's recorded winner; the bracket as the record has the winners
meeting, cited there). The league-phase top eight enter in the round of 16. Every
tie is decided by its legs under UEFA's rules from 2021-22 (no away goals; extra
time, then penalties), and each winner is the recorded one.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import copaperu as cp
from copaperu import competition as c

SOURCE = (
    Path(__file__).parent / "sources" / "uefa-champions-league-2024-25-knockout.toml"
)
ROUNDS = ("po", "r16", "qf", "sf", "final")


@pytest.fixture(scope="module")
def case() -> dict[str, Any]:
    with SOURCE.open("rb") as handle:
        return tomllib.load(handle)


def entrant(text: str) -> c.Entrant:
    if text.startswith("winner of "):
        return c.Reference(
            kind=c.ReferenceKind.WINNER, of=text.removeprefix("winner of ")
        )
    return text.split(" (")[0]


def legs(case: dict[str, Any], tie: str) -> tuple[cp.Match, ...]:
    played = sorted(
        (m for m in case["matches"] if m["tie"] == tie), key=lambda m: m.get("leg", 1)
    )
    return tuple(
        cp.Match(
            home=m["home"],
            away=m["away"],
            score=cp.Score.parse(m["score"]),
            extra_time=cp.Score.parse(m["extra_time"]) if "extra_time" in m else None,
            penalties=cp.Score.parse(m["penalties"]) if "penalties" in m else None,
            neutral=tie == "final",
            date=m["date"],
            venue=m.get("venue", ""),
        )
        for m in played
    )


def edition(case: dict[str, Any]) -> c.Edition:
    bracket = {b["tie"]: b["entrants"] for b in case["bracket"]}
    phases = []
    for prefix in ROUNDS:
        ties = [t for t in case["ties"] if t["tie"].split("-")[0] == prefix]
        phases.append(
            c.Phase(
                id=prefix,
                name=ties[0]["round"],
                ties=tuple(
                    c.Tie(
                        id=t["tie"],
                        rules="uefa-club-2021-knockout",
                        entrants=tuple(
                            entrant(e) for e in bracket.get(t["tie"], t["teams"])
                        ),
                        legs=legs(case, t["tie"]),
                    )
                    for t in ties
                ),
            )
        )
    return c.Edition(
        id="ucl-2024-25-knockout",
        name="2024-25 UEFA Champions League, knockout phase",
        stages=(c.Stage(id="knockout", phases=tuple(phases)),),
        champion=c.Reference(kind=c.ReferenceKind.WINNER, of="final"),
        placings=(
            c.Placing(
                place=2, team=c.Reference(kind=c.ReferenceKind.LOSER, of="final")
            ),
        ),
    )


def test_every_tie_is_won_by_its_recorded_winner(case: dict[str, Any]) -> None:
    """All 23 ties decided by their legs, each by the team the record names."""
    result = cp.replay(edition(case))

    assert {t["tie"]: t["winner"] for t in case["ties"]} == {
        tie.id: tie.winner for stage in result.stages for tie in stage.ties
    }
    assert {c.Provenance.COMPUTED} == {
        tie.provenance for stage in result.stages for tie in stage.ties
    }


def test_paris_saint_germain_win_and_inter_are_runners_up(case: dict[str, Any]) -> None:
    """The bracket carries the winners to the final: PSG 5-0 Inter in Munich."""
    result = cp.replay(edition(case))

    assert "Paris Saint-Germain FC" == result.champion
    assert ["FC Internazionale Milano"] == [p.team for p in result.placings]
    assert () == result.unknowns


def test_the_shoot_outs_and_extra_time_decide_what_they_decided(
    case: dict[str, Any],
) -> None:
    """Liverpool v PSG and Atlético v Real Madrid went to penalties; Inter beat
    Barcelona in extra time of the second leg."""
    result = cp.replay(edition(case))
    by_teams = {
        frozenset(tie.teams): tie.outcome.decided_by
        for stage in result.stages
        for tie in stage.ties
        if tie.outcome is not None
    }

    assert (
        cp.DecidedBy.PENALTIES
        is by_teams[frozenset(("Liverpool FC", "Paris Saint-Germain FC"))]
    )
    assert (
        cp.DecidedBy.PENALTIES
        is by_teams[frozenset(("Club Atlético de Madrid", "Real Madrid CF"))]
    )
    assert (
        cp.DecidedBy.EXTRA_TIME
        is by_teams[frozenset(("FC Internazionale Milano", "FC Barcelona"))]
    )
