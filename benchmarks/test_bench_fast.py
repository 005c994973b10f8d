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


def rate(function: object, rows: list[list[cp.Row]], rules: cp.TableRules) -> float:
    """Groups per second of *function* over *rows* (best of three passes)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for group in rows:
            function(TEAMS, group, rules)  # type: ignore[operator]
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
    exact = rate(cp.standings, matches, rules)  # type: ignore[arg-type]
    COMPARISONS.append(
        f"4-team groups, {preset}: rank_rows {fast:,.0f}/s; standings on matches "
        f"{exact:,.0f}/s (baseline) -> {fast / exact:.1f}x"
    )
    assert fast > 0
