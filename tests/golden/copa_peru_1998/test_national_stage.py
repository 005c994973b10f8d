"""Golden tests: the 1998 Copa Perú national stage, as far as the record goes.

# Source: Semanario Pasión, "Hace diez años campeonó IMI de Talara" (11 Dec 2008),
#   http://semanariopasionarchivo.blogspot.com/2008/12/hace-diez-anos-campeono-imi-de-talara.html
#   (BLOG-IMI): the legs' scores and venues.
# Source: Wikipedia, "1998 Copa Perú", https://en.wikipedia.org/wiki/1998_Copa_Per%C3%BA
#   (WIKI): the final's second leg abandoned after 81 minutes after a brawl started by
#   Bolognesi players; the federation declared it ended 3-1 and, because the tie
#   should have gone to a penalty shoot-out, awarded the shoot-out 2-0 to I.M.I.
# The record does not say how the quarter-final I.M.I. v Cultural Hidro (0-5, 5-0)
# was settled: it stays undecided here.
"""

from __future__ import annotations

import copaperu as cp

BOLOGNESI = "Coronel Bolognesi"
IMI = "I.M.I."
HIDRO = "Cultural Hidro"

FINAL_FIRST_LEG = cp.Match(
    home=BOLOGNESI,
    away=IMI,
    score=cp.Score(3, 1),
    leg=1,
    date="1998-12-13",
    label="final, first leg (Tacna)",
)
FINAL_SECOND_LEG = cp.Match(
    home=IMI,
    away=BOLOGNESI,
    score=cp.Score(3, 1),
    leg=2,
    label="final, second leg (Talara)",
    rulings=(
        cp.Abandoned(
            minute=81,
            declared=cp.Score(3, 1),
            reason="brawl started by Coronel Bolognesi players",
            body="Federación Peruana de Fútbol",
        ),
        cp.AwardedShootout(
            winner=IMI,
            score=cp.Score(2, 0),
            reason="the tie, level on aggregate, should have gone to a penalty shoot-out",
            body="Federación Peruana de Fútbol",
        ),
    ),
)


def test_final_goes_to_imi_by_the_awarded_shootout() -> None:
    """I.M.I. win the final by a ruling: aggregate 4-4, shoot-out awarded 2-0."""
    outcome = cp.decide_tie(
        FINAL_FIRST_LEG, FINAL_SECOND_LEG, cp.rules.COPA_PERU_1998_KNOCKOUT
    )

    assert IMI == outcome.winner
    assert BOLOGNESI == outcome.loser
    assert cp.DecidedBy.RULING == outcome.decided_by
    assert cp.Score(4, 4) == outcome.aggregate
    assert FINAL_SECOND_LEG.rulings == outcome.rulings


def test_final_explanation_names_the_rulings() -> None:
    """The explanation gives the aggregate, the awarded shoot-out and both rulings."""
    text = cp.decide_tie(
        FINAL_FIRST_LEG, FINAL_SECOND_LEG, cp.rules.COPA_PERU_1998_KNOCKOUT
    ).explain()

    assert "aggregate: Coronel Bolognesi 4-4 I.M.I." in text
    assert "awarded shoot-out: Coronel Bolognesi 0-2 I.M.I." in text
    assert "ruling: abandoned after 81 minutes, declared 3-1" in text
    assert text.endswith("I.M.I. through by a ruling")


def test_final_as_played_is_undecided() -> None:
    """Without its rulings the final is level and no shoot-out was taken."""
    as_played = cp.official_result(FINAL_SECOND_LEG, apply_rulings=False)

    assert cp.Score(3, 1) == as_played.score
    assert as_played.shootout_winner is None
    assert FINAL_SECOND_LEG.score == cp.Score(3, 1)


def test_quarter_final_is_level_after_two_legs() -> None:
    """Cultural Hidro 5-0 I.M.I., I.M.I. 5-0 Cultural Hidro: level, settlement unknown."""
    outcome = cp.decide_tie(
        cp.Match(home=HIDRO, away=IMI, score=cp.Score(5, 0), leg=1),
        cp.Match(home=IMI, away=HIDRO, score=cp.Score(5, 0), leg=2),
        cp.rules.COPA_PERU_1998_KNOCKOUT,
    )

    assert outcome.winner is None
    assert cp.Score(5, 5) == outcome.aggregate
    assert cp.Need.PENALTIES == outcome.needs
    assert str(outcome).endswith("needs a penalty shoot-out (not recorded)")
