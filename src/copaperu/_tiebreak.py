"""Layer 3, rules: tiebreak criteria as values, and the rules of a table.

A table is ranked by a chain of criteria. Each criterion is a frozen value that
says what it compares and over which matches (its :class:`Scope`); the chain is
applied by :func:`copaperu.standings`, which explains every decision it takes.
The factory functions in :mod:`copaperu.tiebreak` are the friendly way to build
these values.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Mapping
from typing import Final, TypeAlias, final

import attrs

from ._points import PointsScheme
from ._validators import is_a, is_int, to_enum
from ._values import TeamId
from .errors import InvalidValueError, RuleError, UnknownNameError

__all__ = [
    "CRITERION_CLASSES",
    "Criterion",
    "DrawingOfLots",
    "FairPlay",
    "HeadToHead",
    "LastMatchShootout",
    "OnlyWhen",
    "Playoff",
    "Ranking",
    "Scope",
    "Statistic",
    "TableRules",
    "Tiebreaker",
    "criterion_id",
]


class Criterion(enum.StrEnum):
    """The id of each kind of criterion; the ids are used in configuration files.

    >>> Criterion("goal_difference")
    <Criterion.GOAL_DIFFERENCE: 'goal_difference'>
    """

    POINTS = "points"
    """More points."""
    GOAL_DIFFERENCE = "goal_difference"
    """Greater goal difference (goals for minus goals against)."""
    GOALS_FOR = "goals_for"
    """More goals scored."""
    GOALS_AGAINST = "goals_against"
    """Fewer goals conceded."""
    GOAL_AVERAGE = "goal_average"
    """Greater goal average (goals for divided by goals against), as FIFA used to 1966."""
    POINTS_PER_GAME = "points_per_game"
    """More points per match played: leagues whose teams played different numbers of
    matches (seasons ended early, as in 2019-20)."""
    WINS = "wins"
    """More wins."""
    AWAY_GOALS = "away_goals"
    """More goals scored away from home (neutral-venue matches have no away side)."""
    AWAY_WINS = "away_wins"
    """More wins away from home."""
    OPPONENTS_POINTS = "opponents_points"
    """More points won, together, by the opponents a team played (UEFA league phase)."""
    OPPONENTS_GOAL_DIFFERENCE = "opponents_goal_difference"
    """Greater goal difference, together, of the opponents a team played."""
    OPPONENTS_GOALS_FOR = "opponents_goals_for"
    """More goals scored, together, by the opponents a team played."""
    FAIR_PLAY = "fair_play"
    """Better fair-play score: fewer (weighted) cards."""
    HEAD_TO_HEAD = "head_to_head"
    """A mini-league of the matches among the teams concerned, with its own criteria."""
    RANKING = "ranking"
    """Better place in data given with the rules: a ranking or a coefficient."""
    DRAWING_OF_LOTS = "drawing_of_lots"
    """A drawing of lots, seeded or recorded."""
    PLAYOFF = "playoff"
    """A play-off match between teams level across a qualification boundary."""
    ONLY_WHEN = "only_when"
    """Another criterion, applied only when a given number of teams are level."""
    LAST_MATCH_SHOOTOUT = "last_match_shootout"
    """A penalty shoot-out after two teams level on everything drew their last match."""


def _to_criterion(value: Criterion | str) -> Criterion:
    """Converter: a :class:`Criterion` or its id."""
    return to_enum(Criterion, value)


class Scope(enum.StrEnum):
    """Which matches a statistic is computed over.

    >>> Scope.HEAD_TO_HEAD.value
    'head_to_head'
    """

    ALL_MATCHES = "all_matches"
    """Every match of the group."""
    HEAD_TO_HEAD = "head_to_head"
    """Only the matches among the teams concerned: inside :class:`HeadToHead`, the
    teams level when the head-to-head was reached; elsewhere, the teams still level
    when this criterion is reached."""


_STATISTICS = frozenset(
    {
        Criterion.POINTS,
        Criterion.GOAL_DIFFERENCE,
        Criterion.GOALS_FOR,
        Criterion.GOALS_AGAINST,
        Criterion.GOAL_AVERAGE,
        Criterion.POINTS_PER_GAME,
        Criterion.WINS,
        Criterion.AWAY_GOALS,
        Criterion.AWAY_WINS,
        Criterion.OPPONENTS_POINTS,
        Criterion.OPPONENTS_GOAL_DIFFERENCE,
        Criterion.OPPONENTS_GOALS_FOR,
    }
)


def _scope(_instance: object, _attribute: attrs.Attribute[Scope], value: Scope) -> None:
    if not is_a(value, Scope):
        msg = f"criterion: scope must be a Scope (got {value!r})"
        raise InvalidValueError(msg)


def _statistic_kind(
    _instance: object, _attribute: attrs.Attribute[Criterion], value: Criterion
) -> None:
    if not is_a(value, Criterion) or value not in _STATISTICS:
        msg = (
            "statistic: criterion must be one of "
            f"{', '.join(sorted(_STATISTICS))} (got {value!r})"
        )
        raise InvalidValueError(msg)


@final
@attrs.frozen(kw_only=True)
class Statistic:
    """Compare one figure of the teams' records: more is better (fewer goals against).

    >>> Statistic(criterion=Criterion.GOAL_DIFFERENCE)
    Statistic(criterion=<Criterion.GOAL_DIFFERENCE: 'goal_difference'>, scope=<Scope.ALL_MATCHES: 'all_matches'>)
    >>> str(Statistic(criterion=Criterion.POINTS, scope=Scope.HEAD_TO_HEAD))
    'head-to-head points'
    """

    criterion: Criterion = attrs.field(
        converter=_to_criterion, validator=_statistic_kind
    )
    """Which figure: points, goal difference, goals for, goals against, goal average,
    wins, away goals or away wins; or the opponents' points, goal difference or
    goals for: the sum, over the different teams a team played, of their figure in
    the same table (UEFA's league phase from 2024-25)."""
    scope: Scope = attrs.field(default=Scope.ALL_MATCHES, validator=_scope)
    """Over which matches the figure is computed."""

    def __str__(self) -> str:
        from ._words import criterion_text

        return criterion_text(self)


def _weight(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not is_a(value, int) or is_a(value, bool) or value < 0:
        msg = f"fair_play: {attribute.name} must be a non-negative integer (got {value!r})"
        raise InvalidValueError(msg)


@final
@attrs.frozen(kw_only=True)
class FairPlay:
    """Fewer weighted cards is better; the score is minus the weighted sum.

    The default weights are FIFA's (World Cup 2018, art. 32.5 g): yellow card -1,
    indirect red card (second yellow) -3, direct red card -4, yellow card and
    direct red card -5. Only one deduction applies to a player in a match, which
    is why :class:`~copaperu.Cards` counts each player in one category only.

    >>> from copaperu import Cards
    >>> FairPlay().score(Cards(yellow=2, red=1))
    -6
    """

    yellow: int = attrs.field(default=1, validator=_weight)
    """Points deducted for a yellow card."""
    indirect_red: int = attrs.field(default=3, validator=_weight)
    """Points deducted for a red card after a second yellow card."""
    red: int = attrs.field(default=4, validator=_weight)
    """Points deducted for a direct red card."""
    yellow_and_red: int = attrs.field(default=5, validator=_weight)
    """Points deducted for a yellow card followed by a direct red card."""
    scope: Scope = attrs.field(default=Scope.ALL_MATCHES, validator=_scope)
    """Over which matches the cards are counted."""

    def score(self, cards: object) -> int:
        """The fair-play score of *cards* (a :class:`~copaperu.Cards`): 0 or less.

        >>> FairPlay(yellow=1, indirect_red=3, red=3, yellow_and_red=4).score(
        ...     __import__("copaperu").Cards(red=1))
        -3
        """
        return -(
            self.yellow * getattr(cards, "yellow", 0)
            + self.indirect_red * getattr(cards, "indirect_red", 0)
            + self.red * getattr(cards, "red", 0)
            + self.yellow_and_red * getattr(cards, "yellow_and_red", 0)
        )

    def __str__(self) -> str:
        from ._words import criterion_text

        return criterion_text(self)


def _ranking_values(
    value: Mapping[TeamId, float] | Iterable[tuple[TeamId, float]],
) -> tuple[tuple[TeamId, float], ...]:
    """Converter: a mapping of team to value, stored as pairs sorted by team."""
    pairs = value.items() if isinstance(value, Mapping) else value
    try:
        return tuple(sorted(((str(t), v) for t, v in pairs), key=lambda p: p[0]))
    except (TypeError, ValueError) as exc:
        msg = f"ranking: values must map teams to numbers (got {value!r})"
        raise InvalidValueError(msg) from exc


@final
@attrs.frozen(kw_only=True)
class Ranking:
    """Compare teams by data given with the rules: a world ranking, a coefficient.

    FIFA World Cup 2026 ranks teams still level by the FIFA/Coca-Cola Men's World
    Ranking instead of drawing lots; UEFA ranks them by the club or national
    coefficient. The values are part of the rules, so the same rules with the
    same matches always give the same table. Teams reaching the ranking without
    a value stay level: the table's level teams name the ranking and the teams.

    >>> r = Ranking(name="FIFA ranking", values={"Alpacas": 1500.0, "Condors": 1450.0})
    >>> r.value("Alpacas")
    1500.0
    """

    name: str
    """What the data are, for explanations: ``"FIFA/Coca-Cola World Ranking"``."""
    values: tuple[tuple[TeamId, float], ...] = attrs.field(
        default=(), converter=_ranking_values
    )
    """Each team's value, as ``(team, value)`` pairs; a mapping is accepted."""
    higher_is_better: bool = True
    """``True`` for points and coefficients; ``False`` for places (1st, 2nd...)."""

    def __attrs_post_init__(self) -> None:
        if not is_a(self.name, str) or not self.name:
            msg = f"ranking: name must be a non-empty string (got {self.name!r})"
            raise InvalidValueError(msg)
        for team, value in self.values:
            if isinstance(value, bool) or not isinstance(value, int | float):
                msg = f"ranking {self.name!r}: value of {team!r} must be a number (got {value!r})"
                raise InvalidValueError(msg)
            if is_a(value, float) and math.isnan(value):
                msg = f"ranking {self.name!r}: value of {team!r} is not a number (got nan)"
                raise InvalidValueError(msg)
        teams = [team for team, _ in self.values]
        if len(set(teams)) != len(teams):
            msg = f"ranking {self.name!r}: a team is given twice (got {teams!r})"
            raise InvalidValueError(msg)

    def value(self, team: TeamId) -> float:
        """The value of *team*.

        Raises:
            RuleError: the ranking has no value for *team*.
        """
        for owner, value in self.values:
            if owner == team:
                return value
        msg = f"ranking {self.name!r}: no value for team {team!r}"
        raise RuleError(msg)

    def with_values(
        self, values: Mapping[TeamId, float] | Iterable[tuple[TeamId, float]]
    ) -> Ranking:
        """The same ranking with other values (for a preset that names the data).

        >>> Ranking(name="coefficient").with_values({"A": 2.0}).values
        (('A', 2.0),)
        """
        return attrs.evolve(self, values=values)

    def __str__(self) -> str:
        return self.name


def _optional_seed(
    _instance: object, _attribute: attrs.Attribute[int | None], value: int | None
) -> None:
    if value is not None and (not is_a(value, int) or is_a(value, bool)):
        msg = f"drawing_of_lots: seed must be an integer or None (got {value!r})"
        raise InvalidValueError(msg)


@final
@attrs.frozen(kw_only=True)
class DrawingOfLots:
    """Teams still level are ordered by lots.

    With ``seed=None`` (the default) the lots have not been drawn: the teams stay
    level and the table reports level teams that need a drawing of lots, unless
    the draw's outcome is given to :func:`~copaperu.standings` as *lots*. With a
    seed, the draw is simulated reproducibly: the same seed and the same teams
    always give the same order.

    >>> DrawingOfLots(seed=7)
    DrawingOfLots(seed=7)
    """

    seed: int | None = attrs.field(default=None, validator=_optional_seed)
    """The seed of a simulated draw, or ``None`` when lots must really be drawn."""

    def __str__(self) -> str:
        from ._words import criterion_text

        return criterion_text(self)


@final
@attrs.frozen
class LastMatchShootout:
    """Two teams level on everything who drew their last match: the shoot-out ranks them.

    UEFA's European Championship final tournaments (Euro 2024 regulations, art.
    20.02): "If two teams which have the same number of points and the same number
    of goals scored and conceded play their last group match against each other
    and are still equal at the end of that match, their final rankings are
    determined by kicks from the penalty mark, provided that no other teams within
    the group have the same number of points on completion of all group matches."

    It applies only to exactly two teams still level when it is reached, with
    the same points, goals scored and goals conceded, no other team on their
    points, and a drawn match against each other that was the last match of both.
    The shoot-out is recorded as the *penalties* of that group match; the winner
    ranks higher. Which match was last is read from the matches' dates: when every
    match of the two teams has a date and their draw was the last of both but no
    shoot-out is recorded, the two stay level and the table says a shoot-out is
    needed. Without dates, only a recorded shoot-out shows that the rule applied.
    In every other case the criterion separates no one and the next applies.

    >>> LastMatchShootout()
    LastMatchShootout()
    """

    def __str__(self) -> str:
        from ._words import criterion_text

        return criterion_text(self)


@final
@attrs.frozen
class Playoff:
    """Teams level across a qualification boundary are separated only by a play-off.

    A boundary lies below each place given by *advance* to
    :func:`~copaperu.standings`. When the teams still level at this criterion
    straddle a boundary, the play-off matches given in *playoffs* decide them: of
    two teams, the winner of their play-off (after extra time or a shoot-out, if
    any) ranks higher; of more, every pair must have met in a play-off with a
    winner, and the teams are ranked by play-off wins. Until then they stay level
    (level teams that need a play-off) and no later criterion is applied to
    them. Teams level elsewhere in the table pass on to the next criterion.
    Play-off matches never count in the table.

    >>> Playoff()
    Playoff()
    """

    def __str__(self) -> str:
        from ._words import criterion_text

        return criterion_text(self)


@final
@attrs.frozen(kw_only=True)
class HeadToHead:
    """A mini-league of the matches among the teams concerned, with its own criteria.

    The teams concerned are those still level when this criterion is reached. The
    *criteria* are applied in turn to their mini-table (each with
    ``Scope.HEAD_TO_HEAD``). Two variants exist, and peers disagree on which
    they implement:

    * ``reapply=False`` -- **single pass** (FIFA World Cup 2018): the mini-table is
      built once, from the matches among all the teams concerned, and every
      criterion uses it; teams it leaves level pass on to the next criterion of
      the chain.
    * ``reapply=True`` -- **re-applied** (UEFA): once the criteria have been
      applied, any smaller group of teams still level gets the whole head-to-head
      again, on a new mini-table of the matches among those teams only, and so on
      until no group shrinks.

    >>> from copaperu import tiebreak
    >>> print(tiebreak.head_to_head(reapply=True))
    head-to-head (points, goal difference, goals for; re-applied)
    """

    criteria: tuple[Statistic | FairPlay | OnlyWhen, ...]
    """The criteria applied to the mini-table, in order."""
    reapply: bool = False
    """Whether the head-to-head is re-applied to smaller groups still level."""

    def __attrs_post_init__(self) -> None:
        if not is_a(self.criteria, tuple) or not self.criteria:
            msg = f"head_to_head: criteria must be a non-empty tuple (got {self.criteria!r})"
            raise RuleError(msg)
        for criterion in self.criteria:
            inner = (
                criterion.criterion if isinstance(criterion, OnlyWhen) else criterion
            )
            if not isinstance(inner, Statistic | FairPlay):
                kind = _kind_name(inner)
                msg = f"head_to_head: {kind} cannot be computed on a head-to-head mini-table"
                raise RuleError(msg)
            if inner.scope is not Scope.HEAD_TO_HEAD:
                msg = (
                    f"head_to_head: {inner} is computed over all matches; criteria inside "
                    "a head-to-head need scope head_to_head"
                )
                raise RuleError(msg)
        if not is_a(self.reapply, bool):
            msg = f"head_to_head: reapply must be True or False (got {self.reapply!r})"
            raise RuleError(msg)

    def __str__(self) -> str:
        from ._words import criterion_text

        return criterion_text(self)


@final
@attrs.frozen(kw_only=True)
class OnlyWhen:
    """Apply *criterion* only when the number of teams level is in a range; else skip it.

    The count is of the teams still level when this criterion is reached (inside
    a head-to-head, of the teams of the current sub-group). UEFA Euro 2004, for
    instance, used head-to-head goals scored only "if more than two teams finish
    equal on points": ``only_when(goals_for(), min_teams=3)``. Wrapping a
    head-to-head gives UEFA's older re-application, "if, after having applied
    criteria a) to d), two teams still have an equal ranking, criteria a) to d) are
    reapplied to determine the final ranking of the two teams": a single-pass
    head-to-head, then ``only_when(head_to_head(...), teams=2)``.

    >>> from copaperu import tiebreak
    >>> print(tiebreak.only_when(tiebreak.away_goals(), teams=2))
    away goals, only when exactly 2 teams are level
    >>> print(tiebreak.only_when(tiebreak.goals_for(), min_teams=3))
    goals for, only when at least 3 teams are level
    """

    criterion: Statistic | FairPlay | Ranking | DrawingOfLots | HeadToHead
    """The criterion applied when the condition holds."""
    min_teams: int = 2
    """The fewest teams level for which the criterion applies."""
    max_teams: int | None = None
    """The most teams level for which the criterion applies; ``None``: no limit."""

    def __attrs_post_init__(self) -> None:
        allowed = Statistic | FairPlay | Ranking | DrawingOfLots | HeadToHead
        if not is_a(self.criterion, allowed):
            msg = f"only_when: cannot wrap {_kind_name(self.criterion)}"
            raise RuleError(msg)
        if not is_int(self.min_teams) or self.min_teams < 2:
            msg = f"only_when: min_teams must be an integer of at least 2 (got {self.min_teams!r})"
            raise RuleError(msg)
        if self.max_teams is not None and (
            not is_int(self.max_teams) or self.max_teams < self.min_teams
        ):
            msg = f"only_when: max_teams must be None or at least min_teams (got {self.max_teams!r})"
            raise RuleError(msg)

    def applies(self, level: int) -> bool:
        """Whether the criterion applies when *level* teams are level.

        >>> OnlyWhen(criterion=Statistic(criterion=Criterion.WINS), max_teams=2).applies(3)
        False
        """
        return self.min_teams <= level and (
            self.max_teams is None or level <= self.max_teams
        )

    @property
    def scope(self) -> Scope:
        """The scope of the wrapped criterion (all matches for rankings and lots)."""
        inner = self.criterion
        if isinstance(inner, HeadToHead):
            return Scope.HEAD_TO_HEAD
        return (
            inner.scope
            if isinstance(inner, Statistic | FairPlay)
            else Scope.ALL_MATCHES
        )

    def __str__(self) -> str:
        from ._words import criterion_text

        return criterion_text(self)


Tiebreaker: TypeAlias = (
    Statistic
    | FairPlay
    | HeadToHead
    | Ranking
    | DrawingOfLots
    | Playoff
    | OnlyWhen
    | LastMatchShootout
)
"""Any criterion of a ranking chain.

>>> import copaperu
>>> isinstance(copaperu.tiebreak.points(), copaperu.tiebreak.Statistic)
True
"""

_TIEBREAKERS = (
    Statistic,
    FairPlay,
    HeadToHead,
    Ranking,
    DrawingOfLots,
    Playoff,
    OnlyWhen,
    LastMatchShootout,
)


CRITERION_CLASSES: Final[dict[Criterion, type]] = {
    **dict.fromkeys(sorted(_STATISTICS), Statistic),
    Criterion.FAIR_PLAY: FairPlay,
    Criterion.HEAD_TO_HEAD: HeadToHead,
    Criterion.RANKING: Ranking,
    Criterion.DRAWING_OF_LOTS: DrawingOfLots,
    Criterion.PLAYOFF: Playoff,
    Criterion.ONLY_WHEN: OnlyWhen,
    Criterion.LAST_MATCH_SHOOTOUT: LastMatchShootout,
}
"""The class of the criterion with each id (a :class:`Statistic` for figures)."""


def criterion_id(criterion: Tiebreaker) -> Criterion:
    """The id of *criterion*, as files and :func:`copaperu.tiebreak.from_id` spell it.

    >>> criterion_id(FairPlay())
    <Criterion.FAIR_PLAY: 'fair_play'>
    """
    if isinstance(criterion, Statistic):
        return criterion.criterion
    for kind, cls in CRITERION_CLASSES.items():
        if cls is type(criterion):
            return kind
    msg = f"not a criterion (got {criterion!r})"
    raise InvalidValueError(msg)


def _kind_name(value: object) -> str:
    try:
        return str(criterion_id(value))  # type: ignore[arg-type]  # refused below
    except InvalidValueError:
        return repr(value)


def _chain(
    _instance: object,
    _attribute: attrs.Attribute[tuple[Tiebreaker, ...]],
    value: tuple[Tiebreaker, ...],
) -> None:
    if not is_a(value, tuple) or not value:
        msg = f"table rules: tiebreakers must be a non-empty tuple (got {value!r})"
        raise RuleError(msg)
    for index, criterion in enumerate(value):
        if not is_a(criterion, _TIEBREAKERS):
            msg = f"table rules: tiebreakers[{index}] is not a criterion (got {criterion!r})"
            raise RuleError(msg)


def _points_scheme(
    _instance: object, _attribute: attrs.Attribute[PointsScheme], value: PointsScheme
) -> None:
    if not is_a(value, PointsScheme):
        msg = f"table rules: points must be a PointsScheme (got {value!r})"
        raise RuleError(msg)


def _text(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not is_a(value, str):
        msg = f"table rules: {attribute.name} must be a string (got {value!r})"
        raise InvalidValueError(msg)


def _tuple_of_criteria(value: Iterable[Tiebreaker]) -> tuple[Tiebreaker, ...]:
    """Converter: any iterable of criteria, stored as a tuple."""
    if isinstance(value, tuple):
        return value
    if is_a(value, str | bytes) or not is_a(value, Iterable):
        return value  # type: ignore[return-value]  # refused by the validator
    return tuple(value)


@final
@attrs.frozen(kw_only=True)
class TableRules:
    """How a group table is ranked: a points scheme and a chain of criteria.

    The chain is complete: it starts with what ranks the table first (usually
    points) and lists every later criterion in order. Teams level on one
    criterion are compared on the next; teams still level after the whole chain
    share a place and are reported as level teams.

    >>> from copaperu import tiebreak
    >>> rules = TableRules(
    ...     points=PointsScheme.THREE_FOR_A_WIN,
    ...     tiebreakers=(tiebreak.points(), tiebreak.goal_difference(), tiebreak.goals_for()),
    ... )
    >>> print(rules)
    3-1-0; points, goal difference, goals for
    """

    points: PointsScheme = attrs.field(
        default=PointsScheme.THREE_FOR_A_WIN, validator=_points_scheme
    )
    """Points for a win, a draw and a loss."""
    tiebreakers: tuple[Tiebreaker, ...] = attrs.field(
        converter=_tuple_of_criteria, validator=_chain
    )
    """The ranking chain, in order, starting with the first criterion (points)."""
    name: str = attrs.field(default="", validator=_text)
    """A short name, such as ``"FIFA World Cup 2018"``."""
    source: str = attrs.field(default="", validator=_text)
    """The regulation the rules come from: document, article, address."""

    def with_ranking(
        self, name: str, values: Mapping[TeamId, float] | Iterable[tuple[TeamId, float]]
    ) -> TableRules:
        """The same rules with the values of the ranking called *name* filled in.

        Raises:
            UnknownNameError: no ranking called *name* is in the chain.

        >>> from copaperu import rules
        >>> r = rules.FIFA_WORLD_CUP_2026.with_ranking(
        ...     "FIFA/Coca-Cola Men's World Ranking", {"Alpacas": 1480.0})
        >>> r.tiebreakers[-1].values
        (('Alpacas', 1480.0),)
        """
        names: list[str] = []
        changed: list[Tiebreaker] = []
        for criterion in self.tiebreakers:
            inner = (
                criterion.criterion if isinstance(criterion, OnlyWhen) else criterion
            )
            if isinstance(inner, Ranking):
                names.append(inner.name)
                if inner.name == name:
                    new = inner.with_values(values)
                    criterion = (
                        attrs.evolve(criterion, criterion=new)
                        if isinstance(criterion, OnlyWhen)
                        else new
                    )
            changed.append(criterion)
        if name not in names:
            raise UnknownNameError("ranking", name, names)
        return attrs.evolve(self, tiebreakers=tuple(changed))

    def __str__(self) -> str:
        from ._words import table_rules_text

        return table_rules_text(self)
