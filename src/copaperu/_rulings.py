"""Layer 1, values: rulings, administrative decisions taken after the fact.

A ruling never overwrites what happened on the pitch: it sits beside the match's
on-field score (in :attr:`copaperu.Match.rulings`) or beside a team's record (a
:class:`PointsDeduction`), and :func:`copaperu.official_result` says what counts.
"""

from __future__ import annotations

import datetime
from typing import ClassVar, TypeAlias, final

import attrs

from ._score import Score
from ._validators import (
    check_field_types,
    is_count,
    is_int,
    is_text,
    nfc,
    optional_date,
    unsafe_character,
)
from .errors import InvalidValueError

__all__ = [
    "Abandoned",
    "AwardedShootout",
    "Forfeit",
    "NotPlayed",
    "PointsDeduction",
    "Ruling",
]


def _decided(value: datetime.date | str | None) -> datetime.date | None:
    """Converter: the date of a ruling (see :func:`optional_date`)."""
    return optional_date(value, field="decided")


def _check_common(kind: str, reason: str, body: str, source: str) -> None:
    """Prose of a ruling: line breaks and tabs, and no other control character.

    Types are checked before, against the annotations (``check_field_types``).
    """
    for name, text in (("source", source), ("reason", reason), ("body", body)):
        bad = unsafe_character(text, prose=True)
        if bad:
            msg = f"{kind}: {name} cannot hold a control character ({bad})"
            raise InvalidValueError(msg)


def _check_name(kind: str, field: str, name: str) -> None:
    """A team's name in a ruling: text, and no control character."""
    if not is_text(name):
        msg = f"{kind}: {field} must be a team name (got {name!r})"
        raise InvalidValueError(msg)
    bad = unsafe_character(name)
    if bad:
        msg = f"{kind}: {field} cannot hold a control character ({bad}; got {name!r})"
        raise InvalidValueError(msg)


@final
@attrs.frozen(kw_only=True)
class Forfeit:
    """The match was awarded to a team (a walkover, or a result overturned).

    *score* is the awarded score, written home-away like the match; ``None`` when
    only the points were awarded and no score is known, in which case the match
    counts as a win for *awarded_to* with no goals.

    >>> from copaperu import Match, Score
    >>> m = Match(home="Señor de Puelles", away="Cultural Hidro",
    ...           rulings=(Forfeit(awarded_to="Cultural Hidro", reason="complaint upheld"),))
    >>> print(m.rulings[0])
    awarded to Cultural Hidro (complaint upheld)
    """

    kind: ClassVar[str] = "forfeit"
    """The id of this kind of ruling in files: ``kind = "forfeit"``."""

    awarded_to: str = attrs.field(converter=nfc)
    """The team the match was awarded to."""
    score: Score | None = None
    """The awarded score (home-away), or ``None`` when only points were awarded."""
    reason: str = ""
    """Why, in the deciding body's words where known."""
    body: str = ""
    """Who decided: a federation, a disciplinary committee, a court."""
    decided: datetime.date | None = attrs.field(default=None, converter=_decided)
    """When the decision was taken, if known."""
    source: str = ""
    """The key of the source that records the ruling."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, "forfeit")
        _check_name("forfeit", "awarded_to", self.awarded_to)
        if self.score is not None and self.score.is_draw:
            msg = f"forfeit: an awarded score cannot be a draw (got {self.score})"
            raise InvalidValueError(msg)
        _check_common("forfeit", self.reason, self.body, self.source)

    def __str__(self) -> str:
        from ._words import ruling_text

        return ruling_text(self)


@final
@attrs.frozen(kw_only=True)
class Abandoned:
    """The match was stopped before the end.

    Its on-field score stays on the match (the score when play stopped). The
    deciding body either declared a result (*declared*) or left it void
    (``declared=None``): a void match counts for nothing unless a
    :class:`Forfeit` awards it.

    >>> from copaperu import Score
    >>> print(Abandoned(minute=81, declared=Score(3, 1), reason="brawl"))
    abandoned after 81 minutes, declared 3-1 (brawl)
    """

    kind: ClassVar[str] = "abandoned"
    """The id of this kind of ruling in files: ``kind = "abandoned"``."""

    minute: int | None = None
    """The minute play stopped, if known."""
    declared: Score | None = None
    """The result declared to stand, or ``None`` if the match was declared void."""
    reason: str = ""
    """Why play stopped or why the result was declared."""
    body: str = ""
    """Who decided."""
    decided: datetime.date | None = attrs.field(default=None, converter=_decided)
    """When the decision was taken, if known."""
    source: str = ""
    """The key of the source that records the ruling."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, "abandoned")
        if self.minute is not None and not (
            is_count(self.minute) and self.minute <= 150
        ):
            msg = f"abandoned: minute must be between 0 and 150 or None (got {self.minute!r})"
            raise InvalidValueError(msg)
        _check_common("abandoned", self.reason, self.body, self.source)

    def __str__(self) -> str:
        from ._words import ruling_text

        return ruling_text(self)


@final
@attrs.frozen(kw_only=True)
class NotPlayed:
    """The match was never played and gives no points to anyone.

    >>> print(NotPlayed(reason="both already eliminated; agreed not to play"))
    not played (both already eliminated; agreed not to play)
    """

    kind: ClassVar[str] = "not_played"
    """The id of this kind of ruling in files: ``kind = "not_played"``."""

    reason: str = ""
    """Why it was not played."""
    body: str = ""
    """Who decided, if anyone did."""
    decided: datetime.date | None = attrs.field(default=None, converter=_decided)
    """When the decision was taken, if known."""
    source: str = ""
    """The key of the source that records the ruling."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, "not played")
        _check_common("not played", self.reason, self.body, self.source)

    def __str__(self) -> str:
        from ._words import ruling_text

        return ruling_text(self)


@final
@attrs.frozen(kw_only=True)
class AwardedShootout:
    """A penalty shoot-out awarded by a ruling instead of being taken.

    *score* is written home-away like the match. The 1998 Copa Perú final's
    second leg, abandoned with the tie level, was given to I.M.I. this way.

    >>> from copaperu import Score
    >>> print(AwardedShootout(winner="I.M.I.", score=Score(2, 0)))
    shoot-out awarded to I.M.I. 2-0
    """

    kind: ClassVar[str] = "awarded_shootout"
    """The id of this kind of ruling in files: ``kind = "awarded_shootout"``."""

    winner: str = attrs.field(converter=nfc)
    """The team the shoot-out was awarded to."""
    score: Score | None = None
    """The awarded shoot-out score (home-away), if one was stated."""
    reason: str = ""
    """Why."""
    body: str = ""
    """Who decided."""
    decided: datetime.date | None = attrs.field(default=None, converter=_decided)
    """When the decision was taken, if known."""
    source: str = ""
    """The key of the source that records the ruling."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, "awarded shoot-out")
        _check_name("awarded shoot-out", "winner", self.winner)
        if self.score is not None and self.score.is_draw:
            msg = f"awarded shoot-out: the score cannot be level (got {self.score})"
            raise InvalidValueError(msg)
        _check_common("awarded shoot-out", self.reason, self.body, self.source)

    def __str__(self) -> str:
        from ._words import ruling_text

        return ruling_text(self)


Ruling: TypeAlias = Forfeit | Abandoned | NotPlayed | AwardedShootout
"""Any ruling attached to a match.

>>> import copaperu
>>> isinstance(copaperu.NotPlayed(), copaperu.Ruling)
True
"""

RULINGS = (Forfeit, Abandoned, NotPlayed, AwardedShootout)


@final
@attrs.frozen(kw_only=True)
class PointsDeduction:
    """Points taken from (or, when negative, given to) a team's total by a ruling.

    A deduction changes a team's points in the table, never the results of its
    matches: head-to-head figures are computed from the matches alone.

    >>> d = PointsDeduction(team="Serbia", points=3, reason="crowd trouble", body="CAS")
    >>> print(d)
    Serbia: 3 points deducted (crowd trouble) [CAS]
    """

    team: str = attrs.field(converter=nfc)
    """The team whose total changes."""
    points: int
    """Points deducted; negative for points added."""
    reason: str = ""
    """Why, in the deciding body's words where known."""
    body: str = ""
    """Who decided."""
    decided: datetime.date | None = attrs.field(default=None, converter=_decided)
    """When the decision was taken, if known."""
    source: str = ""
    """The key of the source that records the ruling."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, "points deduction")
        _check_name("points deduction", "team", self.team)
        if not is_int(self.points) or self.points == 0:
            msg = (
                f"points deduction for {self.team!r}: points must be a non-zero "
                f"integer (got {self.points!r})"
            )
            raise InvalidValueError(msg)
        _check_common(
            f"points deduction for {self.team!r}", self.reason, self.body, self.source
        )

    def __str__(self) -> str:
        from ._words import ruling_text

        return ruling_text(self)
