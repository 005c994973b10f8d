"""Golden test: what each team needed before the last matchday of 2018 World Cup Group F.

Source: ``sources/needs-last-matchday.toml`` (openfootball and Wikipedia for the
results; the Guardian, The Week quoting FIFA.com, and DW for the statements, each
quoted exactly, published before the matchday). Under the 2018 FIFA rules, with
every last-matchday scoreline up to 5-5 in both matches (1,296 outcomes), each
precise statement is an implication ("if this happens, that team goes through"):
it is checked against what :func:`copaperu._needs.needs_from_rows` says of every
outcome where its "if" holds. Fair play and lots cannot be known from the
scores, so a tie still open after the head-to-head counts as ``Fate.LEVEL``,
never as going through. The actual results must give the actual top two.
"""

from __future__ import annotations

import itertools
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import copaperu as cp
from copaperu.simulate import Fate, Needs, needs_from_rows

SOURCE = Path(__file__).parent / "sources" / "needs-last-matchday.toml"
RULES = cp.rules.FIFA_WORLD_CUP_2018
MAX_GOALS = 5
Outcome = list[cp.Row]


@pytest.fixture(scope="module")
def case() -> dict[str, Any]:
    with SOURCE.open("rb") as handle:
        return tomllib.load(handle)


def row(match: dict[str, Any]) -> cp.Row:
    score = cp.Score.parse(match["score"])
    return (match["home"], match["away"], score.home, score.away)


def played(case: dict[str, Any]) -> list[cp.Row]:
    return [row(match) for match in case["played"]]


def remaining(case: dict[str, Any]) -> list[tuple[str, str]]:
    return [(match["home"], match["away"]) for match in case["last_matchday"]]


def outcomes(case: dict[str, Any]) -> list[Outcome]:
    """Every last-matchday outcome, scores 0-0 to 5-5 in each match."""
    goals = range(MAX_GOALS + 1)
    scores = list(itertools.product(goals, goals))
    fixtures = remaining(case)
    return [
        [(h, a, x, y) for (h, a), (x, y) in zip(fixtures, chosen, strict=True)]
        for chosen in itertools.product(scores, repeat=len(fixtures))
    ]


@pytest.fixture(scope="module")
def needs(case: dict[str, Any]) -> dict[tuple[str, int], Needs]:
    """What each team needs to finish first, and to finish in the top two."""
    return {
        (team, target): needs_from_rows(
            case["teams"],
            played(case),
            remaining(case),
            RULES,
            team,
            target,
            max_goals=MAX_GOALS,
        )
        for team in case["teams"]
        for target in (1, case["qualify"])
    }


# -- what a team did on the last matchday, read off an outcome ------------------


def margin(team: str, outcome: Outcome) -> int:
    """Goals *team* scored minus goals it conceded in its last match."""
    for home, away, x, y in outcome:
        if team in (home, away):
            return x - y if team == home else y - x
    raise AssertionError(team)


def goals(team: str, outcome: Outcome) -> int:
    """Goals scored in *team*'s last match, by both sides."""
    return next(x + y for home, away, x, y in outcome if team in (home, away))


def result(team: str, outcome: Outcome) -> int:
    """1 for a win, 0 for a draw, -1 for a loss."""
    m = margin(team, outcome)
    return (m > 0) - (m < 0)


def goal_difference(team: str, rows: list[cp.Row]) -> int:
    return sum(
        (x - y if team == home else y - x)
        for home, away, x, y in rows
        if team in (home, away)
    )


Check = Callable[[Outcome], bool]


def both_draw_higher(higher: str, lower: str) -> Check:
    return lambda o: (
        margin(higher, o) == 0
        and margin(lower, o) == 0
        and goals(higher, o) > goals(lower, o)
    )


# Each published statement that is precise, as (quoted words, team, target, fate,
# the "if" as a check on an outcome). The words must be in the source file.
STATEMENTS: list[tuple[str, str, int, Fate, Check]] = [
    (
        "Mexico will qualify with a draw",
        "Mexico",
        2,
        Fate.QUALIFIES,
        lambda o: margin("Mexico", o) == 0,
    ),
    (
        "They also qualify if Germany fail to beat South Korea",
        "Mexico",
        2,
        Fate.QUALIFIES,
        lambda o: margin("Germany", o) <= 0,
    ),
    (
        "Mexico qualify if Germany fail to win against Korea Republic",
        "Mexico",
        2,
        Fate.QUALIFIES,
        lambda o: margin("Germany", o) <= 0,
    ),
    (
        "Mexico need a point against Sweden to qualify in first place",
        "Mexico",
        1,
        Fate.QUALIFIES,
        lambda o: margin("Mexico", o) >= 0,
    ),
    (
        "Sweden qualify if they get a better result than Germany",
        "Sweden",
        2,
        Fate.QUALIFIES,
        lambda o: result("Sweden", o) > result("Germany", o),
    ),
    (
        "Sweden will qualify if they better Germany\u2019s result",
        "Sweden",
        2,
        Fate.QUALIFIES,
        lambda o: result("Sweden", o) > result("Germany", o),
    ),
    (
        "Sweden will finish top if they beat Mexico and better Germany\u2019s result",
        "Sweden",
        1,
        Fate.QUALIFIES,
        lambda o: result("Sweden", o) == 1 and result("Germany", o) < 1,
    ),
    (
        "Germany qualify if they beat South Korea by two goals or more",
        "Germany",
        2,
        Fate.QUALIFIES,
        lambda o: margin("Germany", o) >= 2,
    ),
    (
        "Germany qualify if they win by two clear goals or more",
        "Germany",
        2,
        Fate.QUALIFIES,
        lambda o: margin("Germany", o) >= 2,
    ),
    (
        "beat South Korea by two or more goals, Germany would be through",
        "Germany",
        2,
        Fate.QUALIFIES,
        lambda o: margin("Germany", o) >= 2,
    ),
    (
        "should they lose by two or more, they'd be out",
        "Germany",
        2,
        Fate.ELIMINATED,
        lambda o: margin("Germany", o) <= -2,
    ),
    # "If Germany and Sweden both draw their games, then the team involved with the
    # higher-scoring draw will go through, alongside Mexico": four implications.
    (
        "the team involved with the higher-scoring draw will go through",
        "Germany",
        2,
        Fate.QUALIFIES,
        both_draw_higher("Germany", "Sweden"),
    ),
    (
        "the team involved with the higher-scoring draw will go through",
        "Sweden",
        2,
        Fate.ELIMINATED,
        both_draw_higher("Germany", "Sweden"),
    ),
    (
        "the team involved with the higher-scoring draw will go through",
        "Sweden",
        2,
        Fate.QUALIFIES,
        both_draw_higher("Sweden", "Germany"),
    ),
    (
        "the team involved with the higher-scoring draw will go through",
        "Germany",
        2,
        Fate.ELIMINATED,
        both_draw_higher("Sweden", "Germany"),
    ),
    (
        "alongside Mexico",
        "Mexico",
        2,
        Fate.QUALIFIES,
        lambda o: margin("Germany", o) == 0 and margin("Sweden", o) == 0,
    ),
]


def statement_ids() -> list[str]:
    return [f"{team}-{target}-{words[:40]}" for words, team, target, _, _ in STATEMENTS]


@pytest.mark.parametrize(
    ("words", "team", "target", "fate", "when"), STATEMENTS, ids=statement_ids()
)
def test_published_statement_holds_in_every_outcome_it_covers(
    case: dict[str, Any],
    needs: dict[tuple[str, int], Needs],
    words: str,
    team: str,
    target: int,
    fate: Fate,
    when: Check,
) -> None:
    """Wherever the statement's "if" holds, needs_from_rows gives the stated fate."""
    quoted = " ".join(entry["statement"] for entry in case["needs"])
    covered = [o for o in outcomes(case) if when(o)]
    wrong = [
        f"{o}: {found}"
        for o in covered
        if (found := needs[team, target].fate(o)) is not fate
    ]

    assert words in quoted
    assert covered
    assert [] == wrong[:5]


def test_south_korea_can_go_through_if_they_win_and_mexico_win(
    case: dict[str, Any], needs: dict[tuple[str, int], Needs]
) -> None:
    """The Guardian: "South Korea can still go through if they win heavily and
    Mexico also win" ("heavily" is vague): some such outcome puts them through,
    and (the file's check) no other does."""
    through = [
        o for o in outcomes(case) if needs["South Korea", 2].fate(o) is Fate.QUALIFIES
    ]

    assert through
    assert all(
        result("South Korea", o) == 1 and result("Mexico", o) == 1 for o in through
    )


def test_south_korea_with_a_better_goal_difference_qualify(
    case: dict[str, Any], needs: dict[tuple[str, int], Needs]
) -> None:
    """The Week (FIFA.com): "Korea Republic will qualify if they beat Germany and
    Sweden lose to Mexico. Also, Korea will need to finish with a better goal
    difference than both Germany and Sweden": together, a sufficient condition.
    The file's check: it is not necessary, South Korea 1-0 Germany with Mexico
    2-0 Sweden puts South Korea second on head-to-head."""
    before = played(case)
    covered = [
        o
        for o in outcomes(case)
        if result("South Korea", o) == 1
        and result("Mexico", o) == 1
        and goal_difference("South Korea", before + o)
        > max(goal_difference(t, before + o) for t in ("Germany", "Sweden"))
    ]
    level_on_goals = [("South Korea", "Germany", 1, 0), ("Mexico", "Sweden", 2, 0)]

    assert covered
    assert {Fate.QUALIFIES} == {needs["South Korea", 2].fate(o) for o in covered}
    assert Fate.QUALIFIES == needs["South Korea", 2].fate(level_on_goals)


def test_the_actual_results_give_the_actual_top_two(
    case: dict[str, Any], needs: dict[tuple[str, int], Needs]
) -> None:
    """South Korea 2-0 Germany and Mexico 0-3 Sweden: Sweden first, Mexico second
    (wiki-f's final table), as ranked and as needs_from_rows says of each team."""
    actual = [row(match) for match in case["last_matchday"]]
    published = tuple((entry["team"],) for entry in case["final_table"])
    fates = {
        (team, target): needs[team, target].fate(actual)
        for team in case["teams"]
        for target in (1, 2)
    }

    assert published == cp.rank_rows(case["teams"], played(case) + actual, RULES)
    assert ("Sweden", "Mexico") == tuple(team for (team,) in published[:2])
    assert {
        ("Sweden", 1): Fate.QUALIFIES,
        ("Sweden", 2): Fate.QUALIFIES,
        ("Mexico", 1): Fate.ELIMINATED,
        ("Mexico", 2): Fate.QUALIFIES,
        ("South Korea", 1): Fate.ELIMINATED,
        ("South Korea", 2): Fate.ELIMINATED,
        ("Germany", 1): Fate.ELIMINATED,
        ("Germany", 2): Fate.ELIMINATED,
    } == fates


def test_the_words_lead_with_what_the_press_said(
    needs: dict[tuple[str, int], Needs],
) -> None:
    """Each team's first conditions are the published ones: Germany through by
    winning by two; Mexico by not losing, or if Germany do not win; Sweden by
    winning, or by not losing while Germany lose."""
    assert str(needs["Germany", 2]).startswith(
        "Germany finishes in the top two if it beats South Korea by 2 or more; or if"
    )
    assert str(needs["Mexico", 2]).startswith(
        "Mexico finishes in the top two if it does not lose to Sweden; "
        "or if Germany do not beat South Korea; or if"
    )
    assert str(needs["Sweden", 2]).startswith(
        "Sweden finishes in the top two if it beats Mexico; "
        "or if it does not lose to Mexico and South Korea beat Germany; or if"
    )
    assert (
        "Mexico finishes first if it does not lose to Sweden. Otherwise it does not."
        == str(needs["Mexico", 1])
    )
    assert "South Korea cannot finish first." == str(needs["South Korea", 1])


def test_neither_clinched_nor_eliminated_in_the_top_two(
    needs: dict[tuple[str, int], Needs],
) -> None:
    """Before the last matchday every team could still finish in the top two, or
    miss it (the Guardian: "all four teams can still qualify")."""
    assert [] == [
        team
        for (team, target), found in needs.items()
        if target == 2 and (found.clinched or found.eliminated or not found.exhaustive)
    ]
