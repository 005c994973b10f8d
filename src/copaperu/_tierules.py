"""Layer 3, rules: how a knockout tie is decided, as a value (:class:`TieRules`)."""

from __future__ import annotations

import enum
from typing import final

import attrs

from ._validators import check_field_types, is_a, is_int, to_enum
from .errors import RuleError

__all__ = ["Basis", "TieRules"]


class Basis(enum.StrEnum):
    """What two legs are compared on first.

    >>> Basis("points")
    <Basis.POINTS: 'points'>
    """

    AGGREGATE = "aggregate"
    """Goals over both legs (UEFA)."""
    POINTS = "points"
    """Points won in each leg, then (optionally) goal difference (South America)."""


def _to_basis(value: Basis | str) -> Basis:
    """Converter: a :class:`Basis` or its id."""
    return to_enum(Basis, value)


def _flag(_instance: object, attribute: attrs.Attribute[bool], value: bool) -> None:
    if not is_a(value, bool):
        msg = f"tie rules: {attribute.name} must be True or False (got {value!r})"
        raise RuleError(msg)


def _match_number(
    _instance: object, attribute: attrs.Attribute[int], value: int
) -> None:
    if not is_int(value) or value < 0:
        msg = f"tie rules: {attribute.name} must be a match number, 0 or more (got {value!r})"
        raise RuleError(msg)


def _basis(_instance: object, _attribute: attrs.Attribute[Basis], value: Basis) -> None:
    if not is_a(value, Basis):
        msg = f"tie rules: basis must be 'aggregate' or 'points' (got {value!r})"
        raise RuleError(msg)


@final
@attrs.frozen(kw_only=True)
class TieRules:
    """How a knockout tie is decided, in order.

    Over two legs: first the *basis* (aggregate goals, or points per leg and
    then -- with *goal_difference* -- goal difference); then away goals, if
    *away_goals*; then extra time at the end of the second leg, if *extra_time*
    (with away goals counting in it if *away_goals_in_extra_time*); then a
    penalty shoot-out, if *penalties*; then a play-off match, if *playoff*,
    and goal difference over the legs if the play-off ends level, if
    *goal_difference_after_playoff*.
    With a play-off, a tie level after two legs goes straight to the play-off
    match, and extra time and a shoot-out are those of the play-off. A single
    match: normal time, then extra time, a shoot-out or a replay, as the same
    flags say.

    >>> rules = TieRules(basis="aggregate", away_goals=True, away_goals_in_extra_time=True)
    >>> print(rules)
    aggregate, away goals (also in extra time), extra time, penalties
    """

    basis: Basis = attrs.field(
        default=Basis.AGGREGATE, converter=_to_basis, validator=_basis
    )
    """What the legs are compared on first."""
    goal_difference: bool = attrs.field(default=True, validator=_flag)
    """On the points basis, whether goal difference over the legs comes next."""
    away_goals: bool = attrs.field(default=False, validator=_flag)
    """Whether goals scored away from home break a tie level on goals."""
    away_goals_in_extra_time: bool = attrs.field(default=False, validator=_flag)
    """Whether away goals scored in extra time count (UEFA until 2020-21)."""
    extra_time: bool = attrs.field(default=True, validator=_flag)
    """Whether extra time is played at the end of the last leg when level."""
    penalties: bool = attrs.field(default=True, validator=_flag)
    """Whether a penalty shoot-out follows when still level."""
    playoff: bool = attrs.field(default=False, validator=_flag)
    """Whether a play-off match follows when still level: after two legs, a third
    match; after a single match, a replay (and another, until one decides)."""
    lots: bool = attrs.field(default=False, validator=_flag)
    """Whether a tie still level after everything else goes to a drawing of lots
    (a coin toss, as in the European Cup of the 1960s); until the lots' outcome is
    recorded, the tie needs it."""
    extra_time_from: int = attrs.field(default=0, validator=_match_number)
    """For a single match with replays, the match from which extra time is played:
    0, the first match; 1, the first replay (the FA Cup before 1991-92); and so on."""
    penalties_from: int = attrs.field(default=0, validator=_match_number)
    """For a single match with replays, the match from which a level tie goes to a
    penalty shoot-out instead of another replay: 1, the first replay (the FA Cup
    from 1991-92)."""
    goal_difference_after_playoff: bool = attrs.field(default=False, validator=_flag)
    """Whether a play-off still level at its end goes to goal difference over the
    legs, "as a last resort" (CONMEBOL to the 1980s). A level play-off adds nothing
    to goal difference, so over the legs or over all three matches is the same."""
    name: str = ""
    """A short name, such as ``"UEFA club competitions 2019"``."""
    source: str = ""
    """The regulation the rules come from."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, "tie rules")
        if self.away_goals_in_extra_time and not (self.away_goals and self.extra_time):
            msg = "tie rules: away goals in extra time need both away_goals and extra_time"
            raise RuleError(msg)
        if (self.extra_time_from or self.penalties_from) and not self.playoff:
            msg = "tie rules: extra_time_from and penalties_from count replays: they need playoff"
            raise RuleError(msg)
        if self.goal_difference_after_playoff and not self.playoff:
            msg = "tie rules: goal difference after a play-off needs playoff"
            raise RuleError(msg)
        if self.basis is Basis.AGGREGATE and not self.goal_difference:
            msg = (
                "tie rules: goal_difference=False only makes sense on the points basis"
            )
            raise RuleError(msg)

    def __str__(self) -> str:
        from ._words import tie_rules_text

        return tie_rules_text(self)
