"""A table does not depend on the order its inputs are given in.

The regulations rank teams by what happened, never by the order a file or a user
lists matches, teams or deductions: the same matches in another order give an
equal ``Standings`` value (rows, the rulings on each row, unplayed matches, level
teams and explanations alike).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import copaperu as cp
from copaperu import strategies


@given(
    group=strategies.round_robins(),
    rules=strategies.table_rules(),
    data=st.data(),
)
def test_standings_are_equal_for_the_same_matches_in_any_order(
    group: strategies.RoundRobin, rules: cp.TableRules, data: st.DataObject
) -> None:
    """Shuffled matches and teams: an equal table, explained the same way."""
    teams, matches = group
    try:
        table = cp.standings(teams, matches, rules, advance=1)
    except cp.RuleError:  # rules that need data the draw lacks (a ranking's values)
        return
    shuffled = cp.standings(
        data.draw(st.permutations(teams)),
        data.draw(st.permutations(matches)),
        rules,
        advance=1,
    )

    assert table == shuffled
    assert table.explain() == shuffled.explain()
