"""Golden test: UEFA Euro 2024, from its groups through the best third-placed teams
and the combination table to the round of 16.

Everything comes from ``sources/uefa-euro-2024.toml`` (openfootball, RSSSF,
Wikipedia and UEFA, each cited there): the 36 group matches, the published tables,
the ranking of the thirds, the 15 rows of the combination table and the round of
16's pairings (1B, 1C, 1E and 1F meet the thirds the table allocates; 2A v 2B,
1A v 2C, 2D v 2E, 1D v 2F). The edition is built here from those facts, then
replayed; what the replay computes is compared with what was played.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import copaperu as cp
from copaperu import competition as c

SOURCE = Path(__file__).parent / "sources" / "uefa-euro-2024.toml"
GROUPS = "ABCDEF"


@pytest.fixture(scope="module")
def case() -> dict[str, Any]:
    with SOURCE.open("rb") as handle:
        return tomllib.load(handle)


def place(p: int, group: str) -> c.Reference:
    return c.Reference(kind=c.ReferenceKind.PLACE, of=group.lower(), place=p)


def slot(name: str) -> c.Reference:
    return c.Reference(kind=c.ReferenceKind.SLOT, of="thirds", slot=name)


def build(case: dict[str, Any]) -> c.Edition:
    groups = []
    for letter in GROUPS:
        name = f"Group {letter}"
        table = next(t for t in case["tables"] if t["group"] == name)
        groups.append(
            c.Group(
                id=letter.lower(),
                name=name,
                rules="uefa-euro-2024",
                legs=1,
                advance=3,
                entrants=tuple(row["team"] for row in table["rows"]),
                matches=tuple(
                    cp.Match(
                        home=m["home"],
                        away=m["away"],
                        score=cp.Score.parse(m["score"]),
                        date=m["date"],
                        neutral=m["home"] != "Germany",
                    )
                    for m in case["matches"]
                    if m["round"] == name
                ),
            )
        )
    allocation = tuple(
        c.AllocationRow(
            groups=tuple(g.lower() for g in row["groups"]),
            slots=tuple(
                (name, third.removeprefix("3").lower())
                for name, third in row["slots"].items()
            ),
        )
        for row in case["combinations"]
    )
    thirds = c.PlaceRanking(
        id="thirds",
        name="Third-placed teams",
        rules="uefa-euro-2024-third-placed",
        place=3,
        groups=tuple(g.lower() for g in GROUPS),
        advance=4,
        allocation=allocation,
    )
    pairs = [
        (place(1, "B"), slot("1B")),
        (place(1, "C"), slot("1C")),
        (place(1, "E"), slot("1E")),
        (place(1, "F"), slot("1F")),
        (place(2, "A"), place(2, "B")),
        (place(1, "A"), place(2, "C")),
        (place(2, "D"), place(2, "E")),
        (place(1, "D"), place(2, "F")),
    ]
    round_of_16 = tuple(
        c.Tie(id=f"r16-{i}", rules="uefa-club-2021-knockout", entrants=pair)
        for i, pair in enumerate(pairs, start=1)
    )
    return c.Edition(
        id="uefa-euro-2024",
        name="UEFA Euro 2024",
        sources=tuple(
            c.Source(key=source["key"], url=source.get("url", ""))
            for source in case["sources"]
        ),
        stages=(
            c.Stage(
                id="groups",
                phases=(
                    c.Phase(id="group-stage", groups=tuple(groups), rankings=(thirds,)),
                ),
            ),
            c.Stage(id="knockout", phases=(c.Phase(id="r16", ties=round_of_16),)),
        ),
    )


def test_the_group_tables_are_the_published_ones(case: dict[str, Any]) -> None:
    """Every group's order, as published (Group F by head-to-head, Group C on
    disciplinary points: see below)."""
    result = cp.replay(build(case))

    for letter in "ABDEF":
        table = next(t for t in case["tables"] if t["group"] == f"Group {letter}")
        group = result.group(letter.lower())

        assert [row["team"] for row in table["rows"]] == [p.team for p in group.places]


def test_group_c_waits_for_the_cards_that_decided_it(case: dict[str, Any]) -> None:
    """Denmark and Slovenia are level on everything up to disciplinary points,
    which decided Group C; the record holds no cards, so 2nd and 3rd stay open."""
    group = cp.replay(build(case)).group("c")

    assert ["England", None, None, "Serbia"] == [p.team for p in group.places]


def test_the_thirds_the_combination_table_and_the_round_of_16(
    case: dict[str, Any],
) -> None:
    """With Group C's places given as UEFA decided them, the thirds are ranked as
    published, the qualifiers come from groups C, D, E and F, and the table puts
    them where they played: Spain v Georgia, England v Slovakia, Romania v
    Netherlands, Portugal v Slovenia; the other pairings follow from the places."""
    edition = build(case)
    table_c = next(t for t in case["tables"] if t["group"] == "Group C")
    decided = tuple(
        c.RecordedPlace(place=i, team=row["team"], source="UEFA_THROUGH")
        for i, row in enumerate(table_c["rows"], start=1)
    )
    edition = _with_recorded(edition, "c", decided)
    result = cp.replay(edition)
    ranking = result.stage("groups").ranking("thirds")
    played = {
        frozenset((m["home"], m["away"]))
        for m in case["matches"]
        if m["round"] == "Round of 16"
    }

    assert dict(ranking.slots) == {
        "1B": "Georgia",
        "1C": "Slovakia",
        "1E": "Netherlands",
        "1F": "Slovenia",
    }
    assert played == {frozenset(t.teams) for t in result.stage("knockout").ties}


def _with_recorded(
    edition: c.Edition, group_id: str, recorded: tuple[c.RecordedPlace, ...]
) -> c.Edition:
    import attrs

    stage = edition.stages[0]
    phase = stage.phases[0]
    groups = tuple(
        attrs.evolve(g, recorded=recorded) if g.id == group_id else g
        for g in phase.groups
    )
    stages = (
        attrs.evolve(stage, phases=(attrs.evolve(phase, groups=groups),)),
        *edition.stages[1:],
    )
    return attrs.evolve(edition, stages=stages)
