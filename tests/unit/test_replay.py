"""Behaviour of copaperu.replay() at its edges: unknowns, contradictions, lookups.

Each edition below is made up and small; every expected table, place, unknown and
contradiction was worked out by hand from its matches and records.
"""

from __future__ import annotations

import attrs
import pytest

import copaperu as cp
from copaperu import tiebreak

KO = "uefa-club-2021-knockout"  # a tie preset: aggregate, extra time, penalties


def m(home: str, away: str, score: str | None = None, **kwargs: object) -> cp.Match:
    return cp.Match(
        home=home,
        away=away,
        score=None if score is None else cp.Score.parse(score),
        **kwargs,  # type: ignore[arg-type]
    )


# A semi-final "sf" that A wins 1-0 over B.
A_BEATS_B = cp.competition.Phase(
    id="sf",
    ties=(
        cp.competition.Tie(
            id="sf", rules=KO, entrants=("A", "B"), legs=(m("A", "B", "1-0"),)
        ),
    ),
)


def winner_of(tie_id: str) -> cp.competition.Reference:
    return cp.competition.Reference(kind=cp.competition.ReferenceKind.WINNER, of=tie_id)


def edition(
    *phases: cp.competition.Phase,
    champion: cp.competition.Entrant | None = None,
    table_rules: tuple[cp.competition.NamedTableRules, ...] = (),
) -> cp.competition.Edition:
    """A one-stage edition, 'national', with *phases* in order."""
    return cp.competition.Edition(
        id="cup",
        name="Cup",
        table_rules=table_rules,
        stages=(cp.competition.Stage(id="national", phases=phases),),
        champion=champion,
    )


def group(
    group_id: str, entrants: tuple[cp.competition.Entrant, ...], **kwargs: object
) -> cp.competition.Group:
    """A single round-robin group under the classic rules, unless told otherwise."""
    settings: dict[str, object] = {"rules": "classic", "legs": 1, **kwargs}
    return cp.competition.Group(id=group_id, entrants=entrants, **settings)  # type: ignore[arg-type]


class TestLookups:
    RESULT = cp.replay(
        edition(
            cp.competition.Phase(
                id="round",
                groups=(group("g", ("A", "B"), matches=(m("A", "B", "1-0"),)),),
                ties=(cp.competition.Tie(id="t", rules=KO, entrants=("C", "D")),),
            )
        )
    )

    def test_stage_finds_its_group_and_tie(self) -> None:
        """A stage's group and tie are found by their ids."""
        stage = self.RESULT.stage("national")

        assert ("g", "t") == (stage.group("g").id, stage.tie("t").id)

    def test_unknown_stage_is_named_with_a_hint(self) -> None:
        """A misspelt stage id is refused with the id meant."""
        with pytest.raises(cp.UnknownNameError) as excinfo:
            self.RESULT.stage("nationl")

        assert "unknown stage 'nationl' (did you mean 'national'?)" == str(
            excinfo.value
        )

    def test_unknown_group_of_a_stage_lists_the_known_ones(self) -> None:
        """A stage asked for a group it lacks names it and knows its groups."""
        with pytest.raises(cp.UnknownNameError) as excinfo:
            self.RESULT.stage("national").group("h")

        assert ("unknown group 'h'", ("g",)) == (
            str(excinfo.value),
            excinfo.value.known,
        )

    def test_unknown_tie_of_a_stage_lists_the_known_ones(self) -> None:
        """A stage asked for a tie it lacks names it and knows its ties."""
        with pytest.raises(cp.UnknownNameError) as excinfo:
            self.RESULT.stage("national").tie("u")

        assert ("unknown tie 'u'", ("t",)) == (str(excinfo.value), excinfo.value.known)

    def test_unknown_tie_of_the_edition_is_refused(self) -> None:
        """The edition asked for a tie in no stage names it, with the id meant."""
        with pytest.raises(cp.UnknownNameError) as excinfo:
            self.RESULT.tie("tt")

        assert "unknown tie 'tt' (did you mean 't'?)" == str(excinfo.value)


class TestChampion:
    def test_champion_named_outright_is_recorded(self) -> None:
        """A champion given by name, not by reference, is taken as recorded."""
        result = cp.replay(
            cp.competition.Edition(id="cup", name="Cup", champion="Alpacas")
        )

        assert ("Alpacas", cp.competition.Provenance.RECORDED) == (
            result.champion,
            result.champion_provenance,
        )

    def test_champion_of_an_undecided_final_is_unknown(self) -> None:
        """A final with no leg recorded leaves the champion unknown, and says why."""
        result = cp.replay(
            edition(
                cp.competition.Phase(
                    id="f",
                    ties=(
                        cp.competition.Tie(id="final", rules=KO, entrants=("A", "B")),
                    ),
                ),
                champion=winner_of("final"),
            )
        )
        expected = (
            cp.competition.Unknown(kind=cp.competition.UnknownKind.NO_LEG, id="final"),
            cp.competition.Unknown(
                kind=cp.competition.UnknownKind.CHAMPION, entrant=winner_of("final")
            ),
        )

        assert (None, cp.competition.Provenance.UNKNOWN) == (
            result.champion,
            result.champion_provenance,
        )
        assert expected == result.unknowns
        assert [
            "final: no leg recorded -- blocks its winner",
            "the champion (winner of final) -- blocks the champion",
        ] == [str(unknown) for unknown in result.unknowns]


class TestUnresolvedEntrants:
    def test_group_with_an_unknown_entrant_has_no_table(self) -> None:
        """An entrant that is the winner of an undecided tie blocks the table."""
        result = cp.replay(
            edition(
                cp.competition.Phase(
                    id="sf",
                    ties=(cp.competition.Tie(id="sf", rules=KO, entrants=("A", "B")),),
                ),
                cp.competition.Phase(
                    id="last",
                    groups=(
                        group(
                            "final-group",
                            (winner_of("sf"), "C", "D"),
                            matches=(m("C", "D", "1-0"),),
                        ),
                    ),
                ),
            )
        )
        final_group = result.group("final-group")
        unknown = cp.competition.Provenance.UNKNOWN
        expected_unknowns = (
            cp.competition.Unknown(kind=cp.competition.UnknownKind.NO_LEG, id="sf"),
            cp.competition.Unknown(
                kind=cp.competition.UnknownKind.GROUP_ENTRANT,
                id="final-group",
                entrant=winner_of("sf"),
            ),
            cp.competition.Unknown(
                kind=cp.competition.UnknownKind.RESULTS_MISSING,
                id="final-group",
                places=(1,),
            ),
        )

        assert (None, "C", "D") == final_group.teams
        assert None is final_group.standings
        assert (False, 0, 0) == (
            final_group.complete,
            final_group.results_known,
            final_group.results_expected,
        )
        assert (
            cp.competition.Placed(place=1, team=None, provenance=unknown),
            cp.competition.Placed(place=2, team=None, provenance=unknown),
            cp.competition.Placed(place=3, team=None, provenance=unknown),
        ) == final_group.places
        assert expected_unknowns == result.unknowns
        assert [
            "sf: no leg recorded -- blocks its winner",
            "final-group: entrant winner of sf unknown -- blocks final-group's table",
            "final-group: results not recorded -- blocks its 1st place",
        ] == [str(unknown) for unknown in result.unknowns]

    def test_entrant_resolving_to_a_team_absent_from_the_matches(self) -> None:
        """The winner of sf is A, but the group's match is B v C: the table fails."""
        result = cp.replay(
            edition(
                A_BEATS_B,
                cp.competition.Phase(
                    id="last",
                    groups=(
                        group(
                            "g2", (winner_of("sf"), "C"), matches=(m("B", "C", "0-2"),)
                        ),
                    ),
                ),
            )
        )
        expected = cp.competition.Contradiction(
            kind=cp.competition.ContradictionKind.TABLE_NOT_COMPUTED,
            id="g2",
            error="standings: matches[0] B 0-2 C: unknown team 'B'",
        )

        assert (expected,) == result.contradictions
        assert (
            "g2: the table cannot be computed: "
            "standings: matches[0] B 0-2 C: unknown team 'B'"
        ) == str(expected)
        assert ("A", "C") == result.group("g2").teams
        assert None is result.group("g2").standings
        assert (
            cp.competition.Unknown(
                kind=cp.competition.UnknownKind.RESULTS_MISSING,
                id="g2",
                missing=1,
                expected=1,
                places=(1,),
            )
            == result.unknowns[-1]
        )
        assert "g2: 1 of 1 results not recorded -- blocks its 1st place" == str(
            result.unknowns[-1]
        )


class TestRecordedFacts:
    def test_recorded_place_contradicting_the_results_is_reported(self) -> None:
        """A beat B 2-0, so A is first; a source saying B is reported, not believed."""
        result = cp.replay(
            edition(
                cp.competition.Phase(
                    id="round",
                    groups=(
                        group(
                            "g",
                            ("A", "B"),
                            matches=(m("A", "B", "2-0"),),
                            recorded=(cp.competition.RecordedPlace(place=1, team="B"),),
                        ),
                    ),
                )
            )
        )

        expected = cp.competition.Contradiction(
            kind=cp.competition.ContradictionKind.PLACE,
            id="g",
            place=1,
            computed="A",
            recorded="B",
        )

        assert (expected,) == result.contradictions
        assert "g: 1st place computed as A, but a source records B" == str(expected)
        assert cp.competition.Placed(
            place=1, team="A", provenance=cp.competition.Provenance.COMPUTED
        ) == result.group("g").place(1)

    def test_recorded_winner_contradicting_the_legs_is_reported(self) -> None:
        """A won the match 2-0; a source naming B is reported and A goes through."""
        tie = cp.competition.Tie(
            id="t",
            rules=KO,
            entrants=("A", "B"),
            legs=(m("A", "B", "2-0"),),
            recorded=cp.competition.RecordedWinner(winner="B", source="PRESS"),
        )
        edition_ = cp.competition.Edition(
            id="cup",
            name="Cup",
            sources=(cp.competition.Source(key="PRESS"),),
            stages=(
                cp.competition.Stage(
                    id="s", phases=(cp.competition.Phase(id="p", ties=(tie,)),)
                ),
            ),
        )
        result = cp.replay(edition_)

        expected = cp.competition.Contradiction(
            kind=cp.competition.ContradictionKind.WINNER,
            id="t",
            computed="A",
            recorded="B",
            source="PRESS",
        )

        assert (expected,) == result.contradictions
        assert "t: winner computed as A, but PRESS records B" == str(expected)
        assert ("A", "B", cp.competition.Provenance.COMPUTED) == (
            result.tie("t").winner,
            result.tie("t").loser,
            result.tie("t").provenance,
        )

    def test_legs_between_other_teams_than_the_entrants_are_reported(self) -> None:
        """The final's entrants resolve to A and C, but its match is B v C."""
        result = cp.replay(
            edition(
                A_BEATS_B,
                cp.competition.Phase(
                    id="last",
                    ties=(
                        cp.competition.Tie(
                            id="final",
                            rules=KO,
                            entrants=(winner_of("sf"), "C"),
                            legs=(m("B", "C", "0-1"),),
                        ),
                    ),
                ),
            )
        )
        expected = cp.competition.Contradiction(
            kind=cp.competition.ContradictionKind.ENTRANTS,
            id="final",
            computed=("A", "C"),
            recorded=("B", "C"),
        )

        assert (expected,) == result.contradictions
        assert (
            "final: the entrants resolve to ['A', 'C'], but the legs are between "
            "['B', 'C']"
        ) == str(expected)
        assert ("A", "C") == result.tie("final").teams

    def test_legs_that_cannot_be_decided_are_refused_by_the_check(self) -> None:
        """A shoot-out after a match won 2-1 is impossible: the edition's check refuses
        it at the tie's legs, before any replay could contradict it."""
        with pytest.raises(cp.ConfigError) as excinfo:
            edition(
                cp.competition.Phase(
                    id="p",
                    ties=(
                        cp.competition.Tie(
                            id="t",
                            rules=KO,
                            entrants=("A", "B"),
                            legs=(m("A", "B", "2-1", penalties=cp.Score(4, 3)),),
                        ),
                    ),
                )
            )

        assert [
            (
                "stages[0].phases[0].ties[0].legs",
                "the legs cannot be decided: A 2-1 B (4-3 pen.): a shoot-out "
                "recorded, but the match was won in normal time",
            )
        ] == list(excinfo.value.problems)


class TestPublishedTables:
    def test_inconsistent_published_table_contradicting_the_results(self) -> None:
        """B's published row has goals that do not add up and a match too many."""
        published = (
            cp.competition.PublishedRow(
                team="A",
                played=1,
                won=1,
                drawn=0,
                lost=0,
                goals_for=2,
                goals_against=1,
                points=3,
            ),
            cp.competition.PublishedRow(
                team="B",
                played=2,
                won=0,
                drawn=0,
                lost=1,
                goals_for=1,
                goals_against=3,
                points=0,
            ),
        )
        result = cp.replay(
            edition(
                cp.competition.Phase(
                    id="round",
                    groups=(
                        group(
                            "g",
                            ("A", "B"),
                            matches=(m("A", "B", "2-1"),),
                            published=published,
                        ),
                    ),
                )
            )
        )
        kind = cp.competition.ContradictionKind
        expected = (
            cp.competition.Contradiction(
                kind=kind.PUBLISHED_GOALS, id="g", recorded=(3, 4)
            ),
            cp.competition.Contradiction(
                kind=kind.PUBLISHED_PLAYED, id="g", team="B", computed=1, recorded=2
            ),
            cp.competition.Contradiction(
                kind=kind.PUBLISHED_ROW,
                id="g",
                team="B",
                computed=(1, 0, 0, 1, 1, 2, 0),
                recorded=(2, 0, 0, 1, 1, 3, 0),
            ),
        )

        assert expected == result.contradictions
        assert [
            "g: the published table has 3 goals for but 4 against",
            "g: published row B: played 2 is not won + drawn + lost = 1",
            "g: published row B (2, 0, 0, 1, 1, 3, 0) differs from the results "
            "(1, 0, 0, 1, 1, 2, 0)",
        ] == [str(c) for c in result.contradictions]

    def test_published_row_of_an_incomplete_group_is_checked_only_alone(self) -> None:
        """Under 2-1-0 a win is 2 points, not the 3 published; the results are not compared."""
        two_points = cp.competition.NamedTableRules(
            name="two-points",
            rules=cp.TableRules(
                name="two-points",
                points=cp.PointsScheme.TWO_FOR_A_WIN,
                tiebreakers=(tiebreak.points(),),
            ),
        )
        row = cp.competition.PublishedRow(
            team="A",
            played=2,
            won=1,
            drawn=0,
            lost=0,
            goals_for=1,
            goals_against=0,
            points=3,
        )
        result = cp.replay(
            edition(
                cp.competition.Phase(
                    id="round",
                    groups=(
                        group(
                            "g",
                            ("A", "B", "C"),
                            rules="two-points",
                            matches=(m("A", "B", "1-0"),),
                            published=(row,),
                        ),
                    ),
                ),
                table_rules=(two_points,),
            )
        )
        expected = [
            "g: published row A: played 2 is not won + drawn + lost = 1",
            "g: published row A: points 3 are not 2W + 1D + 0L = 2",
        ]

        assert expected == [str(c) for c in result.contradictions]
        assert (
            cp.competition.ContradictionKind.PUBLISHED_POINTS,
            3,
            2,
            cp.PointsScheme.TWO_FOR_A_WIN,
        ) == (
            result.contradictions[1].kind,
            result.contradictions[1].recorded,
            result.contradictions[1].computed,
            result.contradictions[1].scheme,
        )


class TestLevelTeams:
    # A beat B and C 1-0; B and C drew 0-0. B and C end on 1 point, goal difference
    # -1 and 0 goals for: the classic chain leaves them level in place 2.
    MATCHES = (m("A", "B", "1-0"), m("A", "C", "1-0"), m("B", "C", "0-0"))

    def unknowns(self, advance: int) -> tuple[cp.competition.Unknown, ...]:
        group_ = group("g", ("A", "B", "C"), advance=advance, matches=self.MATCHES)
        return cp.replay(
            edition(cp.competition.Phase(id="round", groups=(group_,)))
        ).unknowns

    LEVEL = cp.LevelTeams(teams=("B", "C"), position=2, needs=cp.Need.DECISION)

    def test_level_teams_below_the_qualifying_places_block_nothing(self) -> None:
        """With one team going through, B and C level in place 2 block nothing."""
        expected = (
            cp.competition.Unknown(
                kind=cp.competition.UnknownKind.LEVEL_TEAMS,
                id="g",
                level_teams=self.LEVEL,
            ),
        )
        unknowns = self.unknowns(advance=1)

        assert expected == unknowns
        assert False is unknowns[0].is_blocking
        assert "g: B, C level in place 2: no criterion separates them" == str(
            unknowns[0]
        )

    def test_level_teams_across_the_qualifying_places_block_them(self) -> None:
        """With two teams going through, B and C level in place 2 block that place."""
        expected = (
            cp.competition.Unknown(
                kind=cp.competition.UnknownKind.LEVEL_TEAMS,
                id="g",
                level_teams=self.LEVEL,
                places=(2, 3),
            ),
        )
        unknowns = self.unknowns(advance=2)

        assert expected == unknowns
        assert (
            "g: B, C level in place 2: no criterion separates them "
            "-- blocks the places it covers"
        ) == str(unknowns[0])


class TestCertainPlaces:
    # A beat B and C; B v C is missing. On points A (6) is out of reach: B and C
    # can reach 3 at most. The place is certain only when points come first.
    MATCHES = (m("A", "B", "2-0"), m("A", "C", "1-0"))

    def replay(self, rules: cp.TableRules) -> cp.competition.GroupResult:
        named = cp.competition.NamedTableRules(name="these", rules=rules)
        result = cp.replay(
            edition(
                cp.competition.Phase(
                    id="round",
                    groups=(
                        group(
                            "g", ("A", "B", "C"), rules="these", matches=self.MATCHES
                        ),
                    ),
                ),
                table_rules=(named,),
            )
        )
        return result.group("g")

    def test_points_first_decide_the_leader_before_the_last_match(self) -> None:
        """With points first, A's first place is computed with one result missing."""
        rules = cp.TableRules(
            name="these", tiebreakers=(tiebreak.points(), tiebreak.goal_difference())
        )
        group_result = self.replay(rules)

        assert (False, 2, 3) == (
            group_result.complete,
            group_result.results_known,
            group_result.results_expected,
        )
        assert ("A", cp.competition.Provenance.COMPUTED) == (
            group_result.place(1).team,
            group_result.place(1).provenance,
        )
        assert cp.competition.Provenance.UNKNOWN == group_result.place(2).provenance

    def test_goal_difference_first_decides_nothing_before_the_last_match(self) -> None:
        """With goal difference first, no place is computed while a result is missing."""
        rules = cp.TableRules(
            name="these", tiebreakers=(tiebreak.goal_difference(), tiebreak.points())
        )
        group_result = self.replay(rules)

        assert (None, None, None) == tuple(p.team for p in group_result.places)


class TestUnknownValues:
    """What the record does not say is a value; its words come from its fields."""

    PRESS = cp.competition.RecordedWinner(winner="A", source="PRESS")

    def test_kinds_are_stable_ids(self) -> None:
        """Each kind is its own id, the one JSON output carries."""
        expected = [
            "stage_without_results",
            "group_entrant",
            "tie_entrant",
            "results_missing",
            "level_teams",
            "undecided",
            "no_leg",
            "ranking_entrant",
            "champion",
        ]

        assert expected == [kind.value for kind in cp.competition.UnknownKind]

    def test_a_recorded_winner_unblocks_a_tie(self) -> None:
        """A tie entrant unknown blocks the winner only while none is recorded."""
        open_ = cp.competition.Unknown(
            kind=cp.competition.UnknownKind.TIE_ENTRANT,
            id="qf",
            entrant=winner_of("r16"),
        )
        recorded = attrs.evolve(open_, recorded=self.PRESS)

        assert (True, False) == (open_.is_blocking, recorded.is_blocking)
        assert "qf: entrant winner of r16 unknown -- blocks qf's winner" == str(open_)
        assert "qf: entrant winner of r16 unknown" == str(recorded)

    def test_undecided_tie_says_what_its_legs_need(self) -> None:
        """The outcome's need, put in words, then the source of the recorded winner."""
        outcome = cp.decide_tie(
            m("A", "B", "1-0"), m("B", "A"), cp.rules.UEFA_CLUB_2021_KNOCKOUT
        )
        unknown = cp.competition.Unknown(
            kind=cp.competition.UnknownKind.UNDECIDED,
            id="sf",
            outcome=outcome,
            recorded=self.PRESS,
        )

        assert (
            "sf: undecided by the legs, needs the score of the second leg "
            "(not recorded) (winner taken from the record: PRESS)"
        ) == str(unknown)

    def test_missing_results_name_the_places_taken_from_the_record(self) -> None:
        """Places taken from sources are listed; those still unknown are blocked."""
        taken = cp.competition.Placed(
            place=1,
            team="A",
            provenance=cp.competition.Provenance.RECORDED,
            source="PRESS",
        )
        unknown = cp.competition.Unknown(
            kind=cp.competition.UnknownKind.RESULTS_MISSING,
            id="g",
            missing=2,
            expected=6,
            places=(2,),
            taken=(taken,),
        )

        assert (
            "g: 2 of 6 results not recorded (1st place from PRESS) -- blocks its 2nd place"
        ) == str(unknown)

    def test_a_stage_without_results_blocks_nothing(self) -> None:
        """A stage with nothing recorded is reported, blocking nothing by itself."""
        unknown = cp.competition.Unknown(
            kind=cp.competition.UnknownKind.STAGE_WITHOUT_RESULTS, id="district"
        )

        assert (False, "district: no result recorded") == (
            unknown.is_blocking,
            str(unknown),
        )


class TestContradictionValues:
    def test_kinds_are_stable_ids(self) -> None:
        """Each kind is its own id, the one JSON output carries."""
        expected = [
            "table_not_computed",
            "place",
            "published_goals",
            "published_played",
            "published_points",
            "published_row",
            "published_team",
            "entrants",
            "winner",
            "legs_not_decided",
            "pot_pairing",
            "pot_ties",
        ]

        assert expected == [kind.value for kind in cp.competition.ContradictionKind]

    def test_equal_fields_make_equal_contradictions(self) -> None:
        """Contradictions are frozen values, compared by their fields."""
        one = cp.competition.Contradiction(
            kind=cp.competition.ContradictionKind.WINNER,
            id="t",
            computed="A",
            recorded="B",
        )

        assert one == attrs.evolve(one)
        assert one != attrs.evolve(one, source="PRESS")
        assert "t: winner computed as A, but a source records B" == str(one)
        with pytest.raises(AttributeError):
            one.id = "u"  # type: ignore[misc]


def test_legs_name_an_entrant_the_references_leave_unknown() -> None:
    """The final's first entrant is the winner of a semi-final with no result; its
    legs say Alpacas played it: the final is decided and nothing claims to block
    its winner."""
    semi = cp.competition.Tie(
        id="sf", rules="uefa-club-2021-knockout", entrants=("Alpacas", "Condors")
    )
    final = cp.competition.Tie(
        id="final",
        rules="uefa-club-2021-knockout",
        entrants=(
            cp.competition.Reference(kind=cp.competition.ReferenceKind.WINNER, of="sf"),
            "Llamas",
        ),
        legs=(cp.Match(home="Alpacas", away="Llamas", score=cp.Score(2, 0)),),
    )
    result = cp.replay(
        cp.competition.Edition(
            id="cup",
            name="Cup",
            stages=(
                cp.competition.Stage(
                    id="s",
                    phases=(
                        cp.competition.Phase(id="semi", ties=(semi,)),
                        cp.competition.Phase(id="final", ties=(final,)),
                    ),
                ),
            ),
            champion=cp.competition.Reference(
                kind=cp.competition.ReferenceKind.WINNER, of="final"
            ),
        )
    )

    assert ("Alpacas", "Llamas") == result.tie("final").teams
    assert "Alpacas" == result.champion
    assert [] == [u for u in result.unknowns if u.id == "final"]
