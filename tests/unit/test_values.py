"""Behaviour of copaperu.Match: what it refuses, how it reads, and what it derives.

Every expected message and value was worked out by hand from the arguments next to it.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import copaperu as cp

# Calls that break the annotations go through an untyped alias, as untyped user code would.
untyped: Any = cp


def refusal(**kwargs: Any) -> str:
    """The message of the InvalidValueError that Match(**kwargs) raises."""
    with pytest.raises(cp.InvalidValueError) as excinfo:
        untyped.Match(**kwargs)
    return str(excinfo.value)


class TestRefusedFields:
    def test_blank_away_team_is_refused(self) -> None:
        """An away team of only spaces is refused, naming the field."""
        expected = "match 'A' v ' ': away: a team must be a non-empty string (got ' ')"

        assert expected == refusal(home="A", away=" ")

    def test_neutral_that_is_not_a_bool_is_refused(self) -> None:
        """A neutral flag given as 1 is refused, naming the match and the field."""
        expected = "match 'A' v 'B': neutral: expected True or False (got 1)"

        assert expected == refusal(home="A", away="B", neutral=1)

    def test_label_that_is_not_a_string_is_refused(self) -> None:
        """A label given as a number is refused, naming the field."""
        expected = "match 'A' v 'B': label: expected a string (got 3)"

        assert expected == refusal(home="A", away="B", label=3)

    def test_notes_that_are_not_a_string_are_refused(self) -> None:
        """Notes given as a list are refused, naming the field."""
        expected = "match 'A' v 'B': notes: expected a string (got ['x'])"

        assert expected == refusal(home="A", away="B", notes=["x"])

    def test_date_that_is_neither_a_date_nor_text_is_refused(self) -> None:
        """A date given as the number 19981213 is refused, naming the field."""
        expected = "match 'A' v 'B': date: expected a date or None (got 19981213)"

        assert expected == refusal(home="A", away="B", date=19981213)

    def test_date_and_time_is_refused_as_a_date(self) -> None:
        """A kick-off date and time is refused as a date: its time goes in kickoff."""
        kick_off = datetime.datetime(1998, 12, 13, 15, 30)
        expected = (
            "date: expected a date, not a date and time (got '1998-12-13T15:30:00'): "
            "a match's time goes in kickoff, with its time zone"
        )

        assert expected == refusal(home="A", away="B", date=kick_off)

    def test_iso_date_text_is_read_as_a_date(self) -> None:
        """An ISO date string becomes a datetime.date."""
        match = cp.Match(home="A", away="B", date="1998-12-13")

        assert datetime.date(1998, 12, 13) == match.date

    def test_extra_time_that_is_not_a_score_is_refused(self) -> None:
        """Extra time given as text is refused, naming the field and the text."""
        expected = "match 'A' v 'B': extra_time: expected a Score or None (got '2-1')"

        assert expected == refusal(
            home="A", away="B", score=cp.Score(1, 1), extra_time="2-1"
        )

    def test_penalties_that_are_not_a_score_are_refused(self) -> None:
        """Penalties given as a tuple are refused, naming the field."""
        expected = "match 'A' v 'B': penalties: expected a Score or None (got (4, 3))"

        assert expected == refusal(
            home="A", away="B", score=cp.Score(0, 0), penalties=(4, 3)
        )


class TestCards:
    def test_cards_given_twice_for_a_team_are_refused(self) -> None:
        """Two card counts for the same team are refused, naming the team."""
        expected = (
            "match 'A' v 'B': cards: cards given twice for the same team (got 'A')"
        )

        assert expected == refusal(
            home="A",
            away="B",
            cards=[("A", cp.Cards(yellow=1)), ("A", cp.Cards(red=1))],
        )

    def test_cards_that_are_not_a_mapping_are_refused(self) -> None:
        """Cards given as a number are refused with what was given."""
        expected = "cards: expected a mapping of team to Cards (got 5)"

        assert expected == refusal(home="A", away="B", cards=5)

    def test_cards_with_an_empty_pair_are_refused(self) -> None:
        """A pair with no team in it is refused with what was given."""
        expected = "cards: expected a mapping of team to Cards (got [()])"

        assert expected == refusal(home="A", away="B", cards=[()])

    def test_cards_are_stored_sorted_by_team(self) -> None:
        """Cards given away team first are stored home and away in name order."""
        match = cp.Match(
            home="Melgar",
            away="Alianza",
            cards={"Melgar": cp.Cards(yellow=2), "Alianza": cp.Cards(red=1)},
        )
        expected = (("Alianza", cp.Cards(red=1)), ("Melgar", cp.Cards(yellow=2)))

        assert expected == match.cards

    def test_cards_for_the_second_team_listed_are_found(self) -> None:
        """The away side's cards are found past the home side's."""
        match = cp.Match(
            home="A", away="B", cards={"A": cp.Cards(yellow=1), "B": cp.Cards(red=2)}
        )

        assert cp.Cards(red=2) == match.cards_for("B")

    def test_team_without_recorded_cards_has_none(self) -> None:
        """A team with no cards recorded has a clean record, not an error."""
        match = cp.Match(home="A", away="B", cards={"A": cp.Cards(yellow=1)})

        assert cp.Cards() == match.cards_for("B")


class TestRulingsField:
    def test_rulings_given_as_a_list_are_stored_as_a_tuple(self) -> None:
        """A list of rulings becomes a tuple, so the match stays hashable."""
        forfeit = cp.Forfeit(awarded_to="B")
        match = cp.Match(home="A", away="B", rulings=[forfeit])

        assert (forfeit,) == match.rulings
        assert hash(match) == hash(cp.Match(home="A", away="B", rulings=(forfeit,)))

    def test_rulings_that_are_not_iterable_are_refused(self) -> None:
        """Rulings given as a number are refused with what was given."""
        expected = "rulings: expected a tuple of rulings (got 7)"

        assert expected == refusal(home="A", away="B", rulings=7)


class TestTeamQueries:
    def test_goals_of_an_unknown_score_are_zero(self) -> None:
        """A match with no score gives each team 0 goals for and against."""
        match = cp.Match(home="A", away="B")

        assert (0, 0) == (match.goals_for("A"), match.goals_against("A"))

    def test_team_not_in_the_match_is_refused(self) -> None:
        """Asking for a team that did not play names the match and the team."""
        match = cp.Match(home="A", away="B", score=cp.Score(1, 0))
        with pytest.raises(cp.InvalidValueError) as excinfo:
            match.opponent("C")

        assert "match 'A' v 'B': team not in the match (got 'C')" == str(excinfo.value)

    def test_cards_of_a_team_not_in_the_match_are_refused(self) -> None:
        """Cards cannot be asked for a team that did not play."""
        match = cp.Match(home="A", away="B")
        with pytest.raises(cp.InvalidValueError) as excinfo:
            match.cards_for("C")

        assert "match 'A' v 'B': team not in the match (got 'C')" == str(excinfo.value)

    def test_unplayed_match_has_no_winner(self) -> None:
        """A match without a score has no winner."""
        assert None is cp.Match(home="A", away="B").winner()

    def test_level_match_without_shootout_has_no_winner(self) -> None:
        """1-1 after extra time with no shoot-out has no winner."""
        match = cp.Match(
            home="A", away="B", score=cp.Score(1, 1), extra_time=cp.Score(1, 1)
        )

        assert None is match.winner()

    def test_extra_time_goals_decide_the_winner(self) -> None:
        """1-1 after 90 minutes, 1-2 after extra time: the away side won."""
        match = cp.Match(
            home="A", away="B", score=cp.Score(1, 1), extra_time=cp.Score(1, 2)
        )

        assert "B" == match.winner()


class TestSwapped:
    def test_swapping_turns_an_awarded_score_round(self) -> None:
        """A 0-3 forfeit for the away side reads 3-0 once the teams are swapped."""
        match = cp.Match(
            home="A",
            away="B",
            score=cp.Score(1, 1),
            rulings=(cp.Forfeit(awarded_to="B", score=cp.Score(0, 3)),),
        )
        expected = cp.Match(
            home="B",
            away="A",
            score=cp.Score(1, 1),
            rulings=(cp.Forfeit(awarded_to="B", score=cp.Score(3, 0)),),
        )

        assert expected == match.swapped()

    def test_swapping_turns_a_declared_score_round(self) -> None:
        """An abandoned match declared 2-0 to the home side reads 0-2 swapped."""
        match = cp.Match(
            home="A",
            away="B",
            score=cp.Score(2, 0),
            rulings=(cp.Abandoned(minute=80, declared=cp.Score(2, 0)),),
        )
        expected = cp.Match(
            home="B",
            away="A",
            score=cp.Score(0, 2),
            rulings=(cp.Abandoned(minute=80, declared=cp.Score(0, 2)),),
        )

        assert expected == match.swapped()

    def test_swapping_turns_an_awarded_shootout_round(self) -> None:
        """A shoot-out awarded 0-2 to the away side reads 2-0 swapped; extra time too."""
        match = cp.Match(
            home="A",
            away="B",
            score=cp.Score(1, 1),
            extra_time=cp.Score(1, 1),
            rulings=(cp.AwardedShootout(winner="B", score=cp.Score(0, 2)),),
        )
        expected = cp.Match(
            home="B",
            away="A",
            score=cp.Score(1, 1),
            extra_time=cp.Score(1, 1),
            rulings=(cp.AwardedShootout(winner="B", score=cp.Score(2, 0)),),
        )

        assert expected == match.swapped()

    def test_swapping_keeps_rulings_without_a_score(self) -> None:
        """A match not played stays not played, with the same ruling, once swapped."""
        ruling = cp.NotPlayed(reason="both eliminated")
        match = cp.Match(home="A", away="B", rulings=(ruling,))

        assert (ruling,) == match.swapped().rulings
        assert ("B", "A") == match.swapped().teams


class TestText:
    def test_str_of_an_unplayed_match_names_the_teams(self) -> None:
        """A match with no score reads 'home v away'."""
        assert "Melgar v Alianza" == str(cp.Match(home="Melgar", away="Alianza"))

    def test_str_shows_extra_time_and_penalties(self) -> None:
        """A match decided on penalties shows all three scores."""
        match = cp.Match(
            home="A",
            away="B",
            score=cp.Score(1, 1),
            extra_time=cp.Score(2, 2),
            penalties=cp.Score(4, 5),
        )

        assert "A 1-1 B (a.e.t. 2-2) (4-5 pen.)" == str(match)

    def test_repr_evaluates_back_to_an_equal_match(self) -> None:
        """The repr is Python code that builds the same match."""
        match = cp.Match(
            home="A", away="B", score=cp.Score(2, 1), date=datetime.date(1998, 12, 13)
        )
        namespace = {
            "Match": cp.Match,
            "Score": cp.Score,
            "datetime": datetime,
        }

        assert match == eval(repr(match), namespace)
