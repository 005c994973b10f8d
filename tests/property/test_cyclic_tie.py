"""The cyclic three-way tie: A beat B, B beat C, C beat A, and all three beat D.

Every match ends 1-0 to the home side, which is the winner:

    A 1-0 B    B 1-0 C    C 1-0 A    A 1-0 D    B 1-0 D    C 1-0 D

Worked out by hand:

* A, B and C each: played 3, won 2, lost 1, goals 2-1, goal difference +1, 6 points.
  D: played 3, lost 3, goals 0-3, 0 points. D is 4th on points (6 vs 0).
* Among A, B and C alone: each won 1 and lost 1, goals 1-1: 3 points, goal
  difference 0, 1 goal scored, no away goals. The mini-table is level, so no
  smaller group is ever formed to re-apply it to.
* No cards: fair play 0 for everyone.

So, under each rule set:

* CLASSIC (points, goal difference, goals for): level on all three; the chain runs
  out. Open tie of A, B, C in place 1, needing nothing (``""``).
* FIFA World Cup 2018: level on points, goal difference, goals for; level in the
  single-pass head-to-head (3 pts, 0, 1 each); fair play 0 each; the drawing of
  lots is unseeded. Open tie in place 1, needing ``"drawing of lots"``.
* UEFA Euro 2024, every team given the same ranking place: level on points; the
  head-to-head leaves all three level, so it is not re-applied; goal difference
  +1, goals 2, discipline 0, ranking place 1 for each. The chain runs out: open tie
  in place 1, needing ``""``.

The answer must not depend on the order the matches are listed in (all 720
orders) nor on the teams' names (all 24 ways to give the four names to the four
roles, which changes which team comes first by name).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

import copaperu as cp
from copaperu import rules

NAMES = ("Alianza Lima", "Cienciano", "Melgar", "Sport Boys")

# (home, away) by role; the home side won 1-0.
RESULTS = (("A", "B"), ("B", "C"), ("C", "A"), ("A", "D"), ("B", "D"), ("C", "D"))


def _euro_2024_with_equal_places(names: tuple[str, ...]) -> cp.TableRules:
    return rules.UEFA_EURO_2024.with_ranking(
        "European Qualifiers overall ranking", dict.fromkeys(names, 1.0)
    )


def _classic(_names: tuple[str, ...]) -> cp.TableRules:
    return rules.CLASSIC


def _fifa_2018(_names: tuple[str, ...]) -> cp.TableRules:
    return rules.FIFA_WORLD_CUP_2018


@pytest.mark.parametrize(
    ("make_rules", "needs", "said"),
    [
        pytest.param(
            _classic, cp.Need.DECISION, "no criterion separates them", id="classic"
        ),
        pytest.param(
            _fifa_2018,
            cp.Need.DRAWING_OF_LOTS,
            "needs a drawing of lots",
            id="fifa-2018",
        ),
        pytest.param(
            _euro_2024_with_equal_places,
            cp.Need.DECISION,
            "no criterion separates them",
            id="euro-2024-equal-ranking",
        ),
    ],
)
def test_cyclic_tie_is_an_open_tie_whatever_the_match_order_and_names(
    make_rules: Callable[[tuple[str, ...]], cp.TableRules],
    needs: cp.Need,
    said: str,
) -> None:
    """A, B, C share 1st as a reported open tie and D is 4th, in any order, any names."""
    checked = 0
    for names in itertools.permutations(NAMES):
        role = dict(zip("ABCD", names, strict=True))
        matches = [
            cp.Match(home=role[home], away=role[away], score=cp.Score(1, 0))
            for home, away in RESULTS
        ]
        trio = tuple(sorted(role[r] for r in "ABC"))
        last = role["D"]
        table_rules = make_rules(names)
        expected_tie = cp.LevelTeams(teams=trio, position=1, needs=needs)
        expected_rows = [(1, team, 3, 2, 0, 1, 2, 1, 1, 6) for team in trio] + [
            (4, last, 3, 0, 0, 3, 0, 3, -3, 0)
        ]
        expected_text = (
            f"{trio[-1]} above {last} on points: 6 vs 0\n"
            f"{', '.join(trio)} level in place 1: {said}"
        )
        for order in itertools.permutations(matches):
            table = cp.standings(names, order, table_rules)
            explanation = table.explain()
            rows = [
                (
                    r.position,
                    r.team,
                    r.played,
                    r.won,
                    r.drawn,
                    r.lost,
                    r.goals_for,
                    r.goals_against,
                    r.goal_difference,
                    r.points,
                )
                for r in table.rows
            ]
            context = f"names {names}, matches {[str(m) for m in order]}"

            assert (expected_tie,) == table.level_teams, context
            assert expected_rows == rows, context
            assert (expected_tie,) == explanation.level_teams, context
            assert expected_text == str(explanation), context
            checked += 1

    assert 24 * 720 == checked
