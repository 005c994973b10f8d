"""Layer 8, on top: words, the one place conclusions are put in English.

The engine's conclusions are values: :class:`~copaperu.LevelTeams`,
:class:`~copaperu.Separation`, :class:`~copaperu.Explanation`,
:class:`~copaperu.TieOutcome` and its :class:`~copaperu.Step` values,
:class:`~copaperu.competition.Unknown`, :class:`~copaperu.competition.Contradiction` and
:class:`~copaperu.competition.Placed`. Their ``__str__`` (and :meth:`copaperu.TieOutcome.explain`)
call the functions below, importing this module when first called, so the values'
modules never import it at load time. A translation replaces this module's tables
and sentences, and nothing else.

>>> import copaperu as cp
>>> level_teams_text(cp.LevelTeams(teams=("A", "B"), position=1, needs=cp.Need.DRAWING_OF_LOTS))
'A, B level in place 1: needs a drawing of lots'
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Sequence
from fractions import Fraction
from typing import Final

from ._competition import Reference, ReferenceKind
from ._knockout import DecidedBy, Need, Step, TieOutcome
from ._needs import Condition, Fate, MatchNeed, Needs
from ._official import MatchStatus
from ._replay import (
    Contradiction,
    ContradictionKind,
    Placed,
    Unknown,
    UnknownKind,
)
from ._rulings import Abandoned, AwardedShootout, Forfeit, NotPlayed, PointsDeduction
from ._score import Score
from ._standings import Explanation, LevelTeams, Separation
from ._tiebreak import (
    Criterion,
    DrawingOfLots,
    FairPlay,
    HeadToHead,
    LastMatchShootout,
    OnlyWhen,
    Playoff,
    Scope,
    Statistic,
    TableRules,
    Tiebreaker,
)
from ._tierules import Basis, TieRules
from ._validators import ordinal
from ._values import Match, TeamId

__all__ = [
    "CRITERIA",
    "DECIDED_BY",
    "contradiction_text",
    "criterion_text",
    "explanation_text",
    "level_teams_text",
    "placed_text",
    "reference_text",
    "ruling_text",
    "separation_text",
    "step_text",
    "table_rules_text",
    "tie_explanation",
    "tie_needs_text",
    "tie_outcome_text",
    "tie_rules_text",
    "unknown_text",
]

DECIDED_BY: Final = {
    DecidedBy.SCORE: "in normal time",
    DecidedBy.AGGREGATE: "on aggregate",
    DecidedBy.POINTS: "on points",
    DecidedBy.GOAL_DIFFERENCE: "on goal difference",
    DecidedBy.AWAY_GOALS: "on away goals",
    DecidedBy.EXTRA_TIME: "in extra time",
    DecidedBy.PENALTIES: "on penalties",
    DecidedBy.PLAYOFF: "in a play-off",
    DecidedBy.RULING: "by a ruling",
    DecidedBy.REPLAY: "in a replay",
}
"""How a tie was decided, after "through": ``"A through on away goals"``."""

# What level teams of a table need, after "needs a".
_TABLE_NEEDS: Final = {
    Need.PLAYOFF: "play-off",
    Need.DRAWING_OF_LOTS: "drawing of lots",
    Need.PENALTIES: "penalty shoot-out",
}

# What an undecided tie needs, after "needs"; {match} is the match lacking it.
_TIE_NEEDS: Final = {
    Need.RESULT: "the score of {match} (not recorded)",
    Need.MATCH: "{match} to be played (it was not)",
    Need.REPLAY_OR_AWARD: "{match} to be replayed or awarded (it was declared void)",
    Need.EXTRA_TIME: "extra time (not recorded)",
    Need.PENALTIES: "a penalty shoot-out (not recorded)",
    Need.REPLAY: "a replay (not recorded)",
    Need.PLAYOFF: "a play-off match (not recorded)",
    Need.DRAWING_OF_LOTS: "a drawing of lots",
    Need.RANKING_VALUE: "a ranking value",
    Need.DECISION: "a decision the rules do not provide",
}

_NOT_COUNTED: Final = {
    MatchStatus.UNKNOWN: "no score",
    MatchStatus.NOT_PLAYED: "not played",
    MatchStatus.VOID: "abandoned and void",
}


# Tables -------------------------------------------------------------------------


def level_teams_text(tie: LevelTeams) -> str:
    """Level teams in words.

    >>> import copaperu as cp
    >>> level_teams_text(cp.LevelTeams(teams=("A", "B"), position=2, needs=cp.Need.DECISION))
    'A, B level in place 2: no criterion separates them'
    """
    if tie.needs is Need.DECISION:
        what = "no criterion separates them"
    elif tie.needs is Need.RANKING_VALUE:
        what = (
            f"needs a {tie.ranking or 'ranking'} "
            f"(no value for {', '.join(tie.missing)})"
        )
    else:
        what = f"needs a {_TABLE_NEEDS.get(tie.needs, tie.needs.value)}"
    return f"{', '.join(tie.teams)} level in place {tie.position}: {what}"


def separation_text(separation: Separation) -> str:
    """A separation in words: the criterion, both figures, and what decided.

    >>> import copaperu as cp
    >>> separation_text(cp.Separation(
    ...     upper="A", lower="B", criterion=cp.tiebreak.goal_difference(),
    ...     upper_value=2, lower_value=0))
    'A above B on goal difference: +2 vs 0'
    """
    criterion = separation.criterion
    name = str(criterion)
    if separation.among is not None:
        name += f" among {', '.join(separation.among)}"
    upper = _figure_text(separation, separation.upper_value, upper=True)
    lower = _figure_text(separation, separation.lower_value, upper=False)
    text = f"{separation.upper} above {separation.lower} on {name}: {upper} vs {lower}"
    detail = ""
    if isinstance(criterion, DrawingOfLots):
        detail = (
            "drawn, as recorded"
            if separation.seed is None
            else f"simulated with seed {separation.seed}"
        )
    elif isinstance(criterion, Playoff | LastMatchShootout):
        detail = "; ".join(str(match) for match in separation.matches)
    return f"{text} ({detail})" if detail else text


def _figure_text(separation: Separation, value: object, *, upper: bool) -> str:
    criterion = separation.criterion
    if isinstance(criterion, LastMatchShootout):
        return "won" if upper else "lost"
    if isinstance(criterion, DrawingOfLots) and isinstance(value, int):
        return f"drawn {ordinal(value)}"
    if isinstance(criterion, Playoff):
        teams = {team for match in separation.matches for team in match.teams}
        if len(teams) == 2:
            return "won" if value else "lost"
        return f"{value} play-off wins"
    if isinstance(criterion, Statistic):
        if criterion.criterion is Criterion.GOAL_DIFFERENCE and isinstance(value, int):
            return f"{value:+d}" if value else "0"
        if criterion.criterion is Criterion.POINTS_PER_GAME and isinstance(
            value, Fraction
        ):
            return f"{float(value):.3f}"
        if criterion.criterion is Criterion.GOAL_AVERAGE:
            if value == math.inf:
                return "infinite (no goals against)"
            if isinstance(value, Fraction):
                return f"{float(value):.3f}"
    return str(value)


def explanation_text(explanation: Explanation) -> str:
    """An explanation in words: one line per separation, level teams and match not counted.

    >>> import copaperu as cp
    >>> table = cp.standings(["A", "B"], [cp.Match(home="A", away="B")], cp.rules.CLASSIC)
    >>> print(explanation_text(table.explain()))
    A, B level in place 1: no criterion separates them
    not counted (no score): A v B
    """
    lines = [separation_text(s) for s in explanation.separations]
    lines += [level_teams_text(t) for t in explanation.level_teams]
    lines += [
        f"not counted ({_NOT_COUNTED.get(status, status.value)}): {match}"
        for match, status in zip(
            explanation.unplayed, explanation.not_counted, strict=False
        )
    ]
    return "\n".join(lines)


# Ties ---------------------------------------------------------------------------


def tie_needs_text(outcome: TieOutcome) -> str:
    """What an undecided tie needs, in words (``""`` once decided).

    >>> import copaperu as cp
    >>> tie_needs_text(cp.decide_tie(
    ...     cp.Match(home="A", away="B", score=cp.Score(1, 0)),
    ...     cp.Match(home="B", away="A"), cp.TieRules()))
    'the score of the second leg (not recorded)'
    """
    if outcome.needs is None:
        return ""
    label, prefix = _match_label(outcome, outcome.missing_from)
    return prefix + _TIE_NEEDS[outcome.needs].format(match=label)


def _match_label(outcome: TieOutcome, match: Match | None) -> tuple[str, str]:
    """How to name *match* of *outcome*, and what to say before a need of it."""
    matches = outcome.matches
    if match is None or len(matches) < 2:
        return "the match", ""
    index = next((i for i, m in enumerate(matches) if m is match), None)
    if index is None:
        index = next((i for i, m in enumerate(matches) if m == match), None)
    if index == 0:
        return "the first leg", ""
    if index == 1:
        return "the second leg", ""
    if index == 2:
        return "the match", "the play-off's result: "
    return "the match", ""


def _verdict(outcome: TieOutcome) -> str:
    if outcome.winner is not None and outcome.decided_by is not None:
        return f"{outcome.winner} through {DECIDED_BY[outcome.decided_by]}"
    return f"undecided: needs {tie_needs_text(outcome)}"


def tie_outcome_text(outcome: TieOutcome) -> str:
    """A tie outcome on one line: the teams, the aggregate and the verdict.

    >>> import copaperu as cp
    >>> tie_outcome_text(cp.decide_match(
    ...     cp.Match(home="A", away="B", score=cp.Score(0, 2)), cp.TieRules()))
    'A 0-2 B: B through in normal time'
    """
    first, second = outcome.teams
    aggregate = f" {outcome.aggregate} " if outcome.aggregate is not None else " v "
    return f"{first}{aggregate}{second}: {_verdict(outcome)}"


def step_text(
    step: Step, teams: tuple[TeamId, TeamId], winner: TeamId | None = None
) -> str:
    """One comparison of a tie, in words; *teams* are the tie's, first-named first.

    *winner* is the team a ruling step awarded the match to.

    >>> import copaperu as cp
    >>> step_text(cp.Step(criterion=cp.DecidedBy.AWAY_GOALS, first=0, second=1),
    ...           ("A", "B"))
    'away goals: A 0, B 1'
    """
    first, second = teams
    one, two = step.first or 0, step.second or 0
    goals = f"{first} {Score(one, two)} {second}"
    counts = f"{first} {one}, {second} {two}"
    criterion = step.criterion
    if criterion is DecidedBy.RULING:
        return f"{step.match}: awarded to {winner}"
    if criterion is DecidedBy.PLAYOFF:
        if step.outcome is not None:
            return f"play-off: {tie_outcome_text(step.outcome)}"
        return f"play-off: {step.match}, level at the end"
    if criterion is DecidedBy.REPLAY:
        outcome = step.outcome
        if outcome is None:
            return f"replay: {step.match}"
        if outcome.winner is not None:
            return f"replay: {tie_outcome_text(outcome)}"
        if outcome.needs is Need.REPLAY:
            return f"replay: {step.match}, level"
        return (
            f"replay: {step.match}, level, replayed again ({tie_needs_text(outcome)})"
        )
    if criterion is DecidedBy.POINTS:
        return f"points: {counts}"
    if criterion is DecidedBy.AWAY_GOALS:
        after = " after extra time" if step.extra_time else ""
        return f"away goals{after}: {counts}"
    if criterion is DecidedBy.PENALTIES:
        what = "awarded shoot-out" if step.awarded else "penalties"
        return f"{what}: {goals}"
    label = {
        DecidedBy.SCORE: "normal time",
        DecidedBy.AGGREGATE: "aggregate",
        DecidedBy.EXTRA_TIME: "after extra time",
        DecidedBy.GOAL_DIFFERENCE: "goal difference over the legs",
    }[criterion]
    return f"{label}: {goals}"


def tie_explanation(outcome: TieOutcome, *, won: str = "") -> str:
    """A tie in words: each comparison made, the rulings, then the verdict.

    *won* names what the winner won, for a tie that wins something rather than
    sends a team on (``"the final"``): the verdict then says so.

    >>> import copaperu as cp
    >>> outcome = cp.decide_match(
    ...     cp.Match(home="A", away="B", score=cp.Score(0, 2)), cp.TieRules())
    >>> print(tie_explanation(outcome))
    normal time: A 0-2 B
    B through in normal time
    >>> tie_explanation(outcome, won="the final").splitlines()[-1]
    'B won the final in normal time'
    """
    lines = [step_text(step, outcome.teams, outcome.winner) for step in outcome.steps]
    lines += [f"ruling: {ruling}" for ruling in outcome.rulings]
    lines.append(_won(outcome, won) if won else _verdict(outcome))
    return "\n".join(lines)


def _won(outcome: TieOutcome, what: str) -> str:
    """The verdict of a tie that wins *what*: how, and by whose ruling."""
    if outcome.winner is None or outcome.decided_by is None:
        return _verdict(outcome)
    awarded = [r for r in outcome.rulings if isinstance(r, AwardedShootout)]
    if outcome.decided_by is DecidedBy.RULING and awarded:
        by = f" by the {awarded[-1].body}" if awarded[-1].body else ""
        return f"{outcome.winner} won {what} on a shoot-out awarded{by}"
    return f"{outcome.winner} won {what} {DECIDED_BY[outcome.decided_by]}"


# Replays ------------------------------------------------------------------------


def placed_text(placed: Placed) -> str:
    """A place in a group, its team, and where the fact comes from.

    >>> import copaperu as cp
    >>> placed_text(cp.competition.Placed(place=2, team=None, provenance=cp.competition.Provenance.UNKNOWN))
    '2nd: unknown (unknown)'
    """
    team = placed.team if placed.team is not None else "unknown"
    how = str(placed.provenance)
    if placed.source:
        how += f", {placed.source}"
    return f"{ordinal(placed.place)}: {team} ({how})"


def unknown_text(unknown: Unknown) -> str:
    """What the record does not say, and what that blocks, in words.

    >>> import copaperu as cp
    >>> unknown_text(cp.competition.Unknown(kind=cp.competition.UnknownKind.NO_LEG, id="final"))
    'final: no leg recorded -- blocks its winner'
    """
    what = _unknown_what(unknown)
    blocks = _unknown_blocks(unknown)
    return f"{what} -- blocks {blocks}" if blocks else what


def _unknown_what(unknown: Unknown) -> str:
    kind, where = unknown.kind, unknown.id
    taken = (
        f" (winner taken from the record: {unknown.recorded.source})"
        if unknown.recorded is not None
        else ""
    )
    if kind is UnknownKind.STAGE_WITHOUT_RESULTS:
        return f"{where}: no result recorded"
    if kind is UnknownKind.CHAMPION:
        return f"the champion ({unknown.entrant})"
    if kind in {UnknownKind.GROUP_ENTRANT, UnknownKind.TIE_ENTRANT}:
        return f"{where}: entrant {unknown.entrant} unknown"
    if kind is UnknownKind.RANKING_ENTRANT:
        return f"{where}: the team it ranks from {unknown.entrant} unknown"
    if kind is UnknownKind.LEVEL_TEAMS:
        tie = (
            level_teams_text(unknown.level_teams)
            if unknown.level_teams
            else "teams level"
        )
        return f"{where}: {tie}"
    if kind is UnknownKind.UNDECIDED:
        needs = tie_needs_text(unknown.outcome) if unknown.outcome else "a decision"
        return f"{where}: undecided by the legs, needs {needs}{taken}"
    if kind is UnknownKind.NO_LEG:
        return f"{where}: no leg recorded{taken}"
    text = (
        f"{where}: {unknown.missing} of {unknown.expected} results not recorded"
        if unknown.expected
        else f"{where}: results not recorded"
    )
    if unknown.taken:
        sources = "; ".join(
            f"{ordinal(p.place)} place from {p.source or 'the record'}"
            for p in unknown.taken
        )
        text += f" ({sources})"
    return text


def _unknown_blocks(unknown: Unknown) -> str:
    if not unknown.is_blocking:
        return ""
    kind = unknown.kind
    if kind is UnknownKind.CHAMPION:
        return "the champion"
    if kind in {UnknownKind.GROUP_ENTRANT, UnknownKind.RANKING_ENTRANT}:
        return f"{unknown.id}'s table"
    if kind is UnknownKind.TIE_ENTRANT:
        return f"{unknown.id}'s winner"
    if kind in {UnknownKind.UNDECIDED, UnknownKind.NO_LEG}:
        return "its winner"
    if kind is UnknownKind.LEVEL_TEAMS:
        return "the places it covers"
    return f"its {', '.join(ordinal(place) for place in unknown.places)} place"


def contradiction_text(contradiction: Contradiction) -> str:
    """A recorded fact that disagrees with the results, in words.

    >>> import copaperu as cp
    >>> contradiction_text(cp.competition.Contradiction(
    ...     kind=cp.competition.ContradictionKind.PLACE, id="g", place=1, computed="A",
    ...     recorded="B"))
    'g: 1st place computed as A, but a source records B'
    """
    c = contradiction
    kind, where = c.kind, c.id
    source = c.source or "a source"
    if kind is ContradictionKind.TABLE_NOT_COMPUTED:
        return f"{where}: the table cannot be computed: {c.error}"
    if kind is ContradictionKind.LEGS_NOT_DECIDED:
        return f"{where}: the legs cannot be decided: {c.error}"
    if kind is ContradictionKind.PLACE:
        return (
            f"{where}: {ordinal(c.place)} place computed as {c.computed}, "
            f"but {source} records {c.recorded}"
        )
    if kind is ContradictionKind.WINNER:
        return f"{where}: winner computed as {c.computed}, but {source} records {c.recorded}"
    if kind is ContradictionKind.PUBLISHED_GOALS:
        goals_for, goals_against = _pair(c.recorded)
        return (
            f"{where}: the published table has {goals_for} goals for "
            f"but {goals_against} against"
        )
    if kind is ContradictionKind.PUBLISHED_PLAYED:
        return (
            f"{where}: published row {c.team}: played {c.recorded} "
            f"is not won + drawn + lost = {c.computed}"
        )
    if kind is ContradictionKind.PUBLISHED_POINTS:
        scheme = (
            f"{c.scheme.win}W + {c.scheme.draw}D + {c.scheme.loss}L"
            if c.scheme is not None
            else "the points scheme"
        )
        return (
            f"{where}: published row {c.team}: points {c.recorded} "
            f"are not {scheme} = {c.computed}"
        )
    if kind is ContradictionKind.PUBLISHED_ROW:
        return (
            f"{where}: published row {c.team} {c.recorded} "
            f"differs from the results {c.computed}"
        )
    if kind is ContradictionKind.POT_PAIRING:
        if " and " in c.pot:
            return f"{where}: {_listed(c.computed)} are from pots {c.pot}, not drawn against each other"
        return f"{where}: {_listed(c.computed)} are both in pot {c.pot}"
    if kind is ContradictionKind.POT_TIES:
        count = c.computed
        return (
            f"{where}: {c.team} of pot {c.pot} plays {count} ties of the phase, not one"
        )
    if kind is ContradictionKind.PUBLISHED_TEAM:
        return (
            f"{where}: published row {c.team} is not a team of the group, "
            f"whose entrants are {_listed(c.computed)}"
        )
    return (
        f"{where}: the entrants resolve to {_listed(c.computed)}, "
        f"but the legs are between {_listed(c.recorded)}"
    )


def _pair(fact: object) -> tuple[object, object]:
    if isinstance(fact, tuple) and len(fact) == 2:
        return fact[0], fact[1]
    return fact, fact


def _listed(fact: object) -> str:
    return str(list(fact)) if isinstance(fact, tuple) else str(fact)


# Rules, rulings and references: the words their ``__str__`` gives.

CRITERIA: Final = {
    Criterion.POINTS: "points",
    Criterion.GOAL_DIFFERENCE: "goal difference",
    Criterion.GOALS_FOR: "goals for",
    Criterion.GOALS_AGAINST: "goals against",
    Criterion.GOAL_AVERAGE: "goal average",
    Criterion.POINTS_PER_GAME: "points per game",
    Criterion.WINS: "wins",
    Criterion.AWAY_GOALS: "away goals",
    Criterion.AWAY_WINS: "away wins",
    Criterion.OPPONENTS_POINTS: "opponents' points",
    Criterion.OPPONENTS_GOAL_DIFFERENCE: "opponents' goal difference",
    Criterion.OPPONENTS_GOALS_FOR: "opponents' goals for",
    Criterion.FAIR_PLAY: "fair play",
}
"""Each statistic's name, as a regulation writes it."""


def criterion_text(criterion: Tiebreaker) -> str:
    """A tiebreak criterion in words.

    >>> import copaperu as cp
    >>> criterion_text(cp.tiebreak.goal_difference(among_teams_concerned=True))
    'head-to-head goal difference'
    >>> criterion_text(cp.tiebreak.only_when(cp.tiebreak.wins(), min_teams=3))
    'wins, only when at least 3 teams are level'
    """
    if isinstance(criterion, Statistic):
        label = CRITERIA[criterion.criterion]
        return (
            f"head-to-head {label}" if criterion.scope is Scope.HEAD_TO_HEAD else label
        )
    if isinstance(criterion, FairPlay):
        head = criterion.scope is Scope.HEAD_TO_HEAD
        return "head-to-head fair play" if head else "fair play"
    if isinstance(criterion, HeadToHead):
        inner = ", ".join(
            criterion_text(c).removeprefix("head-to-head ") for c in criterion.criteria
        )
        how = "re-applied" if criterion.reapply else "single pass"
        return f"head-to-head ({inner}; {how})"
    if isinstance(criterion, OnlyWhen):
        low, high = criterion.min_teams, criterion.max_teams
        if high == low:
            when = f"exactly {low}"
        elif high is None:
            when = f"at least {low}"
        else:
            when = f"{low} to {high}"
        return (
            f"{criterion_text(criterion.criterion)}, only when {when} teams are level"
        )
    if isinstance(criterion, DrawingOfLots):
        return "drawing of lots"
    if isinstance(criterion, LastMatchShootout):
        return "penalty shoot-out after their last match"
    if isinstance(criterion, Playoff):
        return "play-off"
    return criterion.name


def table_rules_text(rules: TableRules) -> str:
    """Table rules in words: the points scheme, then the chain.

    >>> import copaperu as cp
    >>> table_rules_text(cp.rules.CLASSIC).split(": ")[1]
    '3-1-0; points, goal difference, goals for'
    """
    chain = ", ".join(criterion_text(criterion) for criterion in rules.tiebreakers)
    text = f"{rules.points}; {chain}"
    return f"{rules.name}: {text}" if rules.name else text


def tie_rules_text(rules: TieRules) -> str:
    """Tie rules in words, in the order they decide.

    >>> import copaperu as cp
    >>> tie_rules_text(cp.TieRules(basis="points", penalties=False))
    'points, goal difference, extra time'
    """
    parts = [str(rules.basis)]
    if rules.basis is Basis.POINTS and rules.goal_difference:
        parts.append("goal difference")
    if rules.away_goals:
        parts.append(
            "away goals (also in extra time)"
            if rules.away_goals_in_extra_time
            else "away goals"
        )
    replays = "replay" if rules.extra_time_from or rules.penalties_from else "play-off"
    parts += [
        label
        for flag, label in (
            (rules.extra_time, _from("extra time", rules.extra_time_from)),
            (rules.penalties, _from("penalties", rules.penalties_from)),
            (rules.playoff, replays),
            (rules.goal_difference_after_playoff, "goal difference"),
            (rules.lots, "drawing of lots"),
        )
        if flag
    ]
    text = ", ".join(parts)
    return f"{rules.name}: {text}" if rules.name else text


def _from(what: str, number: int) -> str:
    """*what*, played from match *number* of a single-match tie on."""
    if number == 0:
        return what
    replay = "the first replay" if number == 1 else f"the {ordinal(number)} replay"
    return f"{what} from {replay}"


def _said(reason: str, body: str, decided: datetime.date | None) -> str:
    parts = [part for part in (body, decided.isoformat() if decided else "") if part]
    text = f" ({reason})" if reason else ""
    return f"{text} [{', '.join(parts)}]" if parts else text


def ruling_text(
    ruling: Forfeit | Abandoned | NotPlayed | AwardedShootout | PointsDeduction,
) -> str:
    """A ruling in words, with its reason, the body that took it and when.

    >>> import copaperu as cp
    >>> ruling_text(cp.Abandoned(minute=81, declared=cp.Score(3, 1), reason="brawl"))
    'abandoned after 81 minutes, declared 3-1 (brawl)'
    """
    said = _said(ruling.reason, ruling.body, ruling.decided)
    if isinstance(ruling, Forfeit):
        score = f" {ruling.score}" if ruling.score is not None else ""
        return f"awarded to {ruling.awarded_to}{score}{said}"
    if isinstance(ruling, Abandoned):
        when = f" after {ruling.minute} minutes" if ruling.minute is not None else ""
        declared = ruling.declared
        result = f", declared {declared}" if declared is not None else ", void"
        return f"abandoned{when}{result}{said}"
    if isinstance(ruling, NotPlayed):
        return f"not played{said}"
    if isinstance(ruling, AwardedShootout):
        score = f" {ruling.score}" if ruling.score is not None else ""
        return f"shoot-out awarded to {ruling.winner}{score}{said}"
    return f"{ruling.team}: {ruling.points} points deducted{said}"


def reference_text(reference: Reference) -> str:
    """A reference in words: a place in a group, or the winner or loser of a tie.

    >>> import copaperu as cp
    >>> kind = cp.competition.ReferenceKind.PLACE
    >>> reference_text(cp.competition.Reference(kind=kind, of="region-v", place=1))
    '1st of region-v'
    """
    if reference.kind is ReferenceKind.PLACE and reference.place is not None:
        return f"{ordinal(reference.place)} of {reference.of}"
    if reference.kind is ReferenceKind.SLOT:
        return f"slot {reference.slot} of {reference.of}"
    return f"{reference.kind} of {reference.of}"


# What a team needs (copaperu.simulate.what_needs) ------------------------------

_NUMBERS: Final = ("zero", "one", "two", "three", "four", "five", "six", "seven")


def _plural(n: int, one: str, more: str) -> str:
    return f"{n} {one if n == 1 else more}"


def _number(n: int) -> str:
    return _NUMBERS[n] if n < len(_NUMBERS) else str(n)


def place_text(target: int, *, finite: bool = False) -> str:
    """How a team reaches place *target* or better: "finishes in the top two".

    *finite* gives the verb's plain form ("finish in the top two").

    >>> place_text(1), place_text(2, finite=True)
    ('finishes first', 'finish in the top two')
    """
    verb = "finish" if finite else "finishes"
    return f"{verb} first" if target == 1 else f"{verb} in the top {_number(target)}"


def _join_or(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} or {items[-1]}"


def _by(low: int, high: int, top: int) -> str:
    """How much a win is by: " by 2 or more", " by 1", "" (any margin)."""
    if low == 1 and high == top:
        return ""
    if high == top:
        return f" by {low} or more"
    if low == high:
        return f" by {low}"
    return f" by {low} or {high}" if high == low + 1 else f" by {low} to {high}"


def _phrase(x: str, y: str, low: int, high: int, top: int, it: bool) -> str:
    """*x*'s margin over *y* from *low* to *high*, in words; *it*: say "it" for *x*."""
    s = "s" if it else ""
    does = "does" if it else "do"
    subject = "it" if it else x
    if low >= 1:
        return f"{subject} beat{s} {y}{_by(low, high, top)}"
    if high <= -1:
        return f"{subject} lose{s} to {y}{_by(-high, -low, top)}"
    if low == high == 0:
        return f"it draws with {y}" if it else f"{x} and {y} draw"
    if low == 0 and high == top:
        return f"{subject} {does} not lose to {y}"
    if high == 0 and low == -top:
        return f"{subject} {does} not beat {y}"
    if low == 0:
        return f"{subject} draw{s} with {y} or beat{s} {y}{_by(1, high, top)}"
    if high == 0:
        return f"{subject} draw{s} with {y} or lose{s} to {y}{_by(1, -low, top)}"
    if low == -top and high == top:
        return f"{x} v {y} ends any way"
    if low == -top:
        return f"{subject} {does} not beat {y} by {high + 1} or more"
    if high == top:
        return f"{subject} {does} not lose to {y} by {1 - low} or more"
    return (
        f"{subject} {does} not lose to {y} by {1 - low} or more"
        f" and {does} not beat {y} by {high + 1} or more"
    )


def _rank(low: int, high: int, top: int) -> int:
    """How plainly a margin range reads from one side (lower is plainer)."""
    if low >= 1:
        return 0
    if low == high == 0:
        return 1
    if high == 0 and low == -top:
        return 2
    if low == 0 and high == top:
        return 3
    return 4


def _runs(values: Sequence[int]) -> list[tuple[int, int]]:
    """Runs of consecutive integers in *values* (sorted), as (first, last)."""
    runs: list[tuple[int, int]] = []
    for value in values:
        if runs and runs[-1][1] == value - 1:
            runs[-1] = (runs[-1][0], value)
        else:
            runs.append((value, value))
    return runs


def _levels_text(levels: Sequence[int], top: int) -> str:
    """Draws at *levels* goals each: "1-1 or higher", "0-0 or 2-2"."""
    if len(levels) > 1 and list(levels) == list(range(levels[0], top + 1)):
        return f"{levels[0]}-{levels[0]} or higher"
    if len(levels) > 1 and list(levels) == list(range(levels[-1] + 1)):
        return f"{levels[-1]}-{levels[-1]} or lower"
    return _join_or([f"{k}-{k}" for k in levels])


def match_need_text(need: MatchNeed, subject: TeamId | None = None) -> str:
    """What *need* allows, in words; *subject*, if in the match, is called "it".

    >>> need = MatchNeed(home="Mexico", away="Sweden", margins=(0, 1, 2, 3), max_goals=3)
    >>> match_need_text(need)
    'Sweden do not beat Mexico'
    >>> match_need_text(need, "Mexico")
    'it does not lose to Sweden'
    """
    home, away, top = need.home, need.away, need.max_goals
    parts = []
    for low, high in _runs(need.margins):
        sides = [(home, away, low, high), (away, home, -high, -low)]
        if subject == away or (
            subject != home and _rank(-high, -low, top) < _rank(low, high, top)
        ):
            sides.reverse()
        x, y, lo, hi = sides[0]
        parts.append(_phrase(x, y, lo, hi, top, x == subject))
    by_margin: dict[int, list[Score]] = {}
    for score in need.scores:
        by_margin.setdefault(score.home - score.away, []).append(score)
    for margin, scores in by_margin.items():
        if margin == 0:
            levels = _levels_text([s.home for s in scores], top)
            if subject in (home, away):
                other = away if subject == home else home
                parts.append(f"it draws {levels} with {other}")
            else:
                parts.append(f"{home} and {away} draw {levels}")
            continue
        x_home = subject == home or (subject != away and margin > 0)
        x, y = (home, away) if x_home else (away, home)
        shown = _join_or(
            [f"{s.home}-{s.away}" if x_home else f"{s.away}-{s.home}" for s in scores]
        )
        it = x == subject
        ending = "s" if it else ""
        if (margin > 0) == x_home:
            parts.append(f"{'it' if it else x} beat{ending} {y} {shown}")
        else:
            parts.append(f"{'it' if it else x} lose{ending} {shown} to {y}")
    return " or ".join(parts)


def condition_text(condition: Condition, subject: TeamId | None = None) -> str:
    """The outcomes of *condition*, in words: its needs joined by "and".

    >>> need = MatchNeed(home="A", away="B", margins=(1, 2), max_goals=2)
    >>> condition_text(Condition(needs=(need,), fate=Fate.QUALIFIES), "A")
    'it beats B'
    """
    if not condition.needs:
        return "whatever happens"
    phrases = [match_need_text(need, subject) for need in condition.needs]
    for k in range(len(phrases) - 1, 0, -1):  # "it beats B and beats C"
        if phrases[k].startswith("it ") and phrases[k - 1].startswith("it "):
            phrases[k] = phrases[k].removeprefix("it ")
    return " and ".join(phrases)


def needs_text(needs: Needs) -> str:
    """What the team needs, as sentences.

    >>> from copaperu.rules import FIFA_WORLD_CUP_2018 as rules
    >>> from copaperu.simulate import needs_from_rows
    >>> needs = needs_from_rows(["A", "B"], [("B", "A", 2, 0)], [("A", "B")],
    ...                    rules, "A", 1, max_goals=3)
    >>> needs_text(needs)
    'A finishes first if it beats B by 3 or more. It ends level across first place on everything the scores decide if it beats B by 2. Otherwise it does not.'
    """
    team, target = needs.team, needs.target
    if not needs.exhaustive:
        return f"{team}: not worked out ({needs.reason})"
    if needs.clinched:
        return f"{team} {place_text(target)} whatever happens."
    if needs.eliminated:
        return f"{team} cannot {place_text(target, finite=True)}."
    by_fate: dict[Fate, list[str]] = {}
    for condition in needs.conditions:
        by_fate.setdefault(condition.fate, []).append(condition_text(condition, team))
    sentences = []
    if Fate.QUALIFIES in by_fate:
        clauses = "; or if ".join(by_fate[Fate.QUALIFIES])
        sentences.append(f"{team} {place_text(target)} if {clauses}")
    else:
        sentences.append(f"{team} cannot be sure to {place_text(target, finite=True)}")
    if Fate.LEVEL in by_fate:
        where = "first place" if target == 1 else f"the top {_number(target)}"
        clauses = "; or if ".join(by_fate[Fate.LEVEL])
        sentences.append(
            f"It ends level across {where} on everything the scores decide if {clauses}"
        )
    if Fate.ELIMINATED in by_fate:
        sentences.append("Otherwise it does not")
    return ". ".join(sentences) + "."
