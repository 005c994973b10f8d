"""Layer 4, formats: the fast path -- a group's places from plain rows of ints.

For simulations that rank a group millions of times. :func:`rank_rows` tallies
the rows in one pass, sorts once by the leading statistics of the rules' chain
(points, goal difference, goals, wins ... over all matches: the criteria a sort
key can hold) and hands the group to the exact engine,
:func:`copaperu.standings`, only when teams are still level on that key and the
chain has more to say. Its places are the exact engine's, always: a property
test holds the two together under every preset.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple, NoReturn

from ._resolver import Counted, Resolver, tally
from ._tiebreak import (
    Criterion,
    DrawingOfLots,
    FairPlay,
    HeadToHead,
    LastMatchShootout,
    OnlyWhen,
    Ranking,
    Scope,
    Statistic,
    TableRules,
)
from ._validators import is_a, nfc
from ._values import Row, TeamId
from .errors import InvalidValueError, UnknownNameError

__all__ = ["KeyPlan", "key_plan", "rank_rows"]

# What each leading statistic reads of a team's tally (see _tally's columns).
_POINTS, _GOALS_FOR, _GOALS_AGAINST, _WON, _AWAY_GOALS, _AWAY_WINS = range(6)
_KEYED: Final = {
    Criterion.POINTS: ((_POINTS, 1),),
    Criterion.GOAL_DIFFERENCE: ((_GOALS_FOR, 1), (_GOALS_AGAINST, -1)),
    Criterion.GOALS_FOR: ((_GOALS_FOR, 1),),
    Criterion.GOALS_AGAINST: ((_GOALS_AGAINST, -1),),
    Criterion.WINS: ((_WON, 1),),
    Criterion.AWAY_GOALS: ((_AWAY_GOALS, 1),),
    Criterion.AWAY_WINS: ((_AWAY_WINS, 1),),
}


Parts = tuple[tuple[tuple[int, int], ...], ...]
"""A sort key's parts: for each criterion, the tally columns it adds up, signed."""


class KeyPlan(NamedTuple):
    """How a chain ranks plain rows: what a sort key holds, and what is left."""

    key: Parts
    """The chain's leading run of statistics over all matches."""
    head_to_head: Parts | None
    """The statistics of a head-to-head right after them, applied once to the
    teams level on the key (``None`` if there is none, or it is not one the
    key's columns can hold)."""
    more: bool
    """Whether anything after those can still split teams of plain rows: not
    fair play (rows have no cards), lots not drawn, a ranking without values or
    a shoot-out in the last match (rows have none)."""

    @property
    def goes_on(self) -> bool:
        """Whether teams level on the key may be split by the rest of the chain."""
        return self.head_to_head is not None or self.more


@functools.lru_cache(maxsize=64)
def key_plan(rules: TableRules) -> KeyPlan:
    """The :class:`KeyPlan` of *rules*."""
    chain = rules.tiebreakers
    key = []
    for criterion in chain:
        if not (
            isinstance(criterion, Statistic)
            and criterion.scope is Scope.ALL_MATCHES
            and criterion.criterion in _KEYED
        ):
            break
        key.append(_KEYED[criterion.criterion])
    rest = chain[len(key) :]
    head_to_head = None
    first = rest[0] if rest else None
    if isinstance(first, HeadToHead) and not first.reapply:
        inner = [c for c in first.criteria if isinstance(c, Statistic)]
        if len(inner) == len(first.criteria) and all(
            c.criterion in _KEYED for c in inner
        ):
            head_to_head = tuple(_KEYED[c.criterion] for c in inner)
            rest = rest[1:]
    return KeyPlan(tuple(key), head_to_head, not all(_inert(c) for c in rest))


def _inert(criterion: object) -> bool:
    """Whether *criterion* can never split teams of plain rows."""
    if isinstance(criterion, FairPlay | LastMatchShootout):
        return True
    if isinstance(criterion, DrawingOfLots):
        return criterion.seed is None
    if isinstance(criterion, Ranking):
        return not criterion.values
    if isinstance(criterion, OnlyWhen):
        return _inert(criterion.criterion)
    if isinstance(criterion, HeadToHead):
        return all(_inert(c) for c in criterion.criteria)
    return False


def _composed(row: object, index: dict[TeamId, int]) -> tuple[int, int]:
    """The places in *index* of *row*'s teams, their names composed (NFC) first."""
    if isinstance(row, tuple | list) and len(row) == 4:
        home, away = row[0], row[1]
        if isinstance(home, str) and isinstance(away, str):
            i, j = index.get(nfc(home)), index.get(nfc(away))
            if i is not None and j is not None:
                return i, j
    return _refuse(row, index)


def rank_rows(
    teams: Sequence[TeamId], rows: Iterable[Row], rules: TableRules
) -> tuple[tuple[TeamId, ...], ...]:
    """The places of a group, from its played matches as plain rows.

    Each row is ``(home, away, home_goals, away_goals)``; every row counts (a
    match not played is simply not a row). The result has one entry per place,
    best first: the team there, or the teams still level after the whole chain.
    It is what :func:`copaperu.standings` ranks, exactly, and about five times
    faster: the rows are tallied in one pass and sorted once, and the exact
    engine runs only for groups with teams level where the chain goes on (a
    head-to-head, fair play, lots).

    Raises:
        InvalidValueError: a row that is not four values with a team of *teams*
            and goals that are non-negative integers.
        UnknownNameError: a row names a team not in *teams*.

    >>> import copaperu as cp
    >>> rows = [("Peru", "Chile", 2, 0), ("Chile", "Bolivia", 1, 1),
    ...         ("Bolivia", "Peru", 0, 3)]
    >>> cp.rank_rows(["Peru", "Chile", "Bolivia"], rows, cp.rules.FIFA_WORLD_CUP_2018)
    (('Peru',), ('Chile',), ('Bolivia',))
    """
    if not is_a(rules, TableRules):
        msg = f"rank_rows: rules must be TableRules (got {rules!r})"
        raise InvalidValueError(msg)
    listed = tuple(teams)
    try:
        composed = all(map(str.isascii, listed))  # ASCII is NFC: the usual case
    except TypeError:
        composed = True  # not all names: refused where they are looked up
    if not composed:
        listed = tuple(nfc(team) for team in listed)
    index = {team: i for i, team in enumerate(listed)}
    if len(index) != len(listed):
        msg = f"rank_rows: a team is listed twice (got {list(listed)!r})"
        raise InvalidValueError(msg)
    win, draw, loss = rules.points.win, rules.points.draw, rules.points.loss
    size = len(listed)
    points, goals_for, goals_against = [0] * size, [0] * size, [0] * size
    won, away_goals, away_wins = [0] * size, [0] * size, [0] * size
    kept = rows if isinstance(rows, list | tuple) else list(rows)
    for row in kept:
        try:
            home, away, hg, ag = row
            i, j = index[home], index[away]
        except (KeyError, TypeError, ValueError):
            i, j = _composed(row, index)
        if hg.__class__ is not int or ag.__class__ is not int or hg < 0 or ag < 0:
            _refuse(row, index)
        if i == j:
            _refuse(row, index)
        goals_for[i] += hg
        goals_against[i] += ag
        goals_for[j] += ag
        goals_against[j] += hg
        away_goals[j] += ag
        if hg > ag:
            points[i] += win
            points[j] += loss
            won[i] += 1
        elif hg < ag:
            points[j] += win
            points[i] += loss
            won[j] += 1
            away_wins[j] += 1
        else:
            points[i] += draw
            points[j] += draw
    plan = key_plan(rules)
    parts, more = plan.key, plan.goes_on
    columns = (points, goals_for, goals_against, won, away_goals, away_wins)
    keyed = []
    for part in parts:
        if len(part) == 1 and part[0][1] == 1:
            keyed.append(columns[part[0][0]])
        elif len(part) == 1:
            keyed.append([-value for value in columns[part[0][0]]])
        else:  # goal difference
            keyed.append([f - a for f, a in zip(goals_for, goals_against, strict=True)])
    keys = list(zip(*keyed, strict=True)) if keyed else [()] * size
    order = sorted(range(size), key=keys.__getitem__, reverse=True)
    places: list[tuple[TeamId, ...]] = []
    at = 0
    while at < size:
        end = at + 1
        key = keys[order[at]]
        while end < size and keys[order[end]] == key:
            end += 1
        if end - at > 1:
            if more:
                return _exact(listed, kept, rules)
            places.append(tuple(sorted(listed[i] for i in order[at:end])))
        else:
            places.append((listed[order[at]],))
        at = end
    return tuple(places)


def _exact(
    teams: tuple[TeamId, ...], rows: Sequence[Row], rules: TableRules
) -> tuple[tuple[TeamId, ...], ...]:
    """The places the exact engine gives (teams level on the key, chain going on).

    The engine's resolver on the rows' records, without the table around it.
    """
    played: list[Counted] = [
        (h, a, x, y, (x > y) - (x < y), False, None) for h, a, x, y in rows
    ]
    full = tally(teams, played, rules.points)
    resolver = Resolver(played, full, rules.points, (), (), ())
    parts = resolver.refine(tuple(sorted(teams)), 1, rules.tiebreakers, None)
    return tuple(tuple(sorted(block)) for block, _, _ in parts)


def _refuse(row: object, index: dict[TeamId, int]) -> NoReturn:
    """Raise the error that says what is wrong with *row*."""
    if not isinstance(row, tuple | list) or len(row) != 4:
        msg = f"rank_rows: a row is (home, away, home_goals, away_goals) (got {row!r})"
        raise InvalidValueError(msg)
    home, away = row[0], row[1]
    for team in (home, away):
        if team not in index:
            raise UnknownNameError("team", str(team), index, where="rank_rows")
    if home == away:
        msg = f"rank_rows: a team cannot play itself (got {row!r})"
        raise InvalidValueError(msg)
    msg = f"rank_rows: goals must be non-negative integers (got {row!r})"
    raise InvalidValueError(msg)
