"""Layer 6, config: edition files (TOML) loaded and dumped, with every problem located.

:func:`load` refuses a bad file with one :class:`~copaperu.ConfigError` that lists
every problem with its key path (and, for syntax errors, the line TOML gives);
unknown keys are errors. :func:`dump` writes a file that loads back equal.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import tomli_w

from ._competition import (
    ROW_FIGURES,
    Edition,
    Entrant,
    Group,
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
from ._config_matches import _MatchReader
from ._config_rules import _RulesReader
from ._dump import edition_data
from ._reading import Data, _about_names, _join, _show
from .errors import ConfigError, CopaperuError

__all__ = ["dump", "load"]


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


class _Reader(_RulesReader, _MatchReader):
    """Turns TOML data into an edition, collecting every problem (internal)."""

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
        sources = self.each(data, "sources", "", self.source)
        teams = self.each(data, "teams", "", self.team)
        table_rules, tie_rules = self.rules(data.get("rules", {}), "rules")
        stages = self.each(data, "stages", "", self.stage)
        champion = (
            self.entrant(data["champion"], "champion") if "champion" in data else None
        )
        promoted = self.each(data, "promoted", "", self.entrant)
        texts = self.texts(data, "", "id", "name", "season", "notes")
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
                **self.texts(found, path, "key", "url", "title", "notes"),
            ),
        )

    def team(self, data: object, path: str) -> Team | None:
        found = self.table(data, path, {"name", "city", "region", "notes"}, {"name"})
        if found is None:
            return None
        return self.build(
            path,
            lambda: Team(
                **self.texts(found, path, "name", "city", "region", "notes"),
            ),
        )

    def stage(self, data: object, path: str) -> Stage | None:
        found = self.table(
            data, path, {"id", "name", "notes", "source", "phases", "qualified"}, {"id"}
        )
        if found is None:
            return None
        phases = self.each(found, "phases", path, self.phase)
        qualified = self.each(found, "qualified", path, self.qualified)
        return self.build(
            path,
            lambda: Stage(
                **self.texts(found, path, "id", "name", "notes", "source"),
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
                **self.texts(found, path, "source", "notes"),
            ),
        )

    def phase(self, data: object, path: str) -> Phase | None:
        found = self.table(
            data, path, {"id", "name", "notes", "groups", "ties"}, {"id"}
        )
        if found is None:
            return None
        groups = self.each(found, "groups", path, self.group)
        ties = self.each(found, "ties", path, self.tie)
        return self.build(
            path,
            lambda: Phase(
                **self.texts(found, path, "id", "name", "notes"),
                groups=tuple(g for g in groups if g is not None),
                ties=tuple(t for t in ties if t is not None),
            ),
        )

    def entrants(self, data: Data, path: str) -> list[Entrant]:
        found = self.each(data, "entrants", path, self.entrant)
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
        matches = self.each(found, "matches", path, self.match)
        playoffs = self.each(found, "playoffs", path, self.match)
        deductions = self.each(found, "deductions", path, self.deduction)
        lots = self.each(found, "lots", path, self.lot)
        recorded = self.each(found, "recorded", path, self.recorded_place)
        published = self.each(found, "published", path, self.published)
        return self.build(
            path,
            lambda: Group(
                **self.texts(found, path, "id", "name", "rules"),
                legs=self.get(found, "legs", path, int, 2),
                advance=self.get(found, "advance", path, int, 1),
                entrants=tuple(entrants),
                matches=tuple(m for m in matches if m is not None),
                playoffs=tuple(m for m in playoffs if m is not None),
                deductions=tuple(d for d in deductions if d is not None),
                lots=tuple(lot for lot in lots if lot is not None),
                recorded=tuple(r for r in recorded if r is not None),
                published=tuple(p for p in published if p is not None),
                **self.texts(found, path, "source", "notes"),
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
        legs = self.each(found, "legs", path, self.match)
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
                **self.texts(found, path, "id", "name", "rules"),
                entrants=tuple(entrants),
                legs=tuple(m for m in legs if m is not None),
                playoff=playoff,
                recorded=recorded,
                **self.texts(found, path, "source", "notes"),
            ),
        )

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
                **self.texts(found, path, "team", "source", "notes"),
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
                **self.texts(found, path, "winner", "source", "notes"),
                inference=self.get(found, "inference", path, bool, False),
            ),
        )

    def published(self, data: object, path: str) -> PublishedRow | None:
        figures = set(ROW_FIGURES)
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
