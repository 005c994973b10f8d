"""Golden tests: the 1994 FIFA World Cup, groups to champion, as bundled.

From ``sources/fifa-world-cup-1994.toml`` (openfootball at a pinned commit, and
Wikipedia at fixed revisions, each cited there; nothing in it comes from
copaperu). The bundled edition ranks the six third-placed teams across their
groups, gives the best four their opponents by the regulations' allocation table
(the ``fifa-world-cup-1986`` preset), and carries the winners to the final.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import copaperu as cp
from copaperu import competition as c

SOURCES = Path(__file__).parent / "sources"
FIGURES = ("played", "won", "drawn", "lost", "goals_for", "goals_against", "points")


def load(name: str) -> dict[str, Any]:
    with (SOURCES / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


@pytest.fixture(scope="module")
def case() -> dict[str, Any]:
    return load("fifa-world-cup-1994")


@pytest.fixture(scope="module")
def result() -> c.EditionResult:
    return cp.replay(cp.load_edition("fifa-world-cup-1994"))


def test_every_group_is_its_published_table(
    case: dict[str, Any], result: c.EditionResult
) -> None:
    """Order and figures of the six published tables, including Group E's four
    teams on four points and goal difference 0 (Ireland above Italy on their
    match) and Group D's Bulgaria above Argentina on theirs."""
    for table in case["tables"]:
        group = result.group(f"group-{table['group'][-1].lower()}")
        assert group.standings is not None

        assert [row["team"] for row in table["rows"]] == list(group.standings.order)
        assert [[row[f] for f in FIGURES] for row in table["rows"]] == [
            [getattr(row, f) for f in FIGURES] for row in group.standings.rows
        ]


def test_the_thirds_are_ranked_as_published(
    case: dict[str, Any], result: c.EditionResult
) -> None:
    """Argentina, Belgium, USA, Italy through (USA above Italy on goals scored);
    Russia and South Korea out."""
    (ranking,) = result.stage("group-stage").rankings

    assert [row["team"] for row in case["third_placed"]["rows"]] == [
        p.team for p in ranking.places
    ]
    assert case["third_placed"]["advanced"] == [p.team for p in ranking.places[:4]]


def test_the_allocation_table_gives_the_round_of_16_that_was_played(
    case: dict[str, Any], result: c.EditionResult
) -> None:
    """Thirds from A, D, E and F: 1A v 3D, 1B v 3A, 1C v 3F, 1D v 3E, so Romania
    met Argentina, Brazil the USA, Germany Belgium and Nigeria Italy."""
    ties = [t for t in result.stage("knockout-stage").ties if t.id.startswith("r16")]

    assert [(b["home"], b["away"]) for b in case["bracket"]] == [t.teams for t in ties]


def test_the_later_rounds_are_the_matches_of_the_record(
    case: dict[str, Any], result: c.EditionResult
) -> None:
    """Each knockout tie, resolved from the winners before it, is a match the
    record has, and its winner went on."""
    played = {
        frozenset((m["home"], m["away"]))
        for m in case["matches"]
        if not m["round"].startswith("Group")
    }
    ties = result.stage("knockout-stage").ties

    assert 16 == len(ties)
    assert played == {frozenset(t.teams) for t in ties}
    assert () == result.contradictions
    assert () == result.unknowns


def test_brazil_champions_on_penalties_and_the_placings(
    case: dict[str, Any], result: c.EditionResult
) -> None:
    """Brazil 0-0 Italy, 3-2 on penalties; Sweden beat Bulgaria for third."""
    final = result.tie("final")

    assert final.outcome is not None
    assert cp.DecidedBy.PENALTIES is final.outcome.decided_by
    assert [p["team"] for p in case["placings"]] == [
        result.champion,
        *(p.team for p in result.placings),
    ]
    assert [p["position"] for p in case["placings"]][1:] == [
        p.place for p in result.placings
    ]


@pytest.mark.parametrize(
    ("preset", "source", "key"),
    [
        ("fifa-world-cup-1986", "fifa-world-cup-1994", "combinations"),
        ("uefa-euro-2016", "uefa-euro-2024", "combinations_2016"),
        ("uefa-euro-2024", "uefa-euro-2024", "combinations"),
    ],
)
def test_each_allocation_preset_is_the_published_table(
    preset: str, source: str, key: str
) -> None:
    """The shipped tables, row by row, are the ones the sources reproduce."""
    table = c.allocation_preset(preset)
    sourced = load(source)[key]

    assert 15 == len(sourced) == len(table.rows)
    for row in sourced:
        assert {slot: third[1] for slot, third in row["slots"].items()} == dict(
            table.row_for(row["groups"]).slots
        )
