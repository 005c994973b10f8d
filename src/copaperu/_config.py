"""Layer 6, config: edition files (TOML) loaded and dumped, with every problem located.

:func:`load` refuses a bad file with one :class:`~copaperu.ConfigError` that lists
every problem with its key path (and, for syntax errors, the line TOML gives);
unknown keys are errors. :func:`dump` writes a file that loads back equal.
"""

from __future__ import annotations

import difflib
import json
import os
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar, cast

import tomli_w

from . import rules as presets
from . import tiebreak
from ._competition import (
    Edition,
    Entrant,
    Group,
    NamedTableRules,
    NamedTieRules,
    Phase,
    PublishedRow,
    Qualified,
    RecordedPlace,
    RecordedWinner,
    Reference,
    ReferenceKind,
    Source,
    Stage,
    Team,
    Tie,
)
from ._dump import edition_data
from ._knockout import Basis, TieRules
from ._points import PointsScheme
from ._rulings import (
    Abandoned,
    AwardedShootout,
    Forfeit,
    NotPlayed,
    PointsDeduction,
    Ruling,
)
from ._score import Cards, Score
from ._tiebreak import (
    Criterion,
    DrawingOfLots,
    FairPlay,
    LastMatchShootout,
    OnlyWhen,
    Playoff,
    Ranking,
    Scope,
    Statistic,
    TableRules,
    Tiebreaker,
)
from ._values import Match
from .errors import ConfigError, CopaperuError

__all__ = ["dump", "load"]

T = TypeVar("T")
Data = dict[str, Any]


def load(source: str | os.PathLike[str]) -> Edition:
    """Read an edition from a TOML file (a path) or from TOML text.

    A string that ends in ``.toml`` and has no line break is read as a path.

    Raises:
        ConfigError: the file cannot be read, is not valid TOML, or describes an
            edition with problems; every problem is listed with its location.

    >>> import copaperu as cp
    >>> e = cp.load('''
    ... id = "tiny"
    ... name = "Tiny Cup"
    ... ''')
    >>> e.name
    'Tiny Cup'
    """
    given: object = source
    if isinstance(given, os.PathLike) or (
        isinstance(given, str) and "\n" not in given and given.endswith(".toml")
    ):
        path = Path(given)
        name = path.name
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            problem = f"the file is not UTF-8 text (byte {exc.start})"
            raise ConfigError(name, [("", problem)]) from exc
        except OSError as exc:
            raise ConfigError(
                name, [("", f"cannot read the file: {exc.strerror}")]
            ) from exc
    elif isinstance(given, str):
        name, text = "<string>", given
    else:
        msg = f"expected a path or TOML text (got {source!r})"
        raise ConfigError("<input>", [("", msg)])
    return loads(text, name=name)


def loads(text: str, *, name: str = "<string>") -> Edition:
    """Read an edition from TOML *text*; *name* is used in error messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(name, [("", f"invalid TOML: {exc}")]) from exc
    reader = _Reader()
    edition = reader.edition(data)
    if reader.problems or edition is None:
        raise ConfigError(name, reader.problems or [("", "invalid edition")])
    return edition


def dump(edition: Edition) -> str:
    """The TOML text of *edition*; ``load(dump(edition)) == edition``.

    >>> import copaperu as cp
    >>> e = cp.load_edition("copa-peru-1997")
    >>> cp.load(cp.dump(e)) == e
    True
    """
    return tomli_w.dumps(edition_data(edition))


# ---------------------------------------------------------------------------
# Reading


def _close(name: str, known: Iterable[str]) -> str:
    found = difflib.get_close_matches(name, sorted(known), n=1)
    return f" (did you mean {found[0]!r}?)" if found else ""


class _Reader:
    """Turns TOML data into an edition, collecting every problem (internal)."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append((path, message))

    def table(
        self, data: object, path: str, allowed: set[str], required: Iterable[str] = ()
    ) -> Data | None:
        if not isinstance(data, dict):
            self.problem(path, f"expected a table (got {_show(data)})")
            return None
        for key in data:
            if key not in allowed:
                self.problem(_join(path, key), f"unknown key{_close(key, allowed)}")
        for key in sorted(set(required) - set(data)):
            self.problem(_join(path, key), "missing")
        return data

    def get(self, data: Data, key: str, path: str, kind: type[T], default: T) -> T:
        value = data.get(key, default)
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if value is not default and not ok:
            self.problem(
                _join(path, key), f"expected {_kind(kind)} (got {_show(value)})"
            )
            return default
        return cast(T, value)

    def array(self, data: Data, key: str, path: str) -> list[Any]:
        value = data.get(key, [])
        if not isinstance(value, list):
            self.problem(_join(path, key), f"expected an array (got {_show(value)})")
            return []
        return value

    def build(self, path: str, make: Callable[[], T]) -> T | None:
        """Build a value; a refusal is a problem unless one inside *path* explains it."""
        try:
            return make()
        except CopaperuError as exc:
            inside = (path + ".", path + "[")
            if not any(p == path or p.startswith(inside) for p, _ in self.problems):
                self.problem(path, str(exc))
            return None

    def score(self, data: Data, key: str, path: str) -> Score | None:
        text = self.get(data, key, path, str, "")
        if not text:
            return None
        return self.build(_join(path, key), lambda: Score.parse(text))

    def edition(self, data: Data) -> Edition | None:
        allowed = {
            "id",
            "name",
            "season",
            "notes",
            "sources",
            "teams",
            "rules",
            "stages",
            "champion",
            "promoted",
        }
        if self.table(data, "", allowed, {"id", "name"}) is None:
            return None
        sources = [
            self.source(item, f"sources[{i}]")
            for i, item in enumerate(self.array(data, "sources", ""))
        ]
        teams = [
            self.team(item, f"teams[{i}]")
            for i, item in enumerate(self.array(data, "teams", ""))
        ]
        table_rules, tie_rules = self.rules(data.get("rules", {}), "rules")
        stages = [
            self.stage(item, f"stages[{i}]")
            for i, item in enumerate(self.array(data, "stages", ""))
        ]
        champion = (
            self.entrant(data["champion"], "champion") if "champion" in data else None
        )
        promoted = [
            self.entrant(item, f"promoted[{i}]")
            for i, item in enumerate(self.array(data, "promoted", ""))
        ]
        texts = {
            key: self.get(data, key, "", str, "")
            for key in ("id", "name", "season", "notes")
        }
        shape_problems = bool(self.problems)
        try:
            edition = Edition(
                id=texts["id"],
                name=texts["name"],
                season=texts["season"],
                notes=texts["notes"],
                sources=tuple(s for s in sources if s is not None),
                teams=tuple(t for t in teams if t is not None),
                table_rules=tuple(table_rules),
                tie_rules=tuple(tie_rules),
                stages=tuple(s for s in stages if s is not None),
                champion=champion,
                promoted=tuple(p for p in promoted if p is not None),
            )
        except ConfigError as exc:
            # With problems of shape, some groups and ties were left out: references
            # to them would be reported as dangling, so only names are reported then.
            self.problems.extend(
                (where, what)
                for where, what in exc.problems
                if not shape_problems or _about_names(what)
            )
        except CopaperuError as exc:
            if not shape_problems:
                self.problem("", str(exc))
        else:
            return None if shape_problems else edition
        return None

    def source(self, data: object, path: str) -> Source | None:
        found = self.table(data, path, {"key", "url", "title", "notes"}, {"key"})
        if found is None:
            return None
        return self.build(
            path,
            lambda: Source(
                key=self.get(found, "key", path, str, ""),
                url=self.get(found, "url", path, str, ""),
                title=self.get(found, "title", path, str, ""),
                notes=self.get(found, "notes", path, str, ""),
            ),
        )

    def team(self, data: object, path: str) -> Team | None:
        found = self.table(data, path, {"name", "city", "region", "notes"}, {"name"})
        if found is None:
            return None
        return self.build(
            path,
            lambda: Team(
                name=self.get(found, "name", path, str, ""),
                city=self.get(found, "city", path, str, ""),
                region=self.get(found, "region", path, str, ""),
                notes=self.get(found, "notes", path, str, ""),
            ),
        )

    def rules(
        self, data: object, path: str
    ) -> tuple[list[NamedTableRules], list[NamedTieRules]]:
        found = self.table(data, path, {"tables", "ties"})
        if found is None:
            return [], []
        tables: list[NamedTableRules] = []
        ties: list[NamedTieRules] = []
        for name, spec in self.named(found, "tables", path).items():
            named = self.table_rules(name, spec, _join(path, "tables", name))
            if named is not None:
                tables.append(named)
        for name, spec in self.named(found, "ties", path).items():
            tie_named = self.tie_rules(name, spec, _join(path, "ties", name))
            if tie_named is not None:
                ties.append(tie_named)
        return tables, ties

    def named(self, data: Data, key: str, path: str) -> Data:
        """A table of named entries (any names allowed), or an empty one."""
        value = data.get(key, {})
        if not isinstance(value, dict):
            self.problem(_join(path, key), f"expected a table (got {_show(value)})")
            return {}
        return value

    def table_rules(self, name: str, data: object, path: str) -> NamedTableRules | None:
        found = self.table(
            data, path, {"preset", "name", "points", "tiebreakers", "source"}
        )
        if found is None:
            return None
        preset = self.get(found, "preset", path, str, "")
        if preset:
            if set(found) - {"preset"}:
                self.problem(
                    path, "give either a preset or the rules spelled out, not both"
                )
            if preset not in presets.table_presets():
                self.problem(
                    _join(path, "preset"),
                    f"unknown table rules preset {preset!r}{_close(preset, presets.table_presets())}",
                )
                return None
            return self.build(
                path,
                lambda: NamedTableRules(
                    name=name, rules=presets.by_name(preset), preset=preset
                ),
            )
        points = self.build(
            _join(path, "points"),
            lambda: PointsScheme.parse(self.get(found, "points", path, str, "3-1-0")),
        )
        chain = [
            self.criterion(item, f"{path}.tiebreakers[{i}]")
            for i, item in enumerate(self.array(found, "tiebreakers", path))
        ]
        if points is None or any(c is None for c in chain):
            return None
        rules = self.build(
            path,
            lambda: TableRules(
                name=self.get(found, "name", path, str, name),
                points=points,
                tiebreakers=tuple(c for c in chain if c is not None),
                source=self.get(found, "source", path, str, ""),
            ),
        )
        if rules is None:
            return None
        return self.build(path, lambda: NamedTableRules(name=name, rules=rules))

    def criterion(self, data: object, path: str) -> Tiebreaker | None:
        if isinstance(data, str):
            if data in {"ranking", "only_when"}:
                self.problem(
                    path,
                    f"{data} needs settings: write it as a table, {{ id = {data!r}, ... }}",
                )
                return None
            if data not in {c.value for c in Criterion}:
                known = [c.value for c in Criterion]
                self.problem(
                    path, f"unknown tiebreak criterion {data!r}{_close(data, known)}"
                )
                return None
            return tiebreak.from_id(data)
        found = self.table(
            data,
            path,
            {
                "id",
                "scope",
                "criteria",
                "reapply",
                "yellow",
                "indirect_red",
                "red",
                "yellow_and_red",
                "name",
                "values",
                "higher_is_better",
                "seed",
                "criterion",
                "min_teams",
                "max_teams",
            },
            {"id"},
        )
        if found is None:
            return None
        kind = found.get("id")
        if not isinstance(kind, str):
            self.problem(
                _join(path, "id"), f"expected a criterion id (got {_show(kind)})"
            )
            return None
        if kind not in {c.value for c in Criterion}:
            self.problem(
                _join(path, "id"),
                f"unknown tiebreak criterion {kind!r}{_close(kind, [c.value for c in Criterion])}",
            )
            return None
        scope_text = self.get(found, "scope", path, str, Scope.ALL_MATCHES.value)
        if scope_text not in {s.value for s in Scope}:
            self.problem(
                _join(path, "scope"),
                f"unknown scope {scope_text!r}{_close(scope_text, [s.value for s in Scope])}",
            )
            return None
        scope = Scope(scope_text)
        criterion = Criterion(kind)
        if criterion is Criterion.HEAD_TO_HEAD:
            inner: list[Any] = [
                self.criterion(item, f"{path}.criteria[{i}]")
                for i, item in enumerate(self.array(found, "criteria", path))
            ]
            if any(c is None for c in inner):
                return None
            reapply = self.get(found, "reapply", path, bool, False)
            return self.build(
                path, lambda: tiebreak.head_to_head(*inner, reapply=reapply)
            )
        if criterion is Criterion.FAIR_PLAY:
            return self.build(
                path,
                lambda: FairPlay(
                    yellow=self.get(found, "yellow", path, int, 1),
                    indirect_red=self.get(found, "indirect_red", path, int, 3),
                    red=self.get(found, "red", path, int, 4),
                    yellow_and_red=self.get(found, "yellow_and_red", path, int, 5),
                    scope=scope,
                ),
            )
        if criterion is Criterion.RANKING:
            values = self.get(found, "values", path, dict, {})
            return self.build(
                path,
                lambda: Ranking(
                    name=self.get(found, "name", path, str, ""),
                    values=values,
                    higher_is_better=self.get(
                        found, "higher_is_better", path, bool, True
                    ),
                ),
            )
        if criterion is Criterion.DRAWING_OF_LOTS:
            seed = found.get("seed")
            return self.build(path, lambda: DrawingOfLots(seed=seed))
        if criterion is Criterion.PLAYOFF:
            return Playoff()
        if criterion is Criterion.LAST_MATCH_SHOOTOUT:
            return LastMatchShootout()
        if criterion is Criterion.ONLY_WHEN:
            inner_one = self.criterion(found.get("criterion"), _join(path, "criterion"))
            if inner_one is None:
                return None
            return self.build(
                path,
                lambda: OnlyWhen(
                    criterion=inner_one,  # type: ignore[arg-type]
                    min_teams=self.get(found, "min_teams", path, int, 2),
                    max_teams=found.get("max_teams"),
                ),
            )
        return self.build(path, lambda: Statistic(criterion=criterion, scope=scope))

    def tie_rules(self, name: str, data: object, path: str) -> NamedTieRules | None:
        flags = {
            "goal_difference",
            "away_goals",
            "away_goals_in_extra_time",
            "extra_time",
            "penalties",
            "playoff",
            "goal_difference_after_playoff",
        }
        found = self.table(data, path, {"preset", "name", "basis", "source", *flags})
        if found is None:
            return None
        preset = self.get(found, "preset", path, str, "")
        if preset:
            if set(found) - {"preset"}:
                self.problem(
                    path, "give either a preset or the rules spelled out, not both"
                )
            if preset not in presets.tie_presets():
                self.problem(
                    _join(path, "preset"),
                    f"unknown tie rules preset {preset!r}{_close(preset, presets.tie_presets())}",
                )
                return None
            return self.build(
                path,
                lambda: NamedTieRules(
                    name=name, rules=presets.tie_rules_by_name(preset), preset=preset
                ),
            )
        basis = self.get(found, "basis", path, str, "aggregate")
        if basis not in {b.value for b in Basis}:
            self.problem(
                _join(path, "basis"),
                f"expected 'aggregate' or 'points' (got {basis!r})",
            )
            return None
        defaults = TieRules()
        values = {
            flag: self.get(found, flag, path, bool, getattr(defaults, flag))
            for flag in flags
        }
        rules = self.build(
            path,
            lambda: TieRules(
                name=self.get(found, "name", path, str, name),
                basis=Basis(basis),
                source=self.get(found, "source", path, str, ""),
                **values,
            ),
        )
        if rules is None:
            return None
        return self.build(path, lambda: NamedTieRules(name=name, rules=rules))

    def stage(self, data: object, path: str) -> Stage | None:
        found = self.table(
            data, path, {"id", "name", "notes", "source", "phases", "qualified"}, {"id"}
        )
        if found is None:
            return None
        phases = [
            self.phase(item, f"{path}.phases[{i}]")
            for i, item in enumerate(self.array(found, "phases", path))
        ]
        qualified = [
            self.qualified(item, f"{path}.qualified[{i}]")
            for i, item in enumerate(self.array(found, "qualified", path))
        ]
        return self.build(
            path,
            lambda: Stage(
                id=self.get(found, "id", path, str, ""),
                name=self.get(found, "name", path, str, ""),
                notes=self.get(found, "notes", path, str, ""),
                source=self.get(found, "source", path, str, ""),
                phases=tuple(p for p in phases if p is not None),
                qualified=tuple(q for q in qualified if q is not None),
            ),
        )

    def qualified(self, data: object, path: str) -> Qualified | None:
        found = self.table(data, path, {"team", "from", "source", "notes"}, {"team"})
        if found is None:
            return None
        return self.build(
            path,
            lambda: Qualified(
                team=self.get(found, "team", path, str, ""),
                origin=self.get(found, "from", path, str, ""),
                source=self.get(found, "source", path, str, ""),
                notes=self.get(found, "notes", path, str, ""),
            ),
        )

    def phase(self, data: object, path: str) -> Phase | None:
        found = self.table(
            data, path, {"id", "name", "notes", "groups", "ties"}, {"id"}
        )
        if found is None:
            return None
        groups = [
            self.group(item, f"{path}.groups[{i}]")
            for i, item in enumerate(self.array(found, "groups", path))
        ]
        ties = [
            self.tie(item, f"{path}.ties[{i}]")
            for i, item in enumerate(self.array(found, "ties", path))
        ]
        return self.build(
            path,
            lambda: Phase(
                id=self.get(found, "id", path, str, ""),
                name=self.get(found, "name", path, str, ""),
                notes=self.get(found, "notes", path, str, ""),
                groups=tuple(g for g in groups if g is not None),
                ties=tuple(t for t in ties if t is not None),
            ),
        )

    def entrants(self, data: Data, path: str) -> list[Entrant]:
        found = [
            self.entrant(item, f"{path}.entrants[{i}]")
            for i, item in enumerate(self.array(data, "entrants", path))
        ]
        return [e for e in found if e is not None]

    def entrant(self, data: object, path: str) -> Entrant | None:
        if isinstance(data, str):
            return data
        found = self.table(data, path, {"place", "of", "winner", "loser"})
        if found is None:
            return None
        if "place" in found or "of" in found:
            if set(found) != {"place", "of"}:
                self.problem(
                    path, 'a place reference is { place = N, of = "group-id" }'
                )
                return None
            return self.build(
                path,
                lambda: Reference(
                    kind=ReferenceKind.PLACE,
                    of=self.get(found, "of", path, str, ""),
                    place=self.get(found, "place", path, int, 0),
                ),
            )
        if len(found) != 1:
            self.problem(
                path,
                "a reference is { place = N, of = ID }, { winner = ID } or { loser = ID }",
            )
            return None
        ((key, target),) = found.items()
        if not isinstance(target, str):
            self.problem(_join(path, key), f"expected a tie id (got {_show(target)})")
            return None
        if key not in {"winner", "loser"}:
            return None  # the unknown key is already reported
        return self.build(path, lambda: Reference(kind=ReferenceKind(key), of=target))

    def group(self, data: object, path: str) -> Group | None:
        allowed = {
            "id",
            "name",
            "rules",
            "legs",
            "advance",
            "entrants",
            "matches",
            "playoffs",
            "deductions",
            "lots",
            "recorded",
            "published",
            "source",
            "notes",
        }
        found = self.table(data, path, allowed, {"id", "rules", "entrants"})
        if found is None:
            return None
        entrants = self.entrants(found, path)
        matches = [
            self.match(item, f"{path}.matches[{i}]")
            for i, item in enumerate(self.array(found, "matches", path))
        ]
        playoffs = [
            self.match(item, f"{path}.playoffs[{i}]")
            for i, item in enumerate(self.array(found, "playoffs", path))
        ]
        deductions = [
            self.deduction(item, f"{path}.deductions[{i}]")
            for i, item in enumerate(self.array(found, "deductions", path))
        ]
        lots = [
            self.lot(item, f"{path}.lots[{i}]")
            for i, item in enumerate(self.array(found, "lots", path))
        ]
        recorded = [
            self.recorded_place(item, f"{path}.recorded[{i}]")
            for i, item in enumerate(self.array(found, "recorded", path))
        ]
        published = [
            self.published(item, f"{path}.published[{i}]")
            for i, item in enumerate(self.array(found, "published", path))
        ]
        return self.build(
            path,
            lambda: Group(
                id=self.get(found, "id", path, str, ""),
                name=self.get(found, "name", path, str, ""),
                rules=self.get(found, "rules", path, str, ""),
                legs=self.get(found, "legs", path, int, 2),
                advance=self.get(found, "advance", path, int, 1),
                entrants=tuple(entrants),
                matches=tuple(m for m in matches if m is not None),
                playoffs=tuple(m for m in playoffs if m is not None),
                deductions=tuple(d for d in deductions if d is not None),
                lots=tuple(lot for lot in lots if lot is not None),
                recorded=tuple(r for r in recorded if r is not None),
                published=tuple(p for p in published if p is not None),
                source=self.get(found, "source", path, str, ""),
                notes=self.get(found, "notes", path, str, ""),
            ),
        )

    def tie(self, data: object, path: str) -> Tie | None:
        allowed = {
            "id",
            "name",
            "rules",
            "entrants",
            "legs",
            "playoff",
            "recorded",
            "source",
            "notes",
        }
        found = self.table(data, path, allowed, {"id", "rules", "entrants"})
        if found is None:
            return None
        entrants = self.entrants(found, path)
        legs = [
            self.match(item, f"{path}.legs[{i}]")
            for i, item in enumerate(self.array(found, "legs", path))
        ]
        playoff = (
            self.match(found["playoff"], f"{path}.playoff")
            if "playoff" in found
            else None
        )
        recorded = (
            self.recorded_winner(found["recorded"], f"{path}.recorded")
            if "recorded" in found
            else None
        )
        return self.build(
            path,
            lambda: Tie(
                id=self.get(found, "id", path, str, ""),
                name=self.get(found, "name", path, str, ""),
                rules=self.get(found, "rules", path, str, ""),
                entrants=tuple(entrants),
                legs=tuple(m for m in legs if m is not None),
                playoff=playoff,
                recorded=recorded,
                source=self.get(found, "source", path, str, ""),
                notes=self.get(found, "notes", path, str, ""),
            ),
        )

    def match(self, data: object, path: str) -> Match | None:
        allowed = {
            "home",
            "away",
            "score",
            "extra_time",
            "penalties",
            "neutral",
            "leg",
            "label",
            "date",
            "cards",
            "rulings",
            "source",
            "notes",
        }
        found = self.table(data, path, allowed, {"home", "away"})
        if found is None:
            return None
        cards = self.cards(found.get("cards", {}), _join(path, "cards"))
        rulings = [
            self.ruling(item, f"{path}.rulings[{i}]")
            for i, item in enumerate(self.array(found, "rulings", path))
        ]
        date = found.get("date")
        if (
            date is not None
            and not isinstance(date, str)
            and not hasattr(date, "isoformat")
        ):
            self.problem(_join(path, "date"), f"expected a date (got {_show(date)})")
            date = None
        scores = {
            key: self.score(found, key, path)
            for key in ("score", "extra_time", "penalties")
        }
        if any(r is None for r in rulings):
            return None
        return self.build(
            path,
            lambda: Match(
                home=self.get(found, "home", path, str, ""),
                away=self.get(found, "away", path, str, ""),
                score=scores["score"],
                extra_time=scores["extra_time"],
                penalties=scores["penalties"],
                neutral=self.get(found, "neutral", path, bool, False),
                leg=self.get(found, "leg", path, int, None),
                label=self.get(found, "label", path, str, ""),
                date=date,
                cards=cards,
                rulings=tuple(r for r in rulings if r is not None),
                source=self.get(found, "source", path, str, ""),
                notes=self.get(found, "notes", path, str, ""),
            ),
        )

    def cards(self, data: object, path: str) -> dict[str, Cards]:
        found = self.table(data, path, set(data) if isinstance(data, dict) else set())
        cards: dict[str, Cards] = {}
        for team, counts in (found or {}).items():
            where = _join(path, team)
            table = self.table(
                counts, where, {"yellow", "indirect_red", "red", "yellow_and_red"}
            )
            if table is not None:
                try:
                    known = {"yellow", "indirect_red", "red", "yellow_and_red"}
                    cards[team] = Cards(
                        **{k: v for k, v in table.items() if k in known}
                    )
                except CopaperuError as exc:
                    self.problem(where, str(exc))
        return cards

    def ruling(self, data: object, path: str) -> Ruling | None:
        common = {"kind", "reason", "body", "decided", "source"}
        shape = {
            "forfeit": {"awarded_to", "score"},
            "abandoned": {"minute", "declared"},
            "not_played": set(),
            "awarded_shootout": {"winner", "score"},
        }
        if not isinstance(data, dict):
            self.problem(path, f"expected a table (got {_show(data)})")
            return None
        kind = data.get("kind")
        if not isinstance(kind, str) or kind not in shape:
            self.problem(
                _join(path, "kind"),
                f"expected one of {', '.join(sorted(shape))} (got {_show(kind)}){_close(str(kind), shape)}",
            )
            return None
        found = self.table(
            data,
            path,
            common | shape[kind],
            {"kind"}
            | (
                {"awarded_to"}
                if kind == "forfeit"
                else {"winner"}
                if kind == "awarded_shootout"
                else set()
            ),
        )
        if found is None:
            return None
        base: dict[str, Any] = {
            "reason": self.get(found, "reason", path, str, ""),
            "body": self.get(found, "body", path, str, ""),
            "decided": found.get("decided"),
            "source": self.get(found, "source", path, str, ""),
        }
        if kind == "forfeit":
            score = self.score(found, "score", path)
            return self.build(
                path,
                lambda: Forfeit(
                    awarded_to=self.get(found, "awarded_to", path, str, ""),
                    score=score,
                    **base,
                ),
            )
        if kind == "abandoned":
            declared = self.score(found, "declared", path)
            return self.build(
                path,
                lambda: Abandoned(
                    minute=found.get("minute"),
                    declared=declared,
                    **base,
                ),
            )
        if kind == "not_played":
            return self.build(path, lambda: NotPlayed(**base))
        score = self.score(found, "score", path)
        return self.build(
            path,
            lambda: AwardedShootout(
                winner=self.get(found, "winner", path, str, ""), score=score, **base
            ),
        )

    def deduction(self, data: object, path: str) -> PointsDeduction | None:
        found = self.table(
            data,
            path,
            {"team", "points", "reason", "body", "decided", "source"},
            {"team", "points"},
        )
        if found is None:
            return None
        return self.build(
            path,
            lambda: PointsDeduction(
                team=self.get(found, "team", path, str, ""),
                points=self.get(found, "points", path, int, 0),
                reason=self.get(found, "reason", path, str, ""),
                body=self.get(found, "body", path, str, ""),
                decided=found.get("decided"),
                source=self.get(found, "source", path, str, ""),
            ),
        )

    def lot(self, data: object, path: str) -> tuple[str, ...] | None:
        found = self.table(data, path, {"order", "source"}, {"order"})
        if found is None:
            return None
        order = self.array(found, "order", path)
        if (
            not all(isinstance(team, str) for team in order)
            or len(set(order)) != len(order)
            or len(order) < 2
        ):
            self.problem(
                _join(path, "order"),
                f"expected two or more different team names (got {_show(order)})",
            )
            return None
        return tuple(order)

    def recorded_place(self, data: object, path: str) -> RecordedPlace | None:
        found = self.table(
            data,
            path,
            {"place", "team", "source", "notes", "inference"},
            {"place", "team"},
        )
        if found is None:
            return None
        return self.build(
            path,
            lambda: RecordedPlace(
                place=self.get(found, "place", path, int, 0),
                team=self.get(found, "team", path, str, ""),
                source=self.get(found, "source", path, str, ""),
                notes=self.get(found, "notes", path, str, ""),
                inference=self.get(found, "inference", path, bool, False),
            ),
        )

    def recorded_winner(self, data: object, path: str) -> RecordedWinner | None:
        found = self.table(
            data, path, {"winner", "source", "notes", "inference"}, {"winner"}
        )
        if found is None:
            return None
        return self.build(
            path,
            lambda: RecordedWinner(
                winner=self.get(found, "winner", path, str, ""),
                source=self.get(found, "source", path, str, ""),
                notes=self.get(found, "notes", path, str, ""),
                inference=self.get(found, "inference", path, bool, False),
            ),
        )

    def published(self, data: object, path: str) -> PublishedRow | None:
        figures = {
            "played",
            "won",
            "drawn",
            "lost",
            "goals_for",
            "goals_against",
            "points",
        }
        found = self.table(data, path, {"team", "source", *figures}, {"team", *figures})
        if found is None or any(key not in found for key in figures):
            return None
        return self.build(
            path,
            lambda: PublishedRow(
                team=self.get(found, "team", path, str, ""),
                source=self.get(found, "source", path, str, ""),
                **{key: self.get(found, key, path, int, 0) for key in figures},
            ),
        )


def _about_names(message: str) -> bool:
    """Whether a problem is about a team's or a source's name (not a reference)."""
    return message.startswith(("unknown team ", "unknown source ", "duplicate team "))


def _join(path: str, *keys: str) -> str:
    for key in keys:
        simple = key.replace("_", "").replace("-", "").isalnum() and key.isascii()
        shown = key if simple else json.dumps(key, ensure_ascii=False)
        path = f"{path}.{shown}" if path else shown
    return path


def _show(value: object) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    return repr(value)


def _kind(kind: type) -> str:
    return {
        str: "a string",
        int: "an integer",
        bool: "true or false",
        dict: "a table",
    }.get(kind, kind.__name__)
