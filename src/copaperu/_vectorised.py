"""Layer 4, formats: many groups with one schedule, ranked at once with NumPy.

For simulations: the same fixtures played many times. Every run's tallies come
from two matrix products, the leading statistics of the rules' chain (as
:func:`copaperu.rank_rows` reads them) pack into one integer key per team, and
each team's place is one plus the number of teams with a greater key. Runs with
teams level on the key, where the chain goes on, are ranked again by
:func:`copaperu.rank_rows`, so every place is the exact engine's.

NumPy is an optional dependency (``pip install copaperu[fast]``), imported only
when this module is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._extras import require
from ._fast import key_plan, rank_rows
from ._tiebreak import TableRules
from ._validators import is_a
from ._values import TeamId
from .errors import InvalidValueError, UnknownNameError

__all__ = ["rank_groups"]

_KEY_BITS = 62  # a packed key stays below 2**62: exact in int64


def _numpy() -> Any:
    return require("numpy", "fast", by="rank_groups")  # optional: imported when needed


def rank_groups(
    teams: Sequence[TeamId],
    fixtures: Sequence[tuple[TeamId, TeamId]],
    goals: Any,
    rules: TableRules,
) -> Any:
    """The places of many runs of one group, each exactly as the rules rank it.

    *goals* is an array of shape ``(runs, len(fixtures), 2)``: for each run, each
    fixture's home and away goals (non-negative integers). The result has shape
    ``(runs, len(teams))`` (a NumPy array of ``int64``): each team's place in
    each run, teams level after the
    whole chain sharing the first of their places (as
    a table row's ``position`` does).

    Raises:
        InvalidValueError: *goals* of another shape, or goals that are not
            non-negative integers; *teams* listed twice.
        UnknownNameError: a fixture names a team not in *teams*.
        CopaperuError: NumPy is not installed (a MissingExtraError naming the
            ``fast`` extra).

    >>> import numpy as np
    >>> import copaperu as cp
    >>> from copaperu.simulate import rank_groups
    >>> fixtures = [("Peru", "Chile"), ("Chile", "Bolivia"), ("Bolivia", "Peru")]
    >>> goals = np.array([[[2, 0], [1, 1], [0, 3]], [[0, 1], [0, 2], [1, 1]]])
    >>> rank_groups(["Peru", "Chile", "Bolivia"], fixtures, goals,
    ...             cp.rules.FIFA_WORLD_CUP_2018).tolist()
    [[1, 2, 3], [3, 2, 1]]
    """
    np = _numpy()
    if not is_a(rules, TableRules):
        msg = f"rank_groups: rules must be TableRules (got {rules!r})"
        raise InvalidValueError(msg)
    listed = tuple(teams)
    index = {team: i for i, team in enumerate(listed)}
    if len(index) != len(listed):
        msg = f"rank_groups: a team is listed twice (got {list(listed)!r})"
        raise InvalidValueError(msg)
    home, away = _fixture_indexes(fixtures, index, np)
    scores = np.asarray(goals)
    if scores.ndim != 3 or scores.shape[1:] != (len(home), 2):
        msg = (
            f"rank_groups: goals must have shape (runs, {len(home)}, 2) "
            f"(got {scores.shape})"
        )
        raise InvalidValueError(msg)
    if scores.size and (
        not np.issubdtype(scores.dtype, np.integer) or int(scores.min()) < 0
    ):
        msg = "rank_groups: goals must be non-negative integers"
        raise InvalidValueError(msg)
    runs = scores.shape[0]
    scores = scores.astype(np.int64)
    plan = key_plan(rules)
    more = plan.more
    key = _packed_key(
        _tallies(scores, home, away, len(listed), rules, np), plan.key, np
    )
    if key is None:  # figures too large to pack: rank each run on its own
        level = np.ones(runs, dtype=bool)
        places = np.zeros((runs, len(listed)), dtype=np.int64)
        more = True
    else:
        places, level = _places(key, np)
        if plan.head_to_head is not None and level.any():
            # The head-to-head among the teams level on the key, for the runs
            # that have some: each team's figures in its matches against them.
            sub = np.flatnonzero(level)
            tied = key[sub]
            level_with = tied[:, :, None] == tied[:, None, :]
            needed = frozenset(c for part in plan.head_to_head for c, _ in part)
            against = _pair_tallies(
                scores[sub], home, away, len(listed), rules, np, needed
            )
            among = tuple(
                None if column is None else (column * level_with).sum(axis=2)
                for column in against
            )
            second = _packed_key(among, plan.head_to_head, np)
            joined = None if second is None else _joined(tied, second, np)
            if joined is None:
                more = True
            else:
                places[sub], level[sub] = _places(joined, np)
                more = plan.more
    if more:
        # The exact engine for each run still level; runs with the same scores
        # (common: scores cluster) are ranked once.
        ranked: dict[bytes, list[int]] = {}
        for run in np.flatnonzero(level).tolist():
            played = scores[run]
            seen = played.tobytes()
            found = ranked.get(seen)
            if found is None:
                rows = [
                    (listed[h], listed[a], x, y)
                    for h, a, (x, y) in zip(home, away, played.tolist(), strict=True)
                ]
                found = ranked[seen] = _places_of(rank_rows(listed, rows, rules), index)
            places[run] = found
    return places


def _places_of(
    blocks: tuple[tuple[TeamId, ...], ...], index: dict[TeamId, int]
) -> list[int]:
    """Each team's place (in *index* order) from the blocks of level teams."""
    places = [0] * len(index)
    at = 1
    for block in blocks:
        for team in block:
            places[index[team]] = at
        at += len(block)
    return places


def _places(key: Any, np: Any) -> tuple[Any, Any]:
    """Each team's place by *key*, and whether each run has teams level on it.

    A team's place is one plus the number of teams with a greater key.
    """
    places = 1 + (key[:, None, :] > key[:, :, None]).sum(axis=2, dtype=np.int64)
    ordered = np.sort(key, axis=1)
    return places, (ordered[:, 1:] == ordered[:, :-1]).any(axis=1)


def _fixture_indexes(
    fixtures: Sequence[tuple[TeamId, TeamId]], index: dict[TeamId, int], np: Any
) -> tuple[list[int], list[int]]:
    home, away = [], []
    for number, fixture in enumerate(fixtures):
        try:
            first, second = fixture
        except (TypeError, ValueError):
            msg = (
                f"rank_groups: fixtures[{number}] is not (home, away) (got {fixture!r})"
            )
            raise InvalidValueError(msg) from None
        for team in (first, second):
            if team not in index:
                raise UnknownNameError(
                    "team", str(team), index, where=f"rank_groups: fixtures[{number}]"
                )
        if first == second:
            msg = f"rank_groups: fixtures[{number}]: a team cannot play itself"
            raise InvalidValueError(msg)
        home.append(index[first])
        away.append(index[second])
    return home, away


def _tallies(
    scores: Any, home: list[int], away: list[int], size: int, rules: TableRules, np: Any
) -> tuple[Any, ...]:
    """Each run's figures per team, arrays of shape (runs, teams).

    In ``_fast``'s column order: points, goals for, goals against, wins, away
    goals, away wins.
    """
    matches = len(home)
    at_home = np.zeros((matches, size))
    at_home[np.arange(matches), home] = 1.0
    away_from_home = np.zeros((matches, size))
    away_from_home[np.arange(matches), away] = 1.0
    h, a = scores[:, :, 0], scores[:, :, 1]
    home_won, away_won = h > a, a > h
    drawn = ~(home_won | away_won)
    scheme = rules.points

    def per_team(for_home: Any, for_away: Any) -> Any:
        total = for_home @ at_home + for_away @ away_from_home
        return np.rint(total).astype(np.int64)

    def outcome_points(won: Any, lost: Any) -> Any:
        return won * scheme.win + drawn * scheme.draw + lost * scheme.loss

    nothing = np.zeros_like(h)
    return (
        per_team(
            outcome_points(home_won, away_won), outcome_points(away_won, home_won)
        ),
        per_team(h, a),
        per_team(a, h),
        per_team(home_won, away_won),
        per_team(nothing, a),
        per_team(nothing, away_won),
    )


def _pair_tallies(
    scores: Any,
    home: list[int],
    away: list[int],
    size: int,
    rules: TableRules,
    np: Any,
    needed: frozenset[int] = frozenset(range(6)),
) -> tuple[Any, ...]:
    """Each run's figures of each team in its matches against each other team.

    Arrays of shape (runs, teams, teams), ``[run, i, j]`` being team *i*'s figure
    against team *j*, in ``_fast``'s column order (``None`` for a column not
    *needed*).
    """
    runs = scores.shape[0]
    columns = [
        np.zeros((runs, size, size), dtype=np.int64) if c in needed else None
        for c in range(6)
    ]
    points, goals_for, goals_against, won, away_goals, away_wins = columns
    scheme = rules.points
    for match, (h, a) in enumerate(zip(home, away, strict=True)):
        x, y = scores[:, match, 0], scores[:, match, 1]
        home_won, away_won = x > y, y > x
        if points is not None:
            drawn = ~(home_won | away_won)
            points[:, h, a] += (
                home_won * scheme.win + drawn * scheme.draw + away_won * scheme.loss
            )
            points[:, a, h] += (
                away_won * scheme.win + drawn * scheme.draw + home_won * scheme.loss
            )
        if goals_for is not None:
            goals_for[:, h, a] += x
            goals_for[:, a, h] += y
        if goals_against is not None:
            goals_against[:, h, a] += y
            goals_against[:, a, h] += x
        if won is not None:
            won[:, h, a] += home_won
            won[:, a, h] += away_won
        if away_goals is not None:
            away_goals[:, a, h] += y
        if away_wins is not None:
            away_wins[:, a, h] += away_won
    return tuple(columns)


def _joined(first: Any, second: Any, np: Any) -> Any | None:
    """One key ordering by *first*, then *second* (``None`` if it cannot pack)."""
    width = max(int(second.max()) if second.size else 0, 0).bit_length()
    high = int(first.max()) if first.size else 0
    if high.bit_length() + width > _KEY_BITS:
        return None
    return (first << width) + second


def _packed_key(
    columns: tuple[Any, ...], parts: tuple[tuple[tuple[int, int], ...], ...], np: Any
) -> Any | None:
    """One int64 per team and run that orders as the parts do.

    ``None`` when the figures are too large to pack exactly.
    """
    key = np.zeros(columns[0].shape, dtype=np.int64)
    bits = 0
    for part in parts:
        value = sum(columns[column] * sign for column, sign in part)
        if not isinstance(value, np.ndarray):
            continue
        low, high = int(value.min()), int(value.max())
        width = max(high - low, 0).bit_length() + 1
        bits += width
        if bits > _KEY_BITS:
            return None
        key = (key << width) + (value - low)
    return key
