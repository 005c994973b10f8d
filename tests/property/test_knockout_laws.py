"""Laws every knockout tie obeys, whatever the scores: checked on random matches.

Each law is checked under every tie-rules preset and a few hand-made rules that
reach the combinations no preset has (points with away goals, a replay).
"""

from __future__ import annotations

import attrs
from hypothesis import event, given
from hypothesis import strategies as st

import copaperu as cp
from copaperu import rules, strategies

# Drawn per example rather than parametrized, which keeps the ci profile fast; a
# failing example names its rules.
TIE_RULES = st.sampled_from(
    [
        *(rules.tie_preset(name) for name in rules.tie_preset_names()),
        cp.TieRules(name="defaults"),
        cp.TieRules(
            name="points, away goals", basis="points", away_goals=True, extra_time=False
        ),
        cp.TieRules(
            name="replay only", extra_time=False, penalties=False, playoff=True
        ),
    ]
)


def _swapped(score: cp.Score | None) -> cp.Score | None:
    return None if score is None else score.swapped()


def _pair() -> st.SearchStrategy[tuple[str, str]]:
    """Two distinct team names."""
    return strategies.teams(min_teams=2, max_teams=2).map(
        lambda names: (names[0], names[1])
    )


def _shootout_scores() -> st.SearchStrategy[cp.Score]:
    """A penalty shoot-out's score: never level."""
    return strategies.scores(max_goals=7).filter(lambda score: not score.is_draw)


@st.composite
def _single_matches(draw: st.DrawFn, tie_rules: cp.TieRules) -> cp.Match:
    """A single knockout match as *tie_rules* would have it played.

    Any 90-minute score; extra time only when level and the rules have it; a
    shoot-out only when still level and the rules have one (each may be missing).
    """
    home, away = draw(_pair())
    score = draw(strategies.scores())
    extra: cp.Score | None = None
    if score.is_draw and tie_rules.extra_time and draw(st.booleans()):
        added = st.integers(0, 3)
        extra = cp.Score(score.home + draw(added), score.away + draw(added))
    final = score if extra is None else extra
    shootout: cp.Score | None = None
    if final.is_draw and tie_rules.penalties and draw(st.booleans()):
        shootout = draw(_shootout_scores())
    return cp.Match(
        home=home, away=away, score=score, extra_time=extra, penalties=shootout
    )


@st.composite
def _any_matches(draw: st.DrawFn, home: str, away: str) -> cp.Match:
    """Any match of *home* against *away*, at *home*: any score or none, extra time and
    a shoot-out whether due or not, and any valid rulings.
    """
    match = draw(strategies.matches(teams=st.just([home, away])))
    return match if match.home == home else match.swapped()


@st.composite
def _normal_time_legs(draw: st.DrawFn) -> tuple[cp.Match, cp.Match]:
    """Two legs with 90-minute scores only: no extra time, no shoot-out, no ruling."""
    first, second = draw(_pair())
    return (
        cp.Match(home=first, away=second, score=draw(strategies.scores())),
        cp.Match(home=second, away=first, score=draw(strategies.scores())),
    )


@st.composite
def _any_ties(
    draw: st.DrawFn,
) -> tuple[cp.Match, cp.Match, cp.Match | None]:
    """Two legs and maybe a play-off: any scores (or none), extra time, shoot-outs and
    rulings, whether or not the rules would have them.
    """
    first, second = draw(_pair())
    # The first leg never has extra time or a shoot-out (played or awarded): only
    # the last match of a tie can.
    drawn = draw(_any_matches(first, second))
    one = attrs.evolve(
        drawn,
        extra_time=None,
        penalties=None,
        rulings=tuple(
            r for r in drawn.rulings if not isinstance(r, cp.AwardedShootout)
        ),
    )
    two = draw(_any_matches(second, first))
    playoff = None
    if draw(st.booleans()):
        home, away = draw(st.permutations((first, second)))
        playoff = draw(_any_matches(home, away))
    return one, two, playoff


# Law 1 ---------------------------------------------------------------------------


@given(tie_rules=TIE_RULES, data=st.data())
def test_single_match_symmetric_under_swapping_sides(
    tie_rules: cp.TieRules, data: st.DataObject
) -> None:
    """Naming the teams the other way round changes no single match's outcome."""
    match = data.draw(_single_matches(tie_rules))
    out = cp.decide_match(match, tie_rules)
    swapped = cp.decide_match(match.swapped(), tie_rules)

    assert (out.winner, out.decided_by, out.needs) == (
        swapped.winner,
        swapped.decided_by,
        swapped.needs,
    )
    assert out.teams[::-1] == swapped.teams
    assert _swapped(out.aggregate) == swapped.aggregate


# Law 2 ---------------------------------------------------------------------------

# Giving the legs the other way round (second leg first) makes the other team the
# first-named one. For a tie settled in normal time nothing else changes, under
# every preset: aggregate goals and points per leg do not depend on which leg came
# first, and neither do away goals -- each team's away goals are still those it
# scored at the other team's ground (first-named: the second leg's away goals;
# second-named: the first leg's). What does depend on the order is everything
# after normal time: extra time and a shoot-out belong to the last leg, so such
# ties are left out here. So are rulings: with both legs awarded without a score,
# to different teams, the leg listed first decides the tie.


@given(tie_rules=TIE_RULES, legs=_normal_time_legs())
def test_two_legged_tie_symmetric_under_swapping_sides(
    tie_rules: cp.TieRules, legs: tuple[cp.Match, cp.Match]
) -> None:
    """The legs in the other order give the same outcome, seen from the other side."""
    first_leg, second_leg = legs
    out = cp.decide_tie(first_leg, second_leg, tie_rules)
    reversed_out = cp.decide_tie(second_leg, first_leg, tie_rules)

    assert (out.winner, out.decided_by, out.needs) == (
        reversed_out.winner,
        reversed_out.decided_by,
        reversed_out.needs,
    )
    assert out.teams[::-1] == reversed_out.teams
    assert _swapped(out.aggregate) == reversed_out.aggregate


# Law 3 ---------------------------------------------------------------------------


def _check_outcome(outcome: cp.TieOutcome, teams: tuple[str, str]) -> None:
    assert teams == outcome.teams
    if outcome.winner is not None:
        assert outcome.winner in teams
        assert {outcome.winner, outcome.loser} == set(teams)
        assert outcome.decided_by is not None
        assert (None, None) == (outcome.needs, outcome.missing_from)
        assert outcome.is_decided
    else:
        assert outcome.needs is not None
        assert outcome.loser is None
        assert outcome.decided_by is None
        assert not outcome.is_decided


@given(tie_rules=TIE_RULES, tie=_any_ties())
def test_decided_tie_has_a_winner_from_its_teams(
    tie_rules: cp.TieRules, tie: tuple[cp.Match, cp.Match, cp.Match | None]
) -> None:
    """A decided tie's winner is one of its teams and the loser the other; an
    undecided one says what it needs (or the input is refused with a RuleError).
    """
    first_leg, second_leg, playoff = tie
    try:
        outcome = cp.decide_tie(first_leg, second_leg, tie_rules, playoff=playoff)
    except cp.RuleError:
        event("refused: extra time or a shoot-out not due")
        return
    event(f"decided by {outcome.decided_by}" if outcome.is_decided else "undecided")

    _check_outcome(outcome, first_leg.teams)


@given(tie_rules=TIE_RULES, data=st.data())
def test_decided_match_has_a_winner_from_its_teams(
    tie_rules: cp.TieRules, data: st.DataObject
) -> None:
    """The same law for a single match, with any rulings on it."""
    match = data.draw(strategies.matches())
    try:
        outcome = cp.decide_match(match, tie_rules)
    except cp.RuleError:
        event("refused: extra time or a shoot-out not due")
        return
    event(f"decided by {outcome.decided_by}" if outcome.is_decided else "undecided")

    _check_outcome(outcome, match.teams)
