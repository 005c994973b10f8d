"""Layer 3, rules: group tables, ranked by a chain of criteria, with reasons."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Final, final

import attrs

from ._official import MatchStatus, official_result
from ._points import PointsScheme
from ._rulings import AwardedShootout, PointsDeduction, Ruling
from ._tiebreak import (
    Criterion,
    DrawingOfLots,
    FairPlay,
    HeadToHead,
    LastMatchShootout,
    OnlyWhen,
    Playoff,
    Ranking,
    Scope,
    Statistic,
    TableRules,
    Tiebreaker,
)
from ._validators import is_a, ordinal
from ._values import Match, TeamId
from .errors import InvalidValueError, RuleError, UnknownNameError

__all__ = [
    "Explanation",
    "OpenTie",
    "Separation",
    "Standings",
    "TableRow",
    "standings",
]

# Positions in a team's tally (a plain list, for speed).
_P, _W, _D, _L, _GF, _GA, _AGF, _AW, _PTS = range(9)

NEEDS_PLAYOFF: Final = "play-off"
NEEDS_LOTS: Final = "drawing of lots"
NEEDS_SHOOTOUT: Final = "penalty shoot-out"
NEEDS_DATES: Final = (
    "penalty shoot-out, if their draw was the last match of both (dates not recorded)"
)


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
class OpenTie:
    """Teams still level after every criterion that could be applied.

    *needs* says what would separate them: ``"play-off"`` (a play-off match across a
    qualification boundary), ``"drawing of lots"``, or ``""`` when the chain ran
    out of criteria.

    >>> tie = OpenTie(teams=("Juan Aurich", "U.P.A.O."), position=1, needs="play-off")
    >>> print(tie)
    Juan Aurich, U.P.A.O. level in place 1: needs a play-off
    """

    teams: tuple[TeamId, ...]
    """The teams level, listed by name (their order means nothing)."""
    position: int
    """The place they share."""
    needs: str = ""
    """What would separate them; ``""`` when no criterion is left."""

    def __str__(self) -> str:
        what = f"needs a {self.needs}" if self.needs else "no criterion separates them"
        return f"{', '.join(self.teams)} level in place {self.position}: {what}"


@final
@attrs.frozen(kw_only=True)
class Separation:
    """Why one team stands directly above the next: the criterion and the figures.

    >>> print(Separation(upper="Japan", lower="Senegal", criterion="fair play",
    ...                  upper_value="-4", lower_value="-6"))
    Japan above Senegal on fair play: -4 vs -6
    """

    upper: TeamId
    """The team placed higher."""
    lower: TeamId
    """The team placed directly below it."""
    criterion: str
    """The criterion that separated them, in words."""
    upper_value: str
    """The upper team's figure under that criterion."""
    lower_value: str
    """The lower team's figure under that criterion."""
    detail: str = ""
    """More about the decision: the play-off's score, the seed of a draw."""

    def __str__(self) -> str:
        text = (
            f"{self.upper} above {self.lower} on {self.criterion}: "
            f"{self.upper_value} vs {self.lower_value}"
        )
        return f"{text} ({self.detail})" if self.detail else text


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
    open_ties: tuple[OpenTie, ...]
    """Teams that no criterion separated."""
    unplayed: tuple[Match, ...] = ()
    """Matches that counted for nothing: no score, not played, or void."""
    not_counted: tuple[str, ...] = ()
    """Why each match of *unplayed* did not count."""

    def __str__(self) -> str:
        lines = [str(s) for s in self.separations]
        lines += [str(t) for t in self.open_ties]
        lines += [
            f"not counted ({why}): {m}"
            for m, why in zip(self.unplayed, self.not_counted, strict=False)
        ]
        return "\n".join(lines)


@attrs.frozen
class _Split:
    """One criterion dividing a group of level teams (kept for explanations)."""

    parts: tuple[tuple[TeamId, ...], ...]
    criterion: Tiebreaker
    concerned: tuple[TeamId, ...] | None
    values: tuple[tuple[TeamId, object], ...]
    detail: str = ""


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
    open_ties: tuple[OpenTie, ...] = ()
    """Groups of teams still level after every criterion."""
    unplayed: tuple[Match, ...] = ()
    """Matches that count for nothing: no score, not played, or void."""
    advance: tuple[int, ...] = ()
    """Places with a qualification boundary directly below them."""
    apply_rulings: bool = True
    """Whether the table is official (rulings applied) or as played."""
    splits: tuple[_Split, ...] = attrs.field(default=(), eq=False, repr=False)
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
            open_ties=self.open_ties,
            unplayed=self.unplayed,
            not_counted=tuple(self._why_not_counted(match) for match in self.unplayed),
        )

    def _why_not_counted(self, match: Match) -> str:
        if not self.apply_rulings:
            return _NOT_COUNTED[MatchStatus.UNKNOWN]
        return _NOT_COUNTED[official_result(match).status]

    def _separation(self, upper: TeamId, lower: TeamId) -> Separation | None:
        for split in self.splits:
            where = {
                team: index for index, part in enumerate(split.parts) for team in part
            }
            if upper in where and lower in where and where[upper] != where[lower]:
                values = dict(split.values)
                return Separation(
                    upper=upper,
                    lower=lower,
                    criterion=_describe(split.criterion, split.concerned),
                    upper_value=_figure(split.criterion, values[upper]),
                    lower_value=_figure(split.criterion, values[lower]),
                    detail=split.detail,
                )
        return None

    def __str__(self) -> str:
        return _render(self)


def _describe(criterion: Tiebreaker, concerned: tuple[TeamId, ...] | None) -> str:
    inner = criterion.criterion if isinstance(criterion, OnlyWhen) else criterion
    text = str(inner)
    if concerned is not None:
        return f"{text} among {', '.join(concerned)}"
    return text


def _figure(criterion: Tiebreaker, value: object) -> str:
    inner = criterion.criterion if isinstance(criterion, OnlyWhen) else criterion
    if isinstance(inner, Statistic):
        if inner.criterion is Criterion.GOAL_DIFFERENCE:
            assert isinstance(value, int)
            return f"{value:+d}" if value else "0"
        if inner.criterion is Criterion.GOALS_AGAINST:
            assert isinstance(value, int)
            return str(-value)
        if inner.criterion is Criterion.GOAL_AVERAGE:
            return _average_text(value)
    return str(value)


def _average_text(value: object) -> str:
    if value == _INFINITE:
        return "infinite (no goals against)"
    if isinstance(value, Fraction):
        return f"{float(value):.3f}"
    return str(value)


_INFINITE = Fraction(10**18)  # above any real goal average


def _render(table: Standings) -> str:
    width = max([4, *(len(row.team) for row in table.rows)])
    shared = {tie.position for tie in table.open_ties}
    lines = [
        f"{'Pos':>4}  {'Team':<{width}}  {'P':>2} {'W':>2} {'D':>2} {'L':>2} "
        f"{'GF':>3} {'GA':>3} {'GD':>4} {'Pts':>4}"
    ]
    for row in table.rows:
        mark = "=" if row.position in shared else " "
        gd = f"{row.goal_difference:+d}" if row.goal_difference else "0"
        lines.append(
            f"{row.position:>3}{mark}  {row.team:<{width}}  {row.played:>2} {row.won:>2} "
            f"{row.drawn:>2} {row.lost:>2} {row.goals_for:>3} {row.goals_against:>3} "
            f"{gd:>4} {row.points:>4}"
        )
        if row.deducted:
            lines[-1] += f"  ({row.deducted} deducted)"
    return "\n".join(lines)


_Counted = tuple[TeamId, TeamId, int, int, int, bool, Match]
"""A match as it counts: home, away, goals of each, outcome (1, 0, -1), neutral, match."""


def _tally(
    teams: Iterable[TeamId], records: Iterable[_Counted], scheme: PointsScheme
) -> dict[TeamId, list[int]]:
    """Each team's record (see the ``_P`` ... ``_PTS`` offsets) over *records*."""
    stats = {team: [0, 0, 0, 0, 0, 0, 0, 0, 0] for team in teams}
    win, draw, loss = scheme.win, scheme.draw, scheme.loss
    for home_team, away_team, hg, ag, outcome, neutral, _ in records:
        home = stats[home_team]
        away = stats[away_team]
        home[_P] += 1
        away[_P] += 1
        home[_GF] += hg
        home[_GA] += ag
        away[_GF] += ag
        away[_GA] += hg
        if not neutral:
            away[_AGF] += ag
        if outcome > 0:
            home[_W] += 1
            away[_L] += 1
            home[_PTS] += win
            away[_PTS] += loss
        elif outcome < 0:
            away[_W] += 1
            home[_L] += 1
            away[_PTS] += win
            home[_PTS] += loss
            if not neutral:
                away[_AW] += 1
        else:
            home[_D] += 1
            away[_D] += 1
            home[_PTS] += draw
            away[_PTS] += draw
    return stats


def _count(
    matches: tuple[Match, ...], apply_rulings: bool
) -> tuple[
    list[_Counted],
    list[tuple[Match, str]],
    dict[TeamId, list[Ruling | PointsDeduction]],
]:
    """Split *matches* into those that count (as records) and those that do not.

    Returns the records, the matches not counted with the reason, and for each
    team the rulings that changed one of its matches.
    """
    counted: list[_Counted] = []
    not_counted: list[tuple[Match, str]] = []
    changed: dict[TeamId, list[Ruling | PointsDeduction]] = {}
    for match in matches:
        if apply_rulings and match.rulings:
            result = official_result(match)
            table_rulings = [
                r for r in result.rulings if not isinstance(r, AwardedShootout)
            ]
            for team in match.teams:
                changed.setdefault(team, []).extend(table_rulings)
            if not result.counts:
                not_counted.append((match, _NOT_COUNTED[result.status]))
                continue
            hg, ag = (result.score.home, result.score.away) if result.score else (0, 0)
            outcome = (
                0
                if result.winner is None
                else (1 if result.winner == match.home else -1)
            )
        else:
            score = match.score
            if score is None:
                not_counted.append((match, _NOT_COUNTED[MatchStatus.UNKNOWN]))
                continue
            hg, ag = score.home, score.away
            outcome = (hg > ag) - (hg < ag)
        counted.append((match.home, match.away, hg, ag, outcome, match.neutral, match))
    return counted, not_counted, changed


_NOT_COUNTED = {
    MatchStatus.UNKNOWN: "no score",
    MatchStatus.NOT_PLAYED: "not played",
    MatchStatus.VOID: "abandoned and void",
}


def _goal_average(line: list[int]) -> Fraction:
    if line[_GA]:
        return Fraction(line[_GF], line[_GA])
    return _INFINITE if line[_GF] else Fraction(0)


_KEYS: dict[Criterion, Callable[[list[int]], object]] = {
    Criterion.POINTS: lambda line: line[_PTS],
    Criterion.GOAL_DIFFERENCE: lambda line: line[_GF] - line[_GA],
    Criterion.GOALS_FOR: lambda line: line[_GF],
    Criterion.GOALS_AGAINST: lambda line: -line[_GA],
    Criterion.GOAL_AVERAGE: _goal_average,
    Criterion.WINS: lambda line: line[_W],
    Criterion.AWAY_GOALS: lambda line: line[_AGF],
    Criterion.AWAY_WINS: lambda line: line[_AW],
}

# The opponents' criteria: the figure of each opponent that is added up.
_OPPONENTS: dict[Criterion, Callable[[list[int]], int]] = {
    Criterion.OPPONENTS_POINTS: lambda line: line[_PTS],
    Criterion.OPPONENTS_GOAL_DIFFERENCE: lambda line: line[_GF] - line[_GA],
    Criterion.OPPONENTS_GOALS_FOR: lambda line: line[_GF],
}


def _opponents_total(
    block: tuple[TeamId, ...],
    matches: Iterable[_Counted],
    table: Mapping[TeamId, list[int]],
    figure: Callable[[list[int]], int],
) -> dict[TeamId, object]:
    """For each team of *block*, *figure* added up over the different teams it played."""
    played: dict[TeamId, set[TeamId]] = {team: set() for team in block}
    for record in matches:
        home, away = record[0], record[1]
        if home in played:
            played[home].add(away)
        if away in played:
            played[away].add(home)
    return {
        team: sum(figure(table[other]) for other in opponents if other in table)
        for team, opponents in played.items()
    }


_Part = tuple[tuple[TeamId, ...], int, str | None]
"""A group of teams in the making: the teams, their first place, what they need."""


class _Resolver:
    """Applies a ranking chain to the teams of one table (internal, mutable)."""

    def __init__(
        self,
        played: Sequence[_Counted],
        full: dict[TeamId, list[int]],
        scheme: PointsScheme,
        boundaries: tuple[int, ...],
        playoffs: tuple[Match, ...],
        lots: tuple[tuple[TeamId, ...], ...],
    ) -> None:
        self.played = played
        self.full = full
        self.scheme = scheme
        self.boundaries = boundaries
        self.playoffs = playoffs
        self.lots = lots
        self.splits: list[_Split] = []
        self._by_pair: dict[tuple[TeamId, TeamId], list[_Counted]] | None = None
        self._mini: dict[tuple[TeamId, ...], dict[TeamId, list[int]]] = {}

    def refine(
        self,
        block: tuple[TeamId, ...],
        start: int,
        chain: Sequence[Tiebreaker],
        concerned: tuple[TeamId, ...] | None,
    ) -> list[_Part]:
        """Split *block* (first place *start*) by each criterion of *chain* in turn."""
        parts: list[_Part] = [(block, start, None)]
        for criterion in chain:
            if all(len(teams) == 1 or needs for teams, _, needs in parts):
                break
            refined: list[_Part] = []
            for teams, first, needs in parts:
                if len(teams) == 1 or needs:
                    refined.append((teams, first, needs))
                    continue
                outcome = self.apply(criterion, teams, first, concerned)
                if isinstance(outcome, str):
                    refined.append((teams, first, outcome))
                    continue
                place = first
                for part in outcome:
                    refined.append((part, place, None))
                    place += len(part)
            parts = refined
        return parts

    def apply(
        self,
        criterion: Tiebreaker,
        block: tuple[TeamId, ...],
        start: int,
        concerned: tuple[TeamId, ...] | None,
    ) -> list[tuple[TeamId, ...]] | str:
        """Order *block* by one *criterion*: ordered groups, or what it needs."""
        if isinstance(criterion, Statistic):
            table, among = self._table(criterion.scope, block, concerned)
            opponents = _OPPONENTS.get(criterion.criterion)
            if opponents is not None:
                matches = self._matches(criterion.scope, block, concerned)
                values = _opponents_total(block, matches, table, opponents)
                return self._split_by(criterion, block, values, among)
            key = _KEYS[criterion.criterion]
            return self._split_by(
                criterion, block, {t: key(table[t]) for t in block}, among
            )
        if isinstance(criterion, HeadToHead):
            return self._head_to_head(criterion, block, start)
        if isinstance(criterion, FairPlay):
            matches = self._matches(criterion.scope, block, concerned)
            among = self._concerned(criterion.scope, block, concerned)
            conduct = dict.fromkeys(block, 0)
            for record in matches:
                for team, cards in record[6].cards:
                    if team in conduct:
                        conduct[team] += criterion.score(cards)
            return self._split_by(criterion, block, conduct, among)
        if isinstance(criterion, Ranking):
            known = dict(criterion.values)
            missing = [team for team in block if team not in known]
            if missing:
                # Data not given stays unknown: the teams stay level until it is.
                return f"{criterion.name} (no value for {', '.join(missing)})"
            shown: dict[TeamId, object] = {
                team: criterion.value(team) for team in block
            }
            sign = 1 if criterion.higher_is_better else -1
            ranked = {team: sign * criterion.value(team) for team in block}
            return self._split_by(criterion, block, ranked, None, shown=shown)
        if isinstance(criterion, DrawingOfLots):
            return self._lots(criterion, block)
        if isinstance(criterion, Playoff):
            return self._playoff(criterion, block, start)
        if isinstance(criterion, LastMatchShootout):
            return self._last_match_shootout(criterion, block)
        if not criterion.applies(len(block)):
            return [block]
        return self.apply(criterion.criterion, block, start, concerned)

    def _split_by(
        self,
        criterion: Tiebreaker,
        block: tuple[TeamId, ...],
        values: Mapping[TeamId, object],
        concerned: tuple[TeamId, ...] | None,
        *,
        shown: Mapping[TeamId, object] | None = None,
        detail: str = "",
    ) -> list[tuple[TeamId, ...]]:
        parts = _group(block, values)
        if len(parts) > 1:
            self._record(criterion, parts, shown or values, concerned, detail)
        return parts

    def _record(
        self,
        criterion: Tiebreaker,
        parts: Sequence[tuple[TeamId, ...]],
        values: Mapping[TeamId, object],
        concerned: tuple[TeamId, ...] | None,
        detail: str,
    ) -> None:
        self.splits.append(
            _Split(
                parts=tuple(parts),
                criterion=criterion,
                concerned=concerned,
                values=tuple((team, values[team]) for part in parts for team in part),
                detail=detail,
            )
        )

    def _concerned(
        self,
        scope: Scope,
        block: tuple[TeamId, ...],
        concerned: tuple[TeamId, ...] | None,
    ) -> tuple[TeamId, ...] | None:
        if scope is Scope.ALL_MATCHES:
            return None
        return concerned if concerned is not None else block

    def _table(
        self,
        scope: Scope,
        block: tuple[TeamId, ...],
        concerned: tuple[TeamId, ...] | None,
    ) -> tuple[dict[TeamId, list[int]], tuple[TeamId, ...] | None]:
        among = self._concerned(scope, block, concerned)
        if among is None:
            return self.full, None
        mini = self._mini.get(among)
        if mini is None:
            mini = _tally(among, self._matches_among(among), self.scheme)
            self._mini[among] = mini
        return mini, among

    def _matches(
        self,
        scope: Scope,
        block: tuple[TeamId, ...],
        concerned: tuple[TeamId, ...] | None,
    ) -> Iterable[_Counted]:
        among = self._concerned(scope, block, concerned)
        return self.played if among is None else self._matches_among(among)

    def _matches_among(self, teams: tuple[TeamId, ...]) -> list[_Counted]:
        if self._by_pair is None:
            self._by_pair = {}
            for record in self.played:
                self._by_pair.setdefault((record[0], record[1]), []).append(record)
        by_pair = self._by_pair
        found: list[_Counted] = []
        for home in teams:
            for away in teams:
                matches = by_pair.get((home, away))
                if matches:
                    found.extend(matches)
        return found

    def _head_to_head(
        self, criterion: HeadToHead, block: tuple[TeamId, ...], start: int
    ) -> list[tuple[TeamId, ...]]:
        parts = self.refine(block, start, criterion.criteria, concerned=block)
        if not criterion.reapply or len(parts) == 1:
            return [teams for teams, _, _ in parts]
        ordered: list[tuple[TeamId, ...]] = []
        for teams, first, _ in parts:
            if len(teams) > 1:
                ordered.extend(self._head_to_head(criterion, teams, first))
            else:
                ordered.append(teams)
        return ordered

    def _lots(
        self, criterion: DrawingOfLots, block: tuple[TeamId, ...]
    ) -> list[tuple[TeamId, ...]] | str:
        for drawn in self.lots:
            if set(block) <= set(drawn):
                order = [team for team in drawn if team in block]
                detail = "drawn, as recorded"
                break
        else:
            if criterion.seed is None:
                return NEEDS_LOTS
            order = sorted(block)
            random.Random(f"copaperu-lots:{criterion.seed}:{'|'.join(order)}").shuffle(
                order
            )
            detail = f"simulated with seed {criterion.seed}"
        parts: list[tuple[TeamId, ...]] = [(team,) for team in order]
        values: dict[TeamId, object] = {
            team: f"drawn {ordinal(i + 1)}" for i, team in enumerate(order)
        }
        self._record(criterion, parts, values, None, detail)
        return parts

    def _playoff(
        self, criterion: Playoff, block: tuple[TeamId, ...], start: int
    ) -> list[tuple[TeamId, ...]] | str:
        if not _straddles(self.boundaries, start, len(block)):
            return [block]
        members = set(block)
        wins = dict.fromkeys(block, 0)
        decided = []
        met = set()
        for match in self.playoffs:
            winner = match.winner()
            if winner is not None and match.home in members and match.away in members:
                wins[winner] += 1
                decided.append(match)
                met.add(frozenset(match.teams))
        if len(met) < len(block) * (len(block) - 1) // 2:
            return NEEDS_PLAYOFF  # until every pair has met, a play-off decides nothing
        parts = _group(block, wins)
        place = start
        for part in parts:
            if len(part) > 1 and _straddles(self.boundaries, place, len(part)):
                return NEEDS_PLAYOFF
            place += len(part)
        shown: dict[TeamId, object] = (
            {team: "won" if count else "lost" for team, count in wins.items()}
            if len(block) == 2
            else {team: f"{count} play-off wins" for team, count in wins.items()}
        )
        detail = "; ".join(str(match) for match in decided)
        self._record(criterion, parts, shown, None, detail)
        return parts

    def _last_match_shootout(
        self, criterion: LastMatchShootout, block: tuple[TeamId, ...]
    ) -> list[tuple[TeamId, ...]] | str:
        if len(block) != 2:
            return [block]
        one, two = block
        first, second = self.full[one], self.full[two]
        points = first[_PTS]
        others = sum(1 for line in self.full.values() if line[_PTS] == points) - 2
        level = (points, first[_GF], first[_GA]) == (
            second[_PTS],
            second[_GF],
            second[_GA],
        )
        if not level or others:
            return [block]
        theirs = [r for r in self.played if one in r[:2] or two in r[:2]]
        between = [r for r in theirs if {r[0], r[1]} == {one, two}]
        if not between:
            return [block]
        dates = [r[6].date for r in theirs]
        if None in dates:
            # Which match was last is not known: only a recorded shoot-out tells.
            last = [r for r in between if r[6].penalties is not None]
        else:
            latest = max(date for date in dates if date is not None)
            last = [r for r in between if r[6].date == latest]
        if len(last) != 1 or last[0][4] != 0:
            return [block]
        match = last[0][6]
        if match.penalties is None or match.penalties.is_draw:
            return NEEDS_SHOOTOUT
        home_won = match.penalties.home > match.penalties.away
        winner, loser = (
            (match.home, match.away) if home_won else (match.away, match.home)
        )
        parts: list[tuple[TeamId, ...]] = [(winner,), (loser,)]
        self._record(criterion, parts, {winner: "won", loser: "lost"}, None, str(match))
        return parts


def _group(
    block: tuple[TeamId, ...], values: Mapping[TeamId, object]
) -> list[tuple[TeamId, ...]]:
    """*block* in groups of equal value, best first; each group sorted by name."""
    key = values.__getitem__
    ranked = sorted(block, key=key, reverse=True)  # type: ignore[arg-type]
    return [tuple(sorted(group)) for _, group in itertools.groupby(ranked, key=key)]


def _straddles(boundaries: tuple[int, ...], first: int, size: int) -> bool:
    """Whether places *first* to *first* + *size* - 1 hold a qualification boundary."""
    last = first + size - 1
    return any(first <= boundary < last for boundary in boundaries)


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
        for team in match.teams:
            if team not in teams:
                raise UnknownNameError(
                    "team", team, teams, where=f"standings: {what}[{index}] {match}"
                )
    return listed


def _boundaries(advance: int | Iterable[int], size: int) -> tuple[int, ...]:
    places = (advance,) if isinstance(advance, int) else tuple(advance)
    for place in places:
        if not is_a(place, int) or isinstance(place, bool) or not 0 <= place <= size:
            msg = f"standings: advance must be places between 0 and {size} (got {advance!r})"
            raise InvalidValueError(msg)
    return tuple(sorted({place for place in places if 0 < place < size}))


def standings(
    teams: Iterable[TeamId],
    matches: Iterable[Match],
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
            and is listed in ``Standings.unplayed``.
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
    >>> table.open_ties
    (OpenTie(teams=('A', 'B'), position=1, needs='play-off'),)
    >>> table = cp.standings(
    ...     ["A", "B"], matches, cp.rules.COPA_PERU_1998, advance=1,
    ...     playoffs=[cp.Match(home="B", away="A", score=cp.Score(2, 1))])
    >>> table.order
    ('B', 'A')
    """
    if not is_a(rules, TableRules):
        msg = f"standings: rules must be TableRules (got {rules!r})"
        raise RuleError(msg)
    listed = _check_teams(teams)
    members = frozenset(listed)
    played_and_not = _check_matches("matches", matches, members)
    extra = _check_matches("playoffs", playoffs, members)
    recorded = _check_lots(lots, members)
    deductions = _deductions(adjustments, members)
    boundaries = _boundaries(advance, len(listed))
    played, not_counted, changed = _count(played_and_not, apply_rulings)
    deducted: dict[TeamId, int] = {}
    for deduction in deductions if apply_rulings else ():
        deducted[deduction.team] = deducted.get(deduction.team, 0) + deduction.points
        changed.setdefault(deduction.team, []).append(deduction)
    full = _tally(listed, played, rules.points)
    for team, points in deducted.items():
        full[team][_PTS] -= points
    resolver = _Resolver(played, full, rules.points, boundaries, extra, recorded)
    parts = resolver.refine(tuple(sorted(listed)), 1, rules.tiebreakers, None)
    rows = []
    open_ties = []
    for block, first, needs in parts:
        if len(block) > 1:
            open_ties.append(OpenTie(teams=block, position=first, needs=needs or ""))
        for team in block:
            line = full[team]
            rows.append(
                TableRow(
                    position=first,
                    team=team,
                    played=line[_P],
                    won=line[_W],
                    drawn=line[_D],
                    lost=line[_L],
                    goals_for=line[_GF],
                    goals_against=line[_GA],
                    points=line[_PTS],
                    deducted=deducted.get(team, 0),
                    rulings=tuple(changed.get(team, ())),
                )
            )
    return Standings(
        rules=rules,
        rows=tuple(rows),
        open_ties=tuple(open_ties),
        unplayed=tuple(match for match, _ in not_counted),
        apply_rulings=apply_rulings,
        advance=boundaries,
        splits=tuple(resolver.splits),
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
