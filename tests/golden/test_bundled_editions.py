"""Golden tests of the editions bundled from sourced results (written by
``scripts/bundle_editions.py`` from ``sources/``): each replays to the record."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path
from typing import Any

import copaperu as cp

SOURCES = Path(__file__).parent / "sources"


def load(name: str) -> dict[str, Any]:
    with (SOURCES / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def test_world_cup_2018_groups_are_the_published_tables() -> None:
    """Every group's places as published (Group H's second place recorded: fair
    play decided it, and the cards are not in the record); no contradiction."""
    case = load("fifa-world-cup-2018")
    result = cp.replay(cp.load_edition("fifa-world-cup-2018"))

    for table in case["tables"]:
        group = result.group(f"group-{table['group'][-1].lower()}")

        assert [row["team"] for row in table["rows"]] == [p.team for p in group.places]
    assert () == result.contradictions


def test_world_cup_2018_champion_and_placings() -> None:
    """France, Croatia, Belgium, England, as published."""
    case = load("fifa-world-cup-2018")
    result = cp.replay(cp.load_edition("fifa-world-cup-2018"))

    assert [p["team"] for p in case["placings"]] == [
        result.champion,
        *(p.team for p in result.placings),
    ]


def test_world_cup_2018_round_of_16_comes_from_the_group_places() -> None:
    """The round of 16's teams, resolved from the group places, are the ones that
    played it."""
    case = load("fifa-world-cup-2018")
    result = cp.replay(cp.load_edition("fifa-world-cup-2018"))
    ties = result.stage("knockout-stage").ties

    assert [(b["home"], b["away"]) for b in case["bracket"]] == [
        tie.teams for tie in ties if tie.id.startswith("r16-")
    ]


def test_fa_cup_1979_80_replays_to_west_ham() -> None:
    """Arsenal through after three replays, West Ham after one, West Ham the cup."""
    result = cp.replay(cp.load_edition("fa-cup-1979-80"))

    assert ("Arsenal", "West Ham United", "West Ham United") == (
        result.tie("sf-arsenal-liverpool").winner,
        result.tie("sf-westham-everton").winner,
        result.champion,
    )
    assert ["Arsenal"] == [p.team for p in result.placings]


def test_euro_2024_replays_to_spain_with_joint_third_places() -> None:
    """Groups as published, the thirds' slots from the combination table, the
    round of 16 as played, Spain champions; no third-place match, so France and
    the Netherlands share third place."""
    case = load("uefa-euro-2024")
    result = cp.replay(cp.load_edition("uefa-euro-2024"))
    played = {
        frozenset((m["home"], m["away"]))
        for m in case["matches"]
        if m["round"] == "Round of 16"
    }

    for table in case["tables"]:
        group = result.group(f"group-{table['group'][-1].lower()}")

        assert [row["team"] for row in table["rows"]] == [p.team for p in group.places]
    assert played == {
        frozenset(tie.teams)
        for tie in result.stage("knockout-stage").ties
        if tie.id.startswith("r16-")
    }
    assert "Spain" == result.champion
    assert [(2, "England"), (3, "France"), (3, "Netherlands")] == [
        (p.place, p.team) for p in result.placings
    ]
    assert () == result.contradictions


def _bundle_script() -> Any:
    path = Path(__file__).parents[2] / "scripts" / "bundle_editions.py"
    spec = importlib.util.spec_from_file_location("bundle_editions", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_bundled_file_is_what_its_sources_build() -> None:
    """The bundled files are the script's output from the sourced results, to the
    byte: a source changed without rerunning the script fails here."""
    script = _bundle_script()

    for build, source in script.BUNDLED:
        path, text = script.bundled_text(build(), source)

        assert text == path.read_text(encoding="utf-8"), path.name
