"""The words of conclusions, made in one place from their values (copaperu._words).

The engine's own tests check the sentences it produces in context; these check
the words of values built by hand, including values the engine never builds (a
field left empty), which must still read as a sentence rather than fail.
"""

from __future__ import annotations

import attrs

import copaperu as cp
from copaperu import _words, tiebreak


def m(home: str, away: str, score: str | None = None) -> cp.Match:
    return cp.Match(
        home=home, away=away, score=None if score is None else cp.Score.parse(score)
    )


class TestTables:
    def test_three_teams_separated_by_play_off_wins(self) -> None:
        """A beat B and C, B beat C in the play-offs: wins 2, 1 and 0; the play-offs
        are listed in the order they were played (by date), whatever the input's."""
        level = [m("A", "B", "1-1"), m("B", "C", "1-1"), m("A", "C", "1-1")]
        played = [m("A", "B", "1-0"), m("B", "C", "1-0"), m("A", "C", "1-0")]
        dated = [
            attrs.evolve(match, date=f"1998-12-0{day}")
            for match, day in zip(played, (1, 3, 5), strict=True)
        ]
        playoffs = [dated[2], dated[0], dated[1]]
        rules = cp.TableRules(tiebreakers=(tiebreak.points(), tiebreak.playoff()))
        table = cp.standings(
            ["A", "B", "C"], level, rules, advance=1, playoffs=playoffs
        )

        assert [
            "A above B on play-off: 2 play-off wins vs 1 play-off wins "
            "(A 1-0 B; B 1-0 C; A 1-0 C)",
            "B above C on play-off: 1 play-off wins vs 0 play-off wins "
            "(A 1-0 B; B 1-0 C; A 1-0 C)",
        ] == [str(s) for s in table.explain().separations]

    def test_a_goal_average_given_as_a_whole_number_reads_as_one(self) -> None:
        """Figures built by hand need not be fractions."""
        separation = cp.Separation(
            upper="A",
            lower="B",
            criterion=tiebreak.goal_average(),
            upper_value=2,
            lower_value=1,
        )

        assert "A above B on goal average: 2 vs 1" == str(separation)

    def test_a_need_without_table_words_reads_as_the_ties(self) -> None:
        """An open tie made by hand with a tie's need reads as a tie's need."""
        tie = cp.LevelTeams(teams=("A", "B"), position=1, needs=cp.Need.RESULT)
        unnamed = cp.LevelTeams(
            teams=("A", "B"), position=1, needs=cp.Need.RANKING_VALUE
        )

        assert (
            "A, B level in place 1: needs the score of the match (not recorded)"
            == str(tie)
        )
        assert "A, B level in place 1: needs a ranking (no value for )" == str(unnamed)


class TestTies:
    def test_a_decided_tie_needs_nothing(self) -> None:
        """Once decided, what a tie needs is said as nothing."""
        out = cp.decide_match(m("A", "B", "1-0"), cp.TieRules())

        assert "" == _words.tie_needs_text(out)

    def test_the_missing_match_is_found_by_value_too(self) -> None:
        """A copy of the second leg still names the second leg; another match, none."""
        out = cp.decide_tie(m("A", "B", "1-0"), m("B", "A"), cp.TieRules())
        copy = attrs.evolve(out, missing_from=m("B", "A"))
        elsewhere = attrs.evolve(out, missing_from=m("A", "C"))

        assert "the score of the second leg (not recorded)" == _words.tie_needs_text(
            copy
        )
        assert "the score of the match (not recorded)" == _words.tie_needs_text(
            elsewhere
        )


class TestReplays:
    def test_unknowns_without_their_value_still_read(self) -> None:
        """An open tie or an undecided tie made without its value reads plainly."""
        level_teams = cp.competition.Unknown(
            kind=cp.competition.UnknownKind.LEVEL_TEAMS, id="g", places=(1, 2)
        )
        undecided = cp.competition.Unknown(
            kind=cp.competition.UnknownKind.UNDECIDED, id="t"
        )

        assert "g: teams level -- blocks the places it covers" == str(level_teams)
        assert "t: undecided by the legs, needs a decision -- blocks its winner" == str(
            undecided
        )

    def test_contradictions_of_every_kind_read_as_before(self) -> None:
        """The kinds the replay tests do not reach, and facts given loosely."""
        kind = cp.competition.ContradictionKind
        legs = cp.competition.Contradiction(
            kind=kind.LEGS_NOT_DECIDED, id="t", error="no rules"
        )
        goals = cp.competition.Contradiction(
            kind=kind.PUBLISHED_GOALS, id="g", recorded=3
        )
        points = cp.competition.Contradiction(
            kind=kind.PUBLISHED_POINTS, id="g", team="A", computed=3, recorded=4
        )

        assert "t: the legs cannot be decided: no rules" == str(legs)
        assert "g: the published table has 3 goals for but 3 against" == str(goals)
        assert "g: published row A: points 4 are not the points scheme = 3" == str(
            points
        )
