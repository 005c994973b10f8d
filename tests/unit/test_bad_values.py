"""Values built from outside the type system: a wrong type is refused with an
InvalidValueError that names the value and the field, never a TypeError or an
AttributeError from inside, and never accepted silently.

Each case is a call an untyped caller could make; the field it names is checked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import copaperu as cp
import copaperu.strategies

untyped: Any = cp
comp: Any = cp.competition

# (id, the call, the field the message must name)
CASES: list[tuple[str, Callable[[], object], str]] = [
    (
        "edition-stage-as-text",
        lambda: comp.Edition(id="a", name="b", stages=["abc"]),
        "stages",
    ),
    (
        "edition-team-as-text",
        lambda: comp.Edition(id="a", name="b", teams=["A"]),
        "teams",
    ),
    (
        "edition-source-as-number",
        lambda: comp.Edition(id="a", name="b", sources=[1]),
        "sources",
    ),
    (
        "edition-promoted-as-number",
        lambda: comp.Edition(id="a", name="b", promoted=[1]),
        "promoted",
    ),
    (
        "edition-champion-as-number",
        lambda: comp.Edition(id="a", name="b", champion=1),
        "champion",
    ),
    (
        "group-entrants-none",
        lambda: comp.Group(id="g", entrants=None, rules="classic"),
        "entrants",
    ),
    (
        "group-entrants-numbers",
        lambda: comp.Group(id="g", entrants=(1, 2), rules="classic"),
        "entrants",
    ),
    (
        "group-match-as-text",
        lambda: comp.Group(id="g", entrants=("A", "B"), rules="classic", matches=["x"]),
        "matches",
    ),
    (
        "group-playoff-as-number",
        lambda: comp.Group(id="g", entrants=("A", "B"), rules="classic", playoffs=[1]),
        "playoffs",
    ),
    (
        "group-deduction-as-number",
        lambda: comp.Group(
            id="g", entrants=("A", "B"), rules="classic", deductions=[1]
        ),
        "deductions",
    ),
    (
        "group-recorded-as-number",
        lambda: comp.Group(id="g", entrants=("A", "B"), rules="classic", recorded=[1]),
        "recorded",
    ),
    (
        "group-published-as-number",
        lambda: comp.Group(id="g", entrants=("A", "B"), rules="classic", published=[1]),
        "published",
    ),
    (
        "group-lots-as-number",
        lambda: comp.Group(id="g", entrants=("A", "B"), rules="classic", lots=[1]),
        "lots",
    ),
    (
        "tie-legs-none",
        lambda: comp.Tie(id="t", entrants=("A", "B"), rules="classic", legs=None),
        "legs",
    ),
    (
        "tie-recorded-as-number",
        lambda: comp.Tie(id="t", entrants=("A", "B"), rules="classic", recorded=1),
        "recorded",
    ),
    (
        "tie-playoff-as-text",
        lambda: comp.Tie(id="t", entrants=("A", "B"), rules="classic", playoff="x"),
        "playoff",
    ),
    ("phase-groups-none", lambda: comp.Phase(id="p", groups=None), "groups"),
    ("stage-phase-as-number", lambda: comp.Stage(id="s", phases=[1]), "phases"),
    (
        "stage-qualified-as-number",
        lambda: comp.Stage(id="s", qualified=[1]),
        "qualified",
    ),
    (
        "named-table-rules-as-number",
        lambda: comp.NamedTableRules(name="x", rules=1),
        "rules",
    ),
    (
        "named-tie-rules-as-number",
        lambda: comp.NamedTieRules(name="x", rules=1),
        "rules",
    ),
    (
        "deduction-source-as-number",
        lambda: untyped.PointsDeduction(team="A", points=3, source=5),
        "source",
    ),
    ("tie-rules-source-as-number", lambda: untyped.TieRules(source=5), "source"),
    ("tie-rules-name-none", lambda: untyped.TieRules(name=None), "name"),
    (
        "forfeit-source-as-number",
        lambda: untyped.Forfeit(awarded_to="A", source=5),
        "source",
    ),
    ("not-played-reason-none", lambda: untyped.NotPlayed(reason=None), "reason"),
]


@pytest.mark.parametrize(
    ("make", "field"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_wrong_type_is_refused_naming_the_field(
    make: Callable[[], object], field: str
) -> None:
    """An InvalidValueError (a CopaperuError), whose message names the field."""
    with pytest.raises(cp.InvalidValueError) as excinfo:
        make()

    assert f"{field} must be" in str(excinfo.value) or f"{field}:" in str(excinfo.value)


def test_the_message_says_what_the_field_needs_and_what_it_got() -> None:
    """The whole message for one case, worked out by hand from the annotation
    ``entrants: tuple[TeamId | Reference, ...]``."""
    with pytest.raises(cp.InvalidValueError) as excinfo:
        comp.Group(id="g", entrants=None, rules="classic")

    assert (
        "group 'g': entrants must be a tuple of a string or a Reference (got None)"
        == str(excinfo.value)
    )


def test_lists_are_still_taken_for_tuples() -> None:
    """What a file reader or a user naturally passes (a list) is accepted."""
    group = comp.Group(id="g", entrants=["A", "B"], rules="classic")

    assert ("A", "B") == group.entrants


# Names that could drive a terminal: (id, the call, the message's end)
UNSAFE_NAMES: list[tuple[str, Callable[[], object], str]] = [
    (
        "escape-in-a-home-team",
        lambda: cp.Match(home="Juan\x1b[2JAurich", away="B"),
        "a name cannot hold a control character (U+001B at position 5) (got 'Juan\\x1b[2JAurich')",
    ),
    (
        "next-line-c1-in-an-away-team",
        lambda: cp.Match(home="A", away="B\x85"),
        "(U+0085 at position 2) (got 'B\\x85')",
    ),
    (
        "right-to-left-override-in-a-team",
        lambda: comp.Team(name="Melgar\u202e"),
        "(U+202E at position 7; got 'Melgar\\u202e')",
    ),
    (
        "newline-in-a-group-entrant",
        lambda: comp.Group(id="g", entrants=("A\nB", "C"), rules="classic"),
        "group 'g': entrants[0]: a name cannot hold a control character (U+000A at position 2; got 'A\\nB')",
    ),
    (
        "nul-in-an-id",
        lambda: comp.Stage(id="s\x00"),
        "(U+0000 at position 2; got 's\\x00')",
    ),
    (
        "lone-surrogate-in-a-forfeit",
        lambda: cp.Forfeit(awarded_to="A\udcff"),
        "forfeit: awarded_to cannot hold a control character (U+DCFF at position 2; got 'A\\udcff')",
    ),
]


@pytest.mark.parametrize(
    ("make", "end"),
    [case[1:] for case in UNSAFE_NAMES],
    ids=[case[0] for case in UNSAFE_NAMES],
)
def test_names_with_control_characters_are_refused(
    make: Callable[[], object], end: str
) -> None:
    """The message gives the character's code point and position, and shows the
    name escaped: nothing raw reaches a terminal."""
    with pytest.raises(cp.InvalidValueError) as excinfo:
        make()
    message = str(excinfo.value)

    assert message.endswith(end)
    assert message.isprintable()


def test_names_in_other_scripts_and_with_spaces_are_names() -> None:
    """Accents, other scripts and a no-break space are not control characters."""
    match = cp.Match(home="Peñarol", away="Ulsan\u00a0Hyundai 울산")

    assert ("Peñarol", "Ulsan\u00a0Hyundai 울산") == match.teams


def test_a_config_error_shows_file_names_keys_and_values_escaped() -> None:
    """Whatever a file's name, keys or values hold, the message is printable."""
    error = cp.ConfigError("cup\x1b.toml", [('teams."x\ny"', "unknown \u202e")])

    assert 'cup\\x1b.toml: teams."x\\ny": unknown \\u202e' == str(error)


def test_a_file_naming_a_team_with_an_escape_is_refused_at_its_key() -> None:
    """A TOML escape (\\u001b) in a team's name is refused where it stands."""
    text = 'id = "cup"\nname = "Cup"\nteams = [{ name = "Evil\\u001b[31m" }]\n'
    with pytest.raises(cp.ConfigError) as excinfo:
        cp.loads(text)

    (problem,) = excinfo.value.problems

    assert "teams[0]" == problem[0]
    assert (
        "name: a name cannot hold a control character (U+001B at position 5"
        in (problem[1])
    )
    assert str(excinfo.value).isprintable()


def test_a_score_of_thousands_of_digits_is_refused_briefly() -> None:
    """A 5,000-digit score is an InvalidValueError with a short message, not the
    ValueError of Python's limit on integer strings."""
    with pytest.raises(cp.InvalidValueError) as excinfo:
        cp.Score.parse("1" * 5000 + "-0")

    assert len(str(excinfo.value)) < 100
    assert str(excinfo.value).startswith("score: expected a score like '3-1' (got '111")


def test_a_points_scheme_of_thousands_of_digits_is_refused_briefly() -> None:
    """The same for a points scheme."""
    with pytest.raises(cp.InvalidValueError) as excinfo:
        cp.PointsScheme.parse("9" * 5000 + "-1-0")

    assert len(str(excinfo.value)) < 120


@given(st.from_type(cp.PointsScheme))
def test_a_points_scheme_reads_back_from_its_text(scheme: cp.PointsScheme) -> None:
    """``PointsScheme.parse(str(s)) == s``, negative points included."""
    assert scheme == cp.PointsScheme.parse(str(scheme))


def test_negative_points_read_back() -> None:
    """A scheme that takes points away for a loss, as str() writes it."""
    assert cp.PointsScheme(win=2, draw=0, loss=-1) == cp.PointsScheme.parse("2-0--1")


NONE: Any = None
MATCHES = [cp.Match(home="A", away="B", score=cp.Score(1, 0))]
RESULT_1997 = cp.replay(cp.load_edition("copa-peru-1997"))

# (id, the call, the error, a part of its message)
API_CASES: list[tuple[str, Callable[[], object], type[cp.CopaperuError], str]] = [
    (
        "standings-teams-none",
        lambda: untyped.standings(None, MATCHES, cp.rules.CLASSIC),
        cp.InvalidValueError,
        "standings: teams must be a collection of team names",
    ),
    (
        "standings-teams-number",
        lambda: untyped.standings(5, MATCHES, cp.rules.CLASSIC),
        cp.InvalidValueError,
        "teams must be a collection",
    ),
    (
        "standings-matches-none",
        lambda: untyped.standings(["A", "B"], None, cp.rules.CLASSIC),
        cp.InvalidValueError,
        "matches must be a collection of matches",
    ),
    (
        "standings-playoffs-number",
        lambda: untyped.standings(["A", "B"], MATCHES, cp.rules.CLASSIC, playoffs=5),
        cp.InvalidValueError,
        "playoffs must be a collection",
    ),
    (
        "standings-adjustments-none",
        lambda: untyped.standings(
            ["A", "B"], MATCHES, cp.rules.CLASSIC, adjustments=None
        ),
        cp.InvalidValueError,
        "adjustments must be a collection of points deductions",
    ),
    (
        "standings-lots-number",
        lambda: untyped.standings(["A", "B"], MATCHES, cp.rules.CLASSIC, lots=5),
        cp.InvalidValueError,
        "lots must be a collection of orders of teams",
    ),
    (
        "standings-advance-float",
        lambda: untyped.standings(["A", "B"], MATCHES, cp.rules.CLASSIC, advance=1.5),
        cp.InvalidValueError,
        "advance must be a place or several places (got 1.5)",
    ),
    (
        "standings-apply-rulings-text",
        lambda: untyped.standings(
            ["A", "B"], MATCHES, cp.rules.CLASSIC, apply_rulings="no"
        ),
        cp.InvalidValueError,
        "apply_rulings must be True or False (got 'no')",
    ),
    (
        "row-none",
        lambda: cp.standings(["A", "B"], MATCHES, cp.rules.CLASSIC).row(NONE),
        cp.UnknownNameError,
        "unknown team None",
    ),
    (
        "group-none",
        lambda: RESULT_1997.group(NONE),
        cp.UnknownNameError,
        "unknown group None",
    ),
    (
        "tie-none",
        lambda: RESULT_1997.tie(NONE),
        cp.UnknownNameError,
        "unknown tie None",
    ),
    (
        "criterion-id-none",
        lambda: untyped.tiebreak.from_id(None),
        cp.UnknownNameError,
        "unknown tiebreak criterion None",
    ),
    (
        "criterion-id-number",
        lambda: untyped.tiebreak.from_id(5),
        cp.UnknownNameError,
        "unknown tiebreak criterion 5",
    ),
    (
        "official-result-of-none",
        lambda: untyped.official_result(None),
        cp.InvalidValueError,
        "official_result: expected a Match (got None)",
    ),
    (
        "to-data-of-an-object",
        lambda: cp.to_data(object()),
        cp.InvalidValueError,
        "to_data: no data form for a object",
    ),
    (
        "statistic-of-an-unknown-id",
        lambda: untyped.tiebreak.Statistic(criterion="goals"),
        cp.InvalidValueError,
        "statistic: criterion must be one of",
    ),
]


@pytest.mark.parametrize(
    ("make", "error", "part"),
    [case[1:] for case in API_CASES],
    ids=[case[0] for case in API_CASES],
)
def test_bad_arguments_are_refused_with_a_copaperu_error(
    make: Callable[[], object], error: type[cp.CopaperuError], part: str
) -> None:
    """The right CopaperuError, whose message names the argument and the value."""
    with pytest.raises(error) as excinfo:
        make()

    assert part in str(excinfo.value)


def test_a_statistic_given_its_id_holds_the_criterion_and_dumps() -> None:
    """``Statistic(criterion="points")`` is the points criterion, not a string that
    compares equal to it and then cannot be written to a file."""
    statistic = untyped.tiebreak.Statistic(criterion="points")
    rules = cp.TableRules(tiebreakers=(statistic,))
    named = cp.competition.NamedTableRules(name="mine", rules=rules)
    edition = cp.competition.Edition(id="cup", name="Cup", table_rules=(named,))

    assert cp.tiebreak.Criterion.POINTS is statistic.criterion
    assert edition == cp.loads(cp.dumps(edition))


LEG_1 = cp.Match(home="A", away="B", score=cp.Score(1, 1), leg=1)
LEG_2 = cp.Match(home="B", away="A", score=cp.Score(1, 1), leg=2)
UEFA = cp.rules.UEFA_CLUB_2021_KNOCKOUT


@pytest.mark.parametrize(
    ("first_leg", "second_leg", "message"),
    [
        (
            attrs.evolve(LEG_1, extra_time=cp.Score(2, 1)),
            LEG_2,
            "decide_tie: first_leg: extra time only follows the last leg of a tie (got 2-1)",
        ),
        (
            attrs.evolve(LEG_1, penalties=cp.Score(5, 4)),
            LEG_2,
            "decide_tie: first_leg: a penalty shoot-out only follows the last leg of a tie (got 5-4)",
        ),
        (
            attrs.evolve(LEG_1, rulings=(cp.AwardedShootout(winner="A"),)),
            LEG_2,
            "decide_tie: first_leg: an awarded shoot-out only follows the last leg of a tie",
        ),
        (
            attrs.evolve(LEG_2, penalties=cp.Score(4, 3)),
            LEG_1,
            "decide_tie: the legs are out of order: first_leg is leg 2, second_leg is leg 1",
        ),
    ],
    ids=["extra-time", "shoot-out", "awarded-shoot-out", "legs-reversed"],
)
def test_a_tie_the_regulations_cannot_have_is_refused(
    first_leg: cp.Match, second_leg: cp.Match, message: str
) -> None:
    """Extra time and shoot-outs only follow the last leg; legs numbered out of order
    are refused, not silently decided as if the order were right."""
    with pytest.raises(cp.InvalidValueError) as excinfo:
        cp.decide_tie(first_leg, second_leg, UEFA)

    assert str(excinfo.value).startswith(message)


# The formats' own values: what each refuses, naming it.

REF = cp.competition.ReferenceKind
ROW_A = cp.competition.AllocationRow(groups=("a",), slots=(("x", "a"),))
ROW_B = cp.competition.AllocationRow(groups=("b",), slots=(("x", "b"),))
FORMAT_CASES: list[tuple[str, Callable[[], object], str]] = [
    (
        "slot-reference-without-a-slot",
        lambda: comp.Reference(kind=REF.SLOT, of="r"),
        "a slot reference needs its slot",
    ),
    (
        "place-reference-with-a-slot",
        lambda: comp.Reference(kind=REF.PLACE, of="g", place=1, slot="x"),
        "a place reference has no slot",
    ),
    (
        "replays-after-two-legs",
        lambda: comp.Tie(
            id="t",
            rules="r",
            entrants=("A", "B"),
            legs=(cp.Match(home="A", away="B"), cp.Match(home="B", away="A")),
            replays=(cp.Match(home="A", away="B"),),
        ),
        "replays follow a single match (got 2 legs)",
    ),
    (
        "replays-and-a-play-off",
        lambda: comp.Tie(
            id="t",
            rules="r",
            entrants=("A", "B"),
            legs=(cp.Match(home="A", away="B"),),
            replays=(cp.Match(home="A", away="B"),),
            playoff=cp.Match(home="A", away="B"),
        ),
        "a single match's replays are its replays, not a play-off",
    ),
    (
        "allocation-row-group-twice",
        lambda: comp.AllocationRow(groups=("a", "a"), slots=(("x", "a"), ("y", "a"))),
        "allocation row ['a', 'a']: a group is listed twice",
    ),
    (
        "ranking-place-zero",
        lambda: comp.PlaceRanking(id="r", rules="classic", place=0, groups=("a", "b")),
        "ranking 'r': place must be a positive integer (got 0)",
    ),
    (
        "ranking-group-twice",
        lambda: comp.PlaceRanking(id="r", rules="classic", place=3, groups=("a", "a")),
        "ranking 'r': groups must be two or more different group ids",
    ),
    (
        "ranking-advance-beyond-its-groups",
        lambda: comp.PlaceRanking(
            id="r", rules="classic", place=3, groups=("a", "b"), advance=3
        ),
        "ranking 'r': advance must be between 0 and the number of groups (got 3)",
    ),
    (
        "allocation-rows-with-other-slots",
        lambda: comp.PlaceRanking(
            id="r",
            rules="classic",
            place=3,
            groups=("a", "b"),
            advance=1,
            allocation=(ROW_A, comp.AllocationRow(groups=("b",), slots=(("z", "b"),))),
        ),
        "ranking 'r': allocation[1] has slots ['z'], not ['x']",
    ),
    (
        "placing-place-zero",
        lambda: comp.Placing(place=0, team="A"),
        "placing: place must be a positive integer (got 0)",
    ),
    (
        "placing-team-with-an-escape",
        lambda: comp.Placing(place=1, team="A\x1b"),
        "placing: team: a name cannot hold a control character",
    ),
]


@pytest.mark.parametrize(
    ("make", "part"),
    [case[1:] for case in FORMAT_CASES],
    ids=[case[0] for case in FORMAT_CASES],
)
def test_format_values_refuse_what_they_cannot_be(
    make: Callable[[], object], part: str
) -> None:
    """An InvalidValueError naming the value and what is wrong."""
    with pytest.raises(cp.InvalidValueError) as excinfo:
        make()

    assert part in str(excinfo.value)


def ranked_edition(**changes: Any) -> Callable[[], object]:
    """An edition of two groups and a ranking of their runners-up, changed."""
    groups = tuple(
        comp.Group(
            id=g, rules="classic", legs=1, advance=2, entrants=(f"{g}1", f"{g}2")
        )
        for g in "ab"
    )
    ranking: dict[str, Any] = {
        "id": "r",
        "rules": "classic",
        "place": 2,
        "groups": ("a", "b"),
        "advance": 1,
        "allocation": (ROW_A, ROW_B),
    }
    extra = changes.pop("extra", {})
    the_ranking = comp.PlaceRanking(**(ranking | changes))
    phase = comp.Phase(id="p", groups=groups, rankings=(the_ranking,))
    return lambda: comp.Edition(
        id="cup",
        name="Cup",
        stages=(comp.Stage(id="s", phases=(phase,)),),
        **extra,
    )


@pytest.mark.parametrize(
    ("make", "where", "part"),
    [
        (
            ranked_edition(id="a"),
            "stages[0].phases[0].rankings[0].id",
            "duplicate id 'a'",
        ),
        (
            ranked_edition(rules="nowhere"),
            "stages[0].phases[0].rankings[0].rules",
            "unknown table rules 'nowhere'",
        ),
        (
            ranked_edition(groups=("a", "z"), allocation=()),
            "stages[0].phases[0].rankings[0].groups[1]",
            "unknown group 'z'",
        ),
        (
            ranked_edition(recorded=(comp.RecordedPlace(place=3, team="a2"),)),
            "stages[0].phases[0].rankings[0].recorded[0].place",
            "the ranking has 2 teams (got place 3)",
        ),
        (
            ranked_edition(
                extra={"champion": comp.Reference(kind=REF.SLOT, of="a", slot="x")}
            ),
            "champion",
            "'a' is not a ranking with an allocation table",
        ),
        (
            ranked_edition(
                extra={
                    "placings": (
                        comp.Placing(place=3, team="a1"),
                        comp.Placing(place=2, team="b1"),
                    )
                }
            ),
            "placings",
            "placings must be in order of place (got [3, 2])",
        ),
    ],
    ids=[
        "ranking-id-taken",
        "ranking-rules-unknown",
        "ranking-group-unknown",
        "ranking-recorded-beyond",
        "slot-of-a-group",
        "placings-out-of-order",
    ],
)
def test_the_check_refuses_bad_rankings_and_placings_at_their_key_path(
    make: Callable[[], object], where: str, part: str
) -> None:
    """Refused by the edition check, at the key path of the problem."""
    with pytest.raises(cp.ConfigError) as excinfo:
        make()

    assert any(at == where and part in what for at, what in excinfo.value.problems), (
        excinfo.value.problems
    )


def test_the_rules_of_a_tie_not_in_the_edition_are_unknown() -> None:
    """``tie_rules_of`` a tie whose rules the edition never named."""
    edition = ranked_edition()()
    assert isinstance(edition, comp.Edition)
    other = comp.Tie(id="other", rules="uefa-club-2021-knockout", entrants=("A", "B"))

    with pytest.raises(cp.UnknownNameError) as excinfo:
        edition.tie_rules_of(other)

    assert "unknown tie 'other'" in str(excinfo.value)
