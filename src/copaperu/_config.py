"""Layer 7, data: edition files (TOML) read and written, with every problem located.

:func:`load` reads a file and :func:`loads` reads TOML text; each refuses a bad
edition with one :class:`~copaperu.ConfigError` that lists every problem with
its key path (and, for syntax errors, the line TOML gives); unknown keys are
errors. :func:`dumps` writes text that loads back equal. What a file may say is
derived from the model's classes by :mod:`copaperu._data`.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import tomli_w

from ._competition import Edition
from ._data import Reader, write
from ._validators import is_a
from .errors import ConfigError

__all__ = ["dump", "dumps", "load", "loads"]


def load(path: str | os.PathLike[str]) -> Edition:
    r"""Read an edition from the TOML file at *path*.

    A string is always a path: TOML text is read by :func:`loads`.

    Raises:
        ConfigError: the file cannot be read, is not valid TOML, or describes an
            edition with problems; every problem is listed with its location.

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
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problem = f"the file is not UTF-8 text (byte {exc.start})"
        raise ConfigError(file.name, [("", problem)]) from exc
    except OSError as exc:
        raise ConfigError(
            file.name, [("", f"cannot read the file: {exc.strerror}")]
        ) from exc
    return loads(text, name=file.name)


def loads(text: str, *, name: str = "<string>") -> Edition:
    """Read an edition from TOML *text*; *name* is used in error messages.

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
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(name, [("", f"invalid TOML: {exc}")]) from exc
    reader = Reader()
    edition = reader.read(Edition, data, "")
    if reader.problems or not isinstance(edition, Edition):
        raise ConfigError(name, reader.problems or [("", "invalid edition")])
    return edition


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
