"""The editions bundled with copaperu, as TOML files shipped in this package.

>>> from copaperu import editions
>>> "copa-peru-1998" in editions.available()
True
"""

from __future__ import annotations

import functools
from importlib import resources

from .._competition import Edition
from .._config import loads
from ..errors import UnknownNameError

__all__ = ["available", "load", "text"]


@functools.cache
def _files() -> dict[str, str]:
    found = {}
    for entry in resources.files(__name__).iterdir():
        if entry.name.endswith(".toml"):
            found[entry.name.removesuffix(".toml").replace("_", "-")] = entry.name
    return found


def available() -> tuple[str, ...]:
    """The ids of the bundled editions, sorted.

    >>> available()[:2]
    ('copa-peru-1997', 'copa-peru-1998')
    """
    return tuple(sorted(_files()))


def text(name: str) -> str:
    """The TOML text of the bundled edition *name*.

    Raises:
        UnknownNameError: no bundled edition has that name.

    >>> text("copa-peru-1997").startswith("#")
    True
    """
    files = _files()
    given: object = name
    key = given.strip().lower().replace("_", "-") if isinstance(given, str) else ""
    if key not in files:
        raise UnknownNameError("edition", str(name), files)
    return resources.files(__name__).joinpath(files[key]).read_text(encoding="utf-8")


def load(name: str) -> Edition:
    """The bundled edition *name*, loaded.

    An edition is an immutable value and a bundled file never changes while a
    program runs, so each is read and checked once per process; later calls return
    the same value.

    Raises:
        UnknownNameError: no bundled edition has that name.

    >>> load("copa-peru-1998").id
    'copa-peru-1998'
    >>> load("copa-peru-1998") is load("COPA_PERU_1998")
    True
    """
    given: object = name
    key = given.strip().lower().replace("_", "-") if isinstance(given, str) else ""
    if key not in _files():
        raise UnknownNameError("edition", str(name), _files())
    return _load(key)


@functools.cache
def _load(key: str) -> Edition:
    return loads(text(key), name=f"{key}.toml")
