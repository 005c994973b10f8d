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
from ._i18n import data_text as _d
from ._i18n import gettext_ as _
from ._i18n import ngettext, ordinal, use_texts
from ._official import MatchStatus, official_result
from ._replay import (
    EditionResult,
    GroupResult,
    Placed,
    Provenance,
    RankingResult,
    TieResult,
)
from ._standings import Standings, row_figures, table_headings
from ._validators import display_width, pad
from ._values import Match
from ._words import (
    honour_text,
    provenance_text,
    status_text,
    tie_explanation,
    tie_needs_text,
    when_text,
)
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
    with use_texts(result.edition.texts_in()):
        return _replay_text(result, fmt == "markdown")


def _unknown_team(team: str | None) -> str:
    return team if team is not None else _("unknown")


def _title(name: str, id: str) -> str:
    """A group's, ranking's or tie's heading: its name (translated) and its id."""
    return f"{_d(name)} [{id}]" if name else id


def _replay_text(result: EditionResult, markdown: bool) -> str:
    heading: Callable[[str, int], str] = _md_heading if markdown else _text_heading
    esc: Callable[[str], str] = markdown_text if markdown else _as_is
    edition = result.edition
    honoured = _honoured(edition)
    out = [heading(_d(edition.name), 1)]
    if edition.notes:
        out += [esc(_d(edition.notes)), ""]
    for stage in result.stages:
        out.append(heading(_d(stage.name) if stage.name else stage.id, 2))
        source_stage = next(s for s in edition.stages if s.id == stage.id)
        if source_stage.notes:
            out += [esc(_d(source_stage.notes)), ""]
        if stage.qualified:
            out += _items(
                _("Qualified (recorded)"),
                [
                    esc(
                        f"{q.team} ({_d(q.notes)}; {q.source})"
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
                out.append(esc(f"{_d(phase.name)}:"))
                out.append("")
            if phase.notes:
                out += [esc(_d(phase.notes)), ""]
            for group in phase.groups:
                out += _group_lines(stage.group(group.id), heading, markdown, group)
            for ranking in phase.rankings:
                out += _ranking_lines(stage.ranking(ranking.id), heading, markdown)
            if phase.pots:
                drawn_pots = []
                for pot, drawn in zip(phase.pots, pots, strict=False):
                    teams = ", ".join(_unknown_team(team) for team in drawn.teams)
                    drawn_pots.append(esc(f"{_title(pot.name, pot.id)}: {teams}"))
                out += [*_items(_("Pots of the draw"), drawn_pots, markdown), ""]
            for tie in phase.ties:
                result_tie = stage.tie(tie.id)
                out += _tie_lines(
                    result_tie, heading, esc, won=honoured.get(tie.id, ""), source=tie
                )
        if not stage.groups and not stage.ties and not stage.qualified:
            out += [_("No result recorded."), ""]
    out.append(heading(_("What the record does not say"), 2))
    out += [f"- {esc(str(unknown))}" for unknown in result.unknowns] or [
        "- " + _("nothing")
    ]
    out.append("")
    if result.contradictions:
        out.append(heading(_("Recorded facts that contradict the results"), 2))
        out += [f"- {esc(str(c))}" for c in result.contradictions]
        out.append("")
    if result.placings:
        out += _items(
            _("Final placings"), [esc(_place(p)) for p in result.placings], markdown
        )
    if edition.promoted:
        promoted = ", ".join(_unknown_team(team) for team in result.promoted)
        out += _field(esc(_("Promoted: {teams}").format(teams=promoted)), markdown)
    if edition.relegated:
        relegated = ", ".join(_unknown_team(team) for team in result.relegated)
        out += _field(esc(_("Relegated: {teams}").format(teams=relegated)), markdown)
    champion = _("Champion: {team} ({how})").format(
        team=_unknown_team(result.champion),
        how=provenance_text(result.champion_provenance),
    )
    out += _field(esc(champion), markdown)
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
    return f"{title}\n{line * display_width(title)}\n"


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


def _group_lines(
    group: GroupResult,
    heading: Callable[[str, int], str],
    fence: bool,
    source: Group | None = None,
) -> list[str]:
    esc: Callable[[str], str] = markdown_text if fence else _as_is
    out = [heading(_title(group.name, group.id), 3)]
    matches = source.matches if source is not None else ()
    if source is not None:
        out += _about(source.source, source.notes, esc, fence)
    # A match not played is settled (it counts for nothing), but it is no result.
    unplayed = sum(
        1 for m in matches if official_result(m).status is MatchStatus.NOT_PLAYED
    )
    if group.complete and not unplayed:
        known = _("Results: {known} of {expected} results recorded (complete)")
    elif unplayed:
        known = ngettext(
            "Results: {known} of {expected} results recorded; {n} match not played",
            "Results: {known} of {expected} results recorded; {n} matches not played",
            unplayed,
        )
    elif group.results_expected:
        known = _("Results: {known} of {expected} results recorded")
    elif None in group.teams:
        known = _("Results: entrants not all known")
    else:
        known = _("Results: no fixture recorded")
    out += _field(
        known.format(
            known=group.results_known - unplayed,
            expected=group.results_expected,
            n=unplayed,
        ),
        fence,
    )
    if group.standings is not None:
        out += _standings_lines(group.standings, fence, complete=group.complete)
    rulings = _ruling_lines(group.standings, matches)
    if rulings:
        out += (
            _items(_("Rulings"), [esc(line.strip()) for line in rulings], True)
            if fence
            else rulings
        )
    playoffs = source.playoffs if source is not None else ()
    if playoffs:
        lines = [line for match in playoffs for line in _match_lines(match)]
        out += (
            _items(_("Play-offs"), [esc(line.strip()) for line in lines], True)
            if fence
            else [_("Play-offs") + ":", *(esc(line) for line in lines)]
        )
    if matches:
        lines = [line for match in matches for line in _match_lines(match)]
        out += (
            _items(_("Matches"), [esc(line.strip()) for line in lines], True)
            if fence
            else [_("Matches") + ":", *lines]
        )
    out += _items(_("Places"), [esc(_place(p)) for p in group.places], fence)
    out.append("")
    return out


def _about(
    source: str, notes: str, esc: Callable[[str], str], markdown: bool = False
) -> list[str]:
    """A group's or tie's source and notes, when it has them."""
    said = _("Source: {source}")
    notes = _d(notes)
    if markdown:
        out = _field(said.format(source=esc(source)), True) if source else []
        if notes:
            lines = " ".join(esc(line) for line in notes.splitlines())
            out += _field(_("Notes: {notes}").format(notes=lines), True)
        return out
    out = [said.format(source=esc(source))] if source else []
    if notes:
        out += [
            _("Notes: {notes}").format(notes=esc(line)) if i == 0 else f"  {esc(line)}"
            for i, line in enumerate(notes.splitlines())
        ]
    return out


def _match_lines(match: Match) -> list[str]:
    """A match as the record has it: date, score, venue, label, source, notes."""
    when = when_text(match)
    text = f"  {when}  {match}" if when else f"  {match}"
    if match.venue:
        text += f", {_d(match.venue)}"
    if match.label:
        text += f" ({_d(match.label)})"
    if match.source:
        text += f" [{match.source}]"
    return [text] + [f"    {line}" for line in _d(match.notes).splitlines()]


def _ruling_lines(table: Standings | None, matches: Sequence[Match]) -> list[str]:
    """Each ruling of the table, with the match it was taken on.

    With the group's matches: the match, its on-field and its official results.
    """
    out: list[str] = []
    shown: list[object] = []
    for match in matches:
        for ruling in match.rulings:
            official = official_result(match)
            played = str(match.score) if match.score is not None else _("no result")
            counted = (
                str(official.score)
                if official.score is not None
                else status_text(official.status)
            )
            teams = _("{home} v {away}").format(home=match.home, away=match.away)
            when = f" ({match.date.isoformat()})" if match.date else ""
            said = _(
                "ruling on {match}: {played} on the pitch, officially {counted}: {ruling}"
            ).format(match=teams + when, played=played, counted=counted, ruling=ruling)
            out.append(f"  {said}")
            shown.append(ruling)
    for row in table.rows if table is not None else ():
        for other in row.rulings:
            if other not in shown:
                shown.append(other)
                out.append("  " + _("ruling: {ruling}").format(ruling=other))
    return out


def _standings_lines(table: Standings, fence: bool, *, complete: bool) -> list[str]:
    label = _("Table") if complete else _("Table of the recorded results only")
    explanation = str(table.explain())
    if not fence:
        out = [f"{label}:", *str(table).splitlines()]
        return out + [f"  {line}" for line in explanation.splitlines() if explanation]
    header = list(table_headings())
    rows = [
        [str(row.position), markdown_text(row.team), *row_figures(row)]
        for row in table.rows
    ]
    out = ["", f"{label}:", *_md_table(header, rows, right=2)]
    if explanation:
        out += _items(
            _("Why"), [markdown_text(line) for line in explanation.splitlines()], True
        )
    return out


def _ranking_lines(
    ranking: RankingResult, heading: Callable[[str, int], str], fence: bool
) -> list[str]:
    esc: Callable[[str], str] = markdown_text if fence else _as_is
    out = [heading(_title(ranking.name, ranking.id), 3)]
    if ranking.standings is not None:
        out += _standings_lines(ranking.standings, fence, complete=True)
    out += _items(_("Places"), [esc(_place(p)) for p in ranking.places], fence)
    if ranking.slots:
        slots = [
            f"{esc(slot)}: {esc(_unknown_team(team))}" for slot, team in ranking.slots
        ]
        out += _items(_("Slots"), slots, fence)
    out.append("")
    return out


def _place(placed: Placed) -> str:
    text = str(placed)
    if placed.provenance in {Provenance.RECORDED, Provenance.INFERRED} and placed.notes:
        text += f" -- {_d(placed.notes)}"
    return text


def _honoured(edition: Edition) -> dict[str, str]:
    """The ties whose winner the edition's honours name, with what the winner won.

    A final (its winner the champion) or a third-place match (its winner third):
    their winner wins something rather than goes through.
    """
    won: dict[str, str] = {}
    honours = [(honour_text(None), edition.champion)]
    honours += [(honour_text(p.place), p.team) for p in edition.placings]
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
    out = [heading(_title(tie.name, tie.id), 3)]
    if source is not None:
        out += _about(source.source, source.notes, esc, markdown)
    first, second = (_unknown_team(team) for team in tie.teams)
    out += _field(esc(_("{home} v {away}").format(home=first, away=second)), markdown)
    if tie.outcome is not None:
        played = [line for match in tie.outcome.matches for line in _match_lines(match)]
        steps = tie_explanation(tie.outcome, won=won).splitlines()
        if tie.outcome.winner is None and tie.winner is not None:
            # The record names the winner; how the tie was settled it does not say.
            steps[-1] = _(
                "not decided by the matches recorded: by the rules it needs {needs}; "
                "how it was settled is not recorded"
            ).format(needs=tie_needs_text(tie.outcome))
        if markdown:
            out += _items(_("Matches"), [esc(line.strip()) for line in played], True)
            out += _items(_("How it was decided"), [esc(line) for line in steps], True)
        else:
            out += played + [f"  {line}" for line in steps]
    how = provenance_text(tie.provenance) + (f", {tie.source}" if tie.source else "")
    # The honours name a final's winner; any other tie's goes through.
    label = _("Winner: {team} ({how})") if won else _("Through: {team} ({how})")
    out += _field(esc(label.format(team=_unknown_team(tie.winner), how=how)), markdown)
    if tie.notes and tie.provenance is not Provenance.COMPUTED:
        notes = _d(tie.notes)
        out += _field(esc(notes), True) if markdown else [f"  {notes}"]
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
    with use_texts(edition.texts_in()):
        return _simulation_text(result, edition, markdown)


def _simulation_text(result: SimulationResult, edition: Edition, markdown: bool) -> str:
    heading = _md_heading if markdown else _text_heading
    esc: Callable[[str], str] = markdown_text if markdown else _as_is
    runs_text = ngettext("{runs} run", "{runs} runs", result.runs).format(
        runs=f"{result.runs:,}"
    )
    seed = _("seed {seed}").format(seed=result.seed)
    out = [
        esc(f"{_d(edition.name)}: {runs_text}, {seed}"),
        esc(_("Model: {model}").format(model=result.model)),
        "",
    ]
    runs = result.runs or 1
    undecided = _("(undecided)")
    champions = [(team or undecided, count) for team, count in result.champions]
    share = _("Share")
    champion = _("Champion")
    out.append(f"{champion}:" if not markdown else heading(champion, 2))
    out += _share_table(
        [share], [(team, [count]) for team, count in champions], runs, markdown
    )
    names = {g.id: _d(g.name) or g.id for _, g in edition.groups()}
    names |= {r.id: _d(r.name) or r.id for _, r in edition.rankings()}
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
        phase.id: _d(phase.name) or phase.id
        for stage in edition.stages
        for phase in stage.phases
        if phase.ties
    }
    reached: dict[str, list[tuple[str, list[int]]]] = {}
    for where, team, count in result.reached:
        reached.setdefault(where, []).append((team, [count]))
    for where, rows in reached.items():
        out.append("")
        title = _("Reached {phase}").format(phase=phases.get(where, where))
        title += f" [{where}]"
        out.append(esc(f"{title}:") if not markdown else heading(title, 2))
        ordered = sorted(rows, key=lambda row: (-row[1][0], row[0]))
        out += _share_table([share], ordered, runs, markdown)
    return "\n".join(out)


def _share_table(
    columns: list[str], rows: list[tuple[str, list[int]]], runs: int, markdown: bool
) -> list[str]:
    """Rows of counts as percentages of *runs*, aligned (or a Markdown table)."""
    shown = [
        (team, [f"{100 * count / runs:.1f}%" for count in counts])
        for team, counts in rows
    ]
    team_heading = _("Team")
    if markdown:
        lines = [
            "",
            f"| {team_heading} | " + " | ".join(columns) + " |",
            "| --- | " + " | ".join("---:" for _ in columns) + " |",
        ]
        lines += [
            f"| {markdown_text(team)} | " + " | ".join(cells) + " |"
            for team, cells in shown
        ]
        return lines
    width = max([display_width(team_heading), *(display_width(t) for t, _c in shown)])
    cell = max([6, *(len(c) for c in columns)])
    lines = [
        f" {pad(team_heading, width)}  " + " ".join(f"{c:>{cell}}" for c in columns)
    ]
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
    from ._words import condition_text, fate_text, place_text

    esc: Callable[[str], str] = markdown_text if fmt == "markdown" else _as_is
    title = _("{edition}: what {team} needs to {place}").format(
        edition=edition.name,
        team=needs.team,
        place=place_text(needs.target, finite=True),
    )
    out = [
        _md_heading(title, 1) if fmt == "markdown" else esc(title),
        "",
        esc(str(needs)),
    ]
    if fmt == "markdown" and needs.conditions:
        out += ["", _("Each way it can end:"), ""]
        out += [
            f"- {esc(condition_text(c, needs.team))}: {esc(fate_text(c.fate))}"
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
