"""Behaviour of rulings: official_result(), the matches refused, tables with rulings.

Every expected value here was worked out by hand from the matches written next to
it. Scores in rulings are written home-away, like the match they sit on.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest

import copaperu as cp
from copaperu import rules

# Calls that break the annotations go through an untyped alias, as untyped user code would.
untyped: Any = cp

S = cp.Score


def m(
    home: str,
    away: str,
    result: str | None = None,
    *,
    extra_time: str | None = None,
    penalties: str | None = None,
    rulings: tuple[cp.Ruling, ...] = (),
) -> cp.Match:
    return cp.Match(
        home=home,
        away=away,
        score=None if result is None else S.parse(result),
        extra_time=None if extra_time is None else S.parse(extra_time),
        penalties=None if penalties is None else S.parse(penalties),
        rulings=rulings,
    )


Summary = tuple[cp.MatchStatus, cp.Score | None, str | None, bool]


def summary(result: cp.OfficialResult) -> Summary:
    """Status, the score that counts, the winner, and whether it counts."""
    return (result.status, result.score, result.winner, result.counts)


class TestOfficialResult:
    def test_no_ruling(self) -> None:
        """A match with no ruling counts as played."""
        match = m("A", "B", "2-1")
        result = cp.official_result(match)

        assert (cp.MatchStatus.PLAYED, S(2, 1), "A", True) == summary(result)
        assert () == result.rulings
        assert match is result.match

    def test_unknown_score(self) -> None:
        """A match with no score and no ruling is unknown and counts for nothing."""
        result = cp.official_result(m("A", "B"))

        assert (cp.MatchStatus.UNKNOWN, None, None, False) == summary(result)

    def test_not_played(self) -> None:
        """Not played: no score, no winner, counts for nothing."""
        ruling = cp.NotPlayed(reason="both eliminated")
        result = cp.official_result(m("A", "B", rulings=(ruling,)))

        assert (cp.MatchStatus.NOT_PLAYED, None, None, False) == summary(result)
        assert (ruling,) == result.rulings
        assert not result.is_draw

    def test_abandoned_void(self) -> None:
        """Abandoned at 1-0 and declared void: counts for nothing; the 1-0 stays."""
        ruling = cp.Abandoned(minute=60, reason="floodlights")
        match = m("A", "B", "1-0", rulings=(ruling,))
        result = cp.official_result(match)

        assert (cp.MatchStatus.VOID, None, None, False) == summary(result)
        assert (ruling,) == result.rulings
        assert S(1, 0) == result.match.score

    def test_abandoned_declared(self) -> None:
        """Abandoned at 0-0; a 0-3 win for B declared to stand."""
        ruling = cp.Abandoned(minute=41, declared=S(0, 3))
        result = cp.official_result(m("A", "B", "0-0", rulings=(ruling,)))

        assert (cp.MatchStatus.DECLARED, S(0, 3), "B", True) == summary(result)
        assert (ruling,) == result.rulings

    def test_abandoned_in_extra_time_drops_the_extra_time(self) -> None:
        """Declared 1-1 after being abandoned in extra time: extra time counts no more."""
        result = cp.official_result(
            m(
                "A",
                "B",
                "1-1",
                extra_time="2-1",
                rulings=(cp.Abandoned(minute=110, declared=S(1, 1)),),
            )
        )

        assert (cp.MatchStatus.DECLARED, S(1, 1), None, True) == summary(result)
        assert result.extra_time is None
        assert result.is_draw

    def test_forfeit_with_a_score(self) -> None:
        """Won 2-1 by A on the pitch, awarded 0-3 to B."""
        ruling = cp.Forfeit(awarded_to="B", score=S(0, 3), reason="ineligible player")
        result = cp.official_result(m("A", "B", "2-1", rulings=(ruling,)))

        assert (cp.MatchStatus.AWARDED, S(0, 3), "B", True) == summary(result)
        assert (ruling,) == result.rulings

    def test_forfeit_points_only_is_a_win_with_no_goals(self) -> None:
        """Awarded to A with no score: a win for A, and no goals count."""
        ruling = cp.Forfeit(awarded_to="A")
        result = cp.official_result(m("A", "B", rulings=(ruling,)))

        assert (cp.MatchStatus.AWARDED, None, "A", True) == summary(result)
        assert not result.is_draw

    def test_forfeit_drops_extra_time_and_penalties(self) -> None:
        """An awarded match keeps neither the extra time nor the shoot-out taken."""
        result = cp.official_result(
            m(
                "A",
                "B",
                "1-1",
                extra_time="1-1",
                penalties="4-3",
                rulings=(cp.Forfeit(awarded_to="B", score=S(0, 3)),),
            )
        )

        assert (None, None, None) == (
            result.extra_time,
            result.penalties,
            result.shootout_winner,
        )

    def test_abandoned_and_awarded(self) -> None:
        """Serbia-Albania 2014 shape: abandoned at 0-0, then awarded 0-3 to B."""
        abandoned = cp.Abandoned(minute=41)
        forfeit = cp.Forfeit(awarded_to="B", score=S(0, 3), body="CAS")
        # Given forfeit first: the result lists them in the order they apply.
        result = cp.official_result(m("A", "B", "0-0", rulings=(forfeit, abandoned)))

        assert (cp.MatchStatus.AWARDED, S(0, 3), "B", True) == summary(result)
        assert (abandoned, forfeit) == result.rulings

    def test_awarded_shoot_out_beside_a_played_result(self) -> None:
        """A 1-1 stands as a draw; the shoot-out is awarded 3-4 to B."""
        ruling = cp.AwardedShootout(winner="B", score=S(3, 4))
        result = cp.official_result(m("A", "B", "1-1", rulings=(ruling,)))

        assert (cp.MatchStatus.PLAYED, S(1, 1), None, True) == summary(result)
        assert (S(3, 4), "B") == (result.penalties, result.shootout_winner)
        assert (ruling,) == result.rulings
        assert result.is_draw

    def test_shoot_out_taken(self) -> None:
        """A shoot-out taken on the pitch gives its winner, with no ruling."""
        result = cp.official_result(m("A", "B", "0-0", penalties="2-4"))

        assert (S(2, 4), "B", ()) == (
            result.penalties,
            result.shootout_winner,
            result.rulings,
        )

    def test_declared_and_shoot_out_awarded(self) -> None:
        """1998 final shape: abandoned at 3-1, declared 3-1, shoot-out awarded to A."""
        abandoned = cp.Abandoned(minute=81, declared=S(3, 1))
        shootout = cp.AwardedShootout(winner="A", score=S(2, 0))
        result = cp.official_result(m("A", "B", "3-1", rulings=(shootout, abandoned)))

        assert (cp.MatchStatus.DECLARED, S(3, 1), "A", True) == summary(result)
        assert (abandoned, shootout) == result.rulings
        assert "A" == result.shootout_winner

    def test_rulings_ignored_as_played(self) -> None:
        """With apply_rulings=False the 2-1 on the pitch counts, and no ruling."""
        match = m("A", "B", "2-1", rulings=(cp.Forfeit(awarded_to="B", score=S(0, 3)),))
        result = cp.official_result(match, apply_rulings=False)

        assert (cp.MatchStatus.PLAYED, S(2, 1), "A", True) == summary(result)
        assert () == result.rulings

    def test_not_played_as_played_is_unknown(self) -> None:
        """A match ruled not played has no score: as played it is unknown."""
        result = cp.official_result(
            m("A", "B", rulings=(cp.NotPlayed(),)), apply_rulings=False
        )

        assert (cp.MatchStatus.UNKNOWN, None, None, False) == summary(result)

    def test_void_as_played_is_the_score_when_play_stopped(self) -> None:
        """Abandoned at 1-0 and void; as played the 1-0 counts, shoot-out dropped."""
        match = m(
            "A", "B", "1-0", rulings=(cp.Abandoned(), cp.AwardedShootout(winner="B"))
        )
        result = cp.official_result(match, apply_rulings=False)

        assert (cp.MatchStatus.PLAYED, S(1, 0), "A", True) == summary(result)
        assert (None, None) == (result.penalties, result.shootout_winner)


def refused(problem: str) -> str:
    """A regex for a refusal of the match A v B, with *problem* in the message."""
    return "^" + re.escape(f"match 'A' v 'B': {problem}")


class TestContradictions:
    def test_two_forfeits(self) -> None:
        """A match is awarded once."""
        with pytest.raises(
            cp.InvalidValueError,
            match=refused("rulings[1]: a second ruling of the same kind"),
        ):
            m(
                "A",
                "B",
                rulings=(cp.Forfeit(awarded_to="A"), cp.Forfeit(awarded_to="B")),
            )

    def test_not_played_and_forfeit(self) -> None:
        """A match not played carries no other ruling."""
        with pytest.raises(
            cp.InvalidValueError,
            match=refused("rulings: a match not played cannot carry other rulings"),
        ):
            m("A", "B", rulings=(cp.NotPlayed(), cp.Forfeit(awarded_to="A")))

    def test_not_played_with_a_score(self) -> None:
        """A match not played has no on-field score."""
        with pytest.raises(
            cp.InvalidValueError,
            match=refused(
                "rulings: a match not played cannot have an on-field score (got 1-0)"
            ),
        ):
            m("A", "B", "1-0", rulings=(cp.NotPlayed(),))

    def test_forfeit_to_a_team_not_in_the_match(self) -> None:
        """A forfeit goes to one of the two teams."""
        with pytest.raises(
            cp.InvalidValueError,
            match=refused(
                "rulings: forfeit awarded to a team not in the match (got 'C')"
            ),
        ):
            m("A", "B", rulings=(cp.Forfeit(awarded_to="C"),))

    def test_forfeit_score_favouring_the_other_team(self) -> None:
        """3-0 home-away favours A, not B."""
        with pytest.raises(
            cp.InvalidValueError,
            match=refused(
                "rulings: the awarded score 3-0 (home-away) does not favour 'B'"
            ),
        ):
            m("A", "B", rulings=(cp.Forfeit(awarded_to="B", score=S(3, 0)),))

    def test_declared_and_awarded(self) -> None:
        """An abandoned match is either declared or awarded, not both."""
        with pytest.raises(
            cp.InvalidValueError,
            match=refused(
                "rulings: an abandoned match cannot be both declared and awarded"
            ),
        ):
            m(
                "A",
                "B",
                "0-0",
                rulings=(
                    cp.Abandoned(declared=S(0, 0)),
                    cp.Forfeit(awarded_to="B", score=S(0, 3)),
                ),
            )

    def test_shoot_out_awarded_to_a_team_not_in_the_match(self) -> None:
        """A shoot-out goes to one of the two teams."""
        with pytest.raises(
            cp.InvalidValueError,
            match=refused(
                "rulings: shoot-out awarded to a team not in the match (got 'C')"
            ),
        ):
            m("A", "B", "1-1", rulings=(cp.AwardedShootout(winner="C"),))

    def test_shoot_out_score_favouring_the_other_team(self) -> None:
        """A 5-4 home-away shoot-out favours A, not B."""
        with pytest.raises(
            cp.InvalidValueError,
            match=refused(
                "rulings: the awarded shoot-out score 5-4 (home-away) does not favour 'B'"
            ),
        ):
            m("A", "B", "1-1", rulings=(cp.AwardedShootout(winner="B", score=S(5, 4)),))

    def test_shoot_out_awarded_beside_one_taken(self) -> None:
        """A shoot-out taken on the pitch cannot also be awarded."""
        with pytest.raises(
            cp.InvalidValueError,
            match=refused(
                "rulings: a shoot-out was taken; it cannot also be awarded (got 4-3)"
            ),
        ):
            m(
                "A",
                "B",
                "1-1",
                penalties="4-3",
                rulings=(cp.AwardedShootout(winner="B"),),
            )

    def test_draw_as_a_forfeit_score(self) -> None:
        """An awarded score has a winner, so 1-1 is refused by the ruling itself."""
        with pytest.raises(
            cp.InvalidValueError,
            match=re.escape("forfeit: an awarded score cannot be a draw (got 1-1)"),
        ):
            cp.Forfeit(awarded_to="A", score=S(1, 1))

    def test_abandoned_after_minute_200(self) -> None:
        """No match lasts 200 minutes."""
        with pytest.raises(
            cp.InvalidValueError,
            match=re.escape(
                "abandoned: minute must be between 0 and 150 or None (got 200)"
            ),
        ):
            cp.Abandoned(minute=200)

    def test_not_a_ruling(self) -> None:
        """Only rulings go in rulings."""
        with pytest.raises(
            cp.InvalidValueError,
            match=refused("rulings[0]: expected a ruling (got 1-0)"),
        ):
            untyped.Match(home="A", away="B", rulings=(S(1, 0),))

    def test_a_deduction_is_not_a_match_ruling(self) -> None:
        """A points deduction belongs to a table's adjustments, not to a match."""
        with pytest.raises(
            cp.InvalidValueError, match=refused("rulings[0]: expected a ruling")
        ):
            untyped.Match(
                home="A", away="B", rulings=(cp.PointsDeduction(team="A", points=3),)
            )

    def test_a_lone_ruling_is_accepted_bare(self) -> None:
        """A single ruling may be given without a tuple."""
        ruling = cp.NotPlayed()

        assert (ruling,) == untyped.Match(home="A", away="B", rulings=ruling).rulings


# A wins 2-1 on the pitch against B, but the match is awarded 0-3 to B.
#   As played:  A 6 pts (2-1, 1-0); B 1 pt, GD -1, 2 goals; C 1 pt, GD -1, 1 goal.
#               B above C on goals for: A, B, C.
#   Official:   B 4 pts (3-0, 1-1); A 3 pts (0-3, 1-0); C 1 pt: B, A, C.
FORFEIT = cp.Forfeit(awarded_to="B", score=S(0, 3), reason="ineligible player")
FORFEITED_GROUP = [
    m("A", "B", "2-1", rulings=(FORFEIT,)),
    m("B", "C", "1-1"),
    m("C", "A", "0-1"),
]


def row(
    position: int,
    team: str,
    wdl: tuple[int, int, int],
    goals: tuple[int, int],
    points: int,
    **kwargs: Any,
) -> cp.TableRow:
    won, drawn, lost = wdl
    return cp.TableRow(
        position=position,
        team=team,
        played=won + drawn + lost,
        won=won,
        drawn=drawn,
        lost=lost,
        goals_for=goals[0],
        goals_against=goals[1],
        points=points,
        **kwargs,
    )


class TestTables:
    def test_forfeit_changes_the_order(self) -> None:
        """The official table puts B first; the table as played puts A first."""
        official = cp.standings(["A", "B", "C"], FORFEITED_GROUP, rules.CLASSIC)
        as_played = cp.standings(
            ["A", "B", "C"], FORFEITED_GROUP, rules.CLASSIC, apply_rulings=False
        )

        assert ("B", "A", "C") == official.order
        assert ("A", "B", "C") == as_played.order
        assert (
            row(1, "B", (1, 1, 0), (4, 1), 4, rulings=(FORFEIT,)),
            row(2, "A", (1, 0, 1), (1, 3), 3, rulings=(FORFEIT,)),
            row(3, "C", (0, 1, 1), (1, 2), 1),
        ) == official.rows
        assert (
            row(1, "A", (2, 0, 0), (3, 1), 6),
            row(2, "B", (0, 1, 1), (2, 3), 1),
            row(3, "C", (0, 1, 1), (1, 2), 1),
        ) == as_played.rows
        assert "B above C on goals for: 2 vs 1" == str(
            as_played.explain().separations[1]
        )
        assert official.apply_rulings
        assert not as_played.apply_rulings

    def test_points_only_forfeit_is_a_win_with_no_goals(self) -> None:
        """Awarded to A with no score: A has a win and 3 points, no goals either way."""
        forfeit = cp.Forfeit(awarded_to="A")
        table = cp.standings(
            ["A", "B"], [m("A", "B", rulings=(forfeit,))], rules.CLASSIC
        )

        assert (
            row(1, "A", (1, 0, 0), (0, 0), 3, rulings=(forfeit,)),
            row(2, "B", (0, 0, 1), (0, 0), 0, rulings=(forfeit,)),
        ) == table.rows

    def test_not_played_match_is_listed_and_explained(self) -> None:
        """A 1-0 over B; B v C not played: C (0, GD 0) above B (0, GD -1)."""
        not_played = cp.NotPlayed(reason="agreed not to play")
        unplayed = m("B", "C", rulings=(not_played,))
        table = cp.standings(
            ["A", "B", "C"], [m("A", "B", "1-0"), unplayed], rules.CLASSIC
        )

        assert ("A", "C", "B") == table.order
        assert (unplayed,) == table.unplayed
        assert (
            "A above C on points: 3 vs 0\n"
            "C above B on goal difference: 0 vs -1\n"
            "not counted (not played): B v C"
        ) == str(table.explain())
        assert ((), (not_played,), (not_played,)) == tuple(
            r.rulings for r in table.rows
        )

    def test_not_played_match_as_played_has_no_score(self) -> None:
        """As played, the same match is not counted for want of a score."""
        unplayed = m("B", "C", rulings=(cp.NotPlayed(),))
        table = cp.standings(
            ["A", "B", "C"],
            [m("A", "B", "1-0"), unplayed],
            rules.CLASSIC,
            apply_rulings=False,
        )

        assert (unplayed,) == table.unplayed
        assert (cp.MatchStatus.UNKNOWN,) == table.explain().not_counted

    def test_void_match_is_not_counted(self) -> None:
        """Abandoned at 2-0 and void: nobody has played a match."""
        unplayed = m("A", "B", "2-0", rulings=(cp.Abandoned(minute=70),))
        table = cp.standings(["A", "B"], [unplayed], rules.CLASSIC)

        assert (0, 0) == (table.row("A").played, table.row("B").played)
        assert (cp.MatchStatus.VOID,) == table.explain().not_counted

    def test_awarded_shoot_out_does_not_change_the_table(self) -> None:
        """A shoot-out awarded after a 1-1 leaves a draw each and no ruling on the rows."""
        match = m("A", "B", "1-1", rulings=(cp.AwardedShootout(winner="A"),))
        table = cp.standings(["A", "B"], [match], rules.CLASSIC)

        assert (
            row(1, "A", (0, 1, 0), (1, 1), 1),
            row(1, "B", (0, 1, 0), (1, 1), 1),
        ) == table.rows

    def test_points_deduction_applies_officially(self) -> None:
        """A beat B 1-0 but loses 4 points: B (0) above A (-1)."""
        deduction = cp.PointsDeduction(team="A", points=4, reason="unpaid wages")
        table = cp.standings(
            ["A", "B"], [m("A", "B", "1-0")], rules.CLASSIC, adjustments=[deduction]
        )

        assert (
            row(1, "B", (0, 0, 1), (0, 1), 0),
            row(2, "A", (1, 0, 0), (1, 0), -1, deducted=4, rulings=(deduction,)),
        ) == table.rows

    def test_points_deduction_is_ignored_as_played(self) -> None:
        """As played, the deduction is ignored: A 3 points above B."""
        deduction = cp.PointsDeduction(team="A", points=4)
        table = cp.standings(
            ["A", "B"],
            [m("A", "B", "1-0")],
            rules.CLASSIC,
            adjustments=[deduction],
            apply_rulings=False,
        )

        assert (
            row(1, "A", (1, 0, 0), (1, 0), 3),
            row(2, "B", (0, 0, 1), (0, 1), 0),
        ) == table.rows


class TestDecided:
    def test_an_iso_date_is_read(self) -> None:
        """A ruling's date may be given as ISO text, as edition files give it."""
        ruling = cp.NotPlayed(decided="1998-12-20")

        assert datetime.date(1998, 12, 20) == ruling.decided

    def test_other_text_is_refused_naming_the_field(self) -> None:
        """A date written another way is refused, with the field it was for."""
        with pytest.raises(
            cp.InvalidValueError,
            match=re.escape(
                "decided: expected an ISO date like '1998-12-13' (got '20/12/1998')"
            ),
        ):
            untyped.Forfeit(awarded_to="A", decided="20/12/1998")
