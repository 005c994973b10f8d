"""Layer 5, competition: an edition as data -- stages, phases, groups and ties.

An :class:`Edition` says everything about a competition that its sources say,
and nothing more: its teams, its rules, every known result, the facts a source
states without results (:class:`RecordedPlace`, :class:`RecordedWinner`,
:class:`Qualified`) and the references that wire one outcome to the next
(:class:`Reference`). :mod:`copaperu._replay` walks it to the champion.
"""

from __future__ import annotations

import difflib
import enum
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Final, TypeAlias, final

import attrs

from . import rules as presets
from ._i18n import LANGUAGES
from ._knockout import (
    decide_match,
    decide_tie,
)
from ._official import MatchStatus, official_result
from ._rulings import AwardedShootout, PointsDeduction
from ._tiebreak import HeadToHead, LastMatchShootout, OnlyWhen, TableRules
from ._tierules import TieRules
from ._validators import (
    check_field_types,
    is_a,
    is_count,
    is_int,
    is_text,
    nfc,
    to_enum,
    unsafe_character,
)
from ._values import Match, TeamId
from .errors import ConfigError, CopaperuError, InvalidValueError, UnknownNameError

__all__ = [
    "Edition",
    "Entrant",
    "Group",
    "NamedTableRules",
    "NamedTieRules",
    "Phase",
    "PublishedRow",
    "Qualified",
    "RecordedPlace",
    "RecordedWinner",
    "Reference",
    "ReferenceKind",
    "Schedule",
    "Source",
    "Stage",
    "Team",
    "Tie",
    "Translation",
    "circle_method",
]


def _text(where: str) -> attrs._ValidatorType[str]:
    def check(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
        if not is_a(value, str):
            msg = f"{where}: {attribute.name} must be a string (got {value!r})"
            raise InvalidValueError(msg)
        bad = unsafe_character(value, prose=True)
        if bad:
            msg = f"{where}: {attribute.name} cannot hold a control character ({bad})"
            raise InvalidValueError(msg)

    return check


def _name(where: str) -> attrs._ValidatorType[str]:
    def check(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
        if not is_text(value):
            msg = (
                f"{where}: {attribute.name} must be a non-empty string (got {value!r})"
            )
            raise InvalidValueError(msg)
        _refuse_unsafe(f"{where}: {attribute.name}", value)

    return check


def _refuse_unsafe(where: str, name: str) -> None:
    """Refuse a name holding a character a terminal or a page could act on."""
    bad = unsafe_character(name)
    if bad:
        msg = f"{where}: a name cannot hold a control character ({bad}; got {name!r})"
        raise InvalidValueError(msg)


def _int_or_tuple(value: object) -> object:
    """Converter: an int as given, a list of places as a tuple."""
    return tuple(value) if isinstance(value, list) else value


def _names_tuple(value: object) -> tuple[object, ...]:
    """Converter: a list or tuple of names (or entrants), each name in Unicode NFC."""
    if isinstance(value, list | tuple):
        return tuple(nfc(item) if isinstance(item, str) else item for item in value)
    return value  # type: ignore[return-value]  # validated by the owner


def _tuple(value: object) -> tuple[object, ...]:
    """Converter: lists become tuples (so values stay immutable and hashable)."""
    if isinstance(value, list):
        return tuple(value)
    return value  # type: ignore[return-value]  # validated by the owner


@final
@attrs.frozen(kw_only=True)
class Source:
    """A source the edition cites, by a short key.

    >>> Source(key="RSSSF97", url="https://rsssf.org/tablesc/copaperu97.html").key
    'RSSSF97'
    """

    key: str = attrs.field(validator=_name("source"))
    """The short key other entries cite with ``source = "KEY"``."""
    url: str = attrs.field(default="", validator=_text("source"))
    """Where it can be read."""
    title: str = attrs.field(default="", validator=_text("source"))
    """What it is."""
    notes: str = attrs.field(default="", validator=_text("source"))
    """What it gives, and how far it can be trusted."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, f"source {self.key!r}")


@final
@attrs.frozen(kw_only=True)
class Translation:
    """One text of the edition in another language: its English, and the translation.

    An edition's prose (notes, names of stages and groups, labels, reasons) is
    written in English; ``[[translations]]`` give it in another language, and the
    replay, the report and every rendering print it in the language chosen
    (:func:`copaperu.use_language`). A text with no translation prints as written.

    >>> Translation(language="es", en="Quarter-finals", text="Cuartos de final").text
    'Cuartos de final'
    """

    language: str = attrs.field(validator=_name("translation"))
    """The language, as :func:`copaperu.available_languages` names it (``"es"``)."""
    en: str = attrs.field(validator=_name("translation"))
    """The text as the edition writes it, exactly: a whole text of the edition."""
    text: str = attrs.field(validator=_name("translation"))
    """The text in *language*."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, f"translation of {self.en[:40]!r}")


@final
@attrs.frozen(kw_only=True)
class Team:
    """A team of the edition.

    >>> Team(name="I.M.I.", city="Talara", region="Piura").city
    'Talara'
    >>> Team(name="Victor Loli", aliases=["Víctor Loli"]).aliases
    ('Víctor Loli',)
    """

    name: TeamId = attrs.field(converter=nfc, validator=_name("team"))
    """The exact name used everywhere in the edition (in Unicode NFC)."""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_names_tuple)
    """Other names the team goes by in sources: renamed clubs, other spellings,
    transliterations. The edition itself uses *name* only; a reader of results
    (:mod:`copaperu.io`) and :meth:`Edition.team_named` map an alias to it."""
    city: str = attrs.field(default="", validator=_text("team"))
    """Its city."""
    region: str = attrs.field(default="", validator=_text("team"))
    """Its department, region or country."""
    notes: str = attrs.field(default="", validator=_text("team"))
    """Anything else worth knowing."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, f"team {self.name!r}")
        for alias in self.aliases:
            if not is_text(alias):
                msg = f"team {self.name!r}: an alias must be a non-empty string (got {alias!r})"
                raise InvalidValueError(msg)
            _refuse_unsafe(f"team {self.name!r}: aliases", alias)


class Schedule(enum.StrEnum):
    """Which matches a group plays: what its completeness is judged against.

    >>> Schedule("listed")
    <Schedule.LISTED: 'listed'>
    """

    ROUND_ROBIN = "round_robin"
    """Every entrant meets every other once (``legs = 1``) or home and away
    (``legs = 2``)."""
    LISTED = "listed"
    """The group's matches are its schedule: each match listed is a fixture (one
    without a score is a fixture whose result is unknown), and no other is
    assumed. A league phase where each team meets some of the others (UEFA's
    from 2024-25), or a group whose clubs of one country never meet."""


def _to_schedule(value: Schedule | str) -> Schedule:
    """Converter: a :class:`Schedule` or its id."""
    return to_enum(Schedule, value)


class ReferenceKind(enum.StrEnum):
    """What a :class:`Reference` points at.

    >>> ReferenceKind.WINNER.value
    'winner'
    """

    PLACE = "place"
    """A place in a group's final table."""
    WINNER = "winner"
    """The winner of a tie."""
    LOSER = "loser"
    """The loser of a tie."""
    SLOT = "slot"
    """The team a ranking's allocation table puts in a slot (``"1B"``: the
    opponent of group B's winner)."""


@final
@attrs.frozen(kw_only=True)
class Reference:
    """An entrant named by an earlier outcome: "1st of region-v", "winner of qf-1".

    >>> print(Reference(kind=ReferenceKind.PLACE, of="region-v", place=1))
    1st of region-v
    >>> print(Reference(kind=ReferenceKind.WINNER, of="final"))
    winner of final
    """

    kind: ReferenceKind
    """A place in a group or a ranking, the winner or loser of a tie, or a slot of
    a ranking's allocation table."""
    of: str = attrs.field(validator=_name("reference"))
    """The id of the group, ranking or tie."""
    place: int | None = None
    """The place, for a place reference."""
    slot: str = ""
    """The slot, for a slot reference."""

    def __attrs_post_init__(self) -> None:
        if not is_a(self.kind, ReferenceKind):
            msg = f"reference: kind must be place, winner, loser or slot (got {self.kind!r})"
            raise InvalidValueError(msg)
        if self.kind is ReferenceKind.SLOT:
            if not is_text(self.slot):
                msg = f"reference to {self.of!r}: a slot reference needs its slot (got {self.slot!r})"
                raise InvalidValueError(msg)
        elif self.slot:
            msg = f"reference to {self.of!r}: a {self.kind} reference has no slot (got {self.slot!r})"
            raise InvalidValueError(msg)
        if self.kind is ReferenceKind.PLACE:
            if not (is_int(self.place) and self.place is not None and self.place >= 1):
                msg = f"reference to {self.of!r}: place must be a positive integer (got {self.place!r})"
                raise InvalidValueError(msg)
        elif self.place is not None:
            msg = f"reference to {self.of!r}: a {self.kind} reference has no place (got {self.place!r})"
            raise InvalidValueError(msg)
        check_field_types(self, "reference")

    def __str__(self) -> str:
        from ._words import reference_text

        return reference_text(self)


Entrant: TypeAlias = TeamId | Reference
"""An entrant of a group or tie: a team's name, or a reference to an earlier outcome.

>>> import copaperu
>>> isinstance("I.M.I.", copaperu.competition.Entrant)
True
"""


@final
@attrs.frozen(kw_only=True)
class RecordedPlace:
    """A place in a group stated by a source, not computed from results.

    >>> RecordedPlace(place=1, team="Cultural Hidro", source="WIKI").inference
    False
    """

    place: int
    """The place (1 for the winner)."""
    team: TeamId = attrs.field(converter=nfc, validator=_name("recorded place"))
    """The team the source puts there."""
    source: str = attrs.field(default="", validator=_text("recorded place"))
    """The key of the source."""
    notes: str = attrs.field(default="", validator=_text("recorded place"))
    """The source's words, or the reasoning of an inference."""
    inference: bool = False
    """Whether the fact is inferred from other facts rather than stated."""

    def __attrs_post_init__(self) -> None:
        if not (is_int(self.place) and self.place >= 1):
            msg = (
                f"recorded place: place must be a positive integer (got {self.place!r})"
            )
            raise InvalidValueError(msg)
        check_field_types(self, "recorded place")


@final
@attrs.frozen(kw_only=True)
class RecordedWinner:
    """The winner of a tie stated by a source, when the legs do not decide it.

    >>> RecordedWinner(winner="I.M.I.", source="BLOG-IMI").winner
    'I.M.I.'
    """

    winner: TeamId = attrs.field(converter=nfc, validator=_name("recorded winner"))
    """The team that went through, per the source."""
    source: str = attrs.field(default="", validator=_text("recorded winner"))
    """The key of the source."""
    notes: str = attrs.field(default="", validator=_text("recorded winner"))
    """The source's words, or the reasoning of an inference."""
    inference: bool = False
    """Whether the fact is inferred from other facts rather than stated."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, "recorded winner")


@final
@attrs.frozen(kw_only=True)
class Qualified:
    """A team a stage is recorded to have sent on, when its matches are not recorded.

    >>> Qualified(team="Coronel Bolognesi", origin="Tacna", source="PT-BOLO").origin
    'Tacna'
    """

    team: TeamId = attrs.field(converter=nfc, validator=_name("qualified"))
    """The team."""
    origin: str = attrs.field(
        default="", validator=_text("qualified"), metadata={"key": "from"}
    )
    """Where it qualified from (a department, a league); ``from`` in files."""
    source: str = attrs.field(default="", validator=_text("qualified"))
    """The key of the source."""
    notes: str = attrs.field(default="", validator=_text("qualified"))
    """Anything else."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, "qualified")


# The figures of a published row, in the order tables print them.
ROW_FIGURES: Final = (
    "played",
    "won",
    "drawn",
    "lost",
    "goals_for",
    "goals_against",
    "points",
)


@final
@attrs.frozen(kw_only=True)
class PublishedRow:
    """A row of a table as a source publishes it (its matches may be lost).

    >>> PublishedRow(team="Juan Aurich", played=5, won=4, drawn=0, lost=1,
    ...              goals_for=13, goals_against=2, points=12).points
    12
    """

    team: TeamId = attrs.field(converter=nfc, validator=_name("published row"))
    """The team."""
    played: int
    """Matches played."""
    won: int
    """Won."""
    drawn: int
    """Drawn."""
    lost: int
    """Lost."""
    goals_for: int
    """Goals for."""
    goals_against: int
    """Goals against."""
    points: int
    """Points."""
    source: str = attrs.field(default="", validator=_text("published row"))
    """The key of the source."""

    def __attrs_post_init__(self) -> None:
        for name in ("played", "won", "drawn", "lost", "goals_for", "goals_against"):
            if not is_count(getattr(self, name)):
                msg = f"published row {self.team!r}: {name} must be a non-negative integer (got {getattr(self, name)!r})"
                raise InvalidValueError(msg)
        if not is_int(self.points):
            msg = f"published row {self.team!r}: points must be an integer (got {self.points!r})"
            raise InvalidValueError(msg)
        check_field_types(self, f"published row {self.team!r}")


@final
@attrs.frozen(kw_only=True)
class NamedTableRules:
    """Table rules named in an edition: a preset, or spelled out.

    A preset whose chain ranks by a ranking (a coefficient, a qualifiers' ranking)
    takes the ranking's values for this edition in *ranking_values*; the rules are
    then the preset with those values filled in.

    >>> from copaperu import rules
    >>> NamedTableRules(name="groups", rules=rules.CLASSIC, preset="classic").preset
    'classic'
    """

    name: str = attrs.field(validator=_name("table rules"))
    """The name groups use in ``rules = "NAME"``."""
    rules: TableRules
    """The rules."""
    preset: str = attrs.field(default="", validator=_text("table rules"))
    """The preset id they were taken from; ``""`` when spelled out."""
    ranking_values: tuple[tuple[str, tuple[tuple[TeamId, float], ...]], ...] = (
        attrs.field(default=(), converter=_tuple)
    )
    """For a preset, each ranking's values for this edition, by the ranking's name."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, f"table rules {self.name!r}")
        if self.ranking_values and not self.preset:
            msg = (
                f"table rules {self.name!r}: ranking_values go with a preset; spelled "
                "out, a ranking holds its own values"
            )
            raise InvalidValueError(msg)


@final
@attrs.frozen(kw_only=True)
class NamedTieRules:
    """Tie rules named in an edition: a preset, or spelled out.

    >>> from copaperu import rules
    >>> NamedTieRules(name="ko", rules=rules.UEFA_CLUB_2021_KNOCKOUT).rules.away_goals
    False
    """

    name: str = attrs.field(validator=_name("tie rules"))
    """The name ties use in ``rules = "NAME"``."""
    rules: TieRules
    """The rules."""
    preset: str = attrs.field(default="", validator=_text("tie rules"))
    """The preset id they were taken from; ``""`` when spelled out."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, f"tie rules {self.name!r}")


@final
@attrs.frozen(kw_only=True)
class Group:
    """A round-robin group: entrants, known results, and what sources record.

    >>> g = Group(id="final-round", rules="classic", entrants=("A", "B"), legs=1)
    >>> g.fixtures()
    (('A', 'B'),)
    """

    id: str = attrs.field(validator=_name("group"))
    """Unique in the edition; references use it."""
    name: str = attrs.field(default="", validator=_text("group"))
    """A name for people."""
    rules: str = attrs.field(validator=_name("group"))
    """The name of a rule set of the edition, or a preset id."""
    entrants: tuple[Entrant, ...] = attrs.field(converter=_names_tuple)
    """The teams, named or referenced."""
    legs: int = 2
    """1 for a single round robin, 2 for home and away."""
    advance: int | tuple[int, ...] = attrs.field(default=1, converter=_int_or_tuple)
    """How many teams go through; or several places, each with a qualification
    boundary below it (``(8, 24)``: the top eight to one round, the next sixteen to
    another), the last being how many go through."""
    schedule: Schedule = attrs.field(
        default=Schedule.ROUND_ROBIN, converter=_to_schedule
    )
    """Which matches the group plays: a round robin, or the matches listed."""
    matches: tuple[Match, ...] = attrs.field(default=(), converter=_tuple)
    """Every match whose result (or fixture) is recorded."""
    playoffs: tuple[Match, ...] = attrs.field(default=(), converter=_tuple)
    """Play-off matches between teams level; they do not count in the table."""
    deductions: tuple[PointsDeduction, ...] = attrs.field(default=(), converter=_tuple)
    """Points deductions."""
    lots: tuple[tuple[TeamId, ...], ...] = attrs.field(default=(), converter=_tuple)
    """Recorded drawings of lots, each in the order drawn."""
    recorded: tuple[RecordedPlace, ...] = attrs.field(default=(), converter=_tuple)
    """Places stated by sources."""
    published: tuple[PublishedRow, ...] = attrs.field(default=(), converter=_tuple)
    """A published table's rows, in the published order."""
    source: str = attrs.field(default="", validator=_text("group"))
    """The key of the main source."""
    notes: str = attrs.field(default="", validator=_text("group"))
    """Anything a reader should know."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, f"group {self.id!r}")
        for i, entrant in enumerate(self.entrants):
            if isinstance(entrant, str):
                _refuse_unsafe(f"group {self.id!r}: entrants[{i}]", entrant)
        if self.legs not in (1, 2) or not is_int(self.legs):
            msg = f"group {self.id!r}: legs must be 1 or 2 (got {self.legs!r})"
            raise InvalidValueError(msg)
        if self.schedule is Schedule.LISTED and self.legs != 2:
            msg = (
                f"group {self.id!r}: legs does not apply to a listed schedule, whose "
                f"matches are its fixtures (got legs = {self.legs!r})"
            )
            raise InvalidValueError(msg)
        places: tuple[int, ...] = (
            (self.advance,) if isinstance(self.advance, int) else self.advance
        )
        if (
            not places
            or not all(0 <= p <= len(self.entrants) for p in places)
            or list(places) != sorted(set(places))
        ):
            msg = f"group {self.id!r}: advance must be between 0 and the number of entrants, or such places in increasing order (got {self.advance!r})"
            raise InvalidValueError(msg)

    @property
    def goes_through(self) -> int:
        """How many teams go through (the last of several boundaries).

        >>> Group(id="league", rules="classic", entrants=("A", "B", "C"),
        ...       advance=(1, 2)).goes_through
        2
        """
        return self.advance if isinstance(self.advance, int) else self.advance[-1]

    def fixtures(self) -> tuple[tuple[TeamId, TeamId], ...]:
        """Every fixture of the group, as ``(home, away)``.

        Of a round robin, round by round, when every entrant is named: the rounds
        come from :func:`circle_method`; with ``legs=2`` the second half repeats
        the first with home and away swapped. Of a listed schedule, its matches.
        """
        if self.schedule is Schedule.LISTED:
            return tuple(match.teams for match in self.matches)
        teams = [e for e in self.entrants if isinstance(e, str)]
        return tuple(
            pair for rnd in circle_method(teams, legs=self.legs) for pair in rnd
        )


def circle_method(
    teams: Sequence[TeamId], *, legs: int = 1
) -> tuple[tuple[tuple[TeamId, TeamId], ...], ...]:
    """The rounds of a round robin by the circle (Berger) method: ``(home, away)`` pairs.

    The first team stays in place while the others rotate one step a round; with
    an odd number of teams, one team rests each round. The first team alternates
    between home and away; in the other pairs, the team in the first half of the
    circle is at home. With ``legs=2``, the second leg repeats the rounds with
    home and away swapped.

    Raises:
        InvalidValueError: *legs* is not 1 or 2, or a team is listed twice.

    >>> for rnd in circle_method(["A", "B", "C", "D"]):
    ...     print(rnd)
    (('A', 'D'), ('B', 'C'))
    (('C', 'A'), ('D', 'B'))
    (('A', 'B'), ('C', 'D'))
    """
    if legs not in (1, 2) or not is_int(legs):
        msg = f"circle_method: legs must be 1 or 2 (got {legs!r})"
        raise InvalidValueError(msg)
    listed = list(teams)
    if len(set(listed)) != len(listed):
        msg = f"circle_method: a team is listed twice (got {listed!r})"
        raise InvalidValueError(msg)
    slots: list[TeamId | None] = [*listed, None] if len(listed) % 2 else list(listed)
    count = len(slots)
    rounds: list[tuple[tuple[TeamId, TeamId], ...]] = []
    for index in range(count - 1):
        pairs = []
        for i in range(count // 2):
            home, away = slots[i], slots[count - 1 - i]
            if i == 0 and index % 2:
                home, away = away, home
            if home is not None and away is not None:
                pairs.append((home, away))
        rounds.append(tuple(pairs))
        slots = [slots[0], slots[-1], *slots[1:-1]]
    if legs == 2:
        rounds += [tuple((away, home) for home, away in rnd) for rnd in list(rounds)]
    return tuple(rounds)


@final
@attrs.frozen(kw_only=True)
class Tie:
    """A knockout tie: one match or two legs (and a play-off), between two entrants.

    >>> Tie(id="final", rules="copa-peru-1998-knockout",
    ...     entrants=(Reference(kind=ReferenceKind.WINNER, of="sf-a"), "Coronel Bolognesi")).id
    'final'
    """

    id: str = attrs.field(validator=_name("tie"))
    """Unique in the edition; references use it."""
    name: str = attrs.field(default="", validator=_text("tie"))
    """A name for people."""
    rules: str = attrs.field(validator=_name("tie"))
    """The name of a tie rule set of the edition, or a preset id."""
    entrants: tuple[Entrant, ...] = attrs.field(converter=_names_tuple)
    """The two teams, named or referenced."""
    legs: tuple[Match, ...] = attrs.field(default=(), converter=_tuple)
    """One match, or two legs in order; none when nothing is recorded."""
    playoff: Match | None = None
    """A play-off match after two legs, if one was played."""
    replays: tuple[Match, ...] = attrs.field(default=(), converter=_tuple)
    """The replays of a single match left level, in the order played."""
    planned_legs: int = 0
    """How many legs the tie is played over (1 or 2), for a tie whose legs are
    not all recorded yet (a simulation plays them); 0: as many as are recorded
    (one when none is)."""
    recorded: RecordedWinner | None = None
    """The winner as a source states it, when the legs do not decide it."""
    source: str = attrs.field(default="", validator=_text("tie"))
    """The key of the main source."""
    notes: str = attrs.field(default="", validator=_text("tie"))
    """Anything a reader should know."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, f"tie {self.id!r}")
        for i, entrant in enumerate(self.entrants):
            if isinstance(entrant, str):
                _refuse_unsafe(f"tie {self.id!r}: entrants[{i}]", entrant)
        if len(self.entrants) != 2:
            msg = f"tie {self.id!r}: a tie has exactly two entrants (got {len(self.entrants)})"
            raise InvalidValueError(msg)
        if self.replays and len(self.legs) != 1:
            msg = f"tie {self.id!r}: replays follow a single match (got {len(self.legs)} legs)"
            raise InvalidValueError(msg)
        if self.replays and self.playoff is not None:
            msg = f"tie {self.id!r}: a single match's replays are its replays, not a play-off"
            raise InvalidValueError(msg)
        if len(self.legs) > 2:
            msg = f"tie {self.id!r}: a tie has one match or two legs (got {len(self.legs)})"
            raise InvalidValueError(msg)
        if self.planned_legs not in (0, 1, 2) or (
            self.planned_legs and len(self.legs) > self.planned_legs
        ):
            msg = (
                f"tie {self.id!r}: planned_legs is 0, 1 or 2 and no fewer than the "
                f"legs recorded (got {self.planned_legs}, {len(self.legs)} recorded)"
            )
            raise InvalidValueError(msg)


@final
@attrs.frozen(kw_only=True)
class AllocationRow:
    """One row of an allocation table: the slot each qualifier takes.

    A row is for one combination of the groups the qualifiers came from.

    >>> row = AllocationRow(groups=("C", "D", "E", "F"),
    ...                     slots=(("1B", "F"), ("1C", "E"), ("1E", "D"), ("1F", "C")))
    >>> dict(row.slots)["1B"]
    'F'
    """

    groups: tuple[str, ...] = attrs.field(converter=_tuple)
    """The ids of the groups whose teams qualified (in any order)."""
    slots: tuple[tuple[str, str], ...] = attrs.field(converter=_tuple)
    """Each slot with the group whose team takes it."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, "allocation row")
        taken = [group for _, group in self.slots]
        names = [slot for slot, _ in self.slots]
        if len(set(self.groups)) != len(self.groups):
            msg = f"allocation row {list(self.groups)}: a group is listed twice"
            raise InvalidValueError(msg)
        if sorted(taken) != sorted(self.groups) or len(set(names)) != len(names):
            msg = (
                f"allocation row {list(self.groups)}: each of its groups takes exactly "
                f"one slot (got {dict(self.slots)})"
            )
            raise InvalidValueError(msg)


def _check_allocation(
    where: str, groups: Sequence[str], advance: int, rows: Sequence[AllocationRow]
) -> None:
    """Every combination of *advance* of the groups has one row, with the same slots."""
    wanted = {frozenset(c) for c in itertools.combinations(groups, advance)}
    seen: set[frozenset[str]] = set()
    names = {slot for slot, _ in rows[0].slots} if rows else set()
    for r, row in enumerate(rows):
        combination = frozenset(row.groups)
        if combination not in wanted:
            msg = (
                f"{where}: allocation[{r}] is for groups {sorted(row.groups)}, not "
                f"{advance} of {list(groups)}"
            )
            raise InvalidValueError(msg)
        if combination in seen:
            msg = f"{where}: allocation[{r}]: groups {sorted(row.groups)} have a row already"
            raise InvalidValueError(msg)
        if {slot for slot, _ in row.slots} != names:
            msg = f"{where}: allocation[{r}] has slots {sorted(dict(row.slots))}, not {sorted(names)}"
            raise InvalidValueError(msg)
        seen.add(combination)
    missing = sorted(sorted(c) for c in wanted - seen)
    if missing:
        msg = f"{where}: the allocation table has no row for groups {missing[0]} ({len(missing)} combinations missing)"
        raise InvalidValueError(msg)


@final
@attrs.frozen(kw_only=True)
class AllocationTable:
    """An allocation table as a regulation publishes it, by group letter.

    Its rows name groups by letter; a :class:`PlaceRanking` that uses it
    (``allocation_preset``) maps the letters, in order, onto its own groups.
    :func:`copaperu.competition.allocation_preset` gives the tables shipped.

    >>> table = allocation_preset("uefa-euro-2024")
    >>> table.letters, table.advance, len(table.rows)
    (('A', 'B', 'C', 'D', 'E', 'F'), 4, 15)
    >>> dict(table.row_for(("C", "D", "E", "F")).slots)["1B"]
    'F'
    """

    name: str = attrs.field(validator=_name("allocation table"))
    """Its id, as ``allocation_preset`` names it."""
    letters: tuple[str, ...] = attrs.field(converter=_tuple)
    """The groups, by letter, in the order they map onto a ranking's groups."""
    advance: int
    """How many of the ranked teams take a slot."""
    rows: tuple[AllocationRow, ...] = attrs.field(converter=_tuple)
    """One row for each combination of *advance* of the groups."""
    source: str = attrs.field(validator=_text("allocation table"))
    """Where the table is published."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, f"allocation table {self.name!r}")
        _check_allocation(
            f"allocation table {self.name!r}", self.letters, self.advance, self.rows
        )

    def row_for(self, groups: Iterable[str]) -> AllocationRow:
        """The row for the qualifiers from *groups* (any order).

        >>> allocation_preset("fifa-world-cup-1986").row_for("ADEF").slots[0]
        ('1A', 'D')
        """
        wanted = frozenset(groups)
        for row in self.rows:
            if frozenset(row.groups) == wanted:
                return row
        msg = f"allocation table {self.name!r} has no row for groups {sorted(wanted)}"
        raise InvalidValueError(msg)


def _preset_table(
    name: str, slots: str, rows: str, source: str, letters: str = "ABCDEF"
) -> AllocationTable:
    """A table written compactly, one ``"ABCD:CDAB"`` per row.

    Each row gives the qualifying groups, then the group taking each of *slots*
    (space-separated) in turn.
    """
    names = slots.split()
    built = []
    for row in rows.split():
        groups, taken = row.split(":")
        built.append(
            AllocationRow(
                groups=tuple(groups), slots=tuple(zip(names, taken, strict=True))
            )
        )
    return AllocationTable(
        name=name,
        letters=tuple(letters),
        advance=len(built[0].groups),
        rows=tuple(built),
        source=source,
    )


_FIFA_1986_ROWS = (
    "ABCD:CDAB ABCE:CABE ABCF:CABF ABDE:DABE ABDF:DABF ABEF:EABF ACDE:CDAE "
    "ACDF:CDAF ACEF:CAFE ADEF:DAFE BCDE:CDBE BCDF:CDBF BCEF:ECBF BDEF:EDBF CDEF:CDFE"
)
_ALLOCATION_PRESETS: Final[Mapping[str, AllocationTable]] = MappingProxyType(
    {
        table.name: table
        for table in (
            _preset_table(
                "fifa-world-cup-1986",
                "1A 1B 1C 1D",
                _FIFA_1986_ROWS,
                "FIFA World Cups 1986, 1990 and 1994: the four best third-placed "
                "teams meet the winners of groups A-D (slots 1A-1D) as the table in "
                "the regulations (1994: Section 28) gives; the same 15 rows on "
                "Wikipedia's 1986 (oldid 1084544488), 1990 (oldid 1084680551) and "
                "1994 (oldid 1084682603) knockout-stage pages",
            ),
            _preset_table(
                "uefa-euro-2016",
                "1A 1B 1C 1D",
                _FIFA_1986_ROWS,
                "UEFA Euro 2016: the four best third-placed teams meet the winners "
                "of groups A-D (slots 1A-1D); the regulations' table as Wikipedia's "
                "'UEFA Euro 2016 knockout stage' gives it (the FIFA 1986-1994 rows)",
            ),
            _preset_table(
                "uefa-euro-2024",
                "1B 1C 1E 1F",
                "ABCD:ADBC ABCE:AEBC ABCF:AFBC ABDE:DEAB ABDF:DFAB ABEF:EFBA "
                "ACDE:EDCA ACDF:FDCA ACEF:EFCA ADEF:EFDA BCDE:EDBC BCDF:FDCB "
                "BCEF:FECB BDEF:FEDB CDEF:FEDC",
                "UEFA Euro 2024 regulations, article 21.05 (as Wikipedia's 'UEFA "
                "Euro 2024 knockout stage' gives it): the four best third-placed "
                "teams meet the winners of groups B, C, E and F (slots 1B-1F)",
            ),
        )
    }
)


def allocation_preset(name: str) -> AllocationTable:
    """The allocation table a regulation publishes, called *name*.

    Raises:
        UnknownNameError: no shipped table has that name; the message suggests one.

    >>> allocation_preset("uefa-euro-2016").source.startswith("UEFA Euro 2016")
    True
    """
    key = name.strip().lower().replace("_", "-") if is_a(name, str) else ""
    try:
        return _ALLOCATION_PRESETS[key]
    except KeyError:
        raise UnknownNameError(
            "allocation table", str(name), _ALLOCATION_PRESETS
        ) from None


def allocation_preset_names() -> tuple[str, ...]:
    """The ids of the shipped allocation tables, sorted.

    FIFA's table for 2026 (495 combinations of eight thirds from twelve groups)
    is not shipped: no source we hold reproduces it.

    >>> allocation_preset_names()
    ('fifa-world-cup-1986', 'uefa-euro-2016', 'uefa-euro-2024')
    """
    return tuple(sorted(_ALLOCATION_PRESETS))


@final
@attrs.frozen(kw_only=True)
class PlaceRanking:
    """The teams placed *place*-th in *groups*, ranked on their own group matches.

    "The four best third-placed teams", as a value.

    Its places are referenced like a group's (``{ place = 1, of = "thirds" }``).
    With an *allocation* table, which slot each qualifier takes depends on which
    groups they came from, and a slot is referenced by name
    (``{ slot = "1B", of = "thirds" }``).

    >>> PlaceRanking(id="thirds", rules="uefa-euro-2024-third-placed", place=3,
    ...              groups=("a", "b", "c", "d", "e", "f"), advance=4).advance
    4
    """

    id: str = attrs.field(validator=_name("ranking"))
    """Unique in the edition; references use it."""
    name: str = attrs.field(default="", validator=_text("ranking"))
    """A name for people."""
    rules: str = attrs.field(validator=_name("ranking"))
    """The rules it ranks by: a rule set of the edition, or a preset id."""
    place: int
    """The place in their groups of the teams ranked."""
    groups: tuple[str, ...] = attrs.field(converter=_tuple)
    """The ids of the groups, each one team."""
    advance: int = 0
    """How many of them go through."""
    counted_against: int = 0
    """Only matches against the teams placed 1st to this place in their own group
    count (the regulations' rule for groups of unequal size: "results against the
    team placed sixth are not taken into account" is ``counted_against = 5``);
    0 counts every match of the group."""
    allocation: tuple[AllocationRow, ...] = attrs.field(default=(), converter=_tuple)
    """The slot each qualifier takes, for each combination of groups they can come
    from; empty when there are no slots (or when *allocation_preset* gives them)."""
    allocation_preset: str = attrs.field(default="", validator=_text("ranking"))
    """The id of a shipped :class:`AllocationTable` whose letters map, in order,
    onto *groups* (``"uefa-euro-2024"``); instead of *allocation*."""
    recorded: tuple[RecordedPlace, ...] = attrs.field(default=(), converter=_tuple)
    """Places stated by sources."""
    source: str = attrs.field(default="", validator=_text("ranking"))
    """The key of the main source."""
    notes: str = attrs.field(default="", validator=_text("ranking"))
    """Anything a reader should know."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, f"ranking {self.id!r}")
        where = f"ranking {self.id!r}"
        if self.place < 1:
            msg = f"{where}: place must be a positive integer (got {self.place})"
            raise InvalidValueError(msg)
        if len(set(self.groups)) != len(self.groups) or len(self.groups) < 2:
            msg = f"{where}: groups must be two or more different group ids (got {list(self.groups)})"
            raise InvalidValueError(msg)
        if not 0 <= self.advance <= len(self.groups):
            msg = f"{where}: advance must be between 0 and the number of groups (got {self.advance})"
            raise InvalidValueError(msg)
        if self.counted_against and not self.place < self.counted_against:
            msg = (
                f"{where}: counted_against must be 0 or a place below the ranked "
                f"one, {self.place} (got {self.counted_against})"
            )
            raise InvalidValueError(msg)
        if self.allocation and self.allocation_preset:
            msg = f"{where}: give allocation rows or an allocation_preset, not both"
            raise InvalidValueError(msg)
        if self.allocation_preset:
            table = allocation_preset(self.allocation_preset)
            if len(table.letters) != len(self.groups) or table.advance != self.advance:
                msg = (
                    f"{where}: allocation table {table.name!r} is for {table.advance} "
                    f"of {len(table.letters)} groups (got {self.advance} of "
                    f"{len(self.groups)})"
                )
                raise InvalidValueError(msg)
        elif self.allocation:
            _check_allocation(where, self.groups, self.advance, self.allocation)

    def allocation_table(self) -> tuple[AllocationRow, ...]:
        """Its allocation rows by group id.

        Its *allocation*, or its preset's rows with the letters mapped onto *groups*.

        >>> ranking = PlaceRanking(id="thirds", rules="classic", place=3,
        ...     groups=("a", "b", "c", "d", "e", "f"), advance=4,
        ...     allocation_preset="uefa-euro-2024")
        >>> dict(ranking.allocation_table()[-1].slots)
        {'1B': 'f', '1C': 'e', '1E': 'd', '1F': 'c'}
        """
        if not self.allocation_preset:
            return self.allocation
        table = allocation_preset(self.allocation_preset)
        group_of = dict(zip(table.letters, self.groups, strict=True))
        return tuple(
            AllocationRow(
                groups=tuple(group_of[g] for g in row.groups),
                slots=tuple((slot, group_of[g]) for slot, g in row.slots),
            )
            for row in table.rows
        )

    def slot_names(self) -> tuple[str, ...]:
        """The slots of its allocation table, in the table's order.

        >>> PlaceRanking(id="t", rules="classic", place=3, groups=("a", "b"),
        ...              advance=1, allocation=[
        ...     AllocationRow(groups=("a",), slots=(("1b", "a"),)),
        ...     AllocationRow(groups=("b",), slots=(("1b", "b"),))]).slot_names()
        ('1b',)
        """
        rows = self.allocation_table()
        return tuple(slot for slot, _ in rows[0].slots) if rows else ()


@final
@attrs.frozen(kw_only=True)
class Pot:
    """A pot of a draw, as data: entrants the draw kept apart.

    The draw is not simulated: the phase's ties record who met whom. A replay
    checks them against the pots: no tie pairs two teams of one pot, or a team
    with one of a pot it is not drawn *against*, and each team of a pot plays
    exactly one tie of the phase.

    >>> Pot(id="seeded", name="Seeded",
    ...     entrants=(Reference(kind=ReferenceKind.PLACE, of="league", place=9),
    ...               "Club Brugge KV")).entrants[1]
    'Club Brugge KV'
    """

    id: str = attrs.field(validator=_name("pot"))
    """Unique within its phase."""
    name: str = attrs.field(default="", validator=_text("pot"))
    """A name for people."""
    entrants: tuple[Entrant, ...] = attrs.field(converter=_names_tuple)
    """Its teams, named or referenced."""
    against: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    """The ids of the pots its teams are drawn against (UEFA's "clubs 9 or 10
    against clubs 23 or 24"); empty: any other pot."""
    notes: str = attrs.field(default="", validator=_text("pot"))
    """Anything a reader should know (how it was seeded)."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, f"pot {self.id!r}")
        for i, entrant in enumerate(self.entrants):
            if isinstance(entrant, str):
                _refuse_unsafe(f"pot {self.id!r}: entrants[{i}]", entrant)
        if not self.entrants:
            msg = f"pot {self.id!r}: a pot has at least one entrant"
            raise InvalidValueError(msg)


@final
@attrs.frozen(kw_only=True)
class Phase:
    """A round of a stage: its groups and its ties, played together.

    >>> Phase(id="semi-finals").groups
    ()
    """

    id: str = attrs.field(validator=_name("phase"))
    """Unique within its stage."""
    name: str = attrs.field(default="", validator=_text("phase"))
    """A name for people."""
    groups: tuple[Group, ...] = attrs.field(default=(), converter=_tuple)
    """The phase's groups."""
    ties: tuple[Tie, ...] = attrs.field(default=(), converter=_tuple)
    """The phase's ties."""
    rankings: tuple[PlaceRanking, ...] = attrs.field(default=(), converter=_tuple)
    """Rankings of teams placed alike in groups (this phase's or earlier ones),
    worked out after the phase's groups and before its ties."""
    pots: tuple[Pot, ...] = attrs.field(default=(), converter=_tuple)
    """The pots of the draw that made its ties (seeded and unseeded teams), for
    the replay to check the ties against."""
    notes: str = attrs.field(default="", validator=_text("phase"))
    """Anything a reader should know."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, f"phase {self.id!r}")
        ids = [pot.id for pot in self.pots]
        if len(set(ids)) != len(ids):
            msg = f"phase {self.id!r}: pot ids must be different (got {ids})"
            raise InvalidValueError(msg)
        for pot in self.pots:
            for other in pot.against:
                if other not in ids or other == pot.id:
                    msg = (
                        f"phase {self.id!r}: pot {pot.id!r} is drawn against "
                        f"{other!r}, which is not another pot of the phase"
                    )
                    raise InvalidValueError(msg)
        if self.pots and not self.ties:
            msg = f"phase {self.id!r}: pots are drawn into ties, and the phase has none"
            raise InvalidValueError(msg)


@final
@attrs.frozen(kw_only=True)
class Stage:
    """A stage of the edition, in the order played.

    >>> Stage(id="district", notes="no recorded results").phases
    ()
    """

    id: str = attrs.field(validator=_name("stage"))
    """Unique in the edition."""
    name: str = attrs.field(default="", validator=_text("stage"))
    """A name for people."""
    phases: tuple[Phase, ...] = attrs.field(default=(), converter=_tuple)
    """Its rounds, in order."""
    qualified: tuple[Qualified, ...] = attrs.field(default=(), converter=_tuple)
    """Teams it is recorded to have sent on, when its matches are not recorded."""
    source: str = attrs.field(default="", validator=_text("stage"))
    """The key of the main source."""
    notes: str = attrs.field(default="", validator=_text("stage"))
    """Anything a reader should know."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, f"stage {self.id!r}")


@final
@attrs.frozen(kw_only=True)
class Placing:
    """A final place of the competition: who finished where.

    Two placings with the same *place* are a joint place (the losing
    semi-finalists, where no third-place match is played).

    >>> print(Placing(place=3, team=Reference(kind=ReferenceKind.WINNER, of="third-place")).team)
    winner of third-place
    """

    place: int
    """The place, from 1."""
    team: Entrant
    """The team, named or referenced."""

    def __attrs_post_init__(self) -> None:
        check_field_types(self, "placing")
        if self.place < 1:
            msg = f"placing: place must be a positive integer (got {self.place})"
            raise InvalidValueError(msg)
        if isinstance(self.team, str):
            _refuse_unsafe("placing: team", self.team)


@final
@attrs.frozen(kw_only=True)
class Edition:
    """An edition of a competition, as its sources tell it.

    Building one checks it whole: every reference, team, source key and rule
    name must resolve, and a team may enter a phase only once. All problems are
    reported together in one :class:`~copaperu.ConfigError`.

    >>> import copaperu as cp
    >>> e = cp.load_edition("copa-peru-1997")
    >>> e.name
    'Copa Perú 1997'
    """

    id: str = attrs.field(validator=_name("edition"))
    """The edition's id, such as ``"copa-peru-1998"``."""
    name: str = attrs.field(validator=_name("edition"))
    """Its name."""
    season: str = attrs.field(default="", validator=_text("edition"))
    """Its season."""
    notes: str = attrs.field(default="", validator=_text("edition"))
    """Anything a reader should know."""
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_tuple)
    """The sources cited."""
    teams: tuple[Team, ...] = attrs.field(default=(), converter=_tuple)
    """The teams; when given, every team named anywhere must be one of them."""
    table_rules: tuple[NamedTableRules, ...] = attrs.field(default=(), converter=_tuple)
    """Named table rules."""
    tie_rules: tuple[NamedTieRules, ...] = attrs.field(default=(), converter=_tuple)
    """Named tie rules."""
    stages: tuple[Stage, ...] = attrs.field(default=(), converter=_tuple)
    """The stages, in order."""
    champion: Entrant | None = None
    """Who is champion: usually the winner of the final."""
    promoted: tuple[Entrant, ...] = attrs.field(default=(), converter=_tuple)
    """The teams promoted."""
    relegated: tuple[Entrant, ...] = attrs.field(default=(), converter=_tuple)
    """The teams relegated."""
    placings: tuple[Placing, ...] = attrs.field(default=(), converter=_tuple)
    """Final places beyond the champion (runner-up, third, ...), in order."""
    translations: tuple[Translation, ...] = attrs.field(default=(), converter=_tuple)
    """Its prose in other languages: each a whole text of the edition, translated."""
    _tables: Mapping[str, TableRules] = attrs.field(
        init=False, eq=False, repr=False, factory=dict
    )
    _ties: Mapping[str, TieRules] = attrs.field(
        init=False, eq=False, repr=False, factory=dict
    )

    def __attrs_post_init__(self) -> None:
        check_field_types(self, f"edition {self.id!r}")
        check = _Checker(self)
        problems = list(_problems(self, check))
        if problems:
            where = f"edition {self.id!r}"
            raise ConfigError(where, problems)
        # Each rule name resolved once, here; the replay asks for them by group or tie.
        tables = {g.rules: check.table_rules[g.rules] for _, g in self.groups()}
        tables |= {r.rules: check.table_rules[r.rules] for _, r in self.rankings()}
        ties = {t.rules: check.tie_rules[t.rules] for _, t in self.ties()}
        object.__setattr__(self, "_tables", MappingProxyType(tables))
        object.__setattr__(self, "_ties", MappingProxyType(ties))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as the fields it is built from (unpickling builds and checks it).

        >>> import pickle, copaperu as cp
        >>> edition = cp.load_edition("copa-peru-1997")
        >>> pickle.loads(pickle.dumps(edition)) == edition
        True
        """
        given = {a.name: getattr(self, a.name) for a in attrs.fields(Edition) if a.init}
        return (_edition_from, (given,))

    def aliases(self) -> Mapping[str, TeamId]:
        """Every alias of its teams, each mapped to the team's name.

        Give it to a reader of results (``aliases=edition.aliases()``) so that a
        source's spelling lands on the edition's team.

        >>> import copaperu as cp
        >>> cp.load_edition("copa-peru-1998").aliases()["Víctor Loli"]
        'Victor Loli'
        """
        return {alias: team.name for team in self.teams for alias in team.aliases}

    def team_named(self, name: str) -> TeamId:
        """The team *name* means: a team's name or an alias, in any Unicode form.

        Raises:
            UnknownNameError: no team is called that; the message suggests the
                nearest names and aliases.

        >>> import copaperu as cp
        >>> edition = cp.load_edition("copa-peru-1998")
        >>> edition.team_named("Víctor Loli"), edition.team_named("Atle\u0301tico Torino")
        ('Victor Loli', 'Atlético Torino')
        """
        wanted = nfc(name)
        names = {team.name: team.name for team in self.teams} | dict(self.aliases())
        if wanted not in names:
            raise UnknownNameError(
                "team", str(name), names, where=f"edition {self.id!r}"
            )
        return names[wanted]

    def texts_in(self) -> Mapping[str, Mapping[str, str]]:
        """Its translations by language, each from the English text to the language's.

        >>> import copaperu as cp
        >>> cp.load_edition("copa-peru-1998").texts_in()["es"]["Quarter-finals"]
        'Cuartos de final'
        """
        table: dict[str, dict[str, str]] = {}
        for translation in self.translations:
            table.setdefault(translation.language, {})[translation.en] = (
                translation.text
            )
        return table

    def table_rules_of(self, group: Group | PlaceRanking) -> TableRules:
        """The table rules *group* names, resolved when the edition was built.

        A name is the edition's own rule set of that name, else the preset of that id.

        Raises:
            UnknownNameError: no group of this edition names those rules.

        >>> import copaperu as cp
        >>> e = cp.load_edition("copa-peru-1997")
        >>> (path, group), = e.groups()
        >>> e.table_rules_of(group).points
        PointsScheme(win=3, draw=1, loss=0)
        """
        try:
            return self._tables[group.rules]
        except (KeyError, AttributeError, TypeError):
            raise UnknownNameError("group", _show(group), _ids(self.groups())) from None

    def tie_rules_of(self, tie: Tie) -> TieRules:
        """The tie rules *tie* names, resolved when the edition was built.

        A name is the edition's own rule set of that name, else the preset of that id.

        Raises:
            UnknownNameError: no tie of this edition names those rules.

        >>> import copaperu as cp
        >>> e = cp.load_edition("copa-peru-1998")
        >>> path, final = list(e.ties())[-1]
        >>> print(e.tie_rules_of(final))
        Copa Perú 1998 national stage: aggregate, penalties
        """
        try:
            return self._ties[tie.rules]
        except (KeyError, AttributeError, TypeError):
            raise UnknownNameError("tie", _show(tie), _ids(self.ties())) from None

    def groups(self) -> Iterator[tuple[str, Group]]:
        """Every group with its key path, in order.

        >>> import copaperu as cp
        >>> [path for path, _ in cp.load_edition("copa-peru-1997").groups()]
        ['stages[1].phases[0].groups[0]']
        """
        for s, stage in enumerate(self.stages):
            for p, phase in enumerate(stage.phases):
                for g, group in enumerate(phase.groups):
                    yield f"stages[{s}].phases[{p}].groups[{g}]", group

    def rankings(self) -> Iterator[tuple[str, PlaceRanking]]:
        """Every ranking across groups with its key path, in order.

        >>> import copaperu as cp
        >>> list(cp.load_edition("copa-peru-1998").rankings())
        []
        """
        for s, stage in enumerate(self.stages):
            for p, phase in enumerate(stage.phases):
                for r, ranking in enumerate(phase.rankings):
                    yield f"stages[{s}].phases[{p}].rankings[{r}]", ranking

    def ties(self) -> Iterator[tuple[str, Tie]]:
        """Every tie with its key path, in order.

        >>> import copaperu as cp
        >>> [path for path, _ in cp.load_edition("copa-peru-1998").ties()][-1]
        'stages[4].phases[2].ties[0]'
        """
        for s, stage in enumerate(self.stages):
            for p, phase in enumerate(stage.phases):
                for t, tie in enumerate(phase.ties):
                    yield f"stages[{s}].phases[{p}].ties[{t}]", tie


_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _edition_from(given: dict[str, Any]) -> Edition:
    """An edition from its fields (how a pickled edition is built again)."""
    return Edition(**given)


def _show(item: object) -> str:
    return str(getattr(item, "id", item))


def _ids(found: Iterator[tuple[str, Group | Tie]]) -> list[str]:
    return [item.id for _, item in found]


def _problems(edition: Edition, check: _Checker) -> Iterator[tuple[str, str]]:
    """Every problem of *edition*, each as (key path, message)."""
    if not _ID.match(edition.id):
        yield (
            "id",
            f"expected lowercase letters, digits and dashes (got {edition.id!r})",
        )
    yield from _duplicates("teams", [team.name for team in edition.teams], "team")
    named = {team.name for team in edition.teams}
    aliased: dict[str, str] = {}
    for t, team in enumerate(edition.teams):
        for a, alias in enumerate(team.aliases):
            here = f"teams[{t}].aliases[{a}]"
            if alias in named:
                yield here, f"the alias {alias!r} is the name of a team"
            elif aliased.setdefault(alias, team.name) != team.name:
                other = aliased[alias]
                yield here, f"the alias {alias!r} is also an alias of {other!r}"
    yield from _duplicates("sources", [s.key for s in edition.sources], "source")
    yield from _duplicates("stages", [stage.id for stage in edition.stages], "stage id")
    for s, stage in enumerate(edition.stages):
        here = f"stages[{s}]"
        yield from check.source(f"{here}.source", stage.source)
        yield from _duplicates(
            f"{here}.phases", [ph.id for ph in stage.phases], "phase id"
        )
        for q, qualified in enumerate(stage.qualified):
            yield from check.team(f"{here}.qualified[{q}].team", qualified.team)
            yield from check.source(f"{here}.qualified[{q}].source", qualified.source)
        for p, phase in enumerate(stage.phases):
            yield from check.phase(f"{here}.phases[{p}]", phase)
    if edition.champion is not None:
        yield from check.entrant("champion", edition.champion, honour=True)
    for i, entrant in enumerate(edition.promoted):
        yield from check.entrant(f"promoted[{i}]", entrant, honour=True)
    for i, entrant in enumerate(edition.relegated):
        yield from check.entrant(
            f"relegated[{i}]", entrant, honour=True, any_place=True
        )
    for i, placing in enumerate(edition.placings):
        yield from check.entrant(
            f"placings[{i}].team", placing.team, honour=True, any_place=True
        )
    places = [placing.place for placing in edition.placings]
    if places != sorted(places):
        yield "placings", f"placings must be in order of place (got {places})"
    yield from _translation_problems(edition)


def _texts(value: object) -> Iterator[str]:
    """Every text held by *value*, an edition or a value inside it."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _texts(item)
    elif not isinstance(value, Translation):
        kind = type(value)
        if attrs.has(kind):
            for field in attrs.fields(kind):
                if field.init:
                    yield from _texts(getattr(value, field.name))


def _translation_problems(edition: Edition) -> Iterator[tuple[str, str]]:
    """Translations of texts the edition does not have, or in no language of ours."""
    texts = set(_texts(edition))
    seen: set[tuple[str, str]] = set()
    for i, translation in enumerate(edition.translations):
        here = f"translations[{i}]"
        if translation.language not in LANGUAGES or translation.language == "en":
            known = ", ".join(language for language in LANGUAGES if language != "en")
            yield (
                f"{here}.language",
                f"expected a language copaperu writes in: {known} "
                f"(got {translation.language!r})",
            )
        if translation.en not in texts:
            yield (
                f"{here}.en",
                "no text of the edition is exactly this (an edited text leaves its "
                f"translation behind): {translation.en[:60]!r}",
            )
        if (translation.language, translation.en) in seen:
            yield f"{here}.en", f"translated twice: {translation.en[:60]!r}"
        seen.add((translation.language, translation.en))


class _Checker:
    """What an edition defines, to check names and references against (internal)."""

    def __init__(self, edition: Edition) -> None:
        self.teams = {team.name for team in edition.teams}
        self.sources = {source.key for source in edition.sources}
        # Each rules name a group or tie may use, resolved once: the edition's own
        # rule sets first, else the preset of that id.
        self.table_rules: dict[str, TableRules] = {
            name: presets.table_preset(name) for name in presets.table_preset_names()
        } | {named.name: named.rules for named in edition.table_rules}
        self.tie_rules: dict[str, TieRules] = {
            name: presets.tie_preset(name) for name in presets.tie_preset_names()
        } | {named.name: named.rules for named in edition.tie_rules}
        self.defined: dict[str, str] = {}  # outcome id -> "group" or "tie", in order
        self.sizes: dict[str, int] = {}  # group id -> number of entrants
        self.advances: dict[str, int] = {}  # group id -> how many go through
        # outcome id -> every team that could be in it (None: not known)
        self.reaching: dict[str, frozenset[str] | None] = {}
        self.slots: dict[str, frozenset[str]] = {}  # ranking id -> its slots

    def source(self, path: str, key: str) -> Iterator[tuple[str, str]]:
        if key and key not in self.sources:
            yield path, _unknown("source", key, self.sources)

    def match_sources(self, path: str, match: Match) -> Iterator[tuple[str, str]]:
        yield from self.source(f"{path}.source", match.source)
        for r, ruling in enumerate(match.rulings):
            yield from self.source(f"{path}.rulings[{r}].source", ruling.source)

    def team(self, path: str, name: str) -> Iterator[tuple[str, str]]:
        if self.teams and name not in self.teams:
            yield path, _unknown("team", name, self.teams)

    def entrant(
        self,
        path: str,
        entrant: Entrant,
        *,
        honour: bool = False,
        any_place: bool = False,
    ) -> Iterator[tuple[str, str]]:
        """Check *entrant*.

        An *honour* (champion, promoted) may be a final's 1st; a placing or a
        relegation (*any_place*) any place a group has.
        """
        if isinstance(entrant, str):
            yield from self.team(path, entrant)
            return
        target = self.defined.get(entrant.of)
        kind = entrant.kind
        if target is None:
            message = _unknown("group, ranking or tie", entrant.of, self.defined)
            yield (
                path,
                f"{message}: only earlier groups, rankings and ties can be referenced",
            )
        elif kind is ReferenceKind.SLOT:
            slots = self.slots.get(entrant.of, frozenset())
            if target != "ranking" or not slots:
                yield path, f"{entrant.of!r} is not a ranking with an allocation table"
            elif entrant.slot not in slots:
                yield path, _unknown(f"slot of {entrant.of!r}", entrant.slot, slots)
        elif kind is ReferenceKind.PLACE and target == "tie":
            yield path, f"{entrant.of!r} is a tie: refer to its winner or loser"
        elif kind is not ReferenceKind.PLACE and target != "tie":
            yield path, f"{entrant.of!r} is a {target}: refer to a place in it"
        elif entrant.place is not None and entrant.place > self.sizes[entrant.of]:
            size = self.sizes[entrant.of]
            yield (
                path,
                f"{entrant.of!r} has {size} entrants (got place {entrant.place})",
            )
        elif entrant.place is not None and not any_place:
            advance = self.advances[entrant.of]
            if entrant.place > (max(advance, 1) if honour else advance):
                sent = "no team" if advance == 0 else _teams(advance)
                yield (
                    path,
                    f"{entrant.of!r} sends on {sent} (advance = {advance}): "
                    f"place {entrant.place} does not go through",
                )

    def phase(self, at: str, phase: Phase) -> Iterator[tuple[str, str]]:
        seen: dict[str, str] = {}
        pending: dict[str, str] = {}
        for g, group in enumerate(phase.groups):
            path = f"{at}.groups[{g}]"
            if group.id in self.defined or group.id in pending:
                yield f"{path}.id", f"duplicate id {group.id!r}"
            pending[group.id] = "group"
            if group.rules not in self.table_rules:
                yield (
                    f"{path}.rules",
                    _unknown("table rules", group.rules, self.table_rules),
                )
            yield from self.source(f"{path}.source", group.source)
            yield from self.group(path, group, seen)
        for t, tie in enumerate(phase.ties):
            path = f"{at}.ties[{t}]"
            if tie.id in self.defined or tie.id in pending:
                yield f"{path}.id", f"duplicate id {tie.id!r}"
            pending[tie.id] = "tie"
            if tie.rules not in self.tie_rules:
                yield f"{path}.rules", _unknown("tie rules", tie.rules, self.tie_rules)
            yield from self.source(f"{path}.source", tie.source)
            yield from self.tie(path, tie, seen)
        for group in phase.groups:
            self.sizes[group.id] = len(group.entrants)
            self.advances[group.id] = group.goes_through
            self.reaching[group.id] = self.possible_entrants(group.entrants)
        for tie in phase.ties:
            self.reaching[tie.id] = self.possible_entrants(tie.entrants)
        for r, ranking in enumerate(phase.rankings):
            yield from self.ranking(f"{at}.rankings[{r}]", ranking, pending)
            pending[ranking.id] = "ranking"
        for k, pot in enumerate(phase.pots):
            for e, entrant in enumerate(pot.entrants):
                yield from self.entrant(f"{at}.pots[{k}].entrants[{e}]", entrant)
        self.defined.update(pending)

    def ranking(
        self, path: str, ranking: PlaceRanking, pending: dict[str, str]
    ) -> Iterator[tuple[str, str]]:
        """A ranking's id, rules, source and groups (of this phase or earlier)."""
        if ranking.id in self.defined or ranking.id in pending:
            yield f"{path}.id", f"duplicate id {ranking.id!r}"
        if ranking.rules not in self.table_rules:
            yield (
                f"{path}.rules",
                _unknown("table rules", ranking.rules, self.table_rules),
            )
        yield from self.source(f"{path}.source", ranking.source)
        groups = {k for k, v in {**self.defined, **pending}.items() if v == "group"}
        reaching: set[str] | None = set()
        for g, group in enumerate(ranking.groups):
            if group not in groups:
                yield f"{path}.groups[{g}]", _unknown("group", group, groups)
                reaching = None
                continue
            if ranking.place > self.sizes.get(group, 0):
                yield (
                    f"{path}.place",
                    f"{group!r} has {self.sizes.get(group, 0)} entrants "
                    f"(got place {ranking.place})",
                )
            found = self.reaching.get(group)
            reaching = None if found is None or reaching is None else reaching | found
        for r, recorded in enumerate(ranking.recorded):
            yield from self.team(f"{path}.recorded[{r}].team", recorded.team)
            yield from self.source(f"{path}.recorded[{r}].source", recorded.source)
            if recorded.place > len(ranking.groups):
                yield (
                    f"{path}.recorded[{r}].place",
                    f"the ranking has {len(ranking.groups)} teams "
                    f"(got place {recorded.place})",
                )
        self.sizes[ranking.id] = len(ranking.groups)
        self.advances[ranking.id] = ranking.advance
        self.reaching[ranking.id] = None if reaching is None else frozenset(reaching)
        self.slots[ranking.id] = frozenset(ranking.slot_names())

    def possible_entrants(self, entrants: Sequence[Entrant]) -> frozenset[str] | None:
        """Every team that could be one of *entrants* (``None`` if not known).

        The named ones, and for a reference every team that could reach the group
        or tie it names.
        """
        found: set[str] = set()
        for entrant in entrants:
            if isinstance(entrant, str):
                found.add(entrant)
                continue
            reaching = self.reaching.get(entrant.of)
            if reaching is None:
                return None
            found |= reaching
        return frozenset(found)

    def group(
        self, path: str, group: Group, seen: dict[str, str]
    ) -> Iterator[tuple[str, str]]:
        for e, entrant in enumerate(group.entrants):
            yield from self.entrant(f"{path}.entrants[{e}]", entrant)
            yield from _enters_once(f"{path}.entrants[{e}]", entrant, seen)
        named = {e for e in group.entrants if isinstance(e, str)}
        valid = not self.teams or named <= self.teams
        complete = len(named) == len(group.entrants) and valid
        possible = self.possible_entrants(group.entrants)

        def member(where: str, team: str) -> Iterator[tuple[str, str]]:
            yield from self.team(where, team)
            if (
                complete
                and team not in named
                and (not self.teams or team in self.teams)
            ):
                yield where, _unknown("team of this group", team, named)
            elif not complete and possible is not None and team not in possible:
                yield (
                    where,
                    (
                        f"{team!r} cannot be in this group: its entrants come from "
                        f"{', '.join(sorted(possible))}"
                    ),
                )

        for kind, matches in (("matches", group.matches), ("playoffs", group.playoffs)):
            for m, match in enumerate(matches):
                yield from member(f"{path}.{kind}[{m}].home", match.home)
                yield from member(f"{path}.{kind}[{m}].away", match.away)
                yield from self.match_sources(f"{path}.{kind}[{m}]", match)
        yield from self.group_matches(path, group)
        for d, deduction in enumerate(group.deductions):
            yield from member(f"{path}.deductions[{d}].team", deduction.team)
        for r, recorded in enumerate(group.recorded):
            yield from member(f"{path}.recorded[{r}].team", recorded.team)
            yield from self.source(f"{path}.recorded[{r}].source", recorded.source)
            if recorded.place > len(group.entrants):
                size = len(group.entrants)
                yield (
                    f"{path}.recorded[{r}].place",
                    f"the group has {size} entrants (got place {recorded.place})",
                )
        places = [str(recorded.place) for recorded in group.recorded]
        yield from _duplicates(f"{path}.recorded", places, "recorded place")
        for r, row in enumerate(group.published):
            yield from member(f"{path}.published[{r}].team", row.team)
            yield from self.source(f"{path}.published[{r}].source", row.source)
        for lot, order in enumerate(group.lots):
            for team in order:
                yield from member(f"{path}.lots[{lot}]", team)
            if len(set(order)) != len(order) or len(order) < 2:
                yield (
                    f"{path}.lots[{lot}]",
                    f"expected two or more different team names (got {list(order)!r})",
                )

    def group_matches(self, path: str, group: Group) -> Iterator[tuple[str, str]]:
        """Each fixture entered once; no extra time, nor a shoot-out the rules lack.

        Play-offs are not group matches: they may repeat a fixture, go to extra
        time and end in a shoot-out.
        """
        rules = self.table_rules.get(group.rules)
        shootouts = rules is not None and _has_last_match_shootout(rules)
        entered: dict[tuple[TeamId, ...], str] = {}
        listed = group.schedule is Schedule.LISTED  # its matches are the fixtures
        for m, match in enumerate(group.matches):
            where = f"{path}.matches[{m}]"
            if not listed and official_result(match).status is not MatchStatus.VOID:
                # A match declared void may be replayed: the replay is the record.
                fixture = match.teams if group.legs == 2 else tuple(sorted(match.teams))
                if fixture in entered:
                    yield where, _entered_twice(match, group.legs, entered[fixture])
                else:
                    entered[fixture] = where
            if match.extra_time is not None:
                yield (
                    f"{where}.extra_time",
                    "a group match has no extra time: only a play-off has "
                    f"(got {match.extra_time})",
                )
            shootout = _shootout(match)
            if shootout is None or rules is None:
                continue
            key, taken = shootout
            if not shootouts:
                yield (
                    f"{where}.{key}",
                    f"a shoot-out in a group match, but the rules {group.rules!r} "
                    f"have no last_match_shootout criterion (got {taken})",
                )
            elif match.score is not None and not match.score.is_draw:
                yield (
                    f"{where}.{key}",
                    "a shoot-out after a group match that was not level "
                    f"(got {match.score})",
                )

    def tie(
        self, path: str, tie: Tie, seen: dict[str, str]
    ) -> Iterator[tuple[str, str]]:
        for e, entrant in enumerate(tie.entrants):
            yield from self.entrant(f"{path}.entrants[{e}]", entrant)
            yield from _enters_once(f"{path}.entrants[{e}]", entrant, seen)
        matches = [(f"legs[{i}]", leg) for i, leg in enumerate(tie.legs)]
        if tie.playoff is not None:
            matches.append(("playoff", tie.playoff))
        matches += [(f"replays[{i}]", match) for i, match in enumerate(tie.replays)]
        # Named entrants are checked against the legs by _tie_teams; references,
        # against every team that could reach them.
        referred = any(isinstance(entrant, Reference) for entrant in tie.entrants)
        possible = self.possible_entrants(tie.entrants) if referred else None
        for where, match in matches:
            for side in ("home", "away"):
                team = getattr(match, side)
                yield from self.team(f"{path}.{where}.{side}", team)
                if possible is not None and team not in possible:
                    yield (
                        f"{path}.{where}.{side}",
                        (
                            f"{team!r} cannot be in this tie: its entrants come from "
                            f"{', '.join(sorted(possible))}"
                        ),
                    )
            yield from self.match_sources(f"{path}.{where}", match)
        rules = self.tie_rules.get(tie.rules)
        problems = [*_tie_teams(path, tie, matches), *_tie_extras(path, tie, rules)]
        yield from problems
        if rules is not None and not problems:
            yield from _tie_decided(path, tie, rules)
        if tie.recorded is not None:
            winner = tie.recorded.winner
            yield from self.team(f"{path}.recorded.winner", winner)
            if possible is not None and winner not in possible:
                yield (
                    f"{path}.recorded.winner",
                    (
                        f"{winner!r} cannot have won this tie: its entrants come from "
                        f"{', '.join(sorted(possible))}"
                    ),
                )
            yield from self.source(f"{path}.recorded.source", tie.recorded.source)


def _teams(count: int) -> str:
    return f"{count} team" if count == 1 else f"{count} teams"


def _has_last_match_shootout(rules: TableRules) -> bool:
    """Whether *rules* rank by a shoot-out after a level last match, anywhere."""
    return any(isinstance(c, LastMatchShootout) for c in _criteria(rules.tiebreakers))


def _criteria(chain: Iterable[object]) -> Iterator[object]:
    """Every criterion of *chain*, and every criterion inside one, in order."""
    for criterion in chain:
        yield criterion
        if isinstance(criterion, OnlyWhen):
            yield from _criteria((criterion.criterion,))
        elif isinstance(criterion, HeadToHead):
            yield from _criteria(criterion.criteria)


def _shootout(match: Match) -> tuple[str, object] | None:
    """The key and value of the shoot-out *match* records, taken or awarded."""
    if match.penalties is not None:
        return "penalties", match.penalties
    for r, ruling in enumerate(match.rulings):
        if isinstance(ruling, AwardedShootout):
            return f"rulings[{r}]", ruling
    return None


def _entered_twice(match: Match, legs: int, first: str) -> str:
    if legs == 2:
        return f"{match.home} v {match.away} is entered twice (also at {first})"
    one, other = sorted(match.teams)
    return (
        f"{one} and {other} meet once (legs = 1): "
        f"their match is entered twice (also at {first})"
    )


def _tie_teams(
    path: str, tie: Tie, matches: list[tuple[str, Match]]
) -> Iterator[tuple[str, str]]:
    """Every match of *tie* between the same two teams, its entrants where named."""
    if len(tie.legs) == 2 and tie.legs[1].teams != tie.legs[0].teams[::-1]:
        first, second = tie.legs
        yield (
            f"{path}.legs[1]",
            (
                f"the legs do not mirror each other: {first.home} v {first.away}, "
                f"then {second.home} v {second.away}"
            ),
        )
    named = {e for e in tie.entrants if isinstance(e, str)}
    if len(named) == 2:
        in_legs = {team for _, match in matches for team in match.teams}
        if in_legs and not in_legs <= named:
            yield (
                f"{path}.legs",
                (
                    f"the matches are between {sorted(in_legs)}, not the entrants {sorted(named)}"
                ),
            )
        return
    pair = sorted(tie.legs[0].teams) if tie.legs else []
    for where, match in matches:
        if named and not named <= set(match.teams):
            (entrant,) = named
            yield (
                f"{path}.{where}",
                f"a match of the tie must involve its entrant {entrant!r} "
                f"(got {match.home} v {match.away})",
            )
        elif where == "playoff" and pair and sorted(match.teams) != pair:
            yield (
                f"{path}.playoff",
                f"the play-off {match.home} v {match.away} is not between "
                f"the teams of the legs, {pair[0]} and {pair[1]}",
            )


def _tie_extras(
    path: str, tie: Tie, rules: TieRules | None
) -> Iterator[tuple[str, str]]:
    """Extra time and shoot-outs only after the last leg, and only if the rules say."""
    if len(tie.legs) == 2:
        first = tie.legs[0]
        if first.extra_time is not None:
            yield (
                f"{path}.legs[0].extra_time",
                "extra time on the first leg: it can only follow the last leg "
                f"(got {first.extra_time})",
            )
        shootout = _shootout(first)
        if shootout is not None:
            key, taken = shootout
            yield (
                f"{path}.legs[0].{key}",
                "a shoot-out on the first leg: it can only follow the last leg "
                f"(got {taken})",
            )
    if rules is None:
        return
    matches = [(f"legs[{i}]", leg) for i, leg in enumerate(tie.legs)]
    if tie.playoff is not None:
        if not rules.playoff:
            yield (
                f"{path}.playoff",
                f"a play-off recorded, but the rules {tie.rules!r} have none",
            )
        matches.append(("playoff", tie.playoff))
    if tie.replays and not rules.playoff:
        yield (
            f"{path}.replays",
            f"replays recorded, but the rules {tie.rules!r} have none",
        )
    matches += [(f"replays[{i}]", replay) for i, replay in enumerate(tie.replays)]
    for where, match in matches:
        if match.extra_time is not None and not rules.extra_time:
            yield (
                f"{path}.{where}.extra_time",
                f"extra time recorded, but the rules {tie.rules!r} have none "
                f"(got {match.extra_time})",
            )
        shootout = _shootout(match)
        if shootout is not None and not rules.penalties:
            key, taken = shootout
            yield (
                f"{path}.{where}.{key}",
                f"a shoot-out recorded, but the rules {tie.rules!r} have none "
                f"(got {taken})",
            )


def _tie_decided(path: str, tie: Tie, rules: TieRules) -> Iterator[tuple[str, str]]:
    """What deciding the tie refuses, as the replay decides it; a play-off not due."""
    try:
        if len(tie.legs) == 2:
            first, second = tie.legs
            decide_tie(first, second, rules, playoff=tie.playoff)
            without = decide_tie(first, second, rules)
        elif len(tie.legs) == 1:
            decide_match(tie.legs[0], rules, tie.replays)
            without = decide_match(tie.legs[0], rules)
        else:
            return
    except CopaperuError as exc:
        where = "replays" if tie.replays and "replay" in str(exc) else "legs"
        yield f"{path}.{where}", f"the {where} cannot be decided: {exc}"
        return
    if tie.playoff is not None and without.is_decided:
        yield (
            f"{path}.playoff",
            f"a play-off recorded, but the legs decided the tie: {without.winner} "
            f"through (decided by {without.decided_by})",
        )


def _enters_once(
    path: str, entrant: Entrant, seen: dict[str, str]
) -> Iterator[tuple[str, str]]:
    key = entrant if isinstance(entrant, str) else f"@{entrant}"
    if key in seen:
        yield path, f"{entrant} enters this phase twice (also at {seen[key]})"
    else:
        seen[key] = path


def _duplicates(path: str, values: list[str], what: str) -> Iterator[tuple[str, str]]:
    seen: set[str] = set()
    for index, value in enumerate(values):
        if value in seen:
            yield f"{path}[{index}]", f"duplicate {what} {value!r}"
        seen.add(value)


def _unknown(kind: str, name: str, known: Iterable[str]) -> str:
    names = sorted(known)
    close = difflib.get_close_matches(name, names, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown {kind} {name!r}{hint}"
