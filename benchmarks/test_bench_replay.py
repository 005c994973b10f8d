"""Benchmark: replay the bundled 1998 edition (load once, replay each round)."""

from __future__ import annotations

from pytest_benchmark.fixture import BenchmarkFixture

import copaperu as cp


def test_replay_1998(benchmark: BenchmarkFixture) -> None:
    """The whole 1998 Copa Perú replayed from the loaded edition."""
    edition = cp.load_edition("copa-peru-1998")
    result = benchmark(cp.replay, edition)

    assert "I.M.I." == result.champion


def test_load_and_replay_1998(benchmark: BenchmarkFixture) -> None:
    """Reading and checking the TOML file, then the replay."""
    result = benchmark(lambda: cp.replay(cp.load_edition("copa-peru-1998")))

    assert "I.M.I." == result.champion
