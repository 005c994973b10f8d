"""Values built from outside the type system: a wrong type is refused with an
InvalidValueError that names the value and the field, never a TypeError or an
AttributeError from inside, and never accepted silently.

Each case is a call an untyped caller could make; the field it names is checked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import copaperu as cp

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
