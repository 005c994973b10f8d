"""Small Hypothesis strategies for the property tests: teams, round robins, cards.

Private to these tests (the public ``copaperu.strategies`` will come later). Every
strategy shrinks toward few teams, small scores, played matches and no cards, and
can reach the hard cases: every match 0-0, and every team level on everything.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import attrs
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


# Rulings and knockout matches (added for the knockout and rulings laws) -----------


def scores_favouring(
    match: cp.Match, team: str, max_goals: int = MAX_GOALS
) -> st.SearchStrategy[cp.Score]:
    """A score written home-away for *match* that *team* wins; shrinks toward 1-0."""
    home_wins = team == match.home

    def written(loser: int, winner: int) -> cp.Score:
        return cp.Score(winner, loser) if home_wins else cp.Score(loser, winner)

    return st.integers(0, max_goals - 1).flatmap(
        lambda loser: st.integers(loser + 1, max_goals).map(
            lambda winner: written(loser, winner)
        )
    )


def shootout_scores() -> st.SearchStrategy[cp.Score]:
    """A penalty shoot-out score, never level; shrinks toward 0-1."""

    def build(home: int, lead: int) -> cp.Score:
        return cp.Score(home, (home + lead) % 7)

    return st.builds(build, st.integers(0, 6), st.integers(1, 6))


def abandoned_minutes() -> st.SearchStrategy[int | None]:
    """The minute a match was abandoned, if known."""
    return st.none() | st.integers(0, 150)


# Which rulings a match gets, beyond none at all.
_FORFEIT, _ABANDONED, _NOT_PLAYED, _SHOOTOUT = (
    "forfeit",
    "abandoned",
    "not played",
    "shoot-out only",
)


@st.composite
def rulings_for(draw: st.DrawFn, match: cp.Match) -> tuple[cp.Ruling, ...]:
    """Any combination of rulings that *match* accepts, in any order.

    A match with no score may be ruled not played. Otherwise: a forfeit (with or
    without a score, maybe beside a void abandonment), an abandonment (void or
    declared), or neither; and then, unless a shoot-out was taken, maybe an awarded
    shoot-out. About half the matches get no ruling at all (toward which it shrinks).
    """
    if not draw(st.booleans()):
        return ()
    kinds = [_FORFEIT, _ABANDONED]
    if match.score is None:
        kinds.append(_NOT_PLAYED)
    if match.penalties is None:
        kinds.append(_SHOOTOUT)
    kind = draw(st.sampled_from(kinds))
    if kind == _NOT_PLAYED:
        return (cp.NotPlayed(),)
    found: list[cp.Ruling] = []
    if kind == _FORFEIT:
        team = draw(st.sampled_from(match.teams))
        awarded = draw(st.none() | scores_favouring(match, team))
        found.append(cp.Forfeit(awarded_to=team, score=awarded))
        if draw(st.booleans()):
            found.append(cp.Abandoned(minute=draw(abandoned_minutes())))
    elif kind == _ABANDONED:
        declared = draw(st.none() | scores())
        found.append(cp.Abandoned(minute=draw(abandoned_minutes()), declared=declared))
    if match.penalties is None and (kind == _SHOOTOUT or draw(st.booleans())):
        winner = draw(st.sampled_from(match.teams))
        awarded = draw(st.none() | scores_favouring(match, winner, max_goals=6))
        found.append(cp.AwardedShootout(winner=winner, score=awarded))
    return tuple(draw(st.permutations(found)))


@st.composite
def with_rulings(draw: st.DrawFn, match: cp.Match) -> cp.Match:
    """*match* with a valid combination of rulings added."""
    return attrs.evolve(match, rulings=draw(rulings_for(match)))


@st.composite
def matches(
    draw: st.DrawFn,
    home: str,
    away: str,
    *,
    unknown: bool = True,
    extra_time: bool = True,
    penalties: bool = True,
) -> cp.Match:
    """A match between *home* and *away*: any score (or none), maybe extra time and a
    shoot-out, whether or not they were due.

    Extra time, when drawn, only ever adds goals to the 90-minute score.
    """
    score: cp.Score | None = draw(scores())
    # About one match in five unknown; shrinks toward known.
    if unknown and draw(st.integers(0, 4)) == 4:
        score = None
    extra: cp.Score | None = None
    shootout: cp.Score | None = None
    if score is not None:
        if extra_time and draw(st.integers(0, 3)) == 3:
            added = st.integers(0, 3)
            extra = cp.Score(score.home + draw(added), score.away + draw(added))
        if penalties and draw(st.integers(0, 3)) == 3:
            shootout = draw(shootout_scores())
    return cp.Match(
        home=home, away=away, score=score, extra_time=extra, penalties=shootout
    )


@st.composite
def knockout_matches(
    draw: st.DrawFn, home: str, away: str, rules: cp.TieRules
) -> cp.Match:
    """A single knockout match as *rules* would have it played.

    Any 90-minute score; extra time only when level and the rules have it; a
    shoot-out only when still level and the rules have one (each may be missing).
    """
    score = draw(scores())
    extra: cp.Score | None = None
    if score.is_draw and rules.extra_time and draw(st.booleans()):
        added = st.integers(0, 3)
        extra = cp.Score(score.home + draw(added), score.away + draw(added))
    final = score if extra is None else extra
    shootout: cp.Score | None = None
    if final.is_draw and rules.penalties and draw(st.booleans()):
        shootout = draw(shootout_scores())
    return cp.Match(
        home=home,
        away=away,
        score=score,
        extra_time=extra,
        penalties=shootout,
    )


def deductions(teams: tuple[str, ...]) -> st.SearchStrategy[list[cp.PointsDeduction]]:
    """A few points deductions (or additions) for *teams*."""
    points = st.integers(-6, 6).filter(lambda value: value != 0)
    one = st.builds(cp.PointsDeduction, team=st.sampled_from(teams), points=points)
    return st.lists(one, max_size=3)
