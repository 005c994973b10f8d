"""What the renderings say of kick-offs, relegation and simulations, in both languages."""

from __future__ import annotations

import pytest

import copaperu as cp
from copaperu._render import render_replay, render_table
from copaperu.report import report_html
from copaperu.simulate import SimulationResult

LEAGUE = """
id = "andes-league"
name = "Andes League"
relegated = [{{ place = 3, of = "table" }}]

[[stages]]
id = "only"
name = "League"

[[stages.phases]]
id = "league"

[[stages.phases.groups]]
id = "table"
entrants = ["Lima", "Cusco", "Puno"]
rules = "classic"
schedule = "listed"

[[stages.phases.groups.matches]]
home = "Lima"
away = "Cusco"
score = "2-1"
kickoff = 2026-03-01T15:30:00-05:00
venue = "Estadio Nacional"

[[stages.phases.groups.matches]]
home = "Cusco"
away = "Puno"
score = "1-0"
date = 2026-03-08

[[stages.phases.groups.matches]]
home = "Puno"
away = "Lima"
{score}
"""


def test_a_kickoff_is_printed_with_its_offset() -> None:
    """A match with a kick-off shows its local time and offset; one with a date
    only shows the date."""
    result = cp.replay(cp.loads(LEAGUE.format(score='score = "0-3"')))
    source = result.edition.stages[0].phases[0].groups[0]
    lines = render_table(result.group("table"), "text", source).splitlines()

    assert "  2026-03-01 15:30-05:00  Lima 2-1 Cusco, Estadio Nacional" in lines
    assert "  2026-03-08  Cusco 1-0 Puno" in lines


def test_relegation_is_said_in_both_languages() -> None:
    """The relegated team closes the replay, in English and in Spanish."""
    result = cp.replay(cp.loads(LEAGUE.format(score='score = "0-3"')))
    with cp.use_language("es"):
        spanish = render_replay(result).splitlines()

    assert "Relegated: Puno" in render_replay(result).splitlines()
    assert "Descendidos: Puno" in spanish
    assert "Campeón: desconocido (desconocido)" == spanish[-1]


def test_a_match_not_yet_known_leaves_its_places_unknown() -> None:
    """With the last result unknown, the relegated team is unknown: said so."""
    result = cp.replay(cp.loads(LEAGUE.format(score="")))

    assert "Relegated: unknown" in render_replay(result).splitlines()


SIMULATED = SimulationResult(
    edition="andes-league",
    runs=4,
    seed=7,
    model="a model",
    champions=(("Lima", 3), ("", 1)),
)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["<h2>Simulation</h2>", "4 runs, seed 7", "<th>Champion</th>"]),
        (
            "es",
            ["<h2>Simulación</h2>", "4 simulaciones, semilla 7", "<th>Campeón</th>"],
        ),
    ],
)
def test_the_report_draws_a_simulation_as_a_heat_map(
    language: str, words: list[str]
) -> None:
    """Given a simulation, the report ends its page with the title odds: 75.0% for
    Lima (3 of 4 runs), the undecided run drawn as unknown."""
    result = cp.replay(cp.loads(LEAGUE.format(score="")))
    with cp.use_language(language):
        page = report_html(result, SIMULATED)

    for word in words:
        assert word in page
    assert "75.0%</td>" in page
    assert "25.0%</td>" in page
    assert f'<html lang="{language}">' in page


def test_a_kickoff_that_is_no_date_and_time_is_refused() -> None:
    """Text that is not an ISO date and time is no kick-off."""
    with pytest.raises(cp.InvalidValueError, match="kickoff: expected an ISO date"):
        cp.Match(home="Lima", away="Cusco", kickoff="tea time")
