"""The copaperu command line: its commands, formats, errors and exit codes.

The expected champion and tables of the example cup are the ones worked out by hand
in ``tests/test_docs_example.py``.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import copaperu as cp
from copaperu.cli import main

EXAMPLE = Path(__file__).parents[2] / "docs" / "reference" / "example-cup.toml"


class TestEditions:
    def test_editions_lists_each_bundled_edition(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Each bundled edition is listed once, by id, in order, and the exit code is 0."""
        code = main(["editions"])
        out, err = capsys.readouterr()
        lines = [line for line in out.splitlines() if line]

        assert 0 == code
        assert "" == err
        assert list(cp.available_editions()) == [line.split()[0] for line in lines]

    def test_editions_gives_ids_and_names(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Each line is the id, padded to the longest id, two spaces and the
        edition's name: the names start in one column."""
        main(["editions"])
        lines = capsys.readouterr().out.splitlines()

        assert "copa-peru-1997                 Copa Perú 1997" in lines
        assert "fifa-world-cup-1994            1994 FIFA World Cup" in lines
        names = [line.split("  ", 1)[1].lstrip() for line in lines]
        assert 1 == len(
            {len(line) - len(n) for line, n in zip(lines, names, strict=True)}
        )

    def test_editions_as_json_lists_ids_and_names(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The JSON listing has an id and a name per bundled edition."""
        code = main(["editions", "--format", "json"])
        listed = json.loads(capsys.readouterr().out)

        assert 0 == code
        assert {
            "editions": [
                {"id": "copa-peru-1997", "name": "Copa Perú 1997"},
                {"id": "copa-peru-1998", "name": "Copa Perú 1998"},
                {
                    "id": "fa-cup-1979-80",
                    "name": "FA Cup 1979-80, semi-finals and final",
                },
                {"id": "fifa-world-cup-1994", "name": "1994 FIFA World Cup"},
                {"id": "fifa-world-cup-2018", "name": "2018 FIFA World Cup"},
                {
                    "id": "uefa-champions-league-2024-25",
                    "name": "2024-25 UEFA Champions League",
                },
                {"id": "uefa-euro-2024", "name": "UEFA Euro 2024"},
            ]
        } == listed

    def test_python_dash_m_runs_the_command_line(self) -> None:
        """``python -m copaperu editions`` runs and exits with 0."""
        done = subprocess.run(
            [sys.executable, "-m", "copaperu", "editions"],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )

        assert 0 == done.returncode, done.stderr
        assert "Traceback" not in done.stderr


class TestExampleFile:
    def test_check_says_ok(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Checking the example prints one line saying what it holds."""
        code = main(["check", str(EXAMPLE)])
        out, err = capsys.readouterr()

        assert 0 == code
        assert "" == err
        assert (
            f"{EXAMPLE}: ok (Example Cup (fictional): 2 stages, 2 groups, 3 ties)\n"
            == out
        )

    def test_check_as_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The JSON check names the edition and counts its groups and ties."""
        code = main(["check", str(EXAMPLE), "--format", "json"])

        assert 0 == code
        assert {
            "edition": "example-cup",
            "name": "Example Cup (fictional)",
            "ok": True,
            "stages": 2,
            "groups": 2,
            "ties": 3,
        } == json.loads(capsys.readouterr().out)

    def test_replay_ends_with_the_champion(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The text replay ends with the champion and how it is known."""
        code = main(["replay", str(EXAMPLE)])
        out, err = capsys.readouterr()

        assert 0 == code
        assert "" == err
        assert "Champion: Alpacas (computed)" == out.rstrip("\n").splitlines()[-1]
        assert "Promoted: Alpacas, Condors" in out.splitlines()

    def test_replay_as_json_has_the_champion(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The JSON replay parses and names the edition, champion and promoted teams."""
        code = main(["replay", str(EXAMPLE), "--format", "json"])
        replay = json.loads(capsys.readouterr().out)

        assert 0 == code
        assert "example-cup" == replay["edition"]["id"]
        assert "Alpacas" == replay["champion"]
        assert "computed" == replay["champion_provenance"]
        assert ["Alpacas", "Condors"] == replay["promoted"]

    def test_replay_as_markdown_has_headings(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The Markdown replay heads the edition, its stages and its groups."""
        code = main(["replay", str(EXAMPLE), "--format", "markdown"])
        lines = capsys.readouterr().out.splitlines()

        assert 0 == code
        assert "## Example Cup (fictional)" == lines[0]
        assert "### Group stage" in lines
        assert "### Knockout stage" in lines
        assert "#### Group A \\[group-a\\]" in lines

    def test_table_shows_one_group(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The table command shows only the group asked for."""
        code = main(["table", str(EXAMPLE), "--group", "group-a"])
        out, err = capsys.readouterr()

        assert 0 == code
        assert "" == err
        assert "Group A [group-a]" == out.splitlines()[0]
        assert "Group B" not in out
        assert "Champion" not in out

    def test_table_as_json_is_in_order(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Group A's table is Alpacas, Condors, Llamas (on points, then goal difference)."""
        code = main(["table", str(EXAMPLE), "--group", "group-a", "--format", "json"])
        table = json.loads(capsys.readouterr().out)
        rows = table["standings"]["rows"]

        assert 0 == code
        assert ["Alpacas", "Condors", "Llamas"] == [row["team"] for row in rows]
        assert [6, 1, 1] == [row["points"] for row in rows]
        assert ["Alpacas", "Condors", "Llamas"] == table["standings"]["order"]


BAD_FILE = """\
id = "bad-cup"
name = "Bad Cup"
champoin = "A"

[[stages]]
id = "only"

[[stages.phases]]
id = "round"

[[stages.phases.groups]]
id = "g"
rules = "classic"
entrants = ["A", "B"]

[[stages.phases.groups.matches]]
home = "A"
away = "B"
score = "3-x"
nuetral = true
"""


class TestErrors:
    def test_bad_file_prints_one_line_per_problem(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Each problem of a bad file is one ``copaperu: error:`` line; exit code 1."""
        path = tmp_path / "bad-cup.toml"
        path.write_text(BAD_FILE, encoding="utf-8")
        with pytest.raises(cp.ConfigError) as excinfo:
            cp.load(path)

        code = main(["check", str(path)])
        out, err = capsys.readouterr()
        lines = err.splitlines()

        assert 1 == code
        assert "" == out
        assert 3 <= len(excinfo.value.problems)
        assert len(excinfo.value.problems) == len(lines)
        assert all(line.startswith("copaperu: error: bad-cup.toml: ") for line in lines)
        assert (
            "copaperu: error: bad-cup.toml: champoin: unknown key (did you mean 'champion'?)"
            in lines
        )
        assert "Traceback" not in err

    def test_missing_file_is_an_error_not_a_traceback(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A file that does not exist is one error line and exit code 1."""
        code = main(["check", str(tmp_path / "absent.toml")])
        err = capsys.readouterr().err

        assert 1 == code
        assert (
            "copaperu: error: absent.toml: cannot read the file: No such file or directory\n"
            == err
        )

    def test_unknown_edition_is_an_error(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An edition name that is not bundled is one error line and exit code 1."""
        code = main(["replay", "copa-peru-199"])
        err = capsys.readouterr().err

        assert 1 == code
        assert err.startswith("copaperu: error: unknown edition 'copa-peru-199'")
        assert 1 == len(err.splitlines())

    def test_unknown_edition_has_a_hint(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A misspelt edition name is answered with the closest bundled one."""
        code = main(["replay", "copa-peru-199"])

        assert 1 == code
        assert (
            "copaperu: error: unknown edition 'copa-peru-199' (did you mean 'copa-peru-1998'?)\n"
            == capsys.readouterr().err
        )

    def test_unknown_group_has_a_hint(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A misspelt group id is answered with the closest one; exit code 1."""
        code = main(["table", str(EXAMPLE), "--group", "group-c"])
        err = capsys.readouterr().err

        assert 1 == code
        assert err.startswith("copaperu: error: unknown group 'group-c' (did you mean")
        assert "Traceback" not in err

    def test_no_command_is_a_usage_error(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Without a command, argparse prints the usage and exits with 2."""
        with pytest.raises(SystemExit) as excinfo:
            main([])

        assert 2 == excinfo.value.code
        assert capsys.readouterr().err.startswith("usage: copaperu")

    def test_unknown_format_is_a_usage_error(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A format that does not exist is a usage error, exit code 2."""
        with pytest.raises(SystemExit) as excinfo:
            main(["replay", str(EXAMPLE), "--format", "html"])

        assert 2 == excinfo.value.code
        assert "invalid choice: 'html'" in capsys.readouterr().err

    def test_reader_gone_exits_quietly(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Output piped to a reader that stops early (``| head``): no traceback."""
        sink = os.open(os.devnull, os.O_WRONLY)

        class ClosedPipe(io.StringIO):
            def write(self, _text: str) -> int:
                raise BrokenPipeError(32, "Broken pipe")

            def fileno(self) -> int:
                return sink

        try:
            monkeypatch.setattr(sys, "stdout", ClosedPipe())
            code = main(["replay", "copa-peru-1998"])
        finally:
            os.close(sink)

        assert 1 == code
        assert "" == capsys.readouterr().err


def _partial_cup(tmp_path: Path) -> Path:
    """The docs' example cup with every result of its final taken out."""
    text = EXAMPLE.read_text(encoding="utf-8")
    edition = cp.loads(text)
    stages = []
    for stage in edition.stages:
        phases = []
        for phase in stage.phases:
            ties = tuple(
                attrs.evolve(
                    tie,
                    legs=tuple(
                        attrs.evolve(m, score=None, extra_time=None, penalties=None)
                        for m in tie.legs
                    ),
                )
                for tie in phase.ties
            )
            phases.append(attrs.evolve(phase, ties=ties))
        stages.append(attrs.evolve(stage, phases=tuple(phases)))
    path = tmp_path / "partial.toml"
    cp.dump(attrs.evolve(edition, stages=tuple(stages)), path)
    return path


class TestSimulate:
    def test_text_gives_the_title_odds_and_each_groups_places(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Headings, a share per team, and shares that add up to 100% per column."""
        code = main(
            ["simulate", str(_partial_cup(tmp_path)), "--runs", "300", "--seed", "4"]
        )
        out = capsys.readouterr().out

        assert 0 == code
        assert out.splitlines()[0].endswith(": 300 runs, seed 4")
        assert "Champion:" in out
        champion = out.split("Champion:")[1].split("\n\n")[0].splitlines()[2:]
        assert 100.0 == pytest.approx(
            sum(float(line.split()[-1][:-1]) for line in champion), abs=0.2
        )

    def test_workers_give_the_same_output_as_one_process(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Two worker processes, the same seed: the same text."""
        path = str(_partial_cup(tmp_path))
        main(["simulate", path, "--runs", "450", "--seed", "2"])
        alone = capsys.readouterr().out
        main(["simulate", path, "--runs", "450", "--seed", "2", "--workers", "2"])

        assert alone == capsys.readouterr().out

    def test_a_dask_scheduler_gives_the_same_output(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """``--scheduler`` runs the chunks on a Dask cluster (here a local one)."""
        distributed = pytest.importorskip("distributed")
        path = str(_partial_cup(tmp_path))
        main(["simulate", path, "--runs", "250", "--seed", "8", "--model", "elo"])
        alone = capsys.readouterr().out
        with distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster:
            code = main(
                [
                    "simulate",
                    path,
                    "--runs",
                    "250",
                    "--seed",
                    "8",
                    "--model",
                    "elo",
                    "--scheduler",
                    cluster.scheduler_address,
                ]
            )

        assert 0 == code
        assert alone == capsys.readouterr().out

    def test_markdown_is_tables(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        main(
            [
                "simulate",
                str(_partial_cup(tmp_path)),
                "--runs",
                "20",
                "--format",
                "markdown",
            ]
        )
        out = capsys.readouterr().out

        assert "## Champion" in out
        assert "| Team | Share |" in out
        assert "| --- | ---: |" in out

    def test_bad_counts_are_refused(self, capsys: pytest.CaptureFixture[str]) -> None:
        code = main(["simulate", "copa-peru-1997", "--runs", "-1"])

        assert 1 == code
        assert "--runs and --seed must be 0 or more" in capsys.readouterr().err


def _last_match_left(tmp_path: Path) -> tuple[Path, cp.Match]:
    """The docs' example cup with its first group's last match not yet played
    (and no place recorded for it): the file, and that match."""
    edition = cp.loads(EXAMPLE.read_text(encoding="utf-8"))
    stage, phase = edition.stages[0], edition.stages[0].phases[0]
    group = phase.groups[0]
    cut = attrs.evolve(group, matches=group.matches[:-1], recorded=())
    phase = attrs.evolve(phase, groups=(cut, *phase.groups[1:]))
    stage = attrs.evolve(stage, phases=(phase, *stage.phases[1:]))
    path = tmp_path / "cut.toml"
    cp.dump(attrs.evolve(edition, stages=(stage, *edition.stages[1:])), path)
    return path, group.matches[-1]


class TestNeeds:
    def test_a_partly_played_group_says_what_the_team_needs(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Group A of the example cup with its last match left: the statement of
        what its home team needs, from the enumeration."""
        path, last = _last_match_left(tmp_path)
        team = last.home

        code = main(["needs", str(path), team])
        out = capsys.readouterr().out

        assert 0 == code
        assert out.startswith(f"{cp.load(path).name}: what {team} needs to ")
        assert team in out.splitlines()[2]

    def test_json_is_the_needs_data_form(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        path, last = _last_match_left(tmp_path)

        code = main(["needs", str(path), last.away, "--format", "json"])
        data = json.loads(capsys.readouterr().out)

        assert 0 == code
        assert {"team", "target", "fixtures", "conditions"} <= set(data)
        assert isinstance(cp.from_data(cp.simulate.Needs, data), cp.simulate.Needs)

    def test_a_team_with_nothing_left_to_play_is_refused(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code = main(["needs", "copa-peru-1997", "Juan Aurich"])

        assert 1 == code
        assert "unknown team with matches left 'Juan Aurich'" in capsys.readouterr().err


def test_needs_beyond_enumeration_falls_back_to_simulation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Counting scores up to 1,000 goals a team is too many outcomes: the answer
    says so and gives the share of 1,000 simulated runs instead."""
    path, last = _last_match_left(tmp_path)

    code = main(["needs", str(path), last.home, "--max-goals", "1000"])
    out = capsys.readouterr().out

    assert 0 == code
    assert "Too many outcomes to enumerate" in out
    assert "In 1,000 simulated runs" in out
