r"""Results files in: football-data.co.uk CSV, openfootball's Football.TXT and JSON, any CSV.

Each reader reads a whole file into a :class:`Season`: the file's matches as
checked :class:`~copaperu.Match` values, its teams, the line each match came
from and its kick-off time. A file with bad rows is refused whole, with every
bad row listed by its line in one :class:`~copaperu.DataFileError`:
nothing is dropped without a word. A postponed, cancelled, abandoned or awarded
match becomes a match with the ruling its format marks
(:class:`~copaperu.NotPlayed`, :class:`~copaperu.Abandoned`,
:class:`~copaperu.Forfeit`), so the official table counts it as the format says.

>>> import io, copaperu as cp
>>> from copaperu.io import read_football_data
>>> season = read_football_data(io.StringIO(
...     "Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR\n"
...     "E0,11/08/2023,20:00,Burnley,Man City,0,3,A\n"
...     "E0,12/08/2023,12:30,Arsenal,Nott'm Forest,2,1,H\n"))
>>> print(season.matches[0])
Burnley 0-3 Man City
>>> season.kickoffs[0].isoformat()
'2023-08-11T20:00:00+01:00'
>>> season.standings(cp.rules.PREMIER_LEAGUE_2019).order[0]
'Man City'

A source is a path (a string is always a path) or an open text file, such as
``io.StringIO`` for text in memory. Team names are kept as the source
writes them, normalised to Unicode NFC; *aliases* maps a source's name to the
name you use, and *teams*, when given, lists every name a file may use (an
unknown one is refused with the closest known name).

>>> try:
...     read_football_data(io.StringIO(
...         "Div,Date,HomeTeam,AwayTeam,FTHG,FTAG\n"
...         "E0,11/08/2023,Burnley,Man City,0,x\n"
...         "E0,31/02/2023,Arsenal,,2,1\n"), name="E0.csv")
... except cp.DataFileError as exc:
...     print(exc)
E0.csv:2: FTAG: expected a number of goals (got 'x')
E0.csv:3: Date: expected a date like '11/08/2023' (got '31/02/2023')
E0.csv:3: AwayTeam: a team name is missing (got '')

Only the standard library is imported: no data-frame library is needed.
"""

from __future__ import annotations

import bisect
import csv
import datetime
import io
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, Final, TypeVar, final

import attrs

from ._competition import (
    Edition,
    Group,
    NamedTableRules,
    Phase,
    Reference,
    ReferenceKind,
    Schedule,
    Source,
    Stage,
    Team,
)
from ._official import MatchStatus, official_result
from ._public import publish
from ._rulings import Abandoned, Forfeit, NotPlayed, PointsDeduction, Ruling
from ._score import Score
from ._standings import Standings, standings
from ._tiebreak import TableRules
from ._validators import check_field_types, is_a, unsafe_character
from ._values import Match, TeamId
from .errors import DataFileError, InvalidValueError, UnknownNameError
from .rules import table_preset, table_preset_names

__all__ = [
    "Season",
    "read_csv",
    "read_football_data",
    "read_openfootball_json",
    "read_openfootball_txt",
    "season_edition",
]

# A file is read whole; beyond this size it is refused unread (a results file of
# a whole league's history is a few megabytes).
MAX_BYTES: Final = 64 * 1024 * 1024

FileSource = str | os.PathLike[str] | IO[str] | IO[bytes]
TimeZone = str | datetime.tzinfo | None
Problems = list[tuple[int | None, str]]


@final
@attrs.frozen(kw_only=True)
class Season:
    """The matches of a results file, with its teams and where each match came from.

    ``matches``, ``lines`` and ``kickoffs`` run in step: the *i*-th match was
    read from line ``lines[i]`` and kicked off at ``kickoffs[i]`` (a kick-off in a
    known time zone is also the match's own ``kickoff``).

    >>> import io
    >>> season = read_openfootball_json(io.StringIO(
    ...     '{"name": "Llama League", "matches": [{"round": "Matchday 1",'
    ...     ' "date": "2026-08-01", "team1": "Llama FC", "team2": "Alpaca FC",'
    ...     ' "score": {"ft": [2, 1]}}]}'), name="llama.json")
    >>> season.teams, season.lines
    (('Llama FC', 'Alpaca FC'), (1,))
    >>> print(season)
    Llama League: 1 match, 2 teams (llama.json, openfootball-json)
    """

    name: str = ""
    """The competition and season as the file names them, or ``""``."""
    source: str = ""
    """The file the matches were read from (its name, or ``"<string>"``)."""
    format: str = ""
    """The format read, one of ``"football-data"``, ``"openfootball-txt"``,
    ``"openfootball-json"`` and ``"csv"``."""
    teams: tuple[TeamId, ...] = ()
    """The teams, those given to the reader or else in order of first appearance."""
    matches: tuple[Match, ...] = ()
    """The matches, in the file's order."""
    lines: tuple[int, ...] = ()
    """The line each match starts on in the file, from 1."""
    kickoffs: tuple[datetime.datetime | None, ...] = ()
    """Each match's kick-off, aware when the time zone is known, naive when the file
    gives a local time in no stated zone, ``None`` when it gives no time."""

    def __attrs_post_init__(self) -> None:
        """Check the fields run in step and every match's teams are the season's."""
        check_field_types(self, "season")
        if not len(self.matches) == len(self.lines) == len(self.kickoffs):
            msg = (
                "season: matches, lines and kickoffs must run in step (got "
                f"{len(self.matches)}, {len(self.lines)} and {len(self.kickoffs)})"
            )
            raise InvalidValueError(msg)
        if len(set(self.teams)) != len(self.teams):
            msg = f"season: teams must be different (got {list(self.teams)!r})"
            raise InvalidValueError(msg)
        known = set(self.teams)
        for match in self.matches:
            for team in match.teams:
                if team not in known:
                    raise UnknownNameError(
                        "team", team, known, where=f"season: match {str(match)!r}"
                    )

    def standings(
        self,
        rules: TableRules,
        *,
        advance: int | Iterable[int] = 0,
        adjustments: Iterable[PointsDeduction] = (),
        apply_rulings: bool = True,
    ) -> Standings:
        r"""The table of the season's matches by *rules*: :func:`copaperu.standings`.

        >>> import io, copaperu as cp
        >>> season = read_openfootball_txt(io.StringIO(
        ...     "= Llama League 2026\n[Sat Aug/1]\n"
        ...     "  Llama FC  2-1  Alpaca FC\n  Vicuña FC  0-0  Llama FC\n"))
        >>> table = season.standings(cp.rules.CLASSIC)
        >>> table.order
        ('Llama FC', 'Vicuña FC', 'Alpaca FC')
        """
        return standings(
            self.teams,
            self.matches,
            rules,
            advance=advance,
            adjustments=adjustments,
            apply_rulings=apply_rulings,
        )

    def __str__(self) -> str:
        """The season in words: its name, how many matches and teams, its file."""
        count = len(self.matches)
        what = f"{count} match" if count == 1 else f"{count} matches"
        name = self.name or "season"
        return f"{name}: {what}, {len(self.teams)} teams ({self.source}, {self.format})"


# --- reading text ------------------------------------------------------------


def _read(source: FileSource, name: str | None, encoding: str) -> tuple[str, str]:
    """The text of *source* and the name messages give it."""
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        shown = name or path.name or str(path)
        if "\0" in str(path):
            raise DataFileError(shown, [(None, "a path cannot hold a NUL character")])
        try:
            if not path.is_file():
                what = "does not exist" if not path.exists() else "is not a file"
                raise DataFileError(shown, [(None, f"the path {what}")])
            if path.stat().st_size > MAX_BYTES:
                raise DataFileError(
                    shown, [(None, f"the file is larger than {MAX_BYTES} bytes")]
                )
            data = path.read_bytes()
        except OSError as exc:
            problem = f"the file cannot be read ({exc.strerror or exc})"
            raise DataFileError(shown, [(None, problem)]) from exc
        return _decode(data, shown, encoding), shown
    read = getattr(source, "read", None)
    if not callable(read):
        msg = f"expected a path or an open text file (got {source!r})"
        raise InvalidValueError(msg)
    given = getattr(source, "name", None)
    shown = name or (Path(given).name if isinstance(given, str) else "<string>")
    try:
        text = read()
    except OSError as exc:
        problem = f"the file cannot be read ({exc.strerror or exc})"
        raise DataFileError(shown, [(None, problem)]) from exc
    if isinstance(text, bytes):
        return _decode(text, shown, encoding), shown
    if not isinstance(text, str):
        msg = f"{shown}: reading gave {type(text).__name__}, not text"
        raise InvalidValueError(msg)
    return text.removeprefix("\ufeff"), shown


def _decode(data: bytes, shown: str, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problem = (
            f"the file is not {encoding} text (byte {exc.start}); "
            "give the reader its encoding, such as encoding='latin-1'"
        )
        raise DataFileError(shown, [(line, problem)]) from exc
    except LookupError as exc:
        msg = f"unknown text encoding {encoding!r}"
        raise InvalidValueError(msg) from exc


def _zone(timezone: TimeZone) -> datetime.tzinfo | None:
    """The time zone *timezone* names (an IANA name such as ``"Europe/London"``)."""
    if timezone is None or isinstance(timezone, datetime.tzinfo):
        return timezone
    if not is_a(timezone, str):
        msg = f"timezone: expected a time zone name or a tzinfo (got {timezone!r})"
        raise InvalidValueError(msg)
    import zoneinfo

    try:
        return zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        msg = (
            f"timezone: unknown time zone {timezone!r} (an IANA name such as "
            "'Europe/London'; where the system has none, install tzdata)"
        )
        raise InvalidValueError(msg) from exc


def _kickoff(
    date: datetime.date | None, time: datetime.time | None, zone: datetime.tzinfo | None
) -> datetime.datetime | None:
    if date is None or time is None:
        return None
    return datetime.datetime.combine(date, time, tzinfo=zone)


# --- team names ----------------------------------------------------------------


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())


class _Names:
    """Team names as a reader resolves them: NFC, through aliases, against teams."""

    def __init__(
        self, teams: Iterable[str] | None, aliases: Mapping[str, str] | None
    ) -> None:
        self.aliases: dict[str, str] = {}
        if aliases is not None and not is_a(aliases, Mapping):
            msg = f"aliases: expected a mapping of source name to team name (got {aliases!r})"
            raise InvalidValueError(msg)
        for key, value in (aliases or {}).items():
            if not (is_a(key, str) and is_a(value, str) and value.strip()):
                msg = f"aliases: expected team names, name to name (got {key!r}: {value!r})"
                raise InvalidValueError(msg)
            self.aliases[_nfc(key)] = _nfc(value)
        self.given: tuple[str, ...] | None = None
        if teams is not None:
            if is_a(teams, str) or not is_a(teams, Iterable):
                msg = f"teams: expected team names (got {teams!r})"
                raise InvalidValueError(msg)
            listed = []
            for team in teams:
                if not (is_a(team, str) and team.strip()):
                    msg = f"teams: expected team names (got {team!r})"
                    raise InvalidValueError(msg)
                if _nfc(team) not in listed:
                    listed.append(_nfc(team))
            self.given = tuple(listed)
        self.seen: dict[str, None] = {}

    def resolve(
        self, raw: str, field: str, problems: Problems, line: int
    ) -> str | None:
        """The team *raw* names, or ``None`` with a problem recorded."""
        text = _nfc(raw)
        if not text:
            problems.append((line, f"{field}: a team name is missing (got {raw!r})"))
            return None
        bad = unsafe_character(text)
        if bad:
            problems.append(
                (line, f"{field}: a name cannot hold a control character ({bad})")
            )
            return None
        team = self.aliases.get(text, text)
        if self.given is not None and team not in self.given:
            known = set(self.given) | set(self.aliases)
            problems.append((line, f"{field}: {UnknownNameError('team', text, known)}"))
            return None
        self.seen.setdefault(team)
        return team

    def teams(self) -> tuple[str, ...]:
        return self.given if self.given is not None else tuple(self.seen)


# --- building seasons ------------------------------------------------------------

_Record = tuple[int, Match, datetime.datetime | None]


def _match(problems: Problems, line: int, **fields: Any) -> Match | None:
    """A checked match, or ``None`` with the reason recorded for *line*."""
    try:
        return Match(**fields)
    except InvalidValueError as exc:
        problems.append((line, str(exc)))
        return None


def _season(
    shown: str,
    format_: str,
    name: str,
    names: _Names,
    records: list[_Record],
    problems: Problems,
) -> Season:
    if problems:
        raise DataFileError(shown, sorted(problems, key=_problem_order))
    return Season(
        name=name,
        source=shown,
        format=format_,
        teams=names.teams(),
        matches=tuple(_kicked_off(match, kickoff) for _, match, kickoff in records),
        lines=tuple(line for line, _, _ in records),
        kickoffs=tuple(kickoff for _, _, kickoff in records),
    )


def _kicked_off(match: Match, kickoff: datetime.datetime | None) -> Match:
    """*match* with its kick-off, when the file gives one in a known time zone."""
    if kickoff is None or kickoff.utcoffset() is None:
        return match
    return attrs.evolve(match, kickoff=kickoff)


def _problem_order(problem: tuple[int | None, str]) -> int:
    return -1 if problem[0] is None else problem[0]


def _result_rulings(
    status: str,
    score: Score | None,
    home: str,
    away: str,
    note: str,
) -> tuple[Score | None, tuple[Ruling, ...], str]:
    """The on-field score and rulings a status word gives, or a problem.

    ``cancelled`` and ``postponed``: not played (no score allowed); ``abandoned``:
    abandoned, its result void, any score kept as the score when play stopped;
    ``awarded``: the score is the one awarded, to the team it favours. *note* is
    the source's words, kept as the ruling's reason unless they are only the
    status word (``not played (cancelled)``, but ``abandoned, void``).
    """
    word = status.strip().lower()
    reason = "" if note.strip().lower() == word else note.strip()
    if word in {"", "played"}:
        return score, (), ""
    if word in {"cancelled", "canceled", "postponed", "not played"}:
        if score is not None:
            return None, (), f"a match {word} cannot have a score (got {score})"
        kept = note.strip() if word != "not played" else reason
        return None, (NotPlayed(reason=kept),), ""
    if word == "abandoned":
        return score, (Abandoned(reason=reason),), ""
    if word == "awarded":
        if score is None:
            return None, (), "an awarded match needs the score awarded (got none)"
        if score.is_draw:
            return None, (), f"an awarded score cannot be a draw (got {score})"
        winner = home if score.home > score.away else away
        return None, (Forfeit(awarded_to=winner, score=score, reason=reason),), ""
    known = "abandoned, awarded, cancelled, postponed"
    return None, (), f"unknown status {status!r} (known: {known})"


# --- CSV -----------------------------------------------------------------------


def _csv_rows(text: str, delimiter: str, shown: str) -> Iterator[tuple[int, list[str]]]:
    """Each record of *text* with the line it starts on; blank records skipped.

    Raises:
        DataFileError: the text is not CSV (a NUL character, a field too large).
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise DataFileError(shown, [(start, f"not valid CSV: {exc}")]) from exc
        if any(cell.strip() for cell in row):
            yield start, row
        start = reader.line_num + 1


_GOALS = re.compile(r"^\s*(\d{1,6})(?:\.0*)?\s*$")


def _goals(text: str, field: str, problems: Problems, line: int) -> int | None:
    found = _GOALS.match(text)
    if found is None:
        problems.append((line, f"{field}: expected a number of goals (got {text!r})"))
        return None
    return int(found.group(1))


def _score_of(
    home: str | None,
    away: str | None,
    fields: tuple[str, str],
    problems: Problems,
    line: int,
) -> Score | None:
    """The score of two goal cells: ``None`` when both are empty, or bad."""
    if not (home or "").strip() and not (away or "").strip():
        return None
    hg = _goals(home or "", fields[0], problems, line)
    ag = _goals(away or "", fields[1], problems, line)
    if hg is None or ag is None:
        return None
    return Score(hg, ag)


class _Columns:
    """Where each field is in a CSV file's header."""

    def __init__(self, header: list[str], line: int) -> None:
        self.header = [cell.strip().removeprefix("\ufeff") for cell in header]
        self.line = line
        self.index = {name: i for i, name in reversed(list(enumerate(self.header)))}

    def find(self, *names: str) -> int | None:
        for name in names:
            if name in self.index:
                return self.index[name]
        return None

    def missing(self, name: str) -> tuple[int | None, str]:
        close = UnknownNameError("column", name, [h for h in self.header if h])
        return (self.line, f"{close} (the header names {len(self.header)} columns)")


def _cell(row: list[str], index: int | None) -> str | None:
    if index is None:
        return None
    return row[index].strip() if index < len(row) else ""


def _parse_date(text: str, formats: Sequence[str]) -> datetime.date | None:
    for fmt in formats:
        try:
            return datetime.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


_Parsed = TypeVar("_Parsed", datetime.date, datetime.time)


def _formatted(
    text: str | None,
    formats: Sequence[str],
    parse: Callable[[str, Sequence[str]], _Parsed | None],
    column: str,
    what: str,
    at: tuple[int, Problems],
) -> _Parsed | None:
    """*text* of *column* read by *parse* in one of *formats*, or ``None``.

    ``None`` for an empty cell, and for one no format fits: a problem at the line.
    """
    if not text:
        return None
    value = parse(text, formats)
    if value is None:
        line, problems = at
        shown = " or ".join(repr(f) for f in formats)
        problems.append((line, f"{column}: expected {what} as {shown} (got {text!r})"))
    return value


def _parse_time(text: str, formats: Sequence[str]) -> datetime.time | None:
    for fmt in formats:
        try:
            return datetime.datetime.strptime(text, fmt).time()
        except ValueError:
            continue
    return None


_FOOTBALL_DATA_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")


def _football_data_date(text: str) -> datetime.date | None:
    found = _FOOTBALL_DATA_DATE.match(text)
    if found is None:
        return None
    day, month, year = (int(part) for part in found.groups())
    if len(found.group(3)) == 2:
        year += 1900 if year >= 69 else 2000  # as %y reads it: 69-99, then 00-68
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def read_football_data(
    source: FileSource,
    *,
    teams: Iterable[TeamId] | None = None,
    aliases: Mapping[str, TeamId] | None = None,
    timezone: TimeZone = "Europe/London",
    name: str | None = None,
    encoding: str = "utf-8-sig",
) -> Season:
    r"""Read a football-data.co.uk results file (``E0.csv`` and its kind).

    The columns read are ``Date`` (``dd/mm/yy`` or ``dd/mm/yyyy``), ``Time``
    (optional: UK local time, so *timezone* is ``"Europe/London"``),
    ``HomeTeam`` and ``AwayTeam`` (or ``Home``/``HT`` and ``Away``/``AT``),
    ``FTHG`` and ``FTAG`` (or ``HG``/``AG``), and ``FTR`` (or ``Res``) when
    present, which must agree with the goals. ``Div`` names the season when every
    row has the same. Other columns (half-time, statistics, odds) are not read.
    A row whose goals are both empty is a match without a score. The format
    marks no ruling: a match awarded or abandoned appears as its score; add the
    ruling yourself (:func:`attrs.evolve`).

    Args:
        source: A path, or an open text file.
        teams: Every team the file may name; an unknown name is a problem.
        aliases: Source name to team name.
        timezone: The zone of the ``Time`` column (``None``: naive kick-offs).
        name: The file's name in messages (default: the path's last part).
        encoding: The file's text encoding (older files may be ``"latin-1"``).

    Returns:
        The season, its matches in the file's order.

    Raises:
        DataFileError: a column is missing or rows are bad; every problem is listed.

    >>> import io
    >>> season = read_football_data(io.StringIO(
    ...     "Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR\n"
    ...     "SP1,11/08/23,Almería,Rayo Vallecano,0,2,A\n"),
    ...     aliases={"Almería": "UD Almería"})
    >>> season.name, season.teams
    ('SP1', ('UD Almería', 'Rayo Vallecano'))
    """
    text, shown = _read(source, name, encoding)
    zone = _zone(timezone)
    names = _Names(teams, aliases)
    problems: Problems = []
    records: list[_Record] = []
    rows = _csv_rows(text, ",", shown)
    first = next(rows, None)
    if first is None:
        raise DataFileError(shown, [(None, "the file has no header row")])
    columns = _Columns(first[1], first[0])
    where = {
        "Date": columns.find("Date"),
        "HomeTeam": columns.find("HomeTeam", "Home", "HT"),
        "AwayTeam": columns.find("AwayTeam", "Away", "AT"),
        "FTHG": columns.find("FTHG", "HG"),
        "FTAG": columns.find("FTAG", "AG"),
    }
    missing = [columns.missing(key) for key, index in where.items() if index is None]
    if missing:
        raise DataFileError(shown, missing)
    result = columns.find("FTR", "Res")
    time_at = columns.find("Time")
    divisions: set[str] = set()
    division_at = columns.find("Div")
    for line, row in rows:
        before = len(problems)
        division = _cell(row, division_at)
        if division is not None:
            divisions.add(division)
        date_text = _cell(row, where["Date"]) or ""
        date = _football_data_date(date_text)
        if date is None:
            problems.append(
                (line, f"Date: expected a date like '11/08/2023' (got {date_text!r})")
            )
        kick = None
        time_text = _cell(row, time_at)
        if time_text:
            kick = _parse_time(time_text, ("%H:%M", "%H:%M:%S"))
            if kick is None:
                problems.append(
                    (line, f"Time: expected a time like '20:00' (got {time_text!r})")
                )
        home = names.resolve(
            _cell(row, where["HomeTeam"]) or "", "HomeTeam", problems, line
        )
        away = names.resolve(
            _cell(row, where["AwayTeam"]) or "", "AwayTeam", problems, line
        )
        score = _score_of(
            _cell(row, where["FTHG"]),
            _cell(row, where["FTAG"]),
            ("FTHG", "FTAG"),
            problems,
            line,
        )
        outcome = _cell(row, result)
        if score is not None and outcome:
            expected = (
                "H"
                if score.home > score.away
                else "A"
                if score.away > score.home
                else "D"
            )
            if outcome != expected:
                problems.append(
                    (
                        line,
                        f"FTR: the result {outcome!r} does not agree with the score {score} (expected {expected!r})",
                    )
                )
        if len(problems) > before or home is None or away is None:
            continue
        match = _match(problems, line, home=home, away=away, score=score, date=date)
        if match is not None:
            records.append((line, match, _kickoff(date, kick, zone)))
    season_name = divisions.pop() if len(divisions) == 1 else ""
    return _season(shown, "football-data", season_name, names, records, problems)


_FIELDS: Final = (
    "home",
    "away",
    "home_goals",
    "away_goals",
    "score",
    "date",
    "time",
    "round",
    "status",
)


def read_csv(
    source: FileSource,
    columns: Mapping[str, str],
    *,
    date_format: str | Sequence[str] = "%Y-%m-%d",
    time_format: str | Sequence[str] = "%H:%M",
    timezone: TimeZone = None,
    teams: Iterable[TeamId] | None = None,
    aliases: Mapping[str, TeamId] | None = None,
    delimiter: str = ",",
    name: str | None = None,
    encoding: str = "utf-8-sig",
) -> Season:
    r"""Read any CSV file of results, its columns named by *columns*.

    *columns* maps each field to the header of its column: ``home`` and ``away``
    (required); the goals as ``home_goals`` and ``away_goals``, or a ``score``
    written like ``"2-1"``; and, optionally, ``date`` (read with *date_format*,
    one format or several tried in turn), ``time`` (*time_format*), ``round``
    (the match's label) and ``status``. A ``status`` of ``cancelled`` or
    ``postponed`` makes a match not played, ``abandoned`` an abandoned match
    whose result is void, ``awarded`` a match awarded with its score; empty or
    ``played``, a match as played. Empty goals (or score) make a match without a
    score. Goals written as ``2.0``, as data-frame libraries write them, are read
    as 2.

    Raises:
        UnknownNameError: *columns* names a field that does not exist.
        DataFileError: a column is missing or rows are bad; every problem is listed.

    >>> import io
    >>> season = read_csv(io.StringIO(
    ...     "Round,Date,Team 1,FT,Team 2\n"
    ...     "1,Sat Aug 15 2009,Chelsea FC,2-1,Hull City AFC\n"),
    ...     {"round": "Round", "date": "Date", "home": "Team 1",
    ...      "score": "FT", "away": "Team 2"}, date_format="%a %b %d %Y")
    >>> print(season.matches[0], season.matches[0].date)
    Chelsea FC 2-1 Hull City AFC 2009-08-15
    """
    if not is_a(columns, Mapping):
        msg = f"read_csv: columns must map fields to column names (got {columns!r})"
        raise InvalidValueError(msg)
    for field, column in columns.items():
        if field not in _FIELDS:
            raise UnknownNameError("CSV field", str(field), _FIELDS)
        if not (is_a(column, str) and column.strip()):
            msg = f"read_csv: columns[{field!r}] must be a column name (got {column!r})"
            raise InvalidValueError(msg)
    for required in ("home", "away"):
        if required not in columns:
            msg = f"read_csv: columns must name the {required!r} column"
            raise InvalidValueError(msg)
    if ("home_goals" in columns) != ("away_goals" in columns):
        msg = (
            "read_csv: columns must name both 'home_goals' and 'away_goals', or neither"
        )
        raise InvalidValueError(msg)
    if "score" in columns and "home_goals" in columns:
        msg = "read_csv: columns name the goals twice: give 'score' or the two goal columns"
        raise InvalidValueError(msg)
    if not (is_a(delimiter, str) and len(delimiter) == 1):
        msg = f"read_csv: delimiter must be one character (got {delimiter!r})"
        raise InvalidValueError(msg)
    dates = (date_format,) if isinstance(date_format, str) else tuple(date_format)
    times = (time_format,) if isinstance(time_format, str) else tuple(time_format)
    text, shown = _read(source, name, encoding)
    zone = _zone(timezone)
    names = _Names(teams, aliases)
    problems: Problems = []
    records: list[_Record] = []
    rows = _csv_rows(text, delimiter, shown)
    first = next(rows, None)
    if first is None:
        raise DataFileError(shown, [(None, "the file has no header row")])
    header = _Columns(first[1], first[0])
    where = {field: header.find(columns[field]) for field in columns}
    missing = [
        header.missing(columns[f]) for f, index in where.items() if index is None
    ]
    if missing:
        raise DataFileError(shown, missing)
    for line, row in rows:
        before = len(problems)
        home = names.resolve(
            _cell(row, where["home"]) or "", columns["home"], problems, line
        )
        away = names.resolve(
            _cell(row, where["away"]) or "", columns["away"], problems, line
        )
        score: Score | None = None
        if "score" in columns:
            score_text = _cell(row, where["score"]) or ""
            if score_text:
                try:
                    score = Score.parse(score_text)
                except InvalidValueError:
                    problems.append(
                        (
                            line,
                            f"{columns['score']}: expected a score like '2-1' (got {score_text!r})",
                        )
                    )
        elif "home_goals" in columns:
            score = _score_of(
                _cell(row, where["home_goals"]),
                _cell(row, where["away_goals"]),
                (columns["home_goals"], columns["away_goals"]),
                problems,
                line,
            )
        date = _formatted(
            _cell(row, where.get("date")),
            dates,
            _parse_date,
            columns.get("date", ""),
            "a date",
            (line, problems),
        )
        kick = _formatted(
            _cell(row, where.get("time")),
            times,
            _parse_time,
            columns.get("time", ""),
            "a time",
            (line, problems),
        )
        label = _cell(row, where.get("round")) or ""
        status = _cell(row, where.get("status")) or ""
        if len(problems) > before or home is None or away is None:
            continue
        on_field, rulings, problem = _result_rulings(status, score, home, away, status)
        if problem:
            problems.append((line, f"{columns.get('status', 'status')}: {problem}"))
            continue
        match = _match(
            problems,
            line,
            home=home,
            away=away,
            score=on_field,
            date=date,
            label=label,
            rulings=rulings,
        )
        if match is not None:
            records.append((line, match, _kickoff(date, kick, zone)))
    return _season(shown, "csv", "", names, records, problems)


# --- openfootball JSON -----------------------------------------------------------

_JSON_KEYS: Final = frozenset(
    {
        "round",
        "stage",
        "group",
        "num",
        "ground",
        "date",
        "time",
        "team1",
        "team2",
        "score",
        "status",
        "goals1",
        "goals2",
    }
)
_SCORE_KEYS: Final = frozenset({"ft", "ht", "et", "p"})
_WHITESPACE = re.compile(r"[ \t\n\r]*")


def _json_starts(text: str) -> list[int]:
    """Where each element of the top-level ``matches`` array starts in *text*.

    *text* is known to be valid JSON whose top level is an object: it is walked
    with the decoder's own scanner, one value at a time.
    """
    decoder = json.JSONDecoder()

    def skip(at: int) -> int:
        found = _WHITESPACE.match(text, at)
        return found.end() if found else at

    starts: list[int] = []
    at = skip(0) + 1  # past "{"
    while True:
        at = skip(at)
        if text[at] == "}":
            return starts
        if text[at] == ",":
            at = skip(at + 1)
        key, at = decoder.raw_decode(text, at)
        at = skip(skip(at) + 1)  # past ":"
        if key == "matches" and text[at] == "[":
            starts = []
            at = skip(at + 1)
            while text[at] != "]":
                starts.append(at)
                _, at = decoder.raw_decode(text, at)
                at = skip(at)
                if text[at] == ",":
                    at = skip(at + 1)
            at += 1
        else:
            _, at = decoder.raw_decode(text, at)


def _pair(value: object, where: str, problems: Problems, line: int) -> Score | None:
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(type(goals) is int and goals >= 0 for goals in value)
    ):
        return Score(value[0], value[1])
    problems.append(
        (line, f"{where}: expected two numbers of goals (got {json.dumps(value)})")
    )
    return None


def read_openfootball_json(
    source: FileSource,
    *,
    teams: Iterable[TeamId] | None = None,
    aliases: Mapping[str, TeamId] | None = None,
    timezone: TimeZone = None,
    name: str | None = None,
    encoding: str = "utf-8-sig",
) -> Season:
    """Read an openfootball football.json file (``2023-24/en.1.json`` and its kind).

    The file is an object with a ``name`` and a list of ``matches``, each with
    ``date`` (``YYYY-MM-DD``), ``time`` (``HH:MM``, local time in a zone the file
    does not state: give *timezone* to make kick-offs aware), ``team1`` (home),
    ``team2``, ``round`` (the label) and ``score``: ``ft`` (after 90 minutes),
    ``et`` (after extra time) and ``p`` (the shoot-out) as ``[home, away]``; the
    half-time ``ht`` is checked, not kept. A ``status`` of ``cancelled`` or
    ``postponed`` makes a match not played; ``abandoned``, an abandoned match
    whose result is void (a score given is the score when play stopped);
    ``awarded``, a match awarded with its ``ft`` score. A match without a score
    is a fixture whose result is not known. Each match's line is the line its
    object starts on.

    Raises:
        DataFileError: the file is not such JSON, or matches are bad; every
            problem is listed.

    >>> import io
    >>> season = read_openfootball_json(io.StringIO('''{"name": "Llama League",
    ...   "matches": [
    ...     {"date": "2026-08-01", "team1": "Llama FC", "team2": "Alpaca FC",
    ...      "score": {"ft": [0, 3]}, "status": "awarded"}]}'''))
    >>> print(season.matches[0].rulings[0])
    awarded to Alpaca FC 0-3
    """
    text, shown = _read(source, name, encoding)
    zone = _zone(timezone)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataFileError(
            shown, [(exc.lineno, f"not valid JSON: {exc.msg}")]
        ) from exc
    except RecursionError as exc:
        raise DataFileError(shown, [(None, "the JSON is nested too deeply")]) from exc
    if not isinstance(data, dict) or not isinstance(data.get("matches"), list):
        shape = type(data).__name__ if not isinstance(data, dict) else "object"
        problem = f"expected an object with a list of 'matches' (got a JSON {shape} without one)"
        raise DataFileError(shown, [(1, problem)])
    title = data.get("name", "")
    if not isinstance(title, str):
        raise DataFileError(
            shown, [(1, f"name: expected text (got {json.dumps(title)})")]
        )
    breaks = [i for i, char in enumerate(text) if char == "\n"]
    starts = _json_starts(text)
    names = _Names(teams, aliases)
    problems: Problems = []
    records: list[_Record] = []
    for index, item in enumerate(data["matches"]):
        line = bisect.bisect_left(breaks, starts[index]) + 1
        record = _json_match(item, line, names, zone, problems)
        if record is not None:
            records.append(record)
    return _season(shown, "openfootball-json", title.strip(), names, records, problems)


def _json_match(
    item: object,
    line: int,
    names: _Names,
    zone: datetime.tzinfo | None,
    problems: Problems,
) -> _Record | None:
    if not isinstance(item, dict):
        problems.append(
            (line, f"expected a match object (got {json.dumps(item)[:40]})")
        )
        return None
    before = len(problems)
    unknown = sorted(set(item) - _JSON_KEYS)
    if unknown:
        problems.append(
            (line, f"unknown keys {unknown!r} (known: {', '.join(sorted(_JSON_KEYS))})")
        )
    texts = {}
    for key in ("round", "stage", "group", "date", "time", "team1", "team2", "status"):
        value = item.get(key, "")
        if not isinstance(value, str):
            problems.append((line, f"{key}: expected text (got {json.dumps(value)})"))
            value = ""
        texts[key] = value
    home = names.resolve(texts["team1"], "team1", problems, line)
    away = names.resolve(texts["team2"], "team2", problems, line)
    date = None
    if texts["date"]:
        try:
            date = datetime.date.fromisoformat(texts["date"])
        except ValueError:
            problems.append(
                (
                    line,
                    f"date: expected a date like '2023-08-11' (got {texts['date']!r})",
                )
            )
    kick = None
    if texts["time"]:
        kick = _parse_time(texts["time"], ("%H:%M",))
        if kick is None:
            problems.append(
                (line, f"time: expected a time like '20:00' (got {texts['time']!r})")
            )
    scores: dict[str, Score | None] = dict.fromkeys(_SCORE_KEYS)
    given = item.get("score", {})
    if not isinstance(given, dict):
        problems.append((line, f"score: expected an object (got {json.dumps(given)})"))
        given = {}
    for key, value in given.items():
        if key not in _SCORE_KEYS:
            problems.append(
                (line, f"score: unknown key {key!r} (known: et, ft, ht, p)")
            )
            continue
        scores[key] = _pair(value, f"score.{key}", problems, line)
    if len(problems) > before or home is None or away is None:
        return None
    label = ", ".join(
        part for part in (texts["stage"], texts["group"], texts["round"]) if part
    )
    on_field, rulings, problem = _result_rulings(
        texts["status"], scores["ft"], home, away, texts["status"]
    )
    if problem:
        problems.append((line, f"status: {problem}"))
        return None
    extra = scores["et"] if on_field is not None else None
    shootout = scores["p"] if on_field is not None else None
    if on_field is None and (scores["et"] or scores["p"]):
        problems.append(
            (line, "score: extra time or a shoot-out without a full-time score")
        )
        return None
    match = _match(
        problems,
        line,
        home=home,
        away=away,
        score=on_field,
        extra_time=extra,
        penalties=shootout,
        date=date,
        label=label,
        rulings=rulings,
    )
    if match is None:
        return None
    return line, match, _kickoff(date, kick, zone)


# --- openfootball Football.TXT -----------------------------------------------------

_MONTHS: Final = {
    name: number
    for number, name in enumerate(
        (
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "May",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Oct",
            "Nov",
            "Dec",
        ),
        start=1,
    )
}
_WEEKDAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_TXT_DATE = re.compile(
    r"^\s*\[?\s*(?P<weekday>Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+"
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[/ ]"
    r"(?P<day>\d{1,2})(?:\s+(?P<year>\d{4}))?\s*\]?\s*$"
)
_S = r"\d{1,3}-\d{1,3}"
_TXT_TIME = r"(?:(?P<time>\d{1,2}[.:]\d{2})\s+)?"
_TXT_NOTE = r"(?:\s*\[(?P<note>[^\]]*)\])?"
_TXT_RESULT = (
    rf"(?:(?P<pen>{_S})\s+pen\.\s+(?:(?P<aet>{_S})\s+a\.e\.t\.\s+)?"
    rf"|(?P<aet_only>{_S})\s+a\.e\.t\.\s+)\((?P<ft_in>{_S})(?:,\s*(?P<ht_in>{_S}))?\)"
    rf"|(?P<ft>{_S})(?:\s+\((?P<ht>{_S})\))?"
)
# "Arsenal FC  v Burnley FC  2-1 (1-0)": the score after the teams.
_TXT_V = re.compile(
    rf"^{_TXT_TIME}(?P<home>\S.*?)\s+v\s+(?P<away>\S.*?)"
    rf"(?:\s+(?P<result>{_TXT_RESULT}))?{_TXT_NOTE}\s*$"
)
# "Arsenal FC  2-1 (1-0)  Burnley FC": the score between the teams.
_TXT_BETWEEN = re.compile(
    rf"^{_TXT_TIME}(?P<home>\S.*?)\s+"
    rf"(?:(?P<ft>{_S})(?:\s+\((?P<ht>{_S})\))?|(?P<token>-|abd|n/p))"
    rf"\s+(?P<away>\S.*?){_TXT_NOTE}\s*$"
)
_COMMENT = re.compile(r"(?:^|\s)#.*$")
_SEASON_YEARS = re.compile(r"(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?")
_NOTE_WORDS: Final = {
    "abandoned": "abandoned",
    "awarded": "awarded",
    "cancelled": "cancelled",
    "canceled": "cancelled",
    "postponed": "postponed",
    "replay": "",
}


class _Dates:
    """The dates of a Football.TXT file, whose date lines may leave out the year."""

    def __init__(self, year: int | None) -> None:
        self.year = year
        self.split_season = False
        self.last: datetime.date | None = None

    def from_title(self, title: str) -> None:
        if self.year is not None:
            return
        found = _SEASON_YEARS.findall(title)
        if found:
            start, end = found[-1]
            self.year = int(start)
            self.split_season = bool(end)

    def read(self, found: re.Match[str]) -> tuple[datetime.date | None, str]:
        """The date of a date line, or a problem."""
        month, day = _MONTHS[found["month"]], int(found["day"])
        weekday = _WEEKDAYS.index(found["weekday"])
        shown = found.group(0).strip()
        if found["year"]:
            candidates = [int(found["year"])]
        elif self.last is not None:
            year = self.last.year
            candidates = [year, year + 1, year - 1]
        elif self.year is not None:
            year = self.year
            if self.split_season and month < 7:
                year += 1
            candidates = [year, year + 1, year - 1]
        else:
            return None, (
                f"cannot tell the year of {shown!r}: neither the date nor the title "
                "gives one (pass year=)"
            )
        dates = []
        for year in candidates:
            try:
                dates.append(datetime.date(year, month, day))
            except ValueError:
                continue
        fitting = [d for d in dates if d.weekday() == weekday]
        if not fitting:
            if not dates:
                return None, f"no such date (got {shown!r})"
            actual = _WEEKDAYS[dates[0].weekday()]
            return None, (
                f"{dates[0].isoformat()} is a {actual}, not a {found['weekday']} "
                f"(got {shown!r})"
            )
        chosen = fitting[0]
        if self.last is not None:
            near = self.last
            chosen = min(fitting, key=lambda d: abs((d - near).days))
        self.last = chosen
        return chosen, ""


def read_openfootball_txt(
    source: FileSource,
    *,
    teams: Iterable[TeamId] | None = None,
    aliases: Mapping[str, TeamId] | None = None,
    timezone: TimeZone = None,
    year: int | None = None,
    name: str | None = None,
    encoding: str = "utf-8-sig",
) -> Season:
    """Read an openfootball Football.TXT file (``2023-24/1-premierleague.txt`` and its kind).

    What is read, line by line:

    * ``= English Premier League 2023/24``: the title, the season's name, and
      the year of dates that give none (the first year of a split season for
      July to December, the second for January to June).
    * ``Matchday 1``, ``» Round 3``, ``▪ Final``: a heading, the label of the
      matches below it.
    * ``[Fri Aug/11]``, ``Fri Aug/15 2025``: a date, its year given or inferred
      (the weekday must agree).
    * a match, its kick-off time first if any (``20.00``, local time in a zone
      the file does not state: give *timezone* to make kick-offs aware); the
      score between the teams, ``Burnley FC  0-3 (0-2)  Manchester City FC``, or
      after them, ``Liverpool FC  v AFC Bournemouth  4-2 (1-0)``, where it may
      be ``2-1 a.e.t. (1-1, 0-0)`` or ``4-2 pen. 2-1 a.e.t. (2-1, 2-0)``; a
      fixture without a score, ``A  v B`` or ``A  -  B``.
    * a note after the match: ``[cancelled]`` and ``[postponed]`` make it not
      played; ``[abandoned ...]`` (or ``abd`` for the score) abandoned, its
      result void; ``[awarded]`` awarded with the score given, to the team it
      favours; ``[replay]`` changes nothing; ``n/p`` for the score, not played.
    * ``#`` starts a comment; blank lines are skipped.

    Any other line that is indented is a problem, not skipped: the reader knows
    the part of Football.TXT that league files use (no goal scorers, grounds or
    group tables).

    Raises:
        DataFileError: lines could not be read; every problem is listed.

    >>> import io
    >>> season = read_openfootball_txt(io.StringIO('''= Llama League 2026/27
    ... Matchday 1
    ... [Sat Aug/1]
    ...   15.00  Llama FC   2-1 (1-0)  Alpaca FC
    ...          Vicuña FC  -  Guanaco FC  [postponed]
    ... '''))
    >>> [str(m) for m in season.matches]
    ['Llama FC 2-1 Alpaca FC', 'Vicuña FC v Guanaco FC']
    >>> season.matches[1].rulings
    (NotPlayed(reason='postponed', body='', decided=None, source=''),)
    >>> season.kickoffs[0]
    datetime.datetime(2026, 8, 1, 15, 0)
    """
    if year is not None and not (is_a(year, int) and 1800 <= year <= 2200):
        msg = f"year: expected a year such as 2023 (got {year!r})"
        raise InvalidValueError(msg)
    text, shown = _read(source, name, encoding)
    zone = _zone(timezone)
    names = _Names(teams, aliases)
    dates = _Dates(year)
    problems: Problems = []
    records: list[_Record] = []
    title = ""
    label = ""
    date: datetime.date | None = None
    date_problem = ""
    kick: datetime.time | None = None
    for line, raw in enumerate(text.split("\n"), start=1):
        body = _COMMENT.sub("", raw.rstrip("\r")).rstrip()
        if not body.strip():
            continue
        stripped = body.strip()
        if stripped.startswith("=") and not stripped.startswith("=="):
            if not title:
                title = stripped.lstrip("= ").strip()
                dates.from_title(title)
            else:
                label = stripped.lstrip("= ").strip()
            continue
        found_date = _TXT_DATE.match(body)
        if found_date:
            date, date_problem = dates.read(found_date)
            if date_problem:
                problems.append((line, f"date: {date_problem}"))
            kick = None
            continue
        if stripped.startswith(("»", "▪", "==")):
            label = stripped.lstrip("»▪= ").strip()
            continue
        # A line with "v" between the teams never falls back to the other form,
        # which would read a malformed result as a team's name.
        pattern = _TXT_V if re.search(r"\sv\s", stripped) else _TXT_BETWEEN
        found = pattern.match(stripped)
        if found is None:
            if body[:1].isspace():
                problems.append(
                    (
                        line,
                        f"cannot read this line as a match, a date or a heading (got {stripped!r})",
                    )
                )
            else:
                label = stripped
            continue
        if found["time"]:
            kick = _parse_time(found["time"].replace(".", ":"), ("%H:%M",))
            if kick is None:
                problems.append(
                    (
                        line,
                        f"time: expected a time like '20.00' (got {found['time']!r})",
                    )
                )
                continue
        record = _txt_match(found, line, label, date, date_problem, names, problems)
        if record is not None:
            records.append((line, record, _kickoff(date, kick, zone)))
    return _season(shown, "openfootball-txt", title, names, records, problems)


def _txt_match(
    found: re.Match[str],
    line: int,
    label: str,
    date: datetime.date | None,
    date_problem: str,
    names: _Names,
    problems: Problems,
) -> Match | None:
    before = len(problems)
    groups = found.groupdict()
    if date is None and not date_problem:
        problems.append((line, "a match before any date line"))
    home = names.resolve(groups["home"], "home", problems, line)
    away = names.resolve(groups["away"], "away", problems, line)
    if len(problems) > before or home is None or away is None or date is None:
        return None
    ft = groups.get("ft") or groups.get("ft_in")
    score = Score.parse(ft) if ft else None
    aet = groups.get("aet") or groups.get("aet_only")
    extra = Score.parse(aet) if aet else None
    shootout = Score.parse(groups["pen"]) if groups.get("pen") else None
    token = groups.get("token")
    note = (groups.get("note") or "").strip()
    status = ""
    if token == "abd":
        status = "abandoned"
    elif token == "n/p":
        status = "not played"
    notes = ""
    if note:
        word = re.split(r"[^a-z]", note.lower(), maxsplit=1)[0]
        if word not in _NOTE_WORDS:
            close = UnknownNameError("note", word, _NOTE_WORDS)
            problems.append((line, f"{close} (got [{note}])"))
            return None
        if word == "replay":
            notes = note
        elif status and status != _NOTE_WORDS[word]:
            problems.append((line, f"the score says {token!r}, the note [{note}]"))
            return None
        else:
            status = _NOTE_WORDS[word]
    if status and (extra is not None or shootout is not None):
        problems.append(
            (line, f"a match {status} cannot have extra time or a shoot-out")
        )
        return None
    on_field, rulings, problem = _result_rulings(status, score, home, away, note)
    if problem:
        problems.append((line, problem))
        return None
    return _match(
        problems,
        line,
        home=home,
        away=away,
        score=on_field,
        extra_time=extra,
        penalties=shootout,
        date=date,
        label=label,
        notes=notes,
        rulings=rulings,
    )


# --- a season as an edition ------------------------------------------------------

_SLUG = re.compile(r"[^a-z0-9]+")


def season_edition(
    season: Season,
    rules: TableRules,
    *,
    id: str = "",
    name: str = "",
    deductions: Iterable[PointsDeduction] = (),
    advance: int | Iterable[int] = 1,
) -> Edition:
    r"""A one-stage edition of *season*: its teams in one league table ranked by *rules*.

    The group (id ``"table"``) is a round robin home and away when each fixture
    is entered once; otherwise (a league whose teams meet more often, a postponed
    match entered again when played) the matches are its schedule
    (``LISTED``, see :class:`copaperu.competition.Schedule`). *deductions* are the season's
    points deductions; *advance* the places with a qualification boundary below
    them (where a play-off criterion acts). The champion is the table's first.
    Each match cites the file as its source. :func:`copaperu.replay` then
    replays it, and :func:`copaperu.dumps` writes it as an edition file.

    Raises:
        ConfigError: the edition does not check (a deduction for a team not in it).

    >>> import io, copaperu as cp
    >>> season = read_openfootball_txt(io.StringIO(
    ...     "= Llama League 2026\n[Sat Aug/1]\n  Llama FC  2-1  Alpaca FC\n"
    ...     "[Sat Aug/8]\n  Alpaca FC  1-1  Llama FC\n"))
    >>> edition = season_edition(season, cp.rules.CLASSIC)
    >>> edition.id, cp.replay(edition).champion
    ('llama-league-2026', 'Llama FC')
    """
    if not is_a(season, Season):
        msg = f"season_edition: expected a Season (got {season!r})"
        raise InvalidValueError(msg)
    edition_id = id or _SLUG.sub("-", season.name.lower()).strip("-") or "season"
    key = season.format or "data"
    matches = tuple(attrs.evolve(match, source=key) for match in season.matches)
    preset = next((n for n in table_preset_names() if table_preset(n) is rules), "")
    schedule = Schedule.ROUND_ROBIN
    entered: set[tuple[str, str]] = set()
    for match in matches:
        if official_result(match).status is MatchStatus.VOID:
            continue
        if match.teams in entered:
            schedule = Schedule.LISTED
        entered.add(match.teams)
    group = Group(
        id="table",
        name=season.name,
        rules="league",
        entrants=season.teams,
        advance=_places(advance),
        schedule=schedule,
        matches=matches,
        deductions=tuple(deductions),
        source=key,
    )
    return Edition(
        id=edition_id,
        name=name or season.name or edition_id,
        sources=(
            Source(
                key=key,
                title=season.source,
                notes=f"read by copaperu.io ({season.format})",
            ),
        ),
        teams=tuple(Team(name=team) for team in season.teams),
        table_rules=(NamedTableRules(name="league", rules=rules, preset=preset),),
        stages=(
            Stage(
                id="league",
                name=season.name,
                phases=(Phase(id="season", groups=(group,)),),
            ),
        ),
        champion=Reference(kind=ReferenceKind.PLACE, of="table", place=1),
    )


def _places(advance: int | Iterable[int]) -> int | tuple[int, ...]:
    if is_a(advance, int):
        return advance  # type: ignore[return-value]  # an int, checked
    if is_a(advance, Iterable):
        return tuple(advance)  # type: ignore[arg-type]  # checked by the group
    return advance  # type: ignore[return-value]  # refused by the group's check


publish(globals(), __all__, __name__)
del publish  # the bookkeeping is not part of this module's namespace
