"""Pots of a draw as data: checked against the ties the draw made."""

from __future__ import annotations

from typing import Any

import pytest

import copaperu as cp
from copaperu import competition as c


def place(n: int) -> c.Reference:
    return c.Reference(kind=c.ReferenceKind.PLACE, of="league", place=n)


def edition(pots: tuple[c.Pot, ...], pairs: tuple[tuple[int, int], ...]) -> c.Edition:
    """A league of four, 1st > 2nd > 3rd > 4th, then ties between *pairs* of places."""
    teams = ("A", "B", "C", "D")
    matches = tuple(
        cp.Match(home=h, away=a, score=cp.Score(1, 0))
        for i, h in enumerate(teams)
        for a in teams[i + 1 :]
    )
    league = c.Group(
        id="league",
        rules="classic",
        legs=1,
        advance=4,
        entrants=teams,
        matches=matches,
    )
    ties = tuple(
        c.Tie(
            id=f"t{i}",
            rules="uefa-club-2021-knockout",
            entrants=(place(one), place(two)),
        )
        for i, (one, two) in enumerate(pairs, start=1)
    )
    return c.Edition(
        id="cup",
        name="Cup",
        stages=(
            c.Stage(
                id="s",
                phases=(
                    c.Phase(id="league", groups=(league,)),
                    c.Phase(id="ties", ties=ties, pots=pots),
                ),
            ),
        ),
    )


SEEDED = c.Pot(id="seeded", entrants=(place(1), place(2)))
UNSEEDED = c.Pot(id="unseeded", entrants=(place(3), place(4)))


def test_ties_one_from_each_pot_agree_with_the_pots() -> None:
    """1st v 4th and 2nd v 3rd: nothing contradicted, the pots resolved."""
    result = cp.replay(edition((SEEDED, UNSEEDED), ((1, 4), (2, 3))))

    assert () == result.contradictions
    assert [("seeded", ("A", "B")), ("unseeded", ("C", "D"))] == [
        (pot.id, pot.teams) for pot in result.stage("s").pots
    ]


def test_two_teams_of_one_pot_in_a_tie_are_a_contradiction() -> None:
    """1st v 2nd: both seeded (and so are 3rd v 4th)."""
    found = cp.replay(edition((SEEDED, UNSEEDED), ((1, 2), (3, 4)))).contradictions

    assert [
        "t1: ['A', 'B'] are both in pot seeded",
        "t2: ['C', 'D'] are both in pot unseeded",
    ] == [str(f) for f in found]


def test_a_pot_team_in_no_tie_is_a_contradiction() -> None:
    """Pots naming a team that the ties leave out: it plays none of them."""
    extra = c.Pot(id="others", entrants=("E",))
    found = cp.replay(
        edition((SEEDED, UNSEEDED, extra), ((1, 4), (2, 3)))
    ).contradictions

    assert ["ties: E of pot others plays 0 ties of the phase, not one"] == [
        str(f) for f in found
    ]


def test_a_pot_drawn_against_a_pot_limits_its_opponents() -> None:
    """Pot "1" against pot "4" only: 1st v 3rd breaks it."""
    pots = (
        c.Pot(id="1", entrants=(place(1),), against=("4",)),
        c.Pot(id="2", entrants=(place(2),)),
        c.Pot(id="3", entrants=(place(3),)),
        c.Pot(id="4", entrants=(place(4),), against=("1",)),
    )
    found = cp.replay(edition(pots, ((1, 3), (2, 4)))).contradictions

    assert [c.ContradictionKind.POT_PAIRING] * 2 == [f.kind for f in found]
    assert "t1: ['A', 'C'] are from pots 1 and 3, not drawn against each other" == str(
        found[0]
    )


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: c.Pot(id="p", entrants=()),
            "pot 'p': a pot has at least one entrant",
        ),
        (
            lambda: c.Phase(
                id="ties",
                ties=(c.Tie(id="t", rules="classic", entrants=("A", "B")),),
                pots=(SEEDED, SEEDED),
            ),
            "phase 'ties': pot ids must be different (got ['seeded', 'seeded'])",
        ),
        (
            lambda: c.Phase(
                id="ties",
                ties=(c.Tie(id="t", rules="classic", entrants=("A", "B")),),
                pots=(c.Pot(id="p", entrants=("A",), against=("q",)),),
            ),
            "phase 'ties': pot 'p' is drawn against 'q', which is not another pot "
            "of the phase",
        ),
        (
            lambda: c.Phase(id="groups", pots=(SEEDED,)),
            "phase 'groups': pots are drawn into ties, and the phase has none",
        ),
        (
            lambda: c.Pot(id="p", entrants=("A\x1b[2J",)),
            "pot 'p': entrants[0]",
        ),
    ],
    ids=["empty", "twice", "against-unknown", "no-ties", "control-character"],
)
def test_bad_pots_are_refused(make: Any, message: str) -> None:
    """A clear error naming the pot or phase."""
    with pytest.raises(cp.InvalidValueError) as excinfo:
        make()

    assert str(excinfo.value).startswith(message)


def test_a_pot_referring_to_what_does_not_exist_is_refused_at_its_path() -> None:
    """A pot's entrants are checked like a tie's."""
    with pytest.raises(cp.ConfigError) as excinfo:
        edition((c.Pot(id="p", entrants=(place(9),)),), ((1, 4), (2, 3)))

    ((where, what),) = excinfo.value.problems
    assert "stages[0].phases[1].pots[0].entrants[0]" == where
    assert "'league' has 4 entrants (got place 9)" == what


def test_pots_round_trip_through_a_file() -> None:
    """Pots are written and read back as they are."""
    written = edition((SEEDED, UNSEEDED), ((1, 4), (2, 3)))

    assert written == cp.loads(cp.dumps(written))
    assert '[[stages.phases.pots]]\nid = "seeded"' in cp.dumps(written)
