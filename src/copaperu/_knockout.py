"""Layer 4, formats: knockout ties decided over one match or two legs.

Their outcomes are values: how a tie was decided, what an undecided tie needs.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import final

import attrs

from ._official import MatchStatus, OfficialResult, official_result
from ._rulings import AwardedShootout, Ruling
from ._score import Score
from ._tierules import Basis, TieRules
from ._validators import is_a
from ._values import Match, TeamId
from .errors import InvalidValueError, RuleError

__all__ = [
    "DecidedBy",
    "Need",
    "Step",
    "TieOutcome",
    "decide_match",
    "decide_tie",
]


class DecidedBy(enum.StrEnum):
    """What decided a tie or a match.

    >>> str(DecidedBy.AWAY_GOALS)
    'away_goals'
    """

    SCORE = "score"
    """A single match won in normal time."""
    AGGREGATE = "aggregate"
    """More goals over the legs."""
    POINTS = "points"
    """More points over the legs."""
    GOAL_DIFFERENCE = "goal_difference"
    """Level on points, better goal difference over the legs."""
    AWAY_GOALS = "away_goals"
    """Level on goals, more goals scored away from home."""
    EXTRA_TIME = "extra_time"
    """Goals in extra time."""
    PENALTIES = "penalties"
    """A penalty shoot-out."""
    PLAYOFF = "playoff"
    """A play-off match."""
    RULING = "ruling"
    """An administrative ruling: a match awarded, or a shoot-out awarded."""
    REPLAY = "replay"
    """A replay of a single match left level (the step holds the replay's outcome)."""


class Need(enum.StrEnum):
    """What would settle a conclusion still open: a tie undecided, or teams level in a table.

    The ids are stable; ``TieOutcome.needs`` and ``LevelTeams.needs`` carry
    one, and the fields beside it carry the rest (which match, which ranking).

    >>> import copaperu as cp
    >>> cp.decide_match(cp.Match(home="A", away="B"), cp.TieRules()).needs
    <Need.RESULT: 'result'>
    """

    RESULT = "result"
    """The score of a match, which is not recorded (see *missing_from*)."""
    MATCH = "match"
    """A match recorded as not played, which must be played (see *missing_from*)."""
    REPLAY_OR_AWARD = "replay_or_award"
    """A match abandoned and declared void, to be replayed or awarded."""
    EXTRA_TIME = "extra_time"
    """Extra time, due under the rules but not recorded."""
    PENALTIES = "penalties"
    """A penalty shoot-out, due under the rules but not recorded."""
    REPLAY = "replay"
    """A replay of a single match still level, due under the rules but not recorded."""
    PLAYOFF = "playoff"
    """A play-off match: for a tie, one due but not recorded; in a table, between
    teams level across a qualification boundary."""
    DRAWING_OF_LOTS = "drawing_of_lots"
    """A drawing of lots that has not been drawn (or not recorded)."""
    RANKING_VALUE = "ranking_value"
    """A value of the ranking the rules name, missing for some of the teams level."""
    DECISION = "decision"
    """A decision the rules do not provide: every criterion has been applied."""


@final
@attrs.frozen(kw_only=True)
class Step:
    """One comparison made in deciding a tie, with both teams' figures.

    *first* and *second* are the figures of the first- and second-named teams
    (``TieOutcome.teams``) under *criterion*: goals for ``SCORE`` (normal time
    of a single match), ``AGGREGATE``, ``EXTRA_TIME`` (the aggregate after extra
    time) and ``GOAL_DIFFERENCE`` (goals over the legs, after a level play-off);
    points for ``POINTS``; away goals for ``AWAY_GOALS``; the shoot-out's score for
    ``PENALTIES``. A ``RULING`` step names the match awarded; a ``PLAYOFF`` step
    names the play-off match and carries its own outcome.

    >>> import copaperu as cp
    >>> out = cp.decide_tie(
    ...     cp.Match(home="A", away="B", score=cp.Score(2, 1)),
    ...     cp.Match(home="B", away="A", score=cp.Score(1, 0)),
    ...     cp.rules.UEFA_CLUB_2019_KNOCKOUT)
    >>> step = out.steps[-1]
    >>> step.criterion, step.first, step.second
    (<DecidedBy.AWAY_GOALS: 'away_goals'>, 0, 1)
    """

    criterion: DecidedBy
    """What was compared."""
    first: int | None = None
    """The first-named team's figure; ``None`` for a ruling or a play-off."""
    second: int | None = None
    """The second-named team's figure; ``None`` for a ruling or a play-off."""
    extra_time: bool = False
    """For away goals: whether those scored in extra time are counted."""
    awarded: bool = False
    """For a shoot-out: whether a ruling awarded it (the score is the awarded one)."""
    match: Match | None = None
    """For a ruling, the match awarded; for a play-off, the play-off match."""
    outcome: TieOutcome | None = None
    """For a play-off, its own outcome as a single match; ``None`` when it ended
    level and the rules went on to goal difference over the legs."""


@final
@attrs.frozen(kw_only=True)
class TieOutcome:
    """How a tie (or a single knockout match) ended, and why.

    The *aggregate* is written with the first-named team first: the home team of
    the first leg (or of the single match). An undecided tie is an outcome too:
    *winner* is ``None``, *needs* says what would decide it and *missing_from*
    in which match it is missing. The *steps* are the comparisons made, as values;
    :meth:`explain` and ``str()`` put them in words.

    >>> import copaperu as cp
    >>> out = cp.decide_match(cp.Match(home="A", away="B", score=cp.Score(0, 2)),
    ...                       cp.TieRules())
    >>> out.winner, out.decided_by
    ('B', <DecidedBy.SCORE: 'score'>)
    """

    teams: tuple[TeamId, TeamId]
    """The two teams, the first-named first."""
    winner: TeamId | None
    """The team that went through; ``None`` while undecided."""
    decided_by: DecidedBy | None
    """What decided it; ``None`` while undecided."""
    aggregate: Score | None
    """Goals over the legs (extra time included), first-named team first."""
    needs: Need | None = None
    """What would decide an undecided tie; ``None`` once decided."""
    missing_from: Match | None = None
    """The match lacking what is needed: a leg whose score is not recorded (or
    which was not played, or was declared void), the last match, whose extra time
    or shoot-out is not recorded, or the play-off, when it did not decide the tie.
    ``None`` when what is needed is a match of its own (a play-off, a replay) or a
    decision after the legs, and once decided."""
    matches: tuple[Match, ...] = ()
    """The legs (and play-off) the outcome was computed from."""
    rulings: tuple[Ruling, ...] = ()
    """The rulings that changed the outcome."""
    steps: tuple[Step, ...] = ()
    """Each comparison made, in order."""

    @property
    def loser(self) -> TeamId | None:
        """The team that went out; ``None`` while undecided.

        >>> import copaperu as cp
        >>> cp.decide_match(cp.Match(home="A", away="B", score=cp.Score(1, 0)),
        ...                 cp.TieRules()).loser
        'B'
        """
        if self.winner is None:
            return None
        return self.teams[1] if self.winner == self.teams[0] else self.teams[0]

    @property
    def official_results(self) -> tuple[OfficialResult, ...]:
        """The official result of each match, in order (what counts of each).

        >>> import copaperu as cp
        >>> out = cp.decide_match(
        ...     cp.Match(home="A", away="B", score=cp.Score(0, 1),
        ...              rulings=(cp.Forfeit(awarded_to="A", score=cp.Score(3, 0)),)),
        ...     cp.TieRules())
        >>> [str(result.score) for result in out.official_results]
        ['3-0']
        """
        return tuple(official_result(match) for match in self.matches)

    @property
    def is_decided(self) -> bool:
        """Whether the tie has a winner.

        >>> import copaperu as cp
        >>> cp.decide_match(cp.Match(home="A", away="B"), cp.TieRules()).is_decided
        False
        """
        return self.winner is not None

    def explain(self) -> str:
        """The tie in words: each comparison made, then the verdict.

        >>> import copaperu as cp
        >>> out = cp.decide_tie(
        ...     cp.Match(home="A", away="B", score=cp.Score(2, 1)),
        ...     cp.Match(home="B", away="A", score=cp.Score(1, 0)),
        ...     cp.rules.UEFA_CLUB_2019_KNOCKOUT)
        >>> print(out.explain())
        aggregate: A 2-2 B
        away goals: A 0, B 1
        B through on away goals
        """
        from ._words import tie_explanation

        return tie_explanation(self)

    def __str__(self) -> str:
        from ._words import tie_outcome_text

        return tie_outcome_text(self)


def _check_rules(rules: object, where: str) -> None:
    if not is_a(rules, TieRules):
        msg = f"{where}: rules must be TieRules (got {rules!r})"
        raise RuleError(msg)


def _refuse_after_first_leg(first_leg: Match) -> None:
    """Extra time and a shoot-out only ever follow the last leg of a tie."""
    extra = (
        ("extra time", first_leg.extra_time),
        ("a penalty shoot-out", first_leg.penalties),
        ("an awarded shoot-out", _awarded_on(first_leg)),
    )
    for what, value in extra:
        if value is not None:
            msg = (
                f"decide_tie: first_leg: {what} only follows the last leg of a tie "
                f"(got {value})"
            )
            raise InvalidValueError(msg)


def _awarded_on(match: Match) -> AwardedShootout | None:
    return next((r for r in match.rulings if isinstance(r, AwardedShootout)), None)


def _check_match(value: object, where: str) -> None:
    if not is_a(value, Match):
        msg = f"{where}: expected a Match (got {value!r})"
        raise InvalidValueError(msg)


@attrs.frozen
class _Tie:
    """What every outcome of one tie shares (internal)."""

    teams: tuple[TeamId, TeamId]
    matches: tuple[Match, ...]
    rulings: tuple[Ruling, ...]
    steps: list[Step] = attrs.field(factory=list, eq=False)

    def won(
        self,
        winner: TeamId,
        decided_by: DecidedBy,
        aggregate: Score | None,
        rulings: tuple[Ruling, ...] = (),
    ) -> TieOutcome:
        return TieOutcome(
            teams=self.teams,
            winner=winner,
            decided_by=decided_by,
            aggregate=aggregate,
            matches=self.matches,
            rulings=self.rulings + rulings,
            steps=tuple(self.steps),
        )

    def leader(self, score: Score) -> TeamId:
        """The team ahead in *score*, written first-named team first."""
        return self.teams[0] if score.home > score.away else self.teams[1]

    def undecided(
        self, aggregate: Score | None, needs: Need, missing_from: Match | None = None
    ) -> TieOutcome:
        return TieOutcome(
            teams=self.teams,
            winner=None,
            decided_by=None,
            aggregate=aggregate,
            needs=needs,
            missing_from=missing_from,
            matches=self.matches,
            rulings=self.rulings,
            steps=tuple(self.steps),
        )


def decide_match(
    match: Match, rules: TieRules, replays: Sequence[Match] = ()
) -> TieOutcome:
    """Decide a single knockout match (a final, a play-off, a one-off tie).

    Normal time; then, if level, extra time (if the rules have it and it was
    played), a penalty shoot-out, or a replay -- or an undecided outcome that says
    what is missing. Rulings apply: an awarded match or shoot-out decides it.
    *replays* are the replays played, in order: each is decided the same way
    (extra time and a shoot-out from the match the rules say), until one decides.

    Raises:
        InvalidValueError: a replay between other teams, or one recorded after the
            tie was decided or where the rules have none.

    >>> import copaperu as cp
    >>> m = cp.Match(home="A", away="B", score=cp.Score(1, 1),
    ...              extra_time=cp.Score(1, 1), penalties=cp.Score(4, 3))
    >>> out = cp.decide_match(m, cp.TieRules())
    >>> out.winner, out.decided_by
    ('A', <DecidedBy.PENALTIES: 'penalties'>)
    >>> cup = cp.TieRules(penalties=False, playoff=True, extra_time_from=1)
    >>> out = cp.decide_match(cp.Match(home="A", away="B", score=cp.Score(0, 0)), cup,
    ...     [cp.Match(home="B", away="A", score=cp.Score(0, 2))])
    >>> out.winner, out.decided_by
    ('A', <DecidedBy.REPLAY: 'replay'>)
    """
    _check_match(match, "decide_match")
    _check_rules(rules, "decide_match")
    if is_a(replays, str) or not is_a(replays, Sequence):
        msg = f"decide_match: replays must be a sequence of matches (got {replays!r})"
        raise InvalidValueError(msg)
    for index, replay in enumerate(replays):
        _check_match(replay, f"decide_match: replays[{index}]")
        if set(replay.teams) != set(match.teams):
            msg = (
                f"decide_match: replays[{index}] {replay.home} v {replay.away} is not "
                f"between {match.home} and {match.away}"
            )
            raise InvalidValueError(msg)
    if replays and not rules.playoff:
        msg = (
            f"decide_match: a replay recorded ({replays[0]}), but these rules have none"
        )
        raise InvalidValueError(msg)
    first = _decide_one(match, _for_match(rules, 0))
    if not replays:
        return first
    if first.winner is not None:
        msg = (
            f"decide_match: a replay recorded ({replays[0]}) for a tie already decided"
        )
        raise InvalidValueError(msg)
    steps = list(first.steps)
    matches = (match, *replays)
    rulings = first.rulings
    for number, replay in enumerate(replays, start=1):
        outcome = _decide_one(replay, _for_match(rules, number))
        steps.append(Step(criterion=DecidedBy.REPLAY, match=replay, outcome=outcome))
        rulings += outcome.rulings
        later = replays[number:]
        if outcome.winner is not None:
            if later:
                msg = f"decide_match: a replay recorded ({later[0]}) for a tie already decided"
                raise InvalidValueError(msg)
            score = outcome.aggregate
            if score is not None and outcome.teams != match.teams:
                score = score.swapped()  # the replay's first-named team is the other
            return TieOutcome(
                teams=match.teams,
                winner=outcome.winner,
                decided_by=DecidedBy.REPLAY,
                aggregate=score,
                matches=matches,
                rulings=rulings,
                steps=tuple(steps),
            )
        # Undecided with a later replay recorded: that replay says it ended level
        # (whatever the record lacks of it, such as its extra time), so go on.
    last = outcome
    return TieOutcome(
        teams=match.teams,
        winner=None,
        decided_by=None,
        aggregate=None,
        needs=last.needs,
        missing_from=last.missing_from,
        matches=matches,
        rulings=rulings,
        steps=tuple(steps),
    )


def _for_match(rules: TieRules, number: int) -> TieRules:
    """The rules of match *number* of a single-match tie (0, the first; 1, a replay).

    Extra time and a shoot-out only from the match the rules say.
    """
    if not rules.playoff or (
        number >= rules.extra_time_from and number >= rules.penalties_from
    ):
        return rules
    extra = rules.extra_time and number >= rules.extra_time_from
    return attrs.evolve(
        rules,
        extra_time=extra,
        penalties=rules.penalties and number >= rules.penalties_from,
        away_goals_in_extra_time=rules.away_goals_in_extra_time and extra,
        extra_time_from=0,
        penalties_from=0,
    )


def _decide_one(match: Match, rules: TieRules) -> TieOutcome:
    result = official_result(match)
    tie = _Tie(teams=match.teams, matches=(match,), rulings=result.rulings)
    if result.status is MatchStatus.AWARDED and result.winner is not None:
        tie.steps.append(Step(criterion=DecidedBy.RULING, match=match))
        return tie.won(result.winner, DecidedBy.RULING, result.score)
    if not result.counts or result.score is None:
        return tie.undecided(None, _missing(result), match)
    score = result.score
    tie.steps.append(
        Step(criterion=DecidedBy.SCORE, first=score.home, second=score.away)
    )
    if not score.is_draw:
        _refuse_undue(result, "the match was won in normal time")
        return tie.won(tie.leader(score), DecidedBy.SCORE, score)
    return _after_level(tie, result, rules, score, away_goals=None)


def decide_tie(
    first_leg: Match,
    second_leg: Match,
    rules: TieRules,
    playoff: Match | None = None,
) -> TieOutcome:
    """Decide a tie over two legs, as *rules* say, with the rulings on the legs.

    The second leg must mirror the first (the teams swap home and away). Extra
    time and a shoot-out belong to the second leg -- or, when the rules have a
    play-off, to the *playoff* match, which decides a tie still level.

    Raises:
        InvalidValueError: the legs do not mirror each other, or the play-off is
            between other teams.
        RuleError: a match carries extra time or a shoot-out that the rules and
            the score say were not due.

    >>> import copaperu as cp
    >>> out = cp.decide_tie(
    ...     cp.Match(home="Cultural Hidro", away="I.M.I.", score=cp.Score(5, 0)),
    ...     cp.Match(home="I.M.I.", away="Cultural Hidro", score=cp.Score(5, 0)),
    ...     cp.rules.COPA_PERU_1998_KNOCKOUT)
    >>> out.is_decided, out.needs
    (False, <Need.PENALTIES: 'penalties'>)
    >>> print(out)
    Cultural Hidro 5-5 I.M.I.: undecided: needs a penalty shoot-out (not recorded)
    """
    _check_match(first_leg, "decide_tie: first_leg")
    _check_match(second_leg, "decide_tie: second_leg")
    _check_rules(rules, "decide_tie")
    first, second = first_leg.teams
    if second_leg.teams != (second, first):
        msg = (
            f"decide_tie: the legs do not mirror each other: {first} v {second}, "
            f"then {second_leg.home} v {second_leg.away}"
        )
        raise InvalidValueError(msg)
    numbers = first_leg.leg, second_leg.leg
    if numbers[0] is not None and numbers[1] is not None and numbers[0] >= numbers[1]:
        msg = (
            f"decide_tie: the legs are out of order: first_leg is leg {numbers[0]}, "
            f"second_leg is leg {numbers[1]}"
        )
        raise InvalidValueError(msg)
    _refuse_after_first_leg(first_leg)
    if playoff is not None:
        _check_match(playoff, "decide_tie: playoff")
        if set(playoff.teams) != {first, second}:
            msg = (
                f"decide_tie: the play-off {playoff.home} v {playoff.away} is not "
                f"between {first} and {second}"
            )
            raise InvalidValueError(msg)
    legs = (first_leg, second_leg) + ((playoff,) if playoff is not None else ())
    one, two = official_result(first_leg), official_result(second_leg)
    tie = _Tie(teams=(first, second), matches=legs, rulings=one.rulings + two.rulings)
    awarded = [
        leg
        for leg in (one, two)
        if leg.status is MatchStatus.AWARDED and leg.score is None
    ]
    if len({leg.winner for leg in awarded}) > 1:
        msg = f"decide_tie: both legs awarded, to different teams: {first_leg}, {second_leg}"
        raise RuleError(msg)
    for leg in awarded:
        if leg.winner is not None:
            tie.steps.append(Step(criterion=DecidedBy.RULING, match=leg.match))
            return tie.won(leg.winner, DecidedBy.RULING, None)
    if one.score is None or not one.counts:
        return tie.undecided(None, _missing(one), first_leg)
    if two.score is None or not two.counts:
        return tie.undecided(None, _missing(two), second_leg)
    # Goals from the first-named team's side: leg 1 at home, leg 2 away.
    goals = Score(one.score.home + two.score.away, one.score.away + two.score.home)
    if rules.basis is Basis.POINTS:
        mine = _points(one.score.home, one.score.away) + _points(
            two.score.away, two.score.home
        )
        theirs = _points(one.score.away, one.score.home) + _points(
            two.score.home, two.score.away
        )
        tie.steps.append(Step(criterion=DecidedBy.POINTS, first=mine, second=theirs))
        if mine != theirs:
            _refuse_undue(two, "the tie was decided on points")
            tie.steps.append(_goals(DecidedBy.AGGREGATE, goals))
            return tie.won(first if mine > theirs else second, DecidedBy.POINTS, goals)
        decided_by = DecidedBy.GOAL_DIFFERENCE
    else:
        decided_by = DecidedBy.AGGREGATE
    tie.steps.append(_goals(DecidedBy.AGGREGATE, goals))
    if rules.goal_difference and not goals.is_draw:
        how = (
            "on goal difference"
            if decided_by is DecidedBy.GOAL_DIFFERENCE
            else "on aggregate"
        )
        _refuse_undue(two, f"the tie was decided {how}")
        return tie.won(tie.leader(goals), decided_by, goals)
    away = (two.score.away, one.score.away)  # goals away from home: first, second
    if rules.away_goals:
        tie.steps.append(
            Step(criterion=DecidedBy.AWAY_GOALS, first=away[0], second=away[1])
        )
        if away[0] != away[1]:
            _refuse_undue(two, "the tie was decided on away goals")
            winner = first if away[0] > away[1] else second
            return tie.won(winner, DecidedBy.AWAY_GOALS, goals)
    if rules.playoff:
        _refuse_undue(two, "under these rules a level tie goes to a play-off")
        if playoff is None:
            return tie.undecided(goals, Need.PLAYOFF)
        # The play-off is one match: replays' numbering does not apply to it.
        once = attrs.evolve(
            rules,
            playoff=False,
            goal_difference_after_playoff=False,
            extra_time_from=0,
            penalties_from=0,
        )
        replay = decide_match(playoff, once)
        level = replay.winner is None and replay.needs in {
            Need.DECISION,
            Need.DRAWING_OF_LOTS,
        }
        if level and rules.goal_difference_after_playoff:
            tie.steps.append(Step(criterion=DecidedBy.PLAYOFF, match=playoff))
            tie.steps.append(_goals(DecidedBy.GOAL_DIFFERENCE, goals))
            if not goals.is_draw:
                return tie.won(
                    tie.leader(goals), DecidedBy.GOAL_DIFFERENCE, goals, replay.rulings
                )
            return tie.undecided(goals, _last_resort(rules))
        tie.steps.append(
            Step(criterion=DecidedBy.PLAYOFF, match=playoff, outcome=replay)
        )
        if replay.winner is None:
            # What the play-off lacks is what the tie lacks.
            return tie.undecided(goals, replay.needs or Need.DECISION, playoff)
        return tie.won(replay.winner, DecidedBy.PLAYOFF, goals, replay.rulings)
    return _after_level(tie, two, rules, goals, away_goals=away)


def _after_level(
    tie: _Tie,
    result: OfficialResult,
    rules: TieRules,
    goals: Score,
    *,
    away_goals: tuple[int, int] | None,
) -> TieOutcome:
    """Extra time, then a shoot-out, once the tie is level after normal time.

    *goals* is the aggregate, first-named team first; *result* is the last match,
    where extra time and the shoot-out are recorded.
    """
    first, second = tie.teams
    flip = result.match.home != first  # the last match is at the second-named team's
    extra = result.extra_time
    if extra is not None and not rules.extra_time:
        msg = f"{result.match}: extra time recorded, but these rules have none"
        raise RuleError(msg)
    awarded = _awarded(result)
    if (
        rules.extra_time
        and extra is None
        and result.penalties is None
        and awarded is None
    ):
        return tie.undecided(goals, Need.EXTRA_TIME, result.match)
    if extra is not None and result.score is not None:
        added = Score(extra.home - result.score.home, extra.away - result.score.away)
        mine = added.swapped() if flip else added
        goals = Score(goals.home + mine.home, goals.away + mine.away)
        tie.steps.append(_goals(DecidedBy.EXTRA_TIME, goals))
        # Without goal difference (points basis), only the extra time's own goals count.
        counted = goals if rules.goal_difference else mine
        if not counted.is_draw:
            _refuse_undue(result, "the tie was decided in extra time", extra=False)
            return tie.won(tie.leader(counted), DecidedBy.EXTRA_TIME, goals)
        if away_goals is not None and rules.away_goals_in_extra_time:
            # Extra time is played at the second-named team's ground: only the
            # first-named team scores away goals in it.
            away_goals = (away_goals[0] + mine.home, away_goals[1])
            tie.steps.append(
                Step(
                    criterion=DecidedBy.AWAY_GOALS,
                    first=away_goals[0],
                    second=away_goals[1],
                    extra_time=True,
                )
            )
            if away_goals[0] != away_goals[1]:
                _refuse_undue(result, "the tie was decided on away goals", extra=False)
                winner = first if away_goals[0] > away_goals[1] else second
                return tie.won(winner, DecidedBy.AWAY_GOALS, goals)
    if not rules.penalties:
        if result.penalties is not None or awarded is not None:
            msg = f"{result.match}: a shoot-out recorded, but these rules have none"
            raise RuleError(msg)
        if rules.playoff:
            return tie.undecided(goals, Need.REPLAY)
        return tie.undecided(goals, _last_resort(rules))
    shootout_winner = result.shootout_winner
    if shootout_winner is None:
        return tie.undecided(goals, Need.PENALTIES, result.match)
    if result.penalties is not None:
        shown = result.penalties.swapped() if flip else result.penalties
        tie.steps.append(
            Step(
                criterion=DecidedBy.PENALTIES,
                first=shown.home,
                second=shown.away,
                awarded=awarded is not None,
            )
        )
    by = DecidedBy.RULING if awarded is not None else DecidedBy.PENALTIES
    return tie.won(shootout_winner, by, goals)


def _last_resort(rules: TieRules) -> Need:
    """What a tie still level after every criterion needs.

    A drawing of lots, if the rules draw them, else a decision the rules lack.
    """
    return Need.DRAWING_OF_LOTS if rules.lots else Need.DECISION


def _awarded(result: OfficialResult) -> AwardedShootout | None:
    for ruling in result.rulings:
        if isinstance(ruling, AwardedShootout):
            return ruling
    return None


def _refuse_undue(result: OfficialResult, why: str, *, extra: bool = True) -> None:
    """Refuse extra time or a shoot-out recorded on a match where none was due."""
    if extra and result.extra_time is not None:
        msg = f"{result.match}: extra time recorded, but {why}"
        raise RuleError(msg)
    if result.penalties is not None or _awarded(result) is not None:
        msg = f"{result.match}: a shoot-out recorded, but {why}"
        raise RuleError(msg)


def _missing(result: OfficialResult) -> Need:
    """What a match without a result that counts needs."""
    if result.status is MatchStatus.NOT_PLAYED:
        return Need.MATCH
    if result.status is MatchStatus.VOID:
        return Need.REPLAY_OR_AWARD
    return Need.RESULT


def _goals(criterion: DecidedBy, goals: Score) -> Step:
    """A step comparing *goals*, written first-named team first."""
    return Step(criterion=criterion, first=goals.home, second=goals.away)


def _points(goals_for: int, goals_against: int) -> int:
    """Points for one leg; any scheme with win > draw > loss orders legs alike."""
    return 2 if goals_for > goals_against else 1 if goals_for == goals_against else 0
