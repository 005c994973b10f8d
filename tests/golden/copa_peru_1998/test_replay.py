"""Golden tests: the bundled 1997 and 1998 editions replay as their sources tell.

# Source: RSSSF, https://rsssf.org/tablesc/copaperu97.html (1997: Juan Aurich champion
#   after the first-place play-off; published rows 1-3).
# Source: Semanario Pasión (BLOG-IMI), Wikipedia (WIKI), DeChalaca (DCH-2011) and the
#   1999 top-flight pages (JM-1999, DA-1999), as cited in the edition file: I.M.I.
#   champions and the only team promoted; the final decided by an awarded shoot-out;
#   Region V's first place recorded for Cultural Hidro; Region VIII's Senati v Peñarol
#   not played; how the quarter-final I.M.I. v Cultural Hidro was settled not stated.
"""

from __future__ import annotations

import copaperu as cp


def test_1997_replays_to_the_published_table() -> None:
    """Juan Aurich champions after the play-off; rows 1-3 as published; nothing contradicts."""
    result = cp.replay(cp.load_edition("copa-peru-1997"))
    group = result.group("final-round-group")

    assert ("Juan Aurich", cp.competition.Provenance.COMPUTED) == (
        result.champion,
        result.champion_provenance,
    )
    assert ("Juan Aurich",) == result.promoted
    assert ["Juan Aurich", "U.P.A.O.", "Cultural Hidro"] == [
        p.team for p in group.places[:3]
    ]
    assert group.complete
    assert () == result.contradictions
    assert () == result.unknowns


def test_1998_champion_and_promoted_team_are_imi_computed_from_the_final() -> None:
    """I.M.I. are champions, computed from the final's legs and rulings; only they go up."""
    result = cp.replay(cp.load_edition("copa-peru-1998"))

    assert ("I.M.I.", cp.competition.Provenance.COMPUTED) == (
        result.champion,
        result.champion_provenance,
    )
    assert ("I.M.I.",) == result.promoted


def test_1998_final_is_decided_by_the_awarded_shootout() -> None:
    """Final: 4-4 on aggregate, I.M.I. through by a ruling, both rulings listed."""
    final = cp.replay(cp.load_edition("copa-peru-1998")).tie("final")

    assert final.outcome is not None
    assert cp.DecidedBy.RULING == final.outcome.decided_by
    assert cp.Score(4, 4) == final.outcome.aggregate
    assert {cp.Abandoned, cp.AwardedShootout} == {
        type(r) for r in final.outcome.rulings
    }
    assert "Coronel Bolognesi" == final.loser


def test_1998_recorded_facts_are_marked_recorded_with_their_source() -> None:
    """Region V's winner and the quarter-final I.M.I. v Hidro come from the record."""
    result = cp.replay(cp.load_edition("copa-peru-1998"))
    region_v = result.group("region-v").place(1)
    quarter = result.tie("qf-a")

    assert ("Cultural Hidro", cp.competition.Provenance.RECORDED, "WIKI") == (
        region_v.team,
        region_v.provenance,
        region_v.source,
    )
    assert quarter.outcome is not None
    assert quarter.outcome.winner is None
    assert ("I.M.I.", cp.competition.Provenance.RECORDED) == (
        quarter.winner,
        quarter.provenance,
    )


def test_1998_region_viii_unplayed_match_gives_no_points() -> None:
    """Senati v Peñarol carries a not-played ruling and counts for nothing."""
    edition = cp.load_edition("copa-peru-1998")
    group = next(g for _, g in edition.groups() if g.id == "region-viii")
    unplayed = [
        m for m in group.matches if any(isinstance(r, cp.NotPlayed) for r in m.rulings)
    ]

    assert 1 == len(unplayed)
    assert {"Senati", "Peñarol"} == set(unplayed[0].teams)
    assert cp.MatchStatus.NOT_PLAYED == cp.official_result(unplayed[0]).status


def test_1998_unknowns_name_what_they_block() -> None:
    """Region VI's winner is unknown, and the replay says it blocks its first place."""
    result = cp.replay(cp.load_edition("copa-peru-1998"))
    region_vi = [u for u in result.unknowns if u.id == "region-vi"]

    assert 1 == len(region_vi)
    assert (cp.competition.UnknownKind.RESULTS_MISSING, (1,)) == (
        region_vi[0].kind,
        region_vi[0].places,
    )
    assert str(region_vi[0]).endswith(" -- blocks its 1st place")
    assert (
        cp.competition.Provenance.UNKNOWN
        == result.group("region-vi").place(1).provenance
    )
    assert () == result.contradictions


def test_bundled_editions_round_trip() -> None:
    """Each bundled edition dumps and loads back equal."""
    for name in cp.available_editions():
        edition = cp.load_edition(name)

        assert edition == cp.loads(cp.dumps(edition)), name
