"""Layer 6, config: matches of an edition file, with their cards and rulings."""

from __future__ import annotations

from typing import Any

from ._reading import _close, _join, _ReaderBase, _show
from ._rulings import (
    Abandoned,
    AwardedShootout,
    Forfeit,
    NotPlayed,
    PointsDeduction,
    Ruling,
)
from ._score import Cards
from ._values import Match
from .errors import CopaperuError

__all__: list[str] = []


class _MatchReader(_ReaderBase):
    """Reads matches, their cards and rulings, deductions and lots (internal)."""

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
        rulings = self.each(found, "rulings", path, self.ruling)
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
                **self.texts(found, path, "home", "away"),
                score=scores["score"],
                extra_time=scores["extra_time"],
                penalties=scores["penalties"],
                neutral=self.get(found, "neutral", path, bool, False),
                leg=self.get(found, "leg", path, int, None),
                label=self.get(found, "label", path, str, ""),
                date=date,
                cards=cards,
                rulings=tuple(r for r in rulings if r is not None),
                **self.texts(found, path, "source", "notes"),
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
                **self.texts(found, path, "reason", "body"),
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
