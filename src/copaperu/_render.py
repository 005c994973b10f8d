"""Layer 8, on top: an edition's replay as text, Markdown or JSON, for people and tools.

Text and Markdown put the replay's conclusions in words (``_words``, through their
``str()``); JSON is the values' data form (:func:`copaperu.to_data`): enum ids,
numbers, team names and ids, never sentences to split again, and every figure a
person sees, with a JSON Schema shipped in ``copaperu/schemas/``.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Callable, Sequence
from typing import Final

from ._competition import Edition, Group, Reference, ReferenceKind, Tie
from ._data import to_data
from ._official import official_result
from ._replay import (
    EditionResult,
    GroupResult,
    Placed,
    Provenance,
    RankingResult,
    TieResult,
)
from ._standings import Standings
from ._validators import display_width, ordinal, pad
from ._values import Match
from ._words import tie_explanation
from .simulate import Needs, SimulationResult

__all__ = [
    "FORMATS",
    "as_json",
    "markdown_text",
    "render_needs",
    "render_replay",
    "render_simulation",
    "render_table",
    "wrap_text",
]

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
    markdown = fmt == "markdown"
    heading: Callable[[str, int], str] = _md_heading if markdown else _text_heading
    esc: Callable[[str], str] = markdown_text if markdown else _as_is
    edition = result.edition
    honoured = _honoured(edition)
    out = [heading(edition.name, 1)]
    if edition.notes:
        out += [esc(edition.notes), ""]
    for stage in result.stages:
        out.append(heading(stage.name or stage.id, 2))
        source_stage = next(s for s in edition.stages if s.id == stage.id)
        if source_stage.notes:
            out += [esc(source_stage.notes), ""]
        if stage.qualified:
            out += _items(
                "Qualified (recorded)",
                [
                    esc(
                        f"{q.team} ({q.notes}; {q.source})"
                        if q.notes
                        else f"{q.team} ({q.source})"
                    )
                    for q in stage.qualified
                ],
                True,
            )
        pots = iter(stage.pots)
        for phase in source_stage.phases:
            if phase.name:
                out.append(esc(f"{phase.name}:"))
                out.append("")
            if phase.notes:
                out += [esc(phase.notes), ""]
            for group in phase.groups:
                out += _group_lines(stage.group(group.id), heading, markdown, group)
            for ranking in phase.rankings:
                out += _ranking_lines(stage.ranking(ranking.id), heading, markdown)
            if phase.pots:
                drawn_pots = []
                for pot, drawn in zip(phase.pots, pots, strict=False):
                    teams = ", ".join(team or "unknown" for team in drawn.teams)
                    title = f"{pot.name} [{pot.id}]" if pot.name else pot.id
                    drawn_pots.append(esc(f"{title}: {teams}"))
                out += [*_items("Pots of the draw", drawn_pots, markdown), ""]
            for tie in phase.ties:
                result_tie = stage.tie(tie.id)
                out += _tie_lines(
                    result_tie, heading, esc, won=honoured.get(tie.id, ""), source=tie
                )
        if not stage.groups and not stage.ties and not stage.qualified:
            out += ["No result recorded.", ""]
    out.append(heading("What the record does not say", 2))
    out += [f"- {esc(str(unknown))}" for unknown in result.unknowns] or ["- nothing"]
    out.append("")
    if result.contradictions:
        out.append(heading("Recorded facts that contradict the results", 2))
        out += [f"- {esc(str(c))}" for c in result.contradictions]
        out.append("")
    if result.placings:
        out += _items(
            "Final placings", [esc(_place(p)) for p in result.placings], markdown
        )
    if edition.promoted:
        promoted = ", ".join(team or "unknown" for team in result.promoted)
        out += _field(esc(f"Promoted: {promoted}"), markdown)
    if edition.relegated:
        relegated = ", ".join(team or "unknown" for team in result.relegated)
        out += _field(esc(f"Relegated: {relegated}"), markdown)
    champion = result.champion or "unknown"
    out += _field(esc(f"Champion: {champion} ({result.champion_provenance})"), markdown)
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") if markdown else text


def render_table(
    group: GroupResult, fmt: str = "text", source: Group | None = None
) -> str:
    """One group of a replay in *fmt*.

    Given the edition's *source* group, its source, notes and matches (with their
    dates and venues) are shown, and each ruling beside the match it was taken on.

    >>> import copaperu as cp
    >>> group = cp.replay(cp.load_edition("copa-peru-1997")).group("final-round-group")
    >>> "Juan Aurich" in render_table(group)
    True
    """
    if fmt == "json":
        return as_json(group)
    heading = _md_heading if fmt == "markdown" else _text_heading
    text = "\n".join(_group_lines(group, heading, fmt == "markdown", source))
    if fmt == "markdown":
        return re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return text


def _text_heading(title: str, level: int) -> str:
    line = "=" if level == 1 else "-"
    return f"{title}\n{line * len(title)}\n"


def _md_heading(title: str, level: int) -> str:
    return f"{'#' * (level + 1)} {markdown_text(title)}\n"


def _as_is(text: str) -> str:
    return text


# What Markdown (and the HTML it becomes) would act on in text from a file:
# anywhere in a line, and at the start of one.
_MARKDOWN_ACTIVE: Final = re.compile(r"([\\`*_\[\]|<>&~])")
_MARKDOWN_LEADING: Final = re.compile(r"^(\s*)(\d+(?=[.)])|)([#>+=.)-])", re.MULTILINE)


def markdown_text(text: str) -> str:
    r"""*text* from a file, escaped so that Markdown shows it as written.

    No raw HTML, no emphasis, links, headings, lists or table cells made of a
    team's name or a note.

    >>> print(markdown_text("<b>Real</b> *Garcilaso* | [1]"))
    \<b\>Real\</b\> \*Garcilaso\* \| \[1\]
    >>> print(markdown_text("# not a heading"))
    \# not a heading
    """
    escaped = _MARKDOWN_ACTIVE.sub(r"\\\1", text)
    return _MARKDOWN_LEADING.sub(_escape_leading, escaped)


def _escape_leading(found: re.Match[str]) -> str:
    indent, number, marker = found.group(1), found.group(2), found.group(3)
    if not number and marker in ".)":
        return found.group(0)  # a line that starts with "." or ")" means nothing
    return f"{indent}{number}\\{marker}"


def _items(label: str, items: Sequence[str], markdown: bool) -> list[str]:
    """A label and its items: indented lines in text, a Markdown list."""
    if not markdown:
        return [f"{label}:", *(f"  {item}" for item in items)]
    return ["", f"{label}:", "", *(f"- {item}" for item in items), ""]


def _field(text: str, markdown: bool) -> list[str]:
    """A line of facts (``Source: ...``): a line in text, a paragraph in Markdown."""
    return ["", text, ""] if markdown else [text]


def _md_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], right: int
) -> list[str]:
    """A GFM table; the columns from *right* on are aligned right."""
    align = ["---" if i < right else "---:" for i in range(len(header))]
    lines = ["", "| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _fence(lines: Sequence[str]) -> str:
    """A code fence longer than any run of backticks in *lines*."""
    longest = max(
        (len(run) for line in lines for run in re.findall("`+", line)), default=0
    )
    return "`" * max(3, longest + 1)


def _group_lines(
    group: GroupResult,
    heading: Callable[[str, int], str],
    fence: bool,
    source: Group | None = None,
) -> list[str]:
    esc: Callable[[str], str] = markdown_text if fence else _as_is
    out = [heading(f"{group.name} [{group.id}]" if group.name else group.id, 3)]
    matches = source.matches if source is not None else ()
    if source is not None:
        out += _about(source.source, source.notes, esc, fence)
    if group.results_expected:
        known = f"{group.results_known} of {group.results_expected} results recorded"
    elif None in group.teams:
        known = "entrants not all known"
    else:
        known = "no fixture recorded"
    out += _field(f"Results: {known}{' (complete)' if group.complete else ''}", fence)
    if group.standings is not None:
        out += _standings_lines(group.standings, fence, complete=group.complete)
    rulings = _ruling_lines(group.standings, matches)
    if rulings:
        out += (
            _items("Rulings", [esc(line.strip()) for line in rulings], True)
            if fence
            else rulings
        )
    playoffs = source.playoffs if source is not None else ()
    if playoffs:
        lines = [line for match in playoffs for line in _match_lines(match)]
        out += (
            _items("Play-offs", [esc(line.strip()) for line in lines], True)
            if fence
            else ["Play-offs:", *(esc(line) for line in lines)]
        )
    if matches:
        lines = [line for match in matches for line in _match_lines(match)]
        out += (
            _items("Matches", [esc(line.strip()) for line in lines], True)
            if fence
            else ["Matches:", *lines]
        )
    out += _items("Places", [esc(_place(p)) for p in group.places], fence)
    out.append("")
    return out


def _about(
    source: str, notes: str, esc: Callable[[str], str], markdown: bool = False
) -> list[str]:
    """A group's or tie's source and notes, when it has them."""
    if markdown:
        out = _field(f"Source: {esc(source)}", True) if source else []
        if notes:
            out += _field(
                "Notes: " + " ".join(esc(line) for line in notes.splitlines()), True
            )
        return out
    out = [f"Source: {esc(source)}"] if source else []
    if notes:
        out += [
            f"Notes: {esc(line)}" if i == 0 else f"  {esc(line)}"
            for i, line in enumerate(notes.splitlines())
        ]
    return out


def _match_lines(match: Match) -> list[str]:
    """A match as the record has it: date, score, venue, label, source, notes."""
    text = f"  {match.date.isoformat()}  {match}" if match.date else f"  {match}"
    if match.venue:
        text += f", {match.venue}"
    if match.label:
        text += f" ({match.label})"
    if match.source:
        text += f" [{match.source}]"
    return [text] + [f"    {line}" for line in match.notes.splitlines()]


def _ruling_lines(table: Standings | None, matches: Sequence[Match]) -> list[str]:
    """Each ruling of the table, with the match it was taken on.

    With the group's matches: the match, its on-field and its official results.
    """
    out: list[str] = []
    shown: list[object] = []
    for match in matches:
        for ruling in match.rulings:
            official = official_result(match)
            played = str(match.score) if match.score is not None else "no result"
            counted = (
                str(official.score)
                if official.score is not None
                else str(official.status).replace("_", " ")
            )
            when = f" ({match.date.isoformat()})" if match.date else ""
            out.append(
                f"  ruling on {match.home} v {match.away}{when}: {played} on the "
                f"pitch, {counted} official: {ruling}"
            )
            shown.append(ruling)
    for row in table.rows if table is not None else ():
        for other in row.rulings:
            if other not in shown:
                shown.append(other)
                out.append(f"  ruling: {other}")
    return out


def _standings_lines(table: Standings, fence: bool, *, complete: bool) -> list[str]:
    label = "Table" if complete else "Table of the recorded results only"
    explanation = str(table.explain())
    if not fence:
        out = [f"{label}:", *str(table).splitlines()]
        return out + [f"  {line}" for line in explanation.splitlines() if explanation]
    header = ["Pos", "Team", "P", "W", "D", "L", "GF", "GA", "GD", "Pts"]
    rows = [
        [
            str(row.position),
            markdown_text(row.team),
            *(
                str(v)
                for v in (
                    row.played,
                    row.won,
                    row.drawn,
                    row.lost,
                    row.goals_for,
                    row.goals_against,
                )
            ),
            f"{row.goal_difference:+d}" if row.goal_difference else "0",
            str(row.points),
        ]
        for row in table.rows
    ]
    out = ["", f"{label}:", *_md_table(header, rows, right=2)]
    if explanation:
        out += _items(
            "Why", [markdown_text(line) for line in explanation.splitlines()], True
        )
    return out


def _ranking_lines(
    ranking: RankingResult, heading: Callable[[str, int], str], fence: bool
) -> list[str]:
    esc: Callable[[str], str] = markdown_text if fence else _as_is
    title = f"{ranking.name} [{ranking.id}]" if ranking.name else ranking.id
    out = [heading(title, 3)]
    if ranking.standings is not None:
        out += _standings_lines(ranking.standings, fence, complete=True)
    out += _items("Places", [esc(_place(p)) for p in ranking.places], fence)
    if ranking.slots:
        slots = [
            f"{esc(slot)}: {esc(team or 'unknown')}" for slot, team in ranking.slots
        ]
        out += _items("Slots", slots, fence)
    out.append("")
    return out


def _place(placed: Placed) -> str:
    text = str(placed)
    if placed.provenance in {Provenance.RECORDED, Provenance.INFERRED} and placed.notes:
        text += f" -- {placed.notes}"
    return text


def _honoured(edition: Edition) -> dict[str, str]:
    """The ties whose winner the edition's honours name, with what the winner won.

    A final (its winner the champion) or a third-place match (its winner third):
    their winner wins something rather than goes through.
    """
    won: dict[str, str] = {}
    honours = [("the final", edition.champion)]
    honours += [(f"{ordinal(p.place)} place", p.team) for p in edition.placings]
    for what, entrant in honours:
        if isinstance(entrant, Reference) and entrant.kind is ReferenceKind.WINNER:
            won.setdefault(entrant.of, what)
    return won


def _tie_lines(
    tie: TieResult,
    heading: Callable[[str, int], str],
    esc: Callable[[str], str],
    *,
    won: str = "",
    source: Tie | None = None,
) -> list[str]:
    markdown = esc is markdown_text
    out = [heading(f"{tie.name} [{tie.id}]" if tie.name else tie.id, 3)]
    if source is not None:
        out += _about(source.source, source.notes, esc, markdown)
    first, second = (team or "unknown" for team in tie.teams)
    out += _field(esc(f"{first} v {second}"), markdown)
    if tie.outcome is not None:
        played = [line for match in tie.outcome.matches for line in _match_lines(match)]
        steps = tie_explanation(tie.outcome, won=won).splitlines()
        if tie.outcome.winner is None and tie.winner is not None:
            # The record names the winner; how the tie was settled it does not say.
            steps[-1] = (
                "not decided by the matches recorded: by the rules it "
                f"{steps[-1].removeprefix('undecided: ')}; how it was settled is not "
                "recorded"
            )
        if markdown:
            out += _items("Matches", [esc(line.strip()) for line in played], True)
            out += _items("How it was decided", [esc(line) for line in steps], True)
        else:
            out += played + [f"  {line}" for line in steps]
    winner = tie.winner or "unknown"
    how = str(tie.provenance) + (f", {tie.source}" if tie.source else "")
    label = "Winner" if won else "Through"  # the honours name its winner
    out += _field(esc(f"{label}: {winner} ({how})"), markdown)
    if tie.notes and tie.provenance is not Provenance.COMPUTED:
        out += _field(esc(tie.notes), True) if markdown else [f"  {tie.notes}"]
    out.append("")
    return out


def render_simulation(
    result: SimulationResult, edition: Edition, fmt: str = "text"
) -> str:
    """A simulation's counts as a person reads them: shares of runs, in *fmt*.

    The title odds, then each group's and ranking's places, then how often each
    team reached each phase of ties; JSON is the counts themselves.

    >>> import copaperu as cp
    >>> from copaperu.simulate import SimulationResult
    >>> print(render_simulation(SimulationResult(edition="copa-peru-1997", runs=4,
    ...     seed=1, model="a model", champions=(("Juan Aurich", 3), ("", 1))),
    ...     cp.load_edition("copa-peru-1997")))
    Copa Perú 1997: 4 runs, seed 1
    Model: a model
    <BLANKLINE>
    Champion:
     Team          Share
     Juan Aurich   75.0%
     (undecided)   25.0%
    """
    if fmt == "json":
        return as_json(result)
    markdown = fmt == "markdown"
    heading = _md_heading if markdown else _text_heading
    esc: Callable[[str], str] = markdown_text if markdown else _as_is
    out = [
        esc(f"{edition.name}: {result.runs:,} runs, seed {result.seed}"),
        esc(f"Model: {result.model}"),
        "",
    ]
    runs = result.runs or 1
    champions = [(team or "(undecided)", count) for team, count in result.champions]
    out.append("Champion:" if not markdown else heading("Champion", 2))
    out += _share_table(
        ["Share"], [(team, [count]) for team, count in champions], runs, markdown
    )
    names = {g.id: g.name or g.id for _, g in edition.groups()}
    names |= {r.id: r.name or r.id for _, r in edition.rankings()}
    by_outcome: dict[str, dict[str, dict[int, int]]] = {}
    for where, team, place, count in result.places:
        by_outcome.setdefault(where, {}).setdefault(team, {})[place] = count
    for where, teams in by_outcome.items():
        places = sorted({place for counts in teams.values() for place in counts})
        rows = sorted(
            (
                (team, [counts.get(p, 0) for p in places])
                for team, counts in teams.items()
            ),
            key=lambda row: [-value for value in row[1]],
        )
        out.append("")
        title = f"{names.get(where, where)} [{where}]"
        out.append(esc(f"{title}:") if not markdown else heading(title, 2))
        out += _share_table([ordinal(p) for p in places], rows, runs, markdown)
    phases = {
        phase.id: phase.name or phase.id
        for stage in edition.stages
        for phase in stage.phases
        if phase.ties
    }
    reached: dict[str, list[tuple[str, list[int]]]] = {}
    for where, team, count in result.reached:
        reached.setdefault(where, []).append((team, [count]))
    for where, rows in reached.items():
        out.append("")
        title = f"Reached {phases.get(where, where)} [{where}]"
        out.append(esc(f"{title}:") if not markdown else heading(title, 2))
        ordered = sorted(rows, key=lambda row: (-row[1][0], row[0]))
        out += _share_table(["Share"], ordered, runs, markdown)
    return "\n".join(out)


def _share_table(
    columns: list[str], rows: list[tuple[str, list[int]]], runs: int, markdown: bool
) -> list[str]:
    """Rows of counts as percentages of *runs*, aligned (or a Markdown table)."""
    shown = [
        (team, [f"{100 * count / runs:.1f}%" for count in counts])
        for team, counts in rows
    ]
    if markdown:
        lines = [
            "",
            "| Team | " + " | ".join(columns) + " |",
            "| --- | " + " | ".join("---:" for _ in columns) + " |",
        ]
        lines += [
            f"| {markdown_text(team)} | " + " | ".join(cells) + " |"
            for team, cells in shown
        ]
        return lines
    width = max([len("Team"), *(display_width(team) for team, _ in shown)])
    cell = max([6, *(len(c) for c in columns)])
    lines = [f" {pad('Team', width)}  " + " ".join(f"{c:>{cell}}" for c in columns)]
    lines += [
        f" {pad(team, width)}  " + " ".join(f"{value:>{cell}}" for value in cells)
        for team, cells in shown
    ]
    return lines


def render_needs(needs: Needs, edition: Edition, fmt: str = "text") -> str:
    """What a team needs, in *fmt*: the statement, then each condition.

    >>> import copaperu as cp
    >>> from copaperu.simulate import needs_from_rows
    >>> needs = needs_from_rows(["A", "B"], [], [("A", "B")], cp.rules.CLASSIC,
    ...                         "A", 1, max_goals=1)
    >>> print(render_needs(needs, cp.load_edition("copa-peru-1997")))
    Copa Perú 1997: what A needs to finish first
    <BLANKLINE>
    A finishes first if it beats B. It ends level across first place on everything the scores decide if it draws with B. Otherwise it does not.
    """
    if fmt == "json":
        return as_json(needs)
    from ._words import condition_text, place_text

    esc: Callable[[str], str] = markdown_text if fmt == "markdown" else _as_is
    title = f"{edition.name}: what {needs.team} needs to {place_text(needs.target, finite=True)}"
    out = [
        _md_heading(title, 1) if fmt == "markdown" else esc(title),
        "",
        esc(str(needs)),
    ]
    if fmt == "markdown" and needs.conditions:
        out += ["", "Each way it can end:", ""]
        out += [
            f"- {esc(condition_text(c, needs.team))}: {esc(str(c.fate))}"
            for c in needs.conditions
        ]
    return "\n".join(out)


def wrap_text(text: str, width: int) -> str:
    """*text* with each long line wrapped to *width* terminal columns.

    A wrapped line's continuation keeps its indentation; table lines and lines
    already within *width* are left as they are.

    >>> print(wrap_text("Notes: " + "word " * 6, 20))
    Notes: word word
    word word word word
    """
    out = []
    for line in text.splitlines():
        if display_width(line) <= width:
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        out += textwrap.wrap(
            line,
            width=width,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        ) or [line]
    return "\n".join(out)
