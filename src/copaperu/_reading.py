"""Layer 6, config: the reading machinery shared by every part of an edition file.

A reader walks TOML data, turns each part into a value, and collects every problem
with its key path instead of stopping at the first (cattrs' "validation belongs to
the edges"). ``_config`` builds editions with it; ``_config_rules`` and
``_config_matches`` read the rules and the matches.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, cast

from ._score import Score
from .errors import CopaperuError

__all__: list[str] = []

T = TypeVar("T")
Data = dict[str, Any]


def _close(name: str, known: Iterable[str]) -> str:
    found = difflib.get_close_matches(name, sorted(known), n=1)
    return f" (did you mean {found[0]!r}?)" if found else ""


class _ReaderBase:
    """Reads parts of TOML data, collecting every problem with its path (internal)."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append((path, message))

    def table(
        self, data: object, path: str, allowed: set[str], required: Iterable[str] = ()
    ) -> Data | None:
        if not isinstance(data, dict):
            self.problem(path, f"expected a table (got {_show(data)})")
            return None
        for key in data:
            if key not in allowed:
                self.problem(_join(path, key), f"unknown key{_close(key, allowed)}")
        for key in sorted(set(required) - set(data)):
            self.problem(_join(path, key), "missing")
        return data

    def get(self, data: Data, key: str, path: str, kind: type[T], default: T) -> T:
        value = data.get(key, default)
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if value is not default and not ok:
            self.problem(
                _join(path, key), f"expected {_kind(kind)} (got {_show(value)})"
            )
            return default
        return cast(T, value)

    def texts(self, data: Data, path: str, *keys: str) -> dict[str, str]:
        """The strings at *keys* (``""`` where missing), each checked to be text."""
        return {key: self.get(data, key, path, str, "") for key in keys}

    def array(self, data: Data, key: str, path: str) -> list[Any]:
        value = data.get(key, [])
        if not isinstance(value, list):
            self.problem(_join(path, key), f"expected an array (got {_show(value)})")
            return []
        return value

    def each(
        self, data: Data, key: str, path: str, read: Callable[[object, str], T]
    ) -> list[T]:
        """*read* applied to every item of the array *key*, each at its own path."""
        where = _join(path, key)
        items = self.array(data, key, path)
        return [read(item, f"{where}[{i}]") for i, item in enumerate(items)]

    def build(self, path: str, make: Callable[[], T]) -> T | None:
        """Build a value; a refusal is a problem unless one inside *path* explains it."""
        try:
            return make()
        except CopaperuError as exc:
            inside = (path + ".", path + "[")
            if not any(p == path or p.startswith(inside) for p, _ in self.problems):
                self.problem(path, str(exc))
            return None

    def score(self, data: Data, key: str, path: str) -> Score | None:
        text = self.get(data, key, path, str, "")
        if not text:
            return None
        return self.build(_join(path, key), lambda: Score.parse(text))


def _about_names(message: str) -> bool:
    """Whether a problem is about a team's or a source's name (not a reference)."""
    return message.startswith(("unknown team ", "unknown source ", "duplicate team "))


def _join(path: str, *keys: str) -> str:
    for key in keys:
        simple = key.replace("_", "").replace("-", "").isalnum() and key.isascii()
        shown = key if simple else json.dumps(key, ensure_ascii=False)
        path = f"{path}.{shown}" if path else shown
    return path


def _show(value: object) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    return repr(value)


def _kind(kind: type) -> str:
    return {
        str: "a string",
        int: "an integer",
        bool: "true or false",
        dict: "a table",
    }.get(kind, kind.__name__)
