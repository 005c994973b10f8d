"""Text tables line up on a terminal: by display width, not by characters."""

from __future__ import annotations

import unicodedata

import copaperu as cp
from copaperu._validators import display_width

TEAMS = ["浦和レッズ", "Atle\u0301tico Grau", "Perú", "Real Garcilaso"]


def test_wide_and_combining_names_keep_the_columns_in_line() -> None:
    """A Japanese club (wide characters) and a name written with a combining
    accent: every line of the table has the figures in the same columns."""
    rows = [(TEAMS[0], TEAMS[1], 1, 0), (TEAMS[2], TEAMS[3], 2, 2)]
    lines = str(cp.standings(TEAMS, rows, cp.rules.CLASSIC)).splitlines()
    widths = {display_width(line) for line in lines}

    assert 1 == len(widths)
    # the points column ends every line at the same terminal column
    assert {line[-4:].strip().isdigit() for line in lines[1:]} == {True}


def test_display_width_counts_columns() -> None:
    assert 10 == display_width("浦和レッズ")
    assert display_width("Perú") == display_width(unicodedata.normalize("NFD", "Perú"))
