"""Layer 7, data: the one description of how values become plain data and back.

The attrs classes are the schema. Their fields, the fields' types (read with
:func:`typing.get_type_hints`) and defaults say everything a file needs: which keys
a record has, which are required, what each holds. One walker reads plain data
(parsed TOML or JSON) into values, writes values as plain data, and writes the JSON
Schema, all from that description; so a field added to a class is read, written,
checked and documented with no other change.

A few types have a spelling of their own in files, each declared once below as a
:class:`Form`: a score is ``"2-1"``, a points scheme ``"3-1-0"``, a reference a
small table, a criterion its id (or a table with ``id`` and settings), a ruling
a table tagged by ``kind``, named rules a table keyed by name. A field whose key
in files differs from its name says so in its metadata (``key``).

Reading never stops at the first problem: each is recorded with its key path,
the value that holds it is left out, and reading goes on (cattrs' "validation
belongs to the edges").
"""

from __future__ import annotations

import ast
import contextlib
import datetime
import difflib
import enum
import functools
import itertools
import json
import math
import operator
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from fractions import Fraction
from pathlib import Path
from typing import Any, Final, TypeAlias, TypeVar, final

import attrs

from . import rules as presets
from . import tiebreak
from ._competition import (
    Edition,
    Entrant,
    NamedTableRules,
    NamedTieRules,
    Reference,
    ReferenceKind,
)
from ._knockout import TieOutcome
from ._official import MatchStatus, OfficialResult
from ._points import PointsScheme
from ._replay import Unknown
from ._rulings import RULINGS, PointsDeduction, Ruling
from ._score import Score
from ._standings import (
    Explanation,
    Separation,
    Standings,
    TableRow,
    splits_from,
)
from ._tiebreak import (
    CRITERION_CLASSES,
    Criterion,
    FairPlay,
    HeadToHead,
    OnlyWhen,
    Scope,
    Statistic,
    TableRules,
    Tiebreaker,
    criterion_id,
)
from ._tierules import TieRules
from .errors import ConfigError, CopaperuError, InvalidValueError

__all__ = [
    "DERIVED",
    "FAILED",
    "Derived",
    "Form",
    "Reader",
    "close_hint",
    "data_key",
    "from_data",
    "join",
    "json_schema",
    "schema_of",
    "show",
    "to_data",
    "write",
]

T = TypeVar("T")
Data = dict[str, Any]


@final
class _Failed:
    """The value read where a problem was recorded (internal sentinel)."""

    def __repr__(self) -> str:
        return "FAILED"


FAILED: Final = _Failed()
"""What :meth:`Reader.read` returns where it recorded a problem instead."""


class _Kind(enum.Enum):
    """How :meth:`Reader.read` reads a type (worked out once per type)."""

    FORM = enum.auto()
    OPTIONAL = enum.auto()
    PRIMITIVE = enum.auto()
    DATE = enum.auto()
    DATETIME = enum.auto()
    ENUM = enum.auto()
    PAIRS = enum.auto()
    ARRAY = enum.auto()
    RECORD = enum.auto()
    UNION = enum.auto()


_KINDS: dict[object, tuple[_Kind, Any]] = {}


def _kind_of(tp: object) -> tuple[_Kind, Any]:
    """How *tp* is read, and what that needs (its form, inner type, class...)."""
    form = form_of(tp)
    inner = _optional(tp) if form is None else None
    value_type = _pair_value(tp) if form is None and inner is None else None
    found: tuple[_Kind, Any]
    if form is not None:
        found = (_Kind.FORM, form)
    elif inner is not None:
        found = (_Kind.OPTIONAL, inner)
    elif tp in _PRIMITIVES:
        found = (_Kind.PRIMITIVE, None)
    elif tp is datetime.date:
        found = (_Kind.DATE, None)
    elif tp is datetime.datetime:
        found = (_Kind.DATETIME, None)
    elif isinstance(tp, type) and issubclass(tp, enum.Enum):
        found = (_Kind.ENUM, tp)
    elif value_type is not None:
        found = (_Kind.PAIRS, value_type)
    elif typing.get_origin(tp) is tuple:
        found = (_Kind.ARRAY, None)
    elif isinstance(tp, type) and attrs.has(tp):
        found = (_Kind.RECORD, tp)
    elif _is_union(tp):
        found = (_Kind.UNION, None)
    else:
        msg = f"no data form for {tp!r}"  # a model type without a form: our bug
        raise TypeError(msg)
    with contextlib.suppress(TypeError):  # an unhashable annotation: not kept
        _KINDS[tp] = found
    return found


def close_hint(name: str, known: typing.Iterable[str]) -> str:
    """``" (did you mean 'x'?)"`` for the closest of *known* to *name*, or ``""``."""
    found = difflib.get_close_matches(name, sorted(known), n=1)
    return f" (did you mean {found[0]!r}?)" if found else ""


def join(path: str, *keys: str | int) -> str:
    """*path* extended by *keys*: ``a.b``, ``a[0]``; odd keys are quoted."""
    for key in keys:
        if isinstance(key, int):
            path = f"{path}[{key}]"
            continue
        shown = _SHOWN_KEYS.get(key)
        if shown is None:
            simple = key.replace("_", "").replace("-", "").isalnum() and key.isascii()
            shown = key if simple else json.dumps(key, ensure_ascii=False)
            if len(_SHOWN_KEYS) < 4096:  # the keys of the model, and a few more
                _SHOWN_KEYS[key] = shown
        path = f"{path}.{shown}" if path else shown
    return path


_SHOWN_KEYS: dict[str, str] = {}


def show(value: object) -> str:
    """*value* as a problem message shows it: kinds of container, reprs of scalars."""
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    return repr(value)


def data_key(field: attrs.Attribute[Any]) -> str:
    """The key of *field* in files: its name, unless its metadata says ``key``."""
    return str(field.metadata.get("key", field.name))


@final
@attrs.frozen(kw_only=True)
class Form:
    """A type's own spelling in files: how to read it, write it and describe it."""

    read: Callable[[Reader, object, str], Any]
    """Reads plain data at a path, or records a problem and returns FAILED."""
    write: Callable[[Any, bool], Any]
    """Writes a value as plain data; the flag asks for dates as text (JSON)."""
    schema: Callable[[_Schema], Data]
    """The JSON Schema of the plain data."""


FORMS: dict[object, Form] = {}
"""The forms of the types that have one: filled in below."""


@final
@attrs.frozen(kw_only=True)
class Derived:
    """A figure a value derives from its fields, written beside them as output.

    The schema marks it ``readOnly``; reading data checks it against the value
    read, and a value that does not match is a problem.
    """

    key: str
    """Its key in the data."""
    hint: object
    """Its type."""
    get: Callable[[Any], Any]
    """Computes it from the value."""
    doc: str
    """What it is (the description in the schema)."""

    @classmethod
    def of_property(cls, owner: type, name: str) -> Derived:
        """The derived figure given by the property *name* of *owner*."""
        prop = getattr(owner, name)
        paragraph = (prop.__doc__ or "").strip().split("\n\n")[0]
        return cls(
            key=name,
            hint=typing.get_type_hints(prop.fget)["return"],
            get=operator.attrgetter(name),
            doc=" ".join(paragraph.split()),
        )


DERIVED: dict[type, tuple[Derived, ...]] = {}
"""The derived figures written with the records of each class: filled in below."""


def _is_union(tp: object) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


def _optional(tp: object) -> object | None:
    """The X of ``X | None``; ``None`` when *tp* is not optional."""
    if _is_union(tp):
        args = typing.get_args(tp)
        if type(None) in args:
            rest = [a for a in args if a is not type(None)]
            merged: object = functools.reduce(operator.or_, rest)
            return merged
    return None


def _pair_value(tp: object) -> object | None:
    """The X of ``tuple[tuple[str, X], ...]`` (a table keyed by name); else ``None``."""
    if typing.get_origin(tp) is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item = args[0]
            if typing.get_origin(item) is tuple:
                inner = typing.get_args(item)
                if len(inner) == 2 and inner[0] is str and inner[1] is not Ellipsis:
                    value: object = inner[1]
                    return value
    return None


_PRIMITIVES: Final[dict[type, str]] = {
    str: "a string",
    int: "an integer",
    bool: "true or false",
    float: "a number",
}

_NOT_FINITE: Final[dict[str, float]] = {"Infinity": math.inf, "-Infinity": -math.inf}
"""Numbers JSON cannot write, spelled as text (as JavaScript spells them)."""


def _describe(tp: object) -> str:
    """What data of type *tp* looks like, for a problem message."""
    if tp in _PRIMITIVES:
        return _PRIMITIVES[tp]
    if typing.get_origin(tp) is tuple:
        return "an array"
    if tp is Fraction:
        return "a fraction like '3/2'"
    return "a table" if isinstance(tp, type) and attrs.has(tp) else repr(tp)


def _holds(tp: object, value: object) -> bool:
    """Whether *value* is of the type *tp* (a member of a union)."""
    if typing.get_origin(tp) is tuple:
        args = typing.get_args(tp)
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_holds(args[0], item) for item in value)
        return len(args) == len(value) and all(
            _holds(arg, item) for arg, item in zip(args, value, strict=True)
        )
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(tp, type) and isinstance(value, tp)


class Reader:
    """Reads plain data into values, recording every problem with its key path."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []

    def problem(self, path: str, message: str) -> None:
        """Record a problem at *path*."""
        self.problems.append((path, message))

    def has_problem_in(self, path: str) -> bool:
        """Whether a problem is recorded at *path* or inside it."""
        inside = (path + ".", path + "[")
        return any(p == path or p.startswith(inside) for p, _ in self.problems)

    def build(self, path: str, make: Callable[[], T]) -> T | _Failed:
        """Build a value; a refusal is a problem unless one inside *path* explains it."""
        try:
            return make()
        except CopaperuError as exc:
            if not self.has_problem_in(path):
                self.problem(path, str(exc))
            return FAILED

    def table(
        self, data: object, path: str, allowed: typing.Collection[str]
    ) -> Data | None:
        """*data* as a table whose keys are all *allowed*; ``None`` if not a table."""
        if not isinstance(data, dict):
            self.problem(path, f"expected a table (got {show(data)})")
            return None
        for key in data:
            if key not in allowed:
                self.problem(join(path, key), f"unknown key{close_hint(key, allowed)}")
        return data

    def read(self, tp: object, data: object, path: str) -> Any:
        """*data* read as a value of type *tp*; ``FAILED`` where a problem was recorded."""
        try:
            kind, arg = _KINDS[tp]
        except (KeyError, TypeError):
            kind, arg = _kind_of(tp)
        if kind is _Kind.FORM:
            return arg.read(self, data, path)
        if kind is _Kind.OPTIONAL:
            return None if data is None else self.read(arg, data, path)
        if kind is _Kind.PRIMITIVE:
            return self._primitive(tp, data, path)
        if kind is _Kind.DATE:
            return self._date(data, path)
        if kind is _Kind.DATETIME:
            return self._datetime(data, path)
        if kind is _Kind.ENUM:
            return self._enum(arg, data, path)
        if kind is _Kind.PAIRS:
            return self._pairs(arg, data, path)
        if kind is _Kind.ARRAY:
            return self._array(tp, data, path)
        if kind is _Kind.RECORD:
            return self.record(arg, data, path)
        return self._union(tp, data, path)

    def _union(self, tp: object, data: object, path: str) -> Any:
        """The first member of the union *tp* that reads *data* without a problem."""
        members = typing.get_args(tp)
        for member in members:
            trial = Reader()
            value = trial.read(member, data, path)
            if not trial.problems and value is not FAILED:
                return value
        shown = ", ".join(_describe(member) for member in members)
        self.problem(path, f"expected one of: {shown} (got {show(data)})")
        return FAILED

    def _primitive(self, tp: object, data: object, path: str) -> Any:
        ok = isinstance(data, tp)  # type: ignore[arg-type]  # tp is one of _PRIMITIVES
        if tp is int and isinstance(data, bool):
            ok = False
        if tp is float:
            if isinstance(data, str) and data in _NOT_FINITE:
                return _NOT_FINITE[data]
            ok = isinstance(data, int | float) and not isinstance(data, bool)
        if not ok:
            self.problem(path, f"expected {_PRIMITIVES[tp]} (got {show(data)})")  # type: ignore[index]  # tp is one of _PRIMITIVES
            return FAILED
        return data

    def _datetime(self, data: object, path: str) -> Any:
        """A date and time with its UTC offset: TOML's offset date-time, or ISO text."""
        value = data
        if isinstance(data, str):
            try:
                value = datetime.datetime.fromisoformat(data)
            except ValueError:
                value = None
        if isinstance(value, datetime.datetime) and value.utcoffset() is not None:
            return value
        if isinstance(value, datetime.datetime):
            shown = value.isoformat()
            self.problem(
                path,
                f"expected a date and time with its UTC offset, such as "
                f"2023-08-11T20:00:00+01:00 (got {shown!r}, without one)",
            )
            return FAILED
        self.problem(
            path,
            "expected a date and time with its UTC offset, such as "
            f"2023-08-11T20:00:00+01:00 (got {show(data)})",
        )
        return FAILED

    def _date(self, data: object, path: str) -> Any:
        if isinstance(data, datetime.datetime):
            shown = data.isoformat()
            self.problem(path, f"expected a date, not a date and time (got {shown!r})")
            return FAILED
        if isinstance(data, datetime.date):
            return data
        if isinstance(data, str):
            try:
                return datetime.date.fromisoformat(data)
            except ValueError:
                pass
        self.problem(path, f"expected a date like 1998-12-13 (got {show(data)})")
        return FAILED

    def _enum(self, tp: type[enum.Enum], data: object, path: str) -> Any:
        known = [str(member.value) for member in tp]
        if isinstance(data, str) and data in known:
            return tp(data)
        shown = ", ".join(repr(k) for k in known)
        hint = close_hint(data, known) if isinstance(data, str) else ""
        self.problem(path, f"expected one of {shown} (got {show(data)}){hint}")
        return FAILED

    def _pairs(self, value_type: object, data: object, path: str) -> Any:
        if not isinstance(data, dict):
            self.problem(path, f"expected a table (got {show(data)})")
            return FAILED
        pairs = []
        for key, item in data.items():
            value = self.read(value_type, item, join(path, key))
            if value is not FAILED:
                pairs.append((key, value))
        return tuple(pairs)

    def _array(self, tp: object, data: object, path: str) -> Any:
        args = typing.get_args(tp)
        if not isinstance(data, list):
            self.problem(path, f"expected an array (got {show(data)})")
            return FAILED
        if len(args) == 2 and args[1] is Ellipsis:
            items = (
                self.read(args[0], item, join(path, i)) for i, item in enumerate(data)
            )
            return tuple(item for item in items if item is not FAILED)
        if len(data) != len(args):
            self.problem(path, f"expected {len(args)} items (got {len(data)})")
            return FAILED
        values = tuple(
            self.read(t, d, join(path, i))
            for i, (t, d) in enumerate(zip(args, data, strict=True))
        )
        return FAILED if FAILED in values else values

    def fields(
        self,
        cls: type,
        found: Data,
        path: str,
        *,
        skip: typing.Collection[str] = (),
    ) -> dict[str, Any] | _Failed:
        """The constructor arguments of *cls* read from the table *found*.

        Fields named in *skip* are not read (their owner's form provides them).
        """
        values: dict[str, Any] = {}
        failed = False
        for name, key, hint, required in _plan(cls, frozenset(skip)):
            where = join(path, key)
            if key not in found:
                if required:
                    self.problem(where, "missing")
                    failed = True
                continue
            value = self.read(hint, found[key], where)
            if value is not FAILED:
                values[name] = value
            elif required:
                failed = True
            # A field with a default that could not be read is left to its default:
            # the problem is recorded, and the record stays in place, so that the
            # key paths of later problems (found on the whole edition) stay right.
        return FAILED if failed else values

    def record(
        self,
        cls: type[T],
        data: object,
        path: str,
        *,
        skip: typing.Collection[str] = (),
        given: Mapping[str, Any] | None = None,
    ) -> T | _Failed:
        """A value of the attrs class *cls* read from a table at *path*."""
        found = self.table(data, path, _keys(cls, frozenset(skip)))
        if found is None:
            return FAILED
        values = self.fields(cls, found, path, skip=skip)
        if isinstance(values, _Failed):
            return FAILED
        values.update(given or {})
        value = self.build(path, lambda: cls(**values))
        if not isinstance(value, _Failed):
            self.check_derived(value, found, path)
        return value

    def check_derived(self, value: object, found: Data, path: str) -> None:
        """Check the derived figures given in *found* against those of *value*."""
        for derived in DERIVED.get(type(value), ()):
            if derived.key not in found:
                continue
            where = join(path, derived.key)
            given = self.read(derived.hint, found[derived.key], where)
            computed = derived.get(value)
            if given is not FAILED and given != computed:
                written = write(derived.hint, computed, text_dates=True)
                self.problem(
                    where,
                    f"does not match the other fields, which give {written!r} "
                    f"(got {show(found[derived.key])})",
                )


def record_keys(cls: type, *, skip: typing.Collection[str] = ()) -> list[str]:
    """The keys a record of *cls* may have in files (its derived figures too)."""
    return list(_keys(cls, frozenset(skip)))


_KEYS: dict[tuple[type, frozenset[str]], tuple[str, ...]] = {}


def _keys(cls: type, skip: frozenset[str]) -> tuple[str, ...]:
    keys = _KEYS.get((cls, skip))
    if keys is None:
        keys = tuple(key for _, key, _, _ in _plan(cls, skip))
        keys += tuple(derived.key for derived in DERIVED.get(cls, ()))
        _KEYS[(cls, skip)] = keys
    return keys


_Plan: TypeAlias = tuple[tuple[str, str, object, bool], ...]
_PLANS: dict[tuple[type, frozenset[str]], _Plan] = {}


def _plan(cls: type, skip: frozenset[str]) -> _Plan:
    """How a record of *cls* is read, worked out once per class.

    For each field read from files: its argument name, its key, its type and
    whether it is required.
    """
    plan = _PLANS.get((cls, skip))
    if plan is None:
        hints = typing.get_type_hints(cls)
        plan = tuple(
            (
                field.alias or field.name,
                data_key(field),
                hints[field.name],
                field.default is attrs.NOTHING,
            )
            for field in attrs.fields(cls)
            if field.init and field.name not in skip
        )
        _PLANS[(cls, skip)] = plan
    return plan


def _default(field: attrs.Attribute[Any]) -> Any:
    default: Any = field.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]  # attrs.Factory is a class at run time
        return default.factory()
    return default


def write(tp: object, value: Any, *, text_dates: bool) -> Any:
    """*value*, of type *tp*, as plain data (defaults left out of records)."""
    form = form_of(tp)
    if form is not None:
        return form.write(value, text_dates)
    if value is None:
        return None
    inner = _optional(tp)
    if inner is not None:
        return write(inner, value, text_dates=text_dates)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat() if text_dates else value
    if _is_union(tp):
        member = next(m for m in typing.get_args(tp) if _holds(m, value))
        return write(member, value, text_dates=text_dates)
    if isinstance(value, float) and text_dates and not math.isfinite(value):
        return "Infinity" if value > 0 else "-Infinity"
    value_type = _pair_value(tp)
    if value_type is not None:
        table = {k: write(value_type, v, text_dates=text_dates) for k, v in value}
        if len(table) != len(value):  # a table keyed by name holds each name once
            keys = [k for k, _ in value]
            twice = next(k for k in keys if keys.count(k) > 1)
            msg = f"to_data: {twice!r} is named twice in a table keyed by name"
            raise InvalidValueError(msg)
        return table
    if typing.get_origin(tp) is tuple:
        args = typing.get_args(tp)
        kinds = [args[0]] * len(value) if args[-1] is Ellipsis else list(args)
        return [
            write(t, v, text_dates=text_dates)
            for t, v in zip(kinds, value, strict=True)
        ]
    if attrs.has(type(value)):
        return write_fields(value, text_dates=text_dates)
    return value


def write_fields(
    value: Any,
    *,
    text_dates: bool,
    skip: typing.Collection[str] = (),
    derived: bool = True,
) -> Data:
    """The fields of the attrs *value* that differ from their defaults, as plain data.

    Its derived figures follow, unless *derived* is false.
    """
    cls = type(value)
    hints = typing.get_type_hints(cls)
    data: Data = {}
    for field in attrs.fields(cls):
        if not field.init or field.name in skip:
            continue
        item = getattr(value, field.name)
        if field.default is not attrs.NOTHING and item == _default(field):
            continue
        written = write(hints[field.name], item, text_dates=text_dates)
        if written is not None or field.default is attrs.NOTHING:
            data[data_key(field)] = written  # null only for a required field
    if derived:
        data.update(write_derived(value, text_dates=text_dates))
    return data


def write_derived(value: Any, *, text_dates: bool) -> Data:
    """The derived figures of *value* as plain data (those that are not ``None``)."""
    data: Data = {}
    for derived in DERIVED.get(type(value), ()):
        figure = derived.get(value)
        if figure is not None:
            data[derived.key] = write(derived.hint, figure, text_dates=text_dates)
    return data


class _Schema:
    """Builds a JSON Schema, one definition per record class (internal)."""

    def __init__(self) -> None:
        self.defs: dict[str, Data] = {}

    def of(self, tp: object) -> Data:
        form = form_of(tp)
        if form is not None:
            return form.schema(self)
        inner = _optional(tp)
        if inner is not None:
            return {"anyOf": [self.of(inner), {"type": "null"}]}
        if tp is float:
            return {"anyOf": [{"type": "number"}, {"enum": list(_NOT_FINITE)}]}
        simple = {str: "string", int: "integer", bool: "boolean"}
        if tp in simple:
            return {"type": simple[tp]}
        if tp is datetime.date:
            return {"type": "string", "format": "date"}
        if tp is datetime.datetime:
            return {"type": "string", "format": "date-time"}
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return {"enum": [member.value for member in tp]}
        value_type = _pair_value(tp)
        if value_type is not None:
            return {"type": "object", "additionalProperties": self.of(value_type)}
        if typing.get_origin(tp) is tuple:
            args = typing.get_args(tp)
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.of(args[0])}
            return {
                "type": "array",
                "prefixItems": [self.of(a) for a in args],
                "minItems": len(args),
                "maxItems": len(args),
            }
        if isinstance(tp, type) and attrs.has(tp):
            return self.record(tp)
        if _is_union(tp):
            return {"anyOf": [self.of(member) for member in typing.get_args(tp)]}
        msg = f"no data form for {tp!r}"
        raise TypeError(msg)

    def record(
        self, cls: type, *, skip: typing.Collection[str] = (), extra: Data | None = None
    ) -> Data:
        """A reference to the definition of the record *cls* (made on first use)."""
        name = cls.__name__ if not skip and not extra else None
        if name is not None and name in self.defs:
            return {"$ref": f"#/$defs/{name}"}
        if name is not None:
            self.defs[name] = {}  # a placeholder while a recursive type is built
        hints = typing.get_type_hints(cls)
        properties: Data = dict(extra or {})
        required = list(extra or {})
        for field in attrs.fields(cls):
            if not field.init or field.name in skip:
                continue
            key = data_key(field)
            properties[key] = self.of(hints[field.name])
            doc = _field_doc(cls, field.name)
            if doc:
                properties[key] = {**properties[key], "description": doc}
            if field.default is attrs.NOTHING:
                required.append(key)
        for derived in DERIVED.get(cls, ()):
            properties[derived.key] = {
                **self.of(derived.hint),
                "description": derived.doc,
                "readOnly": True,
            }
        schema: Data = {
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        if required:
            schema["required"] = required
        if name is None:
            return schema
        summary = (cls.__doc__ or "").strip().splitlines()
        if summary:
            schema = {"description": summary[0], **schema}
        self.defs[name] = schema
        return {"$ref": f"#/$defs/{name}"}


def _field_doc(cls: type, name: str) -> str:
    """The attribute docstring of *name* in *cls*'s source, on one line."""
    return _attribute_docs().get(cls.__qualname__, {}).get(name, "")


@functools.cache
def _attribute_docs() -> dict[str, dict[str, str]]:
    """Every class's attribute docstrings, read once from the package's sources.

    (The classes' ``__module__`` says ``copaperu``, so :mod:`inspect` cannot find
    their source; their names are unique in the package.)
    """
    found: dict[str, dict[str, str]] = {}
    for path in sorted(Path(__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                found[node.name] = dict(_documented(node.body))
    return found


def _documented(body: list[ast.stmt]) -> Iterator[tuple[str, str]]:
    for node, after in itertools.pairwise(body):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            yield node.target.id, " ".join(after.value.value.split())


def schema_of(tp: object, *, title: str, description: str = "") -> Data:
    """The JSON Schema (draft 2020-12) of the plain data of *tp*."""
    builder = _Schema()
    root = builder.of(tp)
    schema: Data = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
    }
    if description:
        schema["description"] = description
    schema.update(root)
    schema["$defs"] = dict(sorted(builder.defs.items()))
    return schema


# ---------------------------------------------------------------------------
# The forms: the types with a spelling of their own in files.


def _text_form(
    cls: type[T], parse: Callable[[str], T], pattern: str, example: str
) -> Form:
    """A value written as one string, such as a score ``"2-1"``."""

    def read(reader: Reader, data: object, path: str) -> Any:
        if not isinstance(data, str):
            reader.problem(path, f"expected a string (got {show(data)})")
            return FAILED
        return reader.build(path, lambda: parse(data))

    return Form(
        read=read,
        write=lambda value, _text_dates: str(value),
        schema=lambda _builder: {
            "type": "string",
            "pattern": pattern,
            "examples": [example],
        },
    )


FORMS[Score] = _text_form(
    Score, Score.parse, r"^\s*\d{1,9}\s*[-:]\s*\d{1,9}\s*$", "2-1"
)
FORMS[PointsScheme] = _text_form(
    PointsScheme,
    PointsScheme.parse,
    r"^\s*-?\d{1,9}--?\d{1,9}--?\d{1,9}\s*$",
    "3-1-0",
)


def _fraction(text: str) -> Fraction:
    try:
        return Fraction(text)
    except (ValueError, ZeroDivisionError):
        msg = f"expected a fraction like '3/2' (got {text!r})"
        raise InvalidValueError(msg) from None


# An exact ratio, such as a goal average: as text, so that no digit is lost.
FORMS[Fraction] = _text_form(Fraction, _fraction, r"^-?\d+(/\d+)?$", "3/2")


def _read_entrant(reader: Reader, data: object, path: str) -> Any:
    if isinstance(data, str):
        return data
    found = reader.table(data, path, ("place", "slot", "of", *_TIE_REFERENCES))
    if found is None:
        return FAILED
    for key, kind in (("place", ReferenceKind.PLACE), ("slot", ReferenceKind.SLOT)):
        if key in found or ("of" in found and key == "place" and "slot" not in found):
            if set(found) != {key, "of"}:
                if set(found) <= {"place", "slot", "of", *_TIE_REFERENCES}:
                    reader.problem(path, _REFERENCE_FORMS)
                return FAILED
            values = reader.fields(Reference, found, path, skip=("kind",))
            if isinstance(values, _Failed):
                return FAILED
            made = functools.partial(Reference, kind=kind, **values)
            return reader.build(path, made)
    if len(found) != 1:
        if set(found) <= set(_TIE_REFERENCES):
            reader.problem(path, _REFERENCE_FORMS)
        return FAILED
    ((key, target),) = found.items()
    if key not in _TIE_REFERENCES:
        return FAILED  # the unknown key is already reported
    if not isinstance(target, str):
        reader.problem(join(path, key), f"expected a tie id (got {show(target)})")
        return FAILED
    return reader.build(path, lambda: Reference(kind=ReferenceKind(key), of=target))


_REFERENCE_FORMS: Final = (
    'a reference is { place = N, of = ID }, { slot = "1B", of = ID }, '
    "{ winner = ID } or { loser = ID }"
)
_TIE_REFERENCES: Final = (ReferenceKind.WINNER.value, ReferenceKind.LOSER.value)


def _write_entrant(entrant: Entrant, _text_dates: bool) -> Any:
    if isinstance(entrant, str):
        return entrant
    if entrant.kind is ReferenceKind.PLACE:
        return {"place": entrant.place, "of": entrant.of}
    if entrant.kind is ReferenceKind.SLOT:
        return {"slot": entrant.slot, "of": entrant.of}
    return {entrant.kind.value: entrant.of}


def _reference_schemas() -> list[Data]:
    def reference(**properties: Data) -> Data:
        return {
            "type": "object",
            "properties": properties,
            "required": list(properties),
            "additionalProperties": False,
        }

    text = {"type": "string"}
    return [
        reference(place={"type": "integer", "minimum": 1}, of=text),
        reference(slot=text, of=text),
        *(reference(**{kind: text}) for kind in _TIE_REFERENCES),
    ]


def _entrant_schema(_builder: _Schema) -> Data:
    team = {"type": "string", "description": "a team's name"}
    return {"anyOf": [team, *_reference_schemas()]}


FORMS[Entrant] = Form(read=_read_entrant, write=_write_entrant, schema=_entrant_schema)


def _read_reference(reader: Reader, data: object, path: str) -> Any:
    if not isinstance(data, dict):
        reader.problem(path, f"expected a table (got {show(data)})")
        return FAILED
    return _read_entrant(reader, data, path)


# A reference alone (not an entrant, which may be a team's name): as in files.
FORMS[Reference] = Form(
    read=_read_reference,
    write=_write_entrant,
    schema=lambda _builder: {"anyOf": _reference_schemas()},
)


_RULINGS: Final[dict[str, type]] = {cls.kind: cls for cls in RULINGS}


def _tagged_form(kinds: Mapping[str, type]) -> Form:
    """Records of several classes, told apart by a ``kind`` tag: rulings."""
    tags = {cls: kind for kind, cls in kinds.items()}

    def read(reader: Reader, data: object, path: str) -> Any:
        if not isinstance(data, dict):
            reader.problem(path, f"expected a table (got {show(data)})")
            return FAILED
        kind = data.get("kind")
        cls = kinds.get(kind) if isinstance(kind, str) else None
        if cls is None:
            where = join(path, "kind")
            if kind is None:
                reader.problem(where, "missing")
            else:
                known = ", ".join(sorted(kinds))
                hint = close_hint(str(kind), kinds)
                reader.problem(
                    where, f"expected one of {known} (got {show(kind)}){hint}"
                )
            return FAILED
        rest = {k: v for k, v in data.items() if k != "kind"}
        return reader.record(cls, rest, path)

    def schema(builder: _Schema) -> Data:
        return {
            "oneOf": [
                builder.record(cls, extra={"kind": {"const": kind}})
                for kind, cls in kinds.items()
            ]
        }

    return Form(
        read=read,
        write=lambda value, text_dates: {
            "kind": tags[type(value)],
            **write_fields(value, text_dates=text_dates),
        },
        schema=schema,
    )


FORMS[Ruling] = _tagged_form(_RULINGS)
# A table row's rulings: those on its matches, and points deductions.
FORMS[Ruling | PointsDeduction] = _tagged_form(
    {**_RULINGS, "points_deduction": PointsDeduction}
)


_CRITERIA: Final = tuple(c.value for c in Criterion)
_NEED_SETTINGS: Final = (Criterion.RANKING.value, Criterion.ONLY_WHEN.value)


def _read_criterion(reader: Reader, data: object, path: str) -> Any:
    if isinstance(data, str):
        if data in _NEED_SETTINGS:
            reader.problem(
                path,
                f"{data} needs settings: write it as a table, {{ id = {data!r}, ... }}",
            )
            return FAILED
        if data not in _CRITERIA:
            hint = close_hint(data, _CRITERIA)
            reader.problem(path, f"unknown tiebreak criterion {data!r}{hint}")
            return FAILED
        return tiebreak.from_id(data)
    if not isinstance(data, dict):
        reader.problem(path, f"expected a criterion id or a table (got {show(data)})")
        return FAILED
    kind = data.get("id")
    where = join(path, "id")
    if kind is None:
        reader.problem(where, "missing")
        return FAILED
    if not isinstance(kind, str) or kind not in _CRITERIA:
        if not isinstance(kind, str):
            reader.problem(where, f"expected a criterion id (got {show(kind)})")
        else:
            hint = close_hint(kind, _CRITERIA)
            reader.problem(where, f"unknown tiebreak criterion {kind!r}{hint}")
        return FAILED
    criterion = Criterion(kind)
    cls = CRITERION_CLASSES[criterion]
    rest = {k: v for k, v in data.items() if k != "id"}
    if cls is Statistic:
        return reader.record(
            Statistic, rest, path, skip=("criterion",), given={"criterion": criterion}
        )
    if cls is HeadToHead:
        # In files, a head-to-head's criteria are named plainly and computed on the
        # mini-table whatever their scope, as tiebreak.head_to_head() builds them.
        found = reader.table(rest, path, record_keys(HeadToHead))
        if found is None:
            return FAILED
        inner = reader.read(
            typing.get_type_hints(HeadToHead)["criteria"],
            found.get("criteria", []),
            join(path, "criteria"),
        )
        reapply = reader.read(bool, found.get("reapply", False), join(path, "reapply"))
        if inner is FAILED or reapply is FAILED:
            return FAILED
        return reader.build(
            path, lambda: tiebreak.head_to_head(*inner, reapply=reapply)
        )
    return reader.record(cls, rest, path)


def _write_criterion(criterion: Tiebreaker, text_dates: bool) -> Any:
    kind = criterion_id(criterion)
    if kind.value not in _NEED_SETTINGS and criterion == tiebreak.from_id(kind.value):
        return kind.value
    if isinstance(criterion, HeadToHead):
        data: Data = {"id": kind.value}
        if criterion.criteria != tiebreak.head_to_head().criteria:
            data["criteria"] = [
                _write_criterion(_plainly(c), text_dates) for c in criterion.criteria
            ]
        if criterion.reapply:
            data["reapply"] = True
        return data
    skip = ("criterion",) if isinstance(criterion, Statistic) else ()
    return {
        "id": kind.value,
        **write_fields(criterion, text_dates=text_dates, skip=skip),
    }


def _plainly(criterion: Tiebreaker) -> Tiebreaker:
    """A head-to-head's inner criterion as files name it (its scope is implied)."""
    if isinstance(criterion, Statistic | FairPlay):
        return attrs.evolve(criterion, scope=Scope.ALL_MATCHES)
    if isinstance(criterion, OnlyWhen) and isinstance(
        criterion.criterion, Statistic | FairPlay
    ):
        inner = criterion.criterion
        return attrs.evolve(
            criterion, criterion=attrs.evolve(inner, scope=Scope.ALL_MATCHES)
        )
    return criterion


def _criterion_schema(builder: _Schema) -> Data:
    if "Criterion" not in builder.defs:
        builder.defs["Criterion"] = {}
        plain = [c for c in _CRITERIA if c not in _NEED_SETTINGS]
        tables = []
        for criterion in Criterion:
            cls = CRITERION_CLASSES[criterion]
            skip = ("criterion",) if cls is Statistic else ()
            table = builder.record(
                cls, skip=skip, extra={"id": {"const": criterion.value}}
            )
            if cls is HeadToHead:  # in files, its criteria default to the usual three
                table["required"] = ["id"]
            tables.append(table)
        builder.defs["Criterion"] = {
            "description": "A tiebreak criterion: its id, or a table with its id and settings.",
            "anyOf": [{"enum": plain}, *tables],
        }
    return {"$ref": "#/$defs/Criterion"}


_CRITERION_FORM: Final = Form(
    read=_read_criterion, write=_write_criterion, schema=_criterion_schema
)


def _is_criteria_union(tp: object) -> bool:
    members = typing.get_args(tp) if _is_union(tp) else ()
    classes = set(CRITERION_CLASSES.values())
    return bool(members) and all(member in classes for member in members)


def form_of(tp: object) -> Form | None:
    """The form of *tp*, if it has a spelling of its own in files."""
    try:
        return _FORM_OF[tp]
    except KeyError:
        pass
    except TypeError:  # an unhashable type annotation: worked out each time
        return _find_form(tp)
    form = _FORM_OF[tp] = _find_form(tp)
    return form


_FORM_OF: dict[object, Form | None] = {}


def _find_form(tp: object) -> Form | None:
    form = FORMS.get(tp)
    if form is None and (tp in _CRITERION_CLASSES or _is_criteria_union(tp)):
        return _CRITERION_FORM  # a criterion alone is spelled as in a chain
    return form


_CRITERION_CLASSES: Final = frozenset(CRITERION_CLASSES.values())


@final
@attrs.frozen(kw_only=True)
class _Presets:
    """A kind of named rules: its class, its presets, and what it is called."""

    named: type
    rules: type
    what: str
    ids: Callable[[], tuple[str, ...]]
    find: Callable[[str], Any]


_TABLE_PRESETS: Final = _Presets(
    named=NamedTableRules,
    rules=TableRules,
    what="table rules",
    ids=presets.table_preset_names,
    find=presets.table_preset,
)
_TIE_PRESETS: Final = _Presets(
    named=NamedTieRules,
    rules=TieRules,
    what="tie rules",
    ids=presets.tie_preset_names,
    find=presets.tie_preset,
)


def _read_named(
    reader: Reader, kind: _Presets, name: str, data: object, path: str
) -> Any:
    """Named rules: ``{ preset = "id" }``, or the rules spelled out."""
    extra = ("ranking_values",) if kind.named is NamedTableRules else ()
    found = reader.table(data, path, ("preset", *extra, *record_keys(kind.rules)))
    if found is None:
        return FAILED
    if "preset" in found:
        preset = reader.read(str, found["preset"], join(path, "preset"))
        if preset is FAILED:
            return FAILED
        if set(found) - {"preset", *extra}:
            reader.problem(
                path, "give either a preset or the rules spelled out, not both"
            )
        known = kind.ids()
        if preset not in known:
            hint = close_hint(preset, known)
            reader.problem(
                join(path, "preset"), f"unknown {kind.what} preset {preset!r}{hint}"
            )
            return FAILED
        if "ranking_values" in found:
            return _preset_with_rankings(reader, name, preset, found, path)
        return reader.build(
            path, lambda: kind.named(name=name, rules=kind.find(preset), preset=preset)
        )
    values = reader.fields(kind.rules, found, path)
    if isinstance(values, _Failed):
        return FAILED
    values.setdefault("name", name)
    rules = reader.build(path, lambda: kind.rules(**values))
    if rules is FAILED:
        return FAILED
    return reader.build(path, lambda: kind.named(name=name, rules=rules))


def _preset_with_rankings(
    reader: Reader, name: str, preset: str, found: Data, path: str
) -> Any:
    """A table preset with the values of its rankings filled in."""
    where = join(path, "ranking_values")
    hint = NamedTableRules.__annotations__["ranking_values"]
    values = reader.read(
        typing.get_type_hints(NamedTableRules)["ranking_values"],
        found["ranking_values"],
        where,
    )
    del hint
    if values is FAILED:
        return FAILED

    def make() -> NamedTableRules:
        rules = presets.table_preset(preset)
        for ranking, given in values:
            rules = rules.with_ranking(ranking, given)
        return NamedTableRules(
            name=name, rules=rules, preset=preset, ranking_values=values
        )

    return reader.build(where, make)


def _write_named(named: NamedTableRules | NamedTieRules, text_dates: bool) -> Data:
    if named.preset:
        data: Data = {"preset": named.preset}
        if isinstance(named, NamedTableRules) and named.ranking_values:
            data["ranking_values"] = write(
                typing.get_type_hints(NamedTableRules)["ranking_values"],
                named.ranking_values,
                text_dates=text_dates,
            )
        return data
    data = write_fields(named.rules, text_dates=text_dates, skip=("name",))
    if named.rules.name != named.name:
        data["name"] = named.rules.name
    return data


def _named_schema(builder: _Schema, kind: _Presets) -> Data:
    spelled = builder.record(kind.rules)
    return {
        "type": "object",
        "description": f"Named {kind.what}: a preset, or the rules spelled out.",
        "additionalProperties": {
            "anyOf": [
                {
                    "type": "object",
                    "properties": {"preset": {"enum": list(kind.ids())}},
                    "required": ["preset"],
                    "additionalProperties": False,
                },
                spelled,
            ]
        },
    }


# An edition's named rules live under one table, [rules.tables.NAME] and
# [rules.ties.NAME], instead of as two arrays of its own.
_RULES_FIELDS: Final = {
    "tables": ("table_rules", _TABLE_PRESETS),
    "ties": ("tie_rules", _TIE_PRESETS),
}


def _read_edition(reader: Reader, data: object, path: str) -> Any:
    skip = [field for field, _ in _RULES_FIELDS.values()]
    found = reader.table(data, path, (*record_keys(Edition, skip=skip), "rules"))
    if found is None:
        return FAILED
    values = reader.fields(Edition, found, path, skip=skip)
    rules = reader.table(found.get("rules", {}), join(path, "rules"), _RULES_FIELDS)
    named: dict[str, list[Any]] = {field: [] for field in skip}
    for key, (field, kind) in _RULES_FIELDS.items():
        where = join(path, "rules", key)
        entries = (rules or {}).get(key, {})
        if not isinstance(entries, dict):
            reader.problem(where, f"expected a table (got {show(entries)})")
            continue
        for name, spec in entries.items():
            value = _read_named(reader, kind, name, spec, join(where, name))
            if value is not FAILED:
                named[field].append(value)
    if isinstance(values, _Failed):
        return FAILED
    shape_problems = bool(reader.problems)
    try:
        edition = Edition(
            **values,
            table_rules=tuple(named["table_rules"]),
            tie_rules=tuple(named["tie_rules"]),
        )
    except ConfigError as exc:
        # With problems of shape, some groups and ties were left out: references
        # to them would be reported as dangling, so only names are reported then.
        reader.problems.extend(
            (f"{path}.{where}" if path and where else where or path, what)
            for where, what in exc.problems
            if not shape_problems or _about_names(what)
        )
        return FAILED
    except CopaperuError as exc:
        if not shape_problems:
            reader.problem(path, str(exc))
        return FAILED
    return FAILED if shape_problems else edition


def _about_names(message: str) -> bool:
    """Whether a problem is about a team's or a source's name (not a reference)."""
    return message.startswith(("unknown team ", "unknown source ", "duplicate team "))


def _write_edition(edition: Edition, text_dates: bool) -> Data:
    skip = [field for field, _ in _RULES_FIELDS.values()]
    data = write_fields(edition, text_dates=text_dates, skip=skip)
    rules = {
        key: {
            named.name: _write_named(named, text_dates)
            for named in getattr(edition, field)
        }
        for key, (field, _) in _RULES_FIELDS.items()
        if getattr(edition, field)
    }
    if rules:
        data["rules"] = rules
    return data


def _edition_schema(builder: _Schema) -> Data:
    if "Edition" not in builder.defs:
        builder.defs["Edition"] = {}
        skip = [field for field, _ in _RULES_FIELDS.values()]
        rules = {
            "type": "object",
            "description": "The edition's named rules, by name.",
            "properties": {
                key: _named_schema(builder, kind)
                for key, (_, kind) in _RULES_FIELDS.items()
            },
            "additionalProperties": False,
        }
        schema = builder.record(Edition, skip=skip, extra={"rules": rules})
        schema["required"] = [k for k in schema["required"] if k != "rules"]
        builder.defs["Edition"] = {
            "description": (Edition.__doc__ or "").splitlines()[0],
            **schema,
        }
    return {"$ref": "#/$defs/Edition"}


FORMS[Edition] = Form(read=_read_edition, write=_write_edition, schema=_edition_schema)


Lots = tuple[tuple[str, ...], ...]


def _read_lots(reader: Reader, data: object, path: str) -> Any:
    """Drawings of lots: ``[{ order = ["A", "B"] }, ...]``."""
    if not isinstance(data, list):
        reader.problem(path, f"expected an array (got {show(data)})")
        return FAILED
    drawn = []
    for index, item in enumerate(data):
        where = join(path, index)
        found = reader.table(item, where, ("order",))
        if found is None:
            continue
        if "order" not in found:
            reader.problem(join(where, "order"), "missing")
            continue
        order = found["order"]
        if (
            not isinstance(order, list)
            or not all(isinstance(team, str) for team in order)
            or len(set(order)) != len(order)
            or len(order) < 2
        ):
            reader.problem(
                join(where, "order"),
                f"expected two or more different team names (got {show(order)})",
            )
            continue
        drawn.append(tuple(order))
    return tuple(drawn)


FORMS[Lots] = Form(
    read=_read_lots,
    write=lambda lots, _text_dates: [{"order": list(order)} for order in lots],
    schema=lambda _builder: {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "order": {"type": "array", "items": {"type": "string"}, "minItems": 2}
            },
            "required": ["order"],
            "additionalProperties": False,
        },
    },
)


# What a table says beside its rows: why each team stands above the next. The
# resolver's record of its splits is not data; the explanation it gives is, and
# a table read back is given the record that gives the same explanation.
_SEPARATIONS: Final = ("separations", tuple[Separation, ...])


def _read_standings(reader: Reader, data: object, path: str) -> Any:
    key, tp = _SEPARATIONS
    skip = ("splits",)
    found = reader.table(data, path, (*record_keys(Standings, skip=skip), key))
    if found is None:
        return FAILED
    values = reader.fields(Standings, found, path, skip=skip)
    separations = reader.read(tp, found.get(key, []), join(path, key))
    if isinstance(values, _Failed) or separations is FAILED:
        return FAILED
    table = reader.build(
        path, lambda: Standings(**values, splits=splits_from(separations))
    )
    if isinstance(table, _Failed):
        return FAILED
    if table.explain().separations != separations:
        reader.problem(
            join(path, key),
            "expected one separation for each pair of adjacent rows not level, "
            "in the rows' order",
        )
        return FAILED
    reader.check_derived(table, found, path)
    return table


def _write_standings(table: Standings, text_dates: bool) -> Data:
    key, tp = _SEPARATIONS
    data = write_fields(table, text_dates=text_dates, skip=("splits",), derived=False)
    separations = table.explain().separations
    if separations:
        data[key] = write(tp, separations, text_dates=text_dates)
    return data | write_derived(table, text_dates=text_dates)


def _standings_schema(builder: _Schema) -> Data:
    name = Standings.__name__
    if name not in builder.defs:
        builder.defs[name] = {}
        key, tp = _SEPARATIONS
        schema = builder.record(Standings, skip=("splits",))
        doc = _field_doc(Explanation, key)
        schema["properties"][key] = {**builder.of(tp), "description": doc}
        builder.defs[name] = {
            "description": (Standings.__doc__ or "").splitlines()[0],
            **schema,
        }
    return {"$ref": f"#/$defs/{name}"}


FORMS[Standings] = Form(
    read=_read_standings, write=_write_standings, schema=_standings_schema
)


def _not_counted(table: Standings) -> tuple[MatchStatus, ...]:
    return table.explain().not_counted


DERIVED.update(
    {
        TableRow: (Derived.of_property(TableRow, "goal_difference"),),
        Standings: (
            Derived.of_property(Standings, "order"),
            Derived(
                key="not_counted",
                hint=tuple[MatchStatus, ...],
                get=_not_counted,
                doc="Why each match of unplayed did not count: its status as the "
                "table saw it (unknown, not_played or void).",
            ),
        ),
        OfficialResult: (
            Derived.of_property(OfficialResult, "counts"),
            Derived.of_property(OfficialResult, "is_draw"),
        ),
        TieOutcome: (
            Derived.of_property(TieOutcome, "loser"),
            Derived.of_property(TieOutcome, "is_decided"),
            Derived.of_property(TieOutcome, "official_results"),
        ),
        Unknown: (Derived.of_property(Unknown, "is_blocking"),),
    }
)


# ---------------------------------------------------------------------------
# The public data form.


def to_data(value: object) -> Any:
    """*value* as plain, JSON-compatible data: tables, arrays, strings, numbers.

    The same form as edition files (dates as ISO text); values equal to their
    defaults are left out. :func:`from_data` reads it back equal. Results have
    one too (tables, tie outcomes, a whole replay), with the figures derived from
    their fields written after them (a row's ``goal_difference``).

    >>> import copaperu as cp
    >>> cp.to_data(cp.Match(home="A", away="B", score=cp.Score(2, 1)))
    {'home': 'A', 'away': 'B', 'score': '2-1'}
    >>> table = cp.standings(
    ...     ["A", "B"], [cp.Match(home="A", away="B", score=cp.Score(2, 1))],
    ...     cp.rules.CLASSIC)
    >>> cp.to_data(table)["rows"][0]
    {'position': 1, 'team': 'A', 'played': 1, 'won': 1, 'drawn': 0, 'lost': 0, 'goals_for': 2, 'goals_against': 1, 'points': 3, 'goal_difference': 1}
    >>> cp.to_data(table)["separations"]
    [{'upper': 'A', 'lower': 'B', 'criterion': 'points', 'upper_value': 3, 'lower_value': 0}]

    Raises:
        InvalidValueError: *value* is not a copaperu value (nor a string, number,
            date or enum), so it has no data form.
    """
    try:
        _kind_of(type(value))
    except TypeError:
        msg = f"to_data: no data form for a {type(value).__name__} (got {value!r})"
        raise InvalidValueError(msg) from None
    return write(type(value), value, text_dates=True)


def from_data(cls: type[T], data: object, *, name: str = "<data>") -> T:
    """A value of *cls* read from plain data (see :func:`to_data`).

    Raises:
        ConfigError: *data* does not describe a valid *cls*; every problem is
            listed with its key path. *name* says where the data came from.

    Derived figures in *data* (``"readOnly"`` in the schema) are not needed;
    when given, each must match what the other fields give.

    >>> import copaperu as cp
    >>> cp.from_data(cp.Match, {"home": "A", "away": "B", "score": "2-1"})
    Match(home='A', away='B', score=Score(home=2, away=1), extra_time=None, penalties=None, neutral=False, leg=None, label='', date=None, kickoff=None, venue='', cards=(), rulings=(), source='', notes='')
    """
    reader = Reader()
    value = reader.read(cls, data, "")
    wanted: object = cls  # a class, unless a caller passes a union or an alias
    if (
        isinstance(wanted, type)
        and not reader.problems
        and value is not FAILED
        and not isinstance(value, cls)
    ):
        reader.problem("", f"expected the data of a {cls.__name__} (got {show(data)})")
    if reader.problems or value is FAILED:
        raise ConfigError(name, reader.problems or [("", f"invalid {cls.__name__}")])
    return typing.cast(T, value)


def json_schema(cls: type) -> Data:
    """The JSON Schema (draft 2020-12) of the data form of *cls*.

    Figures derived from others are described with ``"readOnly": true``.

    >>> import copaperu as cp
    >>> cp.json_schema(cp.competition.Edition)["$ref"]
    '#/$defs/Edition'
    >>> row = cp.json_schema(cp.Standings)["$defs"]["TableRow"]
    >>> row["properties"]["goal_difference"]["readOnly"]
    True
    """
    summary = (cls.__doc__ or "").strip().splitlines()
    return schema_of(
        cls,
        title=f"copaperu {cls.__name__}",
        description=summary[0] if summary else "",
    )
