"""Layer 3, rules: how many points a win, a draw and a loss are worth."""

from __future__ import annotations

import re
from typing import ClassVar, final

import attrs

from ._validators import is_a
from .errors import InvalidValueError

__all__ = ["PointsScheme"]


def _integer(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not is_a(value, int) or is_a(value, bool):
        msg = f"points scheme: {attribute.name} must be an integer (got {value!r})"
        raise InvalidValueError(msg)


_SCHEME = re.compile(r"^\s*(-?\d{1,9})-(-?\d{1,9})-(-?\d{1,9})\s*$")


@final
@attrs.frozen(kw_only=True)
class PointsScheme:
    """Points for a win, a draw and a loss.

    Three points for a win came to Peru's top flight and FIFA tournaments in
    1994-95; before that, two. A win must be worth at least a draw, and a draw at
    least a loss.

    >>> PointsScheme.THREE_FOR_A_WIN
    PointsScheme(win=3, draw=1, loss=0)
    >>> str(PointsScheme(win=2, draw=1, loss=0))
    '2-1-0'
    """

    win: int = attrs.field(default=3, validator=_integer)
    """Points for a win."""
    draw: int = attrs.field(default=1, validator=_integer)
    """Points for a draw."""
    loss: int = attrs.field(default=0, validator=_integer)
    """Points for a loss."""

    THREE_FOR_A_WIN: ClassVar[PointsScheme]
    """3-1-0: the modern scheme (FIFA World Cup from 1994, Copa Perú in the 1990s)."""
    TWO_FOR_A_WIN: ClassVar[PointsScheme]
    """2-1-0: the classic scheme, used by FIFA World Cups up to 1990."""

    def __attrs_post_init__(self) -> None:
        if not self.win >= self.draw >= self.loss:
            msg = (
                "points scheme: a win must be worth at least a draw and a draw at "
                f"least a loss (got {self})"
            )
            raise InvalidValueError(msg)

    def for_result(self, goals_for: int, goals_against: int) -> int:
        """Points for a team that scored *goals_for* and conceded *goals_against*.

        >>> PointsScheme.THREE_FOR_A_WIN.for_result(0, 0)
        1
        """
        if goals_for > goals_against:
            return self.win
        if goals_for == goals_against:
            return self.draw
        return self.loss

    @classmethod
    def parse(cls, text: str) -> PointsScheme:
        """Read a scheme written as ``"3-1-0"``.

        Negative points are read as ``str`` writes them (``"0--1--3"``), so
        ``parse(str(scheme)) == scheme``.

        Raises:
            InvalidValueError: *text* is not three integers of at most nine digits.

        >>> PointsScheme.parse("2-1-0")
        PointsScheme(win=2, draw=1, loss=0)
        >>> PointsScheme.parse("0--1--3")
        PointsScheme(win=0, draw=-1, loss=-3)
        """
        found = _SCHEME.match(text) if is_a(text, str) else None
        if found is None:
            shown = repr(text) if len(repr(text)) <= 40 else repr(text)[:37] + "..."
            msg = f"points scheme: expected 'win-draw-loss' like '3-1-0' (got {shown})"
            raise InvalidValueError(msg)
        win, draw, loss = (int(group) for group in found.groups())
        return cls(win=win, draw=draw, loss=loss)

    def __str__(self) -> str:
        return f"{self.win}-{self.draw}-{self.loss}"


PointsScheme.THREE_FOR_A_WIN = PointsScheme(win=3, draw=1, loss=0)
PointsScheme.TWO_FOR_A_WIN = PointsScheme(win=2, draw=1, loss=0)
