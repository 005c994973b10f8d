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


def test_long_lines_wrap_to_the_width_keeping_their_indentation() -> None:
    """A note of 1,400 characters becomes lines within the width; an indented
    line's continuation keeps its indentation; short lines are untouched."""
    from copaperu._render import wrap_text

    note = "Notes: " + "Region I final at Sullana " * 60
    text = f"Table:\n{note}\n  {note}"
    wrapped = wrap_text(text, 80).splitlines()

    assert "Table:" == wrapped[0]
    assert all(display_width(line) <= 80 for line in wrapped)
    assert " ".join(line.strip() for line in wrapped[1:]).split() == (
        f"{note} {note}".split()
    )
    indented = [line for line in wrapped if line.startswith("  ")]
    assert len(indented) > 1
