"""Golden test: the 2018 FIFA World Cup knockout stage, to its final placings.

From ``sources/fifa-world-cup-2018.toml`` (openfootball and Wikipedia at fixed
revisions, cited there). Every tie's teams are the ones the record has playing it;
the third-place match is between the losers of the semi-finals and the final
between their winners, as references. The published placings are France, Croatia,
Belgium, England.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import copaperu as cp
from copaperu import competition as c
from copaperu._render import render_replay

SOURCE = Path(__file__).parent / "sources" / "fifa-world-cup-2018.toml"
ROUNDS = ("Round of 16", "Quarter-finals", "Semi-finals")


@pytest.fixture(scope="module")
def case() -> dict[str, Any]:
    with SOURCE.open("rb") as handle:
        return tomllib.load(handle)


def match(m: dict[str, Any]) -> cp.Match:
    return cp.Match(
        home=m["home"],
        away=m["away"],
        score=cp.Score.parse(m["score"]),
        extra_time=cp.Score.parse(m["extra_time"]) if "extra_time" in m else None,
        penalties=cp.Score.parse(m["penalties"]) if "penalties" in m else None,
        neutral=m["home"] != "Russia",
        date=m["date"],
        label=m["round"],
    )


def edition(case: dict[str, Any]) -> c.Edition:
    phases = []
    for name in ROUNDS:
        played = [m for m in case["matches"] if m["round"] == name]
        phases.append(
            c.Phase(
                id=name.lower().replace(" ", "-"),
                name=name,
                ties=tuple(
                    c.Tie(
                        id=f"{name.lower().replace(' ', '-')}-{i}",
                        rules="fifa",
                        entrants=(m["home"], m["away"]),
                        legs=(match(m),),
                    )
                    for i, m in enumerate(played, start=1)
                ),
            )
        )
    (third,) = [m for m in case["matches"] if m["round"] == "Third place"]
    (final,) = [m for m in case["matches"] if m["round"] == "Final"]
    loser = c.ReferenceKind.LOSER
    winner = c.ReferenceKind.WINNER
    phases.append(
        c.Phase(
            id="finals",
            name="Third place and final",
            ties=(
                c.Tie(
                    id="third-place",
                    rules="fifa",
                    entrants=(
                        c.Reference(kind=loser, of="semi-finals-1"),
                        c.Reference(kind=loser, of="semi-finals-2"),
                    ),
                    legs=(match(third),),
                ),
                c.Tie(
                    id="final",
                    rules="fifa",
                    entrants=(
                        c.Reference(kind=winner, of="semi-finals-1"),
                        c.Reference(kind=winner, of="semi-finals-2"),
                    ),
                    legs=(match(final),),
                ),
            ),
        )
    )
    return c.Edition(
        id="fifa-world-cup-2018",
        name="2018 FIFA World Cup, knockout stage",
        tie_rules=(
            c.NamedTieRules(
                name="fifa", rules=cp.TieRules(extra_time=True, penalties=True)
            ),
        ),
        stages=(c.Stage(id="knockout", phases=tuple(phases)),),
        champion=c.Reference(kind=winner, of="final"),
        placings=(
            c.Placing(place=2, team=c.Reference(kind=loser, of="final")),
            c.Placing(place=3, team=c.Reference(kind=winner, of="third-place")),
            c.Placing(place=4, team=c.Reference(kind=loser, of="third-place")),
        ),
    )


def test_the_final_placings_are_the_published_ones(case: dict[str, Any]) -> None:
    """Champion France; Croatia 2nd, Belgium 3rd, England 4th, all computed."""
    result = cp.replay(edition(case))
    published = [p["team"] for p in case["placings"]]

    assert published[0] == result.champion
    assert published[1:] == [p.team for p in result.placings]
    assert {cp.competition.Provenance.COMPUTED} == {
        p.provenance for p in result.placings
    }


def test_the_placings_are_printed_and_in_the_data(case: dict[str, Any]) -> None:
    """The text ends with the placings and the champion; the final and the
    third-place match say "Winner", not "Through"; the JSON holds the placings."""
    result = cp.replay(edition(case))
    text = cp.to_data(result)
    lines = render_replay(result).splitlines()

    assert [
        "Final placings:",
        "  2nd: Croatia (computed)",
        "  3rd: Belgium (computed)",
        "  4th: England (computed)",
        "Champion: France (computed)",
    ] == lines[-5:]
    assert "Winner: France (computed)" in lines
    assert "Through: France (computed)" in lines  # the semi-final sent France on
    assert [2, 3, 4] == [p["place"] for p in text["placings"]]


def test_placings_are_written_to_files(case: dict[str, Any]) -> None:
    """``[[placings]]`` read back equal."""
    assert edition(case) == cp.loads(cp.dumps(edition(case)))
