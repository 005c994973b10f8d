"""Layer 8, on top: strategies for scores, cards, matches with their rulings, and round robins."""

from __future__ import annotations

import datetime
import functools
import itertools
from collections.abc import Sequence
from typing import NamedTuple, TypeVar, final

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .._points import PointsScheme
from .._rulings import (
    Abandoned,
    AwardedShootout,
    Forfeit,
    NotPlayed,
    PointsDeduction,
    Ruling,
)
from .._validators import is_a
from .._values import Cards, Match, Score, TeamId
from ._common import (
    DATES,
    LEGS,
    MAX_GOALS,
    MAYBE_DATES,
    MINUTES,
    NAME_ALPHABET,
    TEXT_ALPHABET,
    check_count,
    check_flag,
    check_strategy,
    draw_teams,
)

__all__: list[str] = []

T = TypeVar("T")

# Values ---------------------------------------------------------------------------


@final
class RoundRobin(NamedTuple):
    """The teams of a round robin and its matches, as :func:`round_robins` draws them.

    It unpacks into the first two arguments of :func:`copaperu.standings`.

    >>> import copaperu as cp
    >>> group = RoundRobin(("A", "B"), (cp.Match(home="A", away="B"),))
    >>> cp.standings(*group, cp.rules.CLASSIC).order
    ('A', 'B')
    """

    teams: tuple[TeamId, ...]
    """The teams, each once."""
    matches: tuple[Match, ...]
    """One match per fixture (two with home and away legs), played or not."""


def scores(*, max_goals: int = MAX_GOALS) -> st.SearchStrategy[Score]:
    """Scores with at most *max_goals* goals a side; shrinks toward 0-0.

    Raises:
        InvalidArgument: *max_goals* is negative.

    >>> from hypothesis import find, settings
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> find(strategies.scores(), lambda score: score.home > 2, settings=fixed)
    Score(home=3, away=0)
    """
    check_count("scores", "max_goals", max_goals, 0)
    goals = st.integers(0, max_goals)
    return st.builds(Score, goals, goals)


def cards() -> st.SearchStrategy[Cards]:
    """One team's cards in one match; shrinks toward no cards.

    >>> from hypothesis import find, settings
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> find(strategies.cards(), lambda c: c.red > 0, settings=fixed)
    Cards(yellow=0, indirect_red=0, red=1, yellow_and_red=0)
    """
    return st.builds(
        Cards,
        yellow=st.integers(0, 5),
        indirect_red=st.integers(0, 2),
        red=st.integers(0, 2),
        yellow_and_red=st.integers(0, 1),
    )


def points_schemes() -> st.SearchStrategy[PointsScheme]:
    """Points for a win, a draw and a loss; shrinks toward 3-1-0.

    Besides 3-1-0 and 2-1-0, any scheme in which a win is worth at least a draw
    and a draw at least a loss: all equal (every table level on points), or
    negative points for a loss.

    >>> from hypothesis import find, settings
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> find(strategies.points_schemes(), lambda scheme: scheme.win == 2, settings=fixed)
    PointsScheme(win=2, draw=1, loss=0)
    """

    def scheme(loss: int, draw_over_loss: int, win_over_draw: int) -> PointsScheme:
        draw = loss + draw_over_loss
        return PointsScheme(win=draw + win_over_draw, draw=draw, loss=loss)

    return st.sampled_from(
        (PointsScheme.THREE_FOR_A_WIN, PointsScheme.TWO_FOR_A_WIN)
    ) | st.builds(scheme, st.integers(-1, 2), st.integers(0, 2), st.integers(0, 3))


def team_names() -> st.SearchStrategy[TeamId]:
    """Team names: short strings that are not blank; shrinks toward ``"A"``.

    >>> from hypothesis import find, settings
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> find(strategies.team_names(), lambda name: len(name) > 1, settings=fixed)
    'AA'
    """
    return st.text(NAME_ALPHABET, min_size=1, max_size=10).filter(
        lambda name: name.strip() != ""
    )


def teams(
    *,
    names: st.SearchStrategy[TeamId] | None = None,
    min_teams: int = 2,
    max_teams: int = 8,
) -> st.SearchStrategy[list[TeamId]]:
    """Lists of *min_teams* to *max_teams* different team names, drawn from *names*.

    Args:
        names: The team names (default: :func:`team_names`).
        min_teams: The fewest teams; at least 2.
        max_teams: The most teams.

    Raises:
        InvalidArgument: fewer than two teams, or *min_teams* above *max_teams*.

    >>> from hypothesis import find, settings, strategies as st
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> clubs = st.sampled_from(["Alianza", "Cristal", "Melgar"])
    >>> find(strategies.teams(names=clubs), lambda names: len(names) == 3, settings=fixed)
    ['Alianza', 'Cristal', 'Melgar']
    """
    if names is None:
        names = team_names()
    check_strategy("teams", "names", names)
    check_count("teams", "min_teams", min_teams, 2)
    check_count("teams", "max_teams", max_teams, min_teams)
    return st.lists(names, min_size=min_teams, max_size=max_teams, unique=True)


team_lists = teams  # for the strategies whose own *teams* argument hides it


@functools.cache
def texts() -> st.SearchStrategy[str]:
    """A free text (a reason, a label): usually empty."""
    return st.just("") | st.text(TEXT_ALPHABET, min_size=1, max_size=12)


@functools.cache
def _winning_scores(home_wins: bool) -> st.SearchStrategy[Score]:
    """Scores won by the home side (or by the away side); shrinks toward 1-0."""

    def written(loser: int, margin: int) -> Score:
        winner = loser + margin
        return Score(winner, loser) if home_wins else Score(loser, winner)

    return st.builds(written, st.integers(0, 4), st.integers(1, 4))


@functools.cache
def shootout_scores() -> st.SearchStrategy[Score]:
    """Penalty shoot-out scores, never level; shrinks toward 1-0."""
    return st.booleans().flatmap(lambda away_wins: _winning_scores(not away_wins))


class _Said(NamedTuple):
    """What a ruling says besides its decision (internal)."""

    reason: str
    body: str
    decided: datetime.date | None


@functools.cache
def _said() -> st.SearchStrategy[_Said]:
    return st.builds(_Said, texts(), texts(), MAYBE_DATES)


@functools.cache
def maybe_winning_scores(home_wins: bool) -> st.SearchStrategy[Score | None]:
    return st.none() | _winning_scores(home_wins)


@functools.cache
def default_scores() -> st.SearchStrategy[Score]:
    """The default :func:`scores`, built once."""
    return scores()


@functools.cache
def _maybe_goals() -> st.SearchStrategy[Score | None]:
    return st.none() | scores()


@functools.cache
def _one_team_cards() -> st.SearchStrategy[Cards]:
    return cards()


@functools.cache
def _drawn_scores() -> st.SearchStrategy[Score]:
    """Level scores, 0-0 to 5-5."""
    return st.integers(0, MAX_GOALS).map(lambda goals: Score(goals, goals))


@st.composite
def forfeits_of(draw: st.DrawFn, match: Match) -> Forfeit:
    team = draw(st.sampled_from(match.teams))
    awarded = draw(maybe_winning_scores(team == match.home))
    reason, body, decided = draw(_said())
    return Forfeit(
        awarded_to=team, score=awarded, reason=reason, body=body, decided=decided
    )


@st.composite
def abandonments(draw: st.DrawFn, *, void: bool = False) -> Abandoned:
    minute = draw(MINUTES)
    declared = None if void else draw(_maybe_goals())
    reason, body, decided = draw(_said())
    return Abandoned(
        minute=minute, declared=declared, reason=reason, body=body, decided=decided
    )


@st.composite
def awarded_shootouts(draw: st.DrawFn, match: Match) -> AwardedShootout:
    winner = draw(st.sampled_from(match.teams))
    awarded = draw(maybe_winning_scores(winner == match.home))
    reason, body, decided = draw(_said())
    return AwardedShootout(
        winner=winner, score=awarded, reason=reason, body=body, decided=decided
    )


def not_playeds() -> st.SearchStrategy[NotPlayed]:
    return _said().map(
        lambda said: NotPlayed(reason=said.reason, body=said.body, decided=said.decided)
    )


@st.composite
def _rulings(draw: st.DrawFn, match: Match) -> tuple[Ruling, ...]:
    """Any combination of rulings that *match* accepts, in any order."""
    kinds = ["forfeit", "abandoned", "forfeit after abandonment"]
    if match.score is None:
        kinds.append("not played")
    if match.penalties is None:
        kinds.append("shoot-out only")
    kind = draw(st.sampled_from(kinds))
    if kind == "not played":
        return (draw(not_playeds()),)
    found: list[Ruling] = []
    if kind.startswith("forfeit"):
        found.append(draw(forfeits_of(match)))
        if kind == "forfeit after abandonment":
            found.append(draw(abandonments(void=True)))
    elif kind == "abandoned":
        found.append(draw(abandonments()))
    if match.penalties is None and (kind == "shoot-out only" or draw(st.booleans())):
        found.append(draw(awarded_shootouts(match)))
    return tuple(draw(st.permutations(found)))


def rulings(match: Match, /) -> st.SearchStrategy[tuple[Ruling, ...]]:
    """Combinations of rulings that *match* accepts (in place of any it has).

    A match with no score may be ruled not played. Any match may be awarded by a
    forfeit (with or without a score, maybe after a void abandonment) or
    abandoned (void, or with a declared result); and then, unless a shoot-out was
    taken, a shoot-out may be awarded too. Never contradictory combinations, and
    never an empty tuple.

    Raises:
        InvalidArgument: *match* is not a :class:`copaperu.Match`.

    >>> import copaperu as cp
    >>> from hypothesis import find, settings
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> find(strategies.rulings(cp.Match(home="A", away="B")), lambda _: True, settings=fixed)
    (NotPlayed(reason='', body='', decided=None, source=''),)
    >>> played = cp.Match(home="A", away="B", score=cp.Score(1, 1))
    >>> drawn = find(strategies.rulings(played), lambda _: True, settings=fixed)
    >>> cp.Match(home="A", away="B", score=cp.Score(1, 1), rulings=drawn) is not None
    True
    """
    if not is_a(match, Match):
        msg = f"rulings: expected a Match (got {match!r})"
        raise InvalidArgument(msg)
    return _rulings(match)


def pick(draw: st.DrawFn, items: Sequence[T]) -> T:
    """One of *items*; shrinks toward the first (cheaper than a new sampled_from)."""
    return items[draw(st.integers(0, len(items) - 1))]


def one_in(draw: st.DrawFn, chances: int) -> bool:
    """True about once in *chances* draws; shrinks toward False."""
    return draw(st.integers(0, chances - 1)) == chances - 1


def two_of(draw: st.DrawFn, names: Sequence[TeamId]) -> tuple[TeamId, TeamId]:
    """Two different teams of *names*, in either order; shrinks toward the first two."""
    first = draw(st.integers(0, len(names) - 1))
    second = draw(st.integers(0, len(names) - 2))
    return names[first], names[second + (second >= first)]


# What a match may carry besides its score. Drawn as one short list, so that a plain
# match costs few draws and shrinks in one step.
UNKNOWN, _EXTRA_TIME, _PENALTIES = "unknown", "extra time", "penalties"
_CARDS, _NEUTRAL, _DATE, _RULINGS = "cards", "neutral", "date", "rulings"


@functools.cache
def _extras(played: bool, with_rulings: bool) -> st.SearchStrategy[list[str]]:
    kinds = [_EXTRA_TIME, _PENALTIES, _CARDS, _NEUTRAL, _DATE]
    kinds += [] if played else [UNKNOWN]
    kinds += [_RULINGS] if with_rulings else []
    return st.lists(st.sampled_from(kinds), max_size=3, unique=True)


@st.composite
def match_between(
    draw: st.DrawFn,
    home: TeamId,
    away: TeamId,
    *,
    played: bool,
    with_rulings: bool,
    score: st.SearchStrategy[Score] | None = None,
) -> Match:
    """A match between *home* and *away*, which may carry anything a match can."""
    extras = draw(_extras(played, with_rulings))
    goals = score if score is not None else default_scores()
    on_field = None if UNKNOWN in extras else draw(goals)
    extra_time = penalties = None
    if on_field is not None and _EXTRA_TIME in extras:
        added = draw(default_scores())
        extra_time = Score(on_field.home + added.home, on_field.away + added.away)
    if on_field is not None and _PENALTIES in extras:
        penalties = draw(shootout_scores())
    booked: dict[TeamId, Cards] = {}
    if _CARDS in extras:
        for team in draw(st.sampled_from(((home,), (away,), (home, away)))):
            booked[team] = draw(_one_team_cards())
    match = Match(
        home=home,
        away=away,
        score=on_field,
        extra_time=extra_time,
        penalties=penalties,
        neutral=_NEUTRAL in extras,
        date=draw(DATES) if _DATE in extras else None,
        cards=booked,
    )
    if _RULINGS in extras:
        match = attrs.evolve(match, rulings=draw(_rulings(match)))
    return match


@st.composite
def _matches(
    draw: st.DrawFn,
    teams: st.SearchStrategy[Sequence[TeamId]],
    played: bool,
    with_rulings: bool,
) -> Match:
    names = draw_teams(draw, teams, "matches", 2)
    home, away = two_of(draw, names)
    return draw(match_between(home, away, played=played, with_rulings=with_rulings))


def matches(
    *,
    teams: st.SearchStrategy[Sequence[TeamId]] | None = None,
    played: bool = False,
    with_rulings: bool = True,
) -> st.SearchStrategy[Match]:
    """Matches between two of the *teams*, with anything a match can carry.

    Scores, sometimes unknown; extra time and shoot-outs (whether or not they were
    due: a lone match does not say); cards, neutral venues, dates; and rulings.

    Args:
        teams: Lists of team names; each match is between two of a list (default:
            :func:`teams`).
        played: Whether every match has an on-field score (none unknown).
        with_rulings: Whether matches may carry rulings (see :func:`rulings`).

    Raises:
        InvalidArgument: an argument of the wrong type; when drawing, *teams*
            drew fewer than two different names.

    >>> from hypothesis import find, settings, strategies as st
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> two = st.just(["Melgar", "Cienciano"])
    >>> print(find(strategies.matches(teams=two), lambda m: m.score is None, settings=fixed))
    Melgar v Cienciano
    """
    if teams is None:
        teams = team_lists()
    check_strategy("matches", "teams", teams)
    check_flag("matches", "played", played)
    check_flag("matches", "with_rulings", with_rulings)
    return _matches(teams, played, with_rulings)


@st.composite
def _points_deductions(
    draw: st.DrawFn, teams: st.SearchStrategy[Sequence[TeamId]]
) -> PointsDeduction:
    names = draw_teams(draw, teams, "points_deductions", 1)
    return PointsDeduction(
        team=draw(st.sampled_from(names)),
        points=draw(st.integers(1, 6) | st.integers(-6, -1)),
        reason=draw(texts()),
        body=draw(texts()),
        decided=draw(MAYBE_DATES),
    )


def points_deductions(
    *, teams: st.SearchStrategy[Sequence[TeamId]] | None = None
) -> st.SearchStrategy[PointsDeduction]:
    """Points deductions (or, negative, additions) for one of the *teams*.

    Raises:
        InvalidArgument: *teams* is not a strategy.

    >>> from hypothesis import find, settings, strategies as st
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> one = st.just(["Melgar"])
    >>> print(find(strategies.points_deductions(teams=one), lambda d: d.points < 0,
    ...            settings=fixed))
    Melgar: -1 points deducted
    """
    if teams is None:
        teams = team_lists()
    check_strategy("points_deductions", "teams", teams)
    return _points_deductions(teams)


# Round robins -----------------------------------------------------------------------

# How a round robin's results are drawn: freely; every match a draw; or every match
# the same draw at a neutral venue or home and away, so that every team is level on
# everything. The first shrinks best, so it comes first.
_FREE, _DRAWS, _ALL_LEVEL = "free", "draws only", "all level"


@st.composite
def _round_robins(
    draw: st.DrawFn,
    teams: st.SearchStrategy[Sequence[TeamId]],
    legs: st.SearchStrategy[int],
    played: bool,
    with_rulings: bool,
) -> RoundRobin:
    names = draw_teams(draw, teams, "round_robins", 2)
    count = draw(legs)
    if count not in (1, 2) or isinstance(count, bool):
        msg = f"round_robins: legs must draw 1 or 2 (got {count!r})"
        raise InvalidArgument(msg)
    how = draw(st.sampled_from((_FREE, _DRAWS, _ALL_LEVEL)))
    level = draw(st.integers(0, MAX_GOALS))
    fixtures: list[tuple[TeamId, TeamId]] = []
    for first, second in itertools.combinations(names, 2):
        if count == 2:
            fixtures += [(first, second), (second, first)]
        else:
            fixtures.append((second, first) if draw(st.booleans()) else (first, second))
    score = default_scores() if how == _FREE else _drawn_scores()
    found = []
    for home, away in fixtures:
        if how == _ALL_LEVEL:
            found.append(
                Match(
                    home=home,
                    away=away,
                    score=Score(level, level),
                    neutral=count == 1,
                )
            )
            continue
        found.append(
            draw(
                match_between(
                    home, away, played=played, with_rulings=with_rulings, score=score
                )
            )
        )
    return RoundRobin(tuple(names), tuple(found))


def round_robins(
    *,
    teams: st.SearchStrategy[Sequence[TeamId]] | None = None,
    legs: st.SearchStrategy[int] = LEGS,
    played: bool = False,
    with_rulings: bool = True,
) -> st.SearchStrategy[RoundRobin]:
    """Round robins: every team meets every other once (*legs* 1) or twice (2).

    Results are drawn freely, or all drawn, or all the same draw so that every
    team is level on everything (points, goals, away goals, cards).

    Args:
        teams: Lists of team names (default: :func:`teams`).
        legs: 1 for single matches (home side drawn), 2 for home and away.
        played: Whether every match has an on-field score (none unknown).
        with_rulings: Whether matches may carry rulings (see :func:`rulings`).

    Raises:
        InvalidArgument: an argument of the wrong type; when drawing, *teams*
            drew fewer than two different names, or *legs* something else than
            1 or 2.

    >>> import copaperu as cp
    >>> from hypothesis import find, settings, strategies as st
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> three = st.just(["A", "B", "C"])
    >>> home_and_away = strategies.round_robins(teams=three, legs=st.just(2))
    >>> group = find(home_and_away, lambda _: True, settings=fixed)
    >>> print(cp.standings(*group, cp.rules.CLASSIC))
     Pos  Team   P  W  D  L  GF  GA   GD  Pts
      1=  A      4  0  4  0   0   0    0    4
      1=  B      4  0  4  0   0   0    0    4
      1=  C      4  0  4  0   0   0    0    4
    """
    if teams is None:
        teams = team_lists()
    check_strategy("round_robins", "teams", teams)
    check_strategy("round_robins", "legs", legs)
    check_flag("round_robins", "played", played)
    check_flag("round_robins", "with_rulings", with_rulings)
    return _round_robins(teams, legs, played, with_rulings)
