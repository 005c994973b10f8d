"""Layer 8, on top: data frames -- tables, ties and simulations out, matches in.

:func:`to_pandas` and :func:`to_polars` turn a :class:`~copaperu.Standings`, a
sequence of :class:`~copaperu.TieOutcome` or a
:class:`~copaperu.simulate.SimulationResult` into a data frame with one row per
table row, per tie or per count; :func:`matches_from_frame` reads matches back
from a frame's home, away and goals columns, in bulk.
pandas and polars are optional (the ``pandas`` and ``polars`` extras) and are
imported only when a frame is made: ``import copaperu.frames`` imports neither.

>>> import pandas
>>> import copaperu as cp
>>> from copaperu import frames
>>> results = pandas.DataFrame({"home": ["Peru", "Chile"],
...                             "away": ["Chile", "Bolivia"],
...                             "home_goals": [2, 1], "away_goals": [0, 1]})
>>> matches = frames.matches_from_frame(results)
>>> print(matches[0])
Peru 2-0 Chile
>>> table = cp.standings(["Peru", "Chile", "Bolivia"], matches, cp.rules.CLASSIC)
>>> print(frames.to_pandas(table)[["position", "team", "goal_difference", "points"]].to_string())
   position     team  goal_difference  points
0         1     Peru                2       3
1         2  Bolivia                0       1
2         3    Chile               -2       1
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from typing import Any, Final

from ._extras import require
from ._knockout import TieOutcome
from ._standings import Standings
from ._values import Match
from .errors import InvalidValueError, UnknownNameError
from .simulate import SimulationResult

__all__ = ["matches_from_frame", "to_pandas", "to_polars"]

# The kinds of column a frame is made of, and each kind's dtype in each library.
_COUNT: Final = "count"  # an int that is always there
_OPTIONAL_COUNT: Final = "optional count"  # an int that may be missing
_TEXT: Final = "text"  # a string that may be missing
_SHARE: Final = "share"  # a float

_PANDAS_DTYPES: Final = {
    _COUNT: "int64",
    _OPTIONAL_COUNT: "Int64",
    _TEXT: "string",
    _SHARE: "float64",
}
_POLARS_DTYPES: Final = {
    _COUNT: "Int64",
    _OPTIONAL_COUNT: "Int64",
    _TEXT: "String",
    _SHARE: "Float64",
}

_Columns = tuple[tuple[str, str, list[Any]], ...]  # (name, kind, values)

# What matches_from_frame reads, by the names it reads them under.
_MATCH_COLUMNS: Final = ("home", "away", "home_goals", "away_goals")


def to_pandas(value: Standings | Iterable[TieOutcome] | SimulationResult) -> Any:
    """*value* as a ``pandas.DataFrame``; needs the ``pandas`` extra.

    A table (:class:`~copaperu.Standings`) gives one row per table row, first to
    last, with the columns ``position``, ``team``, ``played``, ``won``,
    ``drawn``, ``lost``, ``goals_for``, ``goals_against``, ``goal_difference``,
    ``points`` and ``deducted``; teams level share their place, as in the table.

    Tie outcomes (a list or any iterable of :class:`~copaperu.TieOutcome`) give
    one row per tie: ``first`` and ``second`` (the teams, first-named first),
    ``aggregate_home`` and ``aggregate_away`` (the aggregate's goals, the
    first-named team's first; missing when unknown), ``winner``, ``loser``,
    ``decided_by`` and ``needs`` (the ids of :class:`~copaperu.DecidedBy` and
    :class:`~copaperu.Need`; missing when they do not apply).

    A :class:`~copaperu.simulate.SimulationResult` gives its counts in long
    form, one row per count: ``kind`` (``"champion"``, ``"place"`` or
    ``"reached"``), ``where`` (the group, ranking or phase; missing for a
    champion), ``team`` (``""`` for the runs whose champion was left
    undecided), ``place`` (missing but for places), ``count`` and ``share``
    (``count`` divided by the runs).

    Counts are ``int64``, counts that may be missing the nullable ``Int64``,
    text the nullable ``string`` dtype and shares ``float64``: a missing value
    is ``pandas.NA``.

    Raises:
        InvalidValueError: *value* is none of these.
        CopaperuError: pandas is not installed (a ``MissingExtraError``, also an
            :class:`ImportError`, naming the extra: ``pip install "copaperu[pandas]"``).

    >>> import copaperu as cp
    >>> ties = [
    ...     cp.decide_match(cp.Match(home="A", away="B", score=cp.Score(0, 2)),
    ...                     cp.TieRules()),
    ...     cp.decide_match(cp.Match(home="C", away="D"), cp.TieRules()),
    ... ]
    >>> print(to_pandas(ties).to_string())
      first second  aggregate_home  aggregate_away winner loser decided_by   needs
    0     A      B               0               2      B     A      score    <NA>
    1     C      D            <NA>            <NA>   <NA>  <NA>       <NA>  result
    """
    columns = _columns("to_pandas", value)
    pandas = require("pandas", "pandas", by="copaperu.frames.to_pandas")
    return pandas.DataFrame(
        {
            name: pandas.Series(values, dtype=_PANDAS_DTYPES[kind])
            for name, kind, values in columns
        }
    )


def to_polars(value: Standings | Iterable[TieOutcome] | SimulationResult) -> Any:
    """*value* as a ``polars.DataFrame``; needs the ``polars`` extra.

    The same rows and columns as :func:`to_pandas`. Counts are ``Int64``, text
    ``String`` and shares ``Float64``; a missing value is ``null``.

    Raises:
        InvalidValueError: *value* is not a table, tie outcomes or a simulation
            result.
        CopaperuError: polars is not installed (a ``MissingExtraError``, also an
            :class:`ImportError`, naming the extra: ``pip install "copaperu[polars]"``).

    >>> import copaperu as cp
    >>> from copaperu.simulate import SimulationResult
    >>> result = SimulationResult(edition="cup", runs=4, seed=7, model="model",
    ...     champions=(("A", 3), ("B", 1)), places=(("group-a", "A", 1, 4),),
    ...     reached=(("final", "B", 2),))
    >>> frame = to_polars(result)
    >>> frame.columns
    ['kind', 'where', 'team', 'place', 'count', 'share']
    >>> frame.rows()
    [('champion', None, 'A', None, 3, 0.75), ('champion', None, 'B', None, 1, 0.25), ('place', 'group-a', 'A', 1, 4, 1.0), ('reached', 'final', 'B', None, 2, 0.5)]
    """
    columns = _columns("to_polars", value)
    polars = require("polars", "polars", by="copaperu.frames.to_polars")
    return polars.DataFrame(
        [
            polars.Series(name, values, dtype=getattr(polars, _POLARS_DTYPES[kind]))
            for name, kind, values in columns
        ]
    )


def matches_from_frame(
    frame: Any, *, columns: Mapping[str, str] | None = None
) -> tuple[Match, ...]:
    """The matches in the rows of a pandas or polars data frame, in bulk.

    The frame holds a row per match with the columns ``home``, ``away``,
    ``home_goals`` and ``away_goals``; *columns* maps any of these names to the
    frame's own (``{"home": "HomeTeam", "home_goals": "FTHG"}``). Each column is
    taken whole, as a list, and the rows go through :meth:`copaperu.Match.from_rows`,
    which checks them as a :class:`~copaperu.Match` checks itself.

    Goals missing from both columns of a row (``None``, ``NaN``, ``pandas.NA``,
    polars' ``null``) make a match without a score. A pandas column of integers
    with a missing value holds floats: ``2.0`` is read as 2, but a float that is
    not a whole number is refused. Other columns of the frame are not read.

    Raises:
        InvalidValueError: not a data frame; goals that are not whole
            non-negative numbers, or missing from one column only; a bad team
            (each error names the row by its position, ``rows[3]``).
        UnknownNameError: a name in *columns* that is not one of the four, or
            a column the frame does not have.

    >>> import pandas
    >>> frame = pandas.DataFrame({"HomeTeam": ["Peru", "Chile"],
    ...                           "AwayTeam": ["Chile", "Peru"],
    ...                           "FTHG": [2, None], "FTAG": [0, None]})
    >>> frame["FTHG"].tolist()
    [2.0, nan]
    >>> for match in matches_from_frame(frame, columns={
    ...         "home": "HomeTeam", "away": "AwayTeam",
    ...         "home_goals": "FTHG", "away_goals": "FTAG"}):
    ...     print(match.home, match.away, match.score)
    Peru Chile 2-0
    Chile Peru None
    """
    where = "matches_from_frame"
    names = _frame_columns(where, frame)
    mapping = _column_mapping(where, columns)
    lists = []
    for ours in _MATCH_COLUMNS:
        theirs = mapping.get(ours, ours)
        if theirs not in names:
            raise UnknownNameError(
                "column", str(theirs), (str(name) for name in names), where=where
            )
        values = _column_list(where, frame, theirs)
        if ours.endswith("_goals"):
            values = _goals_list(where, theirs, values)
        lists.append(values)
    return Match.from_rows(zip(*lists, strict=True))


def _columns(where: str, value: object) -> _Columns:
    """The columns of *value*'s frame, or an error saying what is accepted."""
    if isinstance(value, Standings):
        return _table_columns(value)
    if isinstance(value, SimulationResult):
        return _simulation_columns(value)
    if isinstance(value, TieOutcome):
        msg = f"{where}: expected a sequence of tie outcomes, such as a list, not one (got {value!r}); pass [outcome]"
        raise InvalidValueError(msg)
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        msg = f"{where}: expected a Standings, a sequence of TieOutcome or a SimulationResult (got {value!r})"
        raise InvalidValueError(msg)
    outcomes = tuple(value)
    for index, outcome in enumerate(outcomes):
        if not isinstance(outcome, TieOutcome):
            msg = f"{where}: value[{index}] is not a TieOutcome (got {outcome!r})"
            raise InvalidValueError(msg)
    return _tie_columns(outcomes)


def _table_columns(table: Standings) -> _Columns:
    rows = table.rows
    return (
        ("position", _COUNT, [row.position for row in rows]),
        ("team", _TEXT, [row.team for row in rows]),
        ("played", _COUNT, [row.played for row in rows]),
        ("won", _COUNT, [row.won for row in rows]),
        ("drawn", _COUNT, [row.drawn for row in rows]),
        ("lost", _COUNT, [row.lost for row in rows]),
        ("goals_for", _COUNT, [row.goals_for for row in rows]),
        ("goals_against", _COUNT, [row.goals_against for row in rows]),
        ("goal_difference", _COUNT, [row.goal_difference for row in rows]),
        ("points", _COUNT, [row.points for row in rows]),
        ("deducted", _COUNT, [row.deducted for row in rows]),
    )


def _tie_columns(outcomes: tuple[TieOutcome, ...]) -> _Columns:
    aggregates = [outcome.aggregate for outcome in outcomes]
    return (
        ("first", _TEXT, [outcome.teams[0] for outcome in outcomes]),
        ("second", _TEXT, [outcome.teams[1] for outcome in outcomes]),
        (
            "aggregate_home",
            _OPTIONAL_COUNT,
            [None if score is None else score.home for score in aggregates],
        ),
        (
            "aggregate_away",
            _OPTIONAL_COUNT,
            [None if score is None else score.away for score in aggregates],
        ),
        ("winner", _TEXT, [outcome.winner for outcome in outcomes]),
        ("loser", _TEXT, [outcome.loser for outcome in outcomes]),
        (
            "decided_by",
            _TEXT,
            [
                None if outcome.decided_by is None else outcome.decided_by.value
                for outcome in outcomes
            ],
        ),
        (
            "needs",
            _TEXT,
            [
                None if outcome.needs is None else outcome.needs.value
                for outcome in outcomes
            ],
        ),
    )


def _simulation_columns(result: SimulationResult) -> _Columns:
    rows: list[tuple[str, str | None, str, int | None, int]] = [
        *(("champion", None, team, None, count) for team, count in result.champions),
        *(
            ("place", where, team, place, count)
            for where, team, place, count in result.places
        ),
        *(
            ("reached", where, team, None, count)
            for where, team, count in result.reached
        ),
    ]
    runs = result.runs or 1  # no runs: every count is 0, and so is every share
    return (
        ("kind", _TEXT, [row[0] for row in rows]),
        ("where", _TEXT, [row[1] for row in rows]),
        ("team", _TEXT, [row[2] for row in rows]),
        ("place", _OPTIONAL_COUNT, [row[3] for row in rows]),
        ("count", _COUNT, [row[4] for row in rows]),
        ("share", _SHARE, [row[4] / runs for row in rows]),
    )


def _frame_columns(where: str, frame: object) -> list[object]:
    """The column names of a pandas or polars data frame, or an error."""
    names = getattr(frame, "columns", None)
    if (
        names is None
        or isinstance(frame, type)
        or not callable(getattr(frame, "__getitem__", None))
    ):
        msg = f"{where}: expected a pandas or polars DataFrame (got {frame!r})"
        raise InvalidValueError(msg)
    return list(names)


def _column_mapping(where: str, columns: object) -> Mapping[str, str]:
    """*columns*, checked: a mapping from some of the four names to the frame's."""
    if columns is None:
        return {}
    if not isinstance(columns, Mapping):
        msg = f"{where}: columns must map names such as 'home' to the frame's columns (got {columns!r})"
        raise InvalidValueError(msg)
    for name in columns:
        if name not in _MATCH_COLUMNS:
            raise UnknownNameError(
                "column", str(name), _MATCH_COLUMNS, where=f"{where}: columns"
            )
    return columns


def _column_list(where: str, frame: Any, name: object) -> list[Any]:
    """The column *name* of *frame*, as a Python list (pandas and polars alike)."""
    column = frame[name]
    to_list = getattr(column, "to_list", None)
    if not callable(to_list):  # pandas: a column name given twice gives a frame
        msg = f"{where}: column {name!r} is not one column of the frame (got {type(column).__name__})"
        raise InvalidValueError(msg)
    values = to_list()
    return values if isinstance(values, list) else list(values)


def _goals_list(where: str, name: object, values: list[Any]) -> list[Any]:
    """A goals column with missing values as ``None`` and whole floats as ints."""
    if all(value.__class__ is int for value in values):
        return values  # the common case: nothing missing
    pandas = sys.modules.get("pandas")  # loaded if the frame is one of its frames
    na = getattr(pandas, "NA", None)
    goals: list[Any] = []
    for index, value in enumerate(values):
        if isinstance(value, float):
            if value != value:  # NaN: missing
                value = None
            elif value.is_integer():
                value = int(value)
            else:
                msg = f"{where}: rows[{index}]: column {name!r} must hold whole numbers of goals (got {value!r})"
                raise InvalidValueError(msg)
        elif na is not None and value is na:
            value = None
        goals.append(value)  # anything else: Match.from_rows checks it
    return goals
