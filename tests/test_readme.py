"""The README's examples run, and its set-up commands are the ones CI uses."""

from __future__ import annotations

import doctest
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_readme_examples_run() -> None:
    """Every ``>>>`` example in README.md gives the output shown."""
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False)

    assert 0 == result.failed
    assert result.attempted > 0


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run runs the test command the README gives."""
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()

    assert "bash scripts/test" in readme
    assert "scripts/test" in ci


def _set_up_commands() -> list[str]:
    """The shell commands of the README's set-up, in order."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    set_up = readme.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    blocks = set_up.split("```sh\n")[1:]
    return [block.split("```", 1)[0].strip() for block in blocks]


def test_set_up_is_two_commands_the_first_replaying_1998() -> None:
    """Exactly two commands: the 1998 replay, then the test command."""
    first, second = _set_up_commands()

    assert first.endswith("copaperu replay copa-peru-1998")
    assert "bash scripts/test" == second


def test_the_replay_ends_as_the_readme_says() -> None:
    """The command's last lines are the ones the README shows."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("```text\n", 1)[1].split("```", 1)[0].strip()
    done = subprocess.run(
        [sys.executable, "-m", "copaperu", "replay", "copa-peru-1998"],
        capture_output=True,
        text=True,
        check=True,
    )

    assert shown.splitlines() == done.stdout.strip().splitlines()[-2:]
