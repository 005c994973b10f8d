"""Layer 1, values: matches as played on the pitch, with the rulings beside them."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TypeAlias, final

import attrs

from ._rulings import RULINGS, Abandoned, AwardedShootout, Forfeit, NotPlayed, Ruling
from ._score import Cards, Score
from ._validators import (
    as_goals,
    is_a,
    is_int,
    is_text,
    nfc,
    optional_date,
    optional_kickoff,
    unsafe_character,
)
from .errors import InvalidValueError

__all__ = [
    "Cards",
    "Match",
    "Row",
    "Score",
    "TeamId",
    "order_key",
]  # Cards and Score re-exported

TeamId: TypeAlias = str
"""A team is named by a non-empty string, the same string everywhere it appears.

>>> import copaperu
>>> copaperu.TeamId is str
True
"""

CardsByTeam: TypeAlias = tuple[tuple[TeamId, Cards], ...]

Row: TypeAlias = tuple[TeamId, TeamId, int, int]
"""A played match as plain data: home team, away team, home goals, away goals.

What :func:`copaperu.standings` and :func:`copaperu.rank_rows` take from data
(a CSV file, a data frame's rows) without building a :class:`Match`.

>>> import copaperu as cp
>>> row: cp.Row = ("Peru", "Chile", 2, 0)
>>> cp.standings(["Peru", "Chile"], [row], cp.rules.CLASSIC).order
('Peru', 'Chile')
"""


def _rulings_tuple(value: Iterable[Ruling]) -> tuple[Ruling, ...]:
    """Converter: any iterable of rulings, stored as a tuple (a lone ruling too)."""
    if isinstance(value, tuple):
        return value
    if is_a(value, RULINGS):
        return (value,)  # type: ignore[return-value]  # a single ruling, given bare
    try:
        return tuple(value)
    except TypeError as exc:
        msg = f"rulings: expected a tuple of rulings (got {value!r})"
        raise InvalidValueError(msg) from exc


def _swap_ruling(ruling: Ruling) -> Ruling:
    """The same ruling with its home-away scores turned round."""
    if isinstance(ruling, Forfeit | AwardedShootout) and ruling.score is not None:
        return attrs.evolve(ruling, score=ruling.score.swapped())
    if isinstance(ruling, Abandoned) and ruling.declared is not None:
        return attrs.evolve(ruling, declared=ruling.declared.swapped())
    return ruling


def leader(match: Match, score: Score) -> TeamId | None:
    """The team that *score*, written home-away for *match*, puts ahead (internal)."""
    if score.home == score.away:
        return None
    return match.home if score.home > score.away else match.away


def _cards_by_team(
    value: Mapping[TeamId, Cards] | Iterable[tuple[TeamId, Cards]],
) -> CardsByTeam:
    """Converter: a mapping of team to cards, stored as pairs sorted by team."""
    if not value:
        return ()
    pairs = value.items() if isinstance(value, Mapping) else value
    try:
        listed = [tuple(pair) for pair in pairs]
        if any(len(pair) != 2 for pair in listed):
            raise TypeError
        listed = [
            (nfc(team), cards) if isinstance(team, str) else (team, cards)
            for team, cards in listed
        ]
        return tuple(sorted(listed, key=lambda pair: str(pair[0])))
    except (TypeError, IndexError) as exc:
        msg = f"cards: expected a mapping of team to Cards (got {value!r})"
        raise InvalidValueError(msg) from exc


@final
@attrs.frozen(kw_only=True)
class Match:
    """A match as played on the pitch.

    *score* is the score after 90 minutes; *extra_time* the score after extra
    time, counting the 90 minutes too; *penalties* the score of a penalty
    shoot-out. A match whose *score* is ``None`` was not played, or its result is
    not known: it counts for nothing in a table.

    ``Match`` checks only what is true of any match. Whether extra time or a
    shoot-out was due is judged where a tie is decided, not here: the second leg
    of a tie level on aggregate can carry them without being level itself.

    >>> m = Match(home="Juan Aurich", away="U.P.A.O.", score=Score(1, 0))
    >>> str(m)
    'Juan Aurich 1-0 U.P.A.O.'
    >>> m.goals_for("U.P.A.O."), m.goals_against("U.P.A.O.")
    (0, 1)
    """

    home: TeamId = attrs.field(converter=nfc)
    """The team named first; it played at home unless *neutral* (in Unicode NFC)."""
    away: TeamId = attrs.field(converter=nfc)
    """The team named second (in Unicode NFC)."""
    score: Score | None = None
    """The score after 90 minutes; ``None`` when not played or unknown."""
    extra_time: Score | None = None
    """The score after extra time, cumulative; ``None`` when none was played."""
    penalties: Score | None = None
    """The penalty shoot-out score; ``None`` when none was taken."""
    neutral: bool = False
    """Whether the match was played at a neutral venue (no team was at home)."""
    leg: int | None = None
    """Which leg of a tie this is (1, 2, ...); ``None`` outside ties."""
    label: str = ""
    """A free label, such as ``"Round 3"`` or ``"first-place play-off"``."""
    date: datetime.date | None = attrs.field(default=None, converter=optional_date)
    """The date the match was played, when known (a date-like at midnight is read
    as its date); with a *kickoff*, the kick-off's date unless given."""
    kickoff: datetime.datetime | None = attrs.field(
        default=None, converter=optional_kickoff
    )
    """When it kicked off, with its time zone (ISO text with an offset is read);
    ``None`` when not known."""
    venue: str = ""
    """Where it was played: the ground and the city, as the source names them."""
    cards: CardsByTeam = attrs.field(default=(), converter=_cards_by_team)
    """Cards per team, as ``(team, Cards)`` pairs; a mapping is accepted."""
    rulings: tuple[Ruling, ...] = attrs.field(default=(), converter=_rulings_tuple)
    """Administrative decisions that replace or complete the on-field result."""
    source: str = ""
    """The key of the source the match is recorded in."""
    notes: str = ""
    """Anything a reader should know: venue, what is uncertain."""

    def __attrs_post_init__(self) -> None:
        home, away = self.home, self.away
        for name, team in (("home", home), ("away", away)):
            if not is_text(team):
                self._refuse(name, "a team must be a non-empty string", team)
            elif not team.isprintable() and unsafe_character(team):
                bad = unsafe_character(team)
                self._refuse(
                    name, f"a name cannot hold a control character ({bad})", team
                )
        if home == away:
            self._refuse("away", "a team cannot play itself", away)
        if self.score.__class__ is not Score and self.score is not None:
            self._refuse("score", "expected a Score or None", self.score)
        if self.extra_time is not None or self.penalties is not None:
            self._check_extra()
        if not is_a(self.neutral, bool):
            self._refuse("neutral", "expected True or False", self.neutral)
        if self.leg is not None and not (is_int(self.leg) and self.leg > 0):
            self._refuse("leg", "expected a positive integer or None", self.leg)
        texts = (
            ("label", self.label),
            ("venue", self.venue),
            ("source", self.source),
            ("notes", self.notes),
        )
        for name, text in texts:
            if text.__class__ is not str and not is_a(text, str):
                self._refuse(name, "expected a string", text)
            elif not text.isprintable() and unsafe_character(text, prose=True):
                bad = unsafe_character(text, prose=True)
                self._refuse(name, f"cannot hold a control character ({bad})", text)
        if self.date is not None and not is_a(self.date, datetime.date):
            self._refuse("date", "expected a date or None", self.date)
        if self.kickoff is not None:
            self._check_kickoff()
        if self.cards:
            self._check_cards()
        if self.rulings:
            self._check_rulings()

    def _check_kickoff(self) -> None:
        kickoff = self.kickoff
        if not isinstance(kickoff, datetime.datetime):
            self._refuse("kickoff", "expected a date and time or None", kickoff)
            return
        day = datetime.date(kickoff.year, kickoff.month, kickoff.day)
        if self.date is None:
            object.__setattr__(self, "date", day)
        elif self.date != day:
            self._refuse(
                "date",
                f"the kick-off {kickoff.isoformat()} is on {day.isoformat()}, "
                "not on the date given",
                self.date,
            )

    def _check_extra(self) -> None:
        for name in ("extra_time", "penalties"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, Score):
                self._refuse(name, "expected a Score or None", value)
        if self.score is None:
            if self.extra_time is not None:
                self._refuse(
                    "extra_time", "extra time without a score", self.extra_time
                )
            if self.penalties is not None:
                self._refuse("penalties", "penalties without a score", self.penalties)
        elif self.extra_time is not None and (
            self.extra_time.home < self.score.home
            or self.extra_time.away < self.score.away
        ):
            self._refuse(
                "extra_time",
                f"the cumulative score is lower than the 90-minute score {self.score}",
                self.extra_time,
            )

    def _check_rulings(self) -> None:
        seen: dict[type, Ruling] = {}
        for index, ruling in enumerate(self.rulings):
            if not is_a(ruling, RULINGS):
                self._refuse(f"rulings[{index}]", "expected a ruling", ruling)
            if type(ruling) in seen:
                self._refuse(
                    f"rulings[{index}]", "a second ruling of the same kind", ruling
                )
            seen[type(ruling)] = ruling
        forfeit = seen.get(Forfeit)
        abandoned = seen.get(Abandoned)
        shootout = seen.get(AwardedShootout)
        if NotPlayed in seen:
            if len(seen) > 1:
                self._refuse(
                    "rulings",
                    "a match not played cannot carry other rulings",
                    self.rulings,
                )
            if self.score is not None:
                self._refuse(
                    "rulings",
                    "a match not played cannot have an on-field score",
                    self.score,
                )
        if isinstance(forfeit, Forfeit):
            if forfeit.awarded_to not in (self.home, self.away):
                self._refuse(
                    "rulings",
                    "forfeit awarded to a team not in the match",
                    forfeit.awarded_to,
                )
            if (
                forfeit.score is not None
                and leader(self, forfeit.score) != forfeit.awarded_to
            ):
                self._refuse(
                    "rulings",
                    f"the awarded score {forfeit.score} (home-away) does not favour {forfeit.awarded_to!r}",
                    forfeit,
                )
            if isinstance(abandoned, Abandoned) and abandoned.declared is not None:
                self._refuse(
                    "rulings",
                    "an abandoned match cannot be both declared and awarded",
                    self.rulings,
                )
        if isinstance(shootout, AwardedShootout):
            if shootout.winner not in (self.home, self.away):
                self._refuse(
                    "rulings",
                    "shoot-out awarded to a team not in the match",
                    shootout.winner,
                )
            if (
                shootout.score is not None
                and leader(self, shootout.score) != shootout.winner
            ):
                self._refuse(
                    "rulings",
                    f"the awarded shoot-out score {shootout.score} (home-away) does not favour {shootout.winner!r}",
                    shootout,
                )
            if self.penalties is not None:
                self._refuse(
                    "rulings",
                    "a shoot-out was taken; it cannot also be awarded",
                    self.penalties,
                )

    def _check_cards(self) -> None:
        seen: set[TeamId] = set()
        for team, cards in self.cards:
            if team not in (self.home, self.away):
                self._refuse("cards", "cards for a team not in the match", team)
            if team in seen:
                self._refuse("cards", "cards given twice for the same team", team)
            if not is_a(cards, Cards):
                self._refuse(f"cards[{team!r}]", "expected Cards", cards)
            seen.add(team)

    def _refuse(self, field: str, problem: str, value: object) -> None:
        shown = str(value) if isinstance(value, (Score, *RULINGS)) else repr(value)
        msg = f"match {self.home!r} v {self.away!r}: {field}: {problem} (got {shown})"
        raise InvalidValueError(msg)

    @classmethod
    def from_rows(
        cls, rows: Iterable[tuple[TeamId, TeamId, int | None, int | None]]
    ) -> tuple[Match, ...]:
        """Matches from plain rows ``(home, away, home_goals, away_goals)``, in bulk.

        Each row is checked as a :class:`Match` checks itself -- two different
        team names without control characters, goals that are non-negative
        integers of any integer type (``None`` and ``None`` for a match without a
        score) -- each distinct name once, each score once. For a table from
        plain rows, :func:`copaperu.standings` takes the rows themselves and
        builds no match at all.

        Raises:
            InvalidValueError: a bad row, named by its index.

        >>> Match.from_rows([("Peru", "Chile", 2, 0), ("Chile", "Peru", None, None)])
        (Match(home='Peru', away='Chile', score=Score(home=2, away=0), ...), Match(home='Chile', away='Peru', score=None, ...))
        """
        checked: dict[TeamId, TeamId] = {}  # each name as given, composed (NFC)
        scores: dict[tuple[int, int], Score] = {}
        built = []
        new, put, defaults = object.__new__, object.__setattr__, _match_defaults()
        for index, row in enumerate(rows):
            try:
                home, away, hg, ag = row
            except (TypeError, ValueError):
                msg = f"Match.from_rows: rows[{index}] is not (home, away, home_goals, away_goals) (got {row!r})"
                raise InvalidValueError(msg) from None
            if home not in checked:
                _check_team(index, home)
                checked[home] = nfc(home)
            if away not in checked:
                _check_team(index, away)
                checked[away] = nfc(away)
            home, away = checked[home], checked[away]
            if home == away:
                msg = f"Match.from_rows: rows[{index}]: a team cannot play itself (got {row!r})"
                raise InvalidValueError(msg)
            score = None
            if hg is not None or ag is not None:
                key = (_row_goals(index, hg), _row_goals(index, ag))
                score = scores.get(key)
                if score is None:
                    score = scores[key] = Score(*key)
            match = new(cls)
            put(match, "home", home)
            put(match, "away", away)
            put(match, "score", score)
            for name, value in defaults:
                put(match, name, value)
            built.append(match)
        return tuple(built)

    @property
    def teams(self) -> tuple[TeamId, TeamId]:
        """The two teams, home first.

        >>> Match(home="A", away="B").teams
        ('A', 'B')
        """
        return (self.home, self.away)

    @property
    def is_played(self) -> bool:
        """Whether the match has a known score.

        >>> Match(home="A", away="B").is_played
        False
        """
        return self.score is not None

    def opponent(self, team: TeamId) -> TeamId:
        """The other team in the match.

        >>> Match(home="A", away="B").opponent("A")
        'B'
        """
        self._check_team(team)
        return self.away if team == self.home else self.home

    def goals_for(self, team: TeamId) -> int:
        """Goals *team* scored in the 90 minutes (0 when the score is unknown).

        >>> Match(home="A", away="B", score=Score(2, 1)).goals_for("B")
        1
        """
        self._check_team(team)
        if self.score is None:
            return 0
        return self.score.home if team == self.home else self.score.away

    def goals_against(self, team: TeamId) -> int:
        """Goals *team* conceded in the 90 minutes (0 when the score is unknown).

        >>> Match(home="A", away="B", score=Score(2, 1)).goals_against("B")
        2
        """
        return self.goals_for(self.opponent(team))

    def cards_for(self, team: TeamId) -> Cards:
        """The cards shown to *team* (no cards when none were recorded).

        >>> Match(home="A", away="B", cards={"A": Cards(yellow=2)}).cards_for("A")
        Cards(yellow=2, indirect_red=0, red=0, yellow_and_red=0)
        """
        self._check_team(team)
        for owner, cards in self.cards:
            if owner == team:
                return cards
        return _NO_CARDS

    def final_score(self) -> Score | None:
        """The score that ended play: after extra time if any, else after 90 minutes.

        >>> Match(home="A", away="B", score=Score(1, 1), extra_time=Score(2, 1)).final_score()
        Score(home=2, away=1)
        """
        return self.extra_time if self.extra_time is not None else self.score

    def winner(self) -> TeamId | None:
        """The team that won the match itself: on goals, else on the shoot-out.

        ``None`` when the match is unplayed, unknown or ended level without a
        shoot-out.

        >>> Match(home="A", away="B", score=Score(0, 0), penalties=Score(4, 5)).winner()
        'B'
        """
        final = self.final_score()
        if final is None:
            return None
        if final.is_draw and self.penalties is not None:
            final = self.penalties
        if final.is_draw:
            return None
        return self.home if final.home > final.away else self.away

    def swapped(self) -> Match:
        """The same match with the teams named the other way round.

        >>> print(Match(home="A", away="B", score=Score(2, 0)).swapped())
        B 0-2 A
        """
        return attrs.evolve(
            self,
            home=self.away,
            away=self.home,
            score=None if self.score is None else self.score.swapped(),
            extra_time=None if self.extra_time is None else self.extra_time.swapped(),
            penalties=None if self.penalties is None else self.penalties.swapped(),
            rulings=tuple(_swap_ruling(ruling) for ruling in self.rulings),
        )

    def _check_team(self, team: TeamId) -> None:
        if team != self.home and team != self.away:
            msg = f"match {self.home!r} v {self.away!r}: team not in the match (got {team!r})"
            raise InvalidValueError(msg)

    def __str__(self) -> str:
        from ._words import match_text

        return match_text(self)


_NO_CARDS = Cards()


def order_key(value: object) -> tuple[bool, datetime.date, int, str]:
    """The order copaperu gives matches (and rulings) of its own, not their input's.

    By date where known, then by leg, then by everything else the value says: a
    table is then equal whatever the order its matches were given in.

    >>> a = Match(home="A", away="B", date="1998-11-22")
    >>> b = Match(home="B", away="A", date="1998-11-15")
    >>> [m.home for m in sorted([a, b], key=order_key)]
    ['B', 'A']
    """
    if isinstance(value, Match):
        return (
            value.date is None,
            value.date or datetime.date.min,
            value.leg or 0,
            repr(value),
        )
    return (False, datetime.date.min, 0, repr(value))


def _match_defaults() -> tuple[tuple[str, object], ...]:
    """Every field of :class:`Match` after the score, with its default."""
    return tuple(
        (field.name, field.default)
        for field in attrs.fields(Match)
        if field.name not in {"home", "away", "score"}
    )


def _check_team(index: int, team: object) -> None:
    if not is_text(team):
        msg = f"Match.from_rows: rows[{index}]: a team must be a non-empty string (got {team!r})"
        raise InvalidValueError(msg)
    bad = unsafe_character(str(team))
    if bad:
        msg = f"Match.from_rows: rows[{index}]: a name cannot hold a control character ({bad})"
        raise InvalidValueError(msg)


def _row_goals(index: int, goals: object) -> int:
    value = as_goals(goals)
    if value is None:
        msg = f"Match.from_rows: rows[{index}]: goals must be non-negative integers (got {goals!r})"
        raise InvalidValueError(msg)
    return value
