"""Layer 4, formats: group tables, ranked by a chain of criteria, with reasons."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, NamedTuple, TypeVar, final

import attrs

from ._i18n import N_
from ._i18n import gettext_ as _
from ._knockout import Need
from ._official import MatchStatus, official_result
from ._points import PointsScheme
from ._resolver import (
    DRAWN,
    GOALS_AGAINST,
    GOALS_FOR,
    INFINITE,
    LOST,
    PLAYED,
    POINTS,
    WON,
    Counted,
    Figure,
    Resolver,
    Separator,
    Split,
    count_matches,
    finish_tally,
    tally,
)
from ._rulings import AwardedShootout, PointsDeduction, Ruling
from ._tiebreak import (
    Criterion,
    Statistic,
    TableRules,
)
from ._validators import as_goals, display_width, is_a, nfc, pad
from ._values import Match, Row, TeamId, order_key
from .errors import InvalidValueError, RuleError, UnknownNameError

_T = TypeVar("_T")

__all__ = [
    "Explanation",
    "LevelTeams",
    "Separation",
    "Standings",
    "TableRow",
    "rank_across_groups",
    "row_figures",
    "splits_from",
    "standings",
    "table_headings",
]


@final
@attrs.frozen(kw_only=True)
class TableRow:
    """One team's line in a table.

    >>> row = TableRow(position=1, team="Juan Aurich", played=5, won=4, drawn=0,
    ...                lost=1, goals_for=13, goals_against=2, points=12)
    >>> row.goal_difference
    11
    """

    position: int
    """The team's place; teams in an open tie share the highest place of the tie."""
    team: TeamId
    """The team."""
    played: int
    """Matches played (with a known score)."""
    won: int
    """Matches won."""
    drawn: int
    """Matches drawn."""
    lost: int
    """Matches lost."""
    goals_for: int
    """Goals scored."""
    goals_against: int
    """Goals conceded."""
    points: int
    """Points, after any deduction."""
    deducted: int = 0
    """Points deducted by rulings (negative when points were added)."""
    rulings: tuple[Ruling | PointsDeduction, ...] = ()
    """The rulings that changed this row: on its matches, and deductions."""

    @property
    def goal_difference(self) -> int:
        """Goals for minus goals against.

        >>> TableRow(position=2, team="B", played=1, won=0, drawn=0, lost=1,
        ...          goals_for=1, goals_against=3, points=0).goal_difference
        -2
        """
        return self.goals_for - self.goals_against


@final
@attrs.frozen(kw_only=True)
class LevelTeams:
    """Teams still level after every criterion that could be applied.

    *needs* says what would separate them: ``Need.PLAYOFF`` (a play-off match
    across a qualification boundary), ``Need.DRAWING_OF_LOTS``,
    ``Need.PENALTIES`` (the shoot-out after a level last match),
    ``Need.RANKING_VALUE`` (then *ranking* and *missing* say which values are
    missing), or ``Need.DECISION`` when the chain ran out of criteria.

    >>> import copaperu as cp
    >>> tie = cp.LevelTeams(teams=("Juan Aurich", "U.P.A.O."), position=1,
    ...                  needs=cp.Need.PLAYOFF)
    >>> print(tie)
    Juan Aurich, U.P.A.O. level in place 1: needs a play-off
    """

    teams: tuple[TeamId, ...]
    """The teams level, listed by name (their order means nothing)."""
    position: int
    """The place they share."""
    needs: Need
    """What would separate them; ``Need.DECISION`` when no criterion is left."""
    ranking: str = ""
    """For ``Need.RANKING_VALUE``: the name of the ranking lacking values."""
    missing: tuple[TeamId, ...] = ()
    """For ``Need.RANKING_VALUE``: the teams level without a value in it."""

    def __str__(self) -> str:
        from ._words import level_teams_text

        return level_teams_text(self)


@final
@attrs.frozen(kw_only=True)
class Separation:
    """Why one team stands directly above the next: the criterion and the figures.

    >>> from copaperu import tiebreak
    >>> print(Separation(upper="Japan", lower="Senegal",
    ...                  criterion=tiebreak.fair_play(),
    ...                  upper_value=-4, lower_value=-6))
    Japan above Senegal on fair play: -4 vs -6
    """

    upper: TeamId
    """The team placed higher."""
    lower: TeamId
    """The team placed directly below it."""
    criterion: Separator
    """The criterion that separated them (a head-to-head's own criterion, with
    *among*, when a head-to-head did)."""
    upper_value: Figure
    """The upper team's figure under that criterion: an ``int`` for counts
    (points, goals, wins, a fair-play score; goals against as conceded, fewer being
    better), a :class:`~fractions.Fraction` for a goal average (``math.inf`` when
    no goal was conceded), a ``float`` for a ranking's value; for lots, the place
    the team was drawn; for a play-off, its play-off wins; ``None`` for a
    shoot-out."""
    lower_value: Figure
    """The lower team's figure under that criterion."""
    among: tuple[TeamId, ...] | None = None
    """The teams among whose matches the figures were computed (a head-to-head);
    ``None`` when they come from all the matches."""
    matches: tuple[Match, ...] = ()
    """The matches that decided: the play-off matches, or the last match with
    its shoot-out."""
    seed: int | None = None
    """For a simulated drawing of lots, its seed; ``None`` for lots as recorded."""

    def __str__(self) -> str:
        from ._words import separation_text

        return separation_text(self)


@final
@attrs.frozen(kw_only=True)
class Explanation:
    """Why a table is ordered as it is: a separation at each boundary, and open ties.

    >>> import copaperu as cp
    >>> table = cp.standings(
    ...     ["A", "B"], [cp.Match(home="A", away="B", score=cp.Score(2, 1))],
    ...     cp.rules.CLASSIC)
    >>> print(table.explain())
    A above B on points: 3 vs 0
    """

    separations: tuple[Separation, ...]
    """For each pair of adjacent teams not level, what separated them."""
    level_teams: tuple[LevelTeams, ...]
    """Teams that no criterion separated."""
    unplayed: tuple[Match, ...] = ()
    """Matches that counted for nothing: no score, not played, or void."""
    not_counted: tuple[MatchStatus, ...] = ()
    """Why each match of *unplayed* did not count: its status as the table saw it
    (:attr:`~copaperu.MatchStatus.UNKNOWN`, :attr:`~copaperu.MatchStatus.NOT_PLAYED` or
    :attr:`~copaperu.MatchStatus.VOID`)."""

    def __str__(self) -> str:
        from ._words import explanation_text

        return explanation_text(self)


@final
@attrs.frozen(kw_only=True)
class Standings:
    """A ranked table, with the reasons for its order.

    Build one with :func:`copaperu.standings`.

    >>> import copaperu as cp
    >>> table = cp.standings(
    ...     ["A", "B", "C"],
    ...     [cp.Match(home="A", away="B", score=cp.Score(1, 1)),
    ...      cp.Match(home="B", away="C", score=cp.Score(2, 0))],
    ...     cp.rules.CLASSIC)
    >>> table.order
    ('B', 'A', 'C')
    >>> table.row("A").points
    1
    """

    rules: TableRules
    """The rules the table was ranked by."""
    rows: tuple[TableRow, ...]
    """One row a team, first to last."""
    level_teams: tuple[LevelTeams, ...] = ()
    """Groups of teams still level after every criterion."""
    unplayed: tuple[Match, ...] = ()
    """Matches that count for nothing: no score, not played, or void."""
    advance: tuple[int, ...] = ()
    """Places with a qualification boundary directly below them."""
    apply_rulings: bool = True
    """Whether the table is official (rulings applied) or as played."""
    splits: tuple[Split, ...] = attrs.field(default=(), eq=False, repr=False)
    """How the ranking was reached, step by step (for :meth:`explain`)."""

    @property
    def order(self) -> tuple[TeamId, ...]:
        """The teams, first to last.

        >>> import copaperu as cp
        >>> cp.standings(["A", "B"], [], cp.rules.CLASSIC).order
        ('A', 'B')
        """
        return tuple(row.team for row in self.rows)

    def row(self, team: TeamId) -> TableRow:
        """The row of *team*.

        Raises:
            UnknownNameError: *team* is not in the table.

        >>> import copaperu as cp
        >>> cp.standings(["A", "B"], [], cp.rules.CLASSIC).row("B").position
        1
        """
        for row in self.rows:
            if row.team == team:
                return row
        raise UnknownNameError("team", team, self.order)

    def explain(self) -> Explanation:
        """Why each team stands where it does.

        For each pair of adjacent teams, the criterion that separated them, with
        both teams' figures; then the open ties and the matches not counted.

        >>> import copaperu as cp
        >>> table = cp.standings(
        ...     ["A", "B", "C"],
        ...     [cp.Match(home="A", away="B", score=cp.Score(3, 0)),
        ...      cp.Match(home="B", away="C", score=cp.Score(1, 0)),
        ...      cp.Match(home="C", away="A", score=cp.Score(1, 0))],
        ...     cp.rules.CLASSIC)
        >>> print(table.explain())
        A above C on goal difference: +2 vs 0
        C above B on goal difference: 0 vs -2
        """
        separations = []
        for upper, lower in itertools.pairwise(self.order):
            separation = self._separation(upper, lower)
            if separation is not None:
                separations.append(separation)
        return Explanation(
            separations=tuple(separations),
            level_teams=self.level_teams,
            unplayed=self.unplayed,
            not_counted=tuple(self._why_not_counted(match) for match in self.unplayed),
        )

    def _why_not_counted(self, match: Match) -> MatchStatus:
        if not self.apply_rulings:
            return MatchStatus.UNKNOWN
        return official_result(match).status

    def _separation(self, upper: TeamId, lower: TeamId) -> Separation | None:
        for split in self.splits:
            where = {
                team: index for index, part in enumerate(split.parts) for team in part
            }
            if upper in where and lower in where and where[upper] != where[lower]:
                values = dict(split.values)
                criterion = split.criterion
                return Separation(
                    upper=upper,
                    lower=lower,
                    criterion=criterion,
                    upper_value=_figure(criterion, values[upper]),
                    lower_value=_figure(criterion, values[lower]),
                    among=split.concerned,
                    matches=split.matches,
                    seed=split.seed,
                )
        return None

    def to_pandas(self) -> Any:
        """This table as a ``pandas.DataFrame``: one row per table row, first to last.

        The columns are ``position``, ``team``, ``played``, ``won``, ``drawn``,
        ``lost``, ``goals_for``, ``goals_against``, ``goal_difference``,
        ``points`` and ``deducted``; teams level share their place. Needs the
        ``pandas`` extra; see :func:`copaperu.frames.to_pandas`.

        >>> import copaperu as cp
        >>> table = cp.standings(
        ...     ["A", "B", "C"],
        ...     [cp.Match(home="A", away="B", score=cp.Score(1, 1)),
        ...      cp.Match(home="B", away="C", score=cp.Score(2, 0))],
        ...     cp.rules.CLASSIC)
        >>> print(table.to_pandas().to_string())
           position team  played  won  drawn  lost  goals_for  goals_against  goal_difference  points  deducted
        0         1    B       2    1      1     0          3              1                2       4         0
        1         2    A       1    0      1     0          1              1                0       1         0
        2         3    C       1    0      0     1          0              2               -2       0         0
        """
        from .frames import to_pandas

        return to_pandas(self)

    def to_polars(self) -> Any:
        """This table as a ``polars.DataFrame``, with the columns of :meth:`to_pandas`.

        Needs the ``polars`` extra; see :func:`copaperu.frames.to_polars`.

        >>> import copaperu as cp
        >>> table = cp.standings(
        ...     ["A", "B"], [cp.Match(home="A", away="B", score=cp.Score(0, 0))],
        ...     cp.rules.CLASSIC)
        >>> frame = table.to_polars()
        >>> frame.select("position", "team", "points").rows()
        [(1, 'A', 1), (1, 'B', 1)]
        """
        from .frames import to_polars

        return to_polars(self)

    def __str__(self) -> str:
        return _render(self)


def _figure(criterion: Separator, value: Figure) -> Figure:
    """A figure as the resolver compared it, as people count it."""
    if isinstance(criterion, Statistic) and value is not None:
        if criterion.criterion is Criterion.GOALS_AGAINST:
            return -value  # compared negated: fewer is better
        if criterion.criterion is Criterion.GOAL_AVERAGE and value == INFINITE:
            return math.inf
    return value


def splits_from(separations: Iterable[Separation]) -> tuple[Split, ...]:
    """The record of splits from which :meth:`Standings.explain` gives *separations*.

    A table read back from data (:func:`copaperu.from_data`) carries its
    separations, not the resolver's full record: one split for each gives them
    again, with each figure as the resolver compared it.

    >>> import copaperu as cp
    >>> table = cp.standings(
    ...     ["A", "B"], [cp.Match(home="A", away="B", score=cp.Score(2, 1))],
    ...     cp.rules.CLASSIC)
    >>> again = attrs.evolve(table, splits=splits_from(table.explain().separations))
    >>> again.explain() == table.explain()
    True
    """
    return tuple(
        Split(
            parts=((separation.upper,), (separation.lower,)),
            criterion=separation.criterion,
            concerned=separation.among,
            values=(
                (
                    separation.upper,
                    _compared(separation.criterion, separation.upper_value),
                ),
                (
                    separation.lower,
                    _compared(separation.criterion, separation.lower_value),
                ),
            ),
            matches=separation.matches,
            seed=separation.seed,
        )
        for separation in separations
    )


def _compared(criterion: Separator, value: Figure) -> Figure:
    """A figure as people count it, as the resolver compared it (see :func:`_figure`)."""
    if isinstance(criterion, Statistic) and value is not None:
        if criterion.criterion is Criterion.GOALS_AGAINST:
            return -value
        if criterion.criterion is Criterion.GOAL_AVERAGE and value == math.inf:
            return INFINITE
    return value


def table_headings() -> tuple[str, ...]:
    """The headings of a table's columns, in the current language.

    >>> table_headings()
    ('Pos', 'Team', 'P', 'W', 'D', 'L', 'GF', 'GA', 'GD', 'Pts')
    """
    return tuple(
        _(heading)
        for heading in (
            N_("Pos"),
            N_("Team"),
            # The columns' abbreviations: played, won, drawn, lost, goals for,
            # goals against, goal difference, points.
            N_("P"),
            N_("W"),
            N_("D"),
            N_("L"),
            N_("GF"),
            N_("GA"),
            N_("GD"),
            N_("Pts"),
        )
    )


def row_figures(row: TableRow) -> tuple[str, ...]:
    """A row's figures as a table shows them, in the order of its headings.

    After the team: played, won, drawn, lost, goals for and against, the goal
    difference signed, points.

    >>> import copaperu as cp
    >>> table = cp.standings(["A", "B"], [("A", "B", 2, 0)], cp.rules.CLASSIC)
    >>> row_figures(table.row("A")), row_figures(table.row("B"))[-2:]
    (('1', '1', '0', '0', '2', '0', '+2', '3'), ('-2', '0'))
    """
    counts = (
        row.played,
        row.won,
        row.drawn,
        row.lost,
        row.goals_for,
        row.goals_against,
    )
    gd = f"{row.goal_difference:+d}" if row.goal_difference else "0"
    return (*map(str, counts), gd, str(row.points))


# The text table's widths of the figures' columns, P W D L GF GA GD Pts.
_WIDTHS: Final = (2, 2, 2, 2, 3, 3, 4, 4)


def _figures(cells: Sequence[str]) -> str:
    return " ".join(f"{cell:>{w}}" for cell, w in zip(cells, _WIDTHS, strict=True))


def _render(table: Standings) -> str:
    heads = table_headings()
    width = max(
        [display_width(heads[1]), *(display_width(row.team) for row in table.rows)]
    )
    shared = {tie.position for tie in table.level_teams}
    lines = [f"{heads[0]:>4}  {pad(heads[1], width)}  {_figures(heads[2:])}"]
    for row in table.rows:
        mark = "=" if row.position in shared else " "
        lines.append(
            f"{row.position:>3}{mark}  {pad(row.team, width)}  "
            f"{_figures(row_figures(row))}"
        )
        if row.deducted:
            lines[-1] += "  " + _("({points} deducted)").format(points=row.deducted)
    return "\n".join(lines)


def _canonical(values: Sequence[_T]) -> tuple[_T, ...]:
    """*values* in an order of their own, not the order they were given in.

    A table is then equal whatever the order of its matches.
    """
    return tuple(sorted(values, key=order_key)) if len(values) > 1 else tuple(values)


def _check_rules(where: str, rules: object, apply_rulings: object) -> None:
    """Refuse rules that are not table rules, and an *apply_rulings* not a bool."""
    if not is_a(rules, TableRules):
        msg = f"{where}: rules must be TableRules (got {rules!r})"
        raise RuleError(msg)
    if not is_a(apply_rulings, bool):
        msg = f"{where}: apply_rulings must be True or False (got {apply_rulings!r})"
        raise InvalidValueError(msg)


def _check_collection(name: str, given: object, what: str) -> None:
    """Refuse an argument that is not a collection of items (a string is not)."""
    if given.__class__ in (list, tuple):  # the common case, first
        return
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"standings: {name} must be a collection of {what}, such as a list (got {given!r})"
        raise InvalidValueError(msg)


def _check_teams(teams: Iterable[TeamId]) -> tuple[TeamId, ...]:
    if isinstance(teams, str):
        msg = f"standings: teams must be a collection of team names, not a string (got {teams!r})"
        raise InvalidValueError(msg)
    listed = tuple(teams)
    seen: set[TeamId] = set()
    for team in listed:
        if not is_a(team, str) or not team.strip():
            msg = f"standings: a team must be a non-empty string (got {team!r})"
            raise InvalidValueError(msg)
    listed = tuple(nfc(team) for team in listed)  # one name however it is typed
    for team in listed:
        if team in seen:
            msg = f"standings: team {team!r} is listed twice"
            raise InvalidValueError(msg)
        seen.add(team)
    return listed


def _check_matches(
    what: str, matches: Iterable[Match], teams: frozenset[TeamId]
) -> tuple[Match, ...]:
    listed = tuple(matches)
    for index, match in enumerate(listed):
        if not is_a(match, Match):
            msg = f"standings: {what}[{index}] is not a Match (got {match!r})"
            raise InvalidValueError(msg)
        if match.home not in teams or match.away not in teams:
            team = match.home if match.home not in teams else match.away
            raise UnknownNameError(
                "team", team, teams, where=f"standings: {what}[{index}] {match}"
            )
    return listed


def _count(
    given: Iterable[Match | Row],
    teams: tuple[TeamId, ...],
    members: frozenset[TeamId],
    scheme: PointsScheme,
    apply_rulings: bool,
) -> tuple[
    list[Counted],
    list[tuple[Match, MatchStatus]],
    dict[TeamId, list[Any]],
    dict[TeamId, list[int]],
]:
    """Check the matches (or plain rows) of a table, split and tally them in one pass.

    Returns the records that count, the matches that do not with their status,
    for each team the rulings that changed one of its matches, and each team's
    tally. A plain row ``(home, away, home_goals, away_goals)`` counts as played,
    without cards, date or shoot-out.
    """
    counted: list[Counted] = []
    not_counted: list[tuple[Match, MatchStatus]] = []
    changed: dict[TeamId, list[Any]] = {}
    stats = {team: [0, 0, 0, 0, 0, 0, 0, 0, 0] for team in teams}
    record: Counted
    for index, item in enumerate(given):
        entry: object = item  # narrowed below by its exact type
        if type(entry) is Match and not entry.rulings and entry.score is not None:
            # The common case, inline: a validated match with a score.
            home, away = entry.home, entry.away
            if home not in members or away not in members:
                _match_record(index, entry, members, apply_rulings, changed)
            hg, ag = entry.score.home, entry.score.away
            outcome, neutral = (hg > ag) - (hg < ag), entry.neutral
            record = (home, away, hg, ag, outcome, neutral, entry)
        elif type(entry) is tuple and len(entry) == 4:
            home, away, hg, ag = entry
            if (
                home not in members
                or away not in members
                or home == away
                or type(hg) is not int
                or type(ag) is not int
                or hg < 0
                or ag < 0
            ):
                home, away, hg, ag, outcome, neutral, _ = _row_record(
                    index, entry, members
                )
            outcome, neutral = (hg > ag) - (hg < ag), False
            record = (home, away, hg, ag, outcome, False, None)
        elif type(entry) is tuple:
            _row_record(index, entry, members)  # raises: not four values
            continue
        else:
            found = _match_record(index, entry, members, apply_rulings, changed)
            if isinstance(found, _NotCounted):
                not_counted.append((found.match, found.status))
                continue
            record = found
            home, away, hg, ag, outcome, neutral, _ = record
        counted.append(record)
        # The tally, as _resolver.add_record makes it, inline for speed: the
        # offsets are GOALS_FOR 4, GOALS_AGAINST 5, WON 1, LOST 3,
        # AWAY_GOALS_FOR 6, AWAY_WINS 7 (literals: no global lookup per match).
        first, second = stats[home], stats[away]
        first[4] += hg
        first[5] += ag
        second[4] += ag
        second[5] += hg
        if outcome > 0:
            first[1] += 1
            second[3] += 1
        elif outcome < 0:
            second[1] += 1
            first[3] += 1
            if not neutral:
                second[7] += 1
        if not neutral:
            second[6] += ag
    return counted, not_counted, changed, finish_tally(stats, counted, scheme)


class _NotCounted(NamedTuple):
    """A match that does not count in the table, with why (internal)."""

    match: Match
    status: MatchStatus


def _match_record(
    index: int,
    item: object,
    members: frozenset[TeamId],
    apply_rulings: bool,
    changed: dict[TeamId, list[Any]],
) -> Counted | _NotCounted:
    """The record of a match that counts, or the match with its status if not."""
    if not isinstance(item, Match):
        msg = (
            f"standings: matches[{index}] is not a Match or a row "
            f"(home, away, home_goals, away_goals) (got {item!r})"
        )
        raise InvalidValueError(msg)
    match = item
    home, away = match.home, match.away
    if home not in members or away not in members:
        team = home if home not in members else away
        raise UnknownNameError(
            "team", team, members, where=f"standings: matches[{index}] {match}"
        )
    if apply_rulings and match.rulings:
        result = official_result(match)
        table_rulings = [
            r for r in result.rulings if not isinstance(r, AwardedShootout)
        ]
        for team in (home, away):
            changed.setdefault(team, []).extend(table_rulings)
        if not result.counts:
            return _NotCounted(match, result.status)
        hg, ag = (result.score.home, result.score.away) if result.score else (0, 0)
        outcome = 0 if result.winner is None else (1 if result.winner == home else -1)
    else:
        score = match.score
        if score is None:
            return _NotCounted(match, MatchStatus.UNKNOWN)
        hg, ag = score.home, score.away
        outcome = (hg > ag) - (hg < ag)
    return (home, away, hg, ag, outcome, match.neutral, match)


def _row_record(index: int, row: Any, members: frozenset[TeamId]) -> Counted:
    """The record of a plain row, checked.

    Four values, two different teams of the table, goals that are non-negative
    integers.
    """
    if len(row) != 4:
        msg = (
            f"standings: matches[{index}] is a row of {len(row)} values, not "
            f"(home, away, home_goals, away_goals) (got {row!r})"
        )
        raise InvalidValueError(msg)
    home, away, hg, ag = row
    if home.__class__ is str and away.__class__ is str:
        home, away = nfc(home), nfc(away)  # a name typed decomposed is still ours
    if home not in members or away not in members:
        team = home if home not in members else away
        raise UnknownNameError(
            "team", str(team), members, where=f"standings: matches[{index}] {row!r}"
        )
    if home == away:
        msg = f"standings: matches[{index}]: a team cannot play itself (got {row!r})"
        raise InvalidValueError(msg)
    if hg.__class__ is not int or ag.__class__ is not int or hg < 0 or ag < 0:
        hg, ag = _goals(index, hg), _goals(index, ag)
    return (home, away, hg, ag, (hg > ag) - (hg < ag), False, None)


def _goals(index: int, goals: object) -> int:
    """*goals* as an int, if it is a non-negative integer of any integer type."""
    value = as_goals(goals)
    if value is None:
        msg = f"standings: matches[{index}]: goals must be non-negative integers (got {goals!r})"
        raise InvalidValueError(msg)
    return value


def _boundaries(advance: int | Iterable[int], size: int) -> tuple[int, ...]:
    if not is_a(advance, int) and (is_a(advance, str) or not is_a(advance, Iterable)):
        msg = f"standings: advance must be a place or several places (got {advance!r})"
        raise InvalidValueError(msg)
    places = (advance,) if isinstance(advance, int) else tuple(advance)
    for place in places:
        if not is_a(place, int) or isinstance(place, bool) or not 0 <= place <= size:
            msg = f"standings: advance must be places between 0 and {size} (got {advance!r})"
            raise InvalidValueError(msg)
    return tuple(sorted({place for place in places if 0 < place < size}))


def standings(
    teams: Iterable[TeamId],
    matches: Iterable[Match | Row],
    rules: TableRules,
    *,
    advance: int | Iterable[int] = 0,
    playoffs: Iterable[Match] = (),
    adjustments: Iterable[PointsDeduction] = (),
    lots: Iterable[Sequence[TeamId]] = (),
    apply_rulings: bool = True,
) -> Standings:
    """Compute the table of a group: each team's record, ranked by *rules*.

    Args:
        teams: The teams of the group (each once).
        matches: The group's matches. A match with no score counts for nothing
            and is listed in ``Standings.unplayed``. A plain row
            ``(home, away, home_goals, away_goals)`` is a played match without
            cards, date or shoot-out (the fastest way in from data: no
            :class:`Match` is built for it).
        rules: The points scheme and the ranking chain.
        advance: The number of teams that qualify, or several places, each with
            a qualification boundary directly below it (``(1, 3)``: first place
            and the top three). A :func:`~copaperu.tiebreak.playoff` criterion
            acts only across these boundaries.
        playoffs: Play-off matches between teams level in the table; they decide
            places under a ``playoff`` criterion and never count in the table.
        adjustments: Points deductions for teams of the group.
        lots: Recorded outcomes of drawings of lots, each the teams in the order
            the lots put them; they decide places under a ``drawing_of_lots``
            criterion.
        apply_rulings: ``True`` (the default) for the official table, in which
            each match counts as :func:`~copaperu.official_result` says and
            deductions apply; ``False`` for the table as played on the pitch.

    Returns:
        The ranked table, with its open ties and the reasons for its order.

    Raises:
        InvalidValueError: a team listed twice, a match or a deduction for a team
            not in *teams* (the message names the match), a value of the wrong type.
        RuleError: the rules need data they do not have (a ranking without a
            value for a team level on it).

    >>> import copaperu as cp
    >>> matches = [cp.Match(home="A", away="B", score=cp.Score(0, 0))]
    >>> table = cp.standings(["A", "B"], matches, cp.rules.COPA_PERU_1998, advance=1)
    >>> table.level_teams
    (LevelTeams(teams=('A', 'B'), position=1, needs=<Need.PLAYOFF: 'playoff'>, ranking='', missing=()),)
    >>> table = cp.standings(
    ...     ["A", "B"], matches, cp.rules.COPA_PERU_1998, advance=1,
    ...     playoffs=[cp.Match(home="B", away="A", score=cp.Score(2, 1))])
    >>> table.order
    ('B', 'A')
    """
    _check_rules("standings", rules, apply_rulings)
    for name, given, what in (
        ("teams", teams, "team names"),
        ("matches", matches, "matches"),
        ("playoffs", playoffs, "matches"),
        ("adjustments", adjustments, "points deductions"),
        ("lots", lots, "orders of teams"),
    ):
        _check_collection(name, given, what)
    listed = _check_teams(teams)
    members = frozenset(listed)
    played, not_counted, changed, full = _count(
        matches, listed, members, rules.points, apply_rulings
    )
    extra = _check_matches("playoffs", playoffs, members)
    recorded = _check_lots(lots, members)
    deductions = _deductions(adjustments, members)
    boundaries = _boundaries(advance, len(listed))
    deducted: dict[TeamId, int] = {}
    for deduction in deductions if apply_rulings else ():
        deducted[deduction.team] = deducted.get(deduction.team, 0) + deduction.points
        changed.setdefault(deduction.team, []).append(deduction)
    for team, points in deducted.items():
        full[team][POINTS] -= points
    return _ranked(
        listed,
        full,
        rules,
        (played, not_counted, changed, deducted),
        boundaries,
        extra,
        recorded,
        apply_rulings,
    )


_Counting = tuple[
    list[Any],
    list[tuple[Match, MatchStatus]],
    dict[TeamId, list[Ruling | PointsDeduction]],
    dict[TeamId, int],
]


def _ranked(
    listed: tuple[TeamId, ...],
    full: dict[TeamId, list[int]],
    rules: TableRules,
    counting: _Counting,
    boundaries: tuple[int, ...],
    extra: tuple[Match, ...],
    recorded: tuple[tuple[TeamId, ...], ...],
    apply_rulings: bool,
) -> Standings:
    """The table of *listed* from their tallies: ranked, with level teams and rows."""
    played, not_counted, changed, deducted = counting
    resolver = Resolver(played, full, rules.points, boundaries, extra, recorded)
    parts = resolver.refine(tuple(sorted(listed)), 1, rules.tiebreakers, None)
    rows = []
    level_teams = []
    for block, first, wants in parts:
        if len(block) > 1:
            level_teams.append(
                LevelTeams(
                    teams=block,
                    position=first,
                    needs=wants.need if wants else Need.DECISION,
                    ranking=wants.ranking if wants else "",
                    missing=wants.missing if wants else (),
                )
            )
        for team in block:
            line = full[team]
            rows.append(
                TableRow(
                    position=first,
                    team=team,
                    played=line[PLAYED],
                    won=line[WON],
                    drawn=line[DRAWN],
                    lost=line[LOST],
                    goals_for=line[GOALS_FOR],
                    goals_against=line[GOALS_AGAINST],
                    points=line[POINTS],
                    deducted=deducted.get(team, 0),
                    rulings=_canonical(changed.get(team, ())),
                )
            )
    return Standings(
        rules=rules,
        rows=tuple(rows),
        level_teams=tuple(level_teams),
        unplayed=_canonical([match for match, _ in not_counted]),
        apply_rulings=apply_rulings,
        advance=boundaries,
        splits=tuple(resolver.splits),
    )


def rank_across_groups(
    placed: Mapping[TeamId, Iterable[Match]],
    rules: TableRules,
    *,
    advance: int | Iterable[int] = 0,
    lots: Iterable[Sequence[TeamId]] = (),
    apply_rulings: bool = True,
) -> Standings:
    """Rank teams of different groups, each by its own matches in its group.

    How regulations rank "the best third-placed teams": each team's record is the
    one it made in its group (*placed* maps each team to its group's matches, or
    the ones the regulation keeps, such as without those against a group's
    last-placed team); the *rules*' chain then ranks the records as a table does.
    Criteria among the teams concerned (head-to-head) find no match between them
    and leave them level; points, goal difference, goals, wins, fair play,
    rankings and lots apply as in any table.

    A team's matches may be all of its group's (those between other teams count
    for nothing in its record).

    Raises:
        InvalidValueError: a team given twice, a value of the wrong type.
        RuleError: the rules need data they do not have.

    >>> import copaperu as cp
    >>> a = [cp.Match(home="Peru", away="Chile", score=cp.Score(2, 0))]
    >>> b = [cp.Match(home="Bolivia", away="Ecuador", score=cp.Score(1, 0))]
    >>> table = cp.rank_across_groups({"Peru": a, "Bolivia": b}, cp.rules.CLASSIC)
    >>> table.order
    ('Peru', 'Bolivia')
    """
    _check_rules("rank_across_groups", rules, apply_rulings)
    if not is_a(placed, Mapping):
        msg = f"rank_across_groups: placed must map each team to its matches (got {placed!r})"
        raise InvalidValueError(msg)
    listed = _check_teams(tuple(placed))
    every: dict[Match, None] = {}
    for team, matches in placed.items():
        _check_collection(f"placed[{team!r}]", matches, "matches")
        for index, match in enumerate(matches):
            if not is_a(match, Match):
                msg = f"rank_across_groups: placed[{team!r}][{index}] is not a Match (got {match!r})"
                raise InvalidValueError(msg)
            every.setdefault(match)
    members = frozenset(listed)
    recorded = _check_lots(lots, members)
    boundaries = _boundaries(advance, len(listed))
    played, not_counted, changed = count_matches(tuple(every), apply_rulings)
    everyone = {team for record in played for team in record[:2]} | members
    full = tally(sorted(everyone), played, rules.points)
    return _ranked(
        listed,
        full,
        rules,
        (played, not_counted, changed, {}),
        boundaries,
        (),
        recorded,
        apply_rulings,
    )


def _check_lots(
    lots: Iterable[Sequence[TeamId]], teams: frozenset[TeamId]
) -> tuple[tuple[TeamId, ...], ...]:
    recorded = []
    for index, drawn in enumerate(lots):
        if isinstance(drawn, str):
            msg = (
                f"standings: lots[{index}] must be a sequence of teams (got {drawn!r})"
            )
            raise InvalidValueError(msg)
        order = tuple(drawn)
        for team in order:
            if team not in teams:
                raise UnknownNameError(
                    "team", team, teams, where=f"standings: lots[{index}]"
                )
        if len(set(order)) != len(order) or len(order) < 2:
            msg = f"standings: lots[{index}] must name at least two different teams (got {order!r})"
            raise InvalidValueError(msg)
        recorded.append(order)
    return tuple(recorded)


def _deductions(
    adjustments: Iterable[PointsDeduction], teams: frozenset[TeamId]
) -> tuple[PointsDeduction, ...]:
    checked: list[PointsDeduction] = []
    for index, adjustment in enumerate(adjustments):
        if not is_a(adjustment, PointsDeduction):
            msg = f"standings: adjustments[{index}] is not a PointsDeduction (got {adjustment!r})"
            raise InvalidValueError(msg)
        if adjustment.team not in teams:
            raise UnknownNameError(
                "team", adjustment.team, teams, where=f"standings: adjustments[{index}]"
            )
        checked.append(adjustment)
    return tuple(checked)
