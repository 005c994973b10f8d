"""Simulation throughput: one process, a pool of two, a two-worker Dask cluster.

The 2018 World Cup before its last group matchday (every later result taken
out) is played out 2,000 times with the Poisson model and seed 2018, in this
process, on a process pool of two and on a two-worker Dask ``LocalCluster``;
the runs per second are printed with whether the counts are identical (they must
be: the chunks' seeds do not depend on who runs them). Nothing is asserted about
time.
"""

from __future__ import annotations

import time
from concurrent.futures import Executor, ProcessPoolExecutor

import attrs

import copaperu as cp
from _report import COMPARISONS
from copaperu import simulate

RUNS = 2000


def before_the_last_matchday() -> cp.competition.Edition:
    edition = cp.load_edition("fifa-world-cup-2018")

    def unplayed(match: cp.Match) -> cp.Match:
        return attrs.evolve(match, score=None, extra_time=None, penalties=None)

    stages = []
    for stage in edition.stages:
        phases = []
        for phase in stage.phases:
            groups = tuple(
                attrs.evolve(
                    group,
                    matches=tuple(
                        unplayed(m)
                        if m.date is not None and (m.date.month, m.date.day) >= (6, 25)
                        else m
                        for m in group.matches
                    ),
                    recorded=(),
                    published=(),
                )
                for group in phase.groups
            )
            ties = tuple(
                attrs.evolve(tie, legs=tuple(unplayed(m) for m in tie.legs))
                for tie in phase.ties
            )
            phases.append(attrs.evolve(phase, groups=groups, ties=ties))
        stages.append(attrs.evolve(stage, phases=tuple(phases)))
    return attrs.evolve(edition, stages=tuple(stages))


def timed(executor: Executor | None = None) -> tuple[float, simulate.SimulationResult]:
    edition = before_the_last_matchday()
    start = time.perf_counter()
    result = simulate.simulate(
        edition,
        simulate.PoissonModel(),
        runs=RUNS,
        seed=2018,
        executor=executor,
    )
    return RUNS / (time.perf_counter() - start), result


def test_throughput_with_one_and_two_workers() -> None:
    import distributed

    alone, counted = timed()
    with ProcessPoolExecutor(2) as pool:
        pooled, pool_counted = timed(executor=pool)
    with (
        distributed.LocalCluster(  # type: ignore[no-untyped-call]  # distributed ships untyped
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,  # type: ignore[no-untyped-call]  # untyped too
    ):
        dasked, dask_counted = timed(executor=client.get_executor())
    COMPARISONS.append(
        f"simulation, World Cup 2018 from its last group matchday, {RUNS} runs: one "
        f"process {alone:,.0f} runs/s; process pool of 2 {pooled:,.0f} runs/s "
        f"({pooled / alone:.2f}x); Dask LocalCluster of 2 {dasked:,.0f} runs/s "
        f"({dasked / alone:.2f}x); same counts: {counted == pool_counted == dask_counted}"
    )
    assert counted == pool_counted == dask_counted
