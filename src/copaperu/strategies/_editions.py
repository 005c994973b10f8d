"""Layer 8, on top: strategies for whole editions, and for the parts ``st.from_type`` draws from them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .. import rules as presets
from .._competition import (
    AllocationRow,
    Edition,
    Entrant,
    Group,
    NamedTableRules,
    NamedTieRules,
    Phase,
    PlaceRanking,
    Placing,
    Pot,
    PublishedRow,
    Qualified,
    RecordedPlace,
    RecordedWinner,
    Reference,
    ReferenceKind,
    Schedule,
    Source,
    Stage,
    Team,
    Tie,
)
from .._knockout import (
    TieOutcome,
    decide_match,
    decide_tie,
)
from .._points import PointsScheme
from .._rulings import (
    AwardedShootout,
    PointsDeduction,
)
from .._standings import standings
from .._tiebreak import (
    Ranking,
    TableRules,
)
from .._tierules import TieRules
from .._validators import is_a
from .._values import Match, TeamId
from ..errors import CopaperuError
from ._common import LEGS, NAME_ALPHABET, check_strategy, draw_teams
from ._rules import rankings_of, table_rules_of
from ._ties import replayed_matches, single_matches, tie_rules_of, ties_between
from ._values import (
    match_between,
    one_in,
    pick,
    points_schemes,
    team_lists,
    team_names,
    texts,
)

__all__: list[str] = []

T = TypeVar("T")

# Editions -------------------------------------------------------------------------

_SOURCE: Final = "S"


def _table_presets() -> list[str]:
    """The table-rule presets that need no data (no ranking)."""
    return [
        name
        for name in presets.table_preset_names()
        if not rankings_of(presets.table_preset(name))
    ]


@st.composite
def _group_matches(
    draw: st.DrawFn, members: list[TeamId], legs: int
) -> tuple[Match, ...]:
    """The recorded matches of a group: some fixtures may be missing."""
    fixtures = [
        (home, away)
        for i, home in enumerate(members)
        for j, away in enumerate(members)
        if (legs == 2 and i != j) or (legs == 1 and i < j)
    ]
    found = []
    for first, second in fixtures:
        if one_in(draw, 6):  # about one in six not recorded
            continue
        swap = legs == 1 and draw(st.booleans())
        home, away = (second, first) if swap else (first, second)
        match = draw(match_between(home, away, played=False, with_rulings=True))
        # A group match has no extra time, and no shoot-out unless the rules rank
        # by one (the edition check refuses them): keep only what a group can hold.
        kept = tuple(r for r in match.rulings if not isinstance(r, AwardedShootout))
        match = attrs.evolve(match, extra_time=None, penalties=None, rulings=kept)
        found.append(attrs.evolve(match, source=pick(draw, ("", _SOURCE))))
    return tuple(found)


def _top_two(
    names: list[TeamId], matches: tuple[Match, ...], rules: TableRules
) -> list[TeamId]:
    """The two teams the record puts first (the group's own order when it cannot)."""
    try:
        return list(standings(names, matches, rules).order[:2])
    except CopaperuError:
        return names[:2]


def _winner(tie: Tie, rules: TieRules, teams: tuple[TeamId, TeamId]) -> TeamId:
    """The team that goes through *tie* as the record has it (the first when unknown)."""
    outcome: TieOutcome | None = None
    if len(tie.legs) == 2:
        outcome = decide_tie(tie.legs[0], tie.legs[1], rules, playoff=tie.playoff)
    elif len(tie.legs) == 1:
        outcome = decide_match(tie.legs[0], rules, tie.replays)
    if outcome is not None and outcome.winner is not None:
        return outcome.winner
    return tie.recorded.winner if tie.recorded is not None else teams[0]


@st.composite
def _groups(
    draw: st.DrawFn, index: int, members: list[TeamId], rules: dict[str, TableRules]
) -> tuple[Group, list[TeamId]]:
    """A group of *members*, with the two teams its record puts first."""
    name = pick(draw, list(rules))
    legs = draw(LEGS)
    found = draw(_group_matches(members, legs))
    deductions, lots, recorded = [], [], []
    if one_in(draw, 4):
        points = draw(st.integers(1, 6)) * (-1 if one_in(draw, 3) else 1)
        deductions.append(PointsDeduction(team=pick(draw, members), points=points))
    if one_in(draw, 4):
        lots.append(tuple(draw(st.permutations(members))))
    if one_in(draw, 4):
        team = pick(draw, members)
        recorded.append(RecordedPlace(place=1, team=team, source=_SOURCE))
    listed = one_in(draw, 4)  # about one in four: the matches are the schedule
    group = Group(
        id=f"group-{'ab'[index]}",
        name=f"Group {'AB'[index]}",
        rules=name,
        legs=2 if listed else legs,
        schedule=Schedule.LISTED if listed else Schedule.ROUND_ROBIN,
        advance=2,
        entrants=tuple(members),
        matches=found,
        deductions=tuple(deductions),
        lots=tuple(lots),
        recorded=tuple(recorded),
        source=_SOURCE,
    )
    return group, _top_two(members, found, rules[name])


@st.composite
def _knockouts(
    draw: st.DrawFn,
    tie_id: str,
    entrants: tuple[Reference, Reference],
    teams: tuple[TeamId, TeamId],
    rules: dict[str, TieRules],
    legs: int,
) -> tuple[Tie, TeamId]:
    """A tie of one match or two *legs*, and the team the record sends through."""
    name = pick(draw, list(rules))
    played: tuple[Match, ...] = ()
    playoff = None
    replays: tuple[Match, ...] = ()
    if not one_in(draw, 5):  # about one in five with no leg recorded
        if legs == 2:
            first, second, _, playoff = draw(ties_between(*teams, rules[name]))
            played = (first, second)
        elif rules[name].playoff:  # replayed until decided
            match, replays = draw(replayed_matches(*teams, rules[name]))
            played = (match,)
        else:
            match = draw(single_matches(*teams, rules[name]))
            played = (attrs.evolve(match, neutral=True),)
    recorded = None
    if one_in(draw, 3):
        recorded = RecordedWinner(winner=pick(draw, teams), source=_SOURCE)
    tie = Tie(
        id=tie_id,
        rules=name,
        entrants=entrants,
        legs=played,
        playoff=playoff,
        replays=replays,
        recorded=recorded,
        source=_SOURCE,
    )
    return tie, _winner(tie, rules[name], teams)


@st.composite
def _editions(
    draw: st.DrawFn,
    teams: st.SearchStrategy[Sequence[TeamId]],
    table_rules: st.SearchStrategy[TableRules],
    tie_rules: st.SearchStrategy[TieRules],
) -> Edition:
    names = draw_teams(draw, teams, "editions", 4)
    table, tie = draw(table_rules), draw(tie_rules)
    if not (is_a(table, TableRules) and is_a(tie, TieRules)):
        msg = f"editions: table_rules and tie_rules must draw rules (got {table!r}, {tie!r})"
        raise InvalidArgument(msg)
    # An edition file names its rule sets by their keys: the rules take those names.
    table = attrs.evolve(table, name=table.name if table.name.strip() else "league")
    tie = attrs.evolve(tie, name=tie.name if tie.name.strip() else "knockout")
    tables = {table.name: table} | {
        name: presets.table_preset(name)
        for name in _table_presets()
        if name != table.name
    }
    ties = {tie.name: tie} | {
        name: presets.tie_preset(name)
        for name in (
            "copa-peru-1998-knockout",
            "uefa-club-2019-knockout",
            "uefa-club-2021-knockout",
        )
        if name != tie.name
    }
    half = len(names) // 2
    (group_a, top_a), (group_b, top_b) = (
        draw(_groups(0, names[:half], tables)),
        draw(_groups(1, names[half:], tables)),
    )
    semis, finalists = [], []
    for index, (top, other) in enumerate(((group_a, group_b), (group_b, group_a))):
        tops = (top_a, top_b) if index == 0 else (top_b, top_a)
        semi, through = draw(
            _knockouts(
                f"sf-{index + 1}",
                (
                    Reference(kind=ReferenceKind.PLACE, of=top.id, place=1),
                    Reference(kind=ReferenceKind.PLACE, of=other.id, place=2),
                ),
                (tops[0][0], tops[1][1]),
                ties,
                legs=2,
            )
        )
        semis.append(semi)
        finalists.append(through)
    final, _ = draw(
        _knockouts(
            "final",
            (
                Reference(kind=ReferenceKind.WINNER, of="sf-1"),
                Reference(kind=ReferenceKind.WINNER, of="sf-2"),
            ),
            (finalists[0], finalists[1]),
            ties,
            legs=1,
        )
    )
    promoted = [Reference(kind=ReferenceKind.WINNER, of="final")]
    promoted += draw(
        st.lists(st.just(Reference(kind=ReferenceKind.LOSER, of="final")), max_size=1)
    )
    rankings: tuple[PlaceRanking, ...] = ()
    relegated: tuple[Entrant, ...] = ()
    if one_in(draw, 2):  # the runners-up ranked across the groups, with slots
        rankings = (
            PlaceRanking(
                id="runners-up",
                rules=pick(draw, list(tables)),
                place=2,
                groups=("group-a", "group-b"),
                advance=1,
                # sometimes only matches against the top three count
                counted_against=pick(draw, (0, 3)),
                allocation=(
                    AllocationRow(groups=("group-a",), slots=(("best", "group-a"),)),
                    AllocationRow(groups=("group-b",), slots=(("best", "group-b"),)),
                ),
            ),
        )
        relegated = (Reference(kind=ReferenceKind.PLACE, of="runners-up", place=2),)
    pots: tuple[Pot, ...] = ()
    if one_in(draw, 3):  # the semi-finals drawn with group winners kept apart
        pots = (
            Pot(
                id="winners",
                entrants=(
                    Reference(kind=ReferenceKind.PLACE, of="group-a", place=1),
                    Reference(kind=ReferenceKind.PLACE, of="group-b", place=1),
                ),
                against=("runners-up",),
            ),
            Pot(
                id="runners-up",
                entrants=(
                    Reference(kind=ReferenceKind.PLACE, of="group-a", place=2),
                    Reference(kind=ReferenceKind.PLACE, of="group-b", place=2),
                ),
            ),
        )
    placings: tuple[Placing, ...] = ()
    if one_in(draw, 2):  # the final's loser second, the semi-finals' losers joint third
        placings = (
            Placing(place=2, team=Reference(kind=ReferenceKind.LOSER, of="final")),
            Placing(place=3, team=Reference(kind=ReferenceKind.LOSER, of="sf-1")),
            Placing(place=3, team=Reference(kind=ReferenceKind.LOSER, of="sf-2")),
        )
    return Edition(
        id="generated-cup",
        name="Generated Cup",
        sources=(Source(key=_SOURCE, title="drawn by copaperu.strategies"),),
        teams=tuple(Team(name=name, city=draw(texts())) for name in names),
        table_rules=(NamedTableRules(name=table.name, rules=table),),
        tie_rules=(NamedTieRules(name=tie.name, rules=tie),),
        stages=(
            Stage(
                id="groups",
                phases=(
                    Phase(id="groups", groups=(group_a, group_b), rankings=rankings),
                ),
            ),
            Stage(
                id="knockout",
                phases=(
                    Phase(id="semi-finals", ties=tuple(semis), pots=pots),
                    Phase(id="final", ties=(final,)),
                ),
            ),
        ),
        champion=Reference(kind=ReferenceKind.WINNER, of="final"),
        promoted=tuple(promoted),
        relegated=relegated,
        placings=placings,
    )


def _points_for_files() -> st.SearchStrategy[PointsScheme]:
    """Points schemes without negative points, which edition files cannot yet hold."""
    return points_schemes().filter(lambda scheme: scheme.loss >= 0)


def editions(
    *,
    teams: st.SearchStrategy[Sequence[TeamId]] | None = None,
    table_rules: st.SearchStrategy[TableRules] | None = None,
    tie_rules: st.SearchStrategy[TieRules] | None = None,
) -> st.SearchStrategy[Edition]:
    """Small but whole competitions: two groups, then semi-finals, then a final.

    The top two of each group meet the other group's top two in two-legged
    semi-finals, whose winners play a one-match final. Group matches may be
    missing, unknown or ruled; a group may be a round robin or a listed schedule,
    and have points deductions, recorded places and recorded lots; the runners-up
    may be ranked across the groups (on all their matches or only those against
    the top three), with an allocation table and a relegation from it; the
    semi-finals may be drawn from pots; a tie may have no recorded leg, or a
    recorded winner (which may contradict its legs); a final under rules with
    replays is replayed until decided (or lots); final placings may follow the
    final. Every edition drawn can be written and read back
    (``copaperu.load(copaperu.dump(e)) == e``) and replays, to a champion or to
    the unknowns that block one.

    Args:
        teams: Lists of four or more team names, split between the groups
            (default: :func:`teams` of 4 to 6).
        table_rules: The rules of the edition's own table rule set (default:
            :func:`table_rules` without negative points, which edition files
            cannot hold yet); groups use them or a preset.
        tie_rules: The rules of the edition's own tie rule set (default:
            :func:`tie_rules`); ties use them or a preset.

    Raises:
        InvalidArgument: an argument is not a strategy; when drawing, *teams*
            drew fewer than four different names.

    >>> import copaperu as cp
    >>> from hypothesis import given, settings
    >>> from copaperu import strategies
    >>> @settings(max_examples=10, database=None, deadline=None)
    ... @given(strategies.editions())
    ... def test_edition_files_round_trip(edition):
    ...     assert cp.loads(cp.dumps(edition)) == edition
    >>> test_edition_files_round_trip()
    """
    if teams is None:
        teams = team_lists(min_teams=4, max_teams=6)
    if table_rules is None:
        table_rules = table_rules_of(points=_points_for_files())
    if tie_rules is None:
        tie_rules = tie_rules_of()
    check_strategy("editions", "teams", teams)
    check_strategy("editions", "table_rules", table_rules)
    check_strategy("editions", "tie_rules", tie_rules)
    return _editions(teams, table_rules, tie_rules)


# Registration with st.from_type --------------------------------------------------


def _parts(edition: Edition) -> dict[type, list[Any]]:
    """The groups, ties, phases, stages and named rules an edition is made of."""
    found: dict[type, list[Any]] = {}
    phases = [phase for stage in edition.stages for phase in stage.phases]
    for value in (
        *edition.table_rules,
        *edition.tie_rules,
        *edition.stages,
        *phases,
        *(group for phase in phases for group in phase.groups),
        *(tie for phase in phases for tie in phase.ties),
    ):
        found.setdefault(type(value), []).append(value)
    return found


def part_of(kind: type[T]) -> st.SearchStrategy[T]:
    """Values of *kind* taken from generated editions."""
    return editions().flatmap(lambda edition: st.sampled_from(_parts(edition)[kind]))


def two_team_matches() -> st.SearchStrategy[Match]:
    """Matches with no score between two of :func:`teams` (any ruling fits them)."""
    return team_lists(max_teams=2).map(
        lambda names: Match(home=names[0], away=names[1])
    )


def edition_sources() -> st.SearchStrategy[Source]:
    key = st.text(NAME_ALPHABET, min_size=1, max_size=8).filter(str.strip)
    return st.builds(Source, key=key, title=texts(), notes=texts())


def references() -> st.SearchStrategy[Reference]:
    ids = st.sampled_from(("group-a", "sf-1", "final"))
    return st.builds(
        Reference, kind=st.just(ReferenceKind.PLACE), of=ids, place=st.integers(1, 8)
    ) | st.builds(
        Reference,
        kind=st.sampled_from((ReferenceKind.WINNER, ReferenceKind.LOSER)),
        of=ids,
    )


def recorded_places() -> st.SearchStrategy[RecordedPlace]:
    return st.builds(
        RecordedPlace,
        place=st.integers(1, 8),
        team=team_names(),
        notes=texts(),
        inference=st.booleans(),
    )


def rankings() -> st.SearchStrategy[Ranking]:
    value = st.integers(0, 2000) | st.floats(0, 2000, allow_nan=False)
    return st.builds(
        Ranking,
        name=st.sampled_from(("FIFA/Coca-Cola Men's World Ranking", "coefficient")),
        values=st.dictionaries(team_names(), value, max_size=8),
        higher_is_better=st.booleans(),
    )


def qualified() -> st.SearchStrategy[Qualified]:
    return st.builds(Qualified, team=team_names(), origin=texts(), notes=texts())


def published_rows() -> st.SearchStrategy[PublishedRow]:
    count = st.integers(0, 20)
    return st.builds(
        PublishedRow,
        team=team_names(),
        played=count,
        won=count,
        drawn=count,
        lost=count,
        goals_for=count,
        goals_against=count,
        points=st.integers(-6, 60),
    )
