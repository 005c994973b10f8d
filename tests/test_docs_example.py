"""The documentation's example edition loads, round-trips and replays as worked out by hand."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

import copaperu as cp
from copaperu.cli import main

EXAMPLE = Path(__file__).parent.parent / "docs" / "reference" / "example-cup.toml"


def test_example_loads_and_round_trips() -> None:
    """The example file loads, and dumping it loads back equal."""
    edition = cp.load(EXAMPLE)

    assert "example-cup" == edition.id
    assert edition == cp.loads(cp.dumps(edition))


def test_example_replays_to_its_champion() -> None:
    """Group A 1-2-3 on points and goal difference; Pumas clinch Group B; the final."""
    result = cp.replay(cp.load(EXAMPLE))
    group_a = result.group("group-a")
    group_b = result.group("group-b")

    # Group A: Alpacas 6 pts; Condors 1 pt (1-3 goals) above Llamas 1 pt (1-4).
    assert ["Alpacas", "Condors", "Llamas"] == [p.team for p in group_a.places]
    assert group_a.complete
    # Group B: Pumas have 6 points with one match left between the other two, who can
    # reach 3 at most: first place is certain. Second is recorded; third unknown.
    assert ("Pumas", cp.competition.Provenance.COMPUTED) == (
        group_b.place(1).team,
        group_b.place(1).provenance,
    )
    assert ("Vicuñas", cp.competition.Provenance.RECORDED) == (
        group_b.place(2).team,
        group_b.place(2).provenance,
    )
    assert cp.competition.Provenance.UNKNOWN == group_b.place(3).provenance
    # Semi-finals: Alpacas 3-1 on aggregate; Condors on penalties after extra time.
    semi = result.tie("sf-1").outcome
    assert semi is not None
    assert ("Alpacas", cp.DecidedBy.AGGREGATE) == (semi.winner, semi.decided_by)
    assert "Condors" == result.tie("sf-2").winner
    assert ("Alpacas", cp.competition.Provenance.COMPUTED) == (
        result.champion,
        result.champion_provenance,
    )
    assert ("Alpacas", "Condors") == result.promoted
    assert () == result.contradictions


HOW_TO_CLI = Path(__file__).parent.parent / "docs" / "how-to" / "command-line.rst"


def _commands(page: Path) -> list[str]:
    """The ``copaperu ...`` lines of a page's shell blocks, without their comments."""
    return [
        line.split("#")[0].strip()
        for line in page.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("copaperu ")
    ]


def test_command_line_how_to_runs(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Every command of the command-line how-to succeeds, ``my-cup.toml`` being the
    reference's example file; a redirect writes the output to its file.
    """
    (tmp_path / "my-cup.toml").write_text(EXAMPLE.read_text(encoding="utf-8"))
    monkeypatch.chdir(tmp_path)
    commands = _commands(HOW_TO_CLI)

    assert len(commands) >= 5
    for command in commands:
        words = shlex.split(command)
        target = None
        if ">" in words:
            words, target = words[: words.index(">")], words[-1]
        code = main(words[1:])
        out, err = capsys.readouterr()
        if target is not None:
            (tmp_path / target).write_text(out, encoding="utf-8")

        assert (0, "") == (code, err), command
        assert out.strip(), command
