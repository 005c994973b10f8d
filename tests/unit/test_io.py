"""copaperu.io: readers of results files, checked on real samples and hand-made ones.

Real samples (tests/data/openfootball-*, football-data, csv; whole seasons or
excerpts, see tests/data/README.md) are committed: a missing one fails its test.
Hand-made ones (tests/data/handmade, written for these tests, fictional teams) and
the inline files below are always there too.
"""

from __future__ import annotations

import datetime
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import copaperu as cp
from copaperu import io as cpio
from copaperu.errors import DataFileError

DATA = Path(__file__).parent.parent / "data"
HANDMADE = DATA / "handmade"
LONDON_SUMMER = datetime.timedelta(hours=1)


def sample(relative: str) -> Path:
    """The real sample file at *relative*; a missing one fails the test."""
    path = DATA / relative
    assert path.is_file(), f"real sample tests/data/{relative} is missing"
    return path


def at_line(season: cpio.Season, line: int) -> cp.Match:
    return season.matches[season.lines.index(line)]


def offset(kickoff: datetime.datetime | None) -> datetime.timedelta | None:
    assert kickoff is not None
    return kickoff.utcoffset()


def status(match: cp.Match) -> cp.MatchStatus:
    return cp.official_result(match).status


def written(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


FOOTBALLCSV_COLUMNS = {
    "round": "Round",
    "date": "Date",
    "home": "Team 1",
    "score": "FT",
    "away": "Team 2",
}


class TestRealSamples:
    """Each format's real file is read into matches, line by line."""

    def test_football_txt_season(self) -> None:
        """The 2023-24 Premier League in Football.TXT: 380 matches, dated, timed."""
        season = cpio.read_openfootball_txt(
            sample("openfootball-txt/england-2023-24-1-premierleague.txt")
        )
        first = season.matches[0]

        assert 380 == len(season.matches)
        assert 20 == len(season.teams)
        assert "English Premier League 2023/24" == season.name
        assert "openfootball-txt" == season.format
        assert "Burnley FC 0-3 Manchester City FC" == str(first)
        assert (11, datetime.date(2023, 8, 11), "Matchday 1") == (
            season.lines[0],
            first.date,
            first.label,
        )
        assert datetime.datetime(2023, 8, 11, 20, 0) == season.kickoffs[0]
        assert "Sheffield United FC 0-3 Tottenham Hotspur FC" == str(season.matches[-1])
        assert 638 == season.lines[-1]

    def test_football_txt_dates_run_across_the_new_year(self) -> None:
        """Date lines without a year: August is 2023, January 2024 (weekdays agree)."""
        season = cpio.read_openfootball_txt(
            sample("openfootball-txt/england-2023-24-1-premierleague.txt")
        )
        dates = [m.date for m in season.matches if m.date is not None]

        assert datetime.date(2023, 8, 11) == min(dates)
        assert datetime.date(2024, 5, 19) == max(dates)

    def test_football_json_season(self) -> None:
        """The same season in football.json; each match's line is its object's."""
        season = cpio.read_openfootball_json(
            sample("openfootball-json/2023-24-en.1.json"), timezone="Europe/London"
        )

        assert 380 == len(season.matches)
        assert "Burnley FC 0-3 Manchester City FC" == str(season.matches[0])
        assert 4 == season.lines[0]
        assert 6403 == season.lines[-1]
        assert LONDON_SUMMER == offset(season.kickoffs[0])

    def test_football_data_season(self) -> None:
        """football-data.co.uk's E0.csv: the empty first line and header are skipped."""
        season = cpio.read_football_data(sample("football-data/E0-2023-24.csv"))
        first = season.matches[0]

        assert 380 == len(season.matches)
        assert ("E0", "football-data") == (season.name, season.format)
        assert "Burnley 0-3 Man City" == str(first)
        assert 3 == season.lines[0]
        assert (
            datetime.datetime(2023, 8, 11, 19, 0, tzinfo=datetime.UTC)
            == season.kickoffs[0]
        )

    def test_football_data_kickoffs_follow_uk_clocks(self) -> None:
        """A March kick-off before the clocks change is GMT, one in May is BST."""
        season = cpio.read_football_data(sample("football-data/E0-2023-24.csv"))
        replay = at_line(season, 281)

        assert "Bournemouth 4-3 Luton" == str(replay)
        assert datetime.timedelta(0) == offset(season.kickoffs[season.lines.index(281)])
        assert LONDON_SUMMER == offset(season.kickoffs[-1])

    def test_generic_csv_season(self) -> None:
        """footballcsv's 2009-10 file through read_csv: a score column, English dates."""
        season = cpio.read_csv(
            sample("csv/footballcsv-england-2009-10-eng.1.csv"),
            FOOTBALLCSV_COLUMNS,
            date_format="%a %b %d %Y",
        )
        first = season.matches[0]

        assert 380 == len(season.matches)
        assert "Chelsea FC 2-1 Hull City AFC" == str(first)
        assert (2, datetime.date(2009, 8, 15), "1") == (
            season.lines[0],
            first.date,
            first.label,
        )
        assert (None,) == tuple(set(season.kickoffs))


class TestRealOddities:
    """Each format's marks for awarded, cancelled, postponed and abandoned matches."""

    def test_txt_awarded_is_a_forfeit(self) -> None:
        """Bolton v Brentford, 2018-19, ``0-1 [awarded]``: won by Brentford, no on-field score."""
        season = cpio.read_openfootball_txt(
            sample("openfootball-txt/england-2018-19-2-championship.txt")
        )
        match = at_line(season, 13)
        (ruling,) = match.rulings

        assert ("Bolton Wanderers", "Brentford FC", None) == (
            match.home,
            match.away,
            match.score,
        )
        assert cp.Forfeit(awarded_to="Brentford FC", score=cp.Score(0, 1)) == ruling
        assert cp.MatchStatus.AWARDED == status(match)

    def test_json_awarded_is_a_forfeit(self) -> None:
        """The same match in football.json, ``"status": "awarded"``."""
        season = cpio.read_openfootball_json(
            sample("openfootball-json/2018-19-en.2.json")
        )
        match = at_line(season, 38)

        assert (
            cp.Forfeit(awarded_to="Brentford FC", score=cp.Score(0, 1))
            == match.rulings[0]
        )
        assert 1 == sum(bool(m.rulings) for m in season.matches)

    def test_txt_cancelled_are_not_played(self) -> None:
        """2019-20 League One, curtailed: Matchday 38's 11 matches ``[cancelled]``, none counted."""
        season = cpio.read_openfootball_txt(
            sample("openfootball-txt/england-2019-20-3-league1.txt")
        )
        cancelled = [m for m in season.matches if m.rulings]

        assert 11 == len(cancelled)
        assert {cp.NotPlayed(reason="cancelled")} == {m.rulings[0] for m in cancelled}
        assert "Bristol Rovers v Ipswich Town" == str(at_line(season, 46))
        assert {cp.MatchStatus.NOT_PLAYED} == {status(m) for m in cancelled}

    def test_json_cancelled_are_not_played(self) -> None:
        """The same excerpt in football.json: the same 11 fixtures."""
        season = cpio.read_openfootball_json(
            sample("openfootball-json/2019-20-en.3.json")
        )
        txt = cpio.read_openfootball_txt(
            sample("openfootball-txt/england-2019-20-3-league1.txt")
        )

        def cancelled(s: cpio.Season) -> set[tuple[str, str]]:
            return {m.teams for m in s.matches if m.rulings}

        assert 11 == len(cancelled(season))
        assert cancelled(txt) == cancelled(season)

    def test_txt_postponed_is_not_played(self) -> None:
        """2025-26, ``AFC Bournemouth v Manchester City FC [postponed]``."""
        season = cpio.read_openfootball_txt(
            sample("openfootball-txt/england-2025-26-1-premierleague.txt")
        )
        match = at_line(season, 11)

        assert "AFC Bournemouth v Manchester City FC" == str(match)
        assert (cp.NotPlayed(reason="postponed"),) == match.rulings
        assert 3 == sum(bool(m.rulings) for m in season.matches)

    def test_json_postponed_is_not_played(self) -> None:
        """football.json's ``"status": "postponed"`` and its unplayed fixtures."""
        season = cpio.read_openfootball_json(
            sample("openfootball-json/2025-26-en.1.json")
        )
        match = at_line(season, 30)

        assert "Manchester City FC v Crystal Palace FC" == str(match)
        assert (cp.NotPlayed(reason="postponed"),) == match.rulings
        assert 8 == sum(m.score is None and not m.rulings for m in season.matches)

    def test_txt_abandoned_is_void(self) -> None:
        """National League 2025-26, ``Scunthorpe United v Wealdstone FC [abandoned]``."""
        season = cpio.read_openfootball_txt(
            sample("openfootball-txt/england-2025-26-5-nationalleague.txt")
        )
        match = at_line(season, 17)

        assert "Scunthorpe United v Wealdstone FC" == str(match)
        assert (cp.Abandoned(),) == match.rulings
        assert cp.MatchStatus.VOID == status(match)

    def test_json_abandoned_is_void(self) -> None:
        """Colombia 2025, ``"status": "abandoned"`` with an empty score."""
        season = cpio.read_openfootball_json(sample("openfootball-json/2025-co.1.json"))
        match = at_line(season, 119)

        assert "Unión Magdalena v Once Caldas" == str(match)
        assert (cp.Abandoned(),) == match.rulings
        assert "Apertura, Matchday 17" == match.label


class TestHandMade:
    """Hand-made files (fictional teams) for what no real sample shows."""

    def test_txt_between_notes(self) -> None:
        """``abd``, ``n/p``, ``[awarded]``, ``[postponed]``, ``[replay]``, the year turning."""
        season = cpio.read_openfootball_txt(HANDMADE / "llama-league-2026-27.txt")
        by_line = dict(zip(season.lines, season.matches, strict=True))

        assert [7, 8, 10, 11, 15, 16, 18] == list(season.lines)
        assert cp.MatchStatus.PLAYED == status(by_line[7])
        assert (
            cp.Abandoned(
                reason="abandoned at 1-0 after 60 minutes, floodlight failure"
            ),
        ) == by_line[8].rulings
        assert (cp.NotPlayed(),) == by_line[10].rulings
        assert (cp.Forfeit(awarded_to="Alpaca FC", score=cp.Score(3, 0)),) == by_line[
            11
        ].rulings
        assert (cp.NotPlayed(reason="postponed"),) == by_line[15].rulings
        assert ("replay", ()) == (by_line[16].notes, by_line[16].rulings)
        assert datetime.date(2027, 1, 16) == by_line[18].date
        assert datetime.datetime(2026, 8, 2, 16, 30) == season.kickoffs[2]
        assert None is season.kickoffs[-1]

    def test_txt_v_extra_time_and_shootouts(self) -> None:
        """``2-1 a.e.t. (1-1, 0-0)``, ``4-2 pen. 1-1 a.e.t. (...)``, ``3-5 pen. (0-0)``."""
        season = cpio.read_openfootball_txt(HANDMADE / "llama-cup-2026.txt")
        first, second, third, final, cancelled = season.matches

        assert (cp.Score(1, 1), cp.Score(2, 1), None) == (
            first.score,
            first.extra_time,
            first.penalties,
        )
        assert (cp.Score(1, 1), cp.Score(1, 1), cp.Score(4, 2)) == (
            second.score,
            second.extra_time,
            second.penalties,
        )
        assert (cp.Score(0, 0), None, cp.Score(3, 5)) == (
            third.score,
            third.extra_time,
            third.penalties,
        )
        assert "Alpaca FC" == third.winner()
        assert ("Final", cp.MatchStatus.UNKNOWN) == (final.label, status(final))
        assert (cp.NotPlayed(reason="cancelled"),) == cancelled.rulings

    def test_json_statuses_extra_time_and_fixtures(self) -> None:
        """football.json's statuses, ``et`` and ``p``, a fixture without a score."""
        season = cpio.read_openfootball_json(HANDMADE / "llama-league-2026-27.json")
        by_line = dict(zip(season.lines, season.matches, strict=True))

        assert (cp.Score(1, 0), (cp.Abandoned(),)) == (
            by_line[7].score,
            by_line[7].rulings,
        )
        assert cp.MatchStatus.VOID == status(by_line[7])
        assert (cp.Forfeit(awarded_to="Alpaca FC", score=cp.Score(3, 0)),) == by_line[
            10
        ].rulings
        assert (cp.NotPlayed(reason="postponed"),) == by_line[13].rulings
        assert (cp.NotPlayed(reason="cancelled"),) == by_line[16].rulings
        assert (cp.Score(2, 2), cp.Score(4, 3), "Cup, Final") == (
            by_line[19].extra_time,
            by_line[19].penalties,
            by_line[19].label,
        )
        assert cp.MatchStatus.UNKNOWN == status(by_line[22])

    def test_csv_status_column_delimiter_and_zone(self) -> None:
        """A ``;`` file with a status column, dd.mm.yyyy dates, kick-offs in Lima."""
        season = cpio.read_csv(
            HANDMADE / "llama-league-2026-27.csv",
            {
                "round": "Round",
                "date": "Day",
                "time": "Kick-off",
                "home": "Home",
                "away": "Away",
                "home_goals": "HG",
                "away_goals": "AG",
                "status": "Status",
            },
            date_format="%d.%m.%Y",
            delimiter=";",
            timezone="America/Lima",
        )
        statuses = [status(m).value for m in season.matches]

        assert [
            "played",
            "void",
            "awarded",
            "not_played",
            "not_played",
            "played",
        ] == statuses
        assert cp.Score(0, 0) == season.matches[-1].score
        assert datetime.timedelta(hours=-5) == offset(season.kickoffs[0])


def bad(folder: Path, name: str, text: str, read: object) -> DataFileError:
    """The error reading *text* as the file *name* raises."""
    path = written(folder, name, text)
    with pytest.raises(DataFileError) as caught:
        read(path)  # type: ignore[operator]
    return caught.value


CSV_HEADER = "Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR\n"
CSV_GOOD = "E0,01/08/2026,15:00,Llama FC,Alpaca FC,2,1,H\n"
TXT_HEAD = "= Llama League 2026/27\nMatchday 1\n[Sat Aug/1]\n  15.00  Llama FC  2-1  Alpaca FC\n"
JSON_HEAD = '{"name": "Llama League", "matches": [\n {"date": "2026-08-01", "team1": "Llama FC", "team2": "Alpaca FC", "score": {"ft": [2, 1]}},\n'


class TestBadRows:
    """A wrong score, a missing team, a bad date: refused, naming the file and line."""

    @pytest.mark.parametrize(
        ("row", "message"),
        [
            (
                "E0,02/08/2026,15:00,Vicuña FC,Guanaco FC,2,-1,H\n",
                r"^llama\.csv:3: FTAG: expected a number of goals \(got '-1'\)$",
            ),
            (
                "E0,02/08/2026,15:00,Vicuña FC,,2,1,H\n",
                r"^llama\.csv:3: AwayTeam: a team name is missing \(got ''\)$",
            ),
            (
                "E0,2026-08-02,15:00,Vicuña FC,Guanaco FC,2,1,H\n",
                r"^llama\.csv:3: Date: expected a date like '11/08/2023' \(got '2026-08-02'\)$",
            ),
            (
                "E0,02/08/2026,15:00,Vicuña FC,Guanaco FC,2,1,A\n",
                r"^llama\.csv:3: FTR: the result 'A' does not agree with the score 2-1 \(expected 'H'\)$",
            ),
            (
                "E0,02/08/2026,3pm,Vicuña FC,Guanaco FC,2,1,H\n",
                r"^llama\.csv:3: Time: expected a time like '20:00' \(got '3pm'\)$",
            ),
            (
                "E0,02/08/2026,15:00,Vicuña FC,Vicuña FC,2,1,H\n",
                r"^llama\.csv:3: match 'Vicuña FC' v 'Vicuña FC': away: a team cannot play itself",
            ),
        ],
        ids=[
            "wrong-score",
            "missing-team",
            "bad-date",
            "result-disagrees",
            "bad-time",
            "plays-itself",
        ],
    )
    def test_football_data(self, tmp_path: Path, row: str, message: str) -> None:
        """football-data.co.uk's CSV."""
        error = bad(
            tmp_path, "llama.csv", CSV_HEADER + CSV_GOOD + row, cpio.read_football_data
        )

        assert ("llama.csv", 3) == (error.path, error.line)
        assert [3] == [line for line, _ in error.problems]
        assert re.match(message, str(error)), str(error)

    @pytest.mark.parametrize(
        ("row", "message"),
        [
            (
                "  Vicuña FC  2-x  Guanaco FC\n",
                r"^llama\.txt:5: cannot read this line as a match, a date or a heading \(got 'Vicuña FC  2-x  Guanaco FC'\)$",
            ),
            (
                "  Vicuña FC  2-1\n",
                r"^llama\.txt:5: cannot read this line as a match",
            ),
            (
                "[Sat Feb/30]\n  Vicuña FC  2-1  Guanaco FC\n",
                r"^llama\.txt:5: date: no such date \(got '\[Sat Feb/30\]'\)$",
            ),
            (
                "[Sun Aug/7]\n  Vicuña FC  2-1  Guanaco FC\n",
                r"^llama\.txt:5: date: 2026-08-07 is a Fri, not a Sun \(got '\[Sun Aug/7\]'\)$",
            ),
            (
                "  Vicuña FC  1-1  Guanaco FC  [awarded]\n",
                r"^llama\.txt:5: an awarded score cannot be a draw \(got 1-1\)$",
            ),
            (
                "  Vicuña FC  1-1  Guanaco FC  [walkover]\n",
                r"^llama\.txt:5: unknown note 'walkover'",
            ),
        ],
        ids=[
            "wrong-score",
            "missing-team",
            "bad-date",
            "wrong-weekday",
            "awarded-draw",
            "unknown-note",
        ],
    )
    def test_football_txt(self, tmp_path: Path, row: str, message: str) -> None:
        """openfootball's Football.TXT."""
        error = bad(tmp_path, "llama.txt", TXT_HEAD + row, cpio.read_openfootball_txt)

        assert ("llama.txt", 5) == (error.path, error.line)
        assert re.match(message, str(error)), str(error)

    @pytest.mark.parametrize(
        ("row", "message"),
        [
            (
                ' {"date": "2026-08-02", "team1": "Vicuña FC", "team2": "Guanaco FC", "score": {"ft": [2, -1]}}\n',
                r"^llama\.json:3: score\.ft: expected two numbers of goals \(got \[2, -1\]\)$",
            ),
            (
                ' {"date": "2026-08-02", "team1": "Vicuña FC", "score": {"ft": [2, 1]}}\n',
                r"^llama\.json:3: team2: a team name is missing \(got ''\)$",
            ),
            (
                ' {"date": "02/08/2026", "team1": "Vicuña FC", "team2": "Guanaco FC"}\n',
                r"^llama\.json:3: date: expected a date like '2023-08-11' \(got '02/08/2026'\)$",
            ),
            (
                ' {"date": "2026-08-02", "team1": "Vicuña FC", "team2": "Guanaco FC", "venue": "x"}\n',
                r"^llama\.json:3: unknown keys \['venue'\]",
            ),
            (
                ' {"date": "2026-08-02", "team1": "Vicuña FC", "team2": "Guanaco FC", "status": "suspended"}\n',
                r"^llama\.json:3: status: unknown status 'suspended'",
            ),
        ],
        ids=[
            "wrong-score",
            "missing-team",
            "bad-date",
            "unknown-key",
            "unknown-status",
        ],
    )
    def test_football_json(self, tmp_path: Path, row: str, message: str) -> None:
        """openfootball's football.json: the line is where the match's object starts."""
        error = bad(
            tmp_path,
            "llama.json",
            JSON_HEAD + row + "]}\n",
            cpio.read_openfootball_json,
        )

        assert ("llama.json", 3) == (error.path, error.line)
        assert re.match(message, str(error)), str(error)

    @pytest.mark.parametrize(
        ("row", "message"),
        [
            (
                "2026-08-02,Vicuña FC,2:x,Guanaco FC\n",
                r"^llama\.csv:3: FT: expected a score like '2-1' \(got '2:x'\)$",
            ),
            (
                "2026-08-02,,2-1,Guanaco FC\n",
                r"^llama\.csv:3: Team 1: a team name is missing \(got ''\)$",
            ),
            (
                "Sun Aug 2 2026,Vicuña FC,2-1,Guanaco FC\n",
                r"^llama\.csv:3: Date: expected a date as '%Y-%m-%d' \(got 'Sun Aug 2 2026'\)$",
            ),
        ],
        ids=["wrong-score", "missing-team", "bad-date"],
    )
    def test_generic_csv(self, tmp_path: Path, row: str, message: str) -> None:
        """Any CSV through read_csv."""
        text = "Date,Team 1,FT,Team 2\n2026-08-01,Llama FC,2-1,Alpaca FC\n" + row
        error = bad(
            tmp_path,
            "llama.csv",
            text,
            lambda path: cpio.read_csv(
                path,
                {"date": "Date", "home": "Team 1", "score": "FT", "away": "Team 2"},
            ),
        )

        assert ("llama.csv", 3) == (error.path, error.line)
        assert re.match(message, str(error)), str(error)

    def test_every_bad_row_is_listed(self) -> None:
        """Nothing is dropped: three bad rows, three problems, in the file's order."""
        text = (
            CSV_HEADER
            + "E0,01/08/2026,,Llama FC,Alpaca FC,x,1,\n"
            + CSV_GOOD
            + "E0,99/99/2026,,Vicuña FC,Guanaco FC,1,1,D\n"
            + "E0,01/08/2026,,,Guanaco FC,1,1,D\n"
        )
        with pytest.raises(DataFileError) as caught:
            cpio.read_football_data(io.StringIO(text), name="E0.csv")

        assert [2, 4, 5] == [line for line, _ in caught.value.problems]
        assert 3 == len(str(caught.value).splitlines())

    def test_a_missing_column_suggests_the_closest(self) -> None:
        """A header without ``FTAG`` (misspelt) names the column it expected."""
        text = "Div,Date,HomeTeam,AwayTeam,FTHG,FTAGG\nE0,01/08/2026,A,B,1,0\n"
        with pytest.raises(DataFileError) as caught:
            cpio.read_football_data(io.StringIO(text), name="E0.csv")

        assert (
            "E0.csv:1: unknown column 'FTAG' (did you mean 'FTAGG'?) (the header names 6 columns)"
            == str(caught.value)
        )

    def test_json_syntax_error_names_its_line(self) -> None:
        """Invalid JSON is refused with the decoder's line."""
        with pytest.raises(DataFileError) as caught:
            cpio.read_openfootball_json(
                io.StringIO('{"name": "x",\n "matches": [}\n'), name="x.json"
            )

        assert ("x.json", 2) == (caught.value.path, caught.value.line)

    def test_json_without_matches_is_refused(self) -> None:
        """A JSON array, or an object without ``matches``, is not football.json."""
        with pytest.raises(
            DataFileError,
            match=r"^x\.json:1: expected an object with a list of 'matches'",
        ):
            cpio.read_openfootball_json(io.StringIO("[]"), name="x.json")

    def test_txt_match_before_any_date(self) -> None:
        """A match line before any date line cannot be dated."""
        with pytest.raises(
            DataFileError, match=r"^x\.txt:2: a match before any date line$"
        ):
            cpio.read_openfootball_txt(
                io.StringIO("= Llama 2026\n  A  1-0  B\n"), name="x.txt"
            )

    def test_txt_year_unknown(self) -> None:
        """Without a year in the dates or the title, the reader asks for one."""
        text = "= Llama League\n[Sat Aug/1]\n  A  1-0  B\n"
        with pytest.raises(DataFileError, match=r"pass year="):
            cpio.read_openfootball_txt(io.StringIO(text))

        assert (
            datetime.date(2026, 8, 1)
            == cpio.read_openfootball_txt(io.StringIO(text), year=2026).matches[0].date
        )

    def test_missing_file(self, tmp_path: Path) -> None:
        """A path that does not exist is refused, naming it."""
        with pytest.raises(
            DataFileError, match=r"^nowhere\.csv: the path does not exist$"
        ):
            cpio.read_football_data(tmp_path / "nowhere.csv")

    def test_not_utf8_suggests_an_encoding(self, tmp_path: Path) -> None:
        """A Latin-1 file is refused with a hint, and read when the encoding is given."""
        path = tmp_path / "latin.csv"
        path.write_bytes(
            (
                CSV_HEADER
                + "E0,01/08/2026,,Llama FC,Alpaca FC,1,0,H\nE0,02/08/2026,,Peñarol,Alpaca FC,1,0,H\n"
            ).encode("latin-1")
        )
        with pytest.raises(
            DataFileError,
            match=r"^latin\.csv:3: the file is not utf-8-sig text .*encoding='latin-1'",
        ):
            cpio.read_football_data(path)

        assert "Peñarol" in cpio.read_football_data(path, encoding="latin-1").teams

    def test_csv_nul_is_shown_escaped(self) -> None:
        """A NUL in a cell is a bad value, shown escaped in the message."""
        with pytest.raises(DataFileError) as caught:
            cpio.read_football_data(io.StringIO(CSV_HEADER + "E0,\0\n"), name="x.csv")

        assert 2 == caught.value.line
        assert "(got '\\x00')" in str(caught.value)

    def test_csv_field_beyond_the_limit(self) -> None:
        """A field larger than Python's CSV limit is refused, with its line."""
        with pytest.raises(
            DataFileError, match=r"^x\.csv:3: not valid CSV: field larger"
        ):
            cpio.read_football_data(
                io.StringIO(CSV_HEADER + CSV_GOOD + "E0," + "x" * 200_000 + "\n"),
                name="x.csv",
            )


class TestTeamNames:
    """Names as the source writes them, in NFC; aliases; the teams a file may name."""

    def test_decomposed_and_precomposed_accents_are_one_team(self) -> None:
        """ "Atlético Grau" typed with a combining accent is the same team."""
        text = (
            "= Llama 2026\n[Sat Aug/1]\n  Atle\u0301tico Grau  1-0  Alpaca FC\n"
            "[Sat Aug/8]\n  Alpaca FC  0-0  Atl\u00e9tico Grau\n"
        )
        season = cpio.read_openfootball_txt(io.StringIO(text))

        assert ("Atl\u00e9tico Grau", "Alpaca FC") == season.teams
        assert 4 == season.standings(cp.rules.CLASSIC).row("Atl\u00e9tico Grau").points

    def test_aliases_map_source_names(self) -> None:
        """A decomposed alias key still catches the name; two names become one team."""
        text = CSV_HEADER + CSV_GOOD + "E0,08/08/2026,15:00,Alpaca,Llama FC,0,0,D\n"
        season = cpio.read_football_data(
            io.StringIO(text), aliases={"Alpaca": "Alpaca FC", "Llama FC": "Llama"}
        )

        assert ("Llama", "Alpaca FC") == season.teams
        assert 2 == len(season.standings(cp.rules.CLASSIC).rows)

    def test_unknown_team_gets_did_you_mean(self) -> None:
        """With *teams*, a name not among them (nor the aliases) is refused with a hint."""
        with pytest.raises(DataFileError) as caught:
            cpio.read_football_data(
                io.StringIO(
                    CSV_HEADER + "E0,01/08/2026,15:00,Lama FC,Alpaca FC,2,1,H\n"
                ),
                teams=["Llama FC", "Alpaca FC"],
                name="E0.csv",
            )

        assert (
            "E0.csv:2: HomeTeam: unknown team 'Lama FC' (did you mean 'Llama FC'?)"
            == str(caught.value)
        )

    def test_given_teams_keep_their_order(self) -> None:
        """The season's teams are those given, even one without a match yet."""
        season = cpio.read_football_data(
            io.StringIO(CSV_HEADER + CSV_GOOD),
            teams=["Vicuña FC", "Alpaca FC", "Llama FC"],
        )

        assert ("Vicuña FC", "Alpaca FC", "Llama FC") == season.teams

    def test_control_characters_are_refused(self) -> None:
        """A name with a terminal escape in it is a problem, shown escaped."""
        with pytest.raises(
            DataFileError, match=r"a name cannot hold a control character \(U\+001B"
        ):
            cpio.read_football_data(
                io.StringIO(CSV_HEADER + "E0,01/08/2026,,Llama\x1b[2J,B,1,0,H\n")
            )


class TestArguments:
    """Wrong arguments are refused with copaperu errors."""

    def test_unknown_csv_field(self) -> None:
        """A misspelt field name gets a hint."""
        with pytest.raises(
            cp.UnknownNameError,
            match=r"unknown CSV field 'hom' \(did you mean 'home'\?\)",
        ):
            cpio.read_csv(io.StringIO("a\n"), {"hom": "Home", "away": "Away"})

    @pytest.mark.parametrize(
        ("columns", "message"),
        [
            ({"away": "Away"}, "must name the 'home' column"),
            (
                {"home": "H", "away": "A", "home_goals": "HG"},
                "both 'home_goals' and 'away_goals'",
            ),
            (
                {
                    "home": "H",
                    "away": "A",
                    "home_goals": "HG",
                    "away_goals": "AG",
                    "score": "FT",
                },
                "the goals twice",
            ),
            ({"home": "", "away": "A"}, "must be a column name"),
        ],
    )
    def test_bad_columns(self, columns: dict[str, str], message: str) -> None:
        """The columns must say where the teams and goals are, once."""
        with pytest.raises(cp.InvalidValueError, match=message):
            cpio.read_csv(io.StringIO("H,A\n"), columns)

    def test_unknown_time_zone(self) -> None:
        """A time zone name that does not exist."""
        with pytest.raises(
            cp.InvalidValueError, match=r"unknown time zone 'Europe/Lundun'"
        ):
            cpio.read_football_data(io.StringIO(CSV_HEADER), timezone="Europe/Lundun")

    def test_not_a_source(self) -> None:
        """Neither a path nor a file."""
        untyped: object = 42
        with pytest.raises(
            cp.InvalidValueError, match="expected a path or an open text file"
        ):
            cpio.read_football_data(untyped)  # type: ignore[arg-type]


class TestSeasonEdition:
    """A season as a one-stage edition."""

    def test_a_fixture_entered_twice_makes_a_listed_schedule(self) -> None:
        """The hand-made league enters a postponed match again when played."""
        season = cpio.read_openfootball_txt(HANDMADE / "llama-league-2026-27.txt")
        edition = cpio.season_edition(season, cp.rules.CLASSIC, id="llama")
        ((_, group),) = edition.groups()
        result = cp.replay(edition)

        assert cp.competition.Schedule.LISTED == group.schedule
        assert {"openfootball-txt"} == {m.source for m in group.matches}
        assert "Alpaca FC" == result.champion

    def test_deductions_and_presets(self) -> None:
        """A deduction counts in the replay; a preset is named by its id."""
        season = cpio.read_openfootball_txt(HANDMADE / "llama-league-2026-27.txt")
        edition = cpio.season_edition(
            season,
            cp.rules.PREMIER_LEAGUE_2019,
            deductions=[cp.PointsDeduction(team="Alpaca FC", points=6)],
        )
        standings = cp.replay(edition).group("table").standings

        assert "premier-league-2019" == edition.table_rules[0].preset
        assert standings is not None
        assert "Llama FC" == standings.order[0]

    def test_deduction_for_a_stranger_is_refused(self) -> None:
        """The edition's check names the team."""
        season = cpio.read_openfootball_txt(HANDMADE / "llama-league-2026-27.txt")
        with pytest.raises(cp.ConfigError, match="Lama FC"):
            cpio.season_edition(
                season,
                cp.rules.CLASSIC,
                deductions=[cp.PointsDeduction(team="Lama FC", points=1)],
            )


class TestSeasonValue:
    """The Season value checks itself."""

    def test_fields_run_in_step(self) -> None:
        """A match without its line is refused."""
        match = cp.Match(home="A", away="B")
        with pytest.raises(cp.InvalidValueError, match="run in step"):
            cpio.Season(teams=("A", "B"), matches=(match,), lines=(), kickoffs=(None,))

    def test_matches_teams_are_the_seasons(self) -> None:
        """A match of a team not in the season is refused with a hint."""
        match = cp.Match(home="A", away="C")
        with pytest.raises(cp.UnknownNameError, match=r"unknown team 'C'"):
            cpio.Season(
                teams=("A", "B"), matches=(match,), lines=(1,), kickoffs=(None,)
            )


class TestPremierLeaguePresets:
    """The head-to-head the Premier League added in 2019-20, on hand-made results."""

    # Llama FC and Alpaca FC finish level on points (3), goal difference (0) and
    # goals (1); Llama FC beat Alpaca FC.
    LEVEL = (
        cp.Match(home="Llama FC", away="Alpaca FC", score=cp.Score(1, 0)),
        cp.Match(home="Vicuña FC", away="Llama FC", score=cp.Score(1, 0)),
        cp.Match(home="Alpaca FC", away="Guanaco FC", score=cp.Score(1, 0)),
    )
    TEAMS = ("Llama FC", "Alpaca FC", "Vicuña FC", "Guanaco FC")

    def test_2019_head_to_head_points(self) -> None:
        """From 2019-20 the winner of the match between them ranks higher."""
        table = cp.standings(self.TEAMS, self.LEVEL, cp.rules.PREMIER_LEAGUE_2019)

        assert ("Vicuña FC", "Llama FC", "Alpaca FC", "Guanaco FC") == table.order
        assert () == table.level_teams

    def test_2009_shares_the_place_or_needs_a_play_off(self) -> None:
        """Before, they stay level: a play-off across a boundary, else a shared place."""
        shared = cp.standings(self.TEAMS, self.LEVEL, cp.rules.PREMIER_LEAGUE_2009)
        boundary = cp.standings(
            self.TEAMS, self.LEVEL, cp.rules.PREMIER_LEAGUE_2009, advance=2
        )

        assert {"Llama FC", "Alpaca FC"} == set(shared.level_teams[0].teams)
        assert cp.Need.PLAYOFF == boundary.level_teams[0].needs

    def test_2019_head_to_head_away_goals_then_play_off(self) -> None:
        """Level on head-to-head points, away goals in those matches; then a play-off."""
        draws = (
            cp.Match(home="Llama FC", away="Alpaca FC", score=cp.Score(1, 1)),
            cp.Match(home="Alpaca FC", away="Llama FC", score=cp.Score(2, 2)),
        )
        even = (
            cp.Match(home="Llama FC", away="Alpaca FC", score=cp.Score(1, 1)),
            cp.Match(home="Alpaca FC", away="Llama FC", score=cp.Score(1, 1)),
        )
        teams = ("Llama FC", "Alpaca FC")
        by_away_goals = cp.standings(teams, draws, cp.rules.PREMIER_LEAGUE_2019)
        needs_play_off = cp.standings(
            teams, even, cp.rules.PREMIER_LEAGUE_2019, advance=1
        )

        assert ("Llama FC", "Alpaca FC") == by_away_goals.order
        assert cp.Need.PLAYOFF == needs_play_off.level_teams[0].needs


def test_importing_the_readers_imports_only_the_standard_library() -> None:
    """``copaperu.io`` needs no data-frame library: every new module is stdlib, attrs or ours."""
    code = (
        "import sys; before = set(sys.modules); import copaperu.io; "
        "new = {m.split('.')[0] for m in set(sys.modules) - before}; "
        "print(sorted(m for m in new if m not in sys.stdlib_module_names "
        "and m not in {'attrs', 'attr', 'copaperu'}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert "[]" == out.stdout.strip()


def test_data_file_error_is_a_copaperu_value_error() -> None:
    """Caught as a copaperu error or as a ValueError; a whole-file problem has no line."""
    error = DataFileError("x.csv", [(None, "the file has no header row")])

    assert isinstance(error, cp.CopaperuError)
    assert isinstance(error, ValueError)
    assert (None, "x.csv: the file has no header row") == (error.line, str(error))


# Fuzz contract (STYLE.md §7): any text either reads or raises DataFileError.
TXT_LINES = st.sampled_from(
    [
        "= Llama League 2026/27",
        "Matchday 1",
        "[Sat Aug/1]",
        "  Sat Aug/1 2026",
        "  15.00  Llama FC  2-1 (1-0)  Alpaca FC",
        "  Llama FC  v Alpaca FC  3-4 pen. 0-0 a.e.t. (0-0)",
        "  Llama FC  -  Alpaca FC  [cancelled]",
        "  Llama FC  1-1  Alpaca FC  [awarded]",
        "  Llama FC  abd  Alpaca FC",
        "[Mon Feb/29]",
        "  Llama FC  1-0  Llama FC",
    ]
)
READERS = {
    "football-data": cpio.read_football_data,
    "openfootball-txt": cpio.read_openfootball_txt,
    "openfootball-json": cpio.read_openfootball_json,
    "csv": lambda source: cpio.read_csv(
        source, {"home": "HomeTeam", "away": "AwayTeam", "score": "FT", "date": "Date"}
    ),
}


@pytest.mark.parametrize("form", sorted(READERS))
@given(
    text=st.one_of(
        st.text(),
        st.lists(st.one_of(TXT_LINES, st.text(max_size=20)), max_size=8).map("\n".join),
        st.lists(
            st.text(max_size=8).map(lambda t: t.replace("\n", "")), max_size=6
        ).map(
            lambda cells: "Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FT\n" + ",".join(cells)
        ),
    )
)
def test_any_text_reads_or_is_refused_with_a_data_file_error(
    form: str, text: str
) -> None:
    """No reader fails with anything but DataFileError, whatever the text."""
    problems: tuple[tuple[int | None, str], ...] = ()
    refused = False
    matches = lines = 0
    try:
        season = READERS[form](io.StringIO(text))
        matches, lines = len(season.matches), len(season.lines)
    except DataFileError as exc:
        refused, problems = True, exc.problems

    assert matches == lines
    assert refused == bool(problems)
