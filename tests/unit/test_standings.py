"""Behaviour of copaperu.standings(), one rule at a time, on small hand-made groups.

Every expected value here was worked out by hand from the matches written next to it.
"""

from __future__ import annotations

import math
from datetime import date
from fractions import Fraction

import attrs
import pytest

import copaperu as cp
from copaperu import tiebreak


def m(home: str, away: str, score: str | None, **kwargs: object) -> cp.Match:
    return cp.Match(
        home=home,
        away=away,
        score=None if score is None else cp.Score.parse(score),
        **kwargs,  # type: ignore[arg-type]
    )


# A, B and C finish on 10 points, D on 4. Among A, B, C: A 9 pts; B and C 4 pts each,
# goal difference -1 each, 1 goal each, no away goals: level in the three-team
# mini-table. Between B and C alone: B 4 pts (1-0, 0-0), C 1 pt.
REAPPLY_MATCHES = [
    m("A", "B", "1-0"),
    m("B", "A", "0-1"),
    m("A", "C", "1-0"),
    m("C", "A", "1-0"),
    m("B", "C", "1-0"),
    m("C", "B", "0-0"),
    m("D", "A", "1-0"),
    m("A", "D", "0-0"),
    m("B", "D", "1-0"),
    m("D", "B", "0-1"),
    m("C", "D", "1-0"),
    m("D", "C", "0-1"),
]


# UEFA's re-application as older regulations word it: only for two teams.
TWO_ONLY = (
    tiebreak.head_to_head(),
    tiebreak.only_when(tiebreak.head_to_head(), teams=2),
)


class TestHeadToHead:
    def test_reapplied_head_to_head_separates_the_remaining_pair(self) -> None:
        """UEFA-style re-application: B above C on their own two matches."""
        rules = cp.TableRules(
            tiebreakers=(tiebreak.points(), tiebreak.head_to_head(reapply=True))
        )
        table = cp.standings(["A", "B", "C", "D"], REAPPLY_MATCHES, rules)

        assert ("A", "B", "C", "D") == table.order
        assert () == table.level_teams
        separations = table.explain().separations
        reasons = [str(s) for s in separations]
        assert (
            cp.Separation(
                upper="A",
                lower="B",
                criterion=tiebreak.points(among_teams_concerned=True),
                upper_value=9,
                lower_value=4,
                among=("A", "B", "C"),
            )
            == separations[0]
        )
        assert "A above B on head-to-head points among A, B, C: 9 vs 4" == reasons[0]
        assert "B above C on head-to-head points among B, C: 4 vs 1" == reasons[1]

    def test_single_pass_head_to_head_leaves_the_pair_level(self) -> None:
        """FIFA-2018-style single pass: B and C stay level after the mini-table."""
        rules = cp.TableRules(
            tiebreakers=(tiebreak.points(), tiebreak.head_to_head(reapply=False))
        )
        table = cp.standings(["A", "B", "C", "D"], REAPPLY_MATCHES, rules)

        assert (
            cp.LevelTeams(teams=("B", "C"), position=2, needs=cp.Need.DECISION),
        ) == table.level_teams
        assert [1, 2, 2, 4] == [row.position for row in table.rows]

    def test_reapplied_only_for_two_teams_separates_the_remaining_pair(self) -> None:
        """UEFA's older wording, "if ... two teams still have an equal ranking":
        a single pass, then the head-to-head again for a pair."""
        rules = cp.TableRules(tiebreakers=(tiebreak.points(), *TWO_ONLY))
        table = cp.standings(["A", "B", "C", "D"], REAPPLY_MATCHES, rules)

        assert ("A", "B", "C", "D") == table.order
        assert "B above C on head-to-head points among B, C: 4 vs 1" == str(
            table.explain().separations[1]
        )

    def test_reapplied_only_for_two_teams_leaves_three_level(self) -> None:
        """All four on 4 points and goal difference 0; A last on goals (1 v 3).
        B, C and D stay level under the older wording; re-applied to the three
        (D 4 points, B 3, C 1 among them), they are separated."""
        matches = [
            m("A", "B", "0-0"),
            m("A", "C", "0-1"),
            m("A", "D", "1-0"),
            m("B", "C", "2-1"),
            m("B", "D", "1-2"),
            m("C", "D", "1-1"),
        ]
        two_only = cp.TableRules(tiebreakers=(tiebreak.points(), *TWO_ONLY))
        any_size = cp.TableRules(
            tiebreakers=(tiebreak.points(), tiebreak.head_to_head(reapply=True))
        )

        assert (
            cp.LevelTeams(teams=("B", "C", "D"), position=1, needs=cp.Need.DECISION),
        ) == cp.standings(["A", "B", "C", "D"], matches, two_only).level_teams
        assert ("D", "B", "C", "A") == cp.standings(
            ["A", "B", "C", "D"], matches, any_size
        ).order

    def test_top_level_head_to_head_scope_uses_the_teams_still_level(self) -> None:
        """A lone head-to-head criterion uses the teams still level when reached."""
        rules = cp.TableRules(
            tiebreakers=(
                tiebreak.points(),
                tiebreak.points(among_teams_concerned=True),
                tiebreak.points(among_teams_concerned=True),
            )
        )
        table = cp.standings(["A", "B", "C", "D"], REAPPLY_MATCHES, rules)

        assert ("A", "B", "C", "D") == table.order


class TestFairPlay:
    def test_fewer_weighted_cards_ranks_higher(self) -> None:
        """Level on everything else, the team with -4 is above the team with -6."""
        matches = [
            m(
                "J",
                "S",
                "2-2",
                cards={"J": cp.Cards(yellow=4), "S": cp.Cards(yellow=6)},
            ),
        ]
        table = cp.standings(["J", "S"], matches, cp.rules.FIFA_WORLD_CUP_2018)

        separation = table.explain().separations[0]

        assert ("J", "S") == table.order
        assert (tiebreak.fair_play(), -4, -6, None) == (
            separation.criterion,
            separation.upper_value,
            separation.lower_value,
            separation.among,
        )
        assert "J above S on fair play: -4 vs -6" == str(separation)

    def test_fifa_weights_by_category(self) -> None:
        """Yellow -1, indirect red -3, direct red -4, yellow and direct red -5."""
        cards = cp.Cards(yellow=1, indirect_red=1, red=1, yellow_and_red=1)

        assert -13 == tiebreak.fair_play().score(cards)


class TestRankingAndLots:
    def test_ranking_decides_after_everything_else(self) -> None:
        """FIFA 2026: teams level on all else are ranked by the world ranking."""
        rules = cp.rules.FIFA_WORLD_CUP_2026.with_ranking(
            "FIFA/Coca-Cola Men's World Ranking", {"Alpacas": 1480.5, "Condors": 1490.0}
        )
        table = cp.standings(
            ["Alpacas", "Condors"], [m("Alpacas", "Condors", "1-1")], rules
        )

        separation = table.explain().separations[-1]

        assert ("Condors", "Alpacas") == table.order
        assert (1490.0, 1480.5) == (separation.upper_value, separation.lower_value)
        assert "1490.0 vs 1480.5" in str(table.explain())

    def test_a_place_ranking_prefers_the_lower_number(self) -> None:
        """A ranking of places (1st, 2nd) ranks the lower number higher."""
        rules = cp.TableRules(
            tiebreakers=(
                tiebreak.points(),
                tiebreak.ranking("places", {"X": 2, "Y": 1}, higher_is_better=False),
            )
        )
        table = cp.standings(["X", "Y"], [], rules)

        assert ("Y", "X") == table.order
        assert "Y above X on places: 1 vs 2" == str(table.explain().separations[0])

    def test_missing_ranking_values_leave_an_open_tie_that_needs_them(self) -> None:
        """The ranking is reached, but a team has no value: no guess, an open tie."""
        rules = cp.rules.FIFA_WORLD_CUP_2026.with_ranking(
            "FIFA/Coca-Cola Men's World Ranking", {"Alpacas": 1480.5}
        )
        table = cp.standings(
            ["Alpacas", "Condors"], [m("Alpacas", "Condors", "1-1")], rules
        )
        tie = cp.LevelTeams(
            teams=("Alpacas", "Condors"),
            position=1,
            needs=cp.Need.RANKING_VALUE,
            ranking="FIFA/Coca-Cola Men's World Ranking",
            missing=("Condors",),
        )

        assert (tie,) == table.level_teams
        assert (
            "Alpacas, Condors level in place 1: needs a FIFA/Coca-Cola Men's World "
            "Ranking (no value for Condors)"
        ) == str(tie)

    def test_unseeded_lots_leave_an_open_tie_that_needs_lots(self) -> None:
        """Without a seed or a recorded draw, the teams stay level."""
        table = cp.standings(
            ["X", "Y"], [m("X", "Y", "0-0")], cp.rules.FIFA_WORLD_CUP_1990
        )

        assert (
            cp.LevelTeams(teams=("X", "Y"), position=1, needs=cp.Need.DRAWING_OF_LOTS),
        ) == table.level_teams

    def test_recorded_lots_decide(self) -> None:
        """A recorded drawing of lots orders the teams as drawn."""
        table = cp.standings(
            ["X", "Y"],
            [m("X", "Y", "0-0")],
            cp.rules.FIFA_WORLD_CUP_1990,
            lots=[("Y", "X")],
        )

        separation = table.explain().separations[0]

        assert ("Y", "X") == table.order
        assert (1, 2, None) == (
            separation.upper_value,
            separation.lower_value,
            separation.seed,
        )
        assert (
            "Y above X on drawing of lots: drawn 1st vs drawn 2nd (drawn, as recorded)"
            == str(separation)
        )

    def test_seeded_lots_are_reproducible_and_say_so(self) -> None:
        """The same seed gives the same order, and the explanation names the seed."""
        rules = cp.TableRules(
            tiebreakers=(tiebreak.points(), tiebreak.drawing_of_lots(seed=7))
        )
        teams = [f"T{i}" for i in range(6)]
        first = cp.standings(teams, [], rules)
        second = cp.standings(list(reversed(teams)), [], rules)

        assert first == second
        assert () == first.level_teams
        assert {7} == {s.seed for s in first.explain().separations}
        assert "simulated with seed 7" in str(first.explain())


class TestPlayoff:
    def test_level_teams_within_the_qualifying_places_go_on_to_goal_difference(
        self,
    ) -> None:
        """A tie that does not straddle the boundary is decided by the next criteria."""
        matches = [m("A", "C", "3-0"), m("B", "C", "1-0"), m("A", "B", "0-0")]
        table = cp.standings(
            ["A", "B", "C"], matches, cp.rules.COPA_PERU_1998, advance=2
        )

        assert ("A", "B", "C") == table.order
        assert "A above B on goal difference: +3 vs +1" == str(
            table.explain().separations[0]
        )

    def test_three_teams_level_across_the_boundary_need_a_playoff(self) -> None:
        """Three teams level for first place need a play-off; one result is not enough."""
        matches = [m("A", "B", "1-0"), m("B", "C", "1-0"), m("C", "A", "1-0")]
        partial = [m("A", "B", "2-0")]
        table = cp.standings(
            ["A", "B", "C"],
            matches,
            cp.rules.COPA_PERU_1998,
            advance=1,
            playoffs=partial,
        )

        assert (
            cp.LevelTeams(teams=("A", "B", "C"), position=1, needs=cp.Need.PLAYOFF),
        ) == table.level_teams

    def test_a_level_playoff_without_a_winner_decides_nothing(self) -> None:
        """A drawn play-off with no extra time or shoot-out leaves the tie open."""
        table = cp.standings(
            ["A", "B"],
            [m("A", "B", "1-1")],
            cp.rules.COPA_PERU_1998,
            advance=1,
            playoffs=[m("A", "B", "0-0")],
        )

        assert cp.Need.PLAYOFF == table.level_teams[0].needs

    def test_a_playoff_won_on_penalties_decides(self) -> None:
        """The play-off winner may be decided by a shoot-out."""
        playoff = m(
            "A", "B", "1-1", extra_time=cp.Score(1, 1), penalties=cp.Score(3, 4)
        )
        table = cp.standings(
            ["A", "B"],
            [m("A", "B", "0-0")],
            cp.rules.COPA_PERU_1998,
            advance=1,
            playoffs=[playoff],
        )

        assert ("B", "A") == table.order


class TestRecords:
    def test_unplayed_matches_count_for_nothing_and_are_reported(self) -> None:
        """A match with no score is in ``unplayed`` and adds nothing to any row."""
        unknown = m("A", "B", None)
        table = cp.standings(["A", "B"], [unknown], cp.rules.CLASSIC)

        assert (unknown,) == table.unplayed
        assert 0 == table.row("A").played
        assert "not counted (no score): A v B" in str(table.explain())

    def test_points_deduction_changes_points_not_results(self) -> None:
        """A deducted point drops a team below the one it drew with; results stand."""
        table = cp.standings(
            ["A", "B"],
            [m("A", "B", "1-1")],
            cp.rules.CLASSIC,
            adjustments=[
                cp.PointsDeduction(team="A", points=1, reason="ineligible player")
            ],
        )

        assert ("B", "A") == table.order
        assert (0, 1, 1) == (
            table.row("A").points,
            table.row("A").deducted,
            table.row("A").drawn,
        )

    def test_goal_average_ranks_a_clean_sheet_highest(self) -> None:
        """Goal average: 2/0 above 4/1 above 1/6 above 0/0."""
        matches = [
            m("A", "C", "2-0"),
            m("B", "C", "4-1"),
            m("C", "D", "0-0"),
            m("D", "B", "0-0"),
        ]
        rules = cp.TableRules(tiebreakers=(tiebreak.goal_average(),))
        table = cp.standings(["A", "B", "C", "D"], matches, rules)

        assert ("A", "B", "C", "D") == table.order

    def test_away_goals_ignore_neutral_venues(self) -> None:
        """Goals at a neutral venue are not away goals."""
        matches = [m("A", "B", "1-2", neutral=True), m("B", "A", "1-2")]
        rules = cp.TableRules(tiebreakers=(tiebreak.away_goals(),))
        table = cp.standings(["A", "B"], matches, rules)

        assert ("A", "B") == table.order
        assert "A above B on away goals: 2 vs 0" == str(table.explain().separations[0])

    def test_only_when_applies_only_to_the_given_number_of_teams(self) -> None:
        """A condition for two teams is skipped when three are level."""
        rules = cp.TableRules(
            tiebreakers=(
                tiebreak.points(),
                tiebreak.only_when(tiebreak.goals_for(), teams=2),
            )
        )
        three = [m("A", "B", "2-2"), m("B", "C", "1-1"), m("C", "A", "0-0")]
        two = [m("A", "B", "2-2"), m("A", "C", "1-0"), m("B", "C", "3-0")]

        assert 1 == len(cp.standings(["A", "B", "C"], three, rules).level_teams)
        assert ("B", "A", "C") == cp.standings(["A", "B", "C"], two, rules).order

    def test_readable_table_marks_shared_places(self) -> None:
        """str() shows a shared place with '='."""
        table = cp.standings(["A", "B"], [m("A", "B", "0-0")], cp.rules.CLASSIC)
        lines = str(table).splitlines()

        assert lines[1].startswith("  1=  A")
        assert lines[2].startswith("  1=  B")


# Euro 2024, art. 20.02. Three match days; on the last, Llamas and Condors draw 2-2
# and finish level on 4 points and 4-4 in goals, Alpacas on 7, Vicuñas on 1. Condors
# have three yellow cards, so fair play alone would put Llamas above them.
DAYS = [date(2024, 6, 14), date(2024, 6, 19), date(2024, 6, 23)]
GROUP = ["Alpacas", "Condors", "Llamas", "Vicuñas"]
EURO_2024 = cp.rules.UEFA_EURO_2024.with_ranking(
    "European Qualifiers overall ranking",
    {"Alpacas": 1.0, "Condors": 2.0, "Llamas": 3.0, "Vicuñas": 4.0},
)


def last_round(
    *, penalties: str | None, days: tuple[int, int, int] = (0, 1, 2)
) -> list[cp.Match]:
    """The group; the Llamas-Condors draw is played on match day *days[2]* (index)."""
    first, second, third = (DAYS[day] for day in days)
    shootout = None if penalties is None else cp.Score.parse(penalties)
    return [
        m("Vicuñas", "Llamas", "0-1", date=first),
        m("Condors", "Alpacas", "1-2", date=first),
        m(
            "Vicuñas",
            "Condors",
            "0-1",
            date=second,
            cards={"Condors": cp.Cards(yellow=3)},
        ),
        m("Llamas", "Alpacas", "1-2", date=second),
        m("Alpacas", "Vicuñas", "1-1", date=DAYS[2]),
        m("Llamas", "Condors", "2-2", date=third, penalties=shootout),
    ]


class TestLastMatchShootout:
    def test_recorded_shootout_ranks_the_two_before_fair_play(self) -> None:
        """Condors win the shoot-out after the last match: above Llamas, cards or not."""
        table = cp.standings(GROUP, last_round(penalties="3-4"), EURO_2024)

        separation = table.explain().separations[1]

        assert ("Alpacas", "Condors", "Llamas", "Vicuñas") == table.order
        assert (None, None, (last_round(penalties="3-4")[-1],)) == (
            separation.upper_value,
            separation.lower_value,
            separation.matches,
        )
        assert (
            "Condors above Llamas on penalty shoot-out after their last match: "
            "won vs lost (Llamas 2-2 Condors (3-4 pen.))"
        ) == str(separation)

    def test_shootout_due_but_not_recorded_leaves_them_level(self) -> None:
        """The rule applied, the record lacks the shoot-out: an open tie that needs it."""
        table = cp.standings(GROUP, last_round(penalties=None), EURO_2024)

        assert (
            cp.LevelTeams(
                teams=("Condors", "Llamas"), position=2, needs=cp.Need.PENALTIES
            ),
        ) == table.level_teams

    def test_draw_not_in_the_last_round_passes_on_to_fair_play(self) -> None:
        """Their draw was on the first match day: no shoot-out; fair play decides."""
        matches = last_round(penalties=None, days=(2, 1, 0))
        table = cp.standings(GROUP, matches, EURO_2024)

        assert ("Alpacas", "Llamas", "Condors", "Vicuñas") == table.order
        assert "on fair play" in str(table.explain().separations[1])

    def test_without_dates_only_a_recorded_shootout_counts(self) -> None:
        """Undated: a shoot-out on their match decides; without one, the next criterion."""
        undated = [
            attrs.evolve(match, date=None) for match in last_round(penalties="3-4")
        ]
        without = [attrs.evolve(match, penalties=None) for match in undated]

        assert ("Condors", "Llamas") == cp.standings(GROUP, undated, EURO_2024).order[
            1:3
        ]
        assert ("Llamas", "Condors") == cp.standings(GROUP, without, EURO_2024).order[
            1:3
        ]

    def test_not_applied_when_a_third_team_has_their_points(self) -> None:
        """Alpacas docked 3 points join them on 4: the ordinary criteria decide.

        Among the three, Alpacas won both (6 points); Condors and Llamas, re-applied
        to their 2-2 alone, stay level, and so on overall goals; fair play next.
        """
        docked = cp.PointsDeduction(team="Alpacas", points=3, reason="made up")
        table = cp.standings(
            GROUP, last_round(penalties="3-4"), EURO_2024, adjustments=[docked]
        )

        assert ("Alpacas", "Llamas", "Condors", "Vicuñas") == table.order
        assert "on fair play" in str(table.explain().separations[1])

    def test_in_the_euro_presets_and_files(self) -> None:
        """Euro 2004 and 2024 have it before their later criteria; files name it."""
        for preset in (cp.rules.UEFA_EURO_2004, cp.rules.UEFA_EURO_2024):
            assert tiebreak.last_match_shootout() in preset.tiebreakers
        assert tiebreak.last_match_shootout() == tiebreak.from_id("last_match_shootout")


class TestOpponentsFigures:
    """UEFA's league phase: teams level on everything of their own are ranked by
    what the teams they played did (made-up results)."""

    # A and B each beat one team 1-0 at home; A's opponent C then beat D, B's.
    # A and B (3 points, 1-0) are above C (3 points, 2-2) on goal difference.
    MATCHES = (m("A", "C", "1-0"), m("B", "D", "1-0"), m("C", "D", "2-1"))
    OWN = (
        tiebreak.points(),
        tiebreak.goal_difference(),
        tiebreak.goals_for(),
        tiebreak.away_goals(),
        tiebreak.wins(),
        tiebreak.away_wins(),
    )

    def test_each_opponents_figure_separates_a_and_b(self) -> None:
        """A played C (3 points, 2-2), B played D (0 points, 1-3)."""
        for criterion, shown in [
            (tiebreak.opponents_points(), "3 vs 0"),
            (tiebreak.opponents_goal_difference(), "0 vs -2"),
            (tiebreak.opponents_goals_for(), "2 vs 1"),
        ]:
            rules = cp.TableRules(tiebreakers=(*self.OWN, criterion))
            table = cp.standings(["A", "B", "C", "D"], self.MATCHES, rules)

            assert ("A", "B", "C", "D") == table.order
            assert f"A above B on {criterion}: {shown}" == str(
                table.explain().separations[0]
            )

    def test_an_opponent_met_twice_counts_once(self) -> None:
        """Home and away against the same team: its points are added once."""
        matches = [
            m("A", "C", "1-0"),
            m("C", "A", "0-1"),
            m("B", "D", "1-0"),
            m("D", "B", "0-1"),
            m("C", "E", "1-0"),
        ]
        rules = cp.TableRules(
            tiebreakers=(tiebreak.points(), tiebreak.opponents_points())
        )
        table = cp.standings(["A", "B", "C", "D", "E"], matches, rules)

        assert "A above B on opponents' points: 3 vs 0" in [
            str(s) for s in table.explain().separations
        ]


class TestConclusionValues:
    """Open ties, separations and explanations are values; str() puts them in words."""

    GOAL_AVERAGE = cp.TableRules(
        tiebreakers=(tiebreak.points(), tiebreak.goal_average())
    )

    def test_goal_average_is_a_fraction(self) -> None:
        """A 2-1 B, B 2-0 A: both on 3 points; B 3 for 2 against, A 2 for 3."""
        table = cp.standings(
            ["A", "B"], [m("A", "B", "2-1"), m("B", "A", "2-0")], self.GOAL_AVERAGE
        )
        separation = table.explain().separations[0]

        assert (Fraction(3, 2), Fraction(2, 3)) == (
            separation.upper_value,
            separation.lower_value,
        )
        assert "B above A on goal average: 1.500 vs 0.667" == str(separation)

    def test_goal_average_without_goals_against_is_infinite(self) -> None:
        """A 1-0 C, B 2-1 C, A 0-0 B: A and B on 4 points; A conceded nothing."""
        matches = [m("A", "C", "1-0"), m("B", "C", "2-1"), m("A", "B", "0-0")]
        table = cp.standings(["A", "B", "C"], matches, self.GOAL_AVERAGE)
        separation = table.explain().separations[0]

        assert (math.inf, Fraction(2)) == (
            separation.upper_value,
            separation.lower_value,
        )
        assert "A above B on goal average: infinite (no goals against) vs 2.000" == (
            str(separation)
        )

    def test_goals_against_figure_is_the_goals_conceded(self) -> None:
        """Fewer goals against is better; the figures are the goals conceded."""
        rules = cp.TableRules(tiebreakers=(tiebreak.points(), tiebreak.goals_against()))
        table = cp.standings(
            ["A", "B", "C"], [m("A", "C", "1-1"), m("B", "C", "2-2")], rules
        )
        separation = table.explain().separations[1]

        assert ("C", "A", "B") == table.order
        assert (1, 2) == (separation.upper_value, separation.lower_value)
        assert "A above B on goals against: 1 vs 2" == str(separation)

    def test_play_off_separation_names_its_match_and_counts_wins(self) -> None:
        """Two teams level for first: the play-off's winner has one win, the loser none."""
        playoff = m("B", "A", "2-1", neutral=True)
        table = cp.standings(
            ["A", "B"],
            [m("A", "B", "0-0")],
            cp.rules.COPA_PERU_1998,
            advance=1,
            playoffs=[playoff],
        )
        expected = cp.Separation(
            upper="B",
            lower="A",
            criterion=tiebreak.playoff(),
            upper_value=1,
            lower_value=0,
            matches=(playoff,),
        )

        assert (expected,) == table.explain().separations
        assert "B above A on play-off: won vs lost (B 2-1 A)" == str(expected)

    def test_not_counted_says_each_matchs_status(self) -> None:
        """A match with no score and one ruled not played: their statuses, in order."""
        unknown = m("A", "B", None)
        not_played = m("B", "A", None, rulings=(cp.NotPlayed(),))
        explanation = cp.standings(
            ["A", "B"], [unknown, not_played], cp.rules.CLASSIC
        ).explain()

        assert (cp.MatchStatus.UNKNOWN, cp.MatchStatus.NOT_PLAYED) == (
            explanation.not_counted
        )
        assert [
            "A, B level in place 1: no criterion separates them",
            "not counted (no score): A v B",
            "not counted (not played): B v A",
        ] == str(explanation).splitlines()

    def test_level_teams_are_frozen_values(self) -> None:
        """Equal fields, equal ties; a tie cannot be changed once made."""
        tie = cp.LevelTeams(teams=("A", "B"), position=3, needs=cp.Need.DRAWING_OF_LOTS)

        assert tie == cp.LevelTeams(
            teams=("A", "B"), position=3, needs=cp.Need.DRAWING_OF_LOTS
        )
        assert "A, B level in place 3: needs a drawing of lots" == str(tie)
        with pytest.raises(AttributeError):
            tie.position = 1  # type: ignore[misc]
