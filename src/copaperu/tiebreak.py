"""Tiebreak criteria, built by name: the words of a regulation, as values.

The criterion classes live here (:class:`Statistic`, :class:`HeadToHead`,
:class:`FairPlay`, :class:`Ranking`, ...), and so do the functions that build them
by the words of a regulation. A ranking chain is a tuple of them, in the regulation's order:

>>> from copaperu import tiebreak
>>> chain = (
...     tiebreak.points(),
...     tiebreak.goal_difference(),
...     tiebreak.goals_for(),
...     tiebreak.head_to_head(),
...     tiebreak.fair_play(),
...     tiebreak.drawing_of_lots(),
... )
>>> print(", ".join(str(c) for c in chain))
points, goal difference, goals for, head-to-head (points, goal difference, goals for; single pass), fair play, drawing of lots
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from ._public import publish
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
    Tiebreaker,
)
from ._validators import is_a
from ._values import TeamId
from .errors import UnknownNameError

__all__ = [
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
    "Tiebreaker",
    "away_goals",
    "away_wins",
    "drawing_of_lots",
    "fair_play",
    "from_id",
    "goal_average",
    "goal_difference",
    "goals_against",
    "goals_for",
    "head_to_head",
    "last_match_shootout",
    "only_when",
    "opponents_goal_difference",
    "opponents_goals_for",
    "opponents_points",
    "playoff",
    "points",
    "points_per_game",
    "ranking",
    "wins",
]


def _scope(among_teams_concerned: bool) -> Scope:
    return Scope.HEAD_TO_HEAD if among_teams_concerned else Scope.ALL_MATCHES


def points(*, among_teams_concerned: bool = False) -> Statistic:
    """More points is better.

    With *among_teams_concerned*, only the matches among the teams still level
    count (a head-to-head figure applied on its own, without re-application).

    >>> points()
    Statistic(criterion=<Criterion.POINTS: 'points'>, scope=<Scope.ALL_MATCHES: 'all_matches'>)
    """
    return Statistic(criterion=Criterion.POINTS, scope=_scope(among_teams_concerned))


def goal_difference(*, among_teams_concerned: bool = False) -> Statistic:
    """Greater goal difference (goals for minus goals against) is better.

    >>> print(goal_difference(among_teams_concerned=True))
    head-to-head goal difference
    """
    return Statistic(
        criterion=Criterion.GOAL_DIFFERENCE, scope=_scope(among_teams_concerned)
    )


def goals_for(*, among_teams_concerned: bool = False) -> Statistic:
    """More goals scored is better.

    >>> print(goals_for())
    goals for
    """
    return Statistic(criterion=Criterion.GOALS_FOR, scope=_scope(among_teams_concerned))


def goals_against(*, among_teams_concerned: bool = False) -> Statistic:
    """Fewer goals conceded is better.

    >>> print(goals_against())
    goals against
    """
    return Statistic(
        criterion=Criterion.GOALS_AGAINST, scope=_scope(among_teams_concerned)
    )


def goal_average(*, among_teams_concerned: bool = False) -> Statistic:
    """Greater goal average (goals for divided by goals against) is better.

    FIFA ranked level teams this way up to the 1966 World Cup. The average is
    computed exactly (as a fraction). A team that conceded no goals ranks above
    every team that did; two teams that neither scored nor conceded are level.

    >>> print(goal_average())
    goal average
    """
    return Statistic(
        criterion=Criterion.GOAL_AVERAGE, scope=_scope(among_teams_concerned)
    )


def points_per_game(*, among_teams_concerned: bool = False) -> Statistic:
    """More points per match played is better (exactly, as a fraction).

    How leagues were ranked when teams had played different numbers of matches
    (Ligue 1 and the English Football League's third and fourth tiers, 2019-20). A
    team that played no match has none.

    >>> print(points_per_game())
    points per game
    """
    return Statistic(
        criterion=Criterion.POINTS_PER_GAME, scope=_scope(among_teams_concerned)
    )


def wins(*, among_teams_concerned: bool = False) -> Statistic:
    """More wins is better.

    >>> print(wins())
    wins
    """
    return Statistic(criterion=Criterion.WINS, scope=_scope(among_teams_concerned))


def away_goals(*, among_teams_concerned: bool = False) -> Statistic:
    """More goals scored away from home is better; neutral venues count for neither.

    >>> print(away_goals(among_teams_concerned=True))
    head-to-head away goals
    """
    return Statistic(
        criterion=Criterion.AWAY_GOALS, scope=_scope(among_teams_concerned)
    )


def away_wins(*, among_teams_concerned: bool = False) -> Statistic:
    """More wins away from home is better.

    >>> print(away_wins())
    away wins
    """
    return Statistic(criterion=Criterion.AWAY_WINS, scope=_scope(among_teams_concerned))


def fair_play(
    *,
    yellow: int = 1,
    indirect_red: int = 3,
    red: int = 4,
    yellow_and_red: int = 5,
    among_teams_concerned: bool = False,
) -> FairPlay:
    """Fewer weighted cards is better; FIFA's weights by default.

    >>> fair_play()
    FairPlay(yellow=1, indirect_red=3, red=4, yellow_and_red=5, scope=<Scope.ALL_MATCHES: 'all_matches'>)
    """
    return FairPlay(
        yellow=yellow,
        indirect_red=indirect_red,
        red=red,
        yellow_and_red=yellow_and_red,
        scope=_scope(among_teams_concerned),
    )


def head_to_head(
    *criteria: Statistic | FairPlay | OnlyWhen, reapply: bool = False
) -> HeadToHead:
    """A mini-league among the teams concerned, with its own *criteria*.

    With no *criteria*, the usual three: points, goal difference and goals for.
    Each criterion given is computed on the mini-table, whatever scope it was
    built with. See :class:`copaperu.tiebreak.HeadToHead` for the single-pass and
    re-applied variants.

    Raises:
        RuleError: a criterion that a mini-table cannot compute (lots, a play-off,
            a ranking, another head-to-head).

    >>> print(head_to_head(points(), goal_difference(), goals_for(), away_goals(),
    ...                    reapply=True))
    head-to-head (points, goal difference, goals for, away goals; re-applied)
    """
    chosen = criteria or (points(), goal_difference(), goals_for())
    return HeadToHead(criteria=tuple(_among(c) for c in chosen), reapply=reapply)


def _among(
    criterion: Statistic | FairPlay | OnlyWhen,
) -> Statistic | FairPlay | OnlyWhen:
    if isinstance(criterion, Statistic | FairPlay):
        return attrs.evolve(criterion, scope=Scope.HEAD_TO_HEAD)
    if is_a(criterion, OnlyWhen):
        inner = criterion.criterion
        if isinstance(inner, Statistic | FairPlay):
            inner = attrs.evolve(inner, scope=Scope.HEAD_TO_HEAD)
        return attrs.evolve(criterion, criterion=inner)
    return criterion  # refused with a clear message by HeadToHead


def ranking(
    name: str,
    values: Mapping[TeamId, float] | Iterable[tuple[TeamId, float]] = (),
    *,
    higher_is_better: bool = True,
) -> Ranking:
    """Data given with the rules: a world ranking or a coefficient.

    A preset can name the ranking and leave its *values* to be filled in with
    :meth:`copaperu.TableRules.with_ranking`.

    >>> print(ranking("UEFA club coefficient", {"Team A": 70.5}))
    UEFA club coefficient
    """
    return Ranking(name=name, values=values, higher_is_better=higher_is_better)


def drawing_of_lots(*, seed: int | None = None) -> DrawingOfLots:
    """Order teams still level by lots; without a *seed*, the lots are still to draw.

    >>> drawing_of_lots(seed=1998)
    DrawingOfLots(seed=1998)
    """
    return DrawingOfLots(seed=seed)


def playoff() -> Playoff:
    """Teams level across a qualification boundary need a play-off match.

    >>> playoff()
    Playoff()
    """
    return Playoff()


def opponents_points(*, among_teams_concerned: bool = False) -> Statistic:
    """More points won, together, by the different teams a team played.

    UEFA's league phase from 2024-25 (Champions League regulations, art. 18.01 f),
    where teams play different opponents: "higher number of points obtained
    collectively by league phase opponents".

    >>> str(opponents_points())
    "opponents' points"
    """
    return Statistic(
        criterion=Criterion.OPPONENTS_POINTS, scope=_scope(among_teams_concerned)
    )


def opponents_goal_difference(*, among_teams_concerned: bool = False) -> Statistic:
    """Greater goal difference, together, of the different teams a team played.

    UEFA's league phase from 2024-25 (art. 18.01 g): "superior collective goal
    difference of league phase opponents".

    >>> str(opponents_goal_difference())
    "opponents' goal difference"
    """
    return Statistic(
        criterion=Criterion.OPPONENTS_GOAL_DIFFERENCE,
        scope=_scope(among_teams_concerned),
    )


def opponents_goals_for(*, among_teams_concerned: bool = False) -> Statistic:
    """More goals scored, together, by the different teams a team played.

    UEFA's league phase from 2024-25 (art. 18.01 h): "higher number of goals
    scored collectively by league phase opponents".

    >>> str(opponents_goals_for())
    "opponents' goals for"
    """
    return Statistic(
        criterion=Criterion.OPPONENTS_GOALS_FOR, scope=_scope(among_teams_concerned)
    )


def last_match_shootout() -> LastMatchShootout:
    """Two teams level on everything who drew their last match: the shoot-out ranks them.

    UEFA European Championship final tournaments (Euro 2024, art. 20.02). The
    shoot-out is recorded as the *penalties* of the group match.

    >>> last_match_shootout()
    LastMatchShootout()
    """
    return LastMatchShootout()


def only_when(
    criterion: Statistic | FairPlay | Ranking | DrawingOfLots | HeadToHead,
    *,
    teams: int | None = None,
    min_teams: int = 2,
    max_teams: int | None = None,
) -> OnlyWhen:
    """Apply *criterion* only when exactly *teams* (or *min_teams* to *max_teams*) are level.

    >>> only_when(wins(), teams=2).max_teams
    2
    """
    if teams is not None:
        min_teams = max_teams = teams
    return OnlyWhen(criterion=criterion, min_teams=min_teams, max_teams=max_teams)


_BY_ID: dict[str, Tiebreaker] = {
    Criterion.POINTS: points(),
    Criterion.GOAL_DIFFERENCE: goal_difference(),
    Criterion.GOALS_FOR: goals_for(),
    Criterion.GOALS_AGAINST: goals_against(),
    Criterion.GOAL_AVERAGE: goal_average(),
    Criterion.POINTS_PER_GAME: points_per_game(),
    Criterion.WINS: wins(),
    Criterion.AWAY_GOALS: away_goals(),
    Criterion.AWAY_WINS: away_wins(),
    Criterion.OPPONENTS_POINTS: opponents_points(),
    Criterion.OPPONENTS_GOAL_DIFFERENCE: opponents_goal_difference(),
    Criterion.OPPONENTS_GOALS_FOR: opponents_goals_for(),
    Criterion.FAIR_PLAY: fair_play(),
    Criterion.HEAD_TO_HEAD: head_to_head(),
    Criterion.DRAWING_OF_LOTS: drawing_of_lots(),
    Criterion.PLAYOFF: playoff(),
    Criterion.LAST_MATCH_SHOOTOUT: last_match_shootout(),
}


def from_id(name: str) -> Tiebreaker:
    """The criterion with id *name*, with its default settings.

    Raises:
        UnknownNameError: *name* is not a criterion id; the message suggests the
            closest one.

    >>> from_id("goals_for")
    Statistic(criterion=<Criterion.GOALS_FOR: 'goals_for'>, scope=<Scope.ALL_MATCHES: 'all_matches'>)
    """
    try:
        return _BY_ID[name]
    except KeyError:
        raise UnknownNameError("tiebreak criterion", name, _BY_ID) from None


publish(globals(), __all__, __name__)
del publish  # the bookkeeping is not part of this module's namespace
