"""Behaviour of copaperu.decide_tie() and decide_match(), one path at a time.

Every expected value here was worked out by hand from the legs written next to it.
Aggregates are written first-named team first: the home team of the first leg (or of
the single match). In a second leg ``B v A``, a score ``x-y`` gives B x and A y.
"""

from __future__ import annotations

import re
from typing import Any

import attrs
import pytest

import copaperu as cp
from copaperu import rules

# Calls that break the annotations go through an untyped alias, as untyped user code would.
untyped: Any = cp


def score(text: str | None) -> cp.Score | None:
    return None if text is None else cp.Score.parse(text)


def m(
    home: str,
    away: str,
    result: str | None = None,
    *,
    extra_time: str | None = None,
    penalties: str | None = None,
    rulings: tuple[cp.Ruling, ...] = (),
    neutral: bool = False,
) -> cp.Match:
    return cp.Match(
        home=home,
        away=away,
        score=score(result),
        extra_time=score(extra_time),
        penalties=score(penalties),
        rulings=rulings,
        neutral=neutral,
    )


Verdict = tuple[str | None, cp.DecidedBy | None, cp.Score | None, cp.Need | None]


def verdict(outcome: cp.TieOutcome) -> Verdict:
    """Winner, what decided it, aggregate and what is still needed."""
    return (outcome.winner, outcome.decided_by, outcome.aggregate, outcome.needs)


def undecided(aggregate: cp.Score | None, needs: cp.Need) -> Verdict:
    return (None, None, aggregate, needs)


def step(criterion: cp.DecidedBy, first: int, second: int, **kwargs: Any) -> cp.Step:
    """A comparison step with the first- and second-named teams' figures."""
    return cp.Step(criterion=criterion, first=first, second=second, **kwargs)


AGGREGATE, POINTS = cp.DecidedBy.AGGREGATE, cp.DecidedBy.POINTS
AWAY_GOALS, EXTRA_TIME = cp.DecidedBy.AWAY_GOALS, cp.DecidedBy.EXTRA_TIME


class TestNormalTime:
    def test_aggregate_win(self) -> None:
        """A 2-1 and 1-1 away: A has 3 goals to B's 2 and goes through."""
        out = cp.decide_tie(
            m("A", "B", "2-1"), m("B", "A", "1-1"), rules.UEFA_CLUB_2021_KNOCKOUT
        )

        assert ("A", cp.DecidedBy.AGGREGATE, cp.Score(3, 2), None) == verdict(out)
        assert (step(AGGREGATE, 3, 2),) == out.steps

    def test_points_basis_win(self) -> None:
        """A win (2 points) and a draw (1) beat B's draw (1): A through on points."""
        out = cp.decide_tie(
            m("A", "B", "1-0"),
            m("B", "A", "2-2"),
            rules.CONMEBOL_LIBERTADORES_1998_KNOCKOUT,
        )

        assert ("A", cp.DecidedBy.POINTS, cp.Score(3, 2), None) == verdict(out)
        assert (step(POINTS, 3, 1), step(AGGREGATE, 3, 2)) == out.steps
        assert "points: A 3, B 1\naggregate: A 3-2 B\nA through on points" == (
            out.explain()
        )

    def test_goal_difference_after_level_points(self) -> None:
        """One win each (2 points each); A's 3-0 outweighs B's 1-0 on goal difference."""
        out = cp.decide_tie(
            m("A", "B", "3-0"),
            m("B", "A", "1-0"),
            rules.CONMEBOL_LIBERTADORES_1998_KNOCKOUT,
        )

        assert ("A", cp.DecidedBy.GOAL_DIFFERENCE, cp.Score(3, 1), None) == verdict(out)

    def test_points_basis_without_goal_difference_goes_to_a_play_off(self) -> None:
        """1987: level on points, A's better aggregate (3-1) does not count."""
        out = cp.decide_tie(
            m("A", "B", "3-0"),
            m("B", "A", "1-0"),
            rules.CONMEBOL_LIBERTADORES_1987_KNOCKOUT,
        )

        assert undecided(cp.Score(3, 1), cp.Need.PLAYOFF) == verdict(out)
        assert None is out.missing_from
        assert "A 3-1 B: undecided: needs a play-off match (not recorded)" == str(out)

    def test_play_off_decides_against_the_aggregate(self) -> None:
        """1987: B wins the neutral play-off in extra time and goes through."""
        playoff = m("B", "A", "0-0", extra_time="1-0", neutral=True)
        out = cp.decide_tie(
            m("A", "B", "3-0"),
            m("B", "A", "1-0"),
            rules.CONMEBOL_LIBERTADORES_1987_KNOCKOUT,
            playoff=playoff,
        )

        assert ("B", cp.DecidedBy.PLAYOFF, cp.Score(3, 1), None) == verdict(out)
        assert (
            step(POINTS, 2, 2),
            step(AGGREGATE, 3, 1),
            cp.Step(
                criterion=cp.DecidedBy.PLAYOFF,
                match=playoff,
                outcome=cp.decide_match(playoff, cp.TieRules()),
            ),
        ) == out.steps
        assert (
            "points: A 2, B 2\n"
            "aggregate: A 3-1 B\n"
            "play-off: B 1-0 A: B through in extra time\n"
            "B through in a play-off"
        ) == out.explain()
        assert "A" == out.loser

    def test_play_off_won_in_normal_time(self) -> None:
        """1961-62: level 1-1 on aggregate, A wins the play-off 2-1."""
        out = cp.decide_tie(
            m("A", "B", "1-0"),
            m("B", "A", "1-0"),
            rules.EUROPEAN_CUP_1961_KNOCKOUT,
            playoff=m("A", "B", "2-1", neutral=True),
        )

        assert ("A", cp.DecidedBy.PLAYOFF, cp.Score(1, 1), None) == verdict(out)

    def test_play_off_under_rules_that_number_replays(self) -> None:
        """Rules whose extra time starts at the first replay of a single match
        still decide a two-legged tie's play-off (found by the edition strategy:
        it raised a RuleError): 1-1 on aggregate, A wins the play-off 1-0."""
        cup = cp.TieRules(penalties=False, playoff=True, extra_time_from=1)
        out = cp.decide_tie(
            m("A", "B", "1-0"),
            m("B", "A", "1-0"),
            cup,
            playoff=m("A", "B", "1-0", neutral=True),
        )

        assert ("A", cp.DecidedBy.PLAYOFF, cp.Score(1, 1), None) == verdict(out)

    def test_away_goals(self) -> None:
        """2-2 on aggregate; B scored 1 away, A none: B through on away goals."""
        out = cp.decide_tie(
            m("A", "B", "2-1"), m("B", "A", "1-0"), rules.UEFA_CLUB_2019_KNOCKOUT
        )

        assert ("B", cp.DecidedBy.AWAY_GOALS, cp.Score(2, 2), None) == verdict(out)
        assert (step(AGGREGATE, 2, 2), step(AWAY_GOALS, 0, 1)) == out.steps

    def test_same_legs_without_away_goals_need_extra_time(self) -> None:
        """From 2021-22 the same 2-2 is level and goes to extra time."""
        out = cp.decide_tie(
            m("A", "B", "2-1"), m("B", "A", "1-0"), rules.UEFA_CLUB_2021_KNOCKOUT
        )

        assert undecided(cp.Score(2, 2), cp.Need.EXTRA_TIME) == verdict(out)
        assert out.matches[1] == out.missing_from


class TestExtraTimeAndPenalties:
    def test_extra_time_win(self) -> None:
        """1-1 on aggregate; B scores once in extra time at home: B through 2-1."""
        out = cp.decide_tie(
            m("A", "B", "1-0"),
            m("B", "A", "1-0", extra_time="2-0"),
            rules.UEFA_CLUB_2021_KNOCKOUT,
        )

        assert ("B", cp.DecidedBy.EXTRA_TIME, cp.Score(1, 2), None) == verdict(out)
        assert (step(AGGREGATE, 1, 1), step(EXTRA_TIME, 1, 2)) == out.steps
        assert "aggregate: A 1-1 B\nafter extra time: A 1-2 B" in out.explain()

    def test_away_goals_count_in_extra_time_until_2021(self) -> None:
        """PSG-Chelsea 2015 shape: 3-3 after extra time, A has 2 away goals to B's 1."""
        out = cp.decide_tie(
            m("A", "B", "1-1"),
            m("B", "A", "1-1", extra_time="2-2"),
            rules.UEFA_CLUB_2019_KNOCKOUT,
        )

        assert ("A", cp.DecidedBy.AWAY_GOALS, cp.Score(3, 3), None) == verdict(out)
        assert (
            step(AGGREGATE, 2, 2),
            step(AWAY_GOALS, 1, 1),
            step(EXTRA_TIME, 3, 3),
            step(AWAY_GOALS, 2, 1, extra_time=True),
        ) == out.steps
        assert (
            "aggregate: A 2-2 B\n"
            "away goals: A 1, B 1\n"
            "after extra time: A 3-3 B\n"
            "away goals after extra time: A 2, B 1\n"
            "A through on away goals"
        ) == out.explain()

    def test_away_goals_do_not_count_from_2021(self) -> None:
        """The same legs from 2021-22 are level after extra time and need a shoot-out."""
        out = cp.decide_tie(
            m("A", "B", "1-1"),
            m("B", "A", "1-1", extra_time="2-2"),
            rules.UEFA_CLUB_2021_KNOCKOUT,
        )
        expected = undecided(cp.Score(3, 3), cp.Need.PENALTIES)

        assert expected == verdict(out)

    def test_penalties_after_extra_time_from_2021(self) -> None:
        """B, at home, wins the shoot-out 4-3 after the 3-3."""
        out = cp.decide_tie(
            m("A", "B", "1-1"),
            m("B", "A", "1-1", extra_time="2-2", penalties="4-3"),
            rules.UEFA_CLUB_2021_KNOCKOUT,
        )

        assert ("B", cp.DecidedBy.PENALTIES, cp.Score(3, 3), None) == verdict(out)
        assert step(cp.DecidedBy.PENALTIES, 3, 4) == out.steps[-1]
        assert "penalties: A 3-4 B" == out.explain().splitlines()[-2]

    def test_penalties_straight_after_the_second_leg(self) -> None:
        """Level on points and goals with no extra time: A wins the shoot-out 4-2 away."""
        out = cp.decide_tie(
            m("A", "B", "1-0"),
            m("B", "A", "1-0", penalties="2-4"),
            rules.CONMEBOL_LIBERTADORES_1998_KNOCKOUT,
        )

        assert ("A", cp.DecidedBy.PENALTIES, cp.Score(1, 1), None) == verdict(out)
        assert "B" == out.loser
        assert "A 1-1 B: A through on penalties" == str(out)
        assert (
            "points: A 2, B 2\n"
            "aggregate: A 1-1 B\n"
            "penalties: A 4-2 B\n"
            "A through on penalties"
        ) == out.explain()

    def test_missing_extra_time(self) -> None:
        """Level 1-1 under rules with extra time, none recorded: undecided."""
        out = cp.decide_tie(
            m("A", "B", "1-0"), m("B", "A", "1-0"), rules.UEFA_CLUB_2021_KNOCKOUT
        )

        assert undecided(cp.Score(1, 1), cp.Need.EXTRA_TIME) == verdict(out)
        assert "A 1-1 B: undecided: needs extra time (not recorded)" == str(out)
        assert out.loser is None
        assert not out.is_decided

    def test_missing_shoot_out(self) -> None:
        """Level 3-3 under Copa Perú 1998 rules, no shoot-out recorded: undecided."""
        out = cp.decide_tie(
            m("A", "B", "2-1"), m("B", "A", "2-1"), rules.COPA_PERU_1998_KNOCKOUT
        )
        expected = undecided(cp.Score(3, 3), cp.Need.PENALTIES)

        assert expected == verdict(out)
        assert "A 3-3 B: undecided: needs a penalty shoot-out (not recorded)" == str(
            out
        )
        assert (
            "aggregate: A 3-3 B\nundecided: needs a penalty shoot-out (not recorded)"
            == out.explain()
        )

    def test_missing_play_off(self) -> None:
        """Level 1-1 under 1961-62 rules, no play-off given: undecided."""
        out = cp.decide_tie(
            m("A", "B", "1-0"), m("B", "A", "1-0"), rules.EUROPEAN_CUP_1961_KNOCKOUT
        )

        assert undecided(cp.Score(1, 1), cp.Need.PLAYOFF) == verdict(out)

    def test_play_off_level_after_extra_time_is_undecided(self) -> None:
        """1961-62 had no shoot-out: a coin was tossed, a drawing of lots that the
        tie needs until its outcome is recorded."""
        out = cp.decide_tie(
            m("A", "B", "1-0"),
            m("B", "A", "1-0"),
            rules.EUROPEAN_CUP_1961_KNOCKOUT,
            playoff=m("A", "B", "1-1", extra_time="1-1", neutral=True),
        )

        playoff = out.matches[2]

        assert undecided(cp.Score(1, 1), cp.Need.DRAWING_OF_LOTS) == verdict(out)
        assert playoff == out.missing_from
        assert cp.decide_match(playoff, cp.TieRules(penalties=False, lots=True)) == (
            out.steps[-1].outcome
        )
        assert (
            "play-off: A 1-1 B: undecided: needs a drawing of lots\n"
            "undecided: needs the play-off's result: a drawing of lots"
        ) == "\n".join(out.explain().splitlines()[-2:])

    def test_play_off_level_without_extra_time_needs_extra_time(self) -> None:
        """A play-off recorded 0-0 with no extra time, under rules with extra time."""
        out = cp.decide_tie(
            m("A", "B", "1-0"),
            m("B", "A", "1-0"),
            rules.EUROPEAN_CUP_1961_KNOCKOUT,
            playoff=m("B", "A", "0-0", neutral=True),
        )

        assert undecided(cp.Score(1, 1), cp.Need.EXTRA_TIME) == verdict(out)
        assert out.matches[2] == out.missing_from
        assert (
            "A 1-1 B: undecided: needs the play-off's result: extra time (not recorded)"
        ) == str(out)


class TestRulings:
    def test_awarded_shoot_out(self) -> None:
        """1998 final shape: 4-4, second leg abandoned, the shoot-out awarded to B."""
        abandoned = cp.Abandoned(minute=81, declared=cp.Score(3, 1))
        shootout = cp.AwardedShootout(winner="B", score=cp.Score(2, 0))
        out = cp.decide_tie(
            m("A", "B", "3-1"),
            m("B", "A", "3-1", rulings=(abandoned, shootout)),
            rules.COPA_PERU_1998_KNOCKOUT,
        )

        assert ("B", cp.DecidedBy.RULING, cp.Score(4, 4), None) == verdict(out)
        assert (abandoned, shootout) == out.rulings
        assert (
            "aggregate: A 4-4 B\n"
            "awarded shoot-out: A 0-2 B\n"
            "ruling: abandoned after 81 minutes, declared 3-1\n"
            "ruling: shoot-out awarded to B 2-0\n"
            "B through by a ruling"
        ) == out.explain()

    def test_leg_awarded_points_only(self) -> None:
        """A second leg awarded to B with no score gives B the tie, whatever leg 1 was."""
        forfeit = cp.Forfeit(awarded_to="B", reason="A did not turn up")
        out = cp.decide_tie(
            m("A", "B", "2-0"),
            m("B", "A", rulings=(forfeit,)),
            rules.UEFA_CLUB_2021_KNOCKOUT,
        )

        assert ("B", cp.DecidedBy.RULING, None, None) == verdict(out)
        assert (forfeit,) == out.rulings
        assert (cp.Step(criterion=cp.DecidedBy.RULING, match=out.matches[1]),) == (
            out.steps
        )
        assert "B v A: awarded to B" == out.explain().splitlines()[0]

    def test_leg_awarded_with_a_score_counts_in_the_aggregate(self) -> None:
        """Leg 2 (1-1 on the pitch) awarded 3-0 to B: B leads 3-2 on aggregate."""
        forfeit = cp.Forfeit(awarded_to="B", score=cp.Score(3, 0))
        out = cp.decide_tie(
            m("A", "B", "2-0"),
            m("B", "A", "1-1", rulings=(forfeit,)),
            rules.UEFA_CLUB_2021_KNOCKOUT,
        )

        assert ("B", cp.DecidedBy.AGGREGATE, cp.Score(2, 3), None) == verdict(out)
        assert (forfeit,) == out.rulings

    def test_leg_with_an_unknown_score(self) -> None:
        """The first leg's score is not known: undecided, with no aggregate."""
        out = cp.decide_tie(
            m("A", "B"), m("B", "A", "1-0"), rules.UEFA_CLUB_2021_KNOCKOUT
        )
        expected = undecided(None, cp.Need.RESULT)

        assert expected == verdict(out)
        assert m("A", "B") == out.missing_from
        assert "A v B: undecided: needs the score of the first leg (not recorded)" == (
            str(out)
        )

    def test_leg_not_played(self) -> None:
        """A second leg ruled not played leaves the tie undecided."""
        out = cp.decide_tie(
            m("A", "B", "1-0"),
            m("B", "A", rulings=(cp.NotPlayed(),)),
            rules.UEFA_CLUB_2021_KNOCKOUT,
        )
        expected = undecided(None, cp.Need.MATCH)

        assert expected == verdict(out)
        assert "A v B: undecided: needs the second leg to be played (it was not)" == (
            str(out)
        )

    def test_leg_abandoned_and_void(self) -> None:
        """A second leg abandoned at 1-0 and declared void leaves the tie undecided."""
        out = cp.decide_tie(
            m("A", "B", "1-0"),
            m("B", "A", "1-0", rulings=(cp.Abandoned(minute=60),)),
            rules.UEFA_CLUB_2021_KNOCKOUT,
        )

        assert undecided(None, cp.Need.REPLAY_OR_AWARD) == verdict(out)
        assert (
            "ruling: abandoned after 60 minutes, void\n"
            "undecided: needs the second leg to be replayed or awarded "
            "(it was declared void)"
        ) == out.explain()


class TestDecideMatch:
    def test_won_in_normal_time(self) -> None:
        """B wins 2-0 away."""
        out = cp.decide_match(m("A", "B", "0-2"), rules.UEFA_CLUB_2021_KNOCKOUT)

        assert ("B", cp.DecidedBy.SCORE, cp.Score(0, 2), None) == verdict(out)
        assert ("A", "B") == out.teams

    def test_won_in_extra_time(self) -> None:
        """1-1 after 90 minutes, 1-2 after extra time."""
        out = cp.decide_match(m("A", "B", "1-1", extra_time="1-2"), cp.TieRules())

        assert ("B", cp.DecidedBy.EXTRA_TIME, cp.Score(1, 2), None) == verdict(out)

    def test_won_on_penalties(self) -> None:
        """0-0, 2-2 after extra time, B wins the shoot-out 5-3."""
        out = cp.decide_match(
            m("A", "B", "0-0", extra_time="2-2", penalties="3-5"), cp.TieRules()
        )

        assert ("B", cp.DecidedBy.PENALTIES, cp.Score(2, 2), None) == verdict(out)

    def test_shoot_out_with_no_extra_time_under_rules_without_it(self) -> None:
        """Copa Perú 1998 rules: 1-1, then straight to penalties, A wins 4-2."""
        out = cp.decide_match(
            m("A", "B", "1-1", penalties="4-2"), rules.COPA_PERU_1998_KNOCKOUT
        )

        assert ("A", cp.DecidedBy.PENALTIES, cp.Score(1, 1), None) == verdict(out)

    def test_awarded_match_with_a_score(self) -> None:
        """1-1 on the pitch, awarded 3-0 to A."""
        out = cp.decide_match(
            m(
                "A",
                "B",
                "1-1",
                rulings=(cp.Forfeit(awarded_to="A", score=cp.Score(3, 0)),),
            ),
            rules.UEFA_CLUB_2021_KNOCKOUT,
        )

        assert ("A", cp.DecidedBy.RULING, cp.Score(3, 0), None) == verdict(out)

    def test_awarded_match_points_only(self) -> None:
        """Awarded to B with no score: B through by a ruling, no aggregate."""
        out = cp.decide_match(
            m("A", "B", rulings=(cp.Forfeit(awarded_to="B"),)),
            rules.UEFA_CLUB_2021_KNOCKOUT,
        )

        assert ("B", cp.DecidedBy.RULING, None, None) == verdict(out)

    def test_awarded_shoot_out_without_extra_time_recorded(self) -> None:
        """An awarded shoot-out decides a level match even with no extra time."""
        shootout = cp.AwardedShootout(winner="B")
        out = cp.decide_match(
            m("A", "B", "2-2", rulings=(shootout,)), rules.UEFA_CLUB_2021_KNOCKOUT
        )

        assert ("B", cp.DecidedBy.RULING, cp.Score(2, 2), None) == verdict(out)
        assert (shootout,) == out.rulings

    def test_unknown_score(self) -> None:
        """A match with no score is undecided."""
        out = cp.decide_match(m("A", "B"), rules.UEFA_CLUB_2021_KNOCKOUT)

        assert undecided(None, cp.Need.RESULT) == verdict(out)
        assert "A v B: undecided: needs the score of the match (not recorded)" == (
            str(out)
        )

    def test_void_match(self) -> None:
        """An abandoned, void match is undecided."""
        out = cp.decide_match(
            m("A", "B", "0-0", rulings=(cp.Abandoned(),)), rules.UEFA_CLUB_2021_KNOCKOUT
        )

        assert undecided(None, cp.Need.REPLAY_OR_AWARD) == verdict(out)
        assert out.matches[0] == out.missing_from
        assert (
            "A v B: undecided: needs the match to be replayed or awarded "
            "(it was declared void)"
        ) == str(out)

    def test_level_after_extra_time_needs_a_replay_under_play_off_rules(self) -> None:
        """1961-62 rules on a single match: level after extra time needs a replay."""
        out = cp.decide_match(
            m("A", "B", "1-1", extra_time="2-2"), rules.EUROPEAN_CUP_1961_KNOCKOUT
        )

        assert undecided(cp.Score(2, 2), cp.Need.REPLAY) == verdict(out)
        assert "A 2-2 B: undecided: needs a replay (not recorded)" == str(out)

    def test_level_with_nothing_left_to_decide_it(self) -> None:
        """No extra time, no penalties, no replay: a 0-0 stays undecided."""
        out = cp.decide_match(
            m("A", "B", "0-0"), cp.TieRules(extra_time=False, penalties=False)
        )
        expected = undecided(cp.Score(0, 0), cp.Need.DECISION)

        assert expected == verdict(out)
        assert None is out.missing_from
        assert "A 0-0 B: undecided: needs a decision the rules do not provide" == (
            str(out)
        )


class TestErrors:
    def test_legs_that_do_not_mirror(self) -> None:
        """The second leg must be the first with home and away swapped."""
        with pytest.raises(
            cp.InvalidValueError,
            match=re.escape(
                "decide_tie: the legs do not mirror each other: A v B, then A v B"
            ),
        ):
            cp.decide_tie(
                m("A", "B", "1-0"), m("A", "B", "1-0"), rules.UEFA_CLUB_2021_KNOCKOUT
            )

    def test_legs_between_other_teams(self) -> None:
        """A second leg with a third team is refused, naming both matches."""
        with pytest.raises(
            cp.InvalidValueError,
            match=re.escape(
                "decide_tie: the legs do not mirror each other: A v B, then C v A"
            ),
        ):
            cp.decide_tie(
                m("A", "B", "1-0"), m("C", "A", "1-0"), rules.UEFA_CLUB_2021_KNOCKOUT
            )

    def test_play_off_between_other_teams(self) -> None:
        """The play-off must be between the two teams of the tie."""
        with pytest.raises(
            cp.InvalidValueError,
            match=re.escape("decide_tie: the play-off A v C is not between A and B"),
        ):
            cp.decide_tie(
                m("A", "B", "1-0"),
                m("B", "A", "1-0"),
                rules.EUROPEAN_CUP_1961_KNOCKOUT,
                playoff=m("A", "C", "1-0"),
            )

    def test_leg_not_a_match(self) -> None:
        """A leg must be a Match."""
        with pytest.raises(
            cp.InvalidValueError, match=r"^decide_tie: first_leg: expected a Match"
        ):
            untyped.decide_tie(
                "A 1-0 B", m("B", "A", "1-0"), rules.UEFA_CLUB_2021_KNOCKOUT
            )

    def test_extra_time_under_rules_without_it(self) -> None:
        """Copa Perú 1998 rules have no extra time: recording some is refused."""
        with pytest.raises(
            cp.RuleError,
            match=re.escape(
                "B 1-0 A (a.e.t. 1-0): extra time recorded, but these rules have none"
            ),
        ):
            cp.decide_tie(
                m("A", "B", "1-0"),
                m("B", "A", "1-0", extra_time="1-0"),
                rules.COPA_PERU_1998_KNOCKOUT,
            )

    def test_extra_time_in_a_match_won_in_normal_time(self) -> None:
        """Extra time after a 2-1 was never due."""
        with pytest.raises(
            cp.RuleError,
            match=re.escape(
                "A 2-1 B (a.e.t. 2-1): extra time recorded, but the match was won "
                "in normal time"
            ),
        ):
            cp.decide_match(
                m("A", "B", "2-1", extra_time="2-1"), rules.UEFA_CLUB_2021_KNOCKOUT
            )

    def test_shoot_out_when_decided_on_aggregate(self) -> None:
        """A shoot-out after a tie already won 2-1 on aggregate is refused."""
        with pytest.raises(
            cp.RuleError,
            match=re.escape(
                "B 1-0 A (4-3 pen.): a shoot-out recorded, but the tie was decided "
                "on aggregate"
            ),
        ):
            cp.decide_tie(
                m("A", "B", "2-0"),
                m("B", "A", "1-0", penalties="4-3"),
                rules.UEFA_CLUB_2021_KNOCKOUT,
            )

    def test_shoot_out_under_rules_without_one(self) -> None:
        """1961-62 rules have no shoot-out: recording one is refused."""
        with pytest.raises(
            cp.RuleError,
            match=re.escape(
                "A 1-1 B (a.e.t. 1-1) (4-3 pen.): a shoot-out recorded, but these "
                "rules have none"
            ),
        ):
            cp.decide_match(
                m("A", "B", "1-1", extra_time="1-1", penalties="4-3"),
                rules.EUROPEAN_CUP_1961_KNOCKOUT,
            )

    def test_tie_rules_must_be_tie_rules(self) -> None:
        """Table rules given to decide_tie are refused."""
        with pytest.raises(
            cp.RuleError, match=r"^decide_tie: rules must be TieRules \(got TableRules"
        ):
            untyped.decide_tie(m("A", "B", "1-0"), m("B", "A", "1-0"), rules.CLASSIC)

    def test_match_rules_must_be_tie_rules(self) -> None:
        """A preset name given to decide_match is refused."""
        with pytest.raises(
            cp.RuleError,
            match=re.escape(
                "decide_match: rules must be TieRules (got 'uefa-club-2021-knockout')"
            ),
        ):
            untyped.decide_match(m("A", "B", "1-0"), "uefa-club-2021-knockout")


class TestGoalDifferenceAfterPlayoff:
    """CONMEBOL's last resort: a play-off level at its end goes to goal difference."""

    # The 1987 Copa Libertadores final legs (see tests/golden/ties): one home win
    # each, 2-2 on points, América de Cali 3-2 up on aggregate.
    LEGS = (
        m("América de Cali", "Peñarol", "2-0"),
        m("Peñarol", "América de Cali", "2-1"),
    )

    def test_a_level_playoff_goes_to_goal_difference(self) -> None:
        """Per the source, América would have been champions had the play-off
        (won 1-0 by Peñarol in the 120th minute) ended level.
        """
        level = m("Peñarol", "América de Cali", "0-0", extra_time="0-0", neutral=True)
        out = cp.decide_tie(
            *self.LEGS, rules.CONMEBOL_LIBERTADORES_1987_KNOCKOUT, level
        )

        assert (
            "América de Cali",
            cp.DecidedBy.GOAL_DIFFERENCE,
            cp.Score(3, 2),
            None,
        ) == (verdict(out))
        assert (
            cp.Step(criterion=cp.DecidedBy.PLAYOFF, match=level),
            step(cp.DecidedBy.GOAL_DIFFERENCE, 3, 2),
        ) == out.steps[-2:]
        assert [
            "play-off: Peñarol 0-0 América de Cali (a.e.t. 0-0), level at the end",
            "goal difference over the legs: América de Cali 3-2 Peñarol",
        ] == out.explain().splitlines()[-3:-1]

    def test_a_won_playoff_decides_before_goal_difference(self) -> None:
        """The play-off as it was: Peñarol 1-0 after extra time."""
        won = m("Peñarol", "América de Cali", "0-0", extra_time="1-0", neutral=True)
        out = cp.decide_tie(*self.LEGS, rules.CONMEBOL_LIBERTADORES_1987_KNOCKOUT, won)

        assert ("Peñarol", cp.DecidedBy.PLAYOFF) == (out.winner, out.decided_by)

    def test_level_on_goal_difference_too_is_undecided(self) -> None:
        """Level on points, goals and the play-off: nothing left to decide it."""
        one, two = m("A", "B", "2-0"), m("B", "A", "2-0")
        level = m("B", "A", "1-1", extra_time="1-1", neutral=True)
        out = cp.decide_tie(one, two, rules.CONMEBOL_LIBERTADORES_1987_KNOCKOUT, level)

        assert undecided(cp.Score(2, 2), cp.Need.DECISION) == (verdict(out))

    def test_an_unrecorded_playoff_is_still_needed(self) -> None:
        """Goal difference is for a play-off played and level, not for a lost one."""
        lost = m("Peñarol", "América de Cali", None, neutral=True)
        out = cp.decide_tie(*self.LEGS, rules.CONMEBOL_LIBERTADORES_1987_KNOCKOUT, lost)

        assert (None, cp.Need.RESULT, lost) == (
            out.winner,
            out.needs,
            out.missing_from,
        )
        assert str(out).endswith(
            "needs the play-off's result: the score of the match (not recorded)"
        )

    def test_needs_a_playoff(self) -> None:
        """Without a play-off in the rules, there is nothing to come after."""
        with pytest.raises(cp.RuleError, match="goal difference after a play-off"):
            cp.TieRules(goal_difference_after_playoff=True)


class TestTieRules:
    def test_away_goals_in_extra_time_need_away_goals(self) -> None:
        """Away goals in extra time without away goals are refused."""
        with pytest.raises(
            cp.RuleError,
            match=re.escape(
                "tie rules: away goals in extra time need both away_goals and extra_time"
            ),
        ):
            cp.TieRules(away_goals_in_extra_time=True)

    def test_away_goals_in_extra_time_need_extra_time(self) -> None:
        """Away goals in extra time without extra time are refused."""
        with pytest.raises(cp.RuleError, match="need both away_goals and extra_time"):
            cp.TieRules(
                away_goals=True, away_goals_in_extra_time=True, extra_time=False
            )

    def test_no_goal_difference_on_the_aggregate_basis(self) -> None:
        """goal_difference=False means nothing on the aggregate basis."""
        with pytest.raises(
            cp.RuleError,
            match=re.escape(
                "tie rules: goal_difference=False only makes sense on the points basis"
            ),
        ):
            cp.TieRules(basis=cp.Basis.AGGREGATE, goal_difference=False)

    def test_basis_given_by_its_id(self) -> None:
        """The basis may be given as its string id."""
        tie_rules = cp.TieRules(basis="points", goal_difference=False)

        assert cp.Basis.POINTS is tie_rules.basis

    def test_unknown_basis(self) -> None:
        """A basis that is not one of the two is refused."""
        with pytest.raises(
            cp.RuleError,
            match=re.escape(
                "tie rules: basis must be 'aggregate' or 'points' (got 'goals')"
            ),
        ):
            cp.TieRules(basis="goals")

    def test_flag_must_be_a_bool(self) -> None:
        """A flag given as 1 is refused."""
        with pytest.raises(
            cp.RuleError,
            match=re.escape("tie rules: extra_time must be True or False (got 1)"),
        ):
            untyped.TieRules(extra_time=1)

    def test_str_of_the_defaults(self) -> None:
        """Aggregate, extra time and penalties by default."""
        assert "aggregate, extra time, penalties" == str(cp.TieRules())

    def test_str_of_points_rules(self) -> None:
        """Points show goal difference only when it applies; a name comes first."""
        with_gd = cp.TieRules(basis="points", away_goals=True, extra_time=False)
        named = cp.TieRules(
            name="Old final",
            basis="points",
            goal_difference=False,
            extra_time=False,
            penalties=False,
            playoff=True,
        )

        assert "points, goal difference, away goals, penalties" == str(with_gd)
        assert "Old final: points, play-off" == str(named)

    def test_str_of_a_preset(self) -> None:
        """UEFA 2019 shows away goals in extra time."""
        assert (
            "UEFA club competitions to 2020-21: aggregate, away goals "
            "(also in extra time), extra time, penalties"
        ) == str(rules.UEFA_CLUB_2019_KNOCKOUT)


class TestTieOutcome:
    def test_loser_is_the_other_team(self) -> None:
        """The loser of a decided tie is the team that is not the winner."""
        first = cp.decide_match(m("A", "B", "3-0"), cp.TieRules())
        second = cp.decide_match(m("A", "B", "0-3"), cp.TieRules())

        assert ("B", "A") == (first.loser, second.loser)

    def test_str_of_a_decided_tie(self) -> None:
        """Teams, aggregate and verdict on one line."""
        out = cp.decide_tie(
            m("A", "B", "2-1"), m("B", "A", "1-1"), rules.UEFA_CLUB_2021_KNOCKOUT
        )

        assert "A 3-2 B: A through on aggregate" == str(out)
        assert "aggregate: A 3-2 B\nA through on aggregate" == out.explain()

    def test_outcome_keeps_its_matches(self) -> None:
        """The legs and play-off the outcome was computed from are kept, in order."""
        legs = (m("A", "B", "1-0"), m("B", "A", "1-0"))
        playoff = m("A", "B", "2-1", neutral=True)
        out = cp.decide_tie(*legs, rules.EUROPEAN_CUP_1961_KNOCKOUT, playoff=playoff)

        assert (*legs, playoff) == out.matches


class TestNeedAndStep:
    def test_need_ids_are_stable_snake_case(self) -> None:
        """Each need is its own id, the one JSON output carries."""
        expected = [
            "result",
            "match",
            "replay_or_award",
            "extra_time",
            "penalties",
            "replay",
            "playoff",
            "drawing_of_lots",
            "ranking_value",
            "decision",
        ]

        assert expected == [need.value for need in cp.Need]
        assert cp.Need.PENALTIES is cp.Need("penalties")

    def test_step_defaults_to_a_plain_comparison(self) -> None:
        """A step is a criterion and two figures; the rest is for rulings and play-offs."""
        plain = cp.Step(criterion=cp.DecidedBy.POINTS, first=3, second=1)

        assert (False, False, None, None) == (
            plain.extra_time,
            plain.awarded,
            plain.match,
            plain.outcome,
        )
        assert plain == step(POINTS, 3, 1)
        assert plain != step(POINTS, 1, 3)

    def test_steps_are_frozen(self) -> None:
        """A step cannot be changed once made."""
        frozen = step(AGGREGATE, 2, 2)

        with pytest.raises(AttributeError):
            frozen.first = 3  # type: ignore[misc]

    def test_awarded_shoot_out_is_a_shoot_out_step_marked_awarded(self) -> None:
        """The 1998 final's shoot-out, awarded 2-0 to the second-named team."""
        abandoned = cp.Abandoned(minute=81, declared=cp.Score(3, 1))
        shootout = cp.AwardedShootout(winner="B", score=cp.Score(2, 0))
        out = cp.decide_tie(
            m("A", "B", "3-1"),
            m("B", "A", "3-1", rulings=(abandoned, shootout)),
            rules.COPA_PERU_1998_KNOCKOUT,
        )

        assert (
            step(AGGREGATE, 4, 4),
            step(cp.DecidedBy.PENALTIES, 0, 2, awarded=True),
        ) == out.steps


class TestReplays:
    """A single match left level, replayed until a replay decides it."""

    CUP = cp.TieRules(penalties=False, playoff=True, extra_time_from=1)

    @staticmethod
    def match(home: str, away: str, score: str, extra: str | None = None) -> cp.Match:
        return cp.Match(
            home=home,
            away=away,
            score=cp.Score.parse(score),
            extra_time=cp.Score.parse(extra) if extra else None,
        )

    def test_a_level_match_needs_a_replay(self) -> None:
        """No extra time in the first match under these rules: a replay is due."""
        out = cp.decide_match(self.match("A", "B", "1-1"), self.CUP)

        assert (None, cp.Need.REPLAY) == (out.winner, out.needs)

    def test_extra_time_is_due_in_the_first_replay(self) -> None:
        """From the first replay, a level match goes to extra time."""
        out = cp.decide_match(
            self.match("A", "B", "1-1"), self.CUP, [self.match("B", "A", "0-0")]
        )

        assert cp.Need.EXTRA_TIME is out.needs

    def test_penalties_from_the_first_replay(self) -> None:
        """The FA Cup from 1991-92: a replay level after extra time goes to a
        shoot-out."""
        rules = cp.TieRules(playoff=True, extra_time_from=1, penalties_from=1)
        replay = attrs.evolve(
            self.match("B", "A", "1-1", "2-2"), penalties=cp.Score(3, 4)
        )
        out = cp.decide_match(self.match("A", "B", "0-0"), rules, [replay])

        assert ("A", cp.DecidedBy.REPLAY) == (out.winner, out.decided_by)
        assert "penalties from the first replay" in str(rules)

    def test_a_replay_between_other_teams_is_refused(self) -> None:
        """A replay must be between the same two teams."""
        with pytest.raises(cp.InvalidValueError) as excinfo:
            cp.decide_match(
                self.match("A", "B", "1-1"), self.CUP, [self.match("A", "C", "1-0")]
            )

        assert "replays[0] A v C is not between A and B" in str(excinfo.value)

    def test_a_replay_the_rules_do_not_have_is_refused(self) -> None:
        """Replays need rules with a play-off (a replay, for a single match)."""
        with pytest.raises(cp.InvalidValueError) as excinfo:
            cp.decide_match(
                self.match("A", "B", "1-1"),
                cp.TieRules(penalties=False),
                [self.match("B", "A", "1-0")],
            )

        assert "a replay recorded (B 1-0 A), but these rules have none" in str(
            excinfo.value
        )

    def test_replay_numbers_need_replays(self) -> None:
        """extra_time_from counts replays: without a play-off it means nothing."""
        with pytest.raises(cp.RuleError):
            cp.TieRules(extra_time_from=1)
