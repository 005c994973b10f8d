"""Lines of the peer comparison, printed at the end of a benchmark run."""

from __future__ import annotations

COMPARISONS: list[str] = []
"""Filled by the side-by-side benchmark, printed by ``conftest.py``."""
