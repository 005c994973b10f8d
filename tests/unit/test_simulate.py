"""Simulations: an edition played out by its own rules, the same for a seed
whatever runs it."""

from __future__ import annotations

import random
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from fractions import Fraction
from typing import Any

import attrs
import pytest

import copaperu as cp
from copaperu import competition as c
from copaperu import simulate

untyped: Any = simulate


@attrs.frozen
class Always:
    """A user's model: every match ends *home*-*away* (extra time: nothing)."""

    home: int
    away: int

    def goals(
        self,
        home: str,
        away: str,
        *,
        neutral: bool,
        minutes: int,
        rng: random.Random,
    ) -> tuple[int, int]:
        return (self.home, self.away) if minutes == 90 else (0, 0)


def cup(
    final_legs: int = 1,
    tie_rules: str = "uefa-club-2021-knockout",
    named: tuple[c.NamedTieRules, ...] = (),
) -> c.Edition:
    """A group of three with one match left (A beat B 1-0, B drew C 0-0; A v C to
    play), then a final between the top two not yet played."""
    group = c.Group(
        id="g",
        rules="fifa-world-cup-2018",
        legs=1,
        advance=2,
        entrants=("A", "B", "C"),
        matches=(
            cp.Match(home="A", away="B", score=cp.Score(1, 0)),
            cp.Match(home="B", away="C", score=cp.Score(0, 0)),
        ),
    )
    final = c.Tie(
        id="final",
        rules=tie_rules,
        planned_legs=final_legs,
        entrants=(
            c.Reference(kind=c.ReferenceKind.PLACE, of="g", place=1),
            c.Reference(kind=c.ReferenceKind.PLACE, of="g", place=2),
        ),
    )
    return c.Edition(
        id="cup",
        name="Cup",
        tie_rules=named,
        stages=(
            c.Stage(
                id="s",
                phases=(
                    c.Phase(id="group", groups=(group,)),
                    c.Phase(id="final", ties=(final,)),
                ),
            ),
        ),
        champion=c.Reference(kind=c.ReferenceKind.WINNER, of="final"),
    )


def test_teams_level_on_everything_are_split_by_lots_drawn_each_run() -> None:
    """Every match 1-0 to the home team from here: A beats C, so B and C have a
    point each, 0-1 in goals, and drew 0-0 with each other; the 2018 chain ends in
    fair play (no cards) and lots, which each run draws. A wins the final."""
    odds = simulate.simulate(cup(), Always(1, 0), runs=40, seed=5)
    places = odds.place_probabilities("g")

    assert {1: Fraction(1)} == places["A"]
    assert set(places["B"]) == set(places["C"]) == {2, 3}
    assert Fraction(1) == places["B"][2] + places["C"][2]
    assert (("A", 40),) == odds.champions


def test_a_level_final_goes_to_extra_time_and_penalties() -> None:
    """Every match 0-0 from here: C (two draws) is second; the final A v C stays
    0-0 after extra time, and the simulated shoot-out decides each run."""
    odds = simulate.simulate(cup(), Always(0, 0), runs=40, seed=5)

    assert {"A", "C"} == {team for team, _ in odds.champions}
    assert 40 == sum(count for _, count in odds.champions)
    assert {"A": Fraction(1), "C": Fraction(1)} == odds.reach_probabilities("final")


def test_the_same_seed_gives_the_same_counts_and_another_seed_others() -> None:
    """Bit for bit for one seed; a Poisson model with another seed differs."""
    model = simulate.PoissonModel()
    first = simulate.simulate(cup(), model, runs=450, seed=11)

    assert first == simulate.simulate(cup(), model, runs=450, seed=11)
    assert first != simulate.simulate(cup(), model, runs=450, seed=12)
    assert (450, 11) == (first.runs, first.seed)
    assert "PoissonModel" in first.model


def test_an_executor_gives_the_same_counts() -> None:
    """Threads or processes, the chunks' seeds are their own: the same counts."""
    model = simulate.EloModel(ratings={"A": 1700, "B": 1500, "C": 1400})
    alone = simulate.simulate(cup(2), model, runs=500, seed=3)
    with ThreadPoolExecutor(3) as threads:
        assert alone == simulate.simulate(
            cup(2), model, runs=500, seed=3, executor=threads
        )
    with ProcessPoolExecutor(2) as processes:
        assert alone == simulate.simulate(
            cup(2), model, runs=500, seed=3, executor=processes
        )


def test_a_dask_cluster_of_two_workers_gives_the_same_counts() -> None:
    """Dask's distributed executor on a two-worker LocalCluster."""
    distributed = pytest.importorskip("distributed")
    model = simulate.PoissonModel(strengths={"A": (1.4, 0.8)})
    alone = simulate.simulate(cup(2), model, runs=400, seed=9)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        on_dask = simulate.simulate(
            cup(2), model, runs=400, seed=9, executor=client.get_executor()
        )

    assert alone == on_dask


def test_recorded_results_stay_and_a_complete_edition_always_ends_the_same() -> None:
    """The bundled FA Cup is complete: every run's champion is West Ham."""
    edition = cp.load_edition("fa-cup-1979-80")
    odds = simulate.simulate(edition, simulate.PoissonModel(), runs=30, seed=1)

    assert (("West Ham United", 30),) == odds.champions
    assert Fraction(1) == odds.probability("West Ham United")


def test_ties_with_replays_are_replayed_until_decided() -> None:
    """A one-match final under rules with replays and no shoot-out: a 1-1 model
    never decides it; after the simulation's last replay it is undecided."""
    rules = cp.TieRules(name="replays", penalties=False, playoff=True)
    edition = cup(1, "replays", (c.NamedTieRules(name="replays", rules=rules),))
    odds = simulate.simulate(edition, Always(1, 1), runs=3, seed=1)

    assert (("", 3),) == odds.champions


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: untyped.simulate("cup", simulate.PoissonModel(), runs=1, seed=1),
            "expected an Edition, a Group or a Tie",
        ),
        (
            lambda: untyped.simulate(cup(), simulate.PoissonModel(), runs=-1, seed=1),
            "runs must be a non-negative integer",
        ),
        (
            lambda: untyped.simulate(cup(), simulate.PoissonModel(), runs=1, seed=1.5),
            "seed must be a non-negative integer",
        ),
        (
            lambda: untyped.simulate(cup(), object(), runs=1, seed=1),
            "the model needs a goals",
        ),
        (
            lambda: simulate.PoissonModel(strengths={"A": (0.0, 1.0)}),
            "'A' needs a positive attack and defence",
        ),
        (
            lambda: simulate.PoissonModel(base=0.0),
            "base and home_advantage must be positive",
        ),
        (
            lambda: simulate.EloModel(goals_per_match=0.0),
            "goals_per_match must be positive",
        ),
    ],
    ids=["edition", "runs", "seed", "model", "strength", "base", "goals"],
)
def test_bad_arguments_are_refused(call: Any, message: str) -> None:
    with pytest.raises(cp.InvalidValueError) as excinfo:
        call()

    assert message in str(excinfo.value)


def test_the_models_expected_goals() -> None:
    """Poisson: base x attack x defence, times the home advantage at home; Elo: an
    even match shares the goals evenly on neutral ground."""
    poisson = simulate.PoissonModel(
        strengths={"A": (2.0, 0.5)}, base=1.0, home_advantage=1.5
    )

    assert (3.0, 0.5) == poisson.expected("A", "B", neutral=False)
    assert (1.3, 1.3) == simulate.EloModel().expected("A", "B", neutral=True)


def test_a_planned_leg_count_beyond_two_is_refused() -> None:
    with pytest.raises(cp.InvalidValueError, match="planned_legs is 0, 1 or 2"):
        c.Tie(
            id="t", rules="uefa-club-2021-knockout", entrants=("A", "B"), planned_legs=3
        )


def test_a_group_or_a_tie_alone_is_simulated() -> None:
    """A group of three with its last match to play, and a tie alone: every run
    ranks the group and decides the tie."""
    group = cup().stages[0].phases[0].groups[0]
    odds = simulate.simulate(group, Always(1, 0), runs=10, seed=1)
    tie = c.Tie(id="Final Ñ", rules="uefa-club-2021-knockout", entrants=("A", "B"))
    final = simulate.simulate(tie, Always(2, 2), runs=10, seed=1)

    assert (("A", 10),) == odds.champions
    assert "g" == odds.edition
    assert 10 == sum(count for _, count in final.champions)
    assert "final" == final.edition


def test_a_table_keyed_by_name_with_a_name_twice_is_not_written_lossily() -> None:
    """The champions are a table keyed by team: a team twice would lose a count
    in JSON, so it is refused instead."""
    odd = simulate.SimulationResult(
        edition="cup", runs=3, seed=1, model="m", champions=(("A", 1), ("A", 2))
    )

    with pytest.raises(cp.InvalidValueError, match="'A' is named twice"):
        cp.to_data(odd)


def test_a_progress_bar_changes_nothing_counted() -> None:
    """With the bar asked for (rich is installed here), the same counts."""
    pytest.importorskip("rich")

    assert simulate.simulate(cup(), Always(1, 0), runs=20, seed=2, progress=True) == (
        simulate.simulate(cup(), Always(1, 0), runs=20, seed=2, progress=False)
    )


def test_importing_copaperu_and_simulate_imports_no_optional_dependency() -> None:
    """NumPy, Dask's distributed and rich are loaded only when used."""
    import subprocess
    import sys

    code = (
        "import sys, copaperu, copaperu.simulate, copaperu.cli; "
        "print(sorted(m for m in ('numpy', 'distributed', 'rich', 'dask') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert "[]" == done.stdout.strip()


ABANDONED_LEVEL = """
id = "abandoned-cup"
name = "Abandoned Cup"

[[stages]]
id = "ko"

[[stages.phases]]
id = "final"

[[stages.phases.ties]]
id = "final"
entrants = ["A", "B"]
rules = "one-match"

[[stages.phases.ties.legs]]
home = "A"
away = "B"
neutral = true
rulings = [{ kind = "abandoned", minute = 80, declared = "1-1" }]

[rules.ties.one-match]
basis = "aggregate"
extra_time = false
penalties = true
"""


def test_a_final_abandoned_and_declared_level_stays_undecided() -> None:
    """The final was abandoned and declared 1-1 (no score on the pitch): the rules
    want a shoot-out, but no shoot-out can be added to a match never finished; a
    run leaves the champion undecided instead of failing (found by Hypothesis)."""
    edition = cp.loads(ABANDONED_LEVEL)

    outcome = cp.replay(edition).tie("final").outcome
    result = simulate.simulate(edition, simulate.PoissonModel(), runs=3, seed=0)

    assert outcome is not None
    assert cp.Need.PENALTIES == outcome.needs
    assert (("", 3),) == result.champions
