"""Layer 6, config: an edition as the plain data of its TOML file (for :func:`copaperu.dump`).

Defaults are left out, so a file written by hand and the same file dumped stay
close; every value that differs from its default is written, so loading the
dump gives back an equal edition.
"""

from __future__ import annotations

from typing import Any

from . import tiebreak
from ._competition import (
    ROW_FIGURES,
    Edition,
    Entrant,
    Group,
    NamedTableRules,
    NamedTieRules,
    Phase,
    RecordedPlace,
    RecordedWinner,
    ReferenceKind,
    Stage,
    Tie,
)
from ._rulings import Abandoned, Forfeit, NotPlayed, Ruling
from ._tiebreak import (
    DrawingOfLots,
    FairPlay,
    HeadToHead,
    LastMatchShootout,
    Playoff,
    Ranking,
    Statistic,
    Tiebreaker,
)
from ._values import Match

__all__ = ["edition_data"]

Data = dict[str, Any]


def edition_data(edition: Edition) -> Data:
    """The data of *edition*'s TOML file."""
    data: Data = {"id": edition.id, "name": edition.name}
    _put(data, "season", edition.season)
    _put(data, "notes", edition.notes)
    if edition.champion is not None:
        data["champion"] = _entrant_data(edition.champion)
    if edition.promoted:
        data["promoted"] = [_entrant_data(e) for e in edition.promoted]
    if edition.sources:
        data["sources"] = [
            _fields(s, "key", "url", "title", "notes") for s in edition.sources
        ]
    if edition.teams:
        data["teams"] = [
            _fields(t, "name", "city", "region", "notes") for t in edition.teams
        ]
    rules: Data = {}
    if edition.table_rules:
        rules["tables"] = {
            named.name: _table_rules_data(named) for named in edition.table_rules
        }
    if edition.tie_rules:
        rules["ties"] = {
            named.name: _tie_rules_data(named) for named in edition.tie_rules
        }
    if rules:
        data["rules"] = rules
    if edition.stages:
        data["stages"] = [_stage_data(stage) for stage in edition.stages]
    return data


def _put(data: Data, key: str, value: object, default: object = "") -> None:
    if value != default and value is not None:
        data[key] = value


def _fields(value: object, *names: str) -> Data:
    data: Data = {}
    for name in names:
        _put(data, name, getattr(value, name))
    return data


def _table_rules_data(named: NamedTableRules) -> Data:
    if named.preset:
        return {"preset": named.preset}
    data: Data = {
        "points": str(named.rules.points),
        "tiebreakers": [_criterion_data(c) for c in named.rules.tiebreakers],
    }
    _put(data, "source", named.rules.source)
    _put(data, "name", named.rules.name, named.name)
    return data


def _criterion_data(criterion: Tiebreaker) -> str | Data:
    if isinstance(criterion, Playoff):
        return "playoff"
    if isinstance(criterion, LastMatchShootout):
        return "last_match_shootout"
    if isinstance(criterion, Statistic | FairPlay | HeadToHead | DrawingOfLots):
        default = tiebreak.from_id(_criterion_id(criterion))
        if criterion == default:
            return _criterion_id(criterion)
    if isinstance(criterion, Statistic):
        return {"id": criterion.criterion.value, "scope": criterion.scope.value}
    if isinstance(criterion, FairPlay):
        return {
            "id": "fair_play",
            "yellow": criterion.yellow,
            "indirect_red": criterion.indirect_red,
            "red": criterion.red,
            "yellow_and_red": criterion.yellow_and_red,
            "scope": criterion.scope.value,
        }
    if isinstance(criterion, HeadToHead):
        return {
            "id": "head_to_head",
            "criteria": [_criterion_data(c) for c in criterion.criteria],
            "reapply": criterion.reapply,
        }
    if isinstance(criterion, DrawingOfLots):
        return {"id": "drawing_of_lots", "seed": criterion.seed}
    if isinstance(criterion, Ranking):
        return {
            "id": "ranking",
            "name": criterion.name,
            "values": dict(criterion.values),
            "higher_is_better": criterion.higher_is_better,
        }
    data: Data = {
        "id": "only_when",
        "criterion": _criterion_data(criterion.criterion),
        "min_teams": criterion.min_teams,
    }
    _put(data, "max_teams", criterion.max_teams, None)
    return data


def _criterion_id(criterion: Statistic | FairPlay | HeadToHead | DrawingOfLots) -> str:
    if isinstance(criterion, Statistic):
        return criterion.criterion.value
    return {
        FairPlay: "fair_play",
        HeadToHead: "head_to_head",
        DrawingOfLots: "drawing_of_lots",
    }[type(criterion)]


def _tie_rules_data(named: NamedTieRules) -> Data:
    if named.preset:
        return {"preset": named.preset}
    rules = named.rules
    data: Data = {"basis": rules.basis.value}
    for flag in (
        "goal_difference",
        "away_goals",
        "away_goals_in_extra_time",
        "extra_time",
        "penalties",
        "playoff",
        "goal_difference_after_playoff",
    ):
        data[flag] = getattr(rules, flag)
    _put(data, "source", rules.source)
    _put(data, "name", rules.name, named.name)
    return data


def _stage_data(stage: Stage) -> Data:
    data = _fields(stage, "id", "name", "notes", "source")
    if stage.qualified:
        data["qualified"] = [
            {
                k: v
                for k, v in (
                    ("team", q.team),
                    ("from", q.origin),
                    ("source", q.source),
                    ("notes", q.notes),
                )
                if v
            }
            for q in stage.qualified
        ]
    if stage.phases:
        data["phases"] = [_phase_data(phase) for phase in stage.phases]
    return data


def _phase_data(phase: Phase) -> Data:
    data = _fields(phase, "id", "name", "notes")
    if phase.groups:
        data["groups"] = [_group_data(group) for group in phase.groups]
    if phase.ties:
        data["ties"] = [_tie_data(tie) for tie in phase.ties]
    return data


def _group_data(group: Group) -> Data:
    data = _fields(group, "id", "name", "rules")
    data["legs"] = group.legs
    data["advance"] = group.advance
    data["entrants"] = [_entrant_data(e) for e in group.entrants]
    _put(data, "source", group.source)
    _put(data, "notes", group.notes)
    if group.matches:
        data["matches"] = [_match_data(m) for m in group.matches]
    if group.playoffs:
        data["playoffs"] = [_match_data(m) for m in group.playoffs]
    if group.deductions:
        data["deductions"] = [
            _fields(d, "team", "points", "reason", "body", "decided", "source")
            for d in group.deductions
        ]
    if group.lots:
        data["lots"] = [{"order": list(order)} for order in group.lots]
    if group.recorded:
        data["recorded"] = [_recorded_data(r) for r in group.recorded]
    if group.published:
        data["published"] = [
            _fields(row, "team", *ROW_FIGURES, "source") for row in group.published
        ]
    return data


def _recorded_data(recorded: RecordedPlace | RecordedWinner) -> Data:
    if isinstance(recorded, RecordedPlace):
        data = {"place": recorded.place, "team": recorded.team}
    else:
        data = {"winner": recorded.winner}
    _put(data, "source", recorded.source)
    _put(data, "notes", recorded.notes)
    _put(data, "inference", recorded.inference, False)
    return data


def _tie_data(tie: Tie) -> Data:
    data = _fields(tie, "id", "name", "rules")
    data["entrants"] = [_entrant_data(e) for e in tie.entrants]
    _put(data, "source", tie.source)
    _put(data, "notes", tie.notes)
    if tie.legs:
        data["legs"] = [_match_data(m) for m in tie.legs]
    if tie.playoff is not None:
        data["playoff"] = _match_data(tie.playoff)
    if tie.recorded is not None:
        data["recorded"] = _recorded_data(tie.recorded)
    return data


def _entrant_data(entrant: Entrant) -> str | Data:
    if isinstance(entrant, str):
        return entrant
    if entrant.kind is ReferenceKind.PLACE:
        return {"place": entrant.place, "of": entrant.of}
    return {entrant.kind.value: entrant.of}


def _match_data(match: Match) -> Data:
    data: Data = {"home": match.home, "away": match.away}
    for key in ("score", "extra_time", "penalties"):
        value = getattr(match, key)
        if value is not None:
            data[key] = str(value)
    _put(data, "neutral", match.neutral, False)
    _put(data, "leg", match.leg, None)
    _put(data, "label", match.label)
    _put(data, "date", match.date, None)
    _put(data, "source", match.source)
    _put(data, "notes", match.notes)
    if match.cards:
        data["cards"] = {
            team: _fields(cards, "yellow", "indirect_red", "red", "yellow_and_red")
            or {"yellow": 0}
            for team, cards in match.cards
        }
    if match.rulings:
        data["rulings"] = [_ruling_data(r) for r in match.rulings]
    return data


def _ruling_data(ruling: Ruling) -> Data:
    data: Data
    if isinstance(ruling, Forfeit):
        data = {"kind": "forfeit", "awarded_to": ruling.awarded_to}
        _put(data, "score", None if ruling.score is None else str(ruling.score), None)
    elif isinstance(ruling, Abandoned):
        data = {"kind": "abandoned"}
        _put(data, "minute", ruling.minute, None)
        _put(
            data,
            "declared",
            None if ruling.declared is None else str(ruling.declared),
            None,
        )
    elif isinstance(ruling, NotPlayed):
        data = {"kind": "not_played"}
    else:
        data = {"kind": "awarded_shootout", "winner": ruling.winner}
        _put(data, "score", None if ruling.score is None else str(ruling.score), None)
    for key in ("reason", "body", "source"):
        _put(data, key, getattr(ruling, key))
    _put(data, "decided", ruling.decided, None)
    return data
