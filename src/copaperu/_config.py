"""Layer 7, data: edition files (TOML) read and written, with every problem located.

:func:`load` reads a file and :func:`loads` reads TOML text; each refuses a bad
edition with one :class:`~copaperu.ConfigError` that lists every problem with
its key path (and, for syntax errors, the line TOML gives); unknown keys are
errors. :func:`dumps` writes text that loads back equal. What a file may say is
derived from the model's classes by :mod:`copaperu._data`.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import tomli_w

from ._competition import Edition
from ._data import Reader, write
from ._validators import is_a
from .errors import ConfigError

__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_DIGITS", "dump", "dumps", "load", "loads"]

MAX_BYTES: Final = 4 * 1024 * 1024
"""The largest edition file (and text) read, in bytes: 4 MiB, about eighty times the
1998 Copa Perú's file. A larger one is refused before it is parsed."""

MAX_DEPTH: Final = 32
"""The deepest nesting of arrays and tables a file may have (the 1998 file nests 6)."""

MAX_DIGITS: Final = 18
"""The most digits a number in a file may have (no count in football needs more)."""


def load(path: str | os.PathLike[str]) -> Edition:
    r"""Read an edition from the TOML file at *path*.

    A string is always a path: TOML text is read by :func:`loads`. Only a regular
    file of at most 4 MiB is read: a device, a pipe or a folder is
    refused without being opened for reading.

    Raises:
        ConfigError: the file cannot be read, is not a regular file, is too large,
            is not valid TOML, or describes an edition with problems; every
            problem is listed with its location.

    >>> import copaperu as cp, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "tiny.toml").write_text('id = "tiny"\nname = "Tiny Cup"\n')
    >>> cp.load(folder / "tiny.toml").name
    'Tiny Cup'
    """
    if not is_a(path, str | os.PathLike):
        msg = f"expected a path to a TOML file (got {path!r})"
        raise ConfigError("<input>", [("", msg)])
    file = Path(path)
    name = file.name or str(file)
    if "\0" in str(file):
        raise ConfigError(name, [("", "a path cannot hold a NUL character")])
    data = _read_bytes(file, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problem = f"the file is not UTF-8 text (byte {exc.start})"
        raise ConfigError(name, [("", problem)]) from exc
    return loads(text, name=name)


def _read_bytes(file: Path, name: str) -> bytes:
    """The bytes of the regular file *file*, at most ``MAX_BYTES`` of them."""
    try:
        if not stat.S_ISREG(file.stat().st_mode):
            raise ConfigError(name, [("", "not a regular file")])
        with file.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ConfigError(name, [("", f"cannot read the file: {reason}")]) from exc
    if len(data) > MAX_BYTES:
        problem = f"the file is larger than {MAX_BYTES:,} bytes"
        raise ConfigError(name, [("", problem)])
    return data


def loads(text: str, *, name: str = "<string>") -> Edition:
    """Read an edition from TOML *text*; *name* is used in error messages.

    The text is bounded before it is parsed: at most 4 MiB, arrays and tables
    nested at most 32 deep, numbers of at most 18 digits; an excess is a problem
    with its line.

    Raises:
        ConfigError: *text* is not valid TOML or describes an edition with
            problems; every problem is listed with its location.

    >>> import copaperu as cp
    >>> cp.loads('''
    ... id = "tiny"
    ... name = "Tiny Cup"
    ... ''').name
    'Tiny Cup'
    """
    if not is_a(text, str):
        msg = f"expected TOML text (got {type(text).__name__})"
        raise ConfigError(name, [("", msg)])
    if len(text) > MAX_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise ConfigError(name, [("", f"the text is larger than {MAX_BYTES:,} bytes")])
    bounds = list(_beyond_bounds(text))
    if bounds:
        raise ConfigError(name, bounds)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(name, [("", f"invalid TOML: {exc}")]) from exc
    except (RecursionError, ValueError) as exc:  # what the quick look let through
        found = list(_exact_bounds(text)) or [("", "nested too deeply")]
        raise ConfigError(name, found) from exc
    reader = Reader()
    try:
        edition = reader.read(Edition, data, "")
    except RecursionError as exc:  # a depth hidden from the quick look
        found = list(_exact_bounds(text)) or [("", "nested too deeply")]
        raise ConfigError(name, found) from exc
    if reader.problems or not isinstance(edition, Edition):
        problems = reader.problems or [("", "invalid edition")]
        ordered = sorted(problems, key=lambda problem: _position(data, problem[0]))
        raise ConfigError(name, ordered)
    return edition


_KEY_PATH = re.compile(r'\[(\d+)\]|"((?:[^"\\]|\\.)*)"|([^.\[\]"]+)')


def _position(data: object, path: str) -> tuple[int, ...]:
    """Where the key *path* stands in the file, as a sortable tuple.

    It is the order of the keys and items that lead to it (TOML tables keep the
    file's order), so problems sorted by it come in file order. A key that is not
    there (a missing one) sorts after its siblings.
    """
    found: list[int] = []
    here = data
    for index, quoted, plain in _KEY_PATH.findall(path):
        if index:
            step = int(index)
            here = here[step] if isinstance(here, list) and step < len(here) else None
        else:
            key = json.loads(f'"{quoted}"') if quoted else plain
            keys = list(here) if isinstance(here, dict) else []
            step = keys.index(key) if key in keys else len(keys)
            here = here.get(key) if isinstance(here, dict) else None
        found.append(step)
    return tuple(found)


def _beyond_bounds(text: str) -> Iterator[tuple[str, str]]:
    """Where *text* nests too deep or writes too long a number, as ``("line N", why)``.

    A quick look first (no long run of digits anywhere, brackets never deeper than
    the bound even counting those in strings) clears almost every file; only a
    file it cannot clear is scanned exactly (:func:`_exact_bounds`).
    """
    if _LONG_NUMBER.search(text) is None:
        depth = deepest = 0
        for char in _NOT_A_BRACKET.sub("", text):
            if char in "[{":
                depth += 1
                deepest = max(deepest, depth)
            elif depth:
                depth -= 1
        if deepest <= MAX_DEPTH:
            return
    yield from _exact_bounds(text)


_LONG_NUMBER: Final = re.compile(f"[0-9_]{{{MAX_DIGITS + 1},}}")
_NOT_A_BRACKET: Final = re.compile(r"[^\[\]{}]+")


def _exact_bounds(text: str) -> Iterator[tuple[str, str]]:
    """Where *text* goes beyond a bound, found by a scan of TOML's surface.

    Outside strings and comments: brackets and braces for the depth
    (``MAX_DEPTH``), runs of digits for numbers (``MAX_DIGITS``). Only the first
    excess is given: the text is not parsed.
    """
    depth = 0
    for token in _SURFACE.finditer(text):
        kind = token.lastgroup
        if kind == "open":
            depth += 1
            if depth > MAX_DEPTH:
                where = f"line {text.count(chr(10), 0, token.start()) + 1}"
                yield where, f"nested more than {MAX_DEPTH} levels deep"
                return
        elif kind == "close":
            depth = max(depth - 1, 0)
        elif kind == "number":
            digits = len(token.group()) - token.group().count("_")
            if digits > MAX_DIGITS:
                where = f"line {text.count(chr(10), 0, token.start()) + 1}"
                yield where, f"a number of {digits} digits (at most {MAX_DIGITS})"
                return


# TOML's surface: what is skipped (strings, comments) and what is counted.
_SURFACE: Final = re.compile(
    r'''(?P<skip>"""(?:[^\\]|\\.)*?"""|\'\'\'.*?\'\'\''''
    r"""|"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|\#[^\n]*)"""
    r"|(?P<open>[\[{])|(?P<close>[\]}])|(?P<number>[0-9][0-9_]*)",
    re.DOTALL,
)


def dumps(edition: Edition) -> str:
    """The TOML text of *edition*; ``loads(dumps(edition)) == edition``.

    >>> import copaperu as cp
    >>> e = cp.load_edition("copa-peru-1997")
    >>> cp.loads(cp.dumps(e)) == e
    True
    """
    return tomli_w.dumps(write(Edition, edition, text_dates=False))


def dump(edition: Edition, path: str | os.PathLike[str]) -> None:
    """Write *edition* as a UTF-8 TOML file at *path*.

    The file holds the text of :func:`dumps`; ``load(path) == edition`` afterwards.

    Raises:
        ConfigError: the file cannot be written.

    >>> import copaperu as cp, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "1997.toml"
    >>> cp.dump(cp.load_edition("copa-peru-1997"), path)
    >>> cp.load(path) == cp.load_edition("copa-peru-1997")
    True
    """
    if not is_a(path, str | os.PathLike):
        msg = f"expected a path to write the TOML file to (got {path!r})"
        raise ConfigError("<output>", [("", msg)])
    text = dumps(edition)
    file = Path(path)
    try:
        file.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            file.name, [("", f"cannot write the file: {exc.strerror}")]
        ) from exc
