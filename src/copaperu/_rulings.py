"""Layer 2, rulings: administrative decisions taken after the fact."""

from __future__ import annotations

from typing import final

import attrs

from ._validators import is_a
from ._values import TeamId
from .errors import InvalidValueError

__all__ = ["PointsDeduction"]


@final
@attrs.frozen(kw_only=True)
class PointsDeduction:
    """Points taken from (or, when negative, given to) a team's total by a ruling.

    A deduction changes a team's points in the table, never the results of its
    matches: head-to-head figures are computed from the matches alone.

    >>> d = PointsDeduction(team="Peñarol", points=3, reason="fielded an ineligible player")
    >>> print(d)
    Peñarol: 3 points deducted (fielded an ineligible player)
    """

    team: TeamId
    """The team whose total changes."""
    points: int
    """Points deducted; negative for points added."""
    reason: str = ""
    """Why, in the deciding body's words where known."""

    def __attrs_post_init__(self) -> None:
        if not is_a(self.team, str) or not self.team.strip():
            msg = (
                f"points deduction: team must be a non-empty string (got {self.team!r})"
            )
            raise InvalidValueError(msg)
        if (
            not is_a(self.points, int)
            or isinstance(self.points, bool)
            or self.points == 0
        ):
            msg = (
                f"points deduction for {self.team!r}: points must be a non-zero "
                f"integer (got {self.points!r})"
            )
            raise InvalidValueError(msg)
        if not is_a(self.reason, str):
            msg = f"points deduction for {self.team!r}: reason must be a string (got {self.reason!r})"
            raise InvalidValueError(msg)

    def __str__(self) -> str:
        text = f"{self.team}: {self.points} points deducted"
        return f"{text} ({self.reason})" if self.reason else text
