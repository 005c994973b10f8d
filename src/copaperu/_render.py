"""Layer 8, on top: an edition's replay as text, Markdown or JSON, for people and tools.

Text and Markdown put the replay's conclusions in words (``_words``, through their
``str()``); JSON carries the conclusions as data: enum ids, numbers, team names and
ids, never sentences to split again.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from ._competition import Reference
from ._knockout import Step, TieOutcome
from ._replay import (
    Contradiction,
    EditionResult,
    GroupResult,
    Placed,
    Provenance,
    TieResult,
    Unknown,
)
from ._standings import Explanation, LevelTeams, Separation, Standings
from ._tiebreak import (
    DrawingOfLots,
    FairPlay,
    LastMatchShootout,
    Playoff,
    Ranking,
    Statistic,
)
from ._values import Match

__all__ = ["FORMATS", "render_replay", "render_table"]

FORMATS = ("text", "markdown", "json")
"""The output formats of the command line."""


def render_replay(result: EditionResult, fmt: str = "text") -> str:
    """The whole replay of an edition in *fmt* (``text``, ``markdown`` or ``json``).

    >>> import copaperu as cp
    >>> text = render_replay(cp.replay(cp.load_edition("copa-peru-1997")))
    >>> text.splitlines()[-1]
    'Champion: Juan Aurich (computed)'
    """
    if fmt == "json":
        return json.dumps(_replay_data(result), indent=2, ensure_ascii=False)
    heading: Callable[[str, int], str] = (
        _md_heading if fmt == "markdown" else _text_heading
    )
    fence = fmt == "markdown"
    edition = result.edition
    out = [heading(edition.name, 1)]
    if edition.notes:
        out += [edition.notes, ""]
    for stage in result.stages:
        out.append(heading(stage.name or stage.id, 2))
        source_stage = next(s for s in edition.stages if s.id == stage.id)
        if source_stage.notes:
            out += [source_stage.notes, ""]
        if stage.qualified:
            out.append("Qualified (recorded):")
            out += [
                f"- {q.team} ({q.notes}; {q.source})"
                if q.notes
                else f"- {q.team} ({q.source})"
                for q in stage.qualified
            ]
            out.append("")
        for group in stage.groups:
            out += _group_lines(group, heading, fence)
        for tie in stage.ties:
            out += _tie_lines(tie, heading, fence)
        if not stage.groups and not stage.ties and not stage.qualified:
            out += ["No result recorded.", ""]
    out.append(heading("What the record does not say", 2))
    out += [f"- {unknown}" for unknown in result.unknowns] or ["- nothing"]
    out.append("")
    if result.contradictions:
        out.append(heading("Recorded facts that contradict the results", 2))
        out += [f"- {c}" for c in result.contradictions]
        out.append("")
    promoted = (
        ", ".join(team or "unknown" for team in result.promoted) or "none recorded"
    )
    out.append(f"Promoted: {promoted}")
    champion = result.champion or "unknown"
    out.append(f"Champion: {champion} ({result.champion_provenance})")
    return "\n".join(out)


def render_table(group: GroupResult, fmt: str = "text") -> str:
    """One group of a replay in *fmt*.

    >>> import copaperu as cp
    >>> group = cp.replay(cp.load_edition("copa-peru-1997")).group("final-round-group")
    >>> "Juan Aurich" in render_table(group)
    True
    """
    if fmt == "json":
        return json.dumps(_group_data(group), indent=2, ensure_ascii=False)
    heading = _md_heading if fmt == "markdown" else _text_heading
    return "\n".join(_group_lines(group, heading, fmt == "markdown"))


def _text_heading(title: str, level: int) -> str:
    line = "=" if level == 1 else "-"
    return f"{title}\n{line * len(title)}\n"


def _md_heading(title: str, level: int) -> str:
    return f"{'#' * (level + 1)} {title}\n"


def _group_lines(
    group: GroupResult, heading: Callable[[str, int], str], fence: bool
) -> list[str]:
    out = [heading(f"{group.name} [{group.id}]" if group.name else group.id, 3)]
    known = (
        f"{group.results_known} of {group.results_expected} results recorded"
        if group.results_expected
        else "entrants not all known"
    )
    out.append(f"Results: {known}{' (complete)' if group.complete else ''}")
    if group.standings is not None:
        out += _standings_lines(group.standings, fence, complete=group.complete)
    out.append("Places:")
    out += [f"  {_place(p)}" for p in group.places]
    out.append("")
    return out


def _standings_lines(table: Standings, fence: bool, *, complete: bool) -> list[str]:
    label = "Table" if complete else "Table of the recorded results only"
    out = [f"{label}:"]
    if fence:
        out.append("```")
    out += str(table).splitlines()
    if fence:
        out.append("```")
    explanation = str(table.explain())
    if explanation:
        out += [f"  {line}" for line in explanation.splitlines()]
    seen: list[object] = []
    for row in table.rows:
        for ruling in row.rulings:
            if ruling not in seen:
                seen.append(ruling)
                out.append(f"  ruling: {ruling}")
    return out


def _place(placed: Placed) -> str:
    text = str(placed)
    if placed.provenance in {Provenance.RECORDED, Provenance.INFERRED} and placed.notes:
        text += f" -- {placed.notes}"
    return text


def _tie_lines(
    tie: TieResult, heading: Callable[[str, int], str], fence: bool
) -> list[str]:
    del fence
    out = [heading(f"{tie.name} [{tie.id}]" if tie.name else tie.id, 3)]
    first, second = (team or "unknown" for team in tie.teams)
    out.append(f"{first} v {second}")
    if tie.outcome is not None:
        for match in tie.outcome.matches:
            out.append(f"  {match}" + (f"  [{match.source}]" if match.source else ""))
        out += [f"  {line}" for line in tie.outcome.explain().splitlines()]
    winner = tie.winner or "unknown"
    how = str(tie.provenance) + (f", {tie.source}" if tie.source else "")
    out.append(f"Through: {winner} ({how})")
    if tie.notes and tie.provenance is not Provenance.COMPUTED:
        out.append(f"  {tie.notes}")
    out.append("")
    return out


def _match_data(match: Match | None) -> dict[str, Any] | None:
    """A match as its teams and scores (each ``"home-away"``, as files write them)."""
    if match is None:
        return None
    return {
        "home": match.home,
        "away": match.away,
        "score": None if match.score is None else str(match.score),
        "extra_time": None if match.extra_time is None else str(match.extra_time),
        "penalties": None if match.penalties is None else str(match.penalties),
    }


def _step_data(step: Step) -> dict[str, Any]:
    return {
        "criterion": step.criterion.value,
        "first": step.first,
        "second": step.second,
        "extra_time": step.extra_time,
        "awarded": step.awarded,
        "match": _match_data(step.match),
        "outcome": _outcome_data(step.outcome),
    }


def _outcome_data(outcome: TieOutcome | None) -> dict[str, Any] | None:
    if outcome is None:
        return None
    return {
        "teams": list(outcome.teams),
        "winner": outcome.winner,
        "decided_by": outcome.decided_by.value if outcome.decided_by else None,
        "aggregate": str(outcome.aggregate) if outcome.aggregate else None,
        "needs": outcome.needs.value if outcome.needs else None,
        "missing_from": _match_data(outcome.missing_from),
        "steps": [_step_data(step) for step in outcome.steps],
        "rulings": [str(r) for r in outcome.rulings],
    }


def _criterion_data(
    criterion: Statistic
    | FairPlay
    | Ranking
    | DrawingOfLots
    | Playoff
    | LastMatchShootout,
) -> dict[str, Any]:
    """A criterion as its id and the settings that say what was compared."""
    if isinstance(criterion, Statistic):
        return {"id": criterion.criterion.value, "scope": criterion.scope.value}
    if isinstance(criterion, FairPlay):
        return {"id": "fair_play", "scope": criterion.scope.value}
    if isinstance(criterion, Ranking):
        return {"id": "ranking", "name": criterion.name}
    if isinstance(criterion, DrawingOfLots):
        return {"id": "drawing_of_lots"}
    if isinstance(criterion, Playoff):
        return {"id": "playoff"}
    return {"id": "last_match_shootout"}


def _figure_data(value: int | Fraction | float | None) -> int | float | str | None:
    """A figure as a JSON number; an infinite goal average as ``"infinity"``."""
    if isinstance(value, float) and math.isinf(value):
        return "infinity"
    if isinstance(value, Fraction):
        return float(value)
    return value


def _separation_data(separation: Separation) -> dict[str, Any]:
    return {
        "upper": separation.upper,
        "lower": separation.lower,
        "criterion": _criterion_data(separation.criterion),
        "upper_value": _figure_data(separation.upper_value),
        "lower_value": _figure_data(separation.lower_value),
        "among": None if separation.among is None else list(separation.among),
        "matches": [_match_data(match) for match in separation.matches],
        "seed": separation.seed,
    }


def _level_teams_data(tie: LevelTeams | None) -> dict[str, Any] | None:
    if tie is None:
        return None
    return {
        "teams": list(tie.teams),
        "position": tie.position,
        "needs": tie.needs.value,
        "ranking": tie.ranking,
        "missing": list(tie.missing),
    }


def _explanation_data(explanation: Explanation) -> dict[str, Any]:
    return {
        "separations": [_separation_data(s) for s in explanation.separations],
        "level_teams": [_level_teams_data(t) for t in explanation.level_teams],
        "not_counted": [
            {"match": _match_data(match), "status": status.value}
            for match, status in zip(
                explanation.unplayed, explanation.not_counted, strict=False
            )
        ],
    }


def _entrant_data(entrant: Reference | None) -> dict[str, Any] | None:
    if entrant is None:
        return None
    return {"kind": entrant.kind.value, "of": entrant.of, "place": entrant.place}


def _unknown_data(unknown: Unknown) -> dict[str, Any]:
    outcome, recorded = unknown.outcome, unknown.recorded
    return {
        "kind": unknown.kind.value,
        "id": unknown.id,
        "blocking": unknown.is_blocking,
        "places": list(unknown.places),
        "entrant": _entrant_data(unknown.entrant),
        "missing": unknown.missing,
        "expected": unknown.expected,
        "level_teams": _level_teams_data(unknown.level_teams),
        "needs": outcome.needs.value if outcome and outcome.needs else None,
        "missing_from": _match_data(outcome.missing_from if outcome else None),
        "taken": [
            {"place": p.place, "team": p.team, "source": p.source}
            for p in unknown.taken
        ],
        "recorded_winner": None
        if recorded is None
        else {"winner": recorded.winner, "source": recorded.source},
    }


def _fact_data(fact: object) -> object:
    return list(fact) if isinstance(fact, tuple) else fact


def _contradiction_data(contradiction: Contradiction) -> dict[str, Any]:
    scheme = contradiction.scheme
    return {
        "kind": contradiction.kind.value,
        "id": contradiction.id,
        "team": contradiction.team,
        "place": contradiction.place,
        "computed": _fact_data(contradiction.computed),
        "recorded": _fact_data(contradiction.recorded),
        "source": contradiction.source,
        "points": None if scheme is None else str(scheme),
        "error": contradiction.error,
    }


def _group_data(group: GroupResult) -> dict[str, Any]:
    table = group.standings
    return {
        "id": group.id,
        "name": group.name,
        "complete": group.complete,
        "results_known": group.results_known,
        "results_expected": group.results_expected,
        "table": None
        if table is None
        else [
            {
                "position": row.position,
                "team": row.team,
                "played": row.played,
                "won": row.won,
                "drawn": row.drawn,
                "lost": row.lost,
                "goals_for": row.goals_for,
                "goals_against": row.goals_against,
                "points": row.points,
                "rulings": [str(r) for r in row.rulings],
            }
            for row in table.rows
        ],
        "explanation": None if table is None else _explanation_data(table.explain()),
        "places": [
            {
                "place": p.place,
                "team": p.team,
                "provenance": p.provenance.value,
                "source": p.source,
                "notes": p.notes,
            }
            for p in group.places
        ],
    }


def _replay_data(result: EditionResult) -> dict[str, Any]:
    return {
        "edition": result.edition.id,
        "name": result.edition.name,
        "stages": [
            {
                "id": stage.id,
                "name": stage.name,
                "qualified": [
                    {"team": q.team, "from": q.notes, "source": q.source}
                    for q in stage.qualified
                ],
                "groups": [_group_data(g) for g in stage.groups],
                "ties": [
                    {
                        "id": tie.id,
                        "name": tie.name,
                        "teams": list(tie.teams),
                        "winner": tie.winner,
                        "loser": tie.loser,
                        "provenance": tie.provenance.value,
                        "source": tie.source,
                        "outcome": _outcome_data(tie.outcome),
                    }
                    for tie in stage.ties
                ],
            }
            for stage in result.stages
        ],
        "unknowns": [_unknown_data(u) for u in result.unknowns],
        "contradictions": [_contradiction_data(c) for c in result.contradictions],
        "champion": result.champion,
        "champion_provenance": result.champion_provenance.value,
        "promoted": list(result.promoted),
    }
