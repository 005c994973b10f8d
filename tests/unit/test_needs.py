"""What a team needs from its group's remaining matches: needs_from_rows and its values."""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest

import copaperu as cp
from copaperu._words import condition_text, match_need_text
from copaperu.simulate import (
    Condition,
    Fate,
    MatchNeed,
    Needs,
    needs_from_rows,
)

RULES = cp.rules.FIFA_WORLD_CUP_2018
GROUP_F: list[cp.Row] = [  # 2018 World Cup, before the last matchday
    ("Germany", "Mexico", 0, 1),
    ("Sweden", "South Korea", 1, 0),
    ("South Korea", "Mexico", 1, 2),
    ("Germany", "Sweden", 2, 1),
]


def ranked_fate(teams: list[str], rows: list[cp.Row], team: str, target: int) -> Fate:
    """The team's fate, read off the places rank_rows gives."""
    first = 1
    for block in cp.rank_rows(teams, rows, RULES):
        last = first + len(block) - 1
        if team in block:
            if last <= target:
                return Fate.QUALIFIES
            return Fate.ELIMINATED if first > target else Fate.LEVEL
        first = last + 1
    raise AssertionError(team)


untyped: Any = needs_from_rows


class TestHandWorked:
    def test_two_teams_one_match(self) -> None:
        """A and B, nothing played, A v B left: a win puts A first, a draw leaves
        them level on everything rows can tell (fair play and lots decide), a loss
        puts A second. Points settle a win and a loss (one outcome each); a draw
        is ranked at each of its three scores up to 2-2: five outcomes."""
        needs = needs_from_rows(
            ["A", "B"], [], [("A", "B")], RULES, "A", 1, max_goals=2
        )

        assert (
            Needs(
                team="A",
                target=1,
                fixtures=(("A", "B"),),
                max_goals=2,
                clinched=False,
                eliminated=False,
                exhaustive=True,
                scenarios=5,
                conditions=(
                    Condition(
                        needs=(
                            MatchNeed(home="A", away="B", margins=(1, 2), max_goals=2),
                        ),
                        fate=Fate.QUALIFIES,
                    ),
                    Condition(
                        needs=(
                            MatchNeed(home="A", away="B", margins=(0,), max_goals=2),
                        ),
                        fate=Fate.LEVEL,
                    ),
                    Condition(
                        needs=(
                            MatchNeed(
                                home="A", away="B", margins=(-2, -1), max_goals=2
                            ),
                        ),
                        fate=Fate.ELIMINATED,
                    ),
                ),
            )
            == needs
        )
        assert (
            "A finishes first if it beats B. It ends level across first place on "
            "everything the scores decide if it draws with B. Otherwise it does not."
        ) == str(needs)

    def test_a_team_that_does_not_play_needs_a_margin_and_a_score(self) -> None:
        """Peru 2-0 Chile and Chile 1-1 Bolivia played; Bolivia v Peru left.
        Chile (1 point, goals 1-3) can only be second if Peru win (else Bolivia
        have 2 or more points). Bolivia then have goals 1+a for, 1+h against: a
        one-goal Peru win leaves Bolivia ahead on goal difference (-1 against -2);
        by three or more, Chile are ahead. By two, goal difference is level and
        goals decide: at 2-0 both scored 1, the head-to-head was 1-1, so they stay
        level (fair play, lots); at 3-1 or more Bolivia scored more."""
        rows = [("Peru", "Chile", 2, 0), ("Chile", "Bolivia", 1, 1)]
        needs = needs_from_rows(
            ["Peru", "Chile", "Bolivia"], rows, [("Bolivia", "Peru")], RULES, "Chile", 2
        )

        assert [
            "Peru beat Bolivia by 3 or more: qualifies",
            "Peru beat Bolivia 2-0: level",
            "Bolivia do not lose to Peru by 2 or more: eliminated",
            "Peru beat Bolivia 3-1, 4-2 or 5-3: eliminated",
        ] == [str(condition) for condition in needs.conditions]
        assert (
            "Chile finishes in the top two if Peru beat Bolivia by 3 or more. "
            "It ends level across the top two on everything the scores decide "
            "if Peru beat Bolivia 2-0. Otherwise it does not."
        ) == str(needs)
        assert Fate.QUALIFIES == needs.fate([("Bolivia", "Peru", 1, 4)])
        assert Fate.LEVEL == needs.fate([("Bolivia", "Peru", 0, 2)])
        assert Fate.ELIMINATED == needs.fate([("Bolivia", "Peru", 1, 3)])
        assert Fate.ELIMINATED == needs.fate([("Bolivia", "Peru", 2, 2)])

    def test_a_match_that_never_matters_is_left_out(self) -> None:
        """A beat C 1-0; A v B and C v D are left. A win or a draw puts A first
        (6 or 4 points; B has at most 1 after a draw, C and D at most 3). A loss
        leaves A and B on 3 points with B ahead on goal difference (B +m at
        least 1, A 1 - m at most 0), whoever else reaches 3. So C v D never
        matters: each condition names A v B only."""
        needs = needs_from_rows(
            ["A", "B", "C", "D"],
            [("A", "C", 1, 0)],
            [("A", "B"), ("C", "D")],
            RULES,
            "A",
            1,
            max_goals=2,
        )

        assert (
            Condition(
                needs=(MatchNeed(home="A", away="B", margins=(0, 1, 2), max_goals=2),),
                fate=Fate.QUALIFIES,
            ),
            Condition(
                needs=(MatchNeed(home="A", away="B", margins=(-2, -1), max_goals=2),),
                fate=Fate.ELIMINATED,
            ),
        ) == needs.conditions
        assert (
            "A finishes first if it does not lose to B. Otherwise it does not."
            == str(needs)
        )

    def test_clinched_whatever_happens(self) -> None:
        """A beat B and C: 6 points; B v C gives the winner 3 at most. Points settle
        each of the three results, so three outcomes are ranked."""
        rows = [("A", "B", 1, 0), ("A", "C", 1, 0)]
        needs = needs_from_rows(["A", "B", "C"], rows, [("B", "C")], RULES, "A", 1)

        assert (True, False, 3) == (needs.clinched, needs.eliminated, needs.scenarios)
        assert (Condition(needs=(), fate=Fate.QUALIFIES),) == needs.conditions
        assert "A finishes first whatever happens." == str(needs)

    def test_eliminated_whatever_happens(self) -> None:
        """The same group: C cannot pass A's 6 points."""
        rows = [("A", "B", 1, 0), ("A", "C", 1, 0)]
        needs = needs_from_rows(["A", "B", "C"], rows, [("B", "C")], RULES, "C", 1)

        assert (False, True) == (needs.clinched, needs.eliminated)
        assert "C cannot finish first." == str(needs)
        assert Fate.ELIMINATED == needs.fate([("B", "C", 0, 5)])

    def test_nothing_left_to_play(self) -> None:
        """No remaining match: the one outcome is the table as it stands."""
        needs = needs_from_rows(["A", "B"], [("A", "B", 0, 1)], [], RULES, "A", 1)

        assert (False, True, 1) == (needs.clinched, needs.eliminated, needs.scenarios)
        assert Fate.ELIMINATED == needs.fate([])

    def test_level_at_best(self) -> None:
        """B beat A 1-0 away; A v B is left, scores to one goal. A's 1-0 win
        levels everything rows can tell (points, goal difference, goals, the
        head-to-head), so A can only hope for lots; a draw or a loss leaves B
        first."""
        needs = needs_from_rows(
            ["A", "B"], [("B", "A", 1, 0)], [("A", "B")], RULES, "A", 1, max_goals=1
        )

        assert (
            "A cannot be sure to finish first. It ends level across first place on "
            "everything the scores decide if it beats B. Otherwise it does not."
        ) == str(needs)

    def test_never_below_the_target(self) -> None:
        """A beat B 1-0; B v A is left, scores to one goal: B's 1-0 win levels
        everything, any other result leaves A first; A is never out."""
        needs = needs_from_rows(
            ["A", "B"], [("A", "B", 1, 0)], [("B", "A")], RULES, "A", 1, max_goals=1
        )

        assert (
            "A finishes first if it does not lose to B. It ends level across first "
            "place on everything the scores decide if it loses to B."
        ) == str(needs)

    def test_four_matches_left_agree_with_ranking_each_outcome(self) -> None:
        """Group F of 2018 after its first matchday, scores to two goals (6,561
        outcomes, many cells to describe): every outcome's fate, read from the
        conditions, is the one rank_rows gives."""
        teams = ["Germany", "Mexico", "Sweden", "South Korea"]
        played = [("Germany", "Mexico", 0, 1), ("Sweden", "South Korea", 1, 0)]
        remaining = [
            ("South Korea", "Mexico"),
            ("Germany", "Sweden"),
            ("South Korea", "Germany"),
            ("Mexico", "Sweden"),
        ]
        needs = needs_from_rows(
            teams, played, remaining, RULES, "Sweden", 2, max_goals=2
        )
        scores = list(itertools.product(range(3), repeat=2))
        wrong = []
        for chosen in itertools.product(scores, repeat=4):
            results = [
                (h, a, x, y) for (h, a), (x, y) in zip(remaining, chosen, strict=True)
            ]
            if needs.fate(results) is not ranked_fate(
                teams, played + results, "Sweden", 2
            ):
                wrong.append(results)

        assert (True, False, False) == (
            needs.exhaustive,
            needs.clinched,
            needs.eliminated,
        )
        assert [] == wrong[:3]

    def test_the_last_place_is_always_reached(self) -> None:
        """Target 2 of a group of two: every team finishes there or better."""
        needs = needs_from_rows(["A", "B"], [], [("A", "B")], RULES, "B", 2)

        assert needs.clinched

    def test_a_chain_not_starting_with_points_ranks_every_score(self) -> None:
        """Goal difference first: A beat C 1-0 (+1), and B v A is left. A win by
        m gives B +m against A's 1 - m, so any B win puts B top; a draw leaves A
        top. The chain does not start with points, so each of the 9 scores up to
        2-2 is ranked."""
        rules = cp.TableRules(
            tiebreakers=(cp.tiebreak.goal_difference(), cp.tiebreak.points())
        )
        needs = needs_from_rows(
            ["A", "B", "C"],
            [("A", "C", 1, 0)],
            [("B", "A")],
            rules,
            "B",
            1,
            max_goals=2,
        )

        assert 9 == needs.scenarios
        assert "B finishes first if it beats A. Otherwise it does not." == str(needs)
        assert Fate.QUALIFIES == needs.fate([("B", "A", 1, 0)])
        assert Fate.ELIMINATED == needs.fate([("B", "A", 2, 2)])


class TestTooLarge:
    def test_too_many_results_stops_before_ranking(self) -> None:
        """Two matches give nine combinations of results, more than five."""
        needs = needs_from_rows(
            ["A", "B", "C", "D"],
            [],
            [("A", "B"), ("C", "D")],
            RULES,
            "A",
            2,
            max_scenarios=5,
        )

        assert (False, False, False, 0, ()) == (
            needs.exhaustive,
            needs.clinched,
            needs.eliminated,
            needs.scenarios,
            needs.conditions,
        )
        assert (
            "2 remaining matches give 3**2 = 9 combinations of results, "
            "more than max_scenarios=5"
        ) == needs.reason
        assert needs.fate([("A", "B", 1, 0), ("C", "D", 0, 0)]) is None
        assert str(needs).startswith("A: not worked out (2 remaining matches")

    def test_a_whole_group_to_play_is_refused_quickly(self) -> None:
        """Four teams, six matches, scores to five goals: 36**6 outcomes; the
        count is worked out per combination of results and stops at the cap."""
        teams = ["A", "B", "C", "D"]
        remaining = [(h, a) for i, h in enumerate(teams) for a in teams[i + 1 :]]
        needs = needs_from_rows(teams, [], remaining, RULES, "A", 2)

        assert not needs.exhaustive
        assert re.search(
            r"more than max_scenarios=200000 outcomes to rank", needs.reason
        )

    def test_too_many_classes_of_scores_to_describe(self) -> None:
        """Germany to finish first in Group F of 2018: 233 outcomes ranked, whose
        scores first split into 272 combinations that differ."""
        needs = needs_from_rows(
            ["Germany", "Mexico", "Sweden", "South Korea"],
            GROUP_F,
            [("South Korea", "Germany"), ("Mexico", "Sweden")],
            RULES,
            "Germany",
            1,
            max_scenarios=250,
        )

        assert (False, 233) == (needs.exhaustive, needs.scenarios)
        assert needs.reason.startswith("the outcomes fall into 272 combinations")

    def test_too_many_cells_to_describe(self) -> None:
        """Group F of 2018 before the last matchday: 492 outcomes ranked for
        Germany, but their scores fall into 576 combinations that differ."""
        needs = needs_from_rows(
            ["Germany", "Mexico", "Sweden", "South Korea"],
            GROUP_F,
            [("South Korea", "Germany"), ("Mexico", "Sweden")],
            RULES,
            "Germany",
            2,
            max_scenarios=500,
        )

        assert (False, 492) == (needs.exhaustive, needs.scenarios)
        assert needs.reason.startswith("the outcomes fall into 576 combinations")


GROUP = ["A", "B", "C"]
PLAYED = [("A", "B", 1, 0)]
ERRORS = [
    (
        "teams-string",
        {"teams": "ABC"},
        cp.InvalidValueError,
        r"teams must be a sequence",
    ),
    (
        "teams-twice",
        {"teams": ["A", "B", "A"]},
        cp.InvalidValueError,
        r"team 'A' is listed twice",
    ),
    ("teams-one", {"teams": ["A"]}, cp.InvalidValueError, r"at least two teams"),
    (
        "teams-empty-name",
        {"teams": ["A", " "]},
        cp.InvalidValueError,
        r"non-empty name \(got ' '\)",
    ),
    ("played-none", {"played": None}, cp.InvalidValueError, r"played must be rows"),
    (
        "remaining-string",
        {"remaining": "B-C"},
        cp.InvalidValueError,
        r"remaining must be matches",
    ),
    (
        "row-short",
        {"played": [("A", "B", 1)]},
        cp.InvalidValueError,
        r"played\[0\]: a row is",
    ),
    (
        "row-unknown",
        {"played": [("A", "X", 1, 0)]},
        cp.UnknownNameError,
        r"played\[0\]: unknown team 'X'",
    ),
    (
        "row-itself",
        {"played": [("A", "A", 1, 0)]},
        cp.InvalidValueError,
        r"played\[0\]: a team cannot play itself",
    ),
    (
        "row-negative",
        {"played": [("A", "B", -1, 0)]},
        cp.InvalidValueError,
        r"played\[0\]: goals must be non-negative",
    ),
    (
        "row-bool",
        {"played": [("A", "B", True, 0)]},
        cp.InvalidValueError,
        r"goals must be non-negative integers",
    ),
    (
        "remaining-unknown",
        {"remaining": [("B", "Z")]},
        cp.UnknownNameError,
        r"remaining\[0\]: unknown team 'Z'",
    ),
    (
        "remaining-itself",
        {"remaining": [("C", "C")]},
        cp.InvalidValueError,
        r"remaining\[0\]: a team cannot play itself",
    ),
    (
        "remaining-played",
        {"remaining": [("B", "C"), ("A", "B")]},
        cp.InvalidValueError,
        r"remaining\[1\]: 'A' v 'B' is already played \(played\[0\]\)",
    ),
    (
        "remaining-twice",
        {"remaining": [("B", "C"), ("B", "C")]},
        cp.InvalidValueError,
        r"remaining\[1\]: 'B' v 'C' is listed twice",
    ),
    (
        "remaining-shape",
        {"remaining": [("B", "C", "A")]},
        cp.InvalidValueError,
        r"remaining\[0\]: a remaining match is \(home, away\)",
    ),
    (
        "rules",
        {"rules": "fifa"},
        cp.InvalidValueError,
        r"rules must be TableRules \(got 'fifa'\)",
    ),
    (
        "team-unknown",
        {"team": "Cc"},
        cp.UnknownNameError,
        r"what_needs: unknown team 'Cc'",
    ),
    (
        "target-zero",
        {"target": 0},
        cp.InvalidValueError,
        r"target must be a place from 1 to 3 \(got 0\)",
    ),
    (
        "target-high",
        {"target": 4},
        cp.InvalidValueError,
        r"target must be a place from 1 to 3 \(got 4\)",
    ),
    ("target-bool", {"target": True}, cp.InvalidValueError, r"target must be a place"),
    (
        "max-goals",
        {"max_goals": 0},
        cp.InvalidValueError,
        r"max_goals must be an integer of at least 1",
    ),
    (
        "max-scenarios",
        {"max_scenarios": 0.5},
        cp.InvalidValueError,
        r"max_scenarios must be an integer",
    ),
]


@pytest.mark.parametrize(
    ("changed", "error", "message"),
    [
        pytest.param(changed, error, message, id=name)
        for name, changed, error, message in ERRORS
    ],
)
def test_bad_arguments_are_refused_by_name(
    changed: dict[str, object], error: type[Exception], message: str
) -> None:
    arguments: dict[str, object] = {
        "teams": GROUP,
        "played": PLAYED,
        "remaining": [("B", "C"), ("C", "A")],
        "rules": RULES,
        "team": "C",
        "target": 1,
    } | changed
    keywords = {
        key: arguments.pop(key)
        for key in ("max_goals", "max_scenarios")
        if key in arguments
    }

    with pytest.raises(error, match=message):
        untyped(*arguments.values(), **keywords)


class TestFateOfResults:
    needs = needs_from_rows(
        GROUP, PLAYED, [("B", "C"), ("C", "A")], RULES, "C", 1, max_goals=2
    )

    @pytest.mark.parametrize(
        ("results", "message"),
        [
            ([("B", "C", 1, 0)], r"no result for 'C' v 'A'"),
            (
                [("B", "C", 1, 0), ("A", "C", 1, 0)],
                r"'A' v 'C' is not a remaining match",
            ),
            ([("B", "C", 1, 0), ("B", "C", 1, 0)], r"'B' v 'C' is given twice"),
            ([("B", "C", 1, 0), ("C", "A", 3, 0)], r"only scores up to 2 goals a team"),
            ([("B", "C", 1, 0), ("C", "A", -1, 0)], r"goals must be non-negative"),
            ([("B", "C", 1)], r"a result is \(home, away"),
            ("B-C", r"results must be rows"),
        ],
    )
    def test_results_must_be_the_remaining_matches(
        self, results: Any, message: str
    ) -> None:
        with pytest.raises(cp.InvalidValueError, match=message):
            self.needs.fate(results)

    def test_c_wins_the_group_by_winning_both(self) -> None:
        """C beats B and A: 6 points, A and B at most 3."""
        assert Fate.QUALIFIES == self.needs.fate([("B", "C", 0, 1), ("C", "A", 1, 0)])


class TestValues:
    def test_match_need_allows_margins_and_scores(self) -> None:
        need = MatchNeed(
            home="A", away="B", margins=(2, 3), scores=(cp.Score(2, 1),), max_goals=3
        )

        assert [True, True, False, False] == [
            need.allows(2, 0),
            need.allows(2, 1),
            need.allows(3, 2),
            need.allows(1, 1),
        ]

    @pytest.mark.parametrize(
        ("fields", "message"),
        [
            ({"away": "A"}, r"two different team names"),
            ({"margins": (2, 1)}, r"margins must be distinct, in increasing order"),
            ({"margins": (4,)}, r"from -3 to 3 \(got \(4,\)\)"),
            ({"scores": (cp.Score(4, 0),)}, r"a score beyond max_goals=3 \(got 4-0\)"),
            (
                {"margins": (1,), "scores": (cp.Score(2, 1),)},
                r"score 2-1 is already allowed",
            ),
            (
                {"scores": (cp.Score(1, 1), cp.Score(0, 0))},
                r"scores must be distinct and in order",
            ),
            ({"max_goals": 0, "margins": ()}, r"max_goals must be at least 1"),
            ({"margins": [1]}, r"margins must be a tuple"),
        ],
    )
    def test_match_need_refuses_bad_fields(
        self, fields: dict[str, Any], message: str
    ) -> None:
        values: dict[str, Any] = {"home": "A", "away": "B", "max_goals": 3} | fields

        with pytest.raises(cp.InvalidValueError, match=message):
            MatchNeed(**values)

    def test_condition_names_each_match_once(self) -> None:
        need = MatchNeed(home="A", away="B", margins=(0,))

        with pytest.raises(cp.InvalidValueError, match=r"a match is named twice"):
            Condition(needs=(need, need), fate=Fate.LEVEL)

    def test_needs_gives_a_reason_exactly_when_not_exhaustive(self) -> None:
        with pytest.raises(cp.InvalidValueError, match=r"a reason is given exactly"):
            Needs(
                team="A",
                target=1,
                fixtures=(),
                max_goals=1,
                clinched=False,
                eliminated=False,
                exhaustive=False,
                scenarios=0,
            )

    def test_condition_needs_a_result_for_each_of_its_matches(self) -> None:
        condition = Condition(
            needs=(MatchNeed(home="A", away="B", margins=(0,)),), fate=Fate.LEVEL
        )

        with pytest.raises(cp.InvalidValueError, match=r"no result for 'A' v 'B'"):
            condition.holds({("B", "A"): cp.Score(1, 1)})

    def test_needs_built_with_a_gap_says_so(self) -> None:
        """A hand-built Needs whose one condition covers only draws."""
        needs = Needs(
            team="A",
            target=1,
            fixtures=(("A", "B"),),
            max_goals=1,
            clinched=False,
            eliminated=False,
            exhaustive=True,
            scenarios=1,
            conditions=(
                Condition(
                    needs=(MatchNeed(home="A", away="B", margins=(0,), max_goals=1),),
                    fate=Fate.LEVEL,
                ),
            ),
        )

        assert Fate.LEVEL == needs.fate([("A", "B", 1, 1)])
        with pytest.raises(cp.InvalidValueError, match=r"no condition covers"):
            needs.fate([("A", "B", 1, 0)])

    @pytest.mark.parametrize("name", ["target", "max_goals"])
    def test_needs_refuses_a_place_or_bound_below_one(self, name: str) -> None:
        fields: dict[str, Any] = {
            "team": "A",
            "target": 1,
            "fixtures": (),
            "max_goals": 1,
            "clinched": True,
            "eliminated": False,
            "exhaustive": True,
            "scenarios": 1,
        } | {name: 0}

        with pytest.raises(cp.InvalidValueError, match=rf"{name} must be at least 1"):
            Needs(**fields)

    def test_needs_cannot_be_clinched_and_eliminated(self) -> None:
        with pytest.raises(cp.InvalidValueError, match=r"both clinched and eliminated"):
            Needs(
                team="A",
                target=1,
                fixtures=(),
                max_goals=1,
                clinched=True,
                eliminated=True,
                exhaustive=True,
                scenarios=1,
            )


M, S = "Mexico", "Sweden"


@pytest.mark.parametrize(
    ("margins", "scores", "top", "subject", "expected"),
    [
        ((1, 2, 3), (), 3, None, "Mexico beat Sweden"),
        ((2, 3), (), 3, None, "Mexico beat Sweden by 2 or more"),
        ((1,), (), 3, None, "Mexico beat Sweden by 1"),
        ((1, 2), (), 3, None, "Mexico beat Sweden by 1 or 2"),
        ((1, 2, 3), (), 4, None, "Mexico beat Sweden by 1 to 3"),
        ((-3, -2, -1), (), 3, None, "Sweden beat Mexico"),
        ((-3, -2, -1), (), 3, M, "it loses to Sweden"),
        ((-3, -2), (), 3, M, "it loses to Sweden by 2 or more"),
        ((0,), (), 3, None, "Mexico and Sweden draw"),
        ((0,), (), 3, S, "it draws with Mexico"),
        ((0, 1, 2, 3), (), 3, None, "Sweden do not beat Mexico"),
        ((0, 1, 2, 3), (), 3, M, "it does not lose to Sweden"),
        ((0, 1, 2, 3), (), 3, S, "it does not beat Mexico"),
        ((0, 1, 2), (), 3, None, "Mexico draw with Sweden or beat Sweden by 1 or 2"),
        ((-2, -1, 0), (), 3, M, "it draws with Sweden or loses to Sweden by 1 or 2"),
        ((-1, 0, 1, 2, 3), (), 3, None, "Mexico do not lose to Sweden by 2 or more"),
        ((-3, -2, -1, 0, 1, 2), (), 3, None, "Mexico do not beat Sweden by 3 or more"),
        (
            (-1, 0, 1),
            (),
            3,
            None,
            "Mexico do not lose to Sweden by 2 or more and do not beat Sweden by 2 or more",
        ),
        (
            (-3, 0),
            (),
            3,
            None,
            "Sweden beat Mexico by 3 or more or Mexico and Sweden draw",
        ),
        ((), ((1, 1), (2, 2), (3, 3)), 3, None, "Mexico and Sweden draw 1-1 or higher"),
        ((), ((0, 0), (1, 1)), 3, None, "Mexico and Sweden draw 1-1 or lower"),
        ((), ((0, 0), (2, 2)), 3, None, "Mexico and Sweden draw 0-0 or 2-2"),
        ((), ((1, 1), (2, 2), (3, 3)), 3, M, "it draws 1-1 or higher with Sweden"),
        ((), ((2, 1), (3, 2)), 3, None, "Mexico beat Sweden 2-1 or 3-2"),
        ((), ((2, 1), (3, 2)), 3, S, "it loses 1-2 or 2-3 to Mexico"),
        ((), ((0, 2),), 3, M, "it loses 0-2 to Sweden"),
        ((-1, 0, 1), (), 1, None, "Mexico v Sweden ends any way"),
    ],
)
def test_match_need_in_words(
    margins: tuple[int, ...],
    scores: tuple[tuple[int, int], ...],
    top: int,
    subject: str | None,
    expected: str,
) -> None:
    need = MatchNeed(
        home=M,
        away=S,
        margins=margins,
        scores=tuple(cp.Score(h, a) for h, a in scores),
        max_goals=top,
    )

    assert expected == match_need_text(need, subject)


def test_condition_in_words_says_it_once() -> None:
    """Two needs of the team read "it beats B and beats C"."""
    condition = Condition(
        needs=(
            MatchNeed(home="A", away="B", margins=(1, 2), max_goals=2),
            MatchNeed(home="C", away="A", margins=(-2, -1), max_goals=2),
        ),
        fate=Fate.QUALIFIES,
    )

    assert "it beats B and beats C" == condition_text(condition, "A")
    assert "A beat B and A beat C: qualifies" == str(condition)


def test_a_condition_without_needs_holds_whatever_happens() -> None:
    assert "whatever happens: qualifies" == str(
        Condition(needs=(), fate=Fate.QUALIFIES)
    )
