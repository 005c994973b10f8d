"""The README's examples run, and its set-up commands are the ones CI uses."""

from __future__ import annotations

import doctest
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
