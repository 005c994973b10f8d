"""Hypothesis strategies for copaperu's values: scores, matches, rules, ties, editions.

Install them with ``pip install "copaperu[strategies]"``. This is the only module of
copaperu that imports Hypothesis: ``import copaperu`` never does.

Every strategy draws valid values only. Each shrinks toward few teams, small scores
and played matches, and by default reaches the hard cases: 0-0 draws, tables in
which every team is level on everything, forfeits and the other rulings, unknown
results, and ties decided on penalties.

>>> import copaperu as cp
>>> from hypothesis import given, settings
>>> from copaperu import strategies
>>> @settings(max_examples=20, database=None, deadline=None)
... @given(strategies.round_robins(), strategies.table_rules())
... def test_every_team_has_one_row(round_robin, rules):
...     table = cp.standings(*round_robin, rules)
...     assert sorted(table.order) == sorted(round_robin.teams)
>>> test_every_team_has_one_row()

Once copaperu is installed, Hypothesis also finds these strategies by type:
``st.from_type(copaperu.Match)`` draws from :func:`matches`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from .._competition import (
    Edition,
    Group,
    NamedTableRules,
    NamedTieRules,
    Phase,
    PublishedRow,
    Qualified,
    RecordedPlace,
    RecordedWinner,
    Reference,
    Source,
    Stage,
    Team,
    Tie,
)
from .._extras import require
from .._knockout import (
    TieOutcome,
    decide_tie,
)
from .._official import OfficialResult, official_result
from .._points import PointsScheme
from .._replay import EditionResult, replay
from .._rulings import (
    Abandoned,
    AwardedShootout,
    Forfeit,
    NotPlayed,
    PointsDeduction,
)
from .._standings import Standings
from .._tiebreak import (
    DrawingOfLots,
    FairPlay,
    HeadToHead,
    LastMatchShootout,
    OnlyWhen,
    Playoff,
    Ranking,
    Statistic,
    TableRules,
)
from .._tierules import TieRules
from .._values import Cards, Match, Score

__all__ = [
    "RoundRobin",
    "TwoLeggedTie",
    "cards",
    "editions",
    "from_rulebook",
    "matches",
    "points_deductions",
    "points_schemes",
    "round_robins",
    "rulings",
    "scores",
    "table_rules",
    "team_names",
    "teams",
    "tie_rules",
    "tiebreak_chains",
    "two_legged_ties",
]

T = TypeVar("T")


def _makers() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """What ``st.from_type()`` draws from for each of copaperu's value types.

    The lambdas are late-bound: Hypothesis may ask for this list before the
    strategies further down this module are defined (see the hook below).
    """
    return {
        Score: lambda: scores(),
        Cards: lambda: cards(),
        PointsScheme: lambda: points_schemes(),
        Match: lambda: matches(),
        Forfeit: lambda: two_team_matches().flatmap(forfeits_of),
        Abandoned: lambda: abandonments(),
        NotPlayed: lambda: not_playeds(),
        AwardedShootout: lambda: two_team_matches().flatmap(awarded_shootouts),
        PointsDeduction: lambda: points_deductions(),
        OfficialResult: lambda: matches().map(official_result),
        Statistic: lambda: statistic_criteria(),
        FairPlay: lambda: fair_plays(),
        HeadToHead: lambda: head_to_heads(),
        OnlyWhen: lambda: only_whens(
            statistic_criteria() | fair_plays() | drawings_of_lots()
        ),
        DrawingOfLots: lambda: drawings_of_lots(),
        Playoff: lambda: st.just(Playoff()),
        LastMatchShootout: lambda: st.just(LastMatchShootout()),
        Ranking: lambda: rankings(),
        TableRules: lambda: table_rules(),
        Standings: lambda: table_rules().flatmap(from_rulebook),
        TieRules: lambda: tie_rules(),
        TieOutcome: lambda: two_legged_ties().map(lambda tie: decide_tie(*tie)),
        Source: lambda: edition_sources(),
        Team: lambda: st.builds(Team, name=team_names(), city=texts()),
        Reference: lambda: references(),
        RecordedPlace: lambda: recorded_places(),
        RecordedWinner: lambda: st.builds(RecordedWinner, winner=team_names()),
        Qualified: lambda: qualified(),
        PublishedRow: lambda: published_rows(),
        NamedTableRules: lambda: part_of(NamedTableRules),
        NamedTieRules: lambda: part_of(NamedTieRules),
        Group: lambda: part_of(Group),
        Tie: lambda: part_of(Tie),
        Phase: lambda: part_of(Phase),
        Stage: lambda: part_of(Stage),
        Edition: lambda: editions(),
        EditionResult: lambda: editions().map(lambda edition: replay(edition)),
    }


def _hypothesis_setup_hook() -> None:
    """Register a strategy for each of copaperu's value types with Hypothesis.

    Hypothesis calls this when it is imported (see the ``hypothesis`` entry point
    in ``pyproject.toml``); then ``st.from_type(copaperu.Match)`` draws from
    :func:`matches`, and so on for every value type. Nothing is built until a
    strategy is first used.

    >>> import copaperu as cp
    >>> from hypothesis import find, settings, strategies as st
    >>> _hypothesis_setup_hook()
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> find(st.from_type(cp.Score), lambda score: score.away > 1, settings=fixed)
    Score(home=0, away=2)
    """
    from hypothesis.strategies import register_type_strategy

    for kind in _makers():
        register_type_strategy(kind, _strategy_for)


def _strategy_for(kind: type[T]) -> st.SearchStrategy[T]:
    """The strategy for *kind*, looked up when Hypothesis first needs it."""
    return _makers()[kind]()


# Hypothesis calls the hook above while it is itself being imported, which may happen
# on the next lines: the hook must be defined before Hypothesis is imported. Without
# Hypothesis, the error names the extra that installs it.
require("hypothesis", "strategies", by="copaperu.strategies")
from hypothesis import strategies as st  # noqa: E402

from .._public import publish  # noqa: E402
from ._editions import (  # noqa: E402
    edition_sources,
    editions,
    part_of,
    published_rows,
    qualified,
    rankings,
    recorded_places,
    references,
    two_team_matches,
)
from ._rules import (  # noqa: E402
    drawings_of_lots,
    fair_plays,
    from_rulebook,
    head_to_heads,
    only_whens,
    statistic_criteria,
    table_rules,
    tiebreak_chains,
)
from ._ties import TwoLeggedTie, tie_rules, two_legged_ties  # noqa: E402
from ._values import (  # noqa: E402
    RoundRobin,
    abandonments,
    awarded_shootouts,
    cards,
    forfeits_of,
    matches,
    not_playeds,
    points_deductions,
    points_schemes,
    round_robins,
    rulings,
    scores,
    team_names,
    teams,
    texts,
)

publish(globals(), __all__, __name__)
