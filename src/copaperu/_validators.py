"""Layer 0, foundation: small checks for values that arrive from outside the type system.

They take ``object`` and return plain ``bool`` (not a type guard), so that
checking a value whose annotation already promises its type is not flagged as
unreachable by mypy: the annotation is a promise to type-checked callers, the
check is for everyone else.
"""

from __future__ import annotations

import datetime
import enum
import operator
import typing
import unicodedata
from collections.abc import Callable
from types import UnionType
from typing import SupportsIndex, TypeVar

import attrs

from .errors import InvalidValueError

__all__ = [
    "check_field_types",
    "conforms",
    "is_a",
    "is_count",
    "is_int",
    "is_text",
    "nfc",
    "optional_date",
    "optional_kickoff",
    "to_enum",
    "unsafe_character",
]


def is_int(value: object) -> bool:
    """Whether *value* is an ``int`` (``bool`` refused).

    >>> is_int(3), is_int(True), is_int(3.0)
    (True, False, False)
    """
    return isinstance(value, int) and not isinstance(value, bool)


def nfc(value: str) -> str:
    """*value*, a name, in Unicode NFC (a team's name typed either way is one name).

    "Atlético" written with a precomposed "é" and with "e" and a combining accent
    is one name: copaperu keeps every name composed (NFC), so both are one team.
    Used as a converter, it returns what is not a string as it is, for the
    validators to refuse.

    >>> nfc("Atle\u0301tico") == "Atlético"
    True
    """
    if value.__class__ is str and not unicodedata.is_normalized("NFC", value):
        return unicodedata.normalize("NFC", value)
    return value


def as_goals(value: object) -> int | None:
    """*value* as an ``int`` if it is a non-negative integer, else ``None``.

    Any integer type counts (NumPy's too: anything with ``__index__``); ``bool``
    does not.

    >>> as_goals(2), as_goals(-1), as_goals(True), as_goals(2.0)
    (2, None, None, None)
    """
    if isinstance(value, int):  # the common case: no protocol check (slow)
        return value if value >= 0 and not isinstance(value, bool) else None
    if not hasattr(type(value), "__index__"):
        return None
    goals = operator.index(typing.cast("SupportsIndex", value))
    return goals if goals >= 0 else None


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


# Characters a name may not hold: control characters (C0, DEL, C1), lone
# surrogates, line and paragraph separators, and the bidirectional controls that
# can reorder what a terminal or a page shows.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def unsafe_character(text: str, *, prose: bool = False) -> str:
    r"""The first character of *text* a name may not hold, with its position.

    The position counts from 1; ``""`` when there is no such character. In
    *prose* (notes, reasons, titles), a line break and a tab are allowed.

    >>> unsafe_character("Juan Aurich"), unsafe_character("Juan\x1b[31mAurich")
    ('', 'U+001B at position 5')
    >>> unsafe_character("two\nlines"), unsafe_character("two\nlines", prose=True)
    ('U+000A at position 4', '')
    """
    if text.isprintable():  # the common case, in C: no control character at all
        return ""
    for position, char in enumerate(text, start=1):
        if prose and char in "\n\t":
            continue
        if unicodedata.category(char) in _UNSAFE_CATEGORIES or char in _BIDI_CONTROLS:
            return f"U+{ord(char):04X} at position {position}"
    return ""


_E = TypeVar("_E", bound=enum.Enum)


def to_enum(kind: type[_E], value: _E | str) -> _E:
    """The member of the enum *kind* for *value*, a member or its id (``"points"``).

    For converters. Anything else is returned as given, for the field's own check
    to refuse with the field's name.

    >>> Kind = enum.Enum("Kind", {"POINTS": "points"})
    >>> to_enum(Kind, "points").name, to_enum(Kind, "goals")
    ('POINTS', 'goals')
    """
    if isinstance(value, str) and not isinstance(value, kind):
        try:
            return kind(value)
        except ValueError:
            pass
    return value  # type: ignore[return-value]  # not a member: the field's check refuses it


def is_a(value: object, kind: type | UnionType | tuple[type, ...]) -> bool:
    """``isinstance`` that mypy does not use to narrow (see the module docstring).

    >>> is_a((), tuple)
    True
    """
    return isinstance(value, kind)


def optional_date(
    value: datetime.date | str | None, *, field: str = "date"
) -> datetime.date | None:
    """Converter: a date, an ISO date string (read), a date-like, or ``None``.

    A date and time whose time is midnight and that has no time zone (as a data
    frame holds a column of dates: ``pandas.Timestamp("1998-12-13")``) is its
    date; one with a time of day is refused, since its time would be lost: a
    kick-off goes in ``kickoff``. Anything else is returned as given, for the
    owner's validator to refuse; *field* names the value in messages.

    >>> optional_date("1998-12-13")
    datetime.date(1998, 12, 13)
    >>> optional_date(datetime.datetime(1998, 12, 13))
    datetime.date(1998, 12, 13)
    """
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time() and value.tzinfo is None:
            return datetime.date(value.year, value.month, value.day)
        msg = (
            f"{field}: expected a date, not a date and time (got "
            f"{value.isoformat()!r}): a match's time goes in kickoff, with its time zone"
        )
        raise InvalidValueError(msg)
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError as exc:
            msg = f"{field}: expected an ISO date like '1998-12-13' (got {value!r})"
            raise InvalidValueError(msg) from exc
    return value


def optional_kickoff(
    value: datetime.datetime | str | None,
) -> datetime.datetime | None:
    """Converter: a kick-off, a date and time that knows its time zone, or ``None``.

    ISO text with an offset is read; a naive date and time is refused (which zone
    it was in is not known: attach one, such as ``ZoneInfo("America/Lima")``).

    >>> optional_kickoff("1998-12-13T15:30-05:00").utcoffset()
    datetime.timedelta(days=-1, seconds=68400)
    """
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.datetime.fromisoformat(value)
        except ValueError as exc:
            msg = (
                "kickoff: expected an ISO date and time with its offset, like "
                f"'1998-12-13T15:30-05:00' (got {value!r})"
            )
            raise InvalidValueError(msg) from exc
    if is_a(value, datetime.datetime) and value.utcoffset() is None:
        msg = (
            "kickoff: a kick-off needs its time zone (got "
            f"{value.isoformat()!r}, naive): attach one, such as ZoneInfo('Europe/London')"
        )
        raise InvalidValueError(msg)
    return value


def conforms(value: object, tp: object) -> bool:
    """Whether *value* is of the annotated type *tp*, shallowly.

    ``tuple[X, ...]`` checks each item is an ``X`` (items check themselves when
    built); ``int`` refuses ``bool``; an enum accepts only its members.

    >>> conforms(("A", "B"), tuple[str, ...]), conforms(None, tuple[str, ...])
    (True, False)
    >>> conforms(True, int), conforms(None, int | None)
    (False, True)
    """
    return _checker(tp)(value)


_Check = Callable[[object], bool]
_CHECKERS: dict[object, _Check] = {}


def _checker(tp: object) -> _Check:
    """The check of *tp*, built once per type (a check runs on every value built)."""
    try:
        return _CHECKERS[tp]
    except KeyError:
        found = _CHECKERS[tp] = _build_checker(tp)
        return found
    except TypeError:  # an unhashable annotation: built each time
        return _build_checker(tp)


def _build_checker(tp: object) -> _Check:
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is UnionType:
        members = [_checker(arg) for arg in typing.get_args(tp)]
        return lambda value: any(check(value) for check in members)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _checker(args[0])
            return lambda value: isinstance(value, tuple) and all(map(item, value))
        checks = [_checker(arg) for arg in args]
        return lambda value: (
            isinstance(value, tuple)
            and len(value) == len(checks)
            and all(check(v) for check, v in zip(checks, value, strict=True))
        )
    if origin is typing.Literal:
        allowed = typing.get_args(tp)
        return lambda value: value in allowed
    if origin is not None:  # another generic: check the container only
        return lambda value: isinstance(value, origin)
    if tp is None or tp is type(None):
        return lambda value: value is None
    if tp is int:
        return is_int
    if tp is float:
        return lambda value: (
            isinstance(value, int | float) and not isinstance(value, bool)
        )
    if isinstance(tp, type):
        return lambda value: isinstance(value, tp)
    return lambda _value: True  # typing.Any, or a form we do not check


_FIELD_TYPES: dict[type, tuple[tuple[str, object, _Check], ...]] = {}


def _field_types(cls: type) -> tuple[tuple[str, object, _Check], ...]:
    """Each init field of an attrs class with its type and check, worked out once."""
    found = _FIELD_TYPES.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls)
        found = tuple(
            (field.name, hints[field.name], _checker(hints[field.name]))
            for field in attrs.fields(cls)
            if field.init and field.name in hints
        )
        _FIELD_TYPES[cls] = found
    return found


def _describe(tp: object) -> str:
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is UnionType:
        return " or ".join(_describe(arg) for arg in typing.get_args(tp))
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return f"a tuple of {_describe(args[0])}"
        return f"a tuple of {len(args)}"
    if tp is None or tp is type(None):
        return "None"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "one of " + ", ".join(repr(member.value) for member in tp)
    if tp is str:
        return "a string"
    if tp is int:
        return "an integer"
    if tp is bool:
        return "True or False"
    return f"a {getattr(tp, '__name__', tp)}"


def check_field_types(instance: object, where: str) -> None:
    """Refuse *instance* if a field is not of its annotated type (see :func:`conforms`).

    For values built from outside the type system (files, untyped code): the error
    names the field, the type it needs and what it got.

    Raises:
        InvalidValueError: the first field that is not of its type.

    >>> @attrs.frozen
    ... class Pair:
    ...     names: tuple[str, ...]
    >>> check_field_types(Pair(names=None), "pair")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    copaperu.errors.InvalidValueError: pair: names must be a tuple of a string (got None)
    """
    for name, tp, check in _field_types(type(instance)):
        value = getattr(instance, name)
        if not check(value):
            msg = f"{where}: {name} must be {_describe(tp)} (got {value!r})"
            raise InvalidValueError(msg)


def display_width(text: str) -> int:
    """How many terminal columns *text* takes.

    Wide (East Asian) characters take two, combining marks none, others one.

    >>> display_width("Perú"), display_width("Peru\u0301"), display_width("浦和レッズ")
    (4, 4, 10)
    """
    return sum(
        0
        if unicodedata.combining(c)
        else 2
        if unicodedata.east_asian_width(c) in "WF"
        else 1
        for c in text
    )


def pad(text: str, width: int) -> str:
    """*text* padded with spaces to *width* terminal columns (see :func:`display_width`).

    >>> pad("浦和", 6) + "|"
    '浦和  |'
    """
    return text + " " * max(width - display_width(text), 0)
