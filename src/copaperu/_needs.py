"""Layer 8, on top: what a team needs -- a group's remaining matches, enumerated exactly.

:func:`needs_from_rows` takes one round-robin group part-way through (the results so
far as plain rows, the fixtures still to play) and works out, for one team and a
target place, every way the remaining matches can end: first by result (home
win, draw, away win), and, for the combinations of results where points alone do
not settle the team's place, by score, up to *max_goals* goals a team in each
match. Each outcome is ranked by :func:`copaperu.rank_rows`, exactly as
:func:`copaperu.standings` would rank it.

The answer is a value, :class:`Needs`: whether the target is already clinched or
out of reach, and a list of :class:`Condition` values, each a set of
outcomes of the remaining matches (one :class:`MatchNeed` per match that
matters, said by goal margins where margins are what matter) and the team's
:class:`Fate` under all of them. Outcomes that differ only in a match that does
not matter are merged. The words (``str(needs)``) are made from the values, in
``_words``.

Every claim is about the outcomes enumerated: scores up to *max_goals* goals a
team in each remaining match. "Beats Y by 2 or more" means by 2 to *max_goals*.
"""

from __future__ import annotations

import enum
import functools
import itertools
import math
import operator
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Final, final

import attrs

from ._fast import rank_rows
from ._score import Score
from ._tiebreak import (
    Criterion,
    HeadToHead,
    OnlyWhen,
    Scope,
    Statistic,
    TableRules,
)
from ._validators import check_field_types, is_a, is_count, is_int, is_text
from ._values import Row, TeamId
from .errors import InvalidValueError, UnknownNameError

__all__ = [
    "Condition",
    "Fate",
    "Fixture",
    "MatchNeed",
    "Needs",
    "needs_from_rows",
]

DEFAULT_MAX_GOALS: Final = 5
"""Goals a team, per remaining match, that :func:`needs_from_rows` counts up to."""
DEFAULT_MAX_SCENARIOS: Final = 200_000
"""Outcomes :func:`needs_from_rows` ranks at most before it gives up."""


class Fate(enum.StrEnum):
    """Where a team ends under some outcomes of the remaining matches.

    >>> Fate("qualifies")
    <Fate.QUALIFIES: 'qualifies'>
    """

    QUALIFIES = "qualifies"
    """It finishes in the target place or better, and so does every team level
    with it on everything the scores decide."""
    LEVEL = "level"
    """It ends level with other teams on everything the scores decide, and their
    shared places straddle the target: what the scores cannot tell (fair play,
    lots, a play-off) decides."""
    ELIMINATED = "eliminated"
    """It finishes below the target place, whatever the rest of the chain says."""


_FATES: Final = (Fate.QUALIFIES, Fate.LEVEL, Fate.ELIMINATED)
_QUALIFIES, _LEVEL, _ELIMINATED = range(3)


@final
@attrs.frozen(kw_only=True)
class MatchNeed:
    """The results of one remaining match that a :class:`Condition` allows.

    A result is allowed when its goal margin (home goals minus away goals) is in
    *margins*, or when its score is one of *scores*: margins are used where any
    score with that margin will do, scores where the goals themselves matter.
    Only scores up to *max_goals* goals a team were enumerated, so a margin of
    *max_goals* stands for "that many or more".

    >>> need = MatchNeed(home="South Korea", away="Germany", margins=(-5, -4, -3, -2),
    ...                  max_goals=5)
    >>> print(need)
    Germany beat South Korea by 2 or more
    >>> need.allows(0, 2), need.allows(0, 1)
    (True, False)
    """

    home: TeamId
    """The home side (the team named first in the fixture)."""
    away: TeamId
    """The away side."""
    margins: tuple[int, ...] = ()
    """The goal margins allowed, home goals minus away goals, in increasing order."""
    scores: tuple[Score, ...] = ()
    """Scores allowed besides those margins, home goals first, in order."""
    max_goals: int = DEFAULT_MAX_GOALS
    """The most goals a team was counted to score in the match."""

    def __attrs_post_init__(self) -> None:
        where = f"match need {self.home!r} v {self.away!r}"
        check_field_types(self, where)
        if not is_text(self.home) or not is_text(self.away) or self.home == self.away:
            msg = f"{where}: home and away must be two different team names (got {self.home!r} v {self.away!r})"
            raise InvalidValueError(msg)
        top = self.max_goals
        if top < 1:
            msg = f"{where}: max_goals must be at least 1 (got {top!r})"
            raise InvalidValueError(msg)
        if list(self.margins) != sorted(set(self.margins)) or any(
            abs(margin) > top for margin in self.margins
        ):
            msg = f"{where}: margins must be distinct, in increasing order, from {-top} to {top} (got {self.margins!r})"
            raise InvalidValueError(msg)
        for score in self.scores:
            if score.home > top or score.away > top:
                msg = f"{where}: a score beyond max_goals={top} (got {score})"
                raise InvalidValueError(msg)
            if score.home - score.away in self.margins:
                msg = f"{where}: score {score} is already allowed by its margin"
                raise InvalidValueError(msg)
        if list(self.scores) != sorted(
            set(self.scores), key=lambda s: (s.home - s.away, s.home)
        ):
            msg = f"{where}: scores must be distinct and in order of margin, then goals (got {self.scores!r})"
            raise InvalidValueError(msg)

    def allows(self, home_goals: int, away_goals: int) -> bool:
        """Whether the match ending *home_goals*-*away_goals* is allowed.

        >>> MatchNeed(home="A", away="B", margins=(0,)).allows(2, 2)
        True
        """
        return (
            home_goals - away_goals in self.margins
            or Score(home_goals, away_goals) in self.scores
        )

    def __str__(self) -> str:
        from ._words import match_need_text

        return match_need_text(self)


@final
@attrs.frozen(kw_only=True)
class Condition:
    """A set of outcomes of the remaining matches, and the team's fate under them.

    The outcomes are those in which every match of *needs* ends as that need
    allows; the remaining matches not named in *needs* may end any way.

    >>> print(Condition(needs=(MatchNeed(home="A", away="B", margins=(1, 2, 3),
    ...                                  max_goals=3),), fate=Fate.QUALIFIES))
    A beat B: qualifies
    """

    needs: tuple[MatchNeed, ...]
    """What each match that matters must give; any other match may end any way."""
    fate: Fate
    """Where the team ends under every outcome of the set."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, "condition")
        fixtures = [(need.home, need.away) for need in self.needs]
        if len(set(fixtures)) != len(fixtures):
            msg = f"condition: a match is named twice (got {fixtures!r})"
            raise InvalidValueError(msg)

    def holds(self, results: Mapping[tuple[TeamId, TeamId], Score]) -> bool:
        """Whether *results*, the score of each remaining match, are in the set.

        >>> need = MatchNeed(home="A", away="B", margins=(0,))
        >>> Condition(needs=(need,), fate=Fate.LEVEL).holds({("A", "B"): Score(1, 1)})
        True
        """
        for need in self.needs:
            score = results.get((need.home, need.away))
            if score is None:
                msg = f"condition: no result for {need.home!r} v {need.away!r} (got {list(results)!r})"
                raise InvalidValueError(msg)
            if not need.allows(score.home, score.away):
                return False
        return True

    def __str__(self) -> str:
        from ._words import condition_text, fate_text

        return f"{condition_text(self)}: {fate_text(self.fate)}"


@final
@attrs.frozen
class Fixture:
    """A match still to play: its home and away teams.

    >>> Fixture("Mexico", "Sweden").home
    'Mexico'
    """

    home: TeamId
    """The team named first."""
    away: TeamId
    """The team named second."""

    def __attrs_post_init__(self) -> None:
        """Check the fields' types."""
        check_field_types(self, "fixture")


def _fixtures(value: Iterable[Fixture | tuple[TeamId, TeamId]]) -> tuple[Fixture, ...]:
    """Converter: fixtures, or pairs (home, away), as fixtures."""
    return tuple(f if isinstance(f, Fixture) else Fixture(*f) for f in value)


@final
@attrs.frozen(kw_only=True)
class Needs:
    """What a team needs from its group's remaining matches to reach a place.

    Built by :func:`needs_from_rows`. When *exhaustive*, the *conditions* cover every
    outcome enumerated, each with the team's :class:`Fate`, and *clinched* and
    *eliminated* are proved; when the outcomes were too many to rank, both are
    ``False``, there are no conditions and *reason* says why.

    >>> from copaperu.rules import FIFA_WORLD_CUP_2018 as rules
    >>> needs = needs_from_rows(["A", "B"], [], [("A", "B")], rules, "A", 1,
    ...                    max_goals=2)
    >>> print(needs)
    A finishes first if it beats B. It ends level across first place on everything the scores decide if it draws with B. Otherwise it does not.
    >>> needs.fate([("A", "B", 2, 1)])
    <Fate.QUALIFIES: 'qualifies'>
    """

    team: TeamId
    """The team the question is about."""
    target: int
    """The place it must finish in, or better (2: the top two)."""
    fixtures: tuple[Fixture, ...] = attrs.field(converter=_fixtures)
    """The remaining matches (pairs ``(home, away)`` are taken)."""
    max_goals: int
    """The most goals a team was counted to score in each remaining match."""
    clinched: bool
    """Proved: the team finishes in the target place or better in every outcome."""
    eliminated: bool
    """Proved: the team finishes below the target place in every outcome."""
    exhaustive: bool
    """Whether every outcome was worked out (``False``: too many; see *reason*)."""
    scenarios: int
    """How many outcomes were ranked: a combination of results whose points
    settle the team's fate counts once, any other once per combination of scores
    in the matches that can change it."""
    conditions: tuple[Condition, ...] = ()
    """Sets of outcomes with the team's fate under each; together they cover every
    outcome enumerated (qualifying ones first, then level, then eliminated)."""
    reason: str = ""
    """Why the outcomes were not all worked out; ``""`` when they were."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, f"needs of {self.team!r}")
        if self.exhaustive == bool(self.reason):
            msg = f"needs of {self.team!r}: a reason is given exactly when the outcomes were not all worked out (got exhaustive={self.exhaustive!r}, reason={self.reason!r})"
            raise InvalidValueError(msg)
        for name in ("target", "max_goals"):
            if getattr(self, name) < 1:
                msg = f"needs of {self.team!r}: {name} must be at least 1 (got {getattr(self, name)!r})"
                raise InvalidValueError(msg)
        if self.clinched and self.eliminated:
            msg = f"needs of {self.team!r}: cannot be both clinched and eliminated"
            raise InvalidValueError(msg)

    def fate(self, results: Iterable[Row]) -> Fate | None:
        """The team's fate if the remaining matches end as *results*.

        *results* gives each remaining match once, as a row ``(home, away,
        home_goals, away_goals)`` with its home and away as in *fixtures*. The
        answer is read from the conditions; ``None`` when the outcomes were not
        all worked out.

        Raises:
            InvalidValueError: a row that is not a remaining match, a match
                missing or given twice, goals beyond *max_goals* (outcomes
                that were not enumerated), or no condition holding (a
                :class:`Needs` built by hand whose conditions leave a gap).

        >>> from copaperu.rules import FIFA_WORLD_CUP_2018 as rules
        >>> needs = needs_from_rows(["A", "B"], [], [("A", "B")], rules, "B", 1,
        ...                    max_goals=2)
        >>> needs.fate([("A", "B", 1, 1)])
        <Fate.LEVEL: 'level'>
        """
        given = _results(self, results)
        if not self.exhaustive:
            return None
        for condition in self.conditions:
            if condition.holds(given):
                return condition.fate
        rows = [(home, away, s.home, s.away) for (home, away), s in given.items()]
        msg = (
            f"needs of {self.team!r}: no condition covers these results (got {rows!r})"
        )
        raise InvalidValueError(msg)

    def __str__(self) -> str:
        from ._words import needs_text

        return needs_text(self)


def _results(
    needs: Needs, results: Iterable[Row]
) -> dict[tuple[TeamId, TeamId], Score]:
    """*results* checked against *needs*' fixtures, as a score per fixture."""
    where = f"needs of {needs.team!r}: fate"
    if is_a(results, str) or not is_a(results, Iterable):
        msg = f"{where}: results must be rows (home, away, home_goals, away_goals) (got {results!r})"
        raise InvalidValueError(msg)
    fixtures = {(f.home, f.away) for f in needs.fixtures}
    given: dict[tuple[TeamId, TeamId], Score] = {}
    for row in results:
        if not is_a(row, tuple | list) or len(row) != 4:
            msg = f"{where}: a result is (home, away, home_goals, away_goals) (got {row!r})"
            raise InvalidValueError(msg)
        home, away, home_goals, away_goals = row
        if (home, away) not in fixtures:
            msg = f"{where}: {home!r} v {away!r} is not a remaining match (got {row!r})"
            raise InvalidValueError(msg)
        if (home, away) in given:
            msg = f"{where}: {home!r} v {away!r} is given twice (got {row!r})"
            raise InvalidValueError(msg)
        if not is_count(home_goals) or not is_count(away_goals):
            msg = f"{where}: goals must be non-negative integers (got {row!r})"
            raise InvalidValueError(msg)
        if max(home_goals, away_goals) > needs.max_goals:
            msg = f"{where}: only scores up to {needs.max_goals} goals a team were enumerated (got {row!r})"
            raise InvalidValueError(msg)
        given[home, away] = Score(home_goals, away_goals)
    missing = [
        (f.home, f.away) for f in needs.fixtures if (f.home, f.away) not in given
    ]
    if missing:
        home, away = missing[0]
        msg = f"{where}: no result for {home!r} v {away!r} (got {list(given)!r})"
        raise InvalidValueError(msg)
    return given


def needs_from_rows(
    teams: Sequence[TeamId],
    played: Iterable[Row],
    remaining: Sequence[tuple[TeamId, TeamId]],
    rules: TableRules,
    team: TeamId,
    target: int,
    *,
    max_goals: int = DEFAULT_MAX_GOALS,
    max_scenarios: int = DEFAULT_MAX_SCENARIOS,
) -> Needs:
    """What *team* needs from the remaining matches to finish in place *target* or better.

    Every outcome of the *remaining* matches is enumerated: each combination of
    results, and, where points alone do not settle the team's place, each
    combination of scores up to *max_goals* goals a team in the matches that can
    change it (those of the teams level on points with it). Each is ranked by
    :func:`copaperu.rank_rows` under *rules*. A team finishes within *target*
    when its place, and every place it shares with teams still level after the
    whole chain, is *target* or better; a shared place straddling *target* is
    ``Fate.LEVEL`` (fair play or lots, which rows cannot hold, decide).

    Args:
        teams: The teams of the group, each once.
        played: The results so far, as rows ``(home, away, home_goals, away_goals)``.
        remaining: The matches still to play, as ``(home, away)``.
        rules: The points scheme and ranking chain of the group.
        team: The team the question is about.
        target: The place it must reach, or better (2: the top two).
        max_goals: The most goals a team is counted to score in a remaining match.
        max_scenarios: The most outcomes to rank; past it the answer says it is
            not exhaustive, and why, rather than take too long.

    Returns:
        The conditions, clinched or eliminated, as a :class:`Needs`.

    Raises:
        InvalidValueError: teams listed twice, a bad row, a remaining match that
            is a team playing itself, listed twice or already played, a target
            that is not a place of the group, a bad *max_goals* or
            *max_scenarios*, *rules* that are not :class:`~copaperu.TableRules`.
        UnknownNameError: a row, a remaining match or *team* names a team not in
            *teams*.

    >>> rows = [("Peru", "Chile", 2, 0), ("Chile", "Bolivia", 1, 1)]
    >>> from copaperu.rules import FIFA_WORLD_CUP_2018 as rules
    >>> needs = needs_from_rows(["Peru", "Chile", "Bolivia"], rows, [("Bolivia", "Peru")],
    ...                    rules, "Chile", 2)
    >>> print(needs)  # doctest: +NORMALIZE_WHITESPACE
    Chile finishes in the top two if Peru beat Bolivia by 3 or more.
    It ends level across the top two on everything the scores decide if Peru beat Bolivia 2-0.
    Otherwise it does not.
    >>> needs.fate([("Bolivia", "Peru", 0, 2)]), needs.fate([("Bolivia", "Peru", 1, 3)])
    (<Fate.LEVEL: 'level'>, <Fate.ELIMINATED: 'eliminated'>)
    """
    listed = _check_teams(teams)
    index = {name: i for i, name in enumerate(listed)}
    rows = _check_played(played, listed, index)
    fixtures = _check_remaining(remaining, listed, index, rows)
    if not is_a(rules, TableRules):
        msg = f"what_needs: rules must be TableRules (got {rules!r})"
        raise InvalidValueError(msg)
    if not is_text(team) or team not in index:
        raise UnknownNameError("team", str(team), listed, where="what_needs")
    if not is_int(target) or not 1 <= target <= len(listed):
        msg = f"what_needs: target must be a place from 1 to {len(listed)} (got {target!r})"
        raise InvalidValueError(msg)
    if not is_int(max_goals) or max_goals < 1:
        msg = f"what_needs: max_goals must be an integer of at least 1 (got {max_goals!r})"
        raise InvalidValueError(msg)
    if not is_int(max_scenarios) or max_scenarios < 1:
        msg = f"what_needs: max_scenarios must be an integer of at least 1 (got {max_scenarios!r})"
        raise InvalidValueError(msg)
    return _Enumeration(
        listed, rows, fixtures, rules, team, target, max_goals, max_scenarios
    ).needs()


# -- checks of the arguments --------------------------------------------------


def _check_teams(teams: Iterable[TeamId]) -> tuple[TeamId, ...]:
    if is_a(teams, str) or not is_a(teams, Iterable):
        msg = f"what_needs: teams must be a sequence of team names (got {teams!r})"
        raise InvalidValueError(msg)
    listed = tuple(teams)
    seen: set[TeamId] = set()
    for name in listed:
        if not is_text(name):
            msg = f"what_needs: a team must be a non-empty name (got {name!r})"
            raise InvalidValueError(msg)
        if name in seen:
            msg = f"what_needs: team {name!r} is listed twice (got {list(listed)!r})"
            raise InvalidValueError(msg)
        seen.add(name)
    if len(listed) < 2:
        msg = f"what_needs: a group needs at least two teams (got {list(listed)!r})"
        raise InvalidValueError(msg)
    return listed


def _check_played(
    played: Iterable[Row], listed: tuple[TeamId, ...], index: Mapping[TeamId, int]
) -> tuple[Row, ...]:
    if is_a(played, str) or not is_a(played, Iterable):
        msg = f"what_needs: played must be rows (home, away, home_goals, away_goals) (got {played!r})"
        raise InvalidValueError(msg)
    rows: list[Row] = []
    for number, row in enumerate(played):
        where = f"what_needs: played[{number}]"
        if not is_a(row, tuple | list) or len(row) != 4:
            msg = (
                f"{where}: a row is (home, away, home_goals, away_goals) (got {row!r})"
            )
            raise InvalidValueError(msg)
        home, away, home_goals, away_goals = row
        _check_pair(home, away, listed, index, where)
        if not is_count(home_goals) or not is_count(away_goals):
            msg = f"{where}: goals must be non-negative integers (got {row!r})"
            raise InvalidValueError(msg)
        rows.append((home, away, int(home_goals), int(away_goals)))
    return tuple(rows)


def _check_pair(
    home: object,
    away: object,
    listed: tuple[TeamId, ...],
    index: Mapping[TeamId, int],
    where: str,
) -> None:
    for name in (home, away):
        if not is_a(name, str) or name not in index:
            raise UnknownNameError("team", str(name), listed, where=where)
    if home == away:
        msg = f"{where}: a team cannot play itself (got {home!r} v {away!r})"
        raise InvalidValueError(msg)


def _check_remaining(
    remaining: Iterable[tuple[TeamId, TeamId]],
    listed: tuple[TeamId, ...],
    index: Mapping[TeamId, int],
    rows: tuple[Row, ...],
) -> tuple[tuple[TeamId, TeamId], ...]:
    if is_a(remaining, str) or not is_a(remaining, Iterable):
        msg = f"what_needs: remaining must be matches (home, away) (got {remaining!r})"
        raise InvalidValueError(msg)
    played_at: dict[tuple[TeamId, TeamId], int] = {}
    for number, (home, away, _, _) in enumerate(rows):
        played_at.setdefault((home, away), number)
    fixtures: list[tuple[TeamId, TeamId]] = []
    for number, fixture in enumerate(remaining):
        where = f"what_needs: remaining[{number}]"
        if not is_a(fixture, tuple | list) or len(fixture) != 2:
            msg = f"{where}: a remaining match is (home, away) (got {fixture!r})"
            raise InvalidValueError(msg)
        home, away = fixture
        _check_pair(home, away, listed, index, where)
        if (home, away) in played_at:
            msg = f"{where}: {home!r} v {away!r} is already played (played[{played_at[home, away]}])"
            raise InvalidValueError(msg)
        if (home, away) in fixtures:
            msg = f"{where}: {home!r} v {away!r} is listed twice"
            raise InvalidValueError(msg)
        fixtures.append((home, away))
    return tuple(fixtures)


# -- the enumeration ----------------------------------------------------------

_HOME_WIN, _DRAW, _AWAY_WIN = range(3)
_OPPONENTS_GOALS: Final = frozenset(
    {Criterion.OPPONENTS_GOAL_DIFFERENCE, Criterion.OPPONENTS_GOALS_FOR}
)


def _points_first(rules: TableRules) -> bool:
    """Whether *rules* rank by points over all matches before anything else."""
    first = rules.tiebreakers[0]
    return (
        isinstance(first, Statistic)
        and first.criterion is Criterion.POINTS
        and first.scope is Scope.ALL_MATCHES
    )


def _reads_others_goals(criterion: object) -> bool:
    """Whether *criterion* reads goals of matches a team did not play."""
    if isinstance(criterion, Statistic):
        return criterion.criterion in _OPPONENTS_GOALS
    if isinstance(criterion, OnlyWhen):
        return _reads_others_goals(criterion.criterion)
    if isinstance(criterion, HeadToHead):
        return any(_reads_others_goals(inner) for inner in criterion.criteria)
    return False


def _result(home_goals: int, away_goals: int) -> int:
    if home_goals > away_goals:
        return _HOME_WIN
    return _DRAW if home_goals == away_goals else _AWAY_WIN


Combos = dict[tuple[int, ...], tuple[int | None, tuple[int, ...]]]
"""Each combination of results: the team's fate if points settle it (else
``None``), and the matches whose scores can change it."""


class _Enumeration:
    """One run of :func:`what_needs`: the outcomes, ranked, then described.

    A score of a remaining match is a number ``h * (max_goals + 1) + a``.
    """

    def __init__(
        self,
        teams: tuple[TeamId, ...],
        rows: tuple[Row, ...],
        fixtures: tuple[tuple[TeamId, TeamId], ...],
        rules: TableRules,
        team: TeamId,
        target: int,
        max_goals: int,
        max_scenarios: int,
    ) -> None:
        self.teams, self.rows, self.fixtures = teams, rows, fixtures
        self.rules, self.team, self.target = rules, team, target
        self.max_goals, self.max_scenarios = max_goals, max_scenarios
        self.side = max_goals + 1

    def needs(self) -> Needs:
        """The answer: rank the outcomes, then describe them."""
        combos = self.combinations()
        if isinstance(combos, str):
            return self.not_exhaustive(combos)
        scenarios = 0
        tables: dict[tuple[int, ...], dict[tuple[int, ...], int]] = {}
        for combo, (fate, relevant) in combos.items():
            if fate is None:
                tables[combo] = self.rank(combo, relevant)
                scenarios += len(tables[combo])
            else:
                scenarios += 1
        fates = {settled for settled, _ in combos.values() if settled is not None}
        for table in tables.values():
            fates.update(table.values())
        if len(fates) == 1:
            conditions: tuple[Condition, ...] = (
                Condition(needs=(), fate=_FATES[min(fates)]),
            )
        else:
            described = self.grid(combos, tables)
            if isinstance(described, str):
                return self.not_exhaustive(described, scenarios)
            pieces, grid = described
            conditions = tuple(
                condition
                for fate in range(3)
                if fate in fates
                for condition in self.describe(fate, pieces, grid)
            )
        return Needs(
            team=self.team,
            target=self.target,
            fixtures=self.fixtures,
            max_goals=self.max_goals,
            clinched=fates == {_QUALIFIES},
            eliminated=fates == {_ELIMINATED},
            exhaustive=True,
            scenarios=scenarios,
            conditions=conditions,
        )

    def not_exhaustive(self, reason: str, scenarios: int = 0) -> Needs:
        return Needs(
            team=self.team,
            target=self.target,
            fixtures=self.fixtures,
            max_goals=self.max_goals,
            clinched=False,
            eliminated=False,
            exhaustive=False,
            scenarios=scenarios,
            reason=reason,
        )

    def combinations(self) -> Combos | str:
        """Each combination of results, settled or not; a reason if too many."""
        count = len(self.fixtures)
        if 3**count > self.max_scenarios:
            return (
                f"{_matches(count)} give "
                f"3**{count} = {3**count} combinations of results, "
                f"more than max_scenarios={self.max_scenarios}"
            )
        top = self.max_goals
        per_result = (top * (top + 1) // 2, top + 1, top * (top + 1) // 2)
        by_points = _points_first(self.rules)
        local = not any(_reads_others_goals(c) for c in self.rules.tiebreakers)
        win, draw, loss = (
            self.rules.points.win,
            self.rules.points.draw,
            self.rules.points.loss,
        )
        base = dict.fromkeys(self.teams, 0)
        for home, away, home_goals, away_goals in self.rows:
            result = _result(home_goals, away_goals)
            base[home] += (win, draw, loss)[result]
            base[away] += (loss, draw, win)[result]
        combos: Combos = {}
        cost = 0
        for combo in itertools.product(range(3), repeat=count):
            level: set[TeamId] = set(self.teams)
            if by_points:
                points = dict(base)
                for (home, away), result in zip(self.fixtures, combo, strict=True):
                    points[home] += (win, draw, loss)[result]
                    points[away] += (loss, draw, win)[result]
                mine = points[self.team]
                above = sum(1 for p in points.values() if p > mine)
                level = {name for name, p in points.items() if p == mine}
                if above + len(level) <= self.target:
                    combos[combo] = (_QUALIFIES, ())
                    cost += 1
                    continue
                if above + 1 > self.target:
                    combos[combo] = (_ELIMINATED, ())
                    cost += 1
                    continue
            relevant = tuple(
                i
                for i, (home, away) in enumerate(self.fixtures)
                if not local or home in level or away in level
            )
            combos[combo] = (None, relevant)
            cost += math.prod(per_result[combo[i]] for i in relevant)
            if cost > self.max_scenarios:
                break
        if cost > self.max_scenarios:
            return (
                f"more than max_scenarios={self.max_scenarios} outcomes to rank "
                f"with scores up to {top} goals a team in "
                f"{_matches(count)}; "
                "lower max_goals or raise max_scenarios"
            )
        return combos

    def scores(self, result: int) -> list[int]:
        """The scores (as numbers) of *result*, in order."""
        side = self.side
        return [s for s in range(side * side) if _result(s // side, s % side) == result]

    def rank(
        self, combo: tuple[int, ...], relevant: tuple[int, ...]
    ) -> dict[tuple[int, ...], int]:
        """The team's fate for each combination of scores of the *relevant* matches."""
        side = self.side
        typical = {_HOME_WIN: 1 * side + 0, _DRAW: 0, _AWAY_WIN: 1}
        chosen = [typical[result] for result in combo]
        choices = [self.scores(combo[i]) for i in relevant]
        table: dict[tuple[int, ...], int] = {}
        for scores in itertools.product(*choices):
            for i, score in zip(relevant, scores, strict=True):
                chosen[i] = score
            rows = list(self.rows)
            rows.extend(
                (home, away, score // side, score % side)
                for (home, away), score in zip(self.fixtures, chosen, strict=True)
            )
            table[scores] = self.fate_of(rank_rows(self.teams, rows, self.rules))
        return table

    def fate_of(self, places: tuple[tuple[TeamId, ...], ...]) -> int:
        first = 1
        for block in places:
            if self.team in block:
                last = first + len(block) - 1
                if last <= self.target:
                    return _QUALIFIES
                return _ELIMINATED if first > self.target else _LEVEL
            first += len(block)
        msg = f"what_needs: {self.team!r} has no place"  # pragma: no cover
        raise AssertionError(msg)  # pragma: no cover

    def grid(
        self,
        combos: Combos,
        tables: Mapping[tuple[int, ...], Mapping[tuple[int, ...], int]],
    ) -> tuple[list[list[frozenset[int]]], list[int]] | str:
        """Each match's scores in pieces, and the team's fate on every cell.

        Two scores of a match are in one class when, whatever the other matches
        give, the team's fate is the same; a piece is the scores of a class with
        one goal margin. A cell is one piece of each match, and the grid lists
        the fates of the cells, the last match varying fastest. When the cells
        would be more than *max_scenarios*, a reason instead.
        """
        count = len(self.fixtures)
        # Finest needed: split each result by every table its match is part of.
        labels: list[dict[int, list[object]]] = [
            {s: [_result(s // self.side, s % self.side)] for s in range(self.side**2)}
            for _ in range(count)
        ]
        for combo, table in tables.items():
            relevant = combos[combo][1]
            keys = list(table)
            for k, i in enumerate(relevant):
                signature: dict[int, list[int]] = {}
                for scores in keys:
                    signature.setdefault(scores[k], []).append(table[scores])
                ids: dict[tuple[int, ...], int] = {}
                for score, fates in signature.items():
                    labels[i][score].append(
                        (combo, ids.setdefault(tuple(fates), len(ids)))
                    )
        atoms: list[list[frozenset[int]]] = []
        for i in range(count):
            groups: dict[tuple[object, ...], set[int]] = {}
            for score, label in labels[i].items():
                groups.setdefault(tuple(label), set()).add(score)
            atoms.append(sorted((frozenset(g) for g in groups.values()), key=min))
        too_many = self.too_many(atoms)
        if too_many:
            return too_many
        fates = self.fill(atoms, combos, tables)
        # Coarsest: merge classes of a match whose fates agree on every other cell.
        classes = atoms
        for i in range(count):
            merged = _merge_columns(classes, fates, i)
            if len(merged) < len(classes[i]):
                classes = [*classes[:i], merged, *classes[i + 1 :]]
                fates = self.fill(classes, combos, tables)
        # Pieces: each class split by goal margin, for the words.
        side = self.side
        pieces = []
        for fixture in classes:
            split: list[frozenset[int]] = []
            for found in fixture:
                by_margin: dict[int, set[int]] = {}
                for s in found:
                    by_margin.setdefault(s // side - s % side, set()).add(s)
                split.extend(frozenset(p) for p in by_margin.values())
            pieces.append(sorted(split, key=min))
        return self.too_many(pieces) or (pieces, self.fill(pieces, combos, tables))

    def too_many(self, classes: list[list[frozenset[int]]]) -> str:
        """Why the cells of *classes* are too many to describe; ``""`` if they are not."""
        cells = math.prod(len(fixture) for fixture in classes)
        if cells <= self.max_scenarios:
            return ""
        return (
            f"the outcomes fall into {cells} combinations of scores that differ, "
            f"more than max_scenarios={self.max_scenarios} to describe; "
            "lower max_goals or raise max_scenarios"
        )

    def fill(
        self,
        classes: list[list[frozenset[int]]],
        combos: Combos,
        tables: Mapping[tuple[int, ...], Mapping[tuple[int, ...], int]],
    ) -> list[int]:
        """The fate of every cell of *classes* (each class's fate is its first score's)."""
        side = self.side
        firsts = [[min(c) for c in fixture] for fixture in classes]
        fates = []
        for scores in itertools.product(*firsts):
            combo = tuple(_result(s // side, s % side) for s in scores)
            settled, relevant = combos[combo]
            if settled is None:
                settled = tables[combo][tuple(scores[i] for i in relevant)]
            fates.append(settled)
        return fates

    def describe(
        self, fate: int, pieces: list[list[frozenset[int]]], grid: list[int]
    ) -> list[Condition]:
        """Conditions covering the cells of *fate*: few, broad, each said plainly."""
        options = [self.simple_sets(fixture) for fixture in pieces]
        weights = [[len(piece) for piece in fixture] for fixture in pieces]
        conditions = []
        for box in _cover(fate, grid, options, weights):
            needs = []
            for i, chosen in enumerate(box):
                if len(chosen) == len(pieces[i]):
                    continue
                scores = frozenset().union(*(pieces[i][c] for c in chosen))
                needs.append(self.match_need(i, scores))
            needs.sort(key=lambda n: self.team not in (n.home, n.away))
            conditions.append(Condition(needs=tuple(needs), fate=_FATES[fate]))
        return conditions

    def simple_sets(self, pieces: list[frozenset[int]]) -> list[list[frozenset[int]]]:
        """For each piece of a match, the sets of pieces holding it that read plainly.

        Largest first; each reads as one phrase: a range of margins ("beats Y by 2 or more",
        "does not lose to Y"), or scores of one margin in a run of goals ("draws
        1-1 or higher with Y"), or the piece alone.
        """
        side, top = self.side, self.max_goals
        margin = [min(p) // side - min(p) % side for p in pieces]
        sets: set[frozenset[int]] = {frozenset({c}) for c in range(len(pieces))}
        for low in range(-top, top + 1):
            for high in range(low, top + 1):
                sets.add(frozenset(c for c, d in enumerate(margin) if low <= d <= high))
        for d in set(margin):
            run = sorted(
                (c for c, m in enumerate(margin) if m == d),
                key=lambda c: min(pieces[c]),
            )
            for first in range(len(run)):
                for last in range(first + 1, len(run)):
                    chosen = run[first : last + 1]
                    goals = sorted(s % side for c in chosen for s in pieces[c])
                    if goals[-1] - goals[0] + 1 == len(goals):
                        sets.add(frozenset(chosen))
        by_piece: list[list[frozenset[int]]] = [[] for _ in pieces]
        for found in sets:
            for c in found:
                by_piece[c].append(found)
        size = {found: sum(len(pieces[c]) for c in found) for found in sets}
        for options in by_piece:
            options.sort(key=lambda found: (-size[found], sorted(found)))
        return by_piece

    def match_need(self, i: int, scores: frozenset[int]) -> MatchNeed:
        """The :class:`MatchNeed` of match *i* that allows exactly *scores*."""
        side, top = self.side, self.max_goals
        by_margin: dict[int, list[int]] = {}
        for s in scores:
            by_margin.setdefault(s // side - s % side, []).append(s)
        margins = tuple(
            sorted(d for d, found in by_margin.items() if len(found) == side - abs(d))
        )
        exact = sorted(
            (s for d, found in by_margin.items() if d not in margins for s in found),
            key=lambda s: (s // side - s % side, s // side),
        )
        home, away = self.fixtures[i]
        return MatchNeed(
            home=home,
            away=away,
            margins=margins,
            scores=tuple(Score(s // side, s % side) for s in exact),
            max_goals=top,
        )


def _merge_columns(
    classes: list[list[frozenset[int]]], fates: list[int], i: int
) -> list[frozenset[int]]:
    """The classes of match *i*, those with the same fates on every other cell merged."""
    dims = [len(c) for c in classes]
    stride = math.prod(dims[i + 1 :])
    columns: dict[int, list[int]] = {c: [] for c in range(dims[i])}
    for cell, fate in enumerate(fates):
        columns[(cell // stride) % dims[i]].append(fate)
    groups: dict[tuple[int, ...], set[int]] = {}
    for c, column in columns.items():
        groups.setdefault(tuple(column), set()).update(classes[i][c])
    return sorted((frozenset(g) for g in groups.values()), key=min)


Box = tuple[tuple[int, ...], ...]
"""A set of cells: for each match, the pieces it takes."""


def _cover(
    fate: int,
    grid: list[int],
    options: list[list[list[frozenset[int]]]],
    weights: list[list[int]],
) -> list[Box]:
    """A few broad boxes, each said plainly, whose cells are exactly *fate*'s.

    A greedy set cover: from a cell of the fate a box is grown one match at a
    time (in several orders of the matches), each match taking the largest of its
    plain *options* holding the cell that keeps the box within the fate; the box
    covering the most cells not yet covered is kept, until all are, and then
    boxes the others cover are dropped. Sets of cells are bits of an ``int``.
    """
    dims = [len(o) for o in options]
    count = len(dims)
    strides = [math.prod(dims[i + 1 :]) for i in range(count)]
    bits = bytearray((len(grid) + 7) // 8)
    for cell, found in enumerate(grid):
        if found == fate:
            bits[cell >> 3] |= 1 << (cell & 7)
    region = int.from_bytes(bits, "little")
    outside = ((1 << len(grid)) - 1) ^ region
    orders = (
        list(itertools.permutations(range(count)))
        if count <= 3
        else [
            order
            for k in range(count)
            for order in (
                tuple(range(k, count)) + tuple(range(k)),
                tuple(range(k, -1, -1)) + tuple(range(count - 1, k, -1)),
            )
        ]
    )
    all_seeds = region.bit_count() * len(orders) <= 5_000

    def mask(box: Sequence[Iterable[int]]) -> int:
        found = 1
        for i in range(count - 1, -1, -1):
            found = functools.reduce(
                operator.or_, (found << (c * strides[i]) for c in box[i]), 0
            )
        return found

    def grow(cell: int, order: Sequence[int]) -> Box:
        at = [(cell // strides[i]) % dims[i] for i in range(count)]
        box: list[Iterable[int]] = [(c,) for c in at]
        for i in order:
            others = mask([box[j] if j != i else (0,) for j in range(count)])
            allowed = {
                c for c in range(dims[i]) if not (others << (c * strides[i])) & outside
            }
            box[i] = next(o for o in options[i][at[i]] if o <= allowed)
        return tuple(tuple(sorted(chosen)) for chosen in box)

    def candidates(seeds: Iterable[int], pool: dict[Box, int]) -> None:
        for cell in seeds:
            for order in orders:
                box = grow(cell, order)
                if box not in pool:
                    pool[box] = mask(box)

    def weight(box: Box) -> int:
        return math.prod(
            sum(weights[i][c] for c in chosen) for i, chosen in enumerate(box)
        )

    def free(box: Box) -> int:
        return sum(len(box[i]) == dims[i] for i in range(count))

    uncovered = region
    pool: dict[Box, int] = {}
    if all_seeds:
        candidates(_bits_of(region), pool)
    chosen: list[Box] = []
    while uncovered:
        if not all_seeds:
            pool.clear()
            low = uncovered & -uncovered
            candidates([low.bit_length() - 1], pool)
        best = max(
            pool,
            key=lambda box: (
                (pool[box] & uncovered).bit_count(),
                free(box),
                weight(box),
                [-min(c) for c in box],
            ),
        )
        chosen.append(best)
        pool[best] = pool.get(best) or mask(best)
        uncovered &= ~pool[best]
    # Drop boxes whose cells the others cover.
    masks = {box: mask(box) for box in chosen}
    kept = list(chosen)
    for box in reversed(chosen):
        once = twice = 0
        for other in kept:
            twice |= once & masks[other]
            once |= masks[other]
        if masks[box] & ~twice == 0:
            kept.remove(box)
    kept.sort(key=lambda box: (count - free(box), -weight(box)))
    return kept


def _bits_of(value: int) -> Iterator[int]:
    """The positions of the bits set in *value*, lowest first."""
    while value:
        low = value & -value
        yield low.bit_length() - 1
        value ^= low


def _matches(count: int) -> str:
    """*count* remaining matches, for a reason given in words."""
    return f"{count} remaining match{'' if count == 1 else 'es'}"
