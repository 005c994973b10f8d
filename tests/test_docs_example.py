"""The documentation's example edition loads, round-trips and replays as worked out by hand."""

from __future__ import annotations

from pathlib import Path

import copaperu as cp

EXAMPLE = Path(__file__).parent.parent / "docs" / "reference" / "example-cup.toml"


def test_example_loads_and_round_trips() -> None:
    """The example file loads, and dumping it loads back equal."""
    edition = cp.load(EXAMPLE)

    assert "example-cup" == edition.id
    assert edition == cp.load(cp.dump(edition))


def test_example_replays_to_its_champion() -> None:
    """Group A 1-2-3 on points and goal difference; Pumas clinch Group B; the final."""
    result = cp.load(EXAMPLE).replay()
    group_a = result.group("group-a")
    group_b = result.group("group-b")

    # Group A: Alpacas 6 pts; Condors 1 pt (1-3 goals) above Llamas 1 pt (1-4).
    assert ["Alpacas", "Condors", "Llamas"] == [p.team for p in group_a.places]
    assert group_a.complete
    # Group B: Pumas have 6 points with one match left between the other two, who can
    # reach 3 at most: first place is certain. Second is recorded; third unknown.
    assert ("Pumas", cp.Provenance.COMPUTED) == (
        group_b.place(1).team,
        group_b.place(1).provenance,
    )
    assert ("Vicuñas", cp.Provenance.RECORDED) == (
        group_b.place(2).team,
        group_b.place(2).provenance,
    )
    assert cp.Provenance.UNKNOWN == group_b.place(3).provenance
    # Semi-finals: Alpacas 3-1 on aggregate; Condors on penalties after extra time.
    semi = result.tie("sf-1").outcome
    assert semi is not None
    assert ("Alpacas", cp.DecidedBy.AGGREGATE) == (semi.winner, semi.decided_by)
    assert "Condors" == result.tie("sf-2").winner
    assert ("Alpacas", cp.Provenance.COMPUTED) == (
        result.champion,
        result.champion_provenance,
    )
    assert ("Alpacas", "Condors") == result.promoted
    assert () == result.contradictions
