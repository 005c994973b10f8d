"""Behaviour of the tiebreak criteria and TableRules: refusals, words, derived values.

Every expected message and value was worked out by hand from the arguments next to it.
"""

from __future__ import annotations

from typing import Any

import pytest

import copaperu as cp
from copaperu import tiebreak

# Calls that break the annotations go through an untyped alias, as untyped user code would.
untyped: Any = cp


def message(error: type[cp.CopaperuError], make: Any) -> str:
    """The message of the *error* that calling *make* raises."""
    with pytest.raises(error) as excinfo:
        make()
    return str(excinfo.value)


class TestStatistic:
    def test_scope_given_as_text_is_refused(self) -> None:
        """A scope must be a Scope member; its id as text is refused and quoted."""
        expected = "criterion: scope must be a Scope (got 'head_to_head')"

        assert expected == message(
            cp.InvalidValueError,
            lambda: untyped.tiebreak.Statistic(
                criterion=cp.tiebreak.Criterion.POINTS, scope="head_to_head"
            ),
        )

    def test_criterion_that_is_not_a_statistic_is_refused(self) -> None:
        """Fair play is a criterion but not a statistic; the message lists the twelve."""
        expected = (
            "statistic: criterion must be one of away_goals, away_wins, goal_average, "
            "goal_difference, goals_against, goals_for, opponents_goal_difference, "
            "opponents_goals_for, opponents_points, points, points_per_game, wins "
            "(got <Criterion.FAIR_PLAY: 'fair_play'>)"
        )

        assert expected == message(
            cp.InvalidValueError,
            lambda: cp.tiebreak.Statistic(criterion=cp.tiebreak.Criterion.FAIR_PLAY),
        )

    def test_head_to_head_statistic_reads_as_such(self) -> None:
        """Away wins among the teams concerned read 'head-to-head away wins'."""
        assert "head-to-head away wins" == str(
            tiebreak.away_wins(among_teams_concerned=True)
        )


class TestFairPlay:
    @pytest.mark.parametrize(
        ("field", "value", "shown"),
        [
            pytest.param("yellow", -1, "-1", id="negative-yellow"),
            pytest.param("red", True, "True", id="bool-red"),
            pytest.param("indirect_red", 2.5, "2.5", id="float-indirect-red"),
        ],
    )
    def test_weight_that_is_not_a_count_is_refused(
        self, field: str, value: object, shown: str
    ) -> None:
        """Each weight must be a non-negative int; the message names the weight."""
        expected = f"fair_play: {field} must be a non-negative integer (got {shown})"

        assert expected == message(
            cp.InvalidValueError, lambda: untyped.tiebreak.FairPlay(**{field: value})
        )

    def test_custom_weights_score_cards(self) -> None:
        """UEFA weights 1-3-3-4: two yellows and a direct red cost 2 + 3 = 5."""
        uefa = tiebreak.fair_play(yellow=1, indirect_red=3, red=3, yellow_and_red=4)

        assert -5 == uefa.score(cp.Cards(yellow=2, red=1))

    def test_zero_weights_make_cards_free(self) -> None:
        """With every weight 0, any cards score 0."""
        free = cp.tiebreak.FairPlay(yellow=0, indirect_red=0, red=0, yellow_and_red=0)

        assert 0 == free.score(cp.Cards(yellow=5, yellow_and_red=1))


class TestRanking:
    def test_values_that_cannot_be_iterated_are_refused(self) -> None:
        """Values given as a number are refused, shown as given."""
        expected = "ranking: values must map teams to numbers (got 5)"

        assert expected == message(
            cp.InvalidValueError,
            lambda: untyped.tiebreak.Ranking(name="FIFA", values=5),
        )

    def test_values_that_are_not_pairs_are_refused(self) -> None:
        """A one-item tuple is not a (team, value) pair."""
        expected = "ranking: values must map teams to numbers (got [('A',)])"

        assert expected == message(
            cp.InvalidValueError,
            lambda: untyped.tiebreak.Ranking(name="FIFA", values=[("A",)]),
        )

    def test_empty_name_is_refused(self) -> None:
        """A ranking needs a name for its explanations."""
        expected = "ranking: name must be a non-empty string (got '')"

        assert expected == message(
            cp.InvalidValueError, lambda: cp.tiebreak.Ranking(name="")
        )

    def test_not_a_number_value_is_refused(self) -> None:
        """A NaN value cannot be compared, so it is refused, naming the team."""
        expected = "ranking 'FIFA': value of 'A' is not a number (got nan)"

        assert expected == message(
            cp.InvalidValueError,
            lambda: cp.tiebreak.Ranking(name="FIFA", values={"A": float("nan")}),
        )

    def test_team_given_twice_is_refused(self) -> None:
        """Two values for one team are refused, listing the teams as given."""
        expected = "ranking 'FIFA': a team is given twice (got ['A', 'A'])"

        assert expected == message(
            cp.InvalidValueError,
            lambda: cp.tiebreak.Ranking(name="FIFA", values=[("A", 1.0), ("A", 2.0)]),
        )

    def test_team_without_a_value_is_a_rule_error(self) -> None:
        """Asking for a team the ranking lacks names the ranking and the team."""
        ranking = tiebreak.ranking("FIFA", {"A": 1500.0})

        assert "ranking 'FIFA': no value for team 'B'" == message(
            cp.RuleError, lambda: ranking.value("B")
        )

    def test_values_are_stored_sorted_by_team(self) -> None:
        """A mapping is stored as (team, value) pairs in name order."""
        ranking = tiebreak.ranking("coefficient", {"Melgar": 2.5, "Alianza": 7})

        assert (("Alianza", 7), ("Melgar", 2.5)) == ranking.values


class TestHeadToHead:
    def test_empty_criteria_are_refused(self) -> None:
        """A head-to-head with nothing to compare is a rule error."""
        expected = "head_to_head: criteria must be a non-empty tuple (got ())"

        assert expected == message(
            cp.RuleError, lambda: cp.tiebreak.HeadToHead(criteria=())
        )

    def test_reapply_that_is_not_a_bool_is_refused(self) -> None:
        """reapply=1 is refused: it must be True or False."""
        points = tiebreak.points(among_teams_concerned=True)
        expected = "head_to_head: reapply must be True or False (got 1)"

        assert expected == message(
            cp.RuleError,
            lambda: untyped.tiebreak.HeadToHead(criteria=(points,), reapply=1),
        )

    def test_ranking_wrapped_in_only_when_is_refused_inside(self) -> None:
        """A ranking stays outside a mini-table even when wrapped in only_when."""
        wrapped = tiebreak.only_when(tiebreak.ranking("FIFA"), teams=2)
        expected = (
            "head_to_head: ranking cannot be computed on a head-to-head mini-table"
        )

        assert expected == message(cp.RuleError, lambda: tiebreak.head_to_head(wrapped))

    def test_str_lists_fair_play_and_conditions_without_the_prefix(self) -> None:
        """Inner criteria read without 'head-to-head', conditions included."""
        criterion = tiebreak.head_to_head(
            tiebreak.points(),
            tiebreak.only_when(tiebreak.goals_for(), min_teams=3),
            tiebreak.fair_play(),
        )
        expected = (
            "head-to-head (points, goals for, only when at least 3 teams are level, "
            "fair play; single pass)"
        )

        assert expected == str(criterion)

    def test_inner_criteria_are_scoped_to_the_teams_concerned(self) -> None:
        """The factory turns each inner criterion, wrapped ones too, head-to-head."""
        criterion = tiebreak.head_to_head(
            tiebreak.goal_difference(), tiebreak.only_when(tiebreak.wins(), teams=2)
        )
        expected = (
            cp.tiebreak.Statistic(
                criterion=cp.tiebreak.Criterion.GOAL_DIFFERENCE,
                scope=cp.tiebreak.Scope.HEAD_TO_HEAD,
            ),
            cp.tiebreak.OnlyWhen(
                criterion=cp.tiebreak.Statistic(
                    criterion=cp.tiebreak.Criterion.WINS,
                    scope=cp.tiebreak.Scope.HEAD_TO_HEAD,
                ),
                min_teams=2,
                max_teams=2,
            ),
        )

        assert expected == criterion.criteria


class TestOnlyWhen:
    @pytest.mark.parametrize(
        ("inner", "kind"),
        [
            pytest.param(tiebreak.playoff(), "playoff", id="playoff"),
            pytest.param(
                tiebreak.last_match_shootout(), "last_match_shootout", id="shootout"
            ),
            pytest.param(
                tiebreak.only_when(tiebreak.wins()), "only_when", id="only-when"
            ),
        ],
    )
    def test_criteria_that_cannot_be_wrapped_are_refused(
        self, inner: object, kind: str
    ) -> None:
        """Only statistics, fair play, rankings and lots can be made conditional."""
        assert f"only_when: cannot wrap {kind}" == message(
            cp.RuleError, lambda: untyped.tiebreak.OnlyWhen(criterion=inner)
        )

    @pytest.mark.parametrize(
        ("max_teams", "shown"),
        [
            pytest.param(2, "2", id="below-min"),
            pytest.param("4", "'4'", id="text"),
        ],
    )
    def test_max_teams_below_min_or_not_an_int_is_refused(
        self, max_teams: object, shown: str
    ) -> None:
        """max_teams must be None or an int no smaller than min_teams (here 3)."""
        expected = (
            f"only_when: max_teams must be None or at least min_teams (got {shown})"
        )

        assert expected == message(
            cp.RuleError,
            lambda: untyped.tiebreak.only_when(
                tiebreak.wins(), min_teams=3, max_teams=max_teams
            ),
        )

    def test_range_of_teams_reads_from_to(self) -> None:
        """A range of two to three teams reads '2 to 3'."""
        criterion = tiebreak.only_when(tiebreak.wins(), min_teams=2, max_teams=3)

        assert "wins, only when 2 to 3 teams are level" == str(criterion)

    def test_applies_on_both_sides_of_its_range(self) -> None:
        """With two to three teams: not for four, yes for three and for two."""
        criterion = tiebreak.only_when(tiebreak.wins(), min_teams=2, max_teams=3)

        assert (True, True, False) == (
            criterion.applies(2),
            criterion.applies(3),
            criterion.applies(4),
        )

    def test_scope_is_that_of_the_wrapped_statistic(self) -> None:
        """Goals for among the teams concerned keep their head-to-head scope."""
        criterion = tiebreak.only_when(
            tiebreak.goals_for(among_teams_concerned=True), min_teams=3
        )

        assert cp.tiebreak.Scope.HEAD_TO_HEAD == criterion.scope

    @pytest.mark.parametrize(
        "inner",
        [
            pytest.param(tiebreak.ranking("FIFA"), id="ranking"),
            pytest.param(tiebreak.drawing_of_lots(seed=1), id="lots"),
        ],
    )
    def test_scope_of_rankings_and_lots_is_all_matches(
        self, inner: cp.tiebreak.Ranking | cp.tiebreak.DrawingOfLots
    ) -> None:
        """A ranking or a draw is not computed from matches: its scope is all of them."""
        assert cp.tiebreak.Scope.ALL_MATCHES == tiebreak.only_when(inner, teams=2).scope


class TestTableRules:
    def test_points_given_as_text_are_refused(self) -> None:
        """The points scheme must be a PointsScheme, not its text."""
        expected = "table rules: points must be a PointsScheme (got '3-1-0')"

        assert expected == message(
            cp.RuleError,
            lambda: untyped.TableRules(
                points="3-1-0", tiebreakers=(tiebreak.points(),)
            ),
        )

    @pytest.mark.parametrize("field", ["name", "source"])
    def test_name_and_source_must_be_text(self, field: str) -> None:
        """A name or a source given as a number is refused, naming the field."""
        expected = f"table rules: {field} must be a string (got 3)"

        assert expected == message(
            cp.InvalidValueError,
            lambda: untyped.TableRules(tiebreakers=(tiebreak.points(),), **{field: 3}),
        )

    @pytest.mark.parametrize(
        ("given", "shown"),
        [
            pytest.param("points", "'points'", id="one-id-as-text"),
            pytest.param(5, "5", id="not-iterable"),
        ],
    )
    def test_chain_that_is_not_a_collection_is_refused(
        self, given: object, shown: str
    ) -> None:
        """A criterion id or a number is not a chain; the message shows what was given."""
        expected = f"table rules: tiebreakers must be a non-empty tuple (got {shown})"

        assert expected == message(
            cp.RuleError, lambda: untyped.TableRules(tiebreakers=given)
        )

    def test_chain_given_as_a_list_is_stored_as_a_tuple(self) -> None:
        """A list of criteria becomes a tuple, so the rules stay hashable."""
        chain = [tiebreak.points(), tiebreak.goal_difference()]
        rules = cp.TableRules(tiebreakers=chain)

        assert (tiebreak.points(), tiebreak.goal_difference()) == rules.tiebreakers
        assert hash(rules) == hash(cp.TableRules(tiebreakers=tuple(chain)))

    def test_chain_given_as_a_generator_is_stored_as_a_tuple(self) -> None:
        """Any iterable of criteria is accepted, in its order."""
        rules = cp.TableRules(
            tiebreakers=(tiebreak.from_id(name) for name in ("points", "wins"))
        )

        assert (tiebreak.points(), tiebreak.wins()) == rules.tiebreakers

    def test_with_ranking_fills_a_conditional_ranking(self) -> None:
        """A ranking wrapped in only_when gets its values and keeps its condition."""
        rules = cp.TableRules(
            tiebreakers=(
                tiebreak.points(),
                tiebreak.only_when(tiebreak.ranking("coefficient"), teams=2),
            )
        )
        filled = rules.with_ranking("coefficient", {"A": 2.0, "B": 1.0})
        expected = cp.tiebreak.OnlyWhen(
            criterion=cp.tiebreak.Ranking(
                name="coefficient", values=(("A", 2.0), ("B", 1.0))
            ),
            min_teams=2,
            max_teams=2,
        )

        assert expected == filled.tiebreakers[1]

    def test_str_starts_with_the_name(self) -> None:
        """Named rules read 'name: scheme; chain'."""
        rules = cp.TableRules(
            points=cp.PointsScheme.TWO_FOR_A_WIN,
            tiebreakers=(tiebreak.points(), tiebreak.goal_average()),
            name="FIFA 1962",
        )

        assert "FIFA 1962: 2-1-0; points, goal average" == str(rules)


def test_points_per_game_ranks_teams_with_different_numbers_of_matches() -> None:
    """A: two wins in two (6 points, 3.0 a game); B: two wins and two draws in
    four (8 points, 2.0 a game). On points B is first; per game, A is."""
    m = [
        cp.Match(home="A", away="C", score=cp.Score(1, 0)),
        cp.Match(home="A", away="D", score=cp.Score(2, 0)),
        cp.Match(home="B", away="C", score=cp.Score(1, 1)),
        cp.Match(home="B", away="D", score=cp.Score(1, 0)),
        cp.Match(home="B", away="E", score=cp.Score(3, 0)),
        cp.Match(home="E", away="B", score=cp.Score(2, 2)),
    ]
    teams = ["A", "B", "C", "D", "E"]
    per_game = cp.TableRules(tiebreakers=(cp.tiebreak.points_per_game(),))

    assert "B" == cp.standings(teams, m, cp.rules.CLASSIC).order[0]
    assert ("A", "B") == cp.standings(teams, m, per_game).order[:2]
    assert "A above B on points per game: 3.000 vs 2.000" == str(
        cp.standings(teams, m, per_game).explain().separations[0]
    )
