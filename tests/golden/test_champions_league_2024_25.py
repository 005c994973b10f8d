"""Golden tests: the 2024-25 UEFA Champions League, league phase to final, as bundled.

From ``league_phase/uefa-champions-league-2024-25.toml`` (the 144 league-phase
matches) and ``sources/uefa-champions-league-2024-25-knockout.toml`` (the 45
knockout matches, the league-phase places of the 24 clubs that went on as the
play-off draw's reports published them, and the regulations' pairs of places);
nothing in them comes from copaperu. The bundled edition computes the league
table from the matches, wires places 9-24 into the play-offs and 1-8 into the
round of 16, and checks the draw's pots against the ties.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import attrs
import pytest

import copaperu as cp
from copaperu import competition as c

SOURCE = (
    Path(__file__).parent / "sources" / "uefa-champions-league-2024-25-knockout.toml"
)


@pytest.fixture(scope="module")
def case() -> dict[str, Any]:
    with SOURCE.open("rb") as handle:
        return tomllib.load(handle)


@pytest.fixture(scope="module")
def result() -> c.EditionResult:
    return cp.replay(cp.load_edition("uefa-champions-league-2024-25"))


def test_the_league_table_puts_the_24_clubs_where_the_draw_had_them(
    case: dict[str, Any], result: c.EditionResult
) -> None:
    """Places 1-24 computed from the 144 matches are the published ones (1-8 as
    the round-of-16 seeds, 9-24 as the play-off draw's), and nothing in the
    record contradicts the replay."""
    league = result.group("league-phase")
    computed = {p.place: p.team for p in league.places}

    assert {p["position"]: p["team"] for p in case["league_positions"]} == {
        n: computed[n] for n in range(1, 25)
    }
    assert {c.Provenance.COMPUTED} == {p.provenance for p in league.places}
    assert () == result.contradictions
    assert () == result.unknowns


def test_the_play_off_pots_are_the_regulations_pairs(
    case: dict[str, Any], result: c.EditionResult
) -> None:
    """Each pot holds the two clubs of its pair of places, and every tie drew a
    seeded pair against its unseeded pair (9/10 v 23/24, ...): no pot
    contradiction."""
    by_place = {p["position"]: p["team"] for p in case["league_positions"]}
    pots = {pot.id: pot.teams for pot in result.stage("knockout-phase").pots}

    for pair in case["play_off_pairs"]:
        for places in (pair["seeded"], pair["unseeded"]):
            assert (
                tuple(by_place[n] for n in places) == pots[f"{places[0]}-{places[1]}"]
            )
    assert tuple(by_place[n] for n in range(1, 9)) == pots["top-eight"]


def test_every_tie_goes_to_its_recorded_winner_and_psg_win(
    case: dict[str, Any], result: c.EditionResult
) -> None:
    """All 23 ties, from the play-offs to PSG 5-0 Inter in Munich."""
    ties = {t.id: t for t in result.stage("knockout-phase").ties}

    assert {t["tie"]: t["winner"] for t in case["ties"]} == {
        tie_id: tie.winner for tie_id, tie in ties.items()
    }
    assert "Paris Saint-Germain FC" == result.champion
    assert [(2, "FC Internazionale Milano")] == [
        (p.place, p.team) for p in result.placings
    ]


def test_a_tie_against_the_pots_is_a_contradiction() -> None:
    """Had the regulations paired 9th or 10th with 21st or 22nd, the real draw
    would break them: with pots 9-10 and 11-12 swapping opponents, the four ties
    of those pots (Atalanta, Dortmund, Real Madrid, Bayern) are contradictions."""
    edition = cp.load_edition("uefa-champions-league-2024-25")
    knockout = edition.stages[1]
    play_offs = knockout.phases[0]
    swapped = {"9-10": ("21-22",), "21-22": ("9-10",), "11-12": ("23-24",)}
    pots = tuple(
        attrs.evolve(pot, against=swapped.get(pot.id, pot.against))
        for pot in play_offs.pots
    )
    changed = attrs.evolve(
        edition,
        stages=(
            edition.stages[0],
            attrs.evolve(
                knockout,
                phases=(attrs.evolve(play_offs, pots=pots), *knockout.phases[1:]),
            ),
        ),
    )
    found = cp.replay(changed).contradictions

    assert {c.ContradictionKind.POT_PAIRING} == {f.kind for f in found}
    assert {"po-2", "po-4", "po-5", "po-7"} == {f.id for f in found}
    assert (
        "po-5: ['Atalanta BC', 'Club Brugge KV'] are from pots 9-10 and 23-24, "
        "not drawn against each other"
    ) in [str(f) for f in found]
