"""Layer 6, config: the rules of an edition file, by preset or spelled out."""

from __future__ import annotations

from typing import Any

from . import rules as presets
from . import tiebreak
from ._competition import NamedTableRules, NamedTieRules
from ._knockout import Basis, TieRules
from ._points import PointsScheme
from ._reading import Data, _close, _join, _ReaderBase, _show
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

__all__: list[str] = []


class _RulesReader(_ReaderBase):
    """Reads ``[rules.tables.NAME]`` and ``[rules.ties.NAME]`` (internal)."""

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

    def preset(
        self, found: Data, path: str, what: str, known: tuple[str, ...]
    ) -> str | None:
        """The preset *found* names: ``""`` for none, ``None`` for an unknown one."""
        preset = self.get(found, "preset", path, str, "")
        if not preset:
            return preset
        if set(found) - {"preset"}:
            self.problem(
                path, "give either a preset or the rules spelled out, not both"
            )
        if preset not in known:
            self.problem(
                _join(path, "preset"),
                f"unknown {what} preset {preset!r}{_close(preset, known)}",
            )
            return None
        return preset

    def table_rules(self, name: str, data: object, path: str) -> NamedTableRules | None:
        found = self.table(
            data, path, {"preset", "name", "points", "tiebreakers", "source"}
        )
        if found is None:
            return None
        preset = self.preset(found, path, "table rules", presets.table_presets())
        if preset is None:
            return None
        if preset:
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
        chain = self.each(found, "tiebreakers", path, self.criterion)
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
            inner: list[Any] = self.each(found, "criteria", path, self.criterion)
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
                    # OnlyWhen refuses a criterion it cannot wrap; build() reports it.
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
        preset = self.preset(found, path, "tie rules", presets.tie_presets())
        if preset is None:
            return None
        if preset:
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
