"""Layer 8, on top: drawing copaperu's values: what every strategy shares (constants, argument checks)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Final, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .._values import TeamId

__all__: list[str] = []

T = TypeVar("T")

# "A" first, so that names shrink toward "A", "B"...; letters that sort unusually
# (accents, a dot, a space or a quote inside a name) keep ordering by name honest.
NAME_ALPHABET: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÑñéü. -'"
TEXT_ALPHABET: Final = "abcdefghijklmnopqrstuvwxyz ÁÑáéñü.,;-'0123456789"
MAX_GOALS: Final = 5
LEGS: Final = st.sampled_from((1, 2))
DATES: Final = st.dates(datetime.date(1990, 1, 1), datetime.date(2030, 12, 31))
MAYBE_DATES: Final = st.none() | DATES
MINUTES: Final = st.none() | st.integers(0, 150)


# Argument checks -------------------------------------------------------------------


def check_strategy(where: str, name: str, value: object) -> None:
    if not isinstance(value, st.SearchStrategy):
        msg = f"{where}: {name} must be a strategy (got {value!r})"
        raise InvalidArgument(msg)


def check_flag(where: str, name: str, value: object) -> None:
    if not isinstance(value, bool):
        msg = f"{where}: {name} must be True or False (got {value!r})"
        raise InvalidArgument(msg)


def check_count(where: str, name: str, value: object, least: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < least:
        msg = f"{where}: {name} must be an integer of at least {least} (got {value!r})"
        raise InvalidArgument(msg)
    return value


def draw_teams(
    draw: st.DrawFn,
    strategy: st.SearchStrategy[Sequence[TeamId]],
    where: str,
    least: int,
) -> list[TeamId]:
    """Draw team names from *strategy*, refusing what no competition could have."""
    drawn = draw(strategy)
    names = list(drawn) if isinstance(drawn, list | tuple) else None
    if (
        names is None
        or len(names) < least
        or len(set(names)) != len(names)
        or not all(isinstance(name, str) and name.strip() for name in names)
    ):
        msg = (
            f"{where}: teams must draw {least} or more different, non-blank team "
            f"names (got {drawn!r})"
        )
        raise InvalidArgument(msg)
    return names
