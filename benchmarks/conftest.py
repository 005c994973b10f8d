"""Benchmarks: make the helper modules next to this file importable, and report the
peer comparison at the end of the run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from _report import COMPARISONS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if COMPARISONS:
        terminalreporter.section(
            "copaperu against its peer and its baselines (same process)"
        )
        for line in COMPARISONS:
            terminalreporter.write_line(line)
