"""Layer 1, values: scores and cards."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, final

import attrs

from ._validators import as_goals, is_a, is_count
from .errors import InvalidValueError

__all__ = ["Cards", "Score"]

_SCORE_RE = re.compile(r"^\s*(\d{1,9})\s*[-:]\s*(\d{1,9})\s*$")


def _count(where: str) -> Callable[[Any, attrs.Attribute[int], int], None]:
    """Validator: a non-negative integer (``bool`` refused)."""

    def check(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
        if not is_count(value):
            name = attribute.name.replace("_", " ")
            msg = f"{where}: {name} must be a non-negative integer (got {value!r})"
            raise InvalidValueError(msg)

    return check


@final
@attrs.frozen
class Score:
    """Goals scored by the home side and by the away side.

    ``Score(2, 1)`` means the home side (the team named first) scored two.

    >>> Score(2, 1)
    Score(home=2, away=1)
    >>> str(Score.parse("3-1"))
    '3-1'
    >>> Score(1, 1).is_draw
    True

    Goals may be of any integer type (``operator.index`` accepts them: NumPy's, a
    data frame's); they are kept as plain ``int``. ``bool`` is refused.
    """

    home: int
    """Goals of the home side (the team named first)."""
    away: int
    """Goals of the away side (the team named second)."""

    def __attrs_post_init__(self) -> None:
        home, away = self.home, self.away
        # The common case in one test (scores are built by the hundred thousand).
        if home.__class__ is int and away.__class__ is int and home >= 0 <= away:
            return
        for name, value in (("home", home), ("away", away)):
            goals = as_goals(value)  # any integer type (NumPy's), as a plain int
            if goals is None:
                msg = f"score: {name} goals must be a non-negative integer (got {value!r})"
                raise InvalidValueError(msg)
            object.__setattr__(self, name, goals)

    @classmethod
    def parse(cls, text: str) -> Score:
        """Read a score written as ``"3-1"`` (or ``"3:1"``).

        Raises:
            InvalidValueError: *text* is not two non-negative integers.

        >>> Score.parse("0:0")
        Score(home=0, away=0)
        """
        found = _SCORE_RE.match(text) if is_a(text, str) else None
        if found is None:
            shown = repr(text) if len(repr(text)) <= 40 else repr(text)[:37] + "..."
            msg = f"score: expected a score like '3-1' (got {shown})"
            raise InvalidValueError(msg)
        return cls(int(found.group(1)), int(found.group(2)))

    @property
    def is_draw(self) -> bool:
        """Whether both sides scored the same number of goals.

        >>> Score(0, 0).is_draw
        True
        """
        return self.home == self.away

    def swapped(self) -> Score:
        """The same score seen from the other side.

        >>> Score(3, 1).swapped()
        Score(home=1, away=3)
        """
        return Score(self.away, self.home)

    def __str__(self) -> str:
        return f"{self.home}-{self.away}"


@final
@attrs.frozen(kw_only=True)
class Cards:
    """Cards shown to one team in one match, in FIFA's fair-play categories.

    A player booked twice counts once, as an ``indirect_red``; a player booked
    and then sent off directly counts once, as ``yellow_and_red``.

    >>> Cards(yellow=2, red=1)
    Cards(yellow=2, indirect_red=0, red=1, yellow_and_red=0)
    """

    yellow: int = attrs.field(default=0, validator=_count("cards"))
    """Yellow cards (cautions) that did not lead to a sending-off."""
    indirect_red: int = attrs.field(default=0, validator=_count("cards"))
    """Sendings-off for a second caution in the match."""
    red: int = attrs.field(default=0, validator=_count("cards"))
    """Direct red cards to players not cautioned before in the match."""
    yellow_and_red: int = attrs.field(default=0, validator=_count("cards"))
    """Players cautioned and then sent off directly in the same match."""

    def __add__(self, other: Cards) -> Cards:
        """Add two teams' or two matches' cards, category by category.

        >>> Cards(yellow=1) + Cards(yellow=2, red=1)
        Cards(yellow=3, indirect_red=0, red=1, yellow_and_red=0)
        """
        return Cards(
            yellow=self.yellow + other.yellow,
            indirect_red=self.indirect_red + other.indirect_red,
            red=self.red + other.red,
            yellow_and_red=self.yellow_and_red + other.yellow_and_red,
        )
