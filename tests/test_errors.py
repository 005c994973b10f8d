"""Bad input is refused with a copaperu error whose message names the offending item."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

import copaperu as cp
from copaperu import tiebreak

# Calls that break the annotations go through an untyped alias, as untyped user code would.
untyped: Any = cp

A_B = cp.Match(home="A", away="B", score=cp.Score(1, 0))

# (id, callable that must raise, expected error class, message regex)
CASES: list[tuple[str, Callable[[], Any], type[cp.CopaperuError], str]] = [
    (
        "negative-home-goals",
        lambda: cp.Score(-1, 0),
        cp.InvalidValueError,
        r"^score: home goals must be a non-negative integer \(got -1\)$",
    ),
    (
        "non-integer-away-goals",
        lambda: untyped.Score(1, 2.5),
        cp.InvalidValueError,
        r"^score: away goals must be a non-negative integer \(got 2\.5\)$",
    ),
    (
        "bool-goals",
        lambda: untyped.Score(True, 0),
        cp.InvalidValueError,
        r"home goals must be a non-negative integer \(got True\)",
    ),
    (
        "unparsable-score",
        lambda: cp.Score.parse("3 to 1"),
        cp.InvalidValueError,
        r"^score: expected a score like '3-1' \(got '3 to 1'\)$",
    ),
    (
        "team-plays-itself",
        lambda: cp.Match(home="Hidro", away="Hidro"),
        cp.InvalidValueError,
        r"^match 'Hidro' v 'Hidro': away: a team cannot play itself",
    ),
    (
        "empty-team",
        lambda: cp.Match(home="", away="B"),
        cp.InvalidValueError,
        r"^match '' v 'B': home: a team must be a non-empty string",
    ),
    (
        "score-not-a-score",
        lambda: untyped.Match(home="A", away="B", score="2-1"),
        cp.InvalidValueError,
        r"^match 'A' v 'B': score: expected a Score or None \(got '2-1'\)$",
    ),
    (
        "extra-time-lower-than-90",
        lambda: cp.Match(
            home="A", away="B", score=cp.Score(2, 1), extra_time=cp.Score(1, 1)
        ),
        cp.InvalidValueError,
        r"^match 'A' v 'B': extra_time: the cumulative score is lower than the 90-minute score 2-1",
    ),
    (
        "extra-time-without-score",
        lambda: cp.Match(home="A", away="B", extra_time=cp.Score(1, 1)),
        cp.InvalidValueError,
        r"^match 'A' v 'B': extra_time: extra time without a score",
    ),
    (
        "penalties-without-score",
        lambda: cp.Match(home="A", away="B", penalties=cp.Score(4, 3)),
        cp.InvalidValueError,
        r"^match 'A' v 'B': penalties: penalties without a score",
    ),
    (
        "cards-for-a-team-not-in-the-match",
        lambda: cp.Match(home="A", away="B", cards={"C": cp.Cards(yellow=1)}),
        cp.InvalidValueError,
        r"^match 'A' v 'B': cards: cards for a team not in the match \(got 'C'\)$",
    ),
    (
        "cards-not-cards",
        lambda: untyped.Match(home="A", away="B", cards={"A": 3}),
        cp.InvalidValueError,
        r"^match 'A' v 'B': cards\['A'\]: expected Cards \(got 3\)$",
    ),
    (
        "negative-cards",
        lambda: cp.Cards(yellow=-1),
        cp.InvalidValueError,
        r"^cards: yellow must be a non-negative integer \(got -1\)$",
    ),
    (
        "leg-zero",
        lambda: cp.Match(home="A", away="B", leg=0),
        cp.InvalidValueError,
        r"^match 'A' v 'B': leg: expected a positive integer or None \(got 0\)$",
    ),
    (
        "bad-date",
        lambda: cp.Match(home="A", away="B", date="13/12/1998"),
        cp.InvalidValueError,
        r"^date: expected an ISO date like '1998-12-13' \(got '13/12/1998'\)$",
    ),
    (
        "points-scheme-draw-above-win",
        lambda: cp.PointsScheme(win=1, draw=2, loss=0),
        cp.InvalidValueError,
        r"^points scheme: a win must be worth at least a draw",
    ),
    (
        "points-scheme-parse",
        lambda: cp.PointsScheme.parse("three"),
        cp.InvalidValueError,
        r"^points scheme: expected 'win-draw-loss' like '3-1-0' \(got 'three'\)$",
    ),
    (
        "unknown-criterion",
        lambda: tiebreak.from_id("goal_diference"),
        cp.UnknownNameError,
        r"^unknown tiebreak criterion 'goal_diference' \(did you mean 'goal_difference'\?\)$",
    ),
    (
        "unknown-preset",
        lambda: cp.rules.table_preset("fifa-world-cup-2019"),
        cp.UnknownNameError,
        r"^unknown table rules preset 'fifa-world-cup-2019' \(did you mean 'fifa-world-cup-2018'\?\)$",
    ),
    (
        "lots-inside-head-to-head",
        lambda: untyped.tiebreak.head_to_head(tiebreak.drawing_of_lots()),
        cp.RuleError,
        r"^head_to_head: drawing_of_lots cannot be computed on a head-to-head mini-table$",
    ),
    (
        "all-matches-criterion-inside-head-to-head",
        lambda: cp.tiebreak.HeadToHead(criteria=(tiebreak.points(),)),
        cp.RuleError,
        r"^head_to_head: points is computed over all matches",
    ),
    (
        "empty-chain",
        lambda: cp.TableRules(tiebreakers=()),
        cp.RuleError,
        r"^table rules: tiebreakers must be a non-empty tuple",
    ),
    (
        "not-a-criterion",
        lambda: untyped.TableRules(tiebreakers=("points",)),
        cp.RuleError,
        r"^table rules: tiebreakers\[0\] is not a criterion \(got 'points'\)$",
    ),
    (
        "only-when-one-team",
        lambda: tiebreak.only_when(tiebreak.wins(), teams=1),
        cp.RuleError,
        r"^only_when: min_teams must be an integer of at least 2 \(got 1\)$",
    ),
    (
        "seed-not-int",
        lambda: untyped.tiebreak.drawing_of_lots(seed="x"),
        cp.InvalidValueError,
        r"^drawing_of_lots: seed must be an integer or None",
    ),
    (
        "ranking-value-not-number",
        lambda: untyped.tiebreak.ranking("FIFA", {"A": "high"}),
        cp.InvalidValueError,
        r"^ranking 'FIFA': value of 'A' must be a number \(got 'high'\)$",
    ),
    (
        "unknown-ranking-name",
        lambda: cp.rules.FIFA_WORLD_CUP_2026.with_ranking("FIFA ranking", {"A": 1.0}),
        cp.UnknownNameError,
        r"^unknown ranking 'FIFA ranking'",
    ),
    (
        "match-with-team-outside-group",
        lambda: cp.standings(
            ["A", "B"], [A_B, cp.Match(home="A", away="Hidr")], cp.rules.CLASSIC
        ),
        cp.UnknownNameError,
        r"^standings: matches\[1\] A v Hidr: unknown team 'Hidr'",
    ),
    (
        "misspelt-team-suggests",
        lambda: cp.standings(
            ["Cultural Hidro", "UNDAC"],
            [cp.Match(home="Cultural Hidr", away="UNDAC")],
            cp.rules.CLASSIC,
        ),
        cp.UnknownNameError,
        r"unknown team 'Cultural Hidr' \(did you mean 'Cultural Hidro'\?\)$",
    ),
    (
        "team-listed-twice",
        lambda: cp.standings(["A", "A"], [], cp.rules.CLASSIC),
        cp.InvalidValueError,
        r"^standings: team 'A' is listed twice$",
    ),
    (
        "teams-as-a-string",
        lambda: cp.standings("AB", [], cp.rules.CLASSIC),
        cp.InvalidValueError,
        r"^standings: teams must be a collection of team names",
    ),
    (
        "not-a-match",
        lambda: untyped.standings(["A", "B"], ["A 1-0 B"], cp.rules.CLASSIC),
        cp.InvalidValueError,
        r"^standings: matches\[0\] is not a Match or a row \(home, away, home_goals, away_goals\) \(got 'A 1-0 B'\)$",
    ),
    (
        "rules-not-rules",
        lambda: untyped.standings(["A", "B"], [], "classic"),
        cp.RuleError,
        r"^standings: rules must be TableRules \(got 'classic'\)$",
    ),
    (
        "advance-beyond-teams",
        lambda: cp.standings(["A", "B"], [], cp.rules.CLASSIC, advance=3),
        cp.InvalidValueError,
        r"^standings: advance must be places between 0 and 2 \(got 3\)$",
    ),
    (
        "playoff-with-outsider",
        lambda: cp.standings(
            ["A", "B"],
            [],
            cp.rules.CLASSIC,
            playoffs=[cp.Match(home="A", away="C", score=cp.Score(1, 0))],
        ),
        cp.UnknownNameError,
        r"^standings: playoffs\[0\] A 1-0 C: unknown team 'C'",
    ),
    (
        "deduction-for-outsider",
        lambda: cp.standings(
            ["A", "B"],
            [],
            cp.rules.CLASSIC,
            adjustments=[cp.PointsDeduction(team="Z", points=3)],
        ),
        cp.UnknownNameError,
        r"^standings: adjustments\[0\]: unknown team 'Z'",
    ),
    (
        "zero-deduction",
        lambda: cp.PointsDeduction(team="A", points=0),
        cp.InvalidValueError,
        r"^points deduction for 'A': points must be a non-zero integer \(got 0\)$",
    ),
    (
        "lots-with-one-team",
        lambda: cp.standings(["A", "B"], [], cp.rules.CLASSIC, lots=[("A",)]),
        cp.InvalidValueError,
        r"^standings: lots\[0\] must name at least two different teams",
    ),
    (
        "unknown-team-in-table",
        lambda: cp.standings(["A", "B"], [], cp.rules.CLASSIC).row("C"),
        cp.UnknownNameError,
        r"^unknown team 'C'$",
    ),
]


@pytest.mark.parametrize(
    ("make", "error", "pattern"),
    [
        pytest.param(make, error, pattern, id=case_id)
        for case_id, make, error, pattern in CASES
    ],
)
def test_bad_input_is_refused_with_a_clear_message(
    make: Callable[[], Any], error: type[cp.CopaperuError], pattern: str
) -> None:
    """Each bad input raises its copaperu error, with a message naming the item."""
    with pytest.raises(error) as caught:
        make()

    assert re.search(pattern, str(caught.value)), str(caught.value)
    assert "\n" not in str(caught.value)


def test_every_error_is_a_copaperu_error_and_a_builtin() -> None:
    """Catching CopaperuError catches every error; each also refines a builtin."""
    assert issubclass(cp.InvalidValueError, ValueError)
    assert issubclass(cp.RuleError, ValueError)
    assert issubclass(cp.ConfigError, ValueError)
    assert issubclass(cp.UnknownNameError, LookupError)
    for error in (
        cp.InvalidValueError,
        cp.RuleError,
        cp.ConfigError,
        cp.UnknownNameError,
    ):
        assert issubclass(error, cp.CopaperuError)


def test_unknown_name_error_carries_its_data() -> None:
    """UnknownNameError keeps the name asked for and the names known."""
    with pytest.raises(cp.UnknownNameError) as caught:
        cp.rules.table_preset("uefa-euro-2042")

    assert "uefa-euro-2042" == caught.value.name
    assert "uefa-euro-2024" in caught.value.known


def test_config_error_lists_every_problem() -> None:
    """ConfigError prints one line per problem, each with its location."""
    error = cp.ConfigError(
        "cup.toml", [("teams[2]", "empty name"), ("stages", "missing")]
    )

    assert "cup.toml: teams[2]: empty name\ncup.toml: stages: missing" == str(error)
    assert 2 == len(error.problems)
