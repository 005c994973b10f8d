"""A user's project, testing its own rules with copaperu's public strategies.

It imports what a user would: ``copaperu``, ``copaperu.strategies`` and Hypothesis;
nothing private. The rules under test are the user's: their league's ranking chain,
and their own little points table, checked against ``copaperu.standings``.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from fractions import Fraction

from hypothesis import given

import copaperu
from copaperu import strategies, tiebreak

# The user's league: two points for a win, then goal average, then lots drawn with
# a fixed seed, so that no two teams ever share a place.
OUR_LEAGUE = copaperu.TableRules(
    name="Our league",
    points=copaperu.PointsScheme(win=2, draw=1, loss=0),
    tiebreakers=(
        tiebreak.points(),
        tiebreak.goal_average(),
        tiebreak.drawing_of_lots(seed=1966),
    ),
)

# Small groups: the user's rules do not depend on the size of the group.
GROUPS = strategies.round_robins(teams=strategies.teams(max_teams=4))


def our_goal_average(row: copaperu.TableRow) -> Fraction:
    """Goals for divided by goals against, as the user's regulations define it.

    A team that conceded nothing but scored is above everyone who conceded; one
    that neither scored nor conceded has an average of nothing, 0.
    """
    if row.goals_against:
        return Fraction(row.goals_for, row.goals_against)
    return Fraction(10**9) if row.goals_for else Fraction(0)


def our_points(
    teams: Sequence[str],
    matches: Sequence[copaperu.Match],
    win: int,
    draw: int,
    loss: int,
) -> dict[str, int]:
    """The user's own points table: every match with a score counts, nothing else."""
    points = dict.fromkeys(teams, 0)
    for match in matches:
        if match.score is None:
            continue
        home, away = match.score.home, match.score.away
        if home == away:
            points[match.home] += draw
            points[match.away] += draw
        else:
            winner, loser = (
                (match.home, match.away) if home > away else (match.away, match.home)
            )
            points[winner] += win
            points[loser] += loss
    return points


@given(GROUPS)
def test_our_league_ranks_by_points_then_goal_average_and_never_shares_a_place(
    group: strategies.RoundRobin,
) -> None:
    """Neighbours level on points are in goal-average order; seeded lots leave no tie."""
    table = copaperu.standings(*group, OUR_LEAGUE)

    assert () == table.level_teams
    assert list(range(1, len(group.teams) + 1)) == [row.position for row in table.rows]
    for upper, lower in itertools.pairwise(table.rows):
        assert upper.points >= lower.points
        if upper.points == lower.points:
            assert our_goal_average(upper) >= our_goal_average(lower)


@given(
    strategies.round_robins(teams=strategies.teams(max_teams=4), with_rulings=False),
    strategies.points_schemes(),
)
def test_our_points_table_agrees_with_copaperu(
    group: strategies.RoundRobin, scheme: copaperu.PointsScheme
) -> None:
    """Our points column is copaperu's, under any points scheme, played or not."""
    rules = copaperu.TableRules(points=scheme, tiebreakers=(tiebreak.points(),))
    table = copaperu.standings(*group, rules)
    ours = our_points(*group, scheme.win, scheme.draw, scheme.loss)

    assert ours == {row.team: row.points for row in table.rows}
