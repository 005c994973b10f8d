"""Laws of the replay, over generated editions of every format the strategies draw
(round robins and listed schedules, rankings across groups with allocation tables,
two-legged and one-match ties, placings)."""

from __future__ import annotations

from hypothesis import given

import copaperu as cp
from copaperu import strategies
from copaperu.competition import Provenance, UnknownKind


@given(strategies.editions())
def test_no_unknown_blocks_what_was_computed(edition: cp.competition.Edition) -> None:
    """An unknown that says it blocks something never sits beside that thing
    computed: a tie's winner, a group's or a ranking's places or table, the
    champion."""
    result = cp.replay(edition)
    outcomes: list[cp.competition.GroupResult | cp.competition.RankingResult] = []
    for stage in result.stages:
        outcomes += stage.groups
        outcomes += stage.rankings
    places = {
        (outcome.id, placed.place): placed.provenance
        for outcome in outcomes
        for placed in outcome.places
    }
    tables = {outcome.id: outcome.standings for outcome in outcomes}
    ties = {tie.id: tie for stage in result.stages for tie in stage.ties}

    for unknown in result.unknowns:
        if not unknown.is_blocking:
            continue
        if unknown.kind is UnknownKind.CHAMPION:
            assert result.champion is None
        elif unknown.kind in {
            UnknownKind.TIE_ENTRANT,
            UnknownKind.UNDECIDED,
            UnknownKind.NO_LEG,
        }:
            assert ties[unknown.id].provenance is not Provenance.COMPUTED, unknown
        elif unknown.kind in {UnknownKind.GROUP_ENTRANT, UnknownKind.RANKING_ENTRANT}:
            assert tables[unknown.id] is None, unknown
        else:
            for place in unknown.places:
                assert places[(unknown.id, place)] is not Provenance.COMPUTED, unknown


@given(strategies.editions())
def test_every_qualifier_of_a_ranking_takes_exactly_one_slot(
    edition: cp.competition.Edition,
) -> None:
    """Where a ranking's allocation table gives its slots, the teams in the slots
    are its qualifiers, each in one slot."""
    result = cp.replay(edition)
    for stage in result.stages:
        for ranking in stage.rankings:
            teams = [team for _, team in ranking.slots]
            if not teams or None in teams:
                continue
            (source,) = [r for _, r in edition.rankings() if r.id == ranking.id]
            table = ranking.standings
            assert table is not None
            qualifiers = {
                row.team for row in table.rows if row.position <= source.advance
            }

            assert len(teams) == len(set(teams))
            assert qualifiers == set(teams)
