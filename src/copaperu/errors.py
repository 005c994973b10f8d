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
    "DataFileError",
    "InvalidValueError",
    "RuleError",
    "UnknownNameError",
    "printable",
]


class CopaperuError(Exception):
    r"""Base class of every error copaperu raises.

    Its message never carries a character a terminal would act on: control
    characters, lone surrogates and the like, from a file name, a key or a value,
    are shown escaped (``\x1b``), whatever put them there.

    >>> import copaperu
    >>> issubclass(copaperu.InvalidValueError, copaperu.CopaperuError)
    True
    >>> print(copaperu.CopaperuError("team \x1b[2J unknown"))
    team \x1b[2J unknown
    """

    def __str__(self) -> str:
        """The message, each of its lines made printable."""
        return "\n".join(printable(line) for line in super().__str__().split("\n"))


def printable(text: str) -> str:
    r"""*text* with every character that is not printable escaped as Python writes it.

    >>> print(printable("Juan\x1b[31mAurich"), printable("Peñarol"))
    Juan\x1b[31mAurich Peñarol
    """
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


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
        given: object = name
        close = (
            difflib.get_close_matches(name, self.known, n=1)
            if isinstance(given, str)
            else []
        )
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
        shown = printable(source)
        lines = [
            f"{shown}: {printable(where)}: {printable(what)}"
            if where
            else f"{shown}: {printable(what)}"
            for where, what in self.problems
        ]
        super().__init__("\n".join(lines) if lines else f"{shown}: invalid")


class DataFileError(CopaperuError, ValueError):
    """A results file was refused; lists every bad row with its line.

    Raised by the readers of :mod:`copaperu.io`, which read the whole file before
    refusing it: each problem is reported, none is dropped.

    Attributes:
        path: The file's name (or ``"<string>"``) as it appears in messages.
        line: The line of the first problem, from 1; ``None`` when the problem is
            the whole file's (it cannot be read, a column is missing).
        problems: Each problem as ``(line, message)``, in the file's order.

    >>> import copaperu
    >>> err = copaperu.errors.DataFileError(
    ...     "E0.csv", [(12, "FTHG: expected a number of goals (got 'x')")])
    >>> print(err)
    E0.csv:12: FTHG: expected a number of goals (got 'x')
    >>> err.path, err.line
    ('E0.csv', 12)
    """

    def __init__(self, path: str, problems: Iterable[tuple[int | None, str]]) -> None:
        """Build the error for the file *path* with its *problems*."""
        self.path = path
        self.problems: tuple[tuple[int | None, str], ...] = tuple(problems)
        self.line: int | None = self.problems[0][0] if self.problems else None
        shown = printable(path)
        lines = [
            f"{shown}:{line}: {printable(what)}"
            if line is not None
            else f"{shown}: {printable(what)}"
            for line, what in self.problems
        ]
        super().__init__("\n".join(lines) if lines else f"{shown}: invalid")
