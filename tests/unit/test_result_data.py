"""The data form of results: lossless, described by shipped schemas, and the CLI's JSON.

Every ``--format json`` output is the data form of one value (``JSON_OUTPUT``), and
``copaperu/schemas/`` ships the schema of each. The golden facts below are typed
in from the bundled edition files (``editions/copa_peru_1997.toml`` and
``copa_peru_1998.toml``), never taken from the code under test.
"""

from __future__ import annotations

import json
import math
from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

import jsonschema  # type: ignore[import-untyped]  # jsonschema ships no type stubs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import copaperu as cp
from copaperu import strategies as cps
from copaperu import tiebreak
from copaperu.cli import JSON_OUTPUT, main

# Each shipped schema (file name before ".schema.json") and the class it describes.
SHIPPED: dict[str, type] = {
    "edition": cp.competition.Edition,
    "result": JSON_OUTPUT["replay"],
    "group-result": JSON_OUTPUT["table"],
    "check": JSON_OUTPUT["check"],
    "editions": JSON_OUTPUT["editions"],
    "simulation": JSON_OUTPUT["simulate"],
    "needs": JSON_OUTPUT["needs"],
}
SCHEMA_OF_COMMAND = {
    "replay": "result",
    "table": "group-result",
    "check": "check",
    "editions": "editions",
    "simulate": "simulation",
    "needs": "needs",
}


def shipped(name: str) -> dict[str, Any]:
    text = resources.files("copaperu").joinpath(f"schemas/{name}.schema.json")
    schema: dict[str, Any] = json.loads(text.read_text(encoding="utf-8"))
    return schema


VALIDATORS = {name: jsonschema.Draft202012Validator(shipped(name)) for name in SHIPPED}


def problems(schema: str, data: object) -> list[str]:
    """The schema's complaints about *data*, each with its path."""
    return [
        f"{list(error.absolute_path)}: {error.message[:300]}"
        for error in VALIDATORS[schema].iter_errors(data)
    ]


def as_json(value: object) -> Any:
    """*value*'s data form through strict JSON text and back."""
    return json.loads(json.dumps(cp.to_data(value), allow_nan=False))


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main([*args, "--format", "json"])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out else None, err


class TestShippedSchemas:
    @pytest.mark.parametrize("name", sorted(SHIPPED))
    def test_shipped_schema_is_the_model_s(self, name: str) -> None:
        """Each shipped schema is generated from the classes (scripts/write_schemas.py)."""
        assert cp.json_schema(SHIPPED[name]) == shipped(name)

    @pytest.mark.parametrize("name", sorted(SHIPPED))
    def test_shipped_schema_is_a_valid_json_schema(self, name: str) -> None:
        """Each schema itself follows JSON Schema draft 2020-12."""
        jsonschema.Draft202012Validator.check_schema(shipped(name))

    def test_every_json_command_has_a_shipped_schema(self) -> None:
        """The commands with a JSON output are exactly those with a schema."""
        assert set(SCHEMA_OF_COMMAND) == set(JSON_OUTPUT)

    def test_derived_figures_are_read_only(self) -> None:
        """Goal difference, a tie's loser and official results are marked output."""
        defs = shipped("result")["$defs"]

        assert defs["TableRow"]["properties"]["goal_difference"]["readOnly"] is True
        assert defs["TieOutcome"]["properties"]["loser"]["readOnly"] is True
        assert defs["TieOutcome"]["properties"]["official_results"]["readOnly"]
        assert "goal_difference" not in defs["TableRow"]["required"]
        assert "readOnly" not in defs["TableRow"]["properties"]["goals_for"]

    def test_importing_copaperu_does_not_import_jsonschema(self) -> None:
        """The schemas are data files: copaperu itself never needs jsonschema."""
        import subprocess
        import sys

        code = "import sys, copaperu; print('jsonschema' in sys.modules)"
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )

        assert "False" == done.stdout.strip()


class TestRoundTrips:
    @given(st.from_type(cp.Standings))
    def test_standings_from_data_to_data_roundtrip(self, table: cp.Standings) -> None:
        """A generated table reads back equal, and explains itself the same way."""
        back = cp.from_data(cp.Standings, as_json(table))

        assert table == back
        assert table.explain() == back.explain()

    @given(cps.table_rules().flatmap(cps.from_rulebook))
    def test_standings_data_validates_against_the_schema(
        self, table: cp.Standings
    ) -> None:
        """A generated table's data passes the Standings part of the shipped schema."""
        schema = {**shipped("result"), "$ref": "#/$defs/Standings"}
        validator = jsonschema.Draft202012Validator(schema)

        assert [] == [e.message for e in validator.iter_errors(as_json(table))]

    @given(st.from_type(cp.TieOutcome))
    def test_tie_outcome_from_data_to_data_roundtrip(
        self, outcome: cp.TieOutcome
    ) -> None:
        """A generated tie's outcome, with its steps and play-off, reads back equal."""
        assert outcome == cp.from_data(cp.TieOutcome, as_json(outcome))

    @given(st.from_type(cp.OfficialResult))
    def test_official_result_from_data_to_data_roundtrip(
        self, result: cp.OfficialResult
    ) -> None:
        """A generated match's official result reads back equal."""
        assert result == cp.from_data(cp.OfficialResult, as_json(result))

    @settings(suppress_health_check=[HealthCheck.too_slow])
    @given(cps.editions())
    def test_replay_from_data_to_data_roundtrip(
        self, edition: cp.competition.Edition
    ) -> None:
        """The replay of a generated edition reads back equal and passes the schema."""
        result = cp.replay(edition)
        data = as_json(result)

        assert result == cp.from_data(cp.competition.EditionResult, data)
        assert [] == problems("result", data)

    @pytest.mark.parametrize("name", cp.available_editions())
    def test_bundled_replay_roundtrip(self, name: str) -> None:
        """A bundled edition's replay, and each group's explanation, read back equal."""
        result = cp.replay(cp.load_edition(name))
        back = cp.from_data(cp.competition.EditionResult, as_json(result))

        assert result == back
        assert [
            group.standings.explain() for group in _groups(result) if group.standings
        ] == [group.standings.explain() for group in _groups(back) if group.standings]

    @pytest.mark.parametrize(
        ("value", "data"),
        [
            pytest.param(Fraction(3, 2), "3/2", id="fraction"),
            pytest.param(Fraction(-7, 3), "-7/3", id="negative-fraction"),
            pytest.param(math.inf, "Infinity", id="infinity"),
            pytest.param(-math.inf, "-Infinity", id="minus-infinity"),
            pytest.param(7, 7, id="integer"),
            pytest.param(0.25, 0.25, id="float"),
            pytest.param(None, None, id="none"),
        ],
    )
    def test_separation_figures_are_lossless(self, value: object, data: object) -> None:
        """A figure keeps its type: a fraction as exact text, infinity as text."""
        separation = cp.Separation(
            upper="A",
            lower="B",
            criterion=tiebreak.goal_average(),
            upper_value=value,  # type: ignore[arg-type]  # each kind of figure
            lower_value=0,
        )
        written = as_json(separation)
        back = cp.from_data(cp.Separation, written)

        assert data == written.get("upper_value")
        assert (value, type(value)) == (back.upper_value, type(back.upper_value))

    @pytest.mark.parametrize(
        "fact",
        [
            "I.M.I.",
            3,
            (5, 3, 1, 1, 9, 4, 10),
            ("Coronel Bolognesi", "I.M.I."),
            (),
            None,
        ],
    )
    def test_contradiction_facts_keep_their_kind(self, fact: object) -> None:
        """A contradiction's facts read back as the team, number or figures they were."""
        contradiction = cp.competition.Contradiction(
            kind=cp.competition.ContradictionKind.PUBLISHED_ROW,
            id="g",
            computed=fact,  # type: ignore[arg-type]  # each kind of fact
            recorded=fact,  # type: ignore[arg-type]  # each kind of fact
        )

        assert contradiction == cp.from_data(
            cp.competition.Contradiction, as_json(contradiction)
        )


def _groups(result: cp.competition.EditionResult) -> list[Any]:
    return [group for stage in result.stages for group in stage.groups]


class TestDerivedFigures:
    ROW: ClassVar[dict[str, object]] = {
        "position": 1,
        "team": "A",
        "played": 2,
        "won": 1,
        "drawn": 1,
        "lost": 0,
        "goals_for": 4,
        "goals_against": 1,
        "points": 4,
    }

    def test_derived_figures_are_written(self) -> None:
        """A row's goal difference (4 - 1) is written after its fields."""
        row = cp.from_data(cp.TableRow, self.ROW)

        assert {**self.ROW, "goal_difference": 3} == cp.to_data(row)

    def test_a_derived_figure_that_matches_is_accepted(self) -> None:
        """Data carrying its own (right) goal difference reads as without it."""
        assert cp.from_data(cp.TableRow, self.ROW) == cp.from_data(
            cp.TableRow, {**self.ROW, "goal_difference": 3}
        )

    def test_a_derived_figure_that_does_not_match_is_a_problem(self) -> None:
        """A goal difference of 5 for 4 scored and 1 conceded is refused, located."""
        with pytest.raises(cp.ConfigError) as excinfo:
            cp.from_data(cp.TableRow, {**self.ROW, "goal_difference": 5})

        assert [
            (
                "goal_difference",
                "does not match the other fields, which give 3 (got 5)",
            )
        ] == list(excinfo.value.problems)

    def test_separations_out_of_order_are_a_problem(self) -> None:
        """A table's separations must be those between its adjacent rows."""
        table = cp.standings(
            ["A", "B", "C"],
            [
                cp.Match(home="A", away="B", score=cp.Score(2, 0)),
                cp.Match(home="B", away="C", score=cp.Score(1, 0)),
            ],
            cp.rules.CLASSIC,
        )
        data = as_json(table)
        data["separations"].reverse()

        with pytest.raises(cp.ConfigError) as excinfo:
            cp.from_data(cp.Standings, data)

        assert ["separations"] == [path for path, _ in excinfo.value.problems]

    def test_deductions_in_a_row_are_tagged(self) -> None:
        """A row's points deduction is written with kind ``points_deduction``."""
        deduction = cp.PointsDeduction(team="A", points=2, reason="unpaid fine")
        table = cp.standings(
            ["A", "B"],
            [cp.Match(home="A", away="B", score=cp.Score(1, 0))],
            cp.rules.CLASSIC,
            adjustments=[deduction],
        )
        data = as_json(table)

        assert [
            {
                "kind": "points_deduction",
                "team": "A",
                "points": 2,
                "reason": "unpaid fine",
            }
        ] == data["rows"][0]["rulings"]
        assert table == cp.from_data(cp.Standings, data)


class TestGolden:
    """Facts typed in from the bundled edition files."""

    def test_1998_final_legs_rulings_and_champion(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Coronel Bolognesi 3-1 I.M.I.; I.M.I. 3-1, abandoned after 81 minutes and
        declared; the shoot-out awarded 2-0 to I.M.I.; I.M.I. champions."""
        code, data, _ = run_json(capsys, "replay", "copa-peru-1998")
        final = next(
            tie
            for stage in data["stages"]
            for tie in stage["ties"]
            if tie["id"] == "final"
        )
        first, second = final["outcome"]["official_results"]

        assert 0 == code
        assert ("Coronel Bolognesi", "I.M.I.", "3-1", "1998-12-13") == (
            first["match"]["home"],
            first["match"]["away"],
            first["match"]["score"],
            first["match"]["date"],
        )
        assert ("played", "3-1", "Coronel Bolognesi") == (
            first["status"],
            first["score"],
            first["winner"],
        )
        assert ("I.M.I.", "Coronel Bolognesi", "3-1") == (
            second["match"]["home"],
            second["match"]["away"],
            second["match"]["score"],
        )
        assert [("abandoned", 81, "3-1"), ("awarded_shootout", None, "2-0")] == [
            (r["kind"], r.get("minute"), r.get("declared", r.get("score")))
            for r in second["match"]["rulings"]
        ]
        assert ("declared", "3-1", "2-0", "I.M.I.") == (
            second["status"],
            second["score"],
            second["penalties"],
            second["shootout_winner"],
        )
        assert ("4-4", "I.M.I.", "Coronel Bolognesi", "ruling") == (
            final["outcome"]["aggregate"],
            final["winner"],
            final["loser"],
            final["outcome"]["decided_by"],
        )
        assert ("I.M.I.", "computed") == (
            data["champion"],
            data["champion_provenance"],
        )

    def test_1997_final_round_table_and_play_off(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Juan Aurich and U.P.A.O. level on 12 points; the play-off (Juan Aurich
        1-0 U.P.A.O., 1997-12-17) puts Juan Aurich first."""
        code, data, _ = run_json(
            capsys, "table", "copa-peru-1997", "--group", "final-round-group"
        )
        table = data["standings"]
        separation = table["separations"][0]

        assert 0 == code
        assert ["Juan Aurich", "U.P.A.O."] == table["order"][:2]
        assert [12, 12] == [row["points"] for row in table["rows"][:2]]
        assert ("Juan Aurich", "U.P.A.O.", "playoff") == (
            separation["upper"],
            separation["lower"],
            separation["criterion"],
        )
        assert [("Juan Aurich", "U.P.A.O.", "1-0", "1997-12-17")] == [
            (m["home"], m["away"], m["score"], m["date"]) for m in separation["matches"]
        ]


def _every_json_output(
    capsys: pytest.CaptureFixture[str], edition: str
) -> list[tuple[str, int, Any]]:
    """Each command's JSON for *edition* (a name or a file): command, code, data."""
    outputs = []
    for command in ("replay", "check"):
        code, data, _ = run_json(capsys, command, edition)
        outputs.append((command, code, data))
    code, data, _ = run_json(capsys, "simulate", edition, "--runs", "3")
    outputs.append(("simulate", code, data))
    _, replayed, _ = run_json(capsys, "replay", edition)
    for stage in replayed["stages"]:
        for group in stage["groups"]:
            code, data, _ = run_json(capsys, "table", edition, "--group", group["id"])
            outputs.append(("table", code, data))
    return outputs


class TestCommandLineJson:
    @pytest.mark.parametrize("name", cp.available_editions())
    def test_every_json_output_of_a_bundled_edition_validates(
        self, name: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """replay, check and every group's table pass their shipped schemas."""
        outputs = _every_json_output(capsys, name)

        assert len(outputs) >= 2  # replay and check, then each group's table
        for command, code, data in outputs:
            assert 0 == code, command
            assert [] == problems(SCHEMA_OF_COMMAND[command], data), command

    def test_editions_json_validates(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The list of bundled editions passes its schema."""
        code, data, _ = run_json(capsys, "editions")

        assert 0 == code
        assert [] == problems("editions", data)

    def test_replay_json_is_the_result_s_data_form(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The replay's JSON reads back as the replay itself."""
        _, data, _ = run_json(capsys, "replay", "copa-peru-1997")

        assert cp.replay(cp.load_edition("copa-peru-1997")) == cp.from_data(
            cp.competition.EditionResult, data
        )

    @settings(
        max_examples=15,
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.function_scoped_fixture,
        ],
    )
    @given(cps.editions())
    def test_every_json_output_of_a_generated_edition_validates(
        self,
        tmp_path_factory: pytest.TempPathFactory,
        capsys: pytest.CaptureFixture[str],
        edition: cp.competition.Edition,
    ) -> None:
        """A generated edition, dumped to a file: every JSON output passes its schema."""
        path = Path(tmp_path_factory.mktemp("cup")) / "cup.toml"
        cp.dump(edition, path)

        for command, code, data in _every_json_output(capsys, str(path)):
            assert 0 == code, command
            assert [] == problems(SCHEMA_OF_COMMAND[command], data), command
