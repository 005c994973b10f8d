"""Layer 4, formats: how a chain of criteria ranks the teams of one table.

The counting of official results into each team's tally, and the resolver that
applies a ranking chain to every group of level teams, recording each split for
the explanations. :func:`copaperu.standings` (in ``_standings``) is the public
face of all this.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from operator import itemgetter

import attrs

from ._knockout import Need
from ._official import MatchStatus, official_result
from ._points import PointsScheme
from ._rulings import AwardedShootout, PointsDeduction, Ruling
from ._tiebreak import (
    Criterion,
    DrawingOfLots,
    FairPlay,
    HeadToHead,
    LastMatchShootout,
    Playoff,
    Ranking,
    Scope,
    Statistic,
    Tiebreaker,
)
from ._values import Match, TeamId, order_key

__all__: list[str] = []

# Positions in a team's tally (a plain list, for speed).
(
    PLAYED,
    WON,
    DRAWN,
    LOST,
    GOALS_FOR,
    GOALS_AGAINST,
    AWAY_GOALS_FOR,
    AWAY_WINS,
    POINTS,
) = range(9)

Figure = int | Fraction | float | None
"""A team's figure under one criterion (``None`` for a shoot-out's teams)."""

Separator = Statistic | FairPlay | Ranking | DrawingOfLots | Playoff | LastMatchShootout
"""The criteria that split teams by themselves (a head-to-head splits through
its own criteria; an only-when through the one it wraps)."""


@attrs.frozen
class Split:
    """One criterion dividing a group of level teams (kept for explanations).

    *values* are each team's figure as the criterion compared it (goals against
    negated, an infinite goal average as ``INFINITE``); for lots, the place each
    team was drawn; for a play-off, play-off wins; ``None`` for a shoot-out.
    """

    parts: tuple[tuple[TeamId, ...], ...]
    criterion: Separator
    concerned: tuple[TeamId, ...] | None
    values: tuple[tuple[TeamId, Figure], ...]
    matches: tuple[Match, ...] = ()
    seed: int | None = None


@attrs.frozen
class _Wants:
    """What a group of level teams needs before any criterion can separate them."""

    need: Need
    ranking: str = ""
    missing: tuple[TeamId, ...] = ()


INFINITE = Fraction(10**18)  # above any real goal average


Counted = tuple[TeamId, TeamId, int, int, int, bool, Match | None]
"""A match as it counts: home, away, goals of each, outcome (1, 0, -1), neutral,
and the match (``None`` for a plain row: no cards, no date, no shoot-out)."""


def tally(
    teams: Iterable[TeamId], records: Iterable[Counted], scheme: PointsScheme
) -> dict[TeamId, list[int]]:
    """Each team's record (see the ``PLAYED`` ... ``POINTS`` offsets) over *records*."""
    stats = {team: [0, 0, 0, 0, 0, 0, 0, 0, 0] for team in teams}
    listed = records if isinstance(records, list) else list(records)
    for home_team, away_team, hg, ag, outcome, neutral, _ in listed:
        add_record(stats[home_team], stats[away_team], hg, ag, outcome, neutral)
    return finish_tally(stats, listed, scheme)


def add_record(
    home: list[int], away: list[int], hg: int, ag: int, outcome: int, neutral: bool
) -> None:
    """Add one match to the two teams' tallies: goals, wins, losses, away figures.

    Matches played, draws and points are worked out once, by :func:`finish_tally`.
    """
    home[GOALS_FOR] += hg
    home[GOALS_AGAINST] += ag
    away[GOALS_FOR] += ag
    away[GOALS_AGAINST] += hg
    if outcome > 0:
        home[WON] += 1
        away[LOST] += 1
    elif outcome < 0:
        away[WON] += 1
        home[LOST] += 1
        if not neutral:
            away[AWAY_WINS] += 1
    if not neutral:
        away[AWAY_GOALS_FOR] += ag


def finish_tally(
    stats: dict[TeamId, list[int]], records: list[Counted], scheme: PointsScheme
) -> dict[TeamId, list[int]]:
    """Complete tallies made by :func:`add_record`: played, drawn and points."""
    played = Counter(map(itemgetter(0), records))
    played.update(map(itemgetter(1), records))
    win, draw, loss = scheme.win, scheme.draw, scheme.loss
    for team, line in stats.items():
        count = played[team]
        drawn = count - line[WON] - line[LOST]
        line[PLAYED] = count
        line[DRAWN] = drawn
        line[POINTS] = line[WON] * win + drawn * draw + line[LOST] * loss
    return stats


def count_matches(
    matches: tuple[Match, ...], apply_rulings: bool
) -> tuple[
    list[Counted],
    list[tuple[Match, MatchStatus]],
    dict[TeamId, list[Ruling | PointsDeduction]],
]:
    """Split *matches* into those that count (as records) and those that do not.

    Returns the records, the matches not counted with their status, and for each
    team the rulings that changed one of its matches.
    """
    counted: list[Counted] = []
    not_counted: list[tuple[Match, MatchStatus]] = []
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
                not_counted.append((match, result.status))
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
                not_counted.append((match, MatchStatus.UNKNOWN))
                continue
            hg, ag = score.home, score.away
            outcome = (hg > ag) - (hg < ag)
        counted.append((match.home, match.away, hg, ag, outcome, match.neutral, match))
    return counted, not_counted, changed


def _goal_average(line: list[int]) -> Fraction:
    if line[GOALS_AGAINST]:
        return Fraction(line[GOALS_FOR], line[GOALS_AGAINST])
    return INFINITE if line[GOALS_FOR] else Fraction(0)


_KEYS: dict[Criterion, Callable[[list[int]], int | Fraction]] = {
    Criterion.POINTS: lambda line: line[POINTS],
    Criterion.GOAL_DIFFERENCE: lambda line: line[GOALS_FOR] - line[GOALS_AGAINST],
    Criterion.GOALS_FOR: lambda line: line[GOALS_FOR],
    Criterion.GOALS_AGAINST: lambda line: -line[GOALS_AGAINST],
    Criterion.GOAL_AVERAGE: _goal_average,
    Criterion.POINTS_PER_GAME: lambda line: (
        Fraction(line[POINTS], line[PLAYED]) if line[PLAYED] else Fraction(0)
    ),
    Criterion.WINS: lambda line: line[WON],
    Criterion.AWAY_GOALS: lambda line: line[AWAY_GOALS_FOR],
    Criterion.AWAY_WINS: lambda line: line[AWAY_WINS],
}

# The opponents' criteria: the figure of each opponent that is added up.
_OPPONENTS: dict[Criterion, Callable[[list[int]], int]] = {
    Criterion.OPPONENTS_POINTS: lambda line: line[POINTS],
    Criterion.OPPONENTS_GOAL_DIFFERENCE: lambda line: (
        line[GOALS_FOR] - line[GOALS_AGAINST]
    ),
    Criterion.OPPONENTS_GOALS_FOR: lambda line: line[GOALS_FOR],
}


def _opponents_total(
    block: tuple[TeamId, ...],
    matches: Iterable[Counted],
    table: Mapping[TeamId, list[int]],
    figure: Callable[[list[int]], int],
) -> dict[TeamId, Figure]:
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


_Part = tuple[tuple[TeamId, ...], int, _Wants | None]
"""A group of teams in the making: the teams, their first place, what they need."""


class Resolver:
    """Applies a ranking chain to the teams of one table (internal, mutable)."""

    def __init__(
        self,
        played: Sequence[Counted],
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
        self.splits: list[Split] = []
        self._by_pair: dict[tuple[TeamId, TeamId], list[Counted]] | None = None
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
                if isinstance(outcome, _Wants):
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
    ) -> list[tuple[TeamId, ...]] | _Wants:
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
                match = record[6]
                if match is None:  # a plain row: no cards
                    continue
                for team, cards in match.cards:
                    if team in conduct:
                        conduct[team] += criterion.score(cards)
            return self._split_by(criterion, block, conduct, among)
        if isinstance(criterion, Ranking):
            known = dict(criterion.values)
            missing = [team for team in block if team not in known]
            if missing:
                # Data not given stays unknown: the teams stay level until it is.
                return _Wants(
                    Need.RANKING_VALUE, ranking=criterion.name, missing=tuple(missing)
                )
            shown: dict[TeamId, Figure] = {
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
        criterion: Separator,
        block: tuple[TeamId, ...],
        values: Mapping[TeamId, Figure],
        concerned: tuple[TeamId, ...] | None,
        *,
        shown: Mapping[TeamId, Figure] | None = None,
    ) -> list[tuple[TeamId, ...]]:
        parts = _group(block, values)
        if len(parts) > 1:
            self._record(criterion, parts, shown or values, concerned)
        return parts

    def _record(
        self,
        criterion: Separator,
        parts: Sequence[tuple[TeamId, ...]],
        values: Mapping[TeamId, Figure],
        concerned: tuple[TeamId, ...] | None,
        *,
        matches: tuple[Match, ...] = (),
        seed: int | None = None,
    ) -> None:
        self.splits.append(
            Split(
                parts=tuple(parts),
                criterion=criterion,
                concerned=concerned,
                values=tuple((team, values[team]) for part in parts for team in part),
                # In a canonical order, not the order the matches were given in.
                matches=tuple(sorted(matches, key=order_key))
                if len(matches) > 1
                else matches,
                seed=seed,
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
            mini = tally(among, self._matches_among(among), self.scheme)
            self._mini[among] = mini
        return mini, among

    def _matches(
        self,
        scope: Scope,
        block: tuple[TeamId, ...],
        concerned: tuple[TeamId, ...] | None,
    ) -> Iterable[Counted]:
        among = self._concerned(scope, block, concerned)
        return self.played if among is None else self._matches_among(among)

    def _matches_among(self, teams: tuple[TeamId, ...]) -> list[Counted]:
        if self._by_pair is None:
            self._by_pair = {}
            for record in self.played:
                self._by_pair.setdefault((record[0], record[1]), []).append(record)
        by_pair = self._by_pair
        found: list[Counted] = []
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
    ) -> list[tuple[TeamId, ...]] | _Wants:
        seed: int | None = None
        for drawn in self.lots:
            if set(block) <= set(drawn):
                order = [team for team in drawn if team in block]
                break
        else:
            if criterion.seed is None:
                return _Wants(Need.DRAWING_OF_LOTS)
            seed = criterion.seed
            order = sorted(block)
            random.Random(f"copaperu-lots:{seed}:{'|'.join(order)}").shuffle(order)
        parts: list[tuple[TeamId, ...]] = [(team,) for team in order]
        drawn_at: dict[TeamId, Figure] = {team: i + 1 for i, team in enumerate(order)}
        self._record(criterion, parts, drawn_at, None, seed=seed)
        return parts

    def _playoff(
        self, criterion: Playoff, block: tuple[TeamId, ...], start: int
    ) -> list[tuple[TeamId, ...]] | _Wants:
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
            # Until every pair has met, a play-off decides nothing.
            return _Wants(Need.PLAYOFF)
        parts = _group(block, wins)
        place = start
        for part in parts:
            if len(part) > 1 and _straddles(self.boundaries, place, len(part)):
                return _Wants(Need.PLAYOFF)
            place += len(part)
        self._record(criterion, parts, wins, None, matches=tuple(decided))
        return parts

    def _last_match_shootout(
        self, criterion: LastMatchShootout, block: tuple[TeamId, ...]
    ) -> list[tuple[TeamId, ...]] | _Wants:
        if len(block) != 2:
            return [block]
        one, two = block
        first, second = self.full[one], self.full[two]
        points = first[POINTS]
        others = sum(1 for line in self.full.values() if line[POINTS] == points) - 2
        level = (points, first[GOALS_FOR], first[GOALS_AGAINST]) == (
            second[POINTS],
            second[GOALS_FOR],
            second[GOALS_AGAINST],
        )
        if not level or others:
            return [block]
        theirs = [r for r in self.played if one in r[:2] or two in r[:2]]
        between = [r for r in theirs if {r[0], r[1]} == {one, two}]
        if not between:
            return [block]
        dates = [r[6].date if r[6] is not None else None for r in theirs]
        if None in dates:
            # Which match was last is not known: only a recorded shoot-out tells.
            last = [
                r for r in between if r[6] is not None and r[6].penalties is not None
            ]
        else:
            latest = max(date for date in dates if date is not None)
            last = [r for r in between if r[6] is not None and r[6].date == latest]
        if len(last) != 1 or last[0][4] != 0:
            return [block]
        match = last[0][6]
        if match is None or match.penalties is None or match.penalties.is_draw:
            return _Wants(Need.PENALTIES)
        home_won = match.penalties.home > match.penalties.away
        winner, loser = (
            (match.home, match.away) if home_won else (match.away, match.home)
        )
        parts: list[tuple[TeamId, ...]] = [(winner,), (loser,)]
        nothing: dict[TeamId, Figure] = {winner: None, loser: None}
        self._record(criterion, parts, nothing, None, matches=(match,))
        return parts


def _group(
    block: tuple[TeamId, ...], values: Mapping[TeamId, Figure]
) -> list[tuple[TeamId, ...]]:
    """*block* in groups of equal value, best first; each group sorted by name."""
    key = values.__getitem__
    # The values of one criterion are of one comparable kind (ints, fractions, floats).
    ranked = sorted(block, key=key, reverse=True)  # type: ignore[arg-type]
    return [tuple(sorted(group)) for _, group in itertools.groupby(ranked, key=key)]


def _straddles(boundaries: tuple[int, ...], first: int, size: int) -> bool:
    """Whether places *first* to *first* + *size* - 1 hold a qualification boundary."""
    last = first + size - 1
    return any(first <= boundary < last for boundary in boundaries)
