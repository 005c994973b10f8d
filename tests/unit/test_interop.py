"""Values from other libraries: integers of any kind, date-likes, kick-offs with zones."""

from __future__ import annotations

import datetime
import json
from zoneinfo import ZoneInfo

import numpy as np
import pytest

import copaperu as cp

LONDON = ZoneInfo("Europe/London")


class Stamp(datetime.datetime):
    """A datetime subclass, as pandas.Timestamp is."""


@pytest.mark.parametrize(
    "kind", [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint64, int]
)
def test_goals_of_any_integer_type_make_a_plain_score(kind: type) -> None:
    """NumPy's integers (what a data frame holds) are goals, kept as plain int:
    the score is equal to, hashes as and prints as the plain one."""
    score = cp.Score(kind(2), kind(1))

    assert cp.Score(2, 1) == score
    assert hash(cp.Score(2, 1)) == hash(score)
    assert (int, int) == (type(score.home), type(score.away))
    assert "2-1" == str(score)


@pytest.mark.parametrize("bad", [np.float64(2.0), True, np.int64(-1), 2.5, "2"])
def test_what_is_not_a_count_of_goals_is_still_refused(bad: object) -> None:
    """Floats (even integral ones), booleans, negatives and text are not goals."""
    with pytest.raises(cp.InvalidValueError, match="home goals"):
        cp.Score(bad, 0)  # type: ignore[arg-type]  # the point of the test


def test_a_date_like_at_midnight_is_its_date() -> None:
    """A column of dates in a data frame holds date-times at midnight: each is
    the date it names."""
    match = cp.Match(home="A", away="B", date=Stamp(2023, 8, 11))

    assert datetime.date(2023, 8, 11) == match.date
    assert type(match.date) is datetime.date


def test_a_date_and_time_as_a_date_is_refused_not_cut() -> None:
    """A time of day would be lost as a date: the error says where it goes."""
    with pytest.raises(cp.InvalidValueError, match="kickoff"):
        cp.Match(home="A", away="B", date=datetime.datetime(2023, 8, 11, 20, 0))


def test_a_kickoff_carries_its_zone_and_gives_the_date() -> None:
    """Arsenal v Nottingham Forest, 12 August 2023, 12:30 in London (football-data.co.uk):
    the kick-off is an instant; the date is the kick-off's local date."""
    kickoff = datetime.datetime(2023, 8, 12, 12, 30, tzinfo=LONDON)
    match = cp.Match(home="Arsenal", away="Nottingham Forest", kickoff=kickoff)

    assert datetime.date(2023, 8, 12) == match.date
    assert datetime.datetime(2023, 8, 12, 11, 30, tzinfo=datetime.UTC) == match.kickoff
    assert match == cp.Match(
        home="Arsenal", away="Nottingham Forest", kickoff="2023-08-12T12:30:00+01:00"
    )


def test_a_naive_kickoff_is_refused() -> None:
    """Which zone a naive time was in is not known: refused, not guessed."""
    with pytest.raises(cp.InvalidValueError, match="needs its time zone"):
        cp.Match(home="A", away="B", kickoff=datetime.datetime(2023, 8, 12, 12, 30))


def test_a_kickoff_on_another_day_than_the_date_is_refused() -> None:
    """Date and kick-off disagree: one of them is wrong, and the match says so."""
    with pytest.raises(cp.InvalidValueError, match="not on the date given"):
        cp.Match(
            home="A",
            away="B",
            date="2023-08-13",
            kickoff=datetime.datetime(2023, 8, 12, 20, tzinfo=LONDON),
        )


KICKOFF = """
id = "kick"
name = "Kick-off Cup"

[[stages]]
id = "only"

[[stages.phases]]
id = "league"

[[stages.phases.groups]]
id = "table"
entrants = ["Lima", "Cusco"]
rules = "classic"

[[stages.phases.groups.matches]]
home = "Lima"
away = "Cusco"
score = "2-1"
kickoff = {kickoff}
"""


def test_a_kickoff_in_a_file_and_in_json() -> None:
    """TOML's offset date-time, or ISO text: read, written back and read again
    equal; in JSON, ISO text; a kick-off without its offset is a problem."""
    edition = cp.loads(KICKOFF.format(kickoff="1998-12-13T15:30:00-05:00"))
    match = edition.stages[0].phases[0].groups[0].matches[0]
    data = cp.to_data(match)

    assert datetime.timedelta(hours=-5) == match.kickoff.utcoffset()  # type: ignore[union-attr]
    assert datetime.date(1998, 12, 13) == match.date
    assert edition == cp.loads(cp.dumps(edition))
    assert "1998-12-13T15:30:00-05:00" == json.loads(json.dumps(data))["kickoff"]
    assert match == cp.from_data(cp.Match, data)
    with pytest.raises(cp.ConfigError, match="without one"):
        cp.loads(KICKOFF.format(kickoff="1998-12-13T15:30:00"))
    with pytest.raises(cp.ConfigError, match=r"matches\[0\]\.kickoff"):
        cp.loads(KICKOFF.format(kickoff='"tea time"'))


def test_pandas_timestamps_are_a_date_and_a_kickoff() -> None:
    """What a data frame holds: a Timestamp of a day is the match's date, a
    Timestamp with its zone its kick-off (the issue's example, refused before)."""
    import pandas as pd  # type: ignore[import-untyped]  # pandas ships no types

    day = cp.Match(home="A", away="B", date=pd.Timestamp("2023-08-11"))
    kicked = cp.Match(
        home="Arsenal",
        away="Nottingham Forest",
        kickoff=pd.Timestamp("2023-08-12 12:30", tz="Europe/London"),
    )

    assert datetime.date(2023, 8, 11) == day.date
    assert datetime.date(2023, 8, 12) == kicked.date
    assert datetime.datetime(2023, 8, 12, 11, 30, tzinfo=datetime.UTC) == kicked.kickoff
