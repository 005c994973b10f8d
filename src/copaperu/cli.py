"""The ``copaperu`` command line: replay, tables, checks and the bundled editions.

>>> build_parser().parse_args(["replay", "copa-peru-1998"]).command
'replay'
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import final

import attrs

from . import __version__, editions
from ._competition import Edition
from ._config import load
from ._extras import require
from ._i18n import (
    available_languages,
    data_text,
    language_from_environment,
    ngettext,
    use_language,
    use_texts,
)
from ._i18n import gettext_ as _
from ._render import (
    FORMATS,
    as_json,
    render_needs,
    render_replay,
    render_simulation,
    render_table,
    wrap_text,
)
from ._replay import EditionResult, GroupResult, replay
from .errors import ConfigError, CopaperuError
from .simulate import Needs, SimulationResult

__all__ = [
    "JSON_OUTPUT",
    "BundledEdition",
    "CheckReport",
    "EditionsReport",
    "build_parser",
    "colour_text",
    "colour_wanted",
    "main",
]


@final
@attrs.frozen(kw_only=True)
class CheckReport:
    """What ``copaperu check --format json`` prints: an edition file that passed.

    A file with problems prints no report: each problem goes to standard error
    and the exit status is 1.

    >>> import copaperu as cp
    >>> cp.to_data(CheckReport(edition="tiny", name="Tiny Cup", ok=True, stages=1,
    ...                        groups=2, ties=0))
    {'edition': 'tiny', 'name': 'Tiny Cup', 'ok': True, 'stages': 1, 'groups': 2, 'ties': 0}
    """

    edition: str
    """The edition's id."""
    name: str
    """The edition's name."""
    ok: bool
    """Whether the file passed the check (always ``true`` in a report)."""
    stages: int
    """How many stages the edition has."""
    groups: int
    """How many groups, over all its stages."""
    ties: int
    """How many ties, over all its stages."""


@final
@attrs.frozen(kw_only=True)
class BundledEdition:
    """An edition bundled with copaperu, as ``copaperu editions`` lists it.

    >>> import copaperu as cp
    >>> cp.to_data(BundledEdition(id="copa-peru-1998", name="Copa Perú 1998"))
    {'id': 'copa-peru-1998', 'name': 'Copa Perú 1998'}
    """

    id: str
    """Its id, which the commands take for NAME."""
    name: str
    """Its name."""


@final
@attrs.frozen(kw_only=True)
class EditionsReport:
    """What ``copaperu editions --format json`` prints: the bundled editions.

    >>> import copaperu as cp
    >>> report = EditionsReport(
    ...     editions=(BundledEdition(id="copa-peru-1998", name="Copa Perú 1998"),))
    >>> cp.to_data(report)
    {'editions': [{'id': 'copa-peru-1998', 'name': 'Copa Perú 1998'}]}
    """

    editions: tuple[BundledEdition, ...]
    """Each bundled edition, in order of id."""


JSON_OUTPUT: dict[str, type] = {
    "replay": EditionResult,
    "table": GroupResult,
    "check": CheckReport,
    "editions": EditionsReport,
    "simulate": SimulationResult,
    "needs": Needs,
}
"""The value each command prints with ``--format json``, as :func:`copaperu.to_data`
writes it; ``copaperu/schemas/`` ships the JSON Schema of each.

>>> JSON_OUTPUT["replay"].__name__
'EditionResult'
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``copaperu`` command.

    >>> build_parser().prog
    'copaperu'
    """
    parser = argparse.ArgumentParser(
        prog="copaperu",
        description=_("Replay football competitions from their rules and records."),
    )
    parser.add_argument(
        "--version", action="version", version=f"copaperu {__version__}"
    )
    _common_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def with_format(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        _common_options(sub, top=False)
        sub.add_argument(
            "--format",
            choices=FORMATS,
            default="text",
            help=_("output format (default: text)"),
        )
        return sub

    replay = with_format(
        commands.add_parser(
            "replay",
            help=_(
                "replay an edition: every table, tie, ruling and unknown, to the champion"
            ),
        )
    )
    _edition_argument(replay)
    table = with_format(
        commands.add_parser("table", help=_("one group's table after the replay"))
    )
    _edition_argument(table)
    table.add_argument("--group", required=True, metavar="ID", help=_("the group's id"))
    check = with_format(
        commands.add_parser("check", help=_("validate an edition file"))
    )
    _edition_argument(check)
    simulate = with_format(
        commands.add_parser(
            "simulate",
            help=_(
                "play out the matches an edition has left, many times, by its rules"
            ),
        )
    )
    _edition_argument(simulate)
    simulate.add_argument(
        "--runs", type=int, default=1000, metavar="N", help=_("how many runs (1000)")
    )
    simulate.add_argument(
        "--seed",
        type=int,
        default=0,
        metavar="S",
        help=_("the seed (0): same seed, same counts"),
    )
    simulate.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="W",
        help=_("processes to run the runs on (1: this one)"),
    )
    simulate.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help=_("a Dask scheduler to run the runs on (needs copaperu[dask])"),
    )
    simulate.add_argument(
        "--model",
        choices=("poisson", "elo"),
        default="poisson",
        help=_("the match model, every team average (poisson)"),
    )
    needs = with_format(
        commands.add_parser(
            "needs",
            help=_("what a team needs from its group's remaining matches, exactly"),
        )
    )
    _edition_argument(needs)
    needs.add_argument("team", metavar="TEAM", help=_("the team"))
    needs.add_argument(
        "--group", default="", metavar="ID", help=_("the group (default: the team's)")
    )
    needs.add_argument(
        "--target",
        type=int,
        metavar="N",
        help=_("the place to reach or better (default: the places that go through)"),
    )
    needs.add_argument(
        "--max-goals",
        type=int,
        default=5,
        metavar="G",
        help=_("goals a team counted up to in each remaining match (5)"),
    )
    report = commands.add_parser(
        "report", help=_("one self-contained HTML page: tables, brackets, sources")
    )
    _common_options(report, top=False)
    _edition_argument(report)
    report.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=_("the HTML file to write"),
    )
    report.add_argument(
        "--simulate",
        type=int,
        default=0,
        metavar="N",
        help=_("also simulate what is left N times and show the odds (seed 0)"),
    )
    with_format(commands.add_parser("editions", help=_("list the bundled editions")))
    demo = commands.add_parser(
        "demo",
        help=_("the 1997 Copa Perú final-round table, with and without its play-off"),
    )
    _common_options(demo, top=False)
    return parser


def _edition_argument(parser: argparse.ArgumentParser) -> None:
    """The edition a command works on: a bundled one's name, or a file."""
    parser.add_argument(
        "edition",
        metavar="NAME|FILE",
        help=_("a bundled edition's name or a TOML file"),
    )


def _common_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``--lang`` and ``--color``, before or after the command.

    A command's own copy has no default, so that it leaves the value given before
    the command (or the default) in place unless given itself.
    """
    parser.add_argument(
        "--lang",
        choices=available_languages(),
        default=None if top else argparse.SUPPRESS,
        help=_(
            "the language to write in (default: from LANGUAGE, LC_ALL, "
            "LC_MESSAGES or LANG; else English)"
        ),
    )
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto" if top else argparse.SUPPRESS,
        help=_(
            "colour the text output (default: auto, on a terminal unless NO_COLOR "
            "is set)"
        ),
    )


def _edition(name: str) -> Edition:
    if name.endswith(".toml") or Path(name).exists():
        return load(Path(name))
    return editions.load(name)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit code.

    Our own errors print as ``copaperu: error: <message>`` with exit code 1; usage
    errors exit with 2. When the reader of the output goes away early (as in
    ``copaperu replay copa-peru-1998 | head``), it exits quietly with 1, as Python
    does on a broken pipe.

    >>> main(["editions"])
    copa-peru-1997                 Copa Perú 1997
    copa-peru-1998                 Copa Perú 1998
    fa-cup-1979-80                 FA Cup 1979-80, semi-finals and final
    fifa-world-cup-1994            1994 FIFA World Cup
    fifa-world-cup-2018            2018 FIFA World Cup
    uefa-champions-league-2024-25  2024-25 UEFA Champions League
    uefa-euro-2024                 UEFA Euro 2024
    0
    """
    given = list(sys.argv[1:] if argv is None else argv)
    with use_language(_language(given)):
        return _main(given)


def _language(argv: Sequence[str]) -> str:
    """The language ``--lang`` asks for, else the locale variables' (argparse checks it)."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = (
            arg.removeprefix("--lang=")
            if arg.startswith("--lang=")
            else argv[i + 1]
            if arg == "--lang" and i + 1 < len(argv)
            else None
        )
        if value in available_languages():
            return value
    return language_from_environment()


def _main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    _escape_what_cannot_be_encoded()
    try:
        print(_colour(_fit(_run(args), args), args))
    except ConfigError as exc:
        for line in str(exc).splitlines():
            print(f"copaperu: error: {line}", file=sys.stderr)
        return 1
    except CopaperuError as exc:
        print(f"copaperu: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # Whatever is left to flush at exit goes nowhere, instead of raising again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 1
    return 0


def _escape_what_cannot_be_encoded() -> None:
    r"""Write what the output's encoding cannot hold as an escape, not a traceback.

    With ``PYTHONIOENCODING=ascii`` or an old console, ``é`` is written ``\xe9``:
    the output stays whole and readable (JSON is written with ``\u00e9`` escapes
    instead, which JSON readers understand; see :func:`_fit`).
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")


def _fit(text: str, args: argparse.Namespace) -> str:
    """*text* as standard output can take it.

    JSON is re-escaped to ASCII when standard output cannot encode it; text is
    wrapped to the terminal when it goes to one.
    """
    if getattr(args, "format", "text") == "text" and sys.stdout.isatty():
        return wrap_text(text, shutil.get_terminal_size().columns)
    if getattr(args, "format", "text") != "json":
        return text
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return json.dumps(json.loads(text), indent=2, ensure_ascii=True)
    return text


# ANSI styles (SGR) of the text output on a terminal.
_BOLD, _DIM, _GREEN, _YELLOW, _RESET = (
    "\x1b[1m",
    "\x1b[2m",
    "\x1b[32m",
    "\x1b[33m",
    "\x1b[0m",
)


def colour_wanted(choice: str, stream: object, environ: Mapping[str, str]) -> bool:
    """Whether to colour the text output: *choice* ``always``, ``never`` or ``auto``.

    ``auto`` colours only a terminal, and never when ``NO_COLOR`` is set (to
    anything but the empty string, https://no-color.org) or ``TERM`` is ``dumb``;
    ``FORCE_COLOR`` (set, not empty) colours even what is not a terminal.

    >>> import io
    >>> colour_wanted("auto", io.StringIO(), {}), colour_wanted("always", io.StringIO(), {})
    (False, True)
    >>> colour_wanted("auto", io.StringIO(), {"FORCE_COLOR": "1"})
    True
    """
    if choice != "auto":
        return choice == "always"
    if environ.get("NO_COLOR") or environ.get("TERM") == "dumb":
        return False
    if environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty is not None and isatty())


def _colour(text: str, args: argparse.Namespace) -> str:
    """*text* with its headings in bold and its unknowns and champion marked, if wanted."""
    if getattr(args, "format", "text") != "text" or not colour_wanted(
        args.color, sys.stdout, os.environ
    ):
        return text
    return colour_text(text)


def colour_text(text: str) -> str:
    r"""*text*, the text output, in ANSI colour: headings bold, unknowns yellow.

    Underlines are dim and the champion's line green.

    >>> colour_text("Final\n-----\nChampion: A (computed)").splitlines()[0]
    '\x1b[1mFinal\x1b[0m'
    """
    lines = text.split("\n")
    unknown = _("unknown")
    champion = _("Champion: {team} ({how})").split("{", 1)[0]
    out = []
    for i, line in enumerate(lines):
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if line and below and set(below) <= {"=", "-"} and len(below) >= 3:
            out.append(f"{_BOLD}{line}{_RESET}")
        elif line and set(line) <= {"=", "-"} and len(line) >= 3:
            out.append(f"{_DIM}{line}{_RESET}")
        elif champion and line.startswith(champion):
            out.append(f"{_BOLD}{_GREEN}{line}{_RESET}")
        else:
            out.append(line.replace(unknown, f"{_YELLOW}{unknown}{_RESET}"))
    return "\n".join(out)


def _run(args: argparse.Namespace) -> str:
    if args.command == "demo":
        from ._demo import demo_1997

        return demo_1997()
    if args.command == "editions":
        found = [(name, editions.load(name).name) for name in editions.available()]
        if args.format == "json":
            listed = (BundledEdition(id=i, name=n) for i, n in found)
            return as_json(EditionsReport(editions=tuple(listed)))
        if args.format == "markdown":
            return "\n".join(f"- `{i}`: {n}" for i, n in found)
        width = max(len(i) for i, _ in found)
        return "\n".join(f"{i:<{width}}  {n}" for i, n in found)
    edition = _edition(args.edition)
    with use_texts(edition.texts_in()):
        return _run_on(edition, args)


def _run_on(edition: Edition, args: argparse.Namespace) -> str:
    if args.command == "report":
        from .report import report_html
        from .simulate import PoissonModel, simulate

        odds = (
            simulate(edition, PoissonModel(), runs=args.simulate, seed=0)
            if args.simulate > 0
            else None
        )
        Path(args.output).write_text(
            report_html(replay(edition), odds), encoding="utf-8"
        )
        return _("{file}: the report of {edition}").format(
            file=args.output, edition=data_text(edition.name)
        )
    if args.command == "simulate":
        return _simulate(edition, args)
    if args.command == "needs":
        from .simulate import what_needs

        answer = what_needs(
            edition,
            args.team,
            args.target,
            group=args.group,
            max_goals=args.max_goals,
        )
        text = render_needs(answer, edition, args.format)
        if answer.exhaustive or args.format == "json":
            return text
        return f"{text}\n\n{_simulated_share(edition, answer, args.group)}"
    if args.command == "check":
        report = CheckReport(
            edition=edition.id,
            name=edition.name,
            ok=True,
            stages=len(edition.stages),
            groups=sum(1 for _ in edition.groups()),
            ties=sum(
                len(phase.ties) for stage in edition.stages for phase in stage.phases
            ),
        )
        if args.format == "json":
            return as_json(report)
        counts = ", ".join(
            [
                ngettext("{n} stage", "{n} stages", report.stages).format(
                    n=report.stages
                ),
                ngettext("{n} group", "{n} groups", report.groups).format(
                    n=report.groups
                ),
                ngettext("{n} tie", "{n} ties", report.ties).format(n=report.ties),
            ]
        )
        return _("{file}: ok ({edition}: {counts})").format(
            file=args.edition, edition=data_text(edition.name), counts=counts
        )
    result = replay(edition)
    if args.command == "table":
        group = result.group(args.group)
        source = next(g for _, g in edition.groups() if g.id == group.id)
        return render_table(group, args.format, source)
    return render_replay(result, args.format)


def _simulate(edition: Edition, args: argparse.Namespace) -> str:
    """``copaperu simulate``: the runs, on this process, a pool or a Dask cluster."""
    from . import simulate

    if args.runs < 0 or args.seed < 0 or args.workers < 1:
        msg = _("simulate: --runs and --seed must be 0 or more, --workers 1 or more")
        raise CopaperuError(msg)
    model: simulate.MatchModel = (
        simulate.EloModel() if args.model == "elo" else simulate.PoissonModel()
    )
    run = functools.partial(
        simulate.simulate, edition, model, runs=args.runs, seed=args.seed
    )
    if args.scheduler:
        require("distributed", "dask", by="--scheduler")  # or a clear error
        import distributed

        # distributed's Client has no type hints: the call is untyped, not wrong.
        with distributed.Client(args.scheduler) as client:  # type: ignore[no-untyped-call]
            result = run(executor=client.get_executor())
    elif args.workers > 1:
        with ProcessPoolExecutor(args.workers) as pool:
            result = run(executor=pool)
    else:
        result = run()
    return render_simulation(result, edition, args.format)


def _simulated_share(edition: Edition, answer: Needs, group: str) -> str:
    """How often simulated runs end with the team within its target.

    For a group whose outcomes are too many to enumerate: 1,000 runs of the
    Poisson model, every team average, seed 0.
    """
    from .simulate import PoissonModel, simulate

    runs = 1000
    odds = simulate(edition, PoissonModel(), runs=runs, seed=0)
    groups = {g.id for _, g in edition.groups() if not group or g.id == group}
    reached = sum(
        count
        for where, team, place, count in odds.places
        if where in groups and team == answer.team and place <= answer.target
    )
    return _(
        "Too many outcomes to enumerate ({reason}). In {runs} simulated runs "
        "(Poisson model, every team average, seed 0) {team} finished within place "
        "{target} in {share} of them."
    ).format(
        reason=answer.reason,
        runs=f"{runs:,}",
        team=answer.team,
        target=answer.target,
        share=f"{100 * reached / runs:.1f}%",
    )
