"""What a team needs agrees with ranking every outcome by brute force.

On generated small groups (3-4 teams, a single round robin with 1-3 matches left,
the others played with scores 0-3) and under every table preset (and a chain that
does not start with points), :func:`copaperu._needs.needs_from_rows` must say, for
every assignment of scores up to *max_goals* to the remaining matches, the fate
that :func:`copaperu.rank_rows` gives the team there: finishing within the target,
level across it, or below it.
"""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

import copaperu as cp
from copaperu import tiebreak
from copaperu.simulate import Fate, Needs, needs_from_rows

TEAMS = ["Alpacas", "Condors", "Llamas", "Vicuñas"]
GOAL_DIFFERENCE_FIRST = cp.TableRules(
    tiebreakers=(tiebreak.goal_difference(), tiebreak.points(), tiebreak.goals_for())
)
RULES = [
    *(cp.rules.table_preset(name) for name in cp.rules.table_preset_names()),
    GOAL_DIFFERENCE_FIRST,
]

Fixture = tuple[str, str]


@st.composite
def groups(
    draw: st.DrawFn,
) -> tuple[list[str], list[cp.Row], list[Fixture], cp.TableRules, str, int]:
    """A group part-way through, its rules, a team and a target place."""
    teams = TEAMS[: draw(st.integers(3, 4))]
    fixtures: list[Fixture] = [
        (home, away) if draw(st.booleans()) else (away, home)
        for home, away in itertools.combinations(teams, 2)
    ]
    left = draw(st.integers(1, 3))
    remaining = draw(st.permutations(fixtures))[:left]
    played: list[cp.Row] = [
        (home, away, draw(st.integers(0, 3)), draw(st.integers(0, 3)))
        for home, away in fixtures
        if (home, away) not in remaining
    ]
    rules = draw(st.sampled_from(RULES))
    team = draw(st.sampled_from(teams))
    target = draw(st.integers(1, len(teams)))
    return teams, played, remaining, rules, team, target


def brute_force(
    teams: list[str],
    rows: list[cp.Row],
    rules: cp.TableRules,
    team: str,
    target: int,
) -> Fate:
    """The team's fate, read off the places rank_rows gives."""
    first = 1
    for block in cp.rank_rows(teams, rows, rules):
        last = first + len(block) - 1
        if team in block:
            if last <= target:
                return Fate.QUALIFIES
            return Fate.ELIMINATED if first > target else Fate.LEVEL
        first = last + 1
    raise AssertionError(team)


def outcomes(remaining: list[Fixture], max_goals: int) -> list[list[cp.Row]]:
    """Every assignment of scores up to *max_goals* to the remaining matches."""
    goals = range(max_goals + 1)
    scores = list(itertools.product(goals, goals))
    return [
        [
            (home, away, h, a)
            for (home, away), (h, a) in zip(remaining, chosen, strict=True)
        ]
        for chosen in itertools.product(scores, repeat=len(remaining))
    ]


def needs_for(
    group: tuple[list[str], list[cp.Row], list[Fixture], cp.TableRules, str, int],
) -> tuple[Needs, int]:
    teams, played, remaining, rules, team, target = group
    max_goals = 3 if len(remaining) <= 2 else 2
    return needs_from_rows(
        teams, played, remaining, rules, team, target, max_goals=max_goals
    ), max_goals


@given(groups())
def test_every_outcome_is_covered_by_a_condition_of_its_fate(
    group: tuple[list[str], list[cp.Row], list[Fixture], cp.TableRules, str, int],
) -> None:
    """Each outcome is in some condition, and every condition holding there says
    the fate that ranking it gives."""
    teams, played, remaining, rules, team, target = group
    needs, max_goals = needs_for(group)
    wrong = []
    for results in outcomes(remaining, max_goals):
        expected = brute_force(teams, played + results, rules, team, target)
        scores = {(h, a): cp.Score(x, y) for h, a, x, y in results}
        said = {c.fate for c in needs.conditions if c.holds(scores)}
        if said != {expected}:
            wrong.append(f"{results}: ranked {expected}, conditions say {said}")

    assert needs.exhaustive
    assert [] == wrong[:3]


@given(groups())
def test_clinched_and_eliminated_are_proved_by_every_outcome(
    group: tuple[list[str], list[cp.Row], list[Fixture], cp.TableRules, str, int],
) -> None:
    """Clinched iff the team finishes within the target in every outcome,
    eliminated iff in none (level counts as neither)."""
    teams, played, remaining, rules, team, target = group
    needs, max_goals = needs_for(group)
    fates = {
        brute_force(teams, played + results, rules, team, target)
        for results in outcomes(remaining, max_goals)
    }

    assert (fates == {Fate.QUALIFIES}, fates == {Fate.ELIMINATED}) == (
        needs.clinched,
        needs.eliminated,
    )


@given(groups())
def test_fate_of_the_results_is_the_ranked_fate(
    group: tuple[list[str], list[cp.Row], list[Fixture], cp.TableRules, str, int],
) -> None:
    """``Needs.fate`` of one assignment (the first, the last and one between)
    is the fate ranking it gives."""
    teams, played, remaining, rules, team, target = group
    needs, max_goals = needs_for(group)
    every = outcomes(remaining, max_goals)
    for results in (every[0], every[len(every) // 2], every[-1]):
        assert brute_force(teams, played + results, rules, team, target) == needs.fate(
            results
        )


@given(groups())
def test_scenarios_never_exceed_the_outcomes(
    group: tuple[list[str], list[cp.Row], list[Fixture], cp.TableRules, str, int],
) -> None:
    """Ranking by result first never ranks more outcomes than there are."""
    needs, max_goals = needs_for(group)

    assert 1 <= needs.scenarios <= (max_goals + 1) ** (2 * len(needs.fixtures))
