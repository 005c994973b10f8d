"""Layer 0, foundation: small checks for values that arrive from outside the type system.

They take ``object`` and return plain ``bool`` (not a type guard), so that
checking a value whose annotation already promises its type is not flagged as
unreachable by mypy: the annotation is a promise to type-checked callers, the
check is for everyone else.
"""

from __future__ import annotations

import datetime
from types import UnionType

from .errors import InvalidValueError

__all__ = ["is_a", "is_count", "is_int", "is_text", "optional_date", "ordinal"]


def is_int(value: object) -> bool:
    """Whether *value* is an ``int`` (``bool`` refused).

    >>> is_int(3), is_int(True), is_int(3.0)
    (True, False, False)
    """
    return isinstance(value, int) and not isinstance(value, bool)


def is_count(value: object) -> bool:
    """Whether *value* is a non-negative ``int`` (``bool`` refused).

    >>> is_count(0), is_count(-1)
    (True, False)
    """
    return is_int(value) and value >= 0  # type: ignore[operator]  # int checked above


def is_text(value: object) -> bool:
    """Whether *value* is a string with something other than white space in it.

    >>> is_text("Hidro"), is_text("  ")
    (True, False)
    """
    return isinstance(value, str) and bool(value.strip())


def is_a(value: object, kind: type | UnionType | tuple[type, ...]) -> bool:
    """``isinstance`` that mypy does not use to narrow (see the module docstring).

    >>> is_a((), tuple)
    True
    """
    return isinstance(value, kind)


def ordinal(n: int) -> str:
    """*n* as an English ordinal.

    >>> ordinal(1), ordinal(2), ordinal(3), ordinal(11), ordinal(22)
    ('1st', '2nd', '3rd', '11th', '22nd')
    """
    suffix = (
        "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    )
    return f"{n}{suffix}"


def optional_date(
    value: datetime.date | str | None, *, field: str = "date"
) -> datetime.date | None:
    """Converter: a date, an ISO date string (read), or ``None``; a date-time is refused.

    Anything else is returned as given, for the owner's validator to refuse;
    *field* names the value in messages.

    >>> optional_date("1998-12-13")
    datetime.date(1998, 12, 13)
    """
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        msg = (
            f"{field}: expected a date, not a date and time (got {value.isoformat()!r})"
        )
        raise InvalidValueError(msg)
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError as exc:
            msg = f"{field}: expected an ISO date like '1998-12-13' (got {value!r})"
            raise InvalidValueError(msg) from exc
    return value
