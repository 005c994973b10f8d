"""Layer 6, replay: the walk over an edition to its champion.

The replay computes what the record allows, takes from the sources what they
state for the rest (marked *recorded*, with the source), and lists what is
unknown and what that blocks. It never invents a result. A recorded fact that
contradicts what the results compute is reported, not silently preferred. What is
unknown and what contradicts are values (:class:`Unknown`, :class:`Contradiction`);
``_words`` puts them in words.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Protocol, TypeAlias, TypeVar, final

import attrs

from ._competition import (
    Edition,
    Entrant,
    Group,
    Phase,
    PlaceRanking,
    RecordedPlace,
    RecordedWinner,
    Reference,
    ReferenceKind,
    Schedule,
    Tie,
)
from ._knockout import (
    TieOutcome,
    decide_match,
    decide_tie,
)
from ._official import MatchStatus, OfficialResult, official_result
from ._points import PointsScheme
from ._standings import LevelTeams, Standings, rank_across_groups, standings
from ._tiebreak import Criterion, Scope, Statistic, TableRules
from ._tierules import TieRules
from ._values import Match, TeamId
from .errors import CopaperuError, UnknownNameError

__all__ = [
    "Contradiction",
    "ContradictionKind",
    "EditionResult",
    "Filler",
    "GroupResult",
    "Placed",
    "Provenance",
    "RankingResult",
    "StageResult",
    "TieResult",
    "Unknown",
    "UnknownKind",
    "replay",
    "replay_filled",
]


class Provenance(enum.StrEnum):
    """Where a fact of a replay comes from.

    >>> Provenance.RECORDED.value
    'recorded'
    """

    COMPUTED = "computed"
    """Computed from results by the rules."""
    RECORDED = "recorded"
    """Stated by a source (see its ``source``)."""
    INFERRED = "inferred"
    """Inferred from other sourced facts (see its ``notes``)."""
    UNKNOWN = "unknown"
    """Neither computed nor recorded."""


class _Named(Protocol):
    @property
    def id(self) -> str: ...


_N = TypeVar("_N", bound=_Named)


def _by_id(kind: str, wanted: str, found: Sequence[_N]) -> _N:
    """The item of *found* whose id is *wanted*; else an error naming the known ids."""
    for item in found:
        if item.id == wanted:
            return item
    raise UnknownNameError(kind, wanted, [item.id for item in found])


@final
@attrs.frozen(kw_only=True)
class Placed:
    """A place in a group after the replay: the team, and where the fact comes from.

    >>> print(Placed(place=1, team="Cultural Hidro", provenance=Provenance.RECORDED,
    ...              source="WIKI"))
    1st: Cultural Hidro (recorded, WIKI)
    """

    place: int
    """The place."""
    team: TeamId | None
    """The team; ``None`` when unknown."""
    provenance: Provenance
    """Computed, recorded, inferred or unknown."""
    source: str = ""
    """The source key, for a recorded fact."""
    notes: str = ""
    """The source's words or the reasoning."""

    def __str__(self) -> str:
        from ._words import placed_text

        return placed_text(self)


class UnknownKind(enum.StrEnum):
    """What kind of thing the record does not say.

    >>> UnknownKind("no_leg")
    <UnknownKind.NO_LEG: 'no_leg'>
    """

    STAGE_WITHOUT_RESULTS = "stage_without_results"
    """A stage with no phase and no recorded qualifier: nothing of it is recorded."""
    GROUP_ENTRANT = "group_entrant"
    """A group's entrant that cannot be resolved: it blocks the group's table."""
    TIE_ENTRANT = "tie_entrant"
    """A tie's entrant that cannot be resolved: it blocks the tie's winner, unless
    a winner is recorded."""
    RESULTS_MISSING = "results_missing"
    """Results of a group not recorded: they block the places they leave open."""
    LEVEL_TEAMS = "level_teams"
    """Teams of a complete group still level: they block the places they cover
    when those are qualifying places."""
    UNDECIDED = "undecided"
    """A tie its legs do not decide: it blocks its winner, unless one is recorded."""
    NO_LEG = "no_leg"
    """A tie without a recorded leg: it blocks its winner, unless one is recorded."""
    RANKING_ENTRANT = "ranking_entrant"
    """A team a ranking across groups ranks is unknown (its group's place is)."""
    CHAMPION = "champion"
    """The champion, which the edition names by a reference nothing resolves."""


@final
@attrs.frozen(kw_only=True)
class Unknown:
    """Something the record does not say, and what that blocks.

    The *kind* says what is unknown; the other fields carry what that kind needs,
    and ``str()`` puts it in words.

    >>> unknown = Unknown(kind=UnknownKind.RESULTS_MISSING, id="region-vi",
    ...                   missing=6, expected=6, places=(1,))
    >>> print(unknown)
    region-vi: 6 of 6 results not recorded -- blocks its 1st place
    >>> unknown.is_blocking
    True
    """

    kind: UnknownKind
    """What kind of thing is unknown."""
    id: str = ""
    """The stage, group or tie it concerns; ``""`` for the champion."""
    entrant: Reference | None = None
    """For an entrant or the champion: the reference that could not be resolved."""
    missing: int = 0
    """For missing results: how many of the group's fixtures have no result."""
    expected: int = 0
    """For missing results: how many fixtures the group has; ``0`` when its
    entrants are not all known."""
    level_teams: LevelTeams | None = None
    """For level teams: the teams, and what they need."""
    outcome: TieOutcome | None = None
    """For an undecided tie: what its legs decide (``needs`` says what is missing)."""
    places: tuple[int, ...] = ()
    """The places of the group it blocks."""
    taken: tuple[Placed, ...] = ()
    """For missing results: the places taken from the record instead."""
    recorded: RecordedWinner | None = None
    """For a tie: the winner taken from the record instead; ``None`` when none is
    recorded, so that the tie blocks its winner."""

    @property
    def is_blocking(self) -> bool:
        """Whether it blocks anything (places, a table, a winner or the champion).

        >>> Unknown(kind=UnknownKind.STAGE_WITHOUT_RESULTS, id="district").is_blocking
        False
        """
        if self.kind in {UnknownKind.CHAMPION, UnknownKind.GROUP_ENTRANT}:
            return True
        if self.kind in {
            UnknownKind.TIE_ENTRANT,
            UnknownKind.UNDECIDED,
            UnknownKind.NO_LEG,
        }:
            return self.recorded is None
        return bool(self.places)

    def __str__(self) -> str:
        from ._words import unknown_text

        return unknown_text(self)


class ContradictionKind(enum.StrEnum):
    """What kind of recorded fact disagrees with the results, or with itself.

    >>> ContradictionKind("winner")
    <ContradictionKind.WINNER: 'winner'>
    """

    TABLE_NOT_COMPUTED = "table_not_computed"
    """A group's table cannot be computed from its matches (see *error*)."""
    PLACE = "place"
    """A place computed from the results holds another team than a source records."""
    PUBLISHED_GOALS = "published_goals"
    """A complete published table whose goals for and goals against differ in total."""
    PUBLISHED_PLAYED = "published_played"
    """A published row whose matches played are not its wins, draws and losses."""
    PUBLISHED_POINTS = "published_points"
    """A published row whose points are not what its wins, draws and losses earn."""
    PUBLISHED_ROW = "published_row"
    """A published row of a complete group that differs from the results' row."""
    PUBLISHED_TEAM = "published_team"
    """A published row names a team that is not in the group as its entrants resolve."""
    ENTRANTS = "entrants"
    """A tie whose entrants resolve to other teams than those playing its legs."""
    WINNER = "winner"
    """A tie's winner computed from its legs is not the team a source records."""
    LEGS_NOT_DECIDED = "legs_not_decided"
    """A tie whose legs cannot be decided under its rules (see *error*)."""
    POT_PAIRING = "pot_pairing"
    """A tie whose two teams come from one pot of the draw, or from pots not drawn
    against each other (*computed*: the two teams; *pot*: the pots)."""
    POT_TIES = "pot_ties"
    """A team of a pot that plays no tie of the phase, or more than one
    (*computed*: how many)."""


@final
@attrs.frozen(kw_only=True)
class Contradiction:
    """A recorded fact that disagrees with what the results compute (or with itself).

    *computed* and *recorded* hold the two facts: teams for a place or a winner;
    numbers for a published row's played or points (*scheme* says how points are
    earned); the row's figures (played, won, drawn, lost, goals for, goals against,
    points) for a published row; the published goals for and against, in total;
    the teams a tie's entrants resolve to and those of its legs.

    >>> print(Contradiction(kind=ContradictionKind.WINNER, id="final",
    ...                     computed="I.M.I.", recorded="Coronel Bolognesi",
    ...                     source="PRESS"))
    final: winner computed as I.M.I., but PRESS records Coronel Bolognesi
    """

    kind: ContradictionKind
    """What kind of fact disagrees."""
    id: str
    """The group or tie concerned."""
    team: TeamId = ""
    """For a published row: its team."""
    place: int = 0
    """For a place: the place."""
    computed: TeamId | int | tuple[int, ...] | tuple[TeamId, ...] | None = None
    """The fact as the results (or the row's own figures) compute it."""
    recorded: TeamId | int | tuple[int, ...] | tuple[TeamId, ...] | None = None
    """The fact as recorded."""
    source: str = ""
    """For a place or a winner: the key of the source that records it."""
    scheme: PointsScheme | None = None
    """For a published row's points: the points scheme they are computed by."""
    error: str = ""
    """For a table or legs that cannot be computed: why, as the error says it."""
    pot: str = ""
    """For a pot of a draw: its id."""

    def __str__(self) -> str:
        from ._words import contradiction_text

        return contradiction_text(self)


@final
@attrs.frozen(kw_only=True)
class GroupResult:
    """A group after the replay.

    >>> import copaperu as cp
    >>> r = cp.replay(cp.load_edition("copa-peru-1997"))
    >>> r.group("final-round-group").complete
    True
    """

    id: str
    """The group's id."""
    name: str
    """Its name."""
    teams: tuple[TeamId | None, ...]
    """Its entrants, resolved (``None`` where a reference could not be)."""
    standings: Standings | None
    """The table of the known results; ``None`` when no result is known."""
    complete: bool
    """Whether every fixture's result is known (so the table is final)."""
    results_known: int
    """How many fixtures have a known result (or a ruling that settles them)."""
    results_expected: int
    """How many fixtures the round robin has."""
    places: tuple[Placed, ...]
    """Every place, with where it comes from."""

    def place(self, place: int) -> Placed:
        """The given *place*.

        >>> import copaperu as cp
        >>> r = cp.replay(cp.load_edition("copa-peru-1997"))
        >>> r.group("final-round-group").place(1).team
        'Juan Aurich'
        """
        return self.places[place - 1]


@final
@attrs.frozen(kw_only=True)
class TieResult:
    """A tie after the replay.

    >>> import copaperu as cp
    >>> r = cp.replay(cp.load_edition("copa-peru-1998"))
    >>> r.tie("final").winner, r.tie("final").provenance
    ('I.M.I.', <Provenance.COMPUTED: 'computed'>)
    """

    id: str
    """The tie's id."""
    name: str
    """Its name."""
    teams: tuple[TeamId | None, TeamId | None]
    """Its entrants, resolved."""
    outcome: TieOutcome | None
    """What the recorded legs decide; ``None`` when no leg is recorded."""
    winner: TeamId | None
    """The team that went through; ``None`` when unknown."""
    loser: TeamId | None
    """The team that went out; ``None`` when unknown."""
    provenance: Provenance
    """Whether the winner was computed from the legs, recorded, or is unknown."""
    source: str = ""
    """The source key, for a recorded winner."""
    notes: str = ""
    """The source's words or the reasoning."""


@final
@attrs.frozen(kw_only=True)
class RankingResult:
    """A ranking across groups after the replay.

    Its teams, its table, its places and the slots its allocation table gives them.

    >>> RankingResult(id="thirds", name="", teams=("Peru", None), standings=None,
    ...               places=()).teams
    ('Peru', None)
    """

    id: str
    """The ranking's id."""
    name: str
    """Its name."""
    teams: tuple[TeamId | None, ...]
    """The team placed as the ranking says in each of its groups, in the groups'
    order (``None`` where that place is unknown)."""
    standings: Standings | None
    """The ranking, as a table of each team's group record; ``None`` until every
    team is known and every group complete."""
    places: tuple[Placed, ...]
    """Every place, with where it comes from."""
    slots: tuple[tuple[str, TeamId | None], ...] = ()
    """Each slot of the allocation table and the team it takes (``None`` while the
    qualifiers are not all known)."""


@final
@attrs.frozen(kw_only=True)
class PotResult:
    """A pot of a draw after the replay: its teams as its entrants resolve.

    >>> PotResult(id="seeded", name="Seeded", teams=("PSV", None)).teams
    ('PSV', None)
    """

    id: str
    """The pot's id."""
    name: str
    """Its name."""
    teams: tuple[TeamId | None, ...]
    """Its teams, in the order of its entrants (``None`` where one is unknown)."""


@final
@attrs.frozen(kw_only=True)
class StageResult:
    """A stage after the replay: its groups and ties.

    >>> import copaperu as cp
    >>> r = cp.replay(cp.load_edition("copa-peru-1998"))
    >>> [t.id for t in r.stage("national").ties][-1]
    'final'
    """

    id: str
    """The stage's id."""
    name: str
    """Its name."""
    groups: tuple[GroupResult, ...]
    """Its groups, in order."""
    ties: tuple[TieResult, ...]
    """Its ties, in order."""
    qualified: tuple[Placed, ...] = ()
    """Teams recorded as having qualified from it (for stages without results)."""
    rankings: tuple[RankingResult, ...] = ()
    """Its rankings across groups, in order."""
    pots: tuple[PotResult, ...] = ()
    """The pots of the draws of its phases, in order."""

    def group(self, group_id: str) -> GroupResult:
        """The group with id *group_id*.

        Raises:
            UnknownNameError: no such group in this stage.
        """
        return _by_id("group", group_id, self.groups)

    def tie(self, tie_id: str) -> TieResult:
        """The tie with id *tie_id*.

        Raises:
            UnknownNameError: no such tie in this stage.
        """
        return _by_id("tie", tie_id, self.ties)

    def ranking(self, ranking_id: str) -> RankingResult:
        """The ranking across groups with id *ranking_id*.

        Raises:
            UnknownNameError: no such ranking in this stage.
        """
        return _by_id("ranking", ranking_id, self.rankings)


@final
@attrs.frozen(kw_only=True)
class EditionResult:
    """A replayed edition: every table and tie, the champion, and what is unknown.

    >>> import copaperu as cp
    >>> result = cp.replay(cp.load_edition("copa-peru-1998"))
    >>> result.champion, result.promoted
    ('I.M.I.', ('I.M.I.',))
    """

    edition: Edition
    """The edition replayed."""
    stages: tuple[StageResult, ...]
    """Every stage, in order."""
    champion: TeamId | None
    """The champion; ``None`` when the record does not allow it."""
    champion_provenance: Provenance
    """Whether the champion was computed, recorded or is unknown."""
    promoted: tuple[TeamId | None, ...]
    """The promoted teams (``None`` for each one the record does not give)."""
    relegated: tuple[TeamId | None, ...] = ()
    """The relegated teams (``None`` for each one the record does not give)."""
    placings: tuple[Placed, ...] = ()
    """The final places the edition names (runner-up, third, ...), with where each
    comes from; a joint place appears once per team."""
    unknowns: tuple[Unknown, ...]
    """What the record does not say, and what that blocks."""
    contradictions: tuple[Contradiction, ...]
    """Recorded facts that disagree with what the results compute."""

    def stage(self, stage_id: str) -> StageResult:
        """The stage with id *stage_id*.

        Raises:
            UnknownNameError: no such stage.
        """
        return _by_id("stage", stage_id, self.stages)

    def group(self, group_id: str) -> GroupResult:
        """The group with id *group_id*, in whichever stage it is.

        Raises:
            UnknownNameError: no such group.
        """
        return _by_id("group", group_id, [g for s in self.stages for g in s.groups])

    def tie(self, tie_id: str) -> TieResult:
        """The tie with id *tie_id*, in whichever stage it is.

        Raises:
            UnknownNameError: no such tie.
        """
        return _by_id("tie", tie_id, [t for s in self.stages for t in s.ties])


def replay(edition: Edition) -> EditionResult:
    """Walk *edition* in order to its champion and promoted teams.

    Each group's table is computed from its known results; its places are
    computed when every result is known (or when the points already decide them),
    else taken from what the sources record, else unknown. Each tie is decided
    by its legs when they decide it, else by a recorded winner, else unknown.

    >>> import copaperu as cp
    >>> result = cp.replay(cp.load_edition("copa-peru-1998"))
    >>> result.tie("qf-a").provenance
    <Provenance.RECORDED: 'recorded'>
    """
    return replay_filled(edition, None)


class Filler(Protocol):
    """What completes groups and ties as a replay reaches them (a simulation).

    Each method gets the group or tie with its entrants resolved so far
    (``None`` where unknown) and its rules, and returns it with whatever it adds:
    results of matches still to play, play-offs, replays, lots.
    """

    def group(
        self, group: Group, teams: tuple[TeamId | None, ...], rules: TableRules
    ) -> Group:
        """*group*, completed."""
        ...  # pragma: no cover - a protocol

    def tie(self, tie: Tie, teams: tuple[TeamId | None, ...], rules: TieRules) -> Tie:
        """*tie*, completed."""
        ...  # pragma: no cover - a protocol


def replay_filled(edition: Edition, fill: Filler | None) -> EditionResult:
    """:func:`replay`, with each group and tie completed by *fill* as it is reached.

    Completing a group or tie only when the replay reaches it lets its teams be
    the ones the results so far send there (a simulation plays the matches of
    the teams that qualified in that run).
    """
    known = _Known()
    found: _Found = []
    stages = []
    for stage in edition.stages:
        groups: list[GroupResult] = []
        ties: list[TieResult] = []
        rankings: list[RankingResult] = []
        pots: list[PotResult] = []
        for phase in stage.phases:
            for group in phase.groups:
                table_rules = edition.table_rules_of(group)
                if fill is not None:
                    teams = tuple(known.resolve(e) for e in group.entrants)
                    group = fill.group(group, teams, table_rules)
                group_result, more = _group(group, table_rules, known)
                known.record_group(group_result, group.matches)
                groups.append(group_result)
                found += more
            for ranking in phase.rankings:
                rules = edition.table_rules_of(ranking)
                ranking_result, more = _ranking(ranking, rules, known)
                known.record_ranking(ranking_result)
                rankings.append(ranking_result)
                found += more
            drawn: list[TieResult] = []
            for tie in phase.ties:
                tie_rules = edition.tie_rules_of(tie)
                if fill is not None:
                    teams = tuple(known.resolve(e) for e in tie.entrants)
                    tie = fill.tie(tie, teams, tie_rules)
                tie_result, more = _tie(tie, tie_rules, known)
                known.record_tie(tie_result)
                drawn.append(tie_result)
                found += more
            ties += drawn
            phase_pots, more = _pots(phase, drawn, known)
            pots += phase_pots
            found += more
        if not stage.phases and not stage.qualified:
            found += [Unknown(kind=UnknownKind.STAGE_WITHOUT_RESULTS, id=stage.id)]
        stages.append(
            StageResult(
                id=stage.id,
                name=stage.name,
                groups=tuple(groups),
                ties=tuple(ties),
                rankings=tuple(rankings),
                pots=tuple(pots),
                qualified=tuple(
                    Placed(
                        place=0,
                        team=q.team,
                        provenance=Provenance.RECORDED,
                        source=q.source,
                        notes=q.origin,
                    )
                    for q in stage.qualified
                ),
            )
        )
    champion, provenance = known.resolve(edition.champion), Provenance.UNKNOWN
    if champion is not None:
        provenance = known.provenance_of(edition.champion)
    elif isinstance(edition.champion, Reference):
        found += [Unknown(kind=UnknownKind.CHAMPION, entrant=edition.champion)]
    return EditionResult(
        edition=edition,
        stages=tuple(stages),
        champion=champion,
        champion_provenance=provenance,
        promoted=tuple(known.resolve(entrant) for entrant in edition.promoted),
        relegated=tuple(known.resolve(entrant) for entrant in edition.relegated),
        placings=tuple(
            Placed(
                place=placing.place,
                team=known.resolve(placing.team),
                provenance=known.provenance_of(placing.team)
                if known.resolve(placing.team) is not None
                else Provenance.UNKNOWN,
            )
            for placing in edition.placings
        ),
        unknowns=tuple(f for f in found if isinstance(f, Unknown)),
        contradictions=tuple(f for f in found if isinstance(f, Contradiction)),
    )


_Found: TypeAlias = list["Unknown | Contradiction"]
"""What a step of the replay found unknown or contradicted, in order (internal)."""


class _Known:
    """Who took each place and won or lost each tie so far (internal).

    What references resolve to: the only state of a replay, filled in as it walks.
    """

    def __init__(self) -> None:
        self.places: dict[tuple[str, int], TeamId | None] = {}
        self.slots: dict[tuple[str, str], TeamId | None] = {}
        # group id -> its result and its matches, for rankings across groups
        self.groups: dict[str, tuple[GroupResult, tuple[Match, ...]]] = {}
        self.winners: dict[str, tuple[TeamId | None, TeamId | None]] = {}
        self.provenances: dict[str, Provenance] = {}

    def record_group(self, result: GroupResult, matches: tuple[Match, ...]) -> None:
        self.groups[result.id] = (result, matches)
        for placed in result.places:
            self.places[(result.id, placed.place)] = placed.team
        first = result.places[0].provenance if result.places else Provenance.UNKNOWN
        self.provenances[result.id] = first

    def record_ranking(self, result: RankingResult) -> None:
        for placed in result.places:
            self.places[(result.id, placed.place)] = placed.team
        for slot, team in result.slots:
            self.slots[(result.id, slot)] = team
        first = result.places[0].provenance if result.places else Provenance.UNKNOWN
        self.provenances[result.id] = first

    def record_tie(self, result: TieResult) -> None:
        self.winners[result.id] = (result.winner, result.loser)
        self.provenances[result.id] = result.provenance

    def resolve(self, entrant: Entrant | None) -> TeamId | None:
        if entrant is None or isinstance(entrant, str):
            return entrant
        if entrant.kind is ReferenceKind.PLACE and entrant.place is not None:
            return self.places.get((entrant.of, entrant.place))
        if entrant.kind is ReferenceKind.SLOT:
            return self.slots.get((entrant.of, entrant.slot))
        winner, loser = self.winners.get(entrant.of, (None, None))
        return winner if entrant.kind is ReferenceKind.WINNER else loser

    def provenance_of(self, entrant: Entrant | None) -> Provenance:
        if not isinstance(entrant, Reference):
            return Provenance.RECORDED
        return self.provenances.get(entrant.of, Provenance.UNKNOWN)

    def entrants(
        self,
        entrants: Sequence[Entrant],
        kind: UnknownKind,
        id: str,
        recorded: RecordedWinner | None = None,
    ) -> tuple[tuple[TeamId | None, ...], _Found]:
        """The entrants resolved, and an unknown for each reference that is not."""
        teams = tuple(self.resolve(entrant) for entrant in entrants)
        return teams, [
            *(
                Unknown(kind=kind, id=id, entrant=entrant, recorded=recorded)
                for entrant, team in zip(entrants, teams, strict=True)
                if team is None and isinstance(entrant, Reference)
            )
        ]


_SETTLED = frozenset({MatchStatus.NOT_PLAYED, MatchStatus.VOID})


def _group(
    group: Group, rules: TableRules, known: _Known
) -> tuple[GroupResult, _Found]:
    """A group replayed: its table, its places and what is unknown or contradicted."""
    teams, found = known.entrants(group.entrants, UnknownKind.GROUP_ENTRANT, group.id)
    named = [team for team in teams if team is not None]
    results = [official_result(match) for match in group.matches]
    expected, pending = _schedule(group, named, len(named) == len(teams), results)
    known_count = expected - len(pending)
    complete = expected > 0 and not pending
    table: Standings | None = None
    if named and len(named) == len(teams) and any(r.counts for r in results):
        table, more = _table(group, named, rules)
        found += more
    certain = _certain_places(table, named, pending, expected, rules)
    places, more = _places(group.id, group.recorded, len(teams), certain)
    found += more + _published(group, table, rules, complete)
    if table is not None and complete:
        found += _level_unknowns(group, table, places)
    if not complete:
        found += [_results_missing(group, places, known_count, expected)]
    result = GroupResult(
        id=group.id,
        name=group.name,
        teams=teams,
        standings=table,
        complete=complete,
        results_known=known_count,
        results_expected=expected,
        places=places,
    )
    return result, found


def _ranking(
    ranking: PlaceRanking, rules: TableRules, known: _Known
) -> tuple[RankingResult, _Found]:
    """A ranking across groups, replayed.

    Computed when every team it ranks is known and every group complete, else its
    recorded places; its slots when the set of qualifiers is known.
    """
    found: _Found = []
    qualifying = tuple(range(1, max(ranking.advance, 1) + 1))
    teams: list[TeamId | None] = []
    complete = True
    for group_id in ranking.groups:
        group_result, _ = known.groups[group_id]
        placed = next(
            (p for p in group_result.places if p.place == ranking.place), None
        )
        team = placed.team if placed is not None else None
        teams.append(team)
        complete = complete and group_result.complete
        if team is None:
            found.append(
                Unknown(
                    kind=UnknownKind.RANKING_ENTRANT,
                    id=ranking.id,
                    entrant=Reference(
                        kind=ReferenceKind.PLACE, of=group_id, place=ranking.place
                    ),
                    places=qualifying,
                )
            )
    table: Standings | None = None
    if complete and all(team is not None for team in teams):
        placed_matches: dict[TeamId, tuple[Match, ...]] = {}
        for team, group_id in zip(teams, ranking.groups, strict=True):
            counted = _counted(ranking.counted_against, *known.groups[group_id])
            if team is None or counted is None:
                break
            placed_matches[team] = counted
        else:
            try:
                table = rank_across_groups(
                    placed_matches, rules, advance=ranking.advance
                )
            except CopaperuError as exc:
                found.append(
                    Contradiction(
                        kind=ContradictionKind.TABLE_NOT_COMPUTED,
                        id=ranking.id,
                        error=str(exc),
                    )
                )
    certain = _decided_places(table) if table is not None else {}
    places, more = _places(ranking.id, ranking.recorded, len(ranking.groups), certain)
    found += more
    if table is not None:
        found += _level_unknowns_of(ranking.id, ranking.advance, table, places)
    slots = _slots(ranking, teams, table)
    result = RankingResult(
        id=ranking.id,
        name=ranking.name,
        teams=tuple(teams),
        standings=table,
        places=places,
        slots=slots,
    )
    return result, found


def _pots(
    phase: Phase, ties: list[TieResult], known: _Known
) -> tuple[list[PotResult], _Found]:
    """The pots of *phase* resolved, and the ties checked against them.

    No tie pairs two teams of one pot; each known team of a pot plays exactly one
    of the phase's ties.
    """
    results: list[PotResult] = []
    found: _Found = []
    pot_of: dict[TeamId, str] = {}
    for pot in phase.pots:
        teams = tuple(known.resolve(entrant) for entrant in pot.entrants)
        results.append(PotResult(id=pot.id, name=pot.name, teams=teams))
        for team in teams:
            if team is None:
                continue
            pot_of[team] = pot.id
            count = sum(team in tie.teams for tie in ties)
            if count != 1:
                found.append(
                    Contradiction(
                        kind=ContradictionKind.POT_TIES,
                        id=phase.id,
                        pot=pot.id,
                        team=team,
                        computed=count,
                    )
                )
    against = {pot.id: frozenset(pot.against) for pot in phase.pots}
    for tie in ties:
        pots = [pot_of[team] for team in tie.teams if team in pot_of]
        if len(pots) != 2:
            continue
        one, two = pots
        if (
            one == two
            or (against[one] and two not in against[one])
            or (against[two] and one not in against[two])
        ):
            found.append(
                Contradiction(
                    kind=ContradictionKind.POT_PAIRING,
                    id=tie.id,
                    pot=one if one == two else f"{one} and {two}",
                    computed=tuple(t for t in tie.teams if t is not None),
                )
            )
    return results, found


def _counted(
    counted_against: int, result: GroupResult, matches: tuple[Match, ...]
) -> tuple[Match, ...] | None:
    """The matches of a group that a ranking across groups counts.

    All of them, or only those between the teams placed 1st to *counted_against*
    (``None`` while one of those places is unknown).
    """
    if not counted_against:
        return matches
    top = {p.team for p in result.places if p.place <= counted_against}
    if None in top or len(top) < min(counted_against, len(result.places)):
        return None
    return tuple(m for m in matches if m.home in top and m.away in top)


def _slots(
    ranking: PlaceRanking, teams: list[TeamId | None], table: Standings | None
) -> tuple[tuple[str, TeamId | None], ...]:
    """Each slot of the allocation table with its team.

    Known once the qualifiers are known as a set: their order does not matter.
    """
    names = ranking.slot_names()
    if not names:
        return ()
    qualifiers = _qualifiers(table, ranking.advance)
    if qualifiers is None:
        return tuple((name, None) for name in names)
    group_of = {
        team: group
        for team, group in zip(teams, ranking.groups, strict=True)
        if team is not None
    }
    combination = frozenset(group_of[team] for team in qualifiers)
    row = next(
        r for r in ranking.allocation_table() if frozenset(r.groups) == combination
    )
    team_of = {group: team for team, group in group_of.items()}
    return tuple((slot, team_of[group]) for slot, group in row.slots)


def _qualifiers(table: Standings | None, advance: int) -> frozenset[TeamId] | None:
    """The teams placed within *advance*, when no level teams straddle the line."""
    if table is None:
        return None
    for level in table.level_teams:
        last = level.position + len(level.teams) - 1
        if level.position <= advance < last:
            return None
    return frozenset(row.team for row in table.rows if row.position <= advance)


def _table(
    group: Group, named: list[TeamId], rules: TableRules
) -> tuple[Standings | None, _Found]:
    """The table of the group's known results, or the error that stops it."""
    try:
        table = standings(
            named,
            group.matches,
            rules,
            advance=group.advance,
            playoffs=group.playoffs,
            adjustments=group.deductions,
            lots=group.lots,
        )
    except CopaperuError as exc:
        return None, [
            Contradiction(
                kind=ContradictionKind.TABLE_NOT_COMPUTED, id=group.id, error=str(exc)
            )
        ]
    return table, []


def _places(
    where: str,
    facts: tuple[RecordedPlace, ...],
    size: int,
    certain: dict[int, TeamId],
) -> tuple[tuple[Placed, ...], _Found]:
    """Every place: computed, else recorded or inferred, else unknown.

    A recorded place that says otherwise than the results is a contradiction.
    """
    recorded = {r.place: r for r in facts}
    places = []
    contradictions = []
    for place in range(1, size + 1):
        computed = certain.get(place)
        fact = recorded.get(place)
        if computed is not None:
            if fact is not None and fact.team != computed:
                contradictions.append(
                    Contradiction(
                        kind=ContradictionKind.PLACE,
                        id=where,
                        place=place,
                        computed=computed,
                        recorded=fact.team,
                        source=fact.source,
                    )
                )
            placed = Placed(place=place, team=computed, provenance=Provenance.COMPUTED)
        elif fact is not None:
            placed = Placed(
                place=place,
                team=fact.team,
                provenance=Provenance.INFERRED
                if fact.inference
                else Provenance.RECORDED,
                source=fact.source,
                notes=fact.notes,
            )
        else:
            placed = Placed(place=place, team=None, provenance=Provenance.UNKNOWN)
        places.append(placed)
    return tuple(places), list(contradictions)


def _level_unknowns(
    group: Group, table: Standings, places: tuple[Placed, ...] = ()
) -> _Found:
    """Teams a complete table leaves level, each an unknown.

    Each blocks the places it covers when they qualify, unless the record gives
    them.
    """
    return _level_unknowns_of(group.id, group.goes_through, table, places)


def _level_unknowns_of(
    where: str, advance: int, table: Standings, places: tuple[Placed, ...] = ()
) -> _Found:
    given = {p.place for p in places if p.provenance is not Provenance.UNKNOWN}
    unknowns: _Found = []
    for level_teams in table.level_teams:
        first_place = level_teams.position
        covered = [
            place
            for place in range(first_place, first_place + len(level_teams.teams))
            if place not in given
        ]
        unknowns.append(
            Unknown(
                kind=UnknownKind.LEVEL_TEAMS,
                id=where,
                level_teams=level_teams,
                places=() if first_place > max(advance, 1) else tuple(covered),
            )
        )
    return unknowns


def _results_missing(
    group: Group, places: tuple[Placed, ...], known: int, expected: int
) -> Unknown:
    """The unknown of an incomplete group.

    It says how many results are missing, the qualifying places left unknown, and
    the places the record supplies instead.
    """
    return Unknown(
        kind=UnknownKind.RESULTS_MISSING,
        id=group.id,
        missing=expected - known,
        expected=expected,
        places=tuple(
            p.place
            for p in places
            if p.provenance is Provenance.UNKNOWN
            and p.place <= max(group.goes_through, 1)
        ),
        taken=tuple(
            p
            for p in places
            if p.provenance in {Provenance.RECORDED, Provenance.INFERRED}
        ),
    )


def _decided_places(table: Standings) -> dict[int, TeamId]:
    """The places a final table decides: every row but those of level teams."""
    level = {team for tie in table.level_teams for team in tie.teams}
    return {row.position: row.team for row in table.rows if row.team not in level}


def _certain_places(
    table: Standings | None,
    named: list[TeamId],
    pending: list[tuple[TeamId, TeamId]],
    expected: int,
    rules: TableRules,
) -> dict[int, TeamId]:
    """The places the known results decide, whatever the *pending* fixtures give."""
    if table is None or not expected:
        return {}
    if not pending:
        return _decided_places(table)
    first = rules.tiebreakers[0]
    if first != _POINTS:
        return {}
    remaining: dict[TeamId, int] = dict.fromkeys(named, 0)
    for fixture in pending:
        for team in fixture:
            remaining[team] += 1
    scheme = rules.points
    low = {
        row.team: row.points + scheme.loss * remaining[row.team] for row in table.rows
    }
    high = {
        row.team: row.points + scheme.win * remaining[row.team] for row in table.rows
    }
    certain = {}
    for team in named:
        above = [u for u in named if u != team and low[u] > high[team]]
        below = [u for u in named if u != team and high[u] < low[team]]
        if len(above) + len(below) == len(named) - 1:
            certain[len(above) + 1] = team
    return certain


_FIGURES = ("played", "won", "drawn", "lost", "goals_for", "goals_against", "points")


def _published(
    group: Group, table: Standings | None, rules: TableRules, complete: bool
) -> _Found:
    """Where a published table contradicts itself or the computed one.

    Its own sums, the points scheme, and (for a complete group) the computed table.
    """
    found: list[Contradiction] = []
    scheme = rules.points
    goals_for = sum(row.goals_for for row in group.published)
    goals_against = sum(row.goals_against for row in group.published)
    if (
        group.published
        and len(group.published) == len(group.entrants)
        and goals_for != goals_against
    ):
        found.append(
            Contradiction(
                kind=ContradictionKind.PUBLISHED_GOALS,
                id=group.id,
                recorded=(goals_for, goals_against),
            )
        )
    for row in group.published:
        outcomes = row.won + row.drawn + row.lost
        if row.played != outcomes:
            found.append(
                Contradiction(
                    kind=ContradictionKind.PUBLISHED_PLAYED,
                    id=group.id,
                    team=row.team,
                    computed=outcomes,
                    recorded=row.played,
                )
            )
        earned = scheme.win * row.won + scheme.draw * row.drawn + scheme.loss * row.lost
        if row.points != earned:
            found.append(
                Contradiction(
                    kind=ContradictionKind.PUBLISHED_POINTS,
                    id=group.id,
                    team=row.team,
                    computed=earned,
                    recorded=row.points,
                    scheme=scheme,
                )
            )
        if table is not None and row.team not in table.order:
            found.append(
                Contradiction(
                    kind=ContradictionKind.PUBLISHED_TEAM,
                    id=group.id,
                    team=row.team,
                    computed=tuple(sorted(table.order)),
                )
            )
        elif table is not None and complete:
            ours = tuple(getattr(table.row(row.team), name) for name in _FIGURES)
            theirs = tuple(getattr(row, name) for name in _FIGURES)
            if ours != theirs:
                found.append(
                    Contradiction(
                        kind=ContradictionKind.PUBLISHED_ROW,
                        id=group.id,
                        team=row.team,
                        computed=ours,
                        recorded=theirs,
                    )
                )
    return list(found)


def _tie(tie: Tie, rules: TieRules, known: _Known) -> tuple[TieResult, _Found]:
    """A tie replayed: decided by its legs, else by a recorded winner, else unknown."""
    teams, found = known.entrants(
        tie.entrants, UnknownKind.TIE_ENTRANT, tie.id, tie.recorded
    )
    in_legs = {team for match in tie.legs for team in match.teams}
    if tie.legs and None in teams:
        # The legs name who played: an entrant the references leave unknown is the
        # legs' other team, and nothing is blocked by not knowing its route.
        teams = _completed(teams, tie.legs[0].teams)
        found = [f for f in found if not isinstance(f, Unknown)]
    first, second = teams[0], teams[1]
    resolved = {team for team in teams if team is not None}
    if in_legs and resolved and not resolved <= in_legs:
        found += [
            Contradiction(
                kind=ContradictionKind.ENTRANTS,
                id=tie.id,
                computed=tuple(sorted(resolved)),
                recorded=tuple(sorted(in_legs)),
            )
        ]
    outcome, more = _decide(tie, rules)
    winner, provenance, more_found = _winner(tie, outcome)
    found += more + more_found
    pair = [team for team in (first, second) if team is not None] or sorted(in_legs)
    if outcome is not None:
        pair = list(outcome.teams)
    loser = next((team for team in pair if team != winner), None) if winner else None
    sourced = outcome is None or outcome.winner is None
    recorded = tie.recorded if sourced and tie.recorded is not None else None
    result = TieResult(
        id=tie.id,
        name=tie.name,
        teams=(first, second),
        outcome=outcome,
        winner=winner,
        loser=loser,
        provenance=provenance,
        source=recorded.source if recorded is not None else "",
        notes=recorded.notes if recorded is not None else "",
    )
    return result, found


def _completed(
    teams: tuple[TeamId | None, ...], played: tuple[TeamId, TeamId]
) -> tuple[TeamId | None, ...]:
    """*teams* with each unknown one taken from the teams that *played*."""
    others = [team for team in played if team not in teams]
    return tuple(
        team if team is not None else others.pop(0) if others else None
        for team in teams
    )


def _decide(tie: Tie, rules: TieRules) -> tuple[TieOutcome | None, _Found]:
    """The outcome of the tie's legs.

    ``None`` with no leg, or when the legs cannot be decided (a contradiction).
    """
    try:
        if len(tie.legs) == 2:
            return decide_tie(tie.legs[0], tie.legs[1], rules, playoff=tie.playoff), []
        if len(tie.legs) == 1:
            return decide_match(tie.legs[0], rules, tie.replays), []
    except CopaperuError as exc:
        return None, [
            Contradiction(
                kind=ContradictionKind.LEGS_NOT_DECIDED, id=tie.id, error=str(exc)
            )
        ]
    return None, []


def _winner(
    tie: Tie, outcome: TieOutcome | None
) -> tuple[TeamId | None, Provenance, _Found]:
    """The winner and where it comes from.

    A recorded winner the legs contradict, an undecided tie and a tie without legs
    are reported.
    """
    recorded = tie.recorded
    found: _Found = []
    if outcome is not None and outcome.winner is None:
        found = [
            Unknown(
                kind=UnknownKind.UNDECIDED,
                id=tie.id,
                outcome=outcome,
                recorded=recorded,
            )
        ]
    elif outcome is None and not tie.legs:
        found = [Unknown(kind=UnknownKind.NO_LEG, id=tie.id, recorded=recorded)]
    if outcome is not None and outcome.winner is not None:
        if recorded is not None and recorded.winner != outcome.winner:
            found += [
                Contradiction(
                    kind=ContradictionKind.WINNER,
                    id=tie.id,
                    computed=outcome.winner,
                    recorded=recorded.winner,
                    source=recorded.source,
                )
            ]
        return outcome.winner, Provenance.COMPUTED, found
    if recorded is not None:
        provenance = Provenance.INFERRED if recorded.inference else Provenance.RECORDED
        return recorded.winner, provenance, found
    return None, Provenance.UNKNOWN, found


_POINTS = Statistic(criterion=Criterion.POINTS, scope=Scope.ALL_MATCHES)


def _schedule(
    group: Group, named: list[TeamId], all_named: bool, results: list[OfficialResult]
) -> tuple[int, list[tuple[TeamId, TeamId]]]:
    """How many fixtures the group has, and those whose result is not known yet.

    A round robin's fixtures follow from its entrants (none while an entrant is
    unknown); a listed schedule's are its matches. A match counts as settled when
    its result counts or a ruling settles it (not played, void).
    """
    settled = [r.counts or r.status in _SETTLED for r in results]
    if group.schedule is Schedule.LISTED:
        pending = [
            r.match.teams for r, done in zip(results, settled, strict=True) if not done
        ]
        return len(results), pending
    if not all_named:
        return 0, []
    expected = _fixtures(named, group.legs)
    played = {
        _fixture(r.match, group.legs)
        for r, done in zip(results, settled, strict=True)
        if done
    }
    return len(expected), list(expected - played)


def _fixture(match: Match, legs: int) -> tuple[TeamId, TeamId]:
    """The fixture a match plays: ordered for home and away, sorted for one leg."""
    return match.teams if legs == 2 else (min(match.teams), max(match.teams))


def _fixtures(teams: list[TeamId], legs: int) -> set[tuple[TeamId, TeamId]]:
    if legs == 2:
        return {(a, b) for a in teams for b in teams if a != b}
    return {(min(a, b), max(a, b)) for i, a in enumerate(teams) for b in teams[i + 1 :]}
