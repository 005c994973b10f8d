"""Layer 8, on top: strategies for two-legged ties that the rules could have produced."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, NamedTuple, TypeVar, final

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .._rulings import (
    Abandoned,
    AwardedShootout,
    Forfeit,
    NotPlayed,
    Ruling,
)
from .._tierules import (
    Basis,
    TieRules,
)
from .._validators import is_a
from .._values import Match, Score, TeamId
from ._common import MINUTES, check_strategy, draw_teams
from ._values import (
    UNKNOWN,
    default_scores,
    maybe_winning_scores,
    one_in,
    pick,
    shootout_scores,
    team_lists,
    two_of,
)

__all__: list[str] = []

T = TypeVar("T")


@final
class TwoLeggedTie(NamedTuple):
    """Two legs, the rules they were played under, and a play-off if one was played.

    It unpacks into the arguments of :func:`copaperu.decide_tie`.

    >>> import copaperu as cp
    >>> tie = TwoLeggedTie(
    ...     cp.Match(home="A", away="B", score=cp.Score(1, 0), leg=1),
    ...     cp.Match(home="B", away="A", score=cp.Score(0, 0), leg=2),
    ...     cp.TieRules())
    >>> cp.decide_tie(*tie).winner
    'A'
    """

    first_leg: Match
    """The first leg, at the first-named team's ground."""
    second_leg: Match
    """The second leg, with the teams turned round; extra time and a shoot-out
    are recorded on it."""
    rules: TieRules
    """The rules the legs were played under."""
    playoff: Match | None = None
    """The play-off match, when the rules have one and the tie was level."""


# Knockout ties --------------------------------------------------------------------


def tie_rules() -> st.SearchStrategy[TieRules]:
    """Rules of a knockout tie; shrinks toward aggregate, extra time and penalties.

    Every valid combination: aggregate or points per leg (with or without goal
    difference), away goals (also in extra time), extra time, a penalty
    shoot-out, a play-off or replays (then goal difference if it ends level;
    extra time and a shoot-out only from a given replay), a drawing of lots as
    the last resort.

    >>> from hypothesis import find, settings
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> print(find(strategies.tie_rules(), lambda r: r.away_goals, settings=fixed))
    aggregate, away goals, extra time, penalties
    """

    def build(
        points: bool,
        no_goal_difference: bool,
        away_goals: bool,
        also_in_extra_time: bool,
        no_extra_time: bool,
        no_penalties: bool,
        playoff: bool,
        last_resort: bool,
        lots: bool,
        replays_before: tuple[int, int],
    ) -> TieRules:
        extra_time = not no_extra_time
        extra_from, penalties_from = replays_before if playoff else (0, 0)
        return TieRules(
            basis=Basis.POINTS if points else Basis.AGGREGATE,
            goal_difference=not (points and no_goal_difference),
            away_goals=away_goals,
            away_goals_in_extra_time=also_in_extra_time and away_goals and extra_time,
            extra_time=extra_time,
            penalties=not no_penalties,
            playoff=playoff,
            goal_difference_after_playoff=playoff and last_resort,
            lots=lots,
            extra_time_from=extra_from,
            penalties_from=penalties_from,
        )

    flag = st.booleans()
    replay = st.integers(0, 2)
    return st.builds(
        build,
        flag,
        flag,
        flag,
        flag,
        flag,
        flag,
        flag,
        flag,
        flag,
        st.tuples(replay, replay),
    )


tie_rules_of = tie_rules  # for editions(), whose own argument hides it


class _Leg(NamedTuple):
    """A leg as drawn, with what counts of it (internal)."""

    match: Match
    kind: str
    counted: Score | None
    """The official score, home-away; ``None`` when no score counts."""
    awarded_to: TeamId | None
    """The team a forfeit without a score gives the whole tie to."""


# What became of a knockout match (besides UNKNOWN, as for any match).
_PLAYED, _NOT_PLAYED = "played", "not played"
_FORFEIT, _DECLARED, _VOID = "forfeit", "declared", "void"
_RULED: Final = (UNKNOWN, _FORFEIT, _DECLARED, _VOID, _NOT_PLAYED)


@st.composite
def _legs(
    draw: st.DrawFn, home: TeamId, away: TeamId, leg: int | None, forfeit: bool = True
) -> _Leg:
    """A knockout match, played (about three in four) or not, or ruled."""
    kind = _PLAYED
    if one_in(draw, 4):
        kind = pick(draw, [k for k in _RULED if forfeit or k != _FORFEIT])
    score = draw(default_scores())
    match = Match(home=home, away=away, score=score, leg=leg)
    if kind == _PLAYED:
        return _Leg(match, kind, score, None)
    if kind in (UNKNOWN, _NOT_PLAYED):
        ruled: tuple[Ruling, ...] = (NotPlayed(),) if kind == _NOT_PLAYED else ()
        return _Leg(attrs.evolve(match, score=None, rulings=ruled), kind, None, None)
    minute = draw(MINUTES)
    if kind == _FORFEIT:
        team = pick(draw, (home, away))
        awarded = draw(maybe_winning_scores(team == home))
        ruling = Forfeit(awarded_to=team, score=awarded, reason="walkover")
        on_field = None if draw(st.booleans()) else score
        return _Leg(
            attrs.evolve(match, score=on_field, rulings=(ruling,)),
            kind,
            awarded,
            team if awarded is None else None,
        )
    declared = draw(default_scores()) if kind == _DECLARED else None
    abandoned = Abandoned(minute=minute, declared=declared)
    return _Leg(attrs.evolve(match, rulings=(abandoned,)), kind, declared, None)


@st.composite
def _finished(
    draw: st.DrawFn,
    leg: _Leg,
    rules: TieRules,
    totals: tuple[int, int],
    away_goals: tuple[int, int] | None,
) -> Match:
    """*leg*, level after normal time, with the extra time and shoot-out *rules* call for.

    *totals* are the goals over the tie so far, and *away_goals* the goals each side
    scored away from home (``None`` for a single match), both home side first.
    Either may be missing from the record (the outcome stays undecided).
    """
    match = leg.match
    if leg.kind == _DECLARED:  # extra time does not count after an abandonment
        if rules.penalties and draw(st.booleans()):
            winner = pick(draw, match.teams)
            awarded = draw(maybe_winning_scores(winner == match.home))
            shootout = AwardedShootout(winner=winner, score=awarded, reason="ruling")
            match = attrs.evolve(match, rulings=(*match.rulings, shootout))
        return match
    if leg.kind != _PLAYED or match.score is None:
        return match
    if rules.extra_time:
        if one_in(draw, 5):  # extra time played, but not recorded
            return match
        home, away = draw(st.integers(0, 2)), draw(st.integers(0, 2))
        match = attrs.evolve(
            match, extra_time=Score(match.score.home + home, match.score.away + away)
        )
        # On points without goal difference, only extra time's own goals count.
        counted = (totals[0] + home, totals[1] + away)
        if not rules.goal_difference:
            counted = (home, away)
        if counted[0] != counted[1]:
            return match
        if (
            away_goals is not None
            and rules.away_goals_in_extra_time
            and away_goals[0] != away_goals[1] + away
        ):
            return match
    if not rules.penalties:
        return match
    how = draw(st.sampled_from(("taken", "awarded", "not recorded")))
    if how == "taken":
        return attrs.evolve(match, penalties=draw(shootout_scores()))
    if how == "awarded":
        winner = pick(draw, match.teams)
        awarded = draw(maybe_winning_scores(winner == match.home))
        ruling = AwardedShootout(winner=winner, score=awarded)
        return attrs.evolve(match, rulings=(ruling,))
    return match


def _leg_points(goals_for: int, goals_against: int) -> int:
    return 3 if goals_for > goals_against else 1 if goals_for == goals_against else 0


def _level_after_legs(rules: TieRules, one: Score, two: Score) -> bool:
    """Whether the first-named team (at home in *one*) and the other are level.

    Level after what *rules* compare before extra time: points, then goal
    difference (aggregate), then away goals.
    """
    first, second = one.home + two.away, one.away + two.home
    if rules.basis is Basis.POINTS:
        mine = _leg_points(one.home, one.away) + _leg_points(two.away, two.home)
        theirs = _leg_points(one.away, one.home) + _leg_points(two.home, two.away)
        if mine != theirs:
            return False
    if rules.goal_difference and first != second:
        return False
    return not (rules.away_goals and two.away != one.away)


@st.composite
def single_matches(
    draw: st.DrawFn, home: TeamId, away: TeamId, rules: TieRules
) -> Match:
    """A one-off knockout match (a final, a play-off), as *rules* have it decided."""
    leg = draw(_legs(home, away, None))
    if leg.counted is None or not leg.counted.is_draw or leg.kind == _FORFEIT:
        return leg.match
    return draw(_finished(leg, rules, (leg.counted.home, leg.counted.away), None))


@st.composite
def replayed_matches(
    draw: st.DrawFn, home: TeamId, away: TeamId, rules: TieRules
) -> tuple[Match, tuple[Match, ...]]:
    """A one-match tie under *rules* that have replays: the match and its replays.

    Every match but the last ends level (after extra time where the rules have it
    for that match, never with a shoot-out); the last is drawn as any single
    match is, under the rules for its number. The venue turns round each time.
    """
    count = draw(st.integers(0, 3))
    if rules.penalties:  # a shoot-out settles the match it is taken in
        count = min(count, rules.penalties_from)
    level: list[Match] = []
    for number in range(count):
        teams = (home, away) if number % 2 == 0 else (away, home)
        goals = draw(st.integers(0, 3))
        match = Match(home=teams[0], away=teams[1], score=Score(goals, goals))
        if rules.extra_time and number >= rules.extra_time_from:
            after = goals + draw(st.integers(0, 2))
            match = attrs.evolve(match, extra_time=Score(after, after))
        level.append(match)
    teams = (home, away) if count % 2 == 0 else (away, home)
    last_rules = attrs.evolve(
        rules,
        extra_time=rules.extra_time and count >= rules.extra_time_from,
        penalties=rules.penalties and count >= rules.penalties_from,
        away_goals_in_extra_time=False,
        playoff=False,
        goal_difference_after_playoff=False,
        extra_time_from=0,
        penalties_from=0,
    )
    last = draw(single_matches(teams[0], teams[1], last_rules))
    matches = [*level, last]
    return matches[0], tuple(matches[1:])


@st.composite
def ties_between(
    draw: st.DrawFn, first: TeamId, second: TeamId, rules: TieRules
) -> TwoLeggedTie:
    one = draw(_legs(first, second, 1))
    two = draw(_legs(second, first, 2, forfeit=one.kind != _FORFEIT))
    second_leg, playoff = two.match, None
    decided_by_ruling = one.awarded_to is not None or two.awarded_to is not None
    if (
        not decided_by_ruling
        and one.counted is not None
        and two.counted is not None
        and _level_after_legs(rules, one.counted, two.counted)
    ):
        if rules.playoff:
            if not one_in(draw, 4):  # about one in four not recorded
                home, away = (second, first) if draw(st.booleans()) else (first, second)
                playoff = draw(single_matches(home, away, rules))
        else:
            totals = (
                two.counted.home + one.counted.away,
                two.counted.away + one.counted.home,
            )
            away_goals = (one.counted.away, two.counted.away)
            second_leg = draw(_finished(two, rules, totals, away_goals))
    return TwoLeggedTie(one.match, second_leg, rules, playoff)


@st.composite
def _two_legged_ties(
    draw: st.DrawFn,
    teams: st.SearchStrategy[Sequence[TeamId]],
    rules: st.SearchStrategy[TieRules],
) -> TwoLeggedTie:
    names = draw_teams(draw, teams, "two_legged_ties", 2)
    first, second = two_of(draw, names)
    drawn = draw(rules)
    if not is_a(drawn, TieRules):
        msg = f"two_legged_ties: rules must draw TieRules (got {drawn!r})"
        raise InvalidArgument(msg)
    return draw(ties_between(first, second, drawn))


def two_legged_ties(
    *,
    teams: st.SearchStrategy[Sequence[TeamId]] | None = None,
    rules: st.SearchStrategy[TieRules] | None = None,
) -> st.SearchStrategy[TwoLeggedTie]:
    """Two-legged ties between two of the *teams*, as the drawn *rules* have them played.

    Extra time and a shoot-out are on the second leg, and only when the tie is
    level after what the rules compare first; either may be missing from the
    record. Under play-off rules a level tie gets a play-off match, or none yet.
    A leg may be unknown, not played, awarded by a forfeit, or abandoned (void or
    with a declared result and maybe an awarded shoot-out). Every tie drawn is
    accepted by :func:`copaperu.decide_tie`: ``decide_tie(*tie)`` never raises.

    Args:
        teams: Lists of team names; each tie is between two of a list (default:
            :func:`teams`).
        rules: The rules of the ties (default: :func:`tie_rules`).

    Raises:
        InvalidArgument: an argument is not a strategy; when drawing, *teams* drew
            fewer than two different names, or *rules* something else than
            :class:`copaperu.TieRules`.

    >>> import copaperu as cp
    >>> from hypothesis import find, settings, strategies as st
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> two = st.just(["Melgar", "Cienciano"])
    >>> tie = find(strategies.two_legged_ties(teams=two),
    ...            lambda tie: cp.decide_tie(*tie).decided_by is cp.DecidedBy.PENALTIES,
    ...            settings=fixed)
    >>> print(cp.decide_tie(*tie))
    Melgar 0-0 Cienciano: Cienciano through on penalties
    """
    if teams is None:
        teams = team_lists()
    if rules is None:
        rules = tie_rules()
    check_strategy("two_legged_ties", "teams", teams)
    check_strategy("two_legged_ties", "rules", rules)
    return _two_legged_ties(teams, rules)
