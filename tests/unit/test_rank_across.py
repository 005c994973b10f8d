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


# Rankings across groups in an edition.

ROW_AB = cp.competition.AllocationRow(groups=("a", "b"), slots=(("x", "a"), ("y", "b")))
ROW_AC = cp.competition.AllocationRow(groups=("a", "c"), slots=(("x", "c"), ("y", "a")))
ROW_BC = cp.competition.AllocationRow(groups=("b", "c"), slots=(("x", "b"), ("y", "c")))


def ranking(**changes: Any) -> cp.competition.PlaceRanking:
    fields: dict[str, Any] = {
        "id": "seconds",
        "rules": "classic",
        "place": 2,
        "groups": ("a", "b", "c"),
        "advance": 2,
        "allocation": (ROW_AB, ROW_AC, ROW_BC),
    }
    return cp.competition.PlaceRanking(**(fields | changes))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: ranking(allocation=(ROW_AB, ROW_AC)),
            "ranking 'seconds': the allocation table has no row for groups "
            "['b', 'c'] (1 combinations missing)",
        ),
        (
            lambda: ranking(allocation=(ROW_AB, ROW_AB, ROW_AC)),
            "ranking 'seconds': allocation[1]: groups ['a', 'b'] have a row already",
        ),
        (
            lambda: ranking(advance=1),
            "ranking 'seconds': allocation[0] is for groups ['a', 'b'], not 1 of "
            "['a', 'b', 'c']",
        ),
        (
            lambda: cp.competition.AllocationRow(
                groups=("a", "b"), slots=(("x", "a"), ("y", "a"))
            ),
            "allocation row ['a', 'b']: each of its groups takes exactly one slot",
        ),
        (
            lambda: ranking(groups=("a",), allocation=()),
            "ranking 'seconds': groups must be two or more different group ids",
        ),
    ],
    ids=[
        "a-combination-missing",
        "a-combination-twice",
        "rows-of-another-size",
        "a-group-in-two-slots",
        "one-group",
    ],
)
def test_a_bad_ranking_or_allocation_table_is_refused(make: Any, message: str) -> None:
    """Every combination present, each slot filled once: or a clear error."""
    with pytest.raises(cp.InvalidValueError) as excinfo:
        make()

    assert str(excinfo.value).startswith(message)


def small_edition(
    the_ranking: cp.competition.PlaceRanking, entrants: tuple[Any, ...]
) -> cp.competition.Edition:
    groups = tuple(
        cp.competition.Group(
            id=g,
            rules="classic",
            legs=1,
            advance=2,
            entrants=(f"{g}1", f"{g}2"),
            matches=(cp.Match(home=f"{g}1", away=f"{g}2", score=cp.Score(n, 0)),),
        )
        for n, g in enumerate("abc", start=1)
    )
    first = cp.competition.Phase(id="groups", groups=groups, rankings=(the_ranking,))
    final = cp.competition.Phase(
        id="final",
        ties=(
            cp.competition.Tie(
                id="final", rules="uefa-club-2021-knockout", entrants=entrants
            ),
        ),
    )
    return cp.competition.Edition(
        id="cup",
        name="Cup",
        stages=(cp.competition.Stage(id="s", phases=(first, final)),),
    )


def slot(name: str) -> cp.competition.Reference:
    return cp.competition.Reference(
        kind=cp.competition.ReferenceKind.SLOT, of="seconds", slot=name
    )


def test_a_ranking_replays_to_its_slots() -> None:
    """Group a's runner-up lost 1-0, b's 2-0, c's 3-0: a2 and b2 are the best two
    seconds; the row for groups a and b puts a2 in slot x and b2 in slot y."""
    edition = small_edition(ranking(), (slot("x"), slot("y")))
    result = cp.replay(edition)
    seconds = result.stage("s").ranking("seconds")

    assert seconds.standings is not None
    assert ("a2", "b2", "c2") == tuple(row.team for row in seconds.standings.rows)
    assert (("x", "a2"), ("y", "b2")) == seconds.slots
    assert ("a2", "b2") == result.tie("final").teams
    assert edition == cp.loads(cp.dumps(edition))


def test_a_slot_the_table_does_not_have_is_refused_at_its_key_path() -> None:
    """A reference to slot z of a ranking whose slots are x and y."""
    with pytest.raises(cp.ConfigError) as excinfo:
        small_edition(ranking(), (slot("x"), slot("z")))

    ((where, what),) = excinfo.value.problems

    assert "stages[0].phases[1].ties[0].entrants[1]" == where
    assert what.startswith("unknown slot of 'seconds' 'z'")


def test_a_ranking_of_a_place_its_groups_do_not_have_is_refused() -> None:
    """Third places of groups of two teams."""
    with pytest.raises(cp.ConfigError) as excinfo:
        small_edition(ranking(place=3, allocation=(), advance=1), ("a1", "b1"))

    assert (
        "stages[0].phases[0].rankings[0].place",
        "'a' has 2 entrants (got place 3)",
    ) == excinfo.value.problems[0]


def unequal_groups(counted_against: int) -> cp.competition.Edition:
    """Group a of four, groups b and c of three; the seconds ranked, one through.

    a2 beat a4 9-0 (a2 v a1 0-1, a2 v a3 1-0); b2 beat b3 2-0 (lost 0-1 to b1);
    c2 beat c3 2-1 (lost 0-1 to c1).
    """

    def group(name: str, played: list[tuple[str, str, int, int]]) -> Any:
        teams = sorted({t for h, a, _, _ in played for t in (h, a)})
        return cp.competition.Group(
            id=name,
            rules="classic",
            legs=1,
            advance=1,
            entrants=tuple(teams),
            matches=tuple(
                cp.Match(home=h, away=a, score=cp.Score(x, y)) for h, a, x, y in played
            ),
        )

    groups = (
        group(
            "a",
            [
                ("a1", "a2", 1, 0),
                ("a1", "a3", 1, 0),
                ("a1", "a4", 1, 0),
                ("a2", "a3", 1, 0),
                ("a2", "a4", 9, 0),
                ("a3", "a4", 1, 0),
            ],
        ),
        group("b", [("b1", "b2", 1, 0), ("b1", "b3", 1, 0), ("b2", "b3", 2, 0)]),
        group("c", [("c1", "c2", 1, 0), ("c1", "c3", 1, 0), ("c2", "c3", 2, 1)]),
    )
    seconds = ranking(
        groups=("a", "b", "c"),
        advance=1,
        allocation=(),
        counted_against=counted_against,
    )
    return cp.competition.Edition(
        id="cup",
        name="Cup",
        stages=(
            cp.competition.Stage(
                id="s",
                phases=(
                    cp.competition.Phase(
                        id="groups", groups=groups, rankings=(seconds,)
                    ),
                ),
            ),
        ),
    )


def test_results_against_the_last_of_a_bigger_group_can_be_discarded() -> None:
    """Counting only matches against the top three of each group drops a2's 9-0
    over a4: a2 has 3 points and goal difference 0 from two matches, behind b2
    (+1) and c2 (0, two goals). Counting all, a2 is first on six points."""
    discarded = cp.replay(unequal_groups(3)).stage("s").ranking("seconds")
    counted = cp.replay(unequal_groups(0)).stage("s").ranking("seconds")

    assert discarded.standings is not None
    assert counted.standings is not None
    assert ("b2", "c2", "a2") == discarded.standings.order
    assert 2 == discarded.standings.row("a2").played
    assert "a2" == counted.standings.order[0]
    assert 3 == counted.standings.row("a2").played
    assert unequal_groups(3) == cp.loads(cp.dumps(unequal_groups(3)))


def test_counted_against_must_be_below_the_ranked_place() -> None:
    """Counting only matches against teams placed above the ranked ones would
    leave them nothing to count."""
    with pytest.raises(cp.InvalidValueError) as excinfo:
        ranking(allocation=(), advance=1, counted_against=2)

    assert "counted_against must be 0 or a place below the ranked one, 2 (got 2)" in (
        str(excinfo.value)
    )


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (
            lambda: ranking(allocation_preset="uefa-euro-2024"),
            cp.InvalidValueError,
            "ranking 'seconds': give allocation rows or an allocation_preset, not both",
        ),
        (
            lambda: ranking(allocation=(), allocation_preset="uefa-euro-2024"),
            cp.InvalidValueError,
            "ranking 'seconds': allocation table 'uefa-euro-2024' is for 4 of 6 "
            "groups (got 2 of 3)",
        ),
        (
            lambda: ranking(allocation=(), allocation_preset="uefa-euro-2042"),
            cp.UnknownNameError,
            "unknown allocation table 'uefa-euro-2042' (did you mean "
            "'uefa-euro-2024'?)",
        ),
        (
            lambda: cp.competition.allocation_preset("uefa-euro-2024").row_for("AB"),
            cp.InvalidValueError,
            "allocation table 'uefa-euro-2024' has no row for groups ['A', 'B']",
        ),
    ],
    ids=["rows-and-preset", "preset-of-another-size", "unknown-preset", "no-row"],
)
def test_a_bad_allocation_preset_is_refused(
    make: Any, error: type[Exception], message: str
) -> None:
    """A preset named once, of the ranking's size, and known: or a clear error."""
    with pytest.raises(error) as excinfo:
        make()

    assert message == str(excinfo.value)


def test_a_ranking_with_a_preset_reads_its_rows_in_the_groups_order() -> None:
    """The preset's letters A-F stand for the ranking's groups in order: thirds
    from the 2nd, 3rd, 4th and 6th groups take the row for B, C, D and F."""
    thirds = cp.competition.PlaceRanking(
        id="thirds",
        rules="classic",
        place=3,
        groups=("g1", "g2", "g3", "g4", "g5", "g6"),
        advance=4,
        allocation_preset="fifa-world-cup-1986",
    )
    (row,) = [
        r
        for r in thirds.allocation_table()
        if set(r.groups) == {"g2", "g3", "g4", "g6"}
    ]

    assert (("1A", "g3"), ("1B", "g4"), ("1C", "g2"), ("1D", "g6")) == row.slots
    assert ("1A", "1B", "1C", "1D") == thirds.slot_names()
