"""Layer 8, on top: a replay as one self-contained HTML page, brackets as SVG.

:func:`report_html` writes a static page -- inline CSS and SVG, no script, no
network -- with each stage's tables (qualification marked, the reasons for the
order under each), every match with its date and venue, each knockout stage as
a bracket (:func:`bracket_svg`), what is unknown drawn as unknown, the sources
as links and, given a simulation, its odds as a heat map.

>>> import copaperu as cp
>>> from copaperu import report
>>> page = report.report_html(cp.replay(cp.load_edition("copa-peru-1997")))
>>> page.startswith("<!DOCTYPE html>"), "<script" in page
(True, False)
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from ._competition import Edition, Group, Phase, Reference, Tie
from ._i18n import current_language, ngettext, ordinal, use_texts
from ._i18n import data_text as _d
from ._i18n import gettext_ as _
from ._knockout import DecidedBy
from ._public import publish
from ._replay import EditionResult, GroupResult, Placed, RankingResult, TieResult
from ._standings import Standings, row_figures, table_headings
from ._values import Match
from ._words import decided_by_text, provenance_text, tie_explanation, when_text
from .simulate import SimulationResult

__all__ = ["bracket_svg", "report_html"]

_BOX_W, _BOX_H, _GAP_X, _GAP_Y = 210, 46, 40, 14

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;
color:#1d2330;background:#f7f8fa}
main{max-width:1180px;margin:0 auto;padding:24px}
h1{margin:.2em 0}h2{border-bottom:2px solid #d0d5dd;padding-bottom:4px;margin-top:2em}
h3{margin-top:1.5em}
table{border-collapse:collapse;margin:.5em 0;background:#fff}
th,td{padding:3px 8px;border-bottom:1px solid #e3e6ea;text-align:right}
th:nth-child(2),td:nth-child(2){text-align:left}
tr.q td{background:#e8f5ec}tr.q td:first-child{box-shadow:inset 3px 0 #2e9e57}
.unknown{color:#8a8f98;font-style:italic}
.note{color:#4a5260;max-width:80ch}
details{margin:.3em 0}summary{cursor:pointer;color:#35507a}
ul.matches{list-style:none;padding-left:0}ul.matches li{padding:2px 0}
.bracket{overflow-x:auto;max-width:100%;background:#fff;border:1px solid #e3e6ea}
.heat td{min-width:3.2em}
.ruling{color:#a05a00}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _team(team: str | None) -> str:
    if team is not None:
        return _e(team)
    return '<span class="unknown">' + _e(_("unknown")) + "</span>"


def bracket_svg(result: EditionResult, stage: str) -> str:
    """The knockout phases of stage *stage* as an SVG bracket.

    One column per phase with ties, in order; each tie a box with its two teams
    (the winner in bold, an unknown team written "unknown"), the legs' scores and
    how it was decided; a tie decided by a ruling is flagged. Lines join each tie
    to the ties whose winners it takes.

    >>> import copaperu as cp
    >>> svg = bracket_svg(cp.replay(cp.load_edition("fifa-world-cup-2018")),
    ...                   "knockout-stage")
    >>> svg.startswith("<svg"), svg.count('class="tie"')
    (True, 16)
    """
    with use_texts(result.edition.texts_in()):
        return _bracket(result, stage)


def _bracket(result: EditionResult, stage: str) -> str:
    edition = result.edition
    source = next(s for s in edition.stages if s.id == stage)
    done = result.stage(stage)
    phases = [phase for phase in source.phases if phase.ties]
    names = [_d(phase.name) if phase.name else phase.id for phase in phases]
    columns = [[done.tie(t.id) for t in ordered] for ordered in _bracket_order(phases)]
    rows = max((len(column) for column in columns), default=1)
    height = rows * (_BOX_H + _GAP_Y) + 40
    width = len(columns) * (_BOX_W + _GAP_X) + 10
    centre: dict[str, tuple[float, float]] = {}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="bracket-svg" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'font-family="system-ui, sans-serif" font-size="12">'
        f"<title>{_e(_d(edition.name))}: {_e(_d(source.name) or source.id)}</title>"
    ]
    for c, (column, name) in enumerate(zip(columns, names, strict=True)):
        x = 5 + c * (_BOX_W + _GAP_X)
        parts.append(f'<text x="{x}" y="16" font-weight="bold">{_e(name)}</text>')
        step = (height - 30) / max(len(column), 1)
        for r, tie in enumerate(column):
            y = 30 + step * r + (step - _BOX_H) / 2
            centre[tie.id] = (x, y + _BOX_H / 2)
            parts.append(_tie_box(tie, x, y))
    ties = {t.id: t for _, t in edition.ties()}
    for tie_id, (tx, ty) in centre.items():
        for entrant in ties[tie_id].entrants:
            if isinstance(entrant, Reference) and entrant.of in centre:
                fx, fy = centre[entrant.of]
                if fx < tx:
                    mid = fx + _BOX_W + _GAP_X / 2
                    parts.append(
                        f'<path d="M{fx + _BOX_W} {fy} H{mid} V{ty} H{tx}" '
                        'fill="none" stroke="#9aa3af"/>'
                    )
    parts.append("</svg>")
    return "".join(parts)


def _bracket_order(phases: Sequence[Phase]) -> list[list[Tie]]:
    """Each phase's ties in bracket order.

    The last phase as it is; each earlier one in the order the next phase's
    ties take their winners (or losers).
    """
    order = [list(phases[-1].ties)] if phases else []
    for phase in reversed(phases[:-1]):
        rank: dict[str, int] = {}
        for position, tie in enumerate(order[0]):
            for slot, entrant in enumerate(tie.entrants):
                if isinstance(entrant, Reference):
                    rank.setdefault(entrant.of, 2 * position + slot)
        ties = list(phase.ties)
        order.insert(
            0, sorted(ties, key=lambda t: rank.get(t.id, len(rank) + ties.index(t)))
        )
    return order


def _tie_box(tie: TieResult, x: float, y: float) -> str:
    """One tie: its two teams, the legs and how it was decided."""
    outcome = tie.outcome
    ruled = bool(outcome is not None and outcome.rulings)
    first, second = tie.teams
    lines = []
    for i, team in enumerate((first, second)):
        weight = "bold" if team is not None and team == tie.winner else "normal"
        style = ' fill="#8a8f98" font-style="italic"' if team is None else ""
        name = team if team is not None else _("unknown")
        lines.append(
            f'<text x="{x + 6}" y="{y + 15 + 14 * i}" font-weight="{weight}"{style}>'
            f"{_e(name)}</text>"
        )
    if outcome is not None:
        scores = " ".join(_leg_score(m) for m in outcome.matches)
        if outcome.decided_by is not None:
            how = decided_by_text(outcome.decided_by)
        elif tie.winner is not None:
            how = _("winner from the record")
        else:
            how = _("undecided")
        flag = (
            " · " + _("ruling")
            if ruled and outcome.decided_by is not DecidedBy.RULING
            else ""
        )
        lines.append(
            f'<text x="{x + 6}" y="{y + 42}" font-size="10" fill="#4a5260">'
            f"{_e(scores)} · {_e(how)}{flag}</text>"
        )
    border = "#a05a00" if ruled else "#9aa3af"
    title = (
        tie_explanation(outcome)
        if outcome is not None
        else _("{where}: no leg recorded").format(where=tie.id)
    )
    return (
        f'<g class="tie" data-tie="{_e(tie.id)}"><title>{_e(title)}</title>'
        f'<rect x="{x}" y="{y}" width="{_BOX_W}" height="{_BOX_H}" rx="4" '
        f'fill="#fff" stroke="{border}"/>{"".join(lines)}</g>'
    )


def _leg_score(match: Match) -> str:
    """A leg's score in a tie's box: after extra time, and the shoot-out's."""
    if match.score is None:
        return "?"
    score = str(match.score)
    if match.extra_time is not None:
        score = _("{score} a.e.t.").format(score=match.extra_time)
    if match.penalties is not None:
        score += " " + _("({score} pen.)").format(score=match.penalties)
    return score


def _table(standings: Standings, through: set[str], caption: str) -> list[str]:
    """A group's or ranking's table, the teams that go through (*through*) marked.

    The teams that go through are those placed within the places that go
    through, computed or recorded: two teams level across the line are not both
    marked when the record says which went on.
    """
    out = [f'<table class="standings"><caption>{_e(caption)}</caption>']
    out.append(
        "<tr>" + "".join(f"<th>{_e(h)}</th>" for h in table_headings()) + "</tr>"
    )
    for row in standings.rows:
        mark = ' class="q"' if row.team in through else ""
        cells = row_figures(row)
        out.append(
            f"<tr{mark}><td>{row.position}</td><td>{_e(row.team)}</td>"
            + "".join(f"<td>{_e(c)}</td>" for c in cells)
            + "</tr>"
        )
    out.append("</table>")
    reasons = str(standings.explain())
    if reasons:
        out.append("<details><summary>" + _e(_("Why this order")) + "</summary><ul>")
        out += [f"<li>{_e(line)}</li>" for line in reasons.splitlines()]
        out.append("</ul></details>")
    return out


def _match(match: Match) -> str:
    when = when_text(match)
    when = f"{when} " if when else ""
    where = f" — {_e(_d(match.venue))}" if match.venue else ""
    ruling = _e(_("ruling"))
    ruled = f' <span class="ruling">({ruling})</span>' if match.rulings else ""
    return f"<li>{_e(when)}{_e(match)}{where}{ruled}</li>"


def _through(places: Sequence[Placed], goes_through: int) -> set[str]:
    return {p.team for p in places if p.team is not None and p.place <= goes_through}


def _group(group: GroupResult, source: Group) -> list[str]:
    name = _d(group.name) or group.id
    out = [f"<h3>{_e(name)}</h3>"]
    if group.standings is not None:
        through = _through(group.places, source.goes_through)
        out += _table(group.standings, through, name)
    else:
        unknown = _("No table: its results are not known.")
        out.append(f'<p class="unknown">{_e(unknown)}</p>')
    matches = source.matches
    if matches:
        out.append(
            '<ul class="matches">' + "".join(_match(m) for m in matches) + "</ul>"
        )
    places = ", ".join(f"{ordinal(p.place)} {_team(p.team)}" for p in group.places)
    out.append("<p>" + _e(_("Places")) + f": {places}</p>")
    return out


def _ranking(ranking: RankingResult, advance: int) -> list[str]:
    name = _d(ranking.name) or ranking.id
    out = [f"<h3>{_e(name)}</h3>"]
    if ranking.standings is not None:
        out += _table(ranking.standings, _through(ranking.places, advance), name)
    return out


def _heat(result: SimulationResult) -> list[str]:
    """The simulation's title odds as a heat-map table."""
    counted = ngettext("{runs} run", "{runs} runs", result.runs).format(
        runs=f"{result.runs:,}"
    )
    seed = _("seed {seed}").format(seed=result.seed)
    team, champion = _("Team"), _("Champion")
    out = [
        "<h2>" + _e(_("Simulation")) + "</h2>",
        f"<p>{_e(counted)}, {_e(seed)}, {_e(result.model)}</p>",
        f'<table class="heat"><tr><th></th><th>{_e(team)}</th>'
        f"<th>{_e(champion)}</th></tr>",
    ]
    runs = result.runs or 1
    for team, count in result.champions:
        share = count / runs
        colour = f"rgba(46,158,87,{0.1 + 0.9 * share:.2f})"
        out.append(
            f"<tr><td></td><td>{_team(team or None)}</td>"
            f'<td style="background:{colour}">{100 * share:.1f}%</td></tr>'
        )
    out.append("</table>")
    return out


def report_html(
    result: EditionResult, simulation: SimulationResult | None = None
) -> str:
    """The replay *result* as one self-contained HTML page (and *simulation*'s odds).

    >>> import copaperu as cp
    >>> page = report_html(cp.replay(cp.load_edition("fifa-world-cup-2018")))
    >>> page.count("<svg"), "France" in page
    (1, True)
    """
    with use_texts(result.edition.texts_in()):
        return _report(result, simulation)


def _report(result: EditionResult, simulation: SimulationResult | None) -> str:
    edition: Edition = result.edition
    body = [f"<h1>{_e(_d(edition.name))}</h1>"]
    if edition.notes:
        body.append(f'<p class="note">{_e(_d(edition.notes))}</p>')
    for stage, done in zip(edition.stages, result.stages, strict=True):
        body.append(f"<h2>{_e(_d(stage.name) or stage.id)}</h2>")
        if stage.notes:
            body.append(f'<p class="note">{_e(_d(stage.notes))}</p>')
        for phase in stage.phases:
            if phase.name:
                body.append(f"<h3>{_e(_d(phase.name))}</h3>")
            for group in phase.groups:
                body += _group(done.group(group.id), group)
            for ranking in phase.rankings:
                body += _ranking(done.ranking(ranking.id), ranking.advance)
        if any(phase.ties for phase in stage.phases):
            body.append(f'<div class="bracket">{bracket_svg(result, stage.id)}</div>')
            body.append('<ul class="matches">')
            for tie in done.ties:
                legs = tie.outcome.matches if tie.outcome is not None else ()
                scores = "; ".join(_e(m) for m in legs) or (
                    '<span class="unknown">' + _e(_("no leg recorded")) + "</span>"
                )
                winner = _e(_("winner {team} ({how})")).format(
                    team=_team(tie.winner), how=_e(provenance_text(tie.provenance))
                )
                name = _e(_d(tie.name) or tie.id)
                body.append(f"<li><b>{name}</b>: {scores} — {winner}</li>")
            body.append("</ul>")
    body.append("<h2>" + _e(_("What the record does not say")) + "</h2><ul>")
    body += [f"<li>{_e(u)}</li>" for u in result.unknowns] or [
        "<li>" + _e(_("nothing")) + "</li>"
    ]
    body.append("</ul>")
    if result.contradictions:
        heading = _("Recorded facts that contradict the results")
        body.append(f"<h2>{_e(heading)}</h2><ul>")
        body += [f"<li>{_e(c)}</li>" for c in result.contradictions]
        body.append("</ul>")
    body.append("<h2>" + _e(_("Champion")) + f"</h2><p>{_team(result.champion)}</p>")
    if result.placings:
        body.append(
            "<ul>"
            + "".join(
                f"<li>{ordinal(p.place)}: {_team(p.team)}</li>" for p in result.placings
            )
            + "</ul>"
        )
    if simulation is not None:
        body += _heat(simulation)
    if edition.sources:
        body.append("<h2>" + _e(_("Sources")) + "</h2><ul>")
        for s in edition.sources:
            label = _e(s.title or s.key)
            link = (
                f'<a href="{_e(s.url)}">{label}</a>'
                if s.url.startswith(("http://", "https://"))
                else label
            )
            body.append(f"<li>[{_e(s.key)}] {link}</li>")
        body.append("</ul>")
    return (
        f'<!DOCTYPE html><html lang="{current_language()}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(_d(edition.name))}</title><style>{_CSS}</style></head>"
        f"<body><main>{''.join(body)}</main></body></html>\n"
    )


publish(globals(), __all__, __name__)
del publish  # the bookkeeping is not part of this module's namespace
