"""Laws of the replay, over generated editions of every format the strategies draw
(round robins and listed schedules, rankings across groups with allocation tables,
two-legged and one-match ties with replays, pots, placings), and of the shipped
allocation tables."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


@pytest.mark.parametrize("name", cp.competition.allocation_preset_names())
def test_every_combination_of_a_shipped_table_fills_each_slot_once(name: str) -> None:
    """Each row of each shipped allocation table, one per combination of the
    groups, gives each of its groups exactly one slot and fills every slot."""
    table = cp.competition.allocation_preset(name)
    combinations = set(itertools.combinations(table.letters, table.advance))
    slots = sorted(slot for slot, _ in table.rows[0].slots)

    assert combinations == {tuple(sorted(row.groups)) for row in table.rows}
    for row in table.rows:
        assert sorted(row.groups) == sorted(group for _, group in row.slots)
        assert slots == sorted(slot for slot, _ in row.slots)


def _six_groups_of_three(
    scores: list[tuple[int, int]], preset: str
) -> cp.competition.Edition:
    """Six groups of three from *scores* (three matches each), the best four
    thirds into slots of *preset*, and a round of ties: each slot against the
    winner of a group."""
    c = cp.competition
    letters = "abcdef"
    groups = []
    for g, letter in enumerate(letters):
        teams = tuple(f"{letter}{n}" for n in range(1, 4))
        pairs = [(teams[0], teams[1]), (teams[0], teams[2]), (teams[1], teams[2])]
        groups.append(
            c.Group(
                id=letter,
                rules="fifa-world-cup-1994",
                legs=1,
                advance=3,
                entrants=teams,
                matches=tuple(
                    cp.Match(home=h, away=a, score=cp.Score(*scores[3 * g + i]))
                    for i, (h, a) in enumerate(pairs)
                ),
            )
        )
    ranking = c.PlaceRanking(
        id="thirds",
        rules="fifa-world-cup-1994",
        place=3,
        groups=tuple(letters),
        advance=4,
        allocation_preset=preset,
    )
    ties = tuple(
        c.Tie(
            id=f"t{i}",
            rules="uefa-club-2021-knockout",
            entrants=(
                c.Reference(kind=c.ReferenceKind.PLACE, of=letters[i], place=1),
                c.Reference(kind=c.ReferenceKind.SLOT, of="thirds", slot=slot),
            ),
        )
        for i, slot in enumerate(ranking.slot_names())
    )
    return c.Edition(
        id="cup",
        name="Cup",
        stages=(
            c.Stage(
                id="s",
                phases=(
                    c.Phase(id="groups", groups=tuple(groups), rankings=(ranking,)),
                    c.Phase(id="round", ties=ties),
                ),
            ),
        ),
    )


@given(
    st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), min_size=18, max_size=18),
    st.sampled_from(cp.competition.allocation_preset_names()),
)
def test_the_thirds_take_one_slot_each_whichever_groups_they_come_from(
    scores: list[tuple[int, int]], preset: str
) -> None:
    """Whatever the results, once the four best thirds are known each plays
    exactly one of the round's ties, against a group winner; while they are not
    known (level on every criterion up to lots) no slot is filled."""
    result = cp.replay(_six_groups_of_three(scores, preset))
    ranking = result.stage("s").ranking("thirds")
    slotted = [team for _, team in ranking.slots]
    if None in slotted:
        assert all(team is None for team in slotted)
        return
    assert ranking.standings is not None
    qualifiers = {row.team for row in ranking.standings.rows if row.position <= 4}
    played = [team for tie in result.stage("s").ties for team in tie.teams[1:]]

    assert qualifiers == set(slotted)
    assert sorted(qualifiers) == sorted(t for t in played if t is not None)
