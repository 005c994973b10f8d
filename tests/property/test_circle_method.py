"""Laws of the circle method: every pair meets once a leg, nobody plays twice a round."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import copaperu as cp


@given(st.integers(2, 12), st.sampled_from([1, 2]))
def test_circle_method_meets_every_pair_once_per_leg(size: int, legs: int) -> None:
    """Each ordered fixture appears once (double) or each pair once (single)."""
    teams = [f"T{i}" for i in range(size)]
    rounds = cp.competition.circle_method(teams, legs=legs)
    fixtures = [pair for rnd in rounds for pair in rnd]

    if legs == 2:
        assert {(a, b) for a in teams for b in teams if a != b} == set(fixtures)
    else:
        assert {frozenset((a, b)) for a in teams for b in teams if a < b} == {
            frozenset(pair) for pair in fixtures
        }
    assert size * (size - 1) // 2 * legs == len(fixtures)


@given(st.integers(2, 12), st.sampled_from([1, 2]))
def test_circle_method_no_team_plays_twice_in_a_round(size: int, legs: int) -> None:
    """Within a round every team appears at most once; rounds number n-1 or n a leg."""
    teams = [f"T{i}" for i in range(size)]
    rounds = cp.competition.circle_method(teams, legs=legs)

    for rnd in rounds:
        playing = [team for pair in rnd for team in pair]
        assert len(set(playing)) == len(playing)
    assert (size - 1 if size % 2 == 0 else size) * legs == len(rounds)
