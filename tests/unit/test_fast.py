"""The fast path from plain rows: rank_rows, standings from rows, Match.from_rows."""

from __future__ import annotations

from typing import Any

import pytest

import copaperu as cp

untyped: Any = cp
TEAMS = ["A", "B", "C", "D"]


class Goals:
    """An integer of another type (as NumPy's are): it has ``__index__``."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value


def test_level_on_the_key_goes_to_the_rest_of_the_chain() -> None:
    """A and B level on points, goal difference and goals (1-1 draw, each beat C
    and D 1-0); the 2018 chain's head-to-head leaves them level, and fair play
    (no cards in rows) too: they share first place, as the exact engine says."""
    rows = [
        ("A", "B", 1, 1),
        ("A", "C", 1, 0),
        ("A", "D", 1, 0),
        ("B", "C", 1, 0),
        ("B", "D", 1, 0),
        ("C", "D", 2, 0),
    ]

    assert (("A", "B"), ("C",), ("D",)) == cp.rank_rows(
        TEAMS, rows, cp.rules.FIFA_WORLD_CUP_2018
    )


def test_a_chain_of_statistics_only_leaves_level_teams_level() -> None:
    """CLASSIC is points, goal difference, goals: nothing after the key."""
    rows = [("A", "B", 0, 0), ("C", "D", 0, 0)]

    assert (("A", "B", "C", "D"),) == cp.rank_rows(TEAMS, rows, cp.rules.CLASSIC)


def test_head_to_head_first_splits_what_points_leave_level() -> None:
    """UEFA's chain: points, then the matches between the teams level. A and B
    both have 3 points; B beat A."""
    rows = [("A", "B", 0, 1), ("A", "C", 5, 0), ("B", "D", 0, 1)]

    assert (("D",), ("B",), ("A",), ("C",)) == cp.rank_rows(
        TEAMS, rows, cp.rules.UEFA_EURO_2024
    )


@pytest.mark.parametrize(
    ("rows", "error", "message"),
    [
        ([("A", "B", 1)], cp.InvalidValueError, "a row is (home, away, home_goals"),
        ([("A", "X", 1, 0)], cp.UnknownNameError, "rank_rows: unknown team 'X'"),
        ([("A", "A", 1, 0)], cp.InvalidValueError, "a team cannot play itself"),
        ([("A", "B", -1, 0)], cp.InvalidValueError, "goals must be non-negative"),
        ([("A", "B", 1.0, 0)], cp.InvalidValueError, "goals must be non-negative"),
        (["A-B"], cp.InvalidValueError, "a row is (home, away, home_goals"),
    ],
    ids=["three-values", "unknown-team", "itself", "negative", "float", "text"],
)
def test_rank_rows_refuses_bad_rows(
    rows: list[Any], error: type[Exception], message: str
) -> None:
    """A clear error naming the row."""
    with pytest.raises(error) as excinfo:
        untyped.rank_rows(TEAMS, rows, cp.rules.CLASSIC)

    assert message in str(excinfo.value)


def test_rank_rows_refuses_bad_teams_and_rules() -> None:
    """A team listed twice; rules that are not rules."""
    with pytest.raises(cp.InvalidValueError, match="listed twice"):
        cp.rank_rows(["A", "A"], [], cp.rules.CLASSIC)
    with pytest.raises(cp.InvalidValueError, match="rules must be TableRules"):
        untyped.rank_rows(TEAMS, [], "classic")


def test_standings_takes_rows_and_matches_together() -> None:
    """Rows and matches may be mixed; rows count as played, and goals of any
    integer type are taken."""
    table = untyped.standings(
        ["A", "B", "C"],
        [("A", "B", Goals(2), Goals(0)), cp.Match(home="B", away="C", score=None)],
        cp.rules.CLASSIC,
    )

    assert ("A", "C", "B") == table.order
    assert 1 == len(table.unplayed)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (("A", "B", 1), "standings: matches[0] is a row of 3 values"),
        (("A", "X", 1, 0), "unknown team 'X'"),
        (("A", "A", 1, 0), "matches[0]: a team cannot play itself"),
        (("A", "B", True, 0), "matches[0]: goals must be non-negative integers"),
        (("A", "B", 0, -2), "matches[0]: goals must be non-negative integers"),
        (("A", "B", "2", 0), "matches[0]: goals must be non-negative integers"),
    ],
    ids=["three-values", "unknown-team", "itself", "bool", "negative", "text"],
)
def test_standings_refuses_bad_rows(row: Any, message: str) -> None:
    """A clear error naming the row by its index."""
    with pytest.raises(cp.CopaperuError) as excinfo:
        untyped.standings(TEAMS, [row], cp.rules.CLASSIC)

    assert message in str(excinfo.value)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (("A", "B", 1), "Match.from_rows: rows[0] is not (home, away"),
        (("A", "", 1, 0), "rows[0]: a team must be a non-empty string"),
        (("A", "B\x1b[2J", 1, 0), "rows[0]: a name cannot hold a control character"),
        (("A", "A", 1, 0), "rows[0]: a team cannot play itself"),
        (("A", "B", 1, -1), "rows[0]: goals must be non-negative integers"),
        (("A", "B", False, 0), "rows[0]: goals must be non-negative integers"),
    ],
    ids=["three-values", "empty-name", "control", "itself", "negative", "bool"],
)
def test_from_rows_refuses_bad_rows(row: Any, message: str) -> None:
    """Each row is checked as a Match checks itself."""
    with pytest.raises(cp.InvalidValueError) as excinfo:
        untyped.Match.from_rows([row])

    assert message in str(excinfo.value)


def test_from_rows_takes_unknown_scores_and_other_integers() -> None:
    """``None`` goals: a match without a score; ``__index__`` goals: ints."""
    played, unknown = cp.Match.from_rows(
        [("A", "B", Goals(3), Goals(1)), ("B", "A", None, None)]  # type: ignore[list-item]
    )

    assert cp.Score(3, 1) == played.score
    assert unknown.score is None
    assert unknown == cp.Match(home="B", away="A")


def test_the_inline_tally_offsets_are_the_resolvers() -> None:
    """standings() tallies inline with literal offsets (for speed); they must be
    the resolver's named ones."""
    from copaperu import _resolver

    assert (1, 3, 4, 5, 6, 7) == (
        _resolver.WON,
        _resolver.LOST,
        _resolver.GOALS_FOR,
        _resolver.GOALS_AGAINST,
        _resolver.AWAY_GOALS_FOR,
        _resolver.AWAY_WINS,
    )


FIXTURES = [("A", "B"), ("A", "C"), ("B", "C")]


@pytest.mark.parametrize(
    ("teams", "fixtures", "goals", "message"),
    [
        (
            ["A", "B", "C"],
            FIXTURES,
            [[[1, 0], [0, 0]]],
            "goals must have shape (runs, 3, 2)",
        ),
        (
            ["A", "B", "C"],
            FIXTURES,
            [[[1, 0], [0, 0], [-1, 2]]],
            "non-negative integers",
        ),
        (
            ["A", "B", "C"],
            FIXTURES,
            [[[1.5, 0], [0, 0], [1, 2]]],
            "non-negative integers",
        ),
        (["A", "B", "C"], [("A", "X")], [[[1, 0]]], "unknown team 'X'"),
        (["A", "B", "C"], [("A", "A")], [[[1, 0]]], "a team cannot play itself"),
        (["A", "B", "C"], ["ABC"], [[[1, 0]]], "fixtures[0] is not (home, away)"),
        (["A", "A"], [], [[]], "a team is listed twice"),
    ],
    ids=["shape", "negative", "float", "unknown", "itself", "not-a-pair", "twice"],
)
def test_rank_groups_refuses_bad_input(
    teams: list[str], fixtures: Any, goals: Any, message: str
) -> None:
    """A clear error naming what is wrong."""
    numpy = pytest.importorskip("numpy")
    from copaperu.simulate import rank_groups

    with pytest.raises(cp.CopaperuError) as excinfo:
        rank_groups(teams, fixtures, numpy.array(goals), cp.rules.CLASSIC)

    assert message in str(excinfo.value)
    with pytest.raises(cp.InvalidValueError, match="rules must be TableRules"):
        untyped.simulate.rank_groups(["A"], [], numpy.zeros((0, 0, 2)), "classic")


def test_rank_groups_with_figures_too_large_to_pack_ranks_each_run_alone() -> None:
    """Goals in the trillions do not fit one 62-bit key: each run goes through
    rank_rows instead. C won 10**15-0 at A and drew B 1-1 (4 points), A beat B by
    as much (3 points, goal difference 0), B has a point."""
    numpy = pytest.importorskip("numpy")
    from copaperu.simulate import rank_groups

    big = 10**15
    goals = numpy.array([[[big, 0], [0, big], [1, 1]]], dtype=numpy.int64)

    assert [[2, 3, 1]] == rank_groups(
        ["A", "B", "C"], FIXTURES, goals, cp.rules.FIFA_WORLD_CUP_2018
    ).tolist()
