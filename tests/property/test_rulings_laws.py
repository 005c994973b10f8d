"""Laws of rulings: they sit beside the pitch's result and never rewrite it.

Checked with the public strategies: random matches with every valid combination
of rulings (``strategies.rulings``), and random round robins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import attrs
from hypothesis import given
from hypothesis import strategies as st

import copaperu as cp
from copaperu import rules, strategies


@st.composite
def with_rulings(draw: st.DrawFn, match: cp.Match) -> cp.Match:
    """*match* with a valid combination of rulings added."""
    return attrs.evolve(match, rulings=draw(strategies.rulings(match)))


@dataclass(frozen=True)
class RuledGroup:
    """A round robin, the same matches with rulings added, and points deductions."""

    group: strategies.RoundRobin
    ruled: tuple[cp.Match, ...]
    adjustments: tuple[cp.PointsDeduction, ...]


@st.composite
def _ruled_groups(draw: st.DrawFn) -> RuledGroup:
    group = draw(
        strategies.round_robins(teams=strategies.teams(max_teams=6), with_rulings=False)
    )
    ruled = tuple(draw(st.just(match) | with_rulings(match)) for match in group.matches)
    deductions = strategies.points_deductions(teams=st.just(group.teams))
    return RuledGroup(
        group=group,
        ruled=ruled,
        adjustments=tuple(draw(st.lists(deductions, max_size=3))),
    )


@st.composite
def _ruled_matches(draw: st.DrawFn) -> tuple[cp.Match, cp.Match]:
    """A match as played, and the same match with rulings."""
    played = draw(strategies.matches(with_rulings=False))
    return played, draw(with_rulings(played))


@dataclass(frozen=True)
class Preset:
    """Table rules with no ranking criterion (a ranking needs values), and *advance*."""

    rules: cp.TableRules
    advance: int = 0

    def table(
        self,
        group: strategies.RoundRobin,
        played: Sequence[cp.Match],
        *,
        adjustments: Sequence[cp.PointsDeduction] = (),
        apply_rulings: bool = True,
    ) -> cp.Standings:
        """The table of *group*'s teams over *played* under these rules."""
        return cp.standings(
            group.teams,
            played,
            self.rules,
            advance=self.advance,
            adjustments=adjustments,
            apply_rulings=apply_rulings,
        )


# Drawn per example rather than parametrized, which keeps the ci profile fast; a
# failing example names its rules.
PRESETS = st.sampled_from(
    [
        Preset(rules.CLASSIC),
        Preset(rules.FIFA_WORLD_CUP_2018),
        Preset(rules.FIFA_WORLD_CUP_1990),
        Preset(rules.CONMEBOL_LIBERTADORES_1995),
        Preset(rules.COPA_PERU_1998, advance=1),
    ]
)


def _without_rulings(match: cp.Match) -> cp.Match:
    return attrs.evolve(match, rulings=())


# Law 1 ---------------------------------------------------------------------------


@given(matches=_ruled_matches())
def test_ruling_never_changes_the_on_field_score(
    matches: tuple[cp.Match, cp.Match],
) -> None:
    """The official result keeps the match's on-field score, and ignoring the
    rulings is the same as having none.
    """
    played, ruled = matches
    official = cp.official_result(ruled)
    as_played = cp.official_result(ruled, apply_rulings=False)
    stripped = cp.official_result(_without_rulings(ruled))

    assert ruled is official.match
    assert played.score == ruled.score
    assert (played.extra_time, played.penalties) == (
        ruled.extra_time,
        ruled.penalties,
    )
    assert attrs.evolve(stripped, match=ruled) == as_played
    assert () == as_played.rulings


# Law 2 ---------------------------------------------------------------------------


@given(preset=PRESETS, group=strategies.round_robins(with_rulings=False))
def test_table_without_rulings_equals_table_as_played(
    preset: Preset, group: strategies.RoundRobin
) -> None:
    """With no ruling and no deduction, the official table is the table as played."""
    official = preset.table(group, group.matches)
    as_played = preset.table(group, group.matches, apply_rulings=False)

    assert official.order == as_played.order
    assert official.rows == as_played.rows
    assert official.level_teams == as_played.level_teams
    assert attrs.evolve(official, apply_rulings=False) == as_played
    assert str(official.explain()) == str(as_played.explain())


# Law 3 ---------------------------------------------------------------------------


def _rows(table: cp.Standings) -> tuple[cp.TableRow, ...]:
    return tuple(attrs.evolve(row, rulings=()) for row in table.rows)


@given(preset=PRESETS, ruled=_ruled_groups())
def test_table_as_played_ignores_every_ruling(
    preset: Preset, ruled: RuledGroup
) -> None:
    """Rulings on matches and deductions change nothing in the table as played."""
    group = ruled.group
    as_played = preset.table(
        group, ruled.ruled, adjustments=ruled.adjustments, apply_rulings=False
    )
    bare = preset.table(group, group.matches, apply_rulings=False)

    assert bare.order == as_played.order
    assert _rows(bare) == _rows(as_played)
    assert bare.level_teams == as_played.level_teams
    assert bare.unplayed == tuple(map(_without_rulings, as_played.unplayed))
    assert str(bare.explain()) == str(as_played.explain())
