"""Benchmarks of group tables (pytest-benchmark), side by side with the peer.

Run with ``pip install -e ".[bench]"`` and ``pytest benchmarks``. Nothing here is
asserted about time; the medians are reported, and the comparison with the peer
``standings==1.0.4`` (installed in a throw-away virtual environment, never a
dependency) is printed at the end of the run.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

import copaperu as cp
from _peer import peer_median_ns, peer_unavailable_reason
from _report import COMPARISONS

TEAMS = [f"Team {i:02d}" for i in range(20)]


def season(seed: int = 1998) -> list[tuple[str, str, int, int]]:
    """A 20-team double round robin (380 matches), scores 0-4 from a seeded generator."""
    rng = random.Random(seed)
    return [
        (home, away, rng.randint(0, 4), rng.randint(0, 4))
        for home in TEAMS
        for away in TEAMS
        if home != away
    ]


def to_matches(rows: list[tuple[str, str, int, int]]) -> list[cp.Match]:
    return [cp.Match(home=h, away=a, score=cp.Score(x, y)) for h, a, x, y in rows]


UEFA = cp.rules.UEFA_CHAMPIONS_LEAGUE_2019.with_ranking(
    "UEFA club coefficient", {team: float(100 - i) for i, team in enumerate(TEAMS)}
)
ALL_LEVEL_CHAIN = cp.TableRules(
    name="head-to-head chain",
    tiebreakers=(
        cp.tiebreak.points(),
        cp.tiebreak.head_to_head(
            cp.tiebreak.points(),
            cp.tiebreak.goal_difference(),
            cp.tiebreak.goals_for(),
            cp.tiebreak.away_goals(),
            reapply=True,
        ),
        cp.tiebreak.goal_difference(),
        cp.tiebreak.goals_for(),
        cp.tiebreak.away_goals(),
        cp.tiebreak.wins(),
        cp.tiebreak.away_wins(),
        cp.tiebreak.fair_play(),
        cp.tiebreak.drawing_of_lots(),
    ),
)


def median_ns(function: Callable[[], object], repeat: int = 200) -> int:
    function()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter_ns()
        function()
        samples.append(time.perf_counter_ns() - start)
    return round(statistics.median(samples))


def test_380_matches_uefa_chain(benchmark: BenchmarkFixture) -> None:
    """20 teams, 380 matches, the full UEFA club chain (target: 1 ms or less)."""
    matches = to_matches(season())
    table = benchmark(cp.standings, TEAMS, matches, UEFA)

    assert 20 == len(table.rows)


def test_380_matches_from_tuples_uefa_chain(benchmark: BenchmarkFixture) -> None:
    """The same from plain rows ``(home, away, hg, ag)``: checked, no Match built."""
    rows = season()
    table = benchmark(cp.standings, TEAMS, rows, UEFA)

    assert 20 == len(table.rows)


def test_20_teams_all_level(benchmark: BenchmarkFixture) -> None:
    """20 teams, every match 0-0, under the head-to-head chain (target: under 20 ms)."""
    matches = [
        cp.Match(home=h, away=a, score=cp.Score(0, 0)) for h, a, _, _ in season()
    ]
    table = benchmark(cp.standings, TEAMS, matches, ALL_LEVEL_CHAIN)

    assert 1 == len(table.level_teams)
    assert 20 == len(table.level_teams[0].teams)


LEAGUE_PHASE_TEAMS = [f"Club {i:02d}" for i in range(36)]


def league_phase(seed: int = 2024) -> list[cp.Match]:
    """36 teams, eight rounds of the circle method (144 matches), seeded scores 0-4."""
    rng = random.Random(seed)
    rounds = cp.competition.circle_method(LEAGUE_PHASE_TEAMS)[:8]
    return [
        cp.Match(
            home=home,
            away=away,
            score=cp.Score(rng.randint(0, 4), rng.randint(0, 4)),
        )
        for fixtures in rounds
        for home, away in fixtures
    ]


def test_league_phase_of_36(benchmark: BenchmarkFixture) -> None:
    """UEFA's league phase: 36 teams, 144 matches, opponents' figures in the chain."""
    matches = league_phase()
    rules = cp.rules.UEFA_CHAMPIONS_LEAGUE_2024.with_ranking(
        "UEFA club coefficient",
        {team: float(i) for i, team in enumerate(LEAGUE_PHASE_TEAMS)},
    )
    table = benchmark(cp.standings, LEAGUE_PHASE_TEAMS, matches, rules, advance=[8, 24])

    assert 36 == len(table.rows)


def test_peer_side_by_side() -> None:
    """Time the peer on the same 380 matches; report our medians over theirs."""
    rows = season()
    peer = peer_median_ns(rows)
    if peer is None:
        pytest.skip(f"peer standings==1.0.4 unavailable: {peer_unavailable_reason()}")
    matches = to_matches(rows)
    points_gd_goals = cp.rules.CLASSIC
    ours_values = median_ns(lambda: cp.standings(TEAMS, matches, UEFA))
    ours_classic = median_ns(lambda: cp.standings(TEAMS, matches, points_gd_goals))
    ours_tuples = median_ns(lambda: cp.standings(TEAMS, rows, UEFA))
    ours_tuples_classic = median_ns(lambda: cp.standings(TEAMS, rows, points_gd_goals))
    ours_built = median_ns(lambda: cp.standings(TEAMS, cp.Match.from_rows(rows), UEFA))
    prebuilt, tuples = peer.prebuilt_median_ns, peer.median_ns
    COMPARISONS.extend(
        [
            "(CLASSIC ranks as the peer does: points, goal difference, goals; the "
            "UEFA chain does more: head-to-head, away goals, wins, ...)",
            f"from match values: copaperu CLASSIC {ours_classic / 1e3:.0f} us, UEFA "
            f"chain {ours_values / 1e3:.0f} us; peer {prebuilt / 1e3:.0f} us -> "
            f"{prebuilt / ours_classic:.2f}x faster (CLASSIC), "
            f"{prebuilt / ours_values:.2f}x (UEFA)",
            f"from tuples (plain rows): copaperu CLASSIC {ours_tuples_classic / 1e3:.0f}"
            f" us, UEFA chain {ours_tuples / 1e3:.0f} us; peer {tuples / 1e3:.0f} us ->"
            f" {tuples / ours_tuples_classic:.2f}x faster (CLASSIC), "
            f"{tuples / ours_tuples:.2f}x (UEFA)",
            f"from tuples through Match.from_rows (UEFA chain): "
            f"{ours_built / 1e3:.0f} us -> {tuples / ours_built:.2f}x",
        ]
    )
    # The peer ranks by points, goal difference, goals scored only; where nothing is
    # level on those three, both must agree on the order.
    classic = cp.standings(TEAMS, matches, cp.rules.CLASSIC)
    if not classic.level_teams:
        assert peer.order == classic.order
