"""The fast path ranks exactly as the exact engine does.

:func:`copaperu.rank_rows` (plain rows, one tally, one sort, the engine only for
teams still level) and :func:`copaperu.standings` from plain rows must give the
places that :func:`copaperu.standings` gives from validated :class:`Match`
values, under every table preset.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import copaperu as cp

PRESETS = [cp.rules.table_preset(name) for name in cp.rules.table_preset_names()]
TEAMS = ["Alpacas", "Condors", "Llamas", "Vicuñas", "Pumas", "Jaguars"]


@st.composite
def groups(draw: st.DrawFn) -> tuple[list[str], list[cp.Row]]:
    """A group of 2-6 teams: a single or double round robin, each fixture played
    (scores 0-4, often level, so criteria deep in the chain decide) or missing."""
    teams = TEAMS[: draw(st.integers(2, 6))]
    legs = draw(st.sampled_from((1, 2)))
    rows: list[cp.Row] = []
    for i, home in enumerate(teams):
        for j, away in enumerate(teams):
            if i == j or (legs == 1 and j < i):
                continue
            if draw(st.integers(0, 9)) == 0:
                continue  # not played
            rows.append((home, away, draw(st.integers(0, 4)), draw(st.integers(0, 4))))
    return teams, rows


def places(table: cp.Standings) -> tuple[tuple[str, ...], ...]:
    found: dict[int, list[str]] = {}
    for row in table.rows:
        found.setdefault(row.position, []).append(row.team)
    return tuple(tuple(sorted(teams)) for teams in found.values())


def from_matches(
    teams: list[str], rows: list[cp.Row], rules: cp.TableRules
) -> cp.Standings:
    matches = [cp.Match(home=h, away=a, score=cp.Score(x, y)) for h, a, x, y in rows]
    return cp.standings(teams, matches, rules)


@given(groups(), st.sampled_from(PRESETS))
def test_rank_rows_gives_the_exact_engines_places(
    group: tuple[list[str], list[cp.Row]], rules: cp.TableRules
) -> None:
    """Every generated group, every preset: the same places, the same teams level."""
    teams, rows = group

    assert places(from_matches(teams, rows, rules)) == cp.rank_rows(teams, rows, rules)


@given(groups(), st.sampled_from(PRESETS))
def test_standings_from_rows_is_standings_from_matches(
    group: tuple[list[str], list[cp.Row]], rules: cp.TableRules
) -> None:
    """A table from plain rows is the table from the matches they stand for:
    rows, open ties and the reasons for the order."""
    teams, rows = group
    expected = from_matches(teams, rows, rules)
    table = cp.standings(teams, rows, rules)

    assert expected.rows == table.rows
    assert expected.level_teams == table.level_teams
    assert [str(s) for s in expected.explain().separations] == [
        str(s) for s in table.explain().separations
    ]


@given(groups())
def test_from_rows_builds_the_matches_one_by_one_would(
    group: tuple[list[str], list[cp.Row]],
) -> None:
    """``Match.from_rows`` is the bulk form of ``Match(...)``, value for value."""
    _, rows = group

    assert tuple(
        cp.Match(home=h, away=a, score=cp.Score(x, y)) for h, a, x, y in rows
    ) == cp.Match.from_rows(rows)


@given(
    st.integers(2, 5),
    st.integers(1, 12),
    st.sampled_from(PRESETS),
    st.data(),
)
def test_rank_groups_gives_rank_rows_places_for_every_run(
    size: int, runs: int, rules: cp.TableRules, data: st.DataObject
) -> None:
    """The NumPy kernel, run by run, is the fast path (and so the exact engine):
    a single round robin of *size* teams, every run's scores drawn 0-4."""
    numpy = pytest.importorskip("numpy")
    from copaperu.simulate import rank_groups

    teams = TEAMS[:size]
    fixtures = [(h, a) for i, h in enumerate(teams) for a in teams[i + 1 :]]
    goals = data.draw(
        st.lists(
            st.lists(
                st.tuples(st.integers(0, 4), st.integers(0, 4)),
                min_size=len(fixtures),
                max_size=len(fixtures),
            ),
            min_size=runs,
            max_size=runs,
        )
    )
    places = rank_groups(teams, fixtures, numpy.array(goals, dtype=numpy.int64), rules)

    for run, scores in enumerate(goals):
        rows = [(h, a, x, y) for (h, a), (x, y) in zip(fixtures, scores, strict=True)]
        expected = {}
        at = 1
        for block in cp.rank_rows(teams, rows, rules):
            for team in block:
                expected[team] = at
            at += len(block)
        assert [expected[team] for team in teams] == places[run].tolist()
