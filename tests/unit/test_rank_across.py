"""Ranking teams of different groups on their own group matches."""

from __future__ import annotations

from typing import Any

import pytest

import copaperu as cp

untyped: Any = cp


def m(home: str, away: str, score: str | None) -> cp.Match:
    return cp.Match(
        home=home, away=away, score=cp.Score.parse(score) if score else None
    )


GROUP_1 = [m("A", "B", "2-0"), m("B", "C", "1-1"), m("A", "C", "0-1")]
GROUP_2 = [m("D", "E", "3-3"), m("E", "F", "0-2"), m("D", "F", "1-0")]


def test_each_team_is_ranked_on_its_own_matches() -> None:
    """B (1 point, 1-3) and E (1 point, 3-5): level on points and goal difference,
    E ahead on goals scored; each row holds only the team's own matches."""
    table = cp.rank_across_groups({"B": GROUP_1, "E": GROUP_2}, cp.rules.CLASSIC)
    rows = {row.team: row for row in table.rows}

    assert ("E", "B") == table.order
    assert (2, 0, 1, 1, 3, 5, 1) == (
        rows["E"].played,
        rows["E"].won,
        rows["E"].drawn,
        rows["E"].lost,
        rows["E"].goals_for,
        rows["E"].goals_against,
        rows["E"].points,
    )
    assert "E above B on goals for: 3 vs 1" == str(table.explain().separations[0])


def test_head_to_head_finds_no_match_and_leaves_them_level() -> None:
    """Teams of different groups never met: a head-to-head criterion cannot split
    them, and the next criterion does."""
    rules = cp.TableRules(
        tiebreakers=(
            cp.tiebreak.points(),
            cp.tiebreak.head_to_head(),
            cp.tiebreak.goals_for(),
        )
    )
    table = cp.rank_across_groups({"B": GROUP_1, "E": GROUP_2}, rules)

    assert ("E", "B") == table.order
    assert "goals for" in str(table.explain().separations[0])


def test_an_unplayed_match_counts_for_nothing() -> None:
    """A match of the team's group with no result is listed as unplayed: B's two
    played matches count (A 2-0 B, B 1-1 C), the third not."""
    table = cp.rank_across_groups(
        {"B": [*GROUP_1[:2], m("C", "B", None)], "E": GROUP_2}, cp.rules.CLASSIC
    )

    assert 2 == table.row("B").played
    assert (m("C", "B", None),) == table.unplayed


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: untyped.rank_across_groups([("B", GROUP_1)], cp.rules.CLASSIC),
            "rank_across_groups: placed must map each team to its matches",
        ),
        (
            lambda: untyped.rank_across_groups({"B": None}, cp.rules.CLASSIC),
            "placed['B'] must be a collection of matches",
        ),
        (
            lambda: untyped.rank_across_groups({"B": ["x"]}, cp.rules.CLASSIC),
            "rank_across_groups: placed['B'][0] is not a Match (got 'x')",
        ),
        (
            lambda: untyped.rank_across_groups({"B": GROUP_1}, None),
            "rank_across_groups: rules must be TableRules (got None)",
        ),
    ],
    ids=["not-a-mapping", "matches-none", "match-as-text", "rules-none"],
)
def test_bad_arguments_are_refused(call: Any, message: str) -> None:
    """A copaperu error naming the argument."""
    with pytest.raises(cp.CopaperuError) as excinfo:
        call()

    assert message in str(excinfo.value)
