"""Golden test: the 1997 Copa Perú final round.

# Source: RSSSF, "Peru - Copa Perú 1997", https://rsssf.org/tablesc/copaperu97.html
All 15 matches were played in Lima (neutral venue; the team named first is only the
one listed first). Juan Aurich and U.P.A.O. finished level on 12 points and the title
went to a first-place play-off (Juan Aurich 1-0), not to goal difference. Rows 1-3 of
the table are typed from the source; rows 4-6 could not be read from the stored copy of
the page (it is cut short by length) and are not typed here: the engine computes them.
"""

from __future__ import annotations

import pytest

import copaperu as cp

SOURCE = "https://rsssf.org/tablesc/copaperu97.html"

TEAMS = (
    "Colegio Nacional",
    "Cultural Hidro",
    "Los Chankas",
    "Juan Aurich",
    "U.P.A.O.",
    "Universitario",
)

# (round label, date, home, away, score) as listed by the source.
RESULTS = (
    ("Round 1", "1997-11-30", "Juan Aurich", "Colegio Nacional", "7-0"),
    ("Round 1", "1997-11-30", "Cultural Hidro", "Universitario", "1-0"),
    ("Round 1", "1997-11-30", "Los Chankas", "U.P.A.O.", "1-0"),
    ("Round 2", "1997-12-03", "Los Chankas", "Colegio Nacional", "1-1"),
    ("Round 2", "1997-12-03", "U.P.A.O.", "Cultural Hidro", "5-2"),
    ("Round 2", "1997-12-03", "Juan Aurich", "Universitario", "3-1"),
    ("Round 3", "1997-12-07", "Universitario", "Colegio Nacional", "2-1"),
    ("Round 3", "1997-12-07", "Cultural Hidro", "Los Chankas", "0-0"),
    ("Round 3", "1997-12-07", "U.P.A.O.", "Juan Aurich", "1-0"),
    ("Round 4", "1997-12-10", "U.P.A.O.", "Colegio Nacional", "5-1"),
    ("Round 4", "1997-12-10", "Universitario", "Los Chankas", "2-0"),
    ("Round 4", "1997-12-10", "Juan Aurich", "Cultural Hidro", "1-0"),
    ("Round 5", "1997-12-14", "Cultural Hidro", "Colegio Nacional", "4-2"),
    ("Round 5", "1997-12-14", "Juan Aurich", "Los Chankas", "2-0"),
    ("Round 5", "1997-12-14", "U.P.A.O.", "Universitario", "3-0"),
)

PLAYOFF = cp.Match(
    home="Juan Aurich",
    away="U.P.A.O.",
    score=cp.Score(1, 0),
    neutral=True,
    label="First place play-off",
    date="1997-12-17",
)

# Published rows 1-3: (team, points, played, won, drawn, lost, goals for, against).
PUBLISHED = (
    ("Juan Aurich", 12, 5, 4, 0, 1, 13, 2),
    ("U.P.A.O.", 12, 5, 4, 0, 1, 14, 4),
    ("Cultural Hidro", 7, 5, 2, 1, 2, 7, 8),
)

# The order of rows 4-6 follows from the results (they could not be read from the
# stored copy of the source's page, which is cut short):
# Universitario 6 pts, Los Chankas 5, Colegio Nacional 1, each on points alone.
FULL_ORDER = (
    "Juan Aurich",
    "U.P.A.O.",
    "Cultural Hidro",
    "Universitario",
    "Los Chankas",
    "Colegio Nacional",
)


def matches() -> list[cp.Match]:
    return [
        cp.Match(
            home=home,
            away=away,
            score=cp.Score.parse(score),
            neutral=True,
            label=label,
            date=date,
        )
        for label, date, home, away, score in RESULTS
    ]


def test_without_the_playoff_first_place_is_an_open_tie() -> None:
    """Level on points for the title, Juan Aurich and U.P.A.O. need a play-off."""
    table = cp.standings(TEAMS, matches(), cp.rules.COPA_PERU_1997, advance=1)

    assert (
        cp.LevelTeams(
            teams=("Juan Aurich", "U.P.A.O."), position=1, needs=cp.Need.PLAYOFF
        ),
    ) == table.level_teams
    assert table.row("Juan Aurich").position == 1
    assert table.row("U.P.A.O.").position == 1
    assert table.row("Cultural Hidro").position == 3


def test_goal_difference_does_not_decide_a_qualifying_place() -> None:
    """Juan Aurich's better goal difference (+11 vs +10) is not used for first place."""
    table = cp.standings(TEAMS, matches(), cp.rules.COPA_PERU_1997, advance=1)

    explained = str(table.explain())
    assert "goal difference" not in explained.split("\n")[0]
    assert "Juan Aurich, U.P.A.O. level in place 1: needs a play-off" in explained


def test_with_the_playoff_the_order_is_the_published_one() -> None:
    """The play-off puts Juan Aurich first; the rest follows on points."""
    table = cp.standings(
        TEAMS, matches(), cp.rules.COPA_PERU_1997, advance=1, playoffs=[PLAYOFF]
    )

    assert FULL_ORDER == table.order
    assert () == table.level_teams
    assert [1, 2, 3, 4, 5, 6] == [row.position for row in table.rows]


@pytest.mark.parametrize(
    ("position", "published"), list(enumerate(PUBLISHED, start=1)), ids=lambda v: str(v)
)
def test_published_rows(position: int, published: tuple[object, ...]) -> None:
    """Rows 1-3 equal the figures RSSSF publishes."""
    table = cp.standings(
        TEAMS, matches(), cp.rules.COPA_PERU_1997, advance=1, playoffs=[PLAYOFF]
    )
    row = table.rows[position - 1]
    actual = (
        row.team,
        row.points,
        row.played,
        row.won,
        row.drawn,
        row.lost,
        row.goals_for,
        row.goals_against,
    )

    assert published == actual, f"row {position}: expected {published}, got {actual}"


def test_the_playoff_is_explained_and_not_counted() -> None:
    """The explanation names the play-off and its score; played stays 5."""
    table = cp.standings(
        TEAMS, matches(), cp.rules.COPA_PERU_1997, advance=1, playoffs=[PLAYOFF]
    )
    first = table.explain().separations[0]

    assert ("Juan Aurich", "U.P.A.O.", cp.tiebreak.playoff(), 1, 0) == (
        first.upper,
        first.lower,
        first.criterion,
        first.upper_value,
        first.lower_value,
    )
    assert (PLAYOFF,) == first.matches
    assert "Juan Aurich 1-0 U.P.A.O." in str(first)
    assert table.row("Juan Aurich").played == 5
