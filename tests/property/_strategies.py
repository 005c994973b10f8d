"""Small Hypothesis strategies for the property tests: teams, round robins, cards.

Private to these tests (the public ``copaperu.strategies`` will come later). Every
strategy shrinks toward few teams, small scores, played matches and no cards, and
can reach the hard cases: every match 0-0, and every team level on everything.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from hypothesis import strategies as st

import copaperu as cp

# "A" first, so that names shrink toward "A", "B", ...; a few letters that sort
# unusually (accents, a dot, a space inside a name) keep ordering by name honest.
_NAME_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÑñéü. "

MAX_GOALS = 5


@dataclass(frozen=True)
class Group:
    """The teams of a group and its matches, played or not."""

    teams: tuple[str, ...]
    matches: tuple[cp.Match, ...]

    @property
    def played(self) -> tuple[cp.Match, ...]:
        """The matches with a known score."""
        return tuple(match for match in self.matches if match.score is not None)


def team_names() -> st.SearchStrategy[str]:
    """A team name: a short non-blank string."""
    return st.text(_NAME_ALPHABET, min_size=1, max_size=8).filter(
        lambda name: name.strip() != ""
    )


def teams(min_size: int = 2, max_size: int = 8) -> st.SearchStrategy[list[str]]:
    """Distinct team names, *min_size* to *max_size* of them."""
    return st.lists(team_names(), min_size=min_size, max_size=max_size, unique=True)


def scores(max_goals: int = MAX_GOALS) -> st.SearchStrategy[cp.Score]:
    """A 90-minute score with at most *max_goals* goals a side."""
    goals = st.integers(0, max_goals)
    return st.builds(cp.Score, goals, goals)


def cards() -> st.SearchStrategy[cp.Cards]:
    """One team's cards in one match."""
    return st.builds(
        cp.Cards,
        yellow=st.integers(0, 4),
        indirect_red=st.integers(0, 1),
        red=st.integers(0, 1),
        yellow_and_red=st.integers(0, 1),
    )


# How the results of a round robin are drawn: freely; every match a draw (scores
# may differ); or every match the same draw, so that every team is level on
# everything. The first shrinks best, so it comes first.
_FREE, _DRAWS, _ALL_LEVEL = "free", "draws only", "all level"


@st.composite
def round_robins(
    draw: st.DrawFn,
    *,
    min_teams: int = 2,
    max_teams: int = 8,
    max_goals: int = MAX_GOALS,
    unplayed: bool = False,
    with_cards: bool = True,
) -> Group:
    """A single or double round robin of 2..8 teams, with scores and maybe cards.

    With *unplayed*, some matches have no score (they keep their cards, which must
    count for nothing as well).
    """
    names = tuple(draw(teams(min_teams, max_teams)))
    legs = draw(st.sampled_from((1, 2)))
    how = draw(st.sampled_from((_FREE, _DRAWS, _ALL_LEVEL)))
    neutral = draw(st.booleans())
    level_score = draw(st.integers(0, max_goals))
    pairs: list[tuple[str, str]] = []
    for first, second in itertools.combinations(names, 2):
        if legs == 2:
            pairs += [(first, second), (second, first)]
        else:
            pairs.append((second, first) if draw(st.booleans()) else (first, second))
    matches = []
    for home, away in pairs:
        score: cp.Score | None
        if how == _FREE:
            score = draw(scores(max_goals))
        elif how == _DRAWS:
            goals = draw(st.integers(0, max_goals))
            score = cp.Score(goals, goals)
        else:
            score = cp.Score(level_score, level_score)
        # About one match in five unplayed; shrinks toward played.
        if unplayed and draw(st.integers(0, 4)) == 4:
            score = None
        booked: dict[str, cp.Cards] = {}
        if with_cards and how != _ALL_LEVEL and draw(st.booleans()):
            booked = {home: draw(cards()), away: draw(cards())}
        matches.append(
            cp.Match(home=home, away=away, score=score, neutral=neutral, cards=booked)
        )
    return Group(teams=names, matches=tuple(matches))
