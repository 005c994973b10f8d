"""Laws of editions: files round-trip exactly, and every edition replays."""

from __future__ import annotations

from hypothesis import given
from tests.property._editions import editions

import copaperu as cp


@given(editions())
def test_edition_load_dump_roundtrip(edition: cp.Edition) -> None:
    """Dumping an edition and loading the text back gives an equal edition."""
    assert edition == cp.load(cp.dump(edition))


@given(editions())
def test_every_generated_edition_replays(edition: cp.Edition) -> None:
    """The replay ends with a champion, or the unknowns say why it cannot."""
    result = edition.replay()

    if result.champion is None:
        assert result.unknowns
    else:
        assert result.champion in {team.name for team in edition.teams}
    assert len(result.stages) == len(edition.stages)
