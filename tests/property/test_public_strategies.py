"""Laws checked with the public strategies of ``copaperu.strategies``.

First the strategies themselves: every value they draw is valid, as their arguments
ask, and impossible arguments are refused. Then the library, on what they draw:
tables, ties and editions.
"""

from __future__ import annotations

import functools
import importlib.metadata
from collections import Counter
from collections.abc import Callable
from random import Random
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import copaperu as cp
from copaperu import strategies

# Every value type that st.from_type() knows through the entry point.
REGISTERED = [
    cp.Abandoned,
    cp.AwardedShootout,
    cp.Cards,
    cp.tiebreak.DrawingOfLots,
    cp.competition.Edition,
    cp.competition.EditionResult,
    cp.tiebreak.FairPlay,
    cp.Forfeit,
    cp.competition.Group,
    cp.tiebreak.HeadToHead,
    cp.tiebreak.LastMatchShootout,
    cp.Match,
    cp.competition.NamedTableRules,
    cp.competition.NamedTieRules,
    cp.NotPlayed,
    cp.OfficialResult,
    cp.tiebreak.OnlyWhen,
    cp.competition.Phase,
    cp.tiebreak.Playoff,
    cp.PointsDeduction,
    cp.PointsScheme,
    cp.competition.PublishedRow,
    cp.competition.Qualified,
    cp.tiebreak.Ranking,
    cp.competition.RecordedPlace,
    cp.competition.RecordedWinner,
    cp.competition.Reference,
    cp.Score,
    cp.competition.Source,
    cp.competition.Stage,
    cp.Standings,
    cp.tiebreak.Statistic,
    cp.TableRules,
    cp.competition.Team,
    cp.competition.Tie,
    cp.TieOutcome,
    cp.TieRules,
]


# Groups of up to four teams keep the table laws fast under the ci profile; the laws
# do not depend on the size of the group.
GROUPS = strategies.round_robins(teams=strategies.teams(max_teams=4))


def _draw_once(strategy: st.SearchStrategy[Any]) -> None:
    """Draw one value from *strategy*, as a test would."""

    @settings(max_examples=1, database=None)
    @given(strategy)
    def draw(_value: object) -> None:
        pass

    draw()


# The strategies draw valid values ----------------------------------------------------


@given(st.data())
def test_scores_stay_within_max_goals(data: st.DataObject) -> None:
    """No side scores more than *max_goals*."""
    most = data.draw(st.integers(0, 9))
    score = data.draw(strategies.scores(max_goals=most))

    assert max(score.home, score.away) <= most


@given(st.data())
def test_teams_are_distinct_names_within_bounds(data: st.DataObject) -> None:
    """Team lists hold *min_teams* to *max_teams* different, non-blank names."""
    least = data.draw(st.integers(2, 5))
    most = data.draw(st.integers(least, 7))
    names = data.draw(strategies.teams(min_teams=least, max_teams=most))

    assert least <= len(names) <= most
    assert len(set(names)) == len(names)
    assert all(name.strip() for name in names)


@given(
    strategies.teams(),
    st.data(),
    st.booleans(),
    st.booleans(),
)
def test_matches_are_between_two_of_the_given_teams(
    names: list[str], data: st.DataObject, played: bool, with_rulings: bool
) -> None:
    """A match is between two of the teams; played means scored; rulings only if asked."""
    match = data.draw(
        strategies.matches(
            teams=st.just(names), played=played, with_rulings=with_rulings
        )
    )

    assert match == attrs.evolve(match)  # builds again: every check passes
    assert {match.home, match.away} <= set(names)
    if played:
        assert match.score is not None
    if not with_rulings:
        assert () == match.rulings


@given(strategies.matches(with_rulings=False), st.data())
def test_rulings_are_accepted_by_their_match(
    match: cp.Match, data: st.DataObject
) -> None:
    """The rulings drawn for a match build a valid match, with an official result."""
    found = data.draw(strategies.rulings(match))
    ruled = attrs.evolve(match, rulings=found)

    assert found
    assert ruled.rulings == found
    cp.official_result(ruled)


@given(strategies.table_rules())
def test_tiebreak_chains_start_with_points_and_have_no_ranking(
    rules: cp.TableRules,
) -> None:
    """Generated chains rank by points first and need no data about the teams."""
    assert cp.tiebreak.points() == rules.tiebreakers[0]
    assert not any(
        isinstance(c, cp.tiebreak.Ranking)
        or (
            isinstance(c, cp.tiebreak.OnlyWhen)
            and isinstance(c.criterion, cp.tiebreak.Ranking)
        )
        for c in rules.tiebreakers
    )


@given(
    strategies.round_robins(
        teams=strategies.teams(max_teams=4), legs=st.just(2), with_rulings=False
    )
)
def test_double_round_robins_have_every_fixture_once(
    group: strategies.RoundRobin,
) -> None:
    """Home and away: each team receives each other team exactly once."""
    fixtures = Counter(match.teams for match in group.matches)
    expected = {(home, away) for home in group.teams for away in group.teams} - {
        (team, team) for team in group.teams
    }

    assert expected == set(fixtures)
    assert {1} == set(fixtures.values())


@settings(max_examples=10)
@pytest.mark.parametrize("kind", REGISTERED, ids=lambda kind: kind.__name__)
@given(data=st.data())
def test_from_type_draws_every_registered_type(kind: type, data: st.DataObject) -> None:
    """``st.from_type`` finds a strategy for each value type, through the entry point."""
    value = data.draw(st.from_type(kind))

    assert isinstance(value, kind)


def test_the_entry_point_names_the_setup_hook() -> None:
    """Installing copaperu tells Hypothesis where its setup hook is."""
    hooks = {
        entry.value for entry in importlib.metadata.entry_points(group="hypothesis")
    }

    assert "copaperu.strategies:_hypothesis_setup_hook" in hooks


# Impossible arguments are refused ----------------------------------------------------

_RANKED = cp.rules.FIFA_WORLD_CUP_2026.with_ranking(
    "FIFA/Coca-Cola Men's World Ranking", {"Peru": 1480.0, "Chile": 1450.0}
)

# (strategy, positional arguments, keyword arguments): arguments no value satisfies.
REFUSED_WHEN_CALLED: list[Any] = [
    pytest.param(strategies.scores, (), {"max_goals": -1}, id="negative-max-goals"),
    pytest.param(strategies.scores, (), {"max_goals": 2.5}, id="float-max-goals"),
    pytest.param(strategies.teams, (), {"min_teams": 1}, id="one-team"),
    pytest.param(
        strategies.teams, (), {"min_teams": 4, "max_teams": 3}, id="min-above-max"
    ),
    pytest.param(strategies.teams, (), {"names": ["A", "B"]}, id="names-not-strategy"),
    pytest.param(
        strategies.matches, (), {"teams": ["A", "B"]}, id="teams-not-strategy"
    ),
    pytest.param(strategies.matches, (), {"played": "yes"}, id="played-not-bool"),
    pytest.param(strategies.round_robins, (), {"legs": 2}, id="legs-not-strategy"),
    pytest.param(strategies.rulings, ("A v B",), {}, id="rulings-of-no-match"),
    pytest.param(
        strategies.table_rules, (), {"points": cp.PointsScheme()}, id="points-value"
    ),
    pytest.param(
        strategies.two_legged_ties, (), {"rules": cp.TieRules()}, id="rules-value"
    ),
    pytest.param(strategies.editions, (), {"teams": ["A"]}, id="edition-teams-value"),
    pytest.param(strategies.from_rulebook, ("classic",), {}, id="rulebook-by-name"),
    pytest.param(
        strategies.from_rulebook,
        (cp.rules.FIFA_WORLD_CUP_2026,),
        {},
        id="ranking-without-values",
    ),
]

# (strategy, keyword arguments): argument strategies that draw impossible values.
REFUSED_WHEN_DRAWN: list[Any] = [
    pytest.param(strategies.matches, {"teams": st.just(["A"])}, id="one-team"),
    pytest.param(
        strategies.round_robins, {"teams": st.just(["A", "A"])}, id="team-twice"
    ),
    pytest.param(
        strategies.round_robins, {"teams": st.just(["A", " "])}, id="blank-team"
    ),
    pytest.param(strategies.round_robins, {"legs": st.just(3)}, id="three-legs"),
    pytest.param(
        strategies.two_legged_ties,
        {"rules": st.just(cp.rules.CLASSIC)},
        id="table-rules-for-a-tie",
    ),
    pytest.param(
        strategies.editions,
        {"teams": st.just(["A", "B", "C"])},
        id="edition-of-three-teams",
    ),
    pytest.param(
        functools.partial(strategies.from_rulebook, _RANKED),
        {"teams": st.just(["Peru", "Bolivia"])},
        id="team-without-ranking",
    ),
]


@pytest.mark.parametrize(("make", "args", "kwargs"), REFUSED_WHEN_CALLED)
def test_impossible_arguments_are_refused(
    make: Callable[..., object], args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    """Arguments no value could satisfy raise InvalidArgument at once."""
    with pytest.raises(InvalidArgument):
        make(*args, **kwargs)


@pytest.mark.parametrize(("make", "kwargs"), REFUSED_WHEN_DRAWN)
def test_impossible_draws_are_refused(
    make: Callable[..., st.SearchStrategy[Any]], kwargs: dict[str, object]
) -> None:
    """Argument strategies that draw impossible values raise InvalidArgument."""
    strategy = make(**kwargs)

    with pytest.raises(InvalidArgument):
        _draw_once(strategy)


# Tables ---------------------------------------------------------------------------


@given(GROUPS, strategies.table_rules(), st.data())
def test_table_is_a_permutation_of_the_teams(
    group: strategies.RoundRobin, rules: cp.TableRules, data: st.DataObject
) -> None:
    """Each team has one row; teams level share the top place of their group."""
    advance = data.draw(st.integers(0, len(group.teams)))
    table = cp.standings(*group, rules, advance=advance)
    positions = [row.position for row in table.rows]
    level = {
        (frozenset(r.team for r in table.rows if r.position == p), p)
        for p, count in Counter(positions).items()
        if count > 1
    }

    assert sorted(group.teams) == sorted(table.order)
    assert [positions.index(p) + 1 for p in positions] == positions
    assert level == {(frozenset(t.teams), t.position) for t in table.level_teams}


@given(GROUPS, strategies.table_rules())
def test_table_conserves_goals_results_and_points(
    group: strategies.RoundRobin, rules: cp.TableRules
) -> None:
    """Goals for equal goals against; wins equal losses; points are those awarded."""
    table = cp.standings(*group, rules)
    counted = [cp.official_result(m) for m in group.matches]
    counted = [result for result in counted if result.counts]
    scheme = rules.points
    awarded = sum(
        2 * scheme.draw if r.winner is None else scheme.win + scheme.loss
        for r in counted
    )

    assert sum(r.goals_for for r in table.rows) == sum(
        r.goals_against for r in table.rows
    )
    assert sum(r.won for r in table.rows) == sum(r.lost for r in table.rows)
    assert 2 * len(counted) == sum(r.played for r in table.rows)
    assert awarded == sum(r.points for r in table.rows)
    assert len(group.matches) - len(counted) == len(table.unplayed)


def _as_listed(row: cp.TableRow) -> tuple[cp.TableRow, Counter[object]]:
    """A row, with its rulings counted rather than listed (they follow match order)."""
    return attrs.evolve(row, rulings=()), Counter(row.rulings)


@given(GROUPS, strategies.table_rules(), st.randoms(use_true_random=False))
def test_table_invariant_under_listing_order(
    group: strategies.RoundRobin, rules: cp.TableRules, random: Random
) -> None:
    """Listing the teams or the matches in another order changes no place and no figure."""
    teams, matches = list(group.teams), list(group.matches)
    random.shuffle(teams)
    random.shuffle(matches)
    table = cp.standings(*group, rules)
    shuffled = cp.standings(teams, matches, rules)

    assert [_as_listed(row) for row in table.rows] == [
        _as_listed(row) for row in shuffled.rows
    ]
    assert table.level_teams == shuffled.level_teams
    assert Counter(table.unplayed) == Counter(shuffled.unplayed)


# Rulebooks for from_rulebook(): a preset, and one whose ranking has values for
# some teams, from which the teams are then drawn.
RULEBOOKS = [
    cp.rules.FIFA_WORLD_CUP_2018,
    cp.rules.UEFA_EURO_2024.with_ranking(
        "European Qualifiers overall ranking",
        {"Alianza": 1.0, "Cristal": 2.0, "Melgar": 3.0, "Sport Boys": 4.0},
    ),
]


@given(
    strategies.from_rulebook(RULEBOOKS[0], teams=strategies.teams(max_teams=4))
    | strategies.from_rulebook(RULEBOOKS[1])
)
def test_tables_from_a_rulebook_rank_by_points_first(table: cp.Standings) -> None:
    """Tables are ranked by their rulebook, points first: no one above a team with more."""
    points = [row.points for row in table.rows]

    assert table.rules in RULEBOOKS
    assert sorted(points, reverse=True) == points


# Ties -----------------------------------------------------------------------------


@given(strategies.two_legged_ties())
def test_decide_tie_accepts_every_generated_tie(
    tie: strategies.TwoLeggedTie,
) -> None:
    """Generated ties are decided without error; a winner is one of the two teams."""
    outcome = cp.decide_tie(*tie)
    teams = (tie.first_leg.home, tie.first_leg.away)

    assert teams == outcome.teams
    if outcome.is_decided:
        assert outcome.winner in teams
        assert {outcome.winner, outcome.loser} == set(teams)
        assert outcome.decided_by is not None
    else:
        assert outcome.needs is not None


@given(strategies.two_legged_ties())
def test_extra_time_and_shootouts_come_only_when_the_tie_is_level(
    tie: strategies.TwoLeggedTie,
) -> None:
    """Extra time means the legs left the tie level; a shoot-out taken decides it."""
    outcome = cp.decide_tie(*tie)
    after_level = {
        cp.DecidedBy.EXTRA_TIME,
        cp.DecidedBy.AWAY_GOALS,
        cp.DecidedBy.PENALTIES,
        cp.DecidedBy.RULING,
        None,
    }

    if tie.second_leg.extra_time is not None:
        assert outcome.decided_by in after_level
    shootout = tie.second_leg.penalties
    if shootout is not None:
        home, away = tie.second_leg.teams

        assert cp.DecidedBy.PENALTIES == outcome.decided_by
        assert (home if shootout.home > shootout.away else away) == outcome.winner


# Editions -------------------------------------------------------------------------


@given(strategies.editions())
def test_every_generated_edition_round_trips_and_replays(
    edition: cp.competition.Edition,
) -> None:
    """An edition reads back equal from its file, and replays to a champion of its own
    teams or to unknowns saying why not (one test: drawing editions is the slow part).
    """
    result = cp.replay(edition)

    assert edition == cp.loads(cp.dumps(edition))
    if result.champion is None:
        assert result.unknowns
    else:
        assert result.champion in {team.name for team in edition.teams}
    assert len(edition.stages) == len(result.stages)
