"""Layer 8, on top: words, the one place conclusions are put in words.

The engine's conclusions are values: :class:`~copaperu.LevelTeams`,
:class:`~copaperu.Separation`, :class:`~copaperu.Explanation`,
:class:`~copaperu.TieOutcome` and its :class:`~copaperu.Step` values,
:class:`~copaperu.competition.Unknown`, :class:`~copaperu.competition.Contradiction` and
:class:`~copaperu.competition.Placed`. Their ``__str__`` (and :meth:`copaperu.TieOutcome.explain`)
call the functions below, importing this module when first called, so the values'
modules never import it at load time. Every sentence is an English message of the
catalogue (``_()``, or ``N_()`` in a table of words), put in the current language
(:func:`copaperu.use_language`) when it is written; an edition's own prose goes
through its translations (:func:`copaperu._i18n.data_text`).

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
from ._i18n import N_, data_text, ngettext, ordinal
from ._i18n import gettext_ as _
from ._knockout import DecidedBy, Need, Step, TieOutcome
from ._needs import Condition, Fate, MatchNeed, Needs
from ._official import MatchStatus
from ._replay import (
    Contradiction,
    ContradictionKind,
    Placed,
    Provenance,
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
from ._values import Match, TeamId

__all__ = [
    "CRITERIA",
    "DECIDED_BY",
    "contradiction_text",
    "criterion_text",
    "decided_by_text",
    "explanation_text",
    "fate_text",
    "honour_text",
    "level_teams_text",
    "match_text",
    "placed_text",
    "provenance_text",
    "reference_text",
    "ruling_text",
    "separation_text",
    "status_text",
    "step_text",
    "table_rules_text",
    "tie_explanation",
    "tie_needs_text",
    "tie_outcome_text",
    "tie_rules_text",
    "unknown_text",
    "when_text",
]

DECIDED_BY: Final = {
    DecidedBy.SCORE: N_("in normal time"),
    DecidedBy.AGGREGATE: N_("on aggregate"),
    DecidedBy.POINTS: N_("on points"),
    DecidedBy.GOAL_DIFFERENCE: N_("on goal difference"),
    DecidedBy.AWAY_GOALS: N_("on away goals"),
    DecidedBy.EXTRA_TIME: N_("in extra time"),
    DecidedBy.PENALTIES: N_("on penalties"),
    DecidedBy.PLAYOFF: N_("in a play-off"),
    DecidedBy.RULING: N_("by a ruling"),
    DecidedBy.REPLAY: N_("in a replay"),
}
"""How a tie was decided, after "through": ``"A through on away goals"`` (English;
:func:`decided_by_text` gives the current language's)."""

# What level teams of a table need.
_TABLE_NEEDS: Final = {
    Need.PLAYOFF: N_("needs a play-off"),
    Need.DRAWING_OF_LOTS: N_("needs a drawing of lots"),
    Need.PENALTIES: N_("needs a penalty shoot-out"),
}

# What an undecided tie needs, after "needs"; {match} is the match lacking it.
_TIE_NEEDS: Final = {
    Need.RESULT: N_("the score of {match} (not recorded)"),
    Need.MATCH: N_("{match} to be played (it was not)"),
    Need.REPLAY_OR_AWARD: N_(
        "{match} to be replayed or awarded (it was declared void)"
    ),
    Need.EXTRA_TIME: N_("extra time (not recorded)"),
    Need.PENALTIES: N_("a penalty shoot-out (not recorded)"),
    Need.REPLAY: N_("a replay (not recorded)"),
    Need.PLAYOFF: N_("a play-off match (not recorded)"),
    Need.DRAWING_OF_LOTS: N_("a drawing of lots"),
    Need.RANKING_VALUE: N_("a ranking value"),
    Need.DECISION: N_("a decision the rules do not provide"),
}

_NOT_COUNTED: Final = {
    MatchStatus.UNKNOWN: N_("not counted (no score): {match}"),
    MatchStatus.NOT_PLAYED: N_("not counted (not played): {match}"),
    MatchStatus.VOID: N_("not counted (abandoned and void): {match}"),
}

_STATUS: Final = {
    MatchStatus.PLAYED: N_("played"),
    MatchStatus.UNKNOWN: N_("unknown"),
    MatchStatus.NOT_PLAYED: N_("not played"),
    MatchStatus.VOID: N_("void"),
    MatchStatus.DECLARED: N_("declared"),
    MatchStatus.AWARDED: N_("awarded"),
}

_PROVENANCE: Final = {
    Provenance.COMPUTED: N_("computed"),
    Provenance.RECORDED: N_("recorded"),
    Provenance.INFERRED: N_("inferred"),
    Provenance.UNKNOWN: N_("unknown"),
}

_FATES: Final = {
    Fate.QUALIFIES: N_("qualifies"),
    Fate.LEVEL: N_("level"),
    Fate.ELIMINATED: N_("eliminated"),
}


def decided_by_text(decided_by: DecidedBy) -> str:
    """How a tie was decided, in the current language.

    >>> decided_by_text(DecidedBy.AWAY_GOALS)
    'on away goals'
    """
    return _(DECIDED_BY[decided_by])


def status_text(status: MatchStatus) -> str:
    """What counts of a match, in words.

    >>> status_text(MatchStatus.NOT_PLAYED)
    'not played'
    """
    return _(_STATUS[status])


def provenance_text(provenance: Provenance) -> str:
    """Where a fact of a replay comes from, in words.

    >>> import copaperu as cp
    >>> provenance_text(cp.competition.Provenance.INFERRED)
    'inferred'
    """
    return _(_PROVENANCE[provenance])


def fate_text(fate: Fate) -> str:
    """What a way a group can end does to a team, in words.

    >>> fate_text(Fate.LEVEL)
    'level'
    """
    return _(_FATES[fate])


def when_text(match: Match) -> str:
    """When *match* was played: its kick-off with its offset, its date, or ``""``.

    >>> import copaperu as cp
    >>> when_text(cp.Match(home="A", away="B", kickoff="1998-12-13T15:30-05:00"))
    '1998-12-13 15:30-05:00'
    """
    if match.kickoff is not None:
        return match.kickoff.isoformat(sep=" ", timespec="minutes")
    return match.date.isoformat() if match.date else ""


def match_text(match: Match) -> str:
    """A match on one line: its teams, and its score when recorded.

    >>> import copaperu as cp
    >>> match_text(cp.Match(home="A", away="B")), match_text(
    ...     cp.Match(home="A", away="B", score=cp.Score(1, 1), penalties=cp.Score(4, 3)))
    ('A v B', 'A 1-1 B (4-3 pen.)')
    """
    if match.score is None:
        return _("{home} v {away}").format(home=match.home, away=match.away)
    text = f"{match.home} {match.score} {match.away}"
    if match.extra_time is not None:
        text += " " + _("(a.e.t. {score})").format(score=match.extra_time)
    if match.penalties is not None:
        text += " " + _("({score} pen.)").format(score=match.penalties)
    return text


# Tables -------------------------------------------------------------------------


def level_teams_text(tie: LevelTeams) -> str:
    """Level teams in words.

    >>> import copaperu as cp
    >>> level_teams_text(cp.LevelTeams(teams=("A", "B"), position=2, needs=cp.Need.DECISION))
    'A, B level in place 2: no criterion separates them'
    """
    if tie.needs is Need.DECISION:
        what = _("no criterion separates them")
    elif tie.needs is Need.RANKING_VALUE:
        what = _("needs a {ranking} (no value for {teams})").format(
            ranking=data_text(tie.ranking) if tie.ranking else _("ranking"),
            teams=", ".join(tie.missing),
        )
    elif tie.needs in _TABLE_NEEDS:
        what = _(_TABLE_NEEDS[tie.needs])
    else:
        need = _(_TIE_NEEDS[tie.needs]).format(match=_("the match"))
        what = _("needs {what}").format(what=need)
    return _("{teams} level in place {place}: {what}").format(
        teams=", ".join(tie.teams), place=tie.position, what=what
    )


def separation_text(separation: Separation) -> str:
    """A separation in words: the criterion, both figures, and what decided.

    >>> import copaperu as cp
    >>> separation_text(cp.Separation(
    ...     upper="A", lower="B", criterion=cp.tiebreak.goal_difference(),
    ...     upper_value=2, lower_value=0))
    'A above B on goal difference: +2 vs 0'
    """
    criterion = separation.criterion
    name = criterion_text(criterion)
    if separation.among is not None:
        name = _("{criterion} among {teams}").format(
            criterion=name, teams=", ".join(separation.among)
        )
    text = _(
        "{upper} above {lower} on {criterion}: {upper_value} vs {lower_value}"
    ).format(
        upper=separation.upper,
        lower=separation.lower,
        criterion=name,
        upper_value=_figure_text(separation, separation.upper_value, upper=True),
        lower_value=_figure_text(separation, separation.lower_value, upper=False),
    )
    detail = ""
    if isinstance(criterion, DrawingOfLots):
        detail = (
            _("drawn, as recorded")
            if separation.seed is None
            else _("simulated with seed {seed}").format(seed=separation.seed)
        )
    elif isinstance(criterion, Playoff | LastMatchShootout):
        detail = "; ".join(match_text(match) for match in separation.matches)
    return f"{text} ({detail})" if detail else text


def _figure_text(separation: Separation, value: object, *, upper: bool) -> str:
    criterion = separation.criterion
    if isinstance(criterion, LastMatchShootout):
        return _("won") if upper else _("lost")
    if isinstance(criterion, DrawingOfLots) and isinstance(value, int):
        return _("drawn {ordinal}").format(ordinal=ordinal(value))
    if isinstance(criterion, Playoff):
        teams = {team for match in separation.matches for team in match.teams}
        if len(teams) == 2:
            return _("won") if value else _("lost")
        return _("{count} play-off wins").format(count=value)
    if isinstance(criterion, Statistic):
        if criterion.criterion is Criterion.GOAL_DIFFERENCE and isinstance(value, int):
            return f"{value:+d}" if value else "0"
        if criterion.criterion is Criterion.POINTS_PER_GAME and isinstance(
            value, Fraction
        ):
            return f"{float(value):.3f}"
        if criterion.criterion is Criterion.GOAL_AVERAGE:
            if value == math.inf:
                return _("infinite (no goals against)")
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
        _(_NOT_COUNTED[status]).format(match=match_text(match))
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
    label, playoff = _match_label(outcome, outcome.missing_from)
    text = _(_TIE_NEEDS[outcome.needs]).format(match=label)
    return _("the play-off's result: {needs}").format(needs=text) if playoff else text


def _match_label(outcome: TieOutcome, match: Match | None) -> tuple[str, bool]:
    """How to name *match* of *outcome*, and whether it is the play-off."""
    matches = outcome.matches
    if match is None or len(matches) < 2:
        return _("the match"), False
    index = next((i for i, m in enumerate(matches) if m is match), None)
    if index is None:
        index = next((i for i, m in enumerate(matches) if m == match), None)
    if index == 0:
        return _("the first leg"), False
    if index == 1:
        return _("the second leg"), False
    return _("the match"), index == 2


def _verdict(outcome: TieOutcome) -> str:
    if outcome.winner is not None and outcome.decided_by is not None:
        return _("{team} through {how}").format(
            team=outcome.winner, how=decided_by_text(outcome.decided_by)
        )
    return _("undecided: needs {needs}").format(needs=tie_needs_text(outcome))


def tie_outcome_text(outcome: TieOutcome) -> str:
    """A tie outcome on one line: the teams, the aggregate and the verdict.

    >>> import copaperu as cp
    >>> tie_outcome_text(cp.decide_match(
    ...     cp.Match(home="A", away="B", score=cp.Score(0, 2)), cp.TieRules()))
    'A 0-2 B: B through in normal time'
    """
    first, second = outcome.teams
    if outcome.aggregate is not None:
        teams = f"{first} {outcome.aggregate} {second}"
    else:
        teams = _("{home} v {away}").format(home=first, away=second)
    return f"{teams}: {_verdict(outcome)}"


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
    match = match_text(step.match) if step.match is not None else ""
    if criterion is DecidedBy.RULING:
        return _("{match}: awarded to {team}").format(match=match, team=winner)
    if criterion is DecidedBy.PLAYOFF:
        if step.outcome is not None:
            return _("play-off: {outcome}").format(
                outcome=tie_outcome_text(step.outcome)
            )
        return _("play-off: {match}, level at the end").format(match=match)
    if criterion is DecidedBy.REPLAY:
        outcome = step.outcome
        if outcome is None:
            return _("replay: {match}").format(match=match)
        if outcome.winner is not None:
            return _("replay: {outcome}").format(outcome=tie_outcome_text(outcome))
        if outcome.needs is Need.REPLAY:
            return _("replay: {match}, level").format(match=match)
        return _("replay: {match}, level, replayed again ({needs})").format(
            match=match, needs=tie_needs_text(outcome)
        )
    if criterion is DecidedBy.POINTS:
        return _("points: {counts}").format(counts=counts)
    if criterion is DecidedBy.AWAY_GOALS:
        if step.extra_time:
            return _("away goals after extra time: {counts}").format(counts=counts)
        return _("away goals: {counts}").format(counts=counts)
    if criterion is DecidedBy.PENALTIES:
        if step.awarded:
            return _("awarded shoot-out: {goals}").format(goals=goals)
        return _("penalties: {goals}").format(goals=goals)
    label = {
        DecidedBy.SCORE: N_("normal time: {goals}"),
        DecidedBy.AGGREGATE: N_("aggregate: {goals}"),
        DecidedBy.EXTRA_TIME: N_("after extra time: {goals}"),
        DecidedBy.GOAL_DIFFERENCE: N_("goal difference over the legs: {goals}"),
    }[criterion]
    return _(label).format(goals=goals)


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
    lines += [
        _("ruling: {ruling}").format(ruling=ruling_text(ruling))
        for ruling in outcome.rulings
    ]
    lines.append(_won(outcome, won) if won else _verdict(outcome))
    return "\n".join(lines)


def _won(outcome: TieOutcome, what: str) -> str:
    """The verdict of a tie that wins *what*: how, and by whose ruling."""
    if outcome.winner is None or outcome.decided_by is None:
        return _verdict(outcome)
    awarded = [r for r in outcome.rulings if isinstance(r, AwardedShootout)]
    if outcome.decided_by is DecidedBy.RULING and awarded:
        if awarded[-1].body:
            return _("{team} won {what} on a shoot-out awarded by the {body}").format(
                team=outcome.winner, what=what, body=data_text(awarded[-1].body)
            )
        return _("{team} won {what} on a shoot-out awarded").format(
            team=outcome.winner, what=what
        )
    return _("{team} won {what} {how}").format(
        team=outcome.winner, what=what, how=decided_by_text(outcome.decided_by)
    )


def honour_text(place: int | None) -> str:
    """What the winner of a tie that decides an honour wins: the final, or a place.

    >>> honour_text(None), honour_text(3)
    ('the final', '3rd place')
    """
    if place is None:
        return _("the final")
    return _("{ordinal} place").format(ordinal=ordinal(place))


# Replays ------------------------------------------------------------------------


def placed_text(placed: Placed) -> str:
    """A place in a group, its team, and where the fact comes from.

    >>> import copaperu as cp
    >>> placed_text(cp.competition.Placed(place=2, team=None, provenance=cp.competition.Provenance.UNKNOWN))
    '2nd: unknown (unknown)'
    """
    team = placed.team if placed.team is not None else _("unknown")
    how = provenance_text(placed.provenance)
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
    if not blocks:
        return what
    return _("{what} -- blocks {blocks}").format(what=what, blocks=blocks)


def _unknown_what(unknown: Unknown) -> str:
    kind, where = unknown.kind, unknown.id
    taken = (
        " "
        + _("(winner taken from the record: {source})").format(
            source=unknown.recorded.source
        )
        if unknown.recorded is not None
        else ""
    )
    if kind is UnknownKind.STAGE_WITHOUT_RESULTS:
        return _("{where}: no result recorded").format(where=where)
    if kind is UnknownKind.CHAMPION:
        return _("the champion ({entrant})").format(entrant=unknown.entrant)
    if kind in {UnknownKind.GROUP_ENTRANT, UnknownKind.TIE_ENTRANT}:
        return _("{where}: entrant {entrant} unknown").format(
            where=where, entrant=unknown.entrant
        )
    if kind is UnknownKind.RANKING_ENTRANT:
        return _("{where}: the team it ranks from {entrant} unknown").format(
            where=where, entrant=unknown.entrant
        )
    if kind is UnknownKind.LEVEL_TEAMS:
        tie = (
            level_teams_text(unknown.level_teams)
            if unknown.level_teams
            else _("teams level")
        )
        return f"{where}: {tie}"
    if kind is UnknownKind.UNDECIDED:
        needs = tie_needs_text(unknown.outcome) if unknown.outcome else _("a decision")
        return (
            _("{where}: undecided by the legs, needs {needs}").format(
                where=where, needs=needs
            )
            + taken
        )
    if kind is UnknownKind.NO_LEG:
        return _("{where}: no leg recorded").format(where=where) + taken
    text = (
        _("{where}: {missing} of {expected} results not recorded").format(
            where=where, missing=unknown.missing, expected=unknown.expected
        )
        if unknown.expected
        else _("{where}: results not recorded").format(where=where)
    )
    if unknown.taken:
        sources = "; ".join(
            _("{ordinal} place from {source}").format(
                ordinal=ordinal(p.place), source=p.source or _("the record")
            )
            for p in unknown.taken
        )
        text += f" ({sources})"
    return text


def _unknown_blocks(unknown: Unknown) -> str:
    if not unknown.is_blocking:
        return ""
    kind = unknown.kind
    if kind is UnknownKind.CHAMPION:
        return _("the champion")
    if kind in {UnknownKind.GROUP_ENTRANT, UnknownKind.RANKING_ENTRANT}:
        return _("{where}'s table").format(where=unknown.id)
    if kind is UnknownKind.TIE_ENTRANT:
        return _("{where}'s winner").format(where=unknown.id)
    if kind in {UnknownKind.UNDECIDED, UnknownKind.NO_LEG}:
        return _("its winner")
    if kind is UnknownKind.LEVEL_TEAMS:
        return _("the places it covers")
    places = ", ".join(ordinal(place) for place in unknown.places)
    return ngettext(
        "its {places} place", "its {places} places", len(unknown.places)
    ).format(places=places)


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
    source = c.source or _("a source")
    if kind is ContradictionKind.TABLE_NOT_COMPUTED:
        return _("{where}: the table cannot be computed: {error}").format(
            where=where, error=c.error
        )
    if kind is ContradictionKind.LEGS_NOT_DECIDED:
        return _("{where}: the legs cannot be decided: {error}").format(
            where=where, error=c.error
        )
    if kind is ContradictionKind.PLACE:
        return _(
            "{where}: {ordinal} place computed as {computed}, but {source} records {recorded}"
        ).format(
            where=where,
            ordinal=ordinal(c.place),
            computed=c.computed,
            source=source,
            recorded=c.recorded,
        )
    if kind is ContradictionKind.WINNER:
        return _(
            "{where}: winner computed as {computed}, but {source} records {recorded}"
        ).format(where=where, computed=c.computed, source=source, recorded=c.recorded)
    if kind is ContradictionKind.PUBLISHED_GOALS:
        goals_for, goals_against = _pair(c.recorded)
        return _(
            "{where}: the published table has {goals_for} goals for but {goals_against} against"
        ).format(where=where, goals_for=goals_for, goals_against=goals_against)
    if kind is ContradictionKind.PUBLISHED_PLAYED:
        return _(
            "{where}: published row {team}: played {recorded} is not won + drawn + lost = {computed}"
        ).format(where=where, team=c.team, recorded=c.recorded, computed=c.computed)
    if kind is ContradictionKind.PUBLISHED_POINTS:
        scheme = (
            _("{win}W + {draw}D + {loss}L").format(
                win=c.scheme.win, draw=c.scheme.draw, loss=c.scheme.loss
            )
            if c.scheme is not None
            else _("the points scheme")
        )
        return _(
            "{where}: published row {team}: points {recorded} are not {scheme} = {computed}"
        ).format(
            where=where,
            team=c.team,
            recorded=c.recorded,
            scheme=scheme,
            computed=c.computed,
        )
    if kind is ContradictionKind.PUBLISHED_ROW:
        return _(
            "{where}: published row {team} {recorded} differs from the results {computed}"
        ).format(where=where, team=c.team, recorded=c.recorded, computed=c.computed)
    if kind is ContradictionKind.POT_PAIRING:
        if " and " in c.pot:
            return _(
                "{where}: {teams} are from pots {pots}, not drawn against each other"
            ).format(where=where, teams=_listed(c.computed), pots=c.pot)
        return _("{where}: {teams} are both in pot {pot}").format(
            where=where, teams=_listed(c.computed), pot=c.pot
        )
    if kind is ContradictionKind.POT_TIES:
        return _(
            "{where}: {team} of pot {pot} plays {count} ties of the phase, not one"
        ).format(where=where, team=c.team, pot=c.pot, count=c.computed)
    if kind is ContradictionKind.PUBLISHED_TEAM:
        return _(
            "{where}: published row {team} is not a team of the group, whose entrants are {teams}"
        ).format(where=where, team=c.team, teams=_listed(c.computed))
    return _(
        "{where}: the entrants resolve to {computed}, but the legs are between {recorded}"
    ).format(where=where, computed=_listed(c.computed), recorded=_listed(c.recorded))


def _pair(fact: object) -> tuple[object, object]:
    if isinstance(fact, tuple) and len(fact) == 2:
        return fact[0], fact[1]
    return fact, fact


def _listed(fact: object) -> str:
    return str(list(fact)) if isinstance(fact, tuple) else str(fact)


# Rules, rulings and references: the words their ``__str__`` gives.

CRITERIA: Final = {
    Criterion.POINTS: N_("points"),
    Criterion.GOAL_DIFFERENCE: N_("goal difference"),
    Criterion.GOALS_FOR: N_("goals for"),
    Criterion.GOALS_AGAINST: N_("goals against"),
    Criterion.GOAL_AVERAGE: N_("goal average"),
    Criterion.POINTS_PER_GAME: N_("points per game"),
    Criterion.WINS: N_("wins"),
    Criterion.AWAY_GOALS: N_("away goals"),
    Criterion.AWAY_WINS: N_("away wins"),
    Criterion.OPPONENTS_POINTS: N_("opponents' points"),
    Criterion.OPPONENTS_GOAL_DIFFERENCE: N_("opponents' goal difference"),
    Criterion.OPPONENTS_GOALS_FOR: N_("opponents' goals for"),
    Criterion.FAIR_PLAY: N_("fair play"),
}
"""Each statistic's name, as a regulation writes it (English; the words are the
current language's)."""

_HEAD_TO_HEAD: Final = {
    Criterion.POINTS: N_("head-to-head points"),
    Criterion.GOAL_DIFFERENCE: N_("head-to-head goal difference"),
    Criterion.GOALS_FOR: N_("head-to-head goals for"),
    Criterion.GOALS_AGAINST: N_("head-to-head goals against"),
    Criterion.GOAL_AVERAGE: N_("head-to-head goal average"),
    Criterion.POINTS_PER_GAME: N_("head-to-head points per game"),
    Criterion.WINS: N_("head-to-head wins"),
    Criterion.AWAY_GOALS: N_("head-to-head away goals"),
    Criterion.AWAY_WINS: N_("head-to-head away wins"),
    Criterion.OPPONENTS_POINTS: N_("head-to-head opponents' points"),
    Criterion.OPPONENTS_GOAL_DIFFERENCE: N_("head-to-head opponents' goal difference"),
    Criterion.OPPONENTS_GOALS_FOR: N_("head-to-head opponents' goals for"),
    Criterion.FAIR_PLAY: N_("head-to-head fair play"),
}


def criterion_text(criterion: Tiebreaker) -> str:
    """A tiebreak criterion in words.

    >>> import copaperu as cp
    >>> criterion_text(cp.tiebreak.goal_difference(among_teams_concerned=True))
    'head-to-head goal difference'
    >>> criterion_text(cp.tiebreak.only_when(cp.tiebreak.wins(), min_teams=3))
    'wins, only when at least 3 teams are level'
    """
    return _criterion_text(criterion, within=False)


def _criterion_text(criterion: Tiebreaker, *, within: bool) -> str:
    """*criterion* in words; *within* a head-to-head pass, without saying so again."""
    if isinstance(criterion, Statistic):
        if criterion.scope is Scope.HEAD_TO_HEAD and not within:
            return _(_HEAD_TO_HEAD[criterion.criterion])
        return _(CRITERIA[criterion.criterion])
    if isinstance(criterion, FairPlay):
        head = criterion.scope is Scope.HEAD_TO_HEAD and not within
        return _("head-to-head fair play") if head else _("fair play")
    if isinstance(criterion, HeadToHead):
        inner = ", ".join(_criterion_text(c, within=True) for c in criterion.criteria)
        if criterion.reapply:
            return _("head-to-head ({criteria}; re-applied)").format(criteria=inner)
        return _("head-to-head ({criteria}; single pass)").format(criteria=inner)
    if isinstance(criterion, OnlyWhen):
        low, high = criterion.min_teams, criterion.max_teams
        inner = _criterion_text(criterion.criterion, within=within)
        if high == low:
            form = _("{criterion}, only when exactly {low} teams are level")
        elif high is None:
            form = _("{criterion}, only when at least {low} teams are level")
        else:
            form = _("{criterion}, only when {low} to {high} teams are level")
        return form.format(criterion=inner, low=low, high=high)
    if isinstance(criterion, DrawingOfLots):
        return _("drawing of lots")
    if isinstance(criterion, LastMatchShootout):
        return _("penalty shoot-out after their last match")
    if isinstance(criterion, Playoff):
        return _("play-off")
    return data_text(criterion.name)


def table_rules_text(rules: TableRules) -> str:
    """Table rules in words: the points scheme, then the chain.

    >>> import copaperu as cp
    >>> table_rules_text(cp.rules.CLASSIC).split(": ")[1]
    '3-1-0; points, goal difference, goals for'
    """
    chain = ", ".join(criterion_text(criterion) for criterion in rules.tiebreakers)
    text = f"{rules.points}; {chain}"
    return f"{data_text(rules.name)}: {text}" if rules.name else text


_BASIS: Final = {
    Basis.AGGREGATE: N_("aggregate"),
    Basis.POINTS: N_("points"),
}


def tie_rules_text(rules: TieRules) -> str:
    """Tie rules in words, in the order they decide.

    >>> import copaperu as cp
    >>> tie_rules_text(cp.TieRules(basis="points", penalties=False))
    'points, goal difference, extra time'
    """
    parts = [_(_BASIS[rules.basis])]
    if rules.basis is Basis.POINTS and rules.goal_difference:
        parts.append(_("goal difference"))
    if rules.away_goals:
        parts.append(
            _("away goals (also in extra time)")
            if rules.away_goals_in_extra_time
            else _("away goals")
        )
    replay = rules.extra_time_from or rules.penalties_from
    parts += [
        label
        for flag, label in (
            (rules.extra_time, _from(_("extra time"), rules.extra_time_from)),
            (rules.penalties, _from(_("penalties"), rules.penalties_from)),
            (rules.playoff, _("replay") if replay else _("play-off")),
            (rules.goal_difference_after_playoff, _("goal difference")),
            (rules.lots, _("drawing of lots")),
        )
        if flag
    ]
    text = ", ".join(parts)
    return f"{data_text(rules.name)}: {text}" if rules.name else text


def _from(what: str, number: int) -> str:
    """*what*, played from match *number* of a single-match tie on."""
    if number == 0:
        return what
    if number == 1:
        return _("{what} from the first replay").format(what=what)
    return _("{what} from the {ordinal} replay").format(
        what=what, ordinal=ordinal(number)
    )


def _said(reason: str, body: str, decided: datetime.date | None) -> str:
    parts = [
        part
        for part in (data_text(body), decided.isoformat() if decided else "")
        if part
    ]
    text = f" ({data_text(reason)})" if reason else ""
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
        if ruling.score is not None:
            text = _("awarded to {team} {score}").format(
                team=ruling.awarded_to, score=ruling.score
            )
        else:
            text = _("awarded to {team}").format(team=ruling.awarded_to)
    elif isinstance(ruling, Abandoned):
        declared = ruling.declared
        if ruling.minute is not None and declared is not None:
            text = _("abandoned after {minute} minutes, declared {score}").format(
                minute=ruling.minute, score=declared
            )
        elif ruling.minute is not None:
            text = _("abandoned after {minute} minutes, void").format(
                minute=ruling.minute
            )
        elif declared is not None:
            text = _("abandoned, declared {score}").format(score=declared)
        else:
            text = _("abandoned, void")
    elif isinstance(ruling, NotPlayed):
        text = _("not played")
    elif isinstance(ruling, AwardedShootout):
        if ruling.score is not None:
            text = _("shoot-out awarded to {team} {score}").format(
                team=ruling.winner, score=ruling.score
            )
        else:
            text = _("shoot-out awarded to {team}").format(team=ruling.winner)
    else:
        text = ngettext(
            "{team}: {points} point deducted",
            "{team}: {points} points deducted",
            ruling.points,
        ).format(team=ruling.team, points=ruling.points)
    return text + said


def reference_text(reference: Reference) -> str:
    """A reference in words: a place in a group, or the winner or loser of a tie.

    >>> import copaperu as cp
    >>> kind = cp.competition.ReferenceKind.PLACE
    >>> reference_text(cp.competition.Reference(kind=kind, of="region-v", place=1))
    '1st of region-v'
    """
    if reference.kind is ReferenceKind.PLACE and reference.place is not None:
        return _("{ordinal} of {of}").format(
            ordinal=ordinal(reference.place), of=reference.of
        )
    if reference.kind is ReferenceKind.SLOT:
        return _("slot {slot} of {of}").format(slot=reference.slot, of=reference.of)
    if reference.kind is ReferenceKind.LOSER:
        return _("loser of {of}").format(of=reference.of)
    return _("winner of {of}").format(of=reference.of)


# What a team needs (copaperu.simulate.what_needs) ------------------------------

_NUMBERS: Final = (
    N_("zero"),
    N_("one"),
    N_("two"),
    N_("three"),
    N_("four"),
    N_("five"),
    N_("six"),
    N_("seven"),
)


def _number(n: int) -> str:
    return _(_NUMBERS[n]) if n < len(_NUMBERS) else str(n)


def place_text(target: int, *, finite: bool = False) -> str:
    """How a team reaches place *target* or better: "finishes in the top two".

    *finite* gives the verb's plain form ("finish in the top two").

    >>> place_text(1), place_text(2, finite=True)
    ('finishes first', 'finish in the top two')
    """
    if target == 1:
        return _("finish first") if finite else _("finishes first")
    form = (
        _("finish in the top {number}") if finite else _("finishes in the top {number}")
    )
    return form.format(number=_number(target))


def _join_or(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return _("{items} or {last}").format(items=", ".join(items[:-1]), last=items[-1])


def _by(low: int, high: int, top: int) -> str:
    """How much a win is by: " by 2 or more", " by 1", "" (any margin)."""
    if low == 1 and high == top:
        return ""
    if high == top:
        return " " + _("by {low} or more").format(low=low)
    if low == high:
        return " " + _("by {low}").format(low=low)
    if high == low + 1:
        return " " + _("by {low} or {high}").format(low=low, high=high)
    return " " + _("by {low} to {high}").format(low=low, high=high)


# The sentences of a margin range, with the team it is about named (x), or said
# of the subject without naming it (an action; "it {action}" puts the pronoun).
_NAMED: Final = {
    "beat": N_("{x} beat {y}{by}"),
    "lose": N_("{x} lose to {y}{by}"),
    "draw": N_("{x} and {y} draw"),
    "not lose": N_("{x} do not lose to {y}"),
    "not beat": N_("{x} do not beat {y}"),
    "draw or beat": N_("{x} draw with {y} or beat {y}{by}"),
    "draw or lose": N_("{x} draw with {y} or lose to {y}{by}"),
    "not beat by": N_("{x} do not beat {y} by {n} or more"),
    "not lose by": N_("{x} do not lose to {y} by {n} or more"),
    "between": N_(
        "{x} do not lose to {y} by {n} or more and do not beat {y} by {m} or more"
    ),
    "beat score": N_("{x} beat {y} {scores}"),
    "lose score": N_("{x} lose {scores} to {y}"),
    "draw score": N_("{x} and {y} draw {levels}"),
}
_ACTIONS: Final = {
    "beat": N_("beats {y}{by}"),
    "lose": N_("loses to {y}{by}"),
    "draw": N_("draws with {y}"),
    "not lose": N_("does not lose to {y}"),
    "not beat": N_("does not beat {y}"),
    "draw or beat": N_("draws with {y} or beats {y}{by}"),
    "draw or lose": N_("draws with {y} or loses to {y}{by}"),
    "not beat by": N_("does not beat {y} by {n} or more"),
    "not lose by": N_("does not lose to {y} by {n} or more"),
    "between": N_(
        "does not lose to {y} by {n} or more and does not beat {y} by {m} or more"
    ),
    "beat score": N_("beats {y} {scores}"),
    "lose score": N_("loses {scores} to {y}"),
    "draw score": N_("draws {levels} with {y}"),
}


def _phrase(
    x: str, y: str, low: int, high: int, top: int, it: bool
) -> tuple[str, bool]:
    """*x*'s margin over *y* from *low* to *high*, in words, and whether it is an action.

    An action is said of the subject without naming it (*it*: *x* is the subject).
    """
    by = ""
    n = m = 0
    if low >= 1:
        key, by = "beat", _by(low, high, top)
    elif high <= -1:
        key, by = "lose", _by(-high, -low, top)
    elif low == high == 0:
        key = "draw"
    elif low == 0 and high == top:
        key = "not lose"
    elif high == 0 and low == -top:
        key = "not beat"
    elif low == 0:
        key, by = "draw or beat", _by(1, high, top)
    elif high == 0:
        key, by = "draw or lose", _by(1, -low, top)
    elif low == -top and high == top:
        return _("{x} v {y} ends any way").format(x=x, y=y), False
    elif low == -top:
        key, n = "not beat by", high + 1
    elif high == top:
        key, n = "not lose by", 1 - low
    else:
        key, n, m = "between", 1 - low, high + 1
    form = _ACTIONS[key] if it else _NAMED[key]
    return _(form).format(x=x, y=y, by=by, n=n, m=m), it


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
        return _("{k}-{k} or higher").format(k=levels[0])
    if len(levels) > 1 and list(levels) == list(range(levels[-1] + 1)):
        return _("{k}-{k} or lower").format(k=levels[-1])
    return _join_or([f"{k}-{k}" for k in levels])


def _need_parts(need: MatchNeed, subject: TeamId | None) -> list[tuple[str, bool]]:
    """Each way *need* allows, in words, and whether it is an action of *subject*."""
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
                action = _(_ACTIONS["draw score"]).format(levels=levels, y=other)
                parts.append((action, True))
            else:
                text = _(_NAMED["draw score"]).format(x=home, y=away, levels=levels)
                parts.append((text, False))
            continue
        x_home = subject == home or (subject != away and margin > 0)
        x, y = (home, away) if x_home else (away, home)
        shown = _join_or(
            [f"{s.home}-{s.away}" if x_home else f"{s.away}-{s.home}" for s in scores]
        )
        it = x == subject
        key = "beat score" if (margin > 0) == x_home else "lose score"
        form = _ACTIONS[key] if it else _NAMED[key]
        parts.append((_(form).format(x=x, y=y, scores=shown), it))
    return parts


def _said_of(parts: Sequence[tuple[str, bool]], *, bare: bool = False) -> str:
    """*parts* joined by "or"; an action gets its pronoun ("it beats B").

    Not the first when *bare*: it continues a sentence whose subject is said.
    """
    texts = [
        text if not it or (bare and i == 0) else _("it {action}").format(action=text)
        for i, (text, it) in enumerate(parts)
    ]
    joined = texts[0] if texts else ""
    for text in texts[1:]:
        joined = _("{first} or {second}").format(first=joined, second=text)
    return joined


def _is_action(parts: Sequence[tuple[str, bool]]) -> bool:
    return bool(parts) and parts[0][1]


def match_need_text(need: MatchNeed, subject: TeamId | None = None) -> str:
    """What *need* allows, in words; *subject*, if in the match, is called "it".

    >>> need = MatchNeed(home="Mexico", away="Sweden", margins=(0, 1, 2, 3), max_goals=3)
    >>> match_need_text(need)
    'Sweden do not beat Mexico'
    >>> match_need_text(need, "Mexico")
    'it does not lose to Sweden'
    """
    return _said_of(_need_parts(need, subject))


def condition_text(condition: Condition, subject: TeamId | None = None) -> str:
    """The outcomes of *condition*, in words: its needs joined by "and".

    >>> need = MatchNeed(home="A", away="B", margins=(1, 2), max_goals=2)
    >>> condition_text(Condition(needs=(need,), fate=Fate.QUALIFIES), "A")
    'it beats B'
    """
    if not condition.needs:
        return _("whatever happens")
    parts = [_need_parts(need, subject) for need in condition.needs]
    text = ""
    for k, need_parts in enumerate(parts):
        # "it beats B and beats C": the subject is said once while it goes on.
        bare = k > 0 and _is_action(parts[k - 1]) and _is_action(need_parts)
        phrase = _said_of(need_parts, bare=bare)
        text = (
            phrase
            if k == 0
            else _("{first} and {second}").format(first=text, second=phrase)
        )
    return text


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
        return _("{team}: not worked out ({reason})").format(
            team=team, reason=needs.reason
        )
    if needs.clinched:
        return _("{team} {place} whatever happens.").format(
            team=team, place=place_text(target)
        )
    if needs.eliminated:
        return _("{team} cannot {place}.").format(
            team=team, place=place_text(target, finite=True)
        )
    by_fate: dict[Fate, list[str]] = {}
    for condition in needs.conditions:
        by_fate.setdefault(condition.fate, []).append(condition_text(condition, team))
    sentences = []
    if Fate.QUALIFIES in by_fate:
        clauses = _("; or if ").join(by_fate[Fate.QUALIFIES])
        sentences.append(
            _("{team} {place} if {clauses}").format(
                team=team, place=place_text(target), clauses=clauses
            )
        )
    else:
        sentences.append(
            _("{team} cannot be sure to {place}").format(
                team=team, place=place_text(target, finite=True)
            )
        )
    if Fate.LEVEL in by_fate:
        clauses = _("; or if ").join(by_fate[Fate.LEVEL])
        if target == 1:
            form = _(
                "It ends level across first place on everything the scores decide if {clauses}"
            )
        else:
            form = _(
                "It ends level across the top {number} on everything the scores decide if {clauses}"
            )
        sentences.append(form.format(number=_number(target), clauses=clauses))
    if Fate.ELIMINATED in by_fate:
        sentences.append(_("Otherwise it does not"))
    return _(". ").join(sentences) + "."
