"""The errors copaperu raises.

Every error derives from :class:`copaperu.CopaperuError`, so ``except copaperu.CopaperuError``
catches all of them, and each also derives from the builtin it refines
(``ValueError`` or ``LookupError``), so code that already catches those keeps working.

Messages follow one form: ``<where>: <what is wrong> (got <value>)``, on one line,
with a hint where one exists.

>>> import copaperu
>>> try:
...     copaperu.Score(-1, 0)
... except copaperu.InvalidValueError as exc:
...     print(exc)
score: home goals must be a non-negative integer (got -1)
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = [
    "ConfigError",
    "CopaperuError",
    "InvalidValueError",
    "RuleError",
    "UnknownNameError",
]


class CopaperuError(Exception):
    """Base class of every error copaperu raises.

    >>> import copaperu
    >>> issubclass(copaperu.InvalidValueError, copaperu.CopaperuError)
    True
    """


class InvalidValueError(CopaperuError, ValueError):
    """A value was refused: negative goals, a team playing itself, a wrong type.

    >>> import copaperu
    >>> try:
    ...     copaperu.Match(home="A", away="A")
    ... except copaperu.InvalidValueError as exc:
    ...     print(exc)
    match 'A' v 'A': away: a team cannot play itself (got 'A')
    """


class RuleError(CopaperuError, ValueError):
    """Rules that contradict themselves or cannot be applied to the given data.

    >>> import copaperu
    >>> try:
    ...     copaperu.tiebreak.head_to_head(copaperu.tiebreak.drawing_of_lots())
    ... except copaperu.RuleError as exc:
    ...     print(exc)
    head_to_head: drawing_of_lots cannot be computed on a head-to-head mini-table
    """


class UnknownNameError(CopaperuError, LookupError):
    """A name that copaperu does not know: a team, a criterion, a preset.

    Attributes:
        name: The name that was asked for.
        known: The names that would have been accepted.

    >>> import copaperu
    >>> try:
    ...     copaperu.tiebreak.from_id("goal_diference")
    ... except copaperu.UnknownNameError as exc:
    ...     print(exc)
    unknown tiebreak criterion 'goal_diference' (did you mean 'goal_difference'?)
    """

    def __init__(
        self, kind: str, name: str, known: Iterable[str], *, where: str = ""
    ) -> None:
        """Build the error for an unknown *name* of the given *kind*.

        *where* names the place the name was found, such as a match.
        """
        self.kind = kind
        self.name = name
        self.known: tuple[str, ...] = tuple(sorted({str(k) for k in known}))
        message = f"unknown {kind} {name!r}"
        if where:
            message = f"{where}: {message}"
        close = difflib.get_close_matches(name, self.known, n=1)
        if close:
            message += f" (did you mean {close[0]!r}?)"
        super().__init__(message)


class ConfigError(CopaperuError, ValueError):
    """A configuration file was refused; lists every problem with its location.

    Attributes:
        source: The file name (or ``"<string>"``) that was being read.
        problems: Each problem as ``(location, message)``.

    >>> import copaperu
    >>> err = copaperu.ConfigError("cup.toml", [("stages[0].name", "missing")])
    >>> print(err)
    cup.toml: stages[0].name: missing
    """

    def __init__(self, source: str, problems: Iterable[tuple[str, str]]) -> None:
        """Build the error for *source* with its *problems*."""
        self.source = source
        self.problems: tuple[tuple[str, str], ...] = tuple(problems)
        lines = [
            f"{source}: {where}: {what}" if where else f"{source}: {what}"
            for where, what in self.problems
        ]
        super().__init__("\n".join(lines) if lines else f"{source}: invalid")
