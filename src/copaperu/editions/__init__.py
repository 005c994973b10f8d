"""The editions bundled with copaperu, as TOML files shipped in this package.

>>> from copaperu import editions
>>> "copa-peru-1998" in editions.available()
True
"""

from __future__ import annotations

from importlib import resources

from .._competition import Edition
from .._config import loads
from ..errors import UnknownNameError

__all__ = ["available", "load", "text"]


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

    Raises:
        UnknownNameError: no bundled edition has that name.

    >>> load("copa-peru-1998").id
    'copa-peru-1998'
    """
    return loads(text(name), name=f"{name}.toml")
