"""The fast path: exactly ranked 4-team groups per second, against the exact engine.

``copaperu.rank_rows`` (plain rows, one tally, one sort, the exact engine only
where teams are still level on the chain's leading statistics) is timed beside
``copaperu.standings`` on validated matches (the baseline), in the same process,
on the same 20,000 seeded groups. Nothing is asserted about time; the rates are
printed at the end of the run. That the two give the same places is a property
test (``tests/property/test_fast_laws.py``).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence

import pytest

import copaperu as cp
from _report import COMPARISONS

TEAMS = ["A", "B", "C", "D"]
PAIRS = [(a, b) for i, a in enumerate(TEAMS) for b in TEAMS[i + 1 :]]
GROUPS = 20_000


def groups(seed: int = 2026) -> list[list[cp.Row]]:
    """Seeded single round robins of four, scores 0-3."""
    rng = random.Random(seed)
    return [
        [(home, away, rng.randint(0, 3), rng.randint(0, 3)) for home, away in PAIRS]
        for _ in range(GROUPS)
    ]


def rate(
    function: Callable[..., object],
    rows: Sequence[Sequence[object]],
    rules: cp.TableRules,
) -> float:
    """Groups per second of *function* over *rows* (best of three passes)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for group in rows:
            function(TEAMS, group, rules)
        best = min(best, time.perf_counter() - start)
    return len(rows) / best


@pytest.mark.parametrize(
    "preset", ["fifa-world-cup-2018", "classic", "uefa-euro-2024", "copa-peru-1998"]
)
def test_ranked_groups_per_second(preset: str) -> None:
    rules = cp.rules.table_preset(preset)
    rows = groups()
    matches = [
        [cp.Match(home=h, away=a, score=cp.Score(x, y)) for h, a, x, y in g]
        for g in rows
    ]
    fast = rate(cp.rank_rows, rows, rules)
    exact = rate(cp.standings, matches, rules)
    COMPARISONS.append(
        f"4-team groups, {preset}: rank_rows {fast:,.0f}/s; standings on matches "
        f"{exact:,.0f}/s (baseline) -> {fast / exact:.1f}x"
    )
    assert fast > 0


@pytest.mark.parametrize("preset", ["fifa-world-cup-2018", "classic", "uefa-euro-2024"])
def test_vectorised_groups_per_second(preset: str) -> None:
    """The NumPy kernel on 200,000 runs of one 4-team group (Poisson scores, mean
    1.3, seeded), beside rank_rows on the same runs' first 20,000."""
    numpy = pytest.importorskip("numpy")
    from copaperu.simulate import rank_groups

    rules = cp.rules.table_preset(preset)
    goals = numpy.random.default_rng(2026).poisson(1.3, size=(200_000, len(PAIRS), 2))
    rank_groups(TEAMS, PAIRS, goals[:10], rules)  # load NumPy before timing
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        rank_groups(TEAMS, PAIRS, goals, rules)
        best = min(best, time.perf_counter() - start)
    rows = [
        [(h, a, int(x), int(y)) for (h, a), (x, y) in zip(PAIRS, run, strict=True)]
        for run in goals[:20_000].tolist()
    ]
    baseline = rate(cp.rank_rows, rows, rules)
    COMPARISONS.append(
        f"4-team groups, {preset}, NumPy kernel: {len(goals) / best:,.0f}/s; "
        f"rank_rows on the same runs {baseline:,.0f}/s -> {len(goals) / best / baseline:.1f}x"
    )
    assert best > 0
