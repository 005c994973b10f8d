"""Layer 8, on top: strategies for ranking chains, table rules, tables from a rulebook, tie rules."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .. import tiebreak
from .._points import PointsScheme
from .._standings import Standings, standings
from .._tiebreak import (
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
from .._validators import is_a
from .._values import TeamId
from ._common import check_strategy, draw_teams
from ._values import points_schemes, round_robins, team_lists

__all__: list[str] = []

T = TypeVar("T")

# Table rules ----------------------------------------------------------------------

_STATISTIC_IDS: Final = (
    Criterion.GOAL_DIFFERENCE,
    Criterion.GOALS_FOR,
    Criterion.POINTS,
    Criterion.GOALS_AGAINST,
    Criterion.GOAL_AVERAGE,
    Criterion.WINS,
    Criterion.AWAY_GOALS,
    Criterion.AWAY_WINS,
    Criterion.OPPONENTS_POINTS,
    Criterion.OPPONENTS_GOAL_DIFFERENCE,
    Criterion.OPPONENTS_GOALS_FOR,
)


def statistic_criteria() -> st.SearchStrategy[Statistic]:
    return st.builds(
        Statistic,
        criterion=st.sampled_from(_STATISTIC_IDS),
        scope=st.sampled_from((Scope.ALL_MATCHES, Scope.HEAD_TO_HEAD)),
    )


def fair_plays() -> st.SearchStrategy[FairPlay]:
    weight = st.integers(0, 6)
    return st.just(tiebreak.fair_play()) | st.builds(
        FairPlay,
        yellow=weight,
        indirect_red=weight,
        red=weight,
        yellow_and_red=weight,
        scope=st.sampled_from((Scope.ALL_MATCHES, Scope.HEAD_TO_HEAD)),
    )


def drawings_of_lots() -> st.SearchStrategy[DrawingOfLots]:
    return st.builds(DrawingOfLots, seed=st.none() | st.integers(0, 2**16))


@st.composite
def only_whens(
    draw: st.DrawFn,
    criteria: st.SearchStrategy[
        Statistic | FairPlay | Ranking | DrawingOfLots | HeadToHead
    ],
) -> OnlyWhen:
    least = draw(st.integers(2, 4))
    most = draw(st.none() | st.integers(least, least + 2))
    return OnlyWhen(criterion=draw(criteria), min_teams=least, max_teams=most)


def head_to_heads() -> st.SearchStrategy[HeadToHead]:
    inner = (
        statistic_criteria()
        | fair_plays()
        | only_whens(statistic_criteria() | fair_plays())
    )

    def build(
        criteria: list[Statistic | FairPlay | OnlyWhen], reapply: bool
    ) -> HeadToHead:
        return tiebreak.head_to_head(*criteria, reapply=reapply)

    return st.builds(build, st.lists(inner, max_size=4), st.booleans())


def tiebreak_chains() -> st.SearchStrategy[tuple[Tiebreaker, ...]]:
    """Ranking chains: points first, then any criteria; shrinks toward points alone.

    After points come statistics over all matches or among the teams concerned,
    fair play (FIFA's weights or others), head-to-head mini-leagues (single pass
    or re-applied), drawing of lots (seeded or still to draw), play-offs, the
    shoot-out after a level last match, and
    criteria applied only when so many teams are level. Never a ranking, which
    needs a value for every team (see :func:`from_rulebook`).

    >>> from hypothesis import find, settings
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> for criterion in find(strategies.tiebreak_chains(), lambda c: len(c) > 1, settings=fixed):
    ...     print(criterion)
    points
    goal difference
    """
    criteria: st.SearchStrategy[Tiebreaker] = st.one_of(
        statistic_criteria(),
        fair_plays(),
        head_to_heads(),
        drawings_of_lots(),
        st.just(Playoff()),
        st.just(LastMatchShootout()),
        only_whens(
            statistic_criteria() | fair_plays() | drawings_of_lots() | head_to_heads()
        ),
    )
    return st.lists(criteria, max_size=5).map(lambda rest: (tiebreak.points(), *rest))


def table_rules(
    *,
    points: st.SearchStrategy[PointsScheme] | None = None,
    tiebreakers: st.SearchStrategy[Sequence[Tiebreaker]] | None = None,
) -> st.SearchStrategy[TableRules]:
    """Rules of a table: a points scheme and a ranking chain.

    Args:
        points: The points schemes (default: :func:`points_schemes`).
        tiebreakers: The ranking chains (default: :func:`tiebreak_chains`).

    Raises:
        InvalidArgument: an argument is not a strategy.

    >>> from hypothesis import find, settings
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> print(find(strategies.table_rules(), lambda _: True, settings=fixed))
    3-1-0; points
    """
    if points is None:
        points = points_schemes()
    if tiebreakers is None:
        tiebreakers = tiebreak_chains()
    check_strategy("table_rules", "points", points)
    check_strategy("table_rules", "tiebreakers", tiebreakers)
    return st.builds(
        lambda scheme, chain: TableRules(points=scheme, tiebreakers=tuple(chain)),
        points,
        tiebreakers,
    )


table_rules_of = table_rules  # for editions(), whose own argument hides it


def rankings_of(rulebook: TableRules) -> list[Ranking]:
    found = []
    for criterion in rulebook.tiebreakers:
        inner = criterion.criterion if isinstance(criterion, OnlyWhen) else criterion
        if isinstance(inner, Ranking):
            found.append(inner)
    return found


@st.composite
def _from_rulebook(
    draw: st.DrawFn,
    rulebook: TableRules,
    teams: st.SearchStrategy[Sequence[TeamId]],
    rankings: list[Ranking],
) -> Standings:
    names = draw_teams(draw, teams, "from_rulebook", 2)
    for ranking in rankings:
        valued = {team for team, _ in ranking.values}
        missing = [name for name in names if name not in valued]
        if missing:
            msg = (
                f"from_rulebook: ranking {ranking.name!r} has no value for {missing!r}"
            )
            raise InvalidArgument(msg)
    group = draw(round_robins(teams=st.just(names)))
    advance = draw(st.integers(0, len(names)))
    return standings(*group, rulebook, advance=advance)


def from_rulebook(
    rulebook: TableRules, /, *, teams: st.SearchStrategy[Sequence[TeamId]] | None = None
) -> st.SearchStrategy[Standings]:
    """Tables ranked by *rulebook*: round robins, with a qualification boundary drawn.

    When *rulebook* has rankings, the teams are drawn from the teams they rank.

    Args:
        rulebook: The rules every table is ranked by.
        teams: Lists of team names (default: :func:`teams`, or lists of the teams
            every ranking of *rulebook* has a value for).

    Raises:
        InvalidArgument: *rulebook* is not a :class:`copaperu.TableRules`, a
            ranking of it has values for fewer than two teams; when drawing,
            *teams* drew a team that a ranking has no value for.

    >>> import copaperu as cp
    >>> from hypothesis import find, settings
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> rules = cp.rules.FIFA_WORLD_CUP_2026.with_ranking(
    ...     "FIFA/Coca-Cola Men's World Ranking", {"Peru": 1480.0, "Chile": 1450.0})
    >>> find(strategies.from_rulebook(rules), lambda _: True, settings=fixed).order
    ('Peru', 'Chile')
    """
    if not is_a(rulebook, TableRules):
        msg = f"from_rulebook: expected TableRules (got {rulebook!r})"
        raise InvalidArgument(msg)
    rankings = rankings_of(rulebook)
    if teams is None:
        common = sorted(
            set.intersection(*({team for team, _ in r.values} for r in rankings))
            if rankings
            else set()
        )
        if rankings and len(common) < 2:
            names = ", ".join(repr(r.name) for r in rankings)
            msg = (
                f"from_rulebook: the rankings {names} have values for fewer than two "
                "teams in common; fill them in with TableRules.with_ranking()"
            )
            raise InvalidArgument(msg)
        teams = (
            team_lists(names=st.sampled_from(common), max_teams=min(len(common), 8))
            if rankings
            else team_lists()
        )
    check_strategy("from_rulebook", "teams", teams)
    return _from_rulebook(rulebook, teams, rankings)
