"""The readers refuse bad arguments and bad sources with clear copaperu errors.

Hand-made inputs, each wrong in one way; the message names what is wrong.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

import copaperu as cp
from copaperu.io import (
    Season,
    read_csv,
    read_football_data,
    read_openfootball_json,
    read_openfootball_txt,
    season_edition,
)

COLUMNS = {"home": "h", "away": "a", "home_goals": "hg", "away_goals": "ag"}
CSV = "h,a,hg,ag\nLima,Cusco,2,1\n"


class Broken(io.StringIO):
    def read(self, size: int | None = -1) -> str:
        raise OSError(5, "Input/output error")


class Numbers:
    name = "numbers.csv"

    def read(self) -> int:
        return 42


def test_a_missing_path_and_a_folder_are_said_so(tmp_path: Path) -> None:
    """The path's problem, with the file's name, before anything is read."""
    with pytest.raises(cp.DataFileError, match="does not exist"):
        read_csv(tmp_path / "nowhere.csv", COLUMNS)
    with pytest.raises(cp.DataFileError, match="is not a file"):
        read_csv(tmp_path, COLUMNS)
    with pytest.raises(cp.DataFileError, match="NUL"):
        read_csv("bad\0name.csv", COLUMNS)


def test_bytes_are_decoded_and_a_wrong_encoding_named(tmp_path: Path) -> None:
    """A file object giving bytes is decoded; bytes that are not the encoding's
    are refused with their line and a hint; an unknown encoding is named."""
    latin = io.BytesIO("h,a,hg,ag\nLima,Cañete,2,1\n".encode("latin-1"))
    assert "Cañete" == read_csv(latin, COLUMNS, encoding="latin-1").matches[0].away
    with pytest.raises(cp.DataFileError, match=r":2: the file is not utf-8-sig text"):
        read_csv(io.BytesIO("h,a,hg,ag\nLima,Cañete,2,1\n".encode("latin-1")), COLUMNS)
    with pytest.raises(cp.InvalidValueError, match="unknown text encoding 'klingon'"):
        read_csv(io.BytesIO(b"h,a,hg,ag\n"), COLUMNS, encoding="klingon")


def test_a_source_that_fails_or_gives_no_text_is_refused() -> None:
    """An I/O error is a DataFileError; what is neither a path nor a file, or a
    file that reads as a number, is an InvalidValueError."""
    with pytest.raises(cp.DataFileError, match="cannot be read"):
        read_csv(Broken(), COLUMNS)
    with pytest.raises(cp.InvalidValueError, match="reading gave int"):
        read_csv(Numbers(), COLUMNS)  # type: ignore[arg-type]  # the point of the test
    with pytest.raises(cp.InvalidValueError, match="a path or an open text file"):
        read_csv(3, COLUMNS)  # type: ignore[arg-type]  # the point of the test


@pytest.mark.parametrize(
    ("keywords", "message"),
    [
        ({"timezone": 3}, "timezone: expected a time zone name"),
        ({"timezone": "Mars/Olympus"}, "Mars/Olympus"),
        ({"aliases": ["Lima"]}, "aliases: expected a mapping"),
        ({"aliases": {"Lima": 3}}, "aliases: expected team names"),
        ({"teams": "Lima"}, "teams: expected team names"),
        ({"teams": ["Lima", 3]}, "teams: expected team names"),
        ({"delimiter": ";;"}, "delimiter must be one character"),
    ],
)
def test_bad_arguments_are_refused_by_name(
    keywords: dict[str, Any], message: str
) -> None:
    """Each argument that is not what it should be is named in the error."""
    with pytest.raises(cp.CopaperuError, match=message):
        read_csv(io.StringIO(CSV), COLUMNS, **keywords)


def test_columns_must_be_a_mapping() -> None:
    """*columns* maps fields to column names."""
    with pytest.raises(cp.InvalidValueError, match="columns must map fields"):
        read_csv(io.StringIO(CSV), ["h", "a"])  # type: ignore[arg-type]  # the point


def test_the_other_readers_refuse_a_missing_file_too(tmp_path: Path) -> None:
    """Every reader goes through the same checks of its source."""
    missing = tmp_path / "missing"
    for reader in (read_football_data, read_openfootball_json, read_openfootball_txt):
        with pytest.raises(cp.DataFileError, match="does not exist"):
            reader(missing)


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            '{"name": "L", "matches": [{"team1": 3, "team2": "B"}]}',
            "team1: expected text",
        ),
        (
            '{"name": "L", "matches": [{"team1": "A", "team2": "B", "score": 3}]}',
            "score: expected an object",
        ),
        ("[" * 2000 + "]" * 2000, "nested"),
    ],
)
def test_json_that_is_not_football_json_is_refused_with_its_line(
    document: str, message: str
) -> None:
    """A wrong type where football.json has text or an object, or JSON nested
    beyond reason, is a problem of the file, not a crash."""
    with pytest.raises(cp.DataFileError, match=message):
        read_openfootball_json(io.StringIO(document))


def test_season_edition_takes_a_season() -> None:
    """Anything else is refused by name."""
    with pytest.raises(cp.InvalidValueError, match="expected a Season"):
        season_edition("a season", cp.rules.CLASSIC)  # type: ignore[arg-type]


def test_a_season_s_teams_are_different() -> None:
    """A season listing one team twice is refused."""
    with pytest.raises(cp.InvalidValueError, match="teams must be different"):
        Season(name="L", source="s", format="csv", teams=("Lima", "Lima"))
