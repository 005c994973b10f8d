"""The data form: one description of the model gives reading, writing and the schema."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import jsonschema  # type: ignore[import-untyped]  # jsonschema ships no type stubs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import copaperu as cp
from copaperu import strategies as cps

EDITION_SCHEMA: dict[str, Any] = json.loads(
    resources.files("copaperu").joinpath("schemas/edition.schema.json").read_text()
)
VALIDATOR = jsonschema.Draft202012Validator(EDITION_SCHEMA)


def test_shipped_edition_schema_is_the_model_s() -> None:
    """The shipped schema is generated from the classes (scripts/write_schemas.py)."""
    assert cp.json_schema(cp.competition.Edition) == EDITION_SCHEMA


def test_edition_schema_is_a_valid_json_schema() -> None:
    """The schema itself follows JSON Schema draft 2020-12."""
    jsonschema.Draft202012Validator.check_schema(EDITION_SCHEMA)


@pytest.mark.parametrize("name", cp.available_editions())
def test_bundled_edition_data_is_json_that_validates_and_reads_back(name: str) -> None:
    """A bundled edition's data form is JSON, valid under the schema, and lossless."""
    edition = cp.load_edition(name)
    data = json.loads(json.dumps(cp.to_data(edition)))

    assert [] == [error.message for error in VALIDATOR.iter_errors(data)]
    assert edition == cp.from_data(cp.competition.Edition, data)


@given(cps.editions())
def test_edition_from_data_to_data_roundtrip(edition: cp.competition.Edition) -> None:
    """``from_data(Edition, to_data(e)) == e`` for every generated edition."""
    assert edition == cp.from_data(cp.competition.Edition, cp.to_data(edition))


@given(cps.editions())
def test_edition_data_validates_against_the_shipped_schema(
    edition: cp.competition.Edition,
) -> None:
    """Every generated edition's data form passes the shipped JSON Schema."""
    data = json.loads(json.dumps(cp.to_data(edition)))

    assert [] == [error.message for error in VALIDATOR.iter_errors(data)]


@given(cps.editions())
def test_edition_loads_dumps_roundtrip(edition: cp.competition.Edition) -> None:
    """``loads(dumps(e)) == e`` for every generated edition."""
    assert edition == cp.loads(cp.dumps(edition))


@given(cps.matches())
def test_match_from_data_to_data_roundtrip(match: cp.Match) -> None:
    """Any match, with its cards and rulings, reads back equal from its data."""
    assert match == cp.from_data(cp.Match, cp.to_data(match))


@given(st.sampled_from(cp.rules.table_preset_names()))
def test_table_rules_presets_roundtrip(preset: str) -> None:
    """Every table-rules preset, spelled out criterion by criterion, reads back equal."""
    rules = cp.rules.table_preset(preset)

    assert rules == cp.from_data(cp.TableRules, cp.to_data(rules))


def test_data_form_leaves_defaults_out() -> None:
    """A value's data holds only what differs from the class's defaults."""
    match = cp.Match(home="A", away="B", score=cp.Score(2, 1), date="1998-12-13")

    assert {
        "home": "A",
        "away": "B",
        "score": "2-1",
        "date": "1998-12-13",
    } == cp.to_data(match)


@pytest.mark.parametrize(
    ("data", "problems"),
    [
        pytest.param(
            {"home": "A"},
            [("away", "missing")],
            id="missing-key",
        ),
        pytest.param(
            {"home": "A", "away": "B", "socre": "2-1"},
            [("socre", "unknown key (did you mean 'score'?)")],
            id="unknown-key",
        ),
        pytest.param(
            {"home": "A", "away": "B", "score": "2-x", "leg": "1"},
            [
                ("score", "score: expected a score like '3-1' (got '2-x')"),
                ("leg", "expected an integer (got '1')"),
            ],
            id="every-problem-at-once",
        ),
        pytest.param(
            {"home": "A", "away": "B", "rulings": [{"kind": "forfiet"}]},
            [
                (
                    "rulings[0].kind",
                    "expected one of abandoned, awarded_shootout, forfeit, "
                    "not_played (got 'forfiet') (did you mean 'forfeit'?)",
                )
            ],
            id="unknown-ruling-kind",
        ),
    ],
)
def test_from_data_refuses_bad_data_with_every_problem_located(
    data: object, problems: list[tuple[str, str]]
) -> None:
    """Bad data is a ConfigError listing each problem at its key path."""
    with pytest.raises(cp.ConfigError) as excinfo:
        cp.from_data(cp.Match, data)

    assert problems == list(excinfo.value.problems)
    assert "<data>" == excinfo.value.source
