"""Layer 8, on top: an edition's replay as text, Markdown or JSON, for people and tools.

Text and Markdown put the replay's conclusions in words (``_words``, through their
``str()``); JSON is the values' data form (:func:`copaperu.to_data`): enum ids,
numbers, team names and ids, never sentences to split again, and every figure a
person sees, with a JSON Schema shipped in ``copaperu/schemas/``.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from ._data import to_data
from ._replay import (
    EditionResult,
    GroupResult,
    Placed,
    Provenance,
    TieResult,
)
from ._standings import Standings

__all__ = ["FORMATS", "as_json", "render_replay", "render_table"]

FORMATS = ("text", "markdown", "json")
"""The output formats of the command line."""


def as_json(value: object) -> str:
    """*value*'s data form (:func:`copaperu.to_data`) as JSON text, indented.

    Numbers JSON cannot write are already text in the data form, so the text is
    strict JSON.

    >>> import copaperu as cp
    >>> print(as_json(cp.Score(2, 1)))
    "2-1"
    """
    return json.dumps(to_data(value), indent=2, ensure_ascii=False, allow_nan=False)


def render_replay(result: EditionResult, fmt: str = "text") -> str:
    """The whole replay of an edition in *fmt* (``text``, ``markdown`` or ``json``).

    >>> import copaperu as cp
    >>> text = render_replay(cp.replay(cp.load_edition("copa-peru-1997")))
    >>> text.splitlines()[-1]
    'Champion: Juan Aurich (computed)'
    """
    if fmt == "json":
        return as_json(result)
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
        return as_json(group)
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
