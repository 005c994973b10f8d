"""Behaviour of the edition model: its values refuse bad input, and an Edition checks itself.

Every expected message and value was worked out by hand from the values next to it.
"""

from __future__ import annotations

from typing import Any

import pytest

import copaperu as cp

# Calls that break the annotations go through an untyped alias, as untyped user code would.
untyped: Any = cp

GROUP = "stages[0].phases[0].groups[0]"
TIE = "stages[0].phases[0].ties[0]"


def message(error: type[cp.CopaperuError], make: Any) -> str:
    """The message of the *error* that calling *make* raises."""
    with pytest.raises(error) as excinfo:
        make()
    return str(excinfo.value)


def one_phase(
    groups: tuple[cp.competition.Group, ...] = (),
    ties: tuple[cp.competition.Tie, ...] = (),
    teams: tuple[str, ...] = (),
) -> cp.competition.Edition:
    """An edition with one stage of one phase holding *groups* and *ties*."""
    phase = cp.competition.Phase(id="round", groups=groups, ties=ties)
    return cp.competition.Edition(
        id="cup",
        name="Cup",
        teams=tuple(cp.competition.Team(name=name) for name in teams),
        stages=(cp.competition.Stage(id="main", phases=(phase,)),),
    )


def problems(make: Any) -> tuple[tuple[str, str], ...]:
    """The problems of the ConfigError that calling *make* raises."""
    with pytest.raises(cp.ConfigError) as excinfo:
        make()
    return excinfo.value.problems


class TestPlainValues:
    def test_source_url_must_be_text(self) -> None:
        """A source's url given as a number is refused, naming the field."""
        assert "source: url must be a string (got 3)" == message(
            cp.InvalidValueError, lambda: untyped.competition.Source(key="RSSSF", url=3)
        )

    def test_team_city_must_be_text(self) -> None:
        """A team's city given as None is refused, naming the field."""
        assert "team: city must be a string (got None)" == message(
            cp.InvalidValueError,
            lambda: untyped.competition.Team(name="Melgar", city=None),
        )

    def test_lists_are_stored_as_tuples(self) -> None:
        """Groups given in a list are stored as a tuple, so a phase stays hashable."""
        group = cp.competition.Group(
            id="g", rules="classic", entrants=("A", "B"), legs=1
        )
        phase = cp.competition.Phase(id="round", groups=[group])

        assert (group,) == phase.groups
        assert hash(phase) == hash(cp.competition.Phase(id="round", groups=(group,)))


class TestReference:
    def test_kind_given_as_text_is_refused(self) -> None:
        """A kind must be a ReferenceKind member; its id as text is refused."""
        expected = "reference: kind must be place, winner, loser or slot (got 'place')"

        assert expected == message(
            cp.InvalidValueError,
            lambda: untyped.competition.Reference(kind="place", of="region-v", place=1),
        )

    def test_winner_reference_with_a_place_is_refused(self) -> None:
        """The winner of a tie has no place; giving one names the tie."""
        expected = "reference to 'final': a winner reference has no place (got 1)"

        assert expected == message(
            cp.InvalidValueError,
            lambda: cp.competition.Reference(
                kind=cp.competition.ReferenceKind.WINNER, of="final", place=1
            ),
        )

    def test_place_zero_is_refused_and_place_one_accepted(self) -> None:
        """Places start at 1: place 0 is refused, place 1 reads '1st of ...'."""
        expected = "reference to 'g': place must be a positive integer (got 0)"

        assert expected == message(
            cp.InvalidValueError,
            lambda: cp.competition.Reference(
                kind=cp.competition.ReferenceKind.PLACE, of="g", place=0
            ),
        )
        assert "1st of g" == str(
            cp.competition.Reference(
                kind=cp.competition.ReferenceKind.PLACE, of="g", place=1
            )
        )

    def test_loser_reference_reads_as_such(self) -> None:
        """A loser reference reads 'loser of <tie>'."""
        assert "loser of sf-1" == str(
            cp.competition.Reference(kind=cp.competition.ReferenceKind.LOSER, of="sf-1")
        )


class TestRecordedPlace:
    @pytest.mark.parametrize(
        ("place", "shown"),
        [
            pytest.param(0, "0", id="zero"),
            pytest.param(True, "True", id="bool"),
        ],
    )
    def test_place_that_is_not_a_positive_integer_is_refused(
        self, place: object, shown: str
    ) -> None:
        """Places start at 1; 0 and True are refused as given."""
        expected = f"recorded place: place must be a positive integer (got {shown})"

        assert expected == message(
            cp.InvalidValueError,
            lambda: untyped.competition.RecordedPlace(place=place, team="Melgar"),
        )


class TestPublishedRow:
    def test_negative_count_is_refused(self) -> None:
        """A row with -1 wins is refused, naming the team and the figure."""
        expected = "published row 'Melgar': won must be a non-negative integer (got -1)"

        assert expected == message(
            cp.InvalidValueError,
            lambda: cp.competition.PublishedRow(
                team="Melgar",
                played=1,
                won=-1,
                drawn=1,
                lost=1,
                goals_for=0,
                goals_against=0,
                points=0,
            ),
        )

    def test_points_that_are_not_an_integer_are_refused(self) -> None:
        """Points of 1.5 are refused, naming the team."""
        expected = "published row 'Melgar': points must be an integer (got 1.5)"

        assert expected == message(
            cp.InvalidValueError,
            lambda: untyped.competition.PublishedRow(
                team="Melgar",
                played=1,
                won=0,
                drawn=1,
                lost=0,
                goals_for=0,
                goals_against=0,
                points=1.5,
            ),
        )

    def test_negative_points_are_accepted(self) -> None:
        """A deduction can leave a team below zero, so negative points are kept."""
        row = cp.competition.PublishedRow(
            team="Melgar",
            played=1,
            won=0,
            drawn=0,
            lost=1,
            goals_for=0,
            goals_against=2,
            points=-3,
        )

        assert -3 == row.points

    @staticmethod
    def replayed(row: cp.competition.PublishedRow) -> tuple[Any, ...]:
        """The contradictions of a replay of a group of Melgar and two others whose
        only record is *row* (Melgar's published row)."""
        group = cp.competition.Group(
            id="g",
            entrants=("Melgar", "Cienciano", "Sport Huamanga"),
            rules="classic",
            published=(row,),
        )
        return cp.replay(one_phase(groups=(group,))).contradictions

    def test_points_that_disagree_with_the_record_are_a_problem(self) -> None:
        """1 win, 1 draw, 1 loss make 4 points under 3-1-0, not the 5 published."""
        row = cp.competition.PublishedRow(
            team="Melgar",
            played=3,
            won=1,
            drawn=1,
            lost=1,
            goals_for=3,
            goals_against=3,
            points=5,
        )
        (found,) = self.replayed(row)

        assert cp.competition.ContradictionKind.PUBLISHED_POINTS is found.kind
        assert (4, 5) == (found.computed, found.recorded)

    def test_both_problems_of_a_row_are_reported_in_order(self) -> None:
        """Played 4 of 3 results, and 5 points for 4: two problems, played first."""
        row = cp.competition.PublishedRow(
            team="Melgar",
            played=4,
            won=1,
            drawn=1,
            lost=1,
            goals_for=3,
            goals_against=3,
            points=5,
        )
        kinds = [found.kind for found in self.replayed(row)]

        assert [
            cp.competition.ContradictionKind.PUBLISHED_PLAYED,
            cp.competition.ContradictionKind.PUBLISHED_POINTS,
        ] == kinds


class TestCircleMethod:
    @pytest.mark.parametrize(
        ("legs", "shown"),
        [
            pytest.param(3, "3", id="three"),
            pytest.param(True, "True", id="bool"),
        ],
    )
    def test_legs_other_than_one_or_two_are_refused(
        self, legs: object, shown: str
    ) -> None:
        """A round robin is single or double; other legs are refused as given."""
        expected = f"circle_method: legs must be 1 or 2 (got {shown})"

        assert expected == message(
            cp.InvalidValueError,
            lambda: untyped.competition.circle_method(["A", "B"], legs=legs),
        )

    def test_team_listed_twice_is_refused(self) -> None:
        """A team cannot be in a round robin twice; the list is shown."""
        expected = "circle_method: a team is listed twice (got ['A', 'B', 'A'])"

        assert expected == message(
            cp.InvalidValueError, lambda: cp.competition.circle_method(["A", "B", "A"])
        )

    def test_three_teams_play_one_match_a_round_home_and_away(self) -> None:
        """With three teams one rests each round; the second half swaps home and away."""
        expected = (
            (("B", "C"),),
            (("C", "A"),),
            (("A", "B"),),
            (("C", "B"),),
            (("A", "C"),),
            (("B", "A"),),
        )

        assert expected == cp.competition.circle_method(["A", "B", "C"], legs=2)


class TestTie:
    def test_tie_with_one_entrant_is_refused(self) -> None:
        """A tie is between two entrants; one is refused, naming the tie."""
        expected = "tie 'final': a tie has exactly two entrants (got 1)"

        assert expected == message(
            cp.InvalidValueError,
            lambda: cp.competition.Tie(
                id="final", rules="uefa-club-2021-knockout", entrants=("A",)
            ),
        )

    def test_tie_with_three_legs_is_refused(self) -> None:
        """A tie is one match or two legs; a third leg is refused, naming the tie."""
        leg = cp.Match(home="A", away="B", score=cp.Score(1, 0))
        expected = "tie 'final': a tie has one match or two legs (got 3)"

        assert expected == message(
            cp.InvalidValueError,
            lambda: cp.competition.Tie(
                id="final",
                rules="uefa-club-2021-knockout",
                entrants=("A", "B"),
                legs=(leg, leg.swapped(), leg),
            ),
        )


class TestEditionChecks:
    def test_deduction_for_a_team_outside_the_group_is_refused(self) -> None:
        """A points deduction must be for a team of its group."""
        group = cp.competition.Group(
            id="g",
            rules="classic",
            entrants=("A", "B"),
            deductions=(cp.PointsDeduction(team="C", points=3),),
        )
        expected = ((f"{GROUP}.deductions[0].team", "unknown team of this group 'C'"),)

        assert expected == problems(lambda: one_phase(groups=(group,)))

    def test_lots_naming_a_team_outside_the_group_are_refused(self) -> None:
        """A drawing of lots must be among the group's teams; the stranger is named."""
        group = cp.competition.Group(
            id="g", rules="classic", entrants=("A", "B"), lots=(("A", "B", "C"),)
        )
        expected = ((f"{GROUP}.lots[0]", "unknown team of this group 'C'"),)

        assert expected == problems(lambda: one_phase(groups=(group,)))

    def test_message_names_the_edition_and_the_key_path(self) -> None:
        """The error reads '<edition>: <key path>: <problem>'."""
        group = cp.competition.Group(
            id="g",
            rules="classic",
            entrants=("A", "B"),
            deductions=(cp.PointsDeduction(team="C", points=3),),
        )
        expected = (
            "edition 'cup': stages[0].phases[0].groups[0].deductions[0].team: "
            "unknown team of this group 'C'"
        )

        assert expected == message(cp.ConfigError, lambda: one_phase(groups=(group,)))

    def test_legs_between_other_teams_than_the_entrants_are_refused(self) -> None:
        """A tie between A and B cannot be played as A v C."""
        tie = cp.competition.Tie(
            id="final",
            rules="uefa-club-2021-knockout",
            entrants=("A", "B"),
            legs=(cp.Match(home="A", away="C", score=cp.Score(1, 0)),),
        )
        expected = (
            (f"{TIE}.legs", "the matches are between ['A', 'C'], not the entrants ['A', 'B']"),
        )  # fmt: skip

        assert expected == problems(lambda: one_phase(ties=(tie,)))

    def test_playoff_with_an_unknown_team_is_refused_twice(self) -> None:
        """A play-off against 'Bx' names a team the edition lacks, and not an entrant."""
        legs = (
            cp.Match(home="A", away="B", score=cp.Score(1, 0)),
            cp.Match(home="B", away="A", score=cp.Score(1, 0)),
        )
        tie = cp.competition.Tie(
            id="final",
            rules="european-cup-1961-knockout",
            entrants=("A", "B"),
            legs=legs,
            playoff=cp.Match(home="A", away="Bx", score=cp.Score(2, 0), neutral=True),
        )
        expected = (
            (f"{TIE}.playoff.away", "unknown team 'Bx' (did you mean 'B'?)"),
            (f"{TIE}.legs", "the matches are between ['A', 'B', 'Bx'], not the entrants ['A', 'B']"),
        )  # fmt: skip

        assert expected == problems(lambda: one_phase(ties=(tie,), teams=("A", "B")))

    def test_playoff_between_the_entrants_is_accepted(self) -> None:
        """A play-off between the two entrants is part of a valid tie."""
        legs = (
            cp.Match(home="A", away="B", score=cp.Score(1, 0)),
            cp.Match(home="B", away="A", score=cp.Score(1, 0)),
        )
        playoff = cp.Match(home="A", away="B", score=cp.Score(2, 0), neutral=True)
        tie = cp.competition.Tie(
            id="final",
            rules="european-cup-1961-knockout",
            entrants=("A", "B"),
            legs=legs,
            playoff=playoff,
        )
        edition = one_phase(ties=(tie,), teams=("A", "B"))

        assert playoff == edition.stages[0].phases[0].ties[0].playoff


class TestRuleNamesResolvedOnce:
    """An edition resolves each rule name when it is built; the replay asks it."""

    def test_edition_rule_set_comes_before_a_preset_of_the_same_name(self) -> None:
        """A group naming "classic" gets the edition's own "classic", not the preset."""
        two_points = cp.TableRules(
            points=cp.PointsScheme(win=2, draw=1, loss=0),
            tiebreakers=(cp.tiebreak.points(),),
        )
        group = cp.competition.Group(id="g", entrants=("A", "B"), rules="classic")
        phase = cp.competition.Phase(id="round", groups=(group,))
        edition = cp.competition.Edition(
            id="cup",
            name="Cup",
            table_rules=(
                cp.competition.NamedTableRules(name="classic", rules=two_points),
            ),
            stages=(cp.competition.Stage(id="main", phases=(phase,)),),
        )

        assert two_points == edition.table_rules_of(group)
        assert cp.rules.CLASSIC != edition.table_rules_of(group)

    def test_preset_names_resolve_to_the_presets(self) -> None:
        """A tie naming a preset id gets that preset."""
        tie = cp.competition.Tie(
            id="final", entrants=("A", "B"), rules="uefa-club-2021-knockout"
        )
        edition = one_phase(ties=(tie,))

        assert cp.rules.UEFA_CLUB_2021_KNOCKOUT is edition.tie_rules_of(tie)

    def test_rules_no_group_of_the_edition_names_are_refused(self) -> None:
        """Asking for the rules of a group whose rules the edition never named is an
        UnknownNameError that lists the edition's groups."""
        mine = cp.competition.Group(id="mine", entrants=("A", "B"), rules="classic")
        other = cp.competition.Group(
            id="other", entrants=("A", "B"), rules="fifa-world-cup-2018"
        )
        edition = one_phase(groups=(mine,))

        assert "unknown group 'other'" in message(
            cp.UnknownNameError, lambda: edition.table_rules_of(other)
        )


class TestListedSchedule:
    """A group whose matches are its schedule: no all-play-all assumed."""

    MATCHES = (
        cp.Match(home="Monterrey", away="Caracas", score=cp.Score(2, 0)),
        cp.Match(home="Caracas", away="Monterrey", score=cp.Score(1, 1)),
        cp.Match(home="Toluca", away="Táchira", score=None),
    )

    def group(self, **changes: Any) -> cp.competition.Group:
        fields: dict[str, Any] = {
            "id": "g",
            "rules": "classic",
            "entrants": ("Monterrey", "Caracas", "Toluca", "Táchira"),
            "schedule": "listed",
            "matches": self.MATCHES,
        }
        return cp.competition.Group(**(fields | changes))

    def test_its_fixtures_are_its_matches(self) -> None:
        """Three matches listed: three fixtures, the third still without a result."""
        assert (
            ("Monterrey", "Caracas"),
            ("Caracas", "Monterrey"),
            ("Toluca", "Táchira"),
        ) == self.group().fixtures()

    def test_the_replay_counts_against_the_listed_fixtures(self) -> None:
        """2 of 3 results known (a round robin of four would expect 12)."""
        result = cp.replay(one_phase(groups=(self.group(),)))
        group = result.group("g")

        assert (2, 3, False) == (
            group.results_known,
            group.results_expected,
            group.complete,
        )

    def test_legs_do_not_apply(self) -> None:
        """legs = 1 with a listed schedule is refused: the matches say it all."""
        assert message(cp.InvalidValueError, lambda: self.group(legs=1)) == (
            "group 'g': legs does not apply to a listed schedule, whose matches "
            "are its fixtures (got legs = 1)"
        )

    def test_an_unknown_schedule_is_refused_naming_the_values(self) -> None:
        """The schedule's ids, listed."""
        assert message(cp.InvalidValueError, lambda: self.group(schedule="swiss")) == (
            "group 'g': schedule must be one of 'round_robin', 'listed' (got 'swiss')"
        )

    def test_the_same_fixture_twice_is_allowed(self) -> None:
        """A listed schedule may pair two teams twice (the check refuses that only
        in a round robin)."""
        twice = (*self.MATCHES, cp.Match(home="Monterrey", away="Caracas"))
        edition = one_phase(groups=(self.group(matches=twice),))

        assert 4 == cp.replay(edition).group("g").results_expected

    def test_it_is_written_to_and_read_from_files(self) -> None:
        """``schedule = "listed"`` in the file; the edition reads back equal."""
        edition = one_phase(groups=(self.group(),))

        assert 'schedule = "listed"' in cp.dumps(edition)
        assert edition == cp.loads(cp.dumps(edition))
