"""Layer 0, foundation: extras, the optional dependencies, imported when first needed.

Every optional import in copaperu goes through :func:`require`, so that a missing
one says which extra installs it (``pip install "copaperu[fast]"``) instead of a
bare ``ModuleNotFoundError``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from .errors import CopaperuError

__all__ = ["MissingExtraError", "require"]

# How the messages name each optional dependency (by its top-level module).
_NAMES = {
    "distributed": "Dask's distributed",
    "hypothesis": "Hypothesis",
    "numpy": "NumPy",
    "rich": "rich",
}


class MissingExtraError(CopaperuError, ImportError):
    """An optional dependency is not installed; the message names the extra to install.

    It is also an :class:`ImportError` (its ``name`` is the missing module), so
    code that already catches that keeps working; ``extra`` is the name of the
    extra, as in ``pip install "copaperu[<extra>]"``.

    >>> import sys
    >>> from unittest import mock
    >>> import copaperu as cp
    >>> with mock.patch.dict(sys.modules, {"numpy": None}):  # as if NumPy were missing
    ...     try:
    ...         cp.simulate.rank_groups(["A", "B"], [("A", "B")], [[[1, 0]]], cp.rules.CLASSIC)
    ...     except ImportError as exc:
    ...         print(exc)
    ...         print(exc.extra, exc.name)
    rank_groups needs NumPy: pip install "copaperu[fast]"
    fast numpy
    """

    extra: str
    """The extra that installs the missing dependency: ``"strategies"``, ``"fast"``, ..."""

    def __init__(
        self, message: str, *, name: str | None = None, extra: str = ""
    ) -> None:
        """*message*, for the missing module *name*, which *extra* installs."""
        super().__init__(message, name=name)
        self.extra = extra


def require(module: str, extra: str, *, by: str = "copaperu") -> ModuleType:
    """*module*, imported; :class:`MissingExtraError` naming *extra* when it is missing.

    *by* says what needs it, as the message's first words. A module that is
    installed but fails to import keeps its own error as the cause.

    >>> require("json", "none").dumps([1])
    '[1]'
    >>> require("not_installed", "fast", by="rank_groups")
    Traceback (most recent call last):
    ...
    copaperu.MissingExtraError: rank_groups needs not_installed: pip install "copaperu[fast]"
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        top = module.partition(".")[0]
        msg = f'{by} needs {_NAMES.get(top, top)}: pip install "copaperu[{extra}]"'
        error = MissingExtraError(msg, name=module, extra=extra)
        missing = getattr(exc, "name", None)
        if missing is not None and (module + ".").startswith(missing + "."):
            raise error from None  # simply not installed: the message says it all
        raise error from exc  # installed but broken: keep why
