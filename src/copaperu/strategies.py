"""Hypothesis strategies for copaperu's values: scores, matches, rules, ties, editions.

Install them with ``pip install "copaperu[strategies]"``. This is the only module of
copaperu that imports Hypothesis: ``import copaperu`` never does.

Every strategy draws valid values only. Each shrinks toward few teams, small scores
and played matches, and by default reaches the hard cases: 0-0 draws, tables in
which every team is level on everything, forfeits and the other rulings, unknown
results, and ties decided on penalties.

>>> import copaperu as cp
>>> from hypothesis import given, settings
>>> from copaperu import strategies
>>> @settings(max_examples=20, database=None, deadline=None)
... @given(strategies.round_robins(), strategies.table_rules())
... def test_every_team_has_one_row(round_robin, rules):
...     table = cp.standings(*round_robin, rules)
...     assert sorted(table.order) == sorted(round_robin.teams)
>>> test_every_team_has_one_row()

Once copaperu is installed, Hypothesis also finds these strategies by type:
``st.from_type(copaperu.Match)`` draws from :func:`matches`.
"""

from __future__ import annotations

import datetime
import functools
import itertools
from collections.abc import Callable, Sequence
from typing import Any, Final, NamedTuple, TypeVar, final

import attrs

from . import rules as presets
from . import tiebreak
from ._competition import (
    Edition,
    Group,
    NamedTableRules,
    NamedTieRules,
    Phase,
    PublishedRow,
    Qualified,
    RecordedPlace,
    RecordedWinner,
    Reference,
    ReferenceKind,
    Source,
    Stage,
    Team,
    Tie,
)
from ._knockout import Basis, TieOutcome, TieRules, decide_match, decide_tie
from ._official import OfficialResult, official_result
from ._points import PointsScheme
from ._replay import EditionResult
from ._rulings import (
    Abandoned,
    AwardedShootout,
    Forfeit,
    NotPlayed,
    PointsDeduction,
    Ruling,
)
from ._standings import Standings, standings
from ._tiebreak import (
    Criterion,
    DrawingOfLots,
    FairPlay,
    HeadToHead,
    LastMatchShootout,
    OnlyWhen,
    Playoff,
    Ranking,
    Scope,
    Statistic,
    TableRules,
    Tiebreaker,
)
from ._validators import is_a
from ._values import Cards, Match, Score, TeamId
from .errors import CopaperuError

__all__ = [
    "RoundRobin",
    "TwoLeggedTie",
    "cards",
    "editions",
    "from_rulebook",
    "matches",
    "points_deductions",
    "points_schemes",
    "round_robins",
    "rulings",
    "scores",
    "table_rules",
    "team_names",
    "teams",
    "tie_rules",
    "tiebreak_chains",
    "two_legged_ties",
]

T = TypeVar("T")


def _makers() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """What ``st.from_type()`` draws from for each of copaperu's value types.

    The lambdas are late-bound: Hypothesis may ask for this list before the
    strategies further down this module are defined (see the hook below).
    """
    return {
        Score: lambda: scores(),
        Cards: lambda: cards(),
        PointsScheme: lambda: points_schemes(),
        Match: lambda: matches(),
        Forfeit: lambda: _two_team_matches().flatmap(_forfeits),
        Abandoned: lambda: _abandonments(),
        NotPlayed: lambda: _not_playeds(),
        AwardedShootout: lambda: _two_team_matches().flatmap(_awarded_shootouts),
        PointsDeduction: lambda: points_deductions(),
        OfficialResult: lambda: matches().map(official_result),
        Statistic: lambda: _statistics(),
        FairPlay: lambda: _fair_plays(),
        HeadToHead: lambda: _head_to_heads(),
        OnlyWhen: lambda: _only_whens(_statistics() | _fair_plays() | _lots()),
        DrawingOfLots: lambda: _lots(),
        Playoff: lambda: st.just(Playoff()),
        LastMatchShootout: lambda: st.just(LastMatchShootout()),
        Ranking: lambda: _rankings(),
        TableRules: lambda: table_rules(),
        Standings: lambda: table_rules().flatmap(from_rulebook),
        TieRules: lambda: tie_rules(),
        TieOutcome: lambda: two_legged_ties().map(lambda tie: decide_tie(*tie)),
        Source: lambda: _sources(),
        Team: lambda: st.builds(Team, name=team_names(), city=_texts()),
        Reference: lambda: _references(),
        RecordedPlace: lambda: _recorded_places(),
        RecordedWinner: lambda: st.builds(RecordedWinner, winner=team_names()),
        Qualified: lambda: _qualified(),
        PublishedRow: lambda: _published_rows(),
        NamedTableRules: lambda: _part_of(NamedTableRules),
        NamedTieRules: lambda: _part_of(NamedTieRules),
        Group: lambda: _part_of(Group),
        Tie: lambda: _part_of(Tie),
        Phase: lambda: _part_of(Phase),
        Stage: lambda: _part_of(Stage),
        Edition: lambda: editions(),
        EditionResult: lambda: editions().map(lambda edition: edition.replay()),
    }


def _hypothesis_setup_hook() -> None:
    """Register a strategy for each of copaperu's value types with Hypothesis.

    Hypothesis calls this when it is imported (see the ``hypothesis`` entry point
    in ``pyproject.toml``); then ``st.from_type(copaperu.Match)`` draws from
    :func:`matches`, and so on for every value type. Nothing is built until a
    strategy is first used.

    >>> import copaperu as cp
    >>> from hypothesis import find, settings, strategies as st
    >>> _hypothesis_setup_hook()
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> find(st.from_type(cp.Score), lambda score: score.away > 1, settings=fixed)
    Score(home=0, away=2)
    """
    from hypothesis.strategies import register_type_strategy

    for kind in _makers():
        register_type_strategy(kind, _strategy_for)


def _strategy_for(kind: type[T]) -> st.SearchStrategy[T]:
    """The strategy for *kind*, looked up when Hypothesis first needs it."""
    return _makers()[kind]()


# Hypothesis calls the hook above while it is itself being imported, which may happen
# on the next line: the hook must be defined before Hypothesis is imported.
from hypothesis import strategies as st  # noqa: E402
from hypothesis.errors import InvalidArgument  # noqa: E402

# "A" first, so that names shrink toward "A", "B"...; letters that sort unusually
# (accents, a dot, a space or a quote inside a name) keep ordering by name honest.
_NAME_ALPHABET: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÑñéü. -'"
_TEXT_ALPHABET: Final = "abcdefghijklmnopqrstuvwxyz ÁÑáéñü.,;-'0123456789"
_MAX_GOALS: Final = 5
_LEGS: Final = st.sampled_from((1, 2))
_DATES: Final = st.dates(datetime.date(1990, 1, 1), datetime.date(2030, 12, 31))
_MAYBE_DATES: Final = st.none() | _DATES
_MINUTES: Final = st.none() | st.integers(0, 150)


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


@final
class TwoLeggedTie(NamedTuple):
    """Two legs, the rules they were played under, and a play-off if one was played.

    It unpacks into the arguments of :func:`copaperu.decide_tie`.

    >>> import copaperu as cp
    >>> tie = TwoLeggedTie(
    ...     cp.Match(home="A", away="B", score=cp.Score(1, 0), leg=1),
    ...     cp.Match(home="B", away="A", score=cp.Score(0, 0), leg=2),
    ...     cp.TieRules())
    >>> cp.decide_tie(*tie).winner
    'A'
    """

    first_leg: Match
    """The first leg, at the first-named team's ground."""
    second_leg: Match
    """The second leg, with the teams turned round; extra time and a shoot-out
    are recorded on it."""
    rules: TieRules
    """The rules the legs were played under."""
    playoff: Match | None = None
    """The play-off match, when the rules have one and the tie was level."""


# Argument checks -------------------------------------------------------------------


def _check_strategy(where: str, name: str, value: object) -> None:
    if not isinstance(value, st.SearchStrategy):
        msg = f"{where}: {name} must be a strategy (got {value!r})"
        raise InvalidArgument(msg)


def _check_flag(where: str, name: str, value: object) -> None:
    if not isinstance(value, bool):
        msg = f"{where}: {name} must be True or False (got {value!r})"
        raise InvalidArgument(msg)


def _check_count(where: str, name: str, value: object, least: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < least:
        msg = f"{where}: {name} must be an integer of at least {least} (got {value!r})"
        raise InvalidArgument(msg)
    return value


def _draw_teams(
    draw: st.DrawFn,
    strategy: st.SearchStrategy[Sequence[TeamId]],
    where: str,
    least: int,
) -> list[TeamId]:
    """Draw team names from *strategy*, refusing what no competition could have."""
    drawn = draw(strategy)
    names = list(drawn) if isinstance(drawn, list | tuple) else None
    if (
        names is None
        or len(names) < least
        or len(set(names)) != len(names)
        or not all(isinstance(name, str) and name.strip() for name in names)
    ):
        msg = (
            f"{where}: teams must draw {least} or more different, non-blank team "
            f"names (got {drawn!r})"
        )
        raise InvalidArgument(msg)
    return names


# Values ---------------------------------------------------------------------------


def scores(*, max_goals: int = _MAX_GOALS) -> st.SearchStrategy[Score]:
    """Scores with at most *max_goals* goals a side; shrinks toward 0-0.

    Raises:
        InvalidArgument: *max_goals* is negative.

    >>> from hypothesis import find, settings
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> find(strategies.scores(), lambda score: score.home > 2, settings=fixed)
    Score(home=3, away=0)
    """
    _check_count("scores", "max_goals", max_goals, 0)
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
    return st.text(_NAME_ALPHABET, min_size=1, max_size=10).filter(
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
    _check_strategy("teams", "names", names)
    _check_count("teams", "min_teams", min_teams, 2)
    _check_count("teams", "max_teams", max_teams, min_teams)
    return st.lists(names, min_size=min_teams, max_size=max_teams, unique=True)


_teams = teams  # for the strategies whose own *teams* argument hides it


@functools.cache
def _texts() -> st.SearchStrategy[str]:
    """A free text (a reason, a label): usually empty."""
    return st.just("") | st.text(_TEXT_ALPHABET, min_size=1, max_size=12)


@functools.cache
def _winning_scores(home_wins: bool) -> st.SearchStrategy[Score]:
    """Scores won by the home side (or by the away side); shrinks toward 1-0."""

    def written(loser: int, margin: int) -> Score:
        winner = loser + margin
        return Score(winner, loser) if home_wins else Score(loser, winner)

    return st.builds(written, st.integers(0, 4), st.integers(1, 4))


@functools.cache
def _shootout_scores() -> st.SearchStrategy[Score]:
    """Penalty shoot-out scores, never level; shrinks toward 1-0."""
    return st.booleans().flatmap(lambda away_wins: _winning_scores(not away_wins))


class _Said(NamedTuple):
    """What a ruling says besides its decision (internal)."""

    reason: str
    body: str
    decided: datetime.date | None


@functools.cache
def _said() -> st.SearchStrategy[_Said]:
    return st.builds(_Said, _texts(), _texts(), _MAYBE_DATES)


@functools.cache
def _maybe_winning_scores(home_wins: bool) -> st.SearchStrategy[Score | None]:
    return st.none() | _winning_scores(home_wins)


@functools.cache
def _goals() -> st.SearchStrategy[Score]:
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
    return st.integers(0, _MAX_GOALS).map(lambda goals: Score(goals, goals))


@st.composite
def _forfeits(draw: st.DrawFn, match: Match) -> Forfeit:
    team = draw(st.sampled_from(match.teams))
    awarded = draw(_maybe_winning_scores(team == match.home))
    reason, body, decided = draw(_said())
    return Forfeit(
        awarded_to=team, score=awarded, reason=reason, body=body, decided=decided
    )


@st.composite
def _abandonments(draw: st.DrawFn, *, void: bool = False) -> Abandoned:
    minute = draw(_MINUTES)
    declared = None if void else draw(_maybe_goals())
    reason, body, decided = draw(_said())
    return Abandoned(
        minute=minute, declared=declared, reason=reason, body=body, decided=decided
    )


@st.composite
def _awarded_shootouts(draw: st.DrawFn, match: Match) -> AwardedShootout:
    winner = draw(st.sampled_from(match.teams))
    awarded = draw(_maybe_winning_scores(winner == match.home))
    reason, body, decided = draw(_said())
    return AwardedShootout(
        winner=winner, score=awarded, reason=reason, body=body, decided=decided
    )


def _not_playeds() -> st.SearchStrategy[NotPlayed]:
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
        return (draw(_not_playeds()),)
    found: list[Ruling] = []
    if kind.startswith("forfeit"):
        found.append(draw(_forfeits(match)))
        if kind == "forfeit after abandonment":
            found.append(draw(_abandonments(void=True)))
    elif kind == "abandoned":
        found.append(draw(_abandonments()))
    if match.penalties is None and (kind == "shoot-out only" or draw(st.booleans())):
        found.append(draw(_awarded_shootouts(match)))
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
    >>> for ruling in find(strategies.rulings(played), lambda _: True, settings=fixed):
    ...     print(ruling)
    shoot-out awarded to A
    """
    if not is_a(match, Match):
        msg = f"rulings: expected a Match (got {match!r})"
        raise InvalidArgument(msg)
    return _rulings(match)


def _pick(draw: st.DrawFn, items: Sequence[T]) -> T:
    """One of *items*; shrinks toward the first (cheaper than a new sampled_from)."""
    return items[draw(st.integers(0, len(items) - 1))]


def _one_in(draw: st.DrawFn, chances: int) -> bool:
    """True about once in *chances* draws; shrinks toward False."""
    return draw(st.integers(0, chances - 1)) == chances - 1


def _two_of(draw: st.DrawFn, names: Sequence[TeamId]) -> tuple[TeamId, TeamId]:
    """Two different teams of *names*, in either order; shrinks toward the first two."""
    first = draw(st.integers(0, len(names) - 1))
    second = draw(st.integers(0, len(names) - 2))
    return names[first], names[second + (second >= first)]


# What a match may carry besides its score. Drawn as one short list, so that a plain
# match costs few draws and shrinks in one step.
_UNKNOWN, _EXTRA_TIME, _PENALTIES = "unknown", "extra time", "penalties"
_CARDS, _NEUTRAL, _DATE, _RULINGS = "cards", "neutral", "date", "rulings"


@functools.cache
def _extras(played: bool, with_rulings: bool) -> st.SearchStrategy[list[str]]:
    kinds = [_EXTRA_TIME, _PENALTIES, _CARDS, _NEUTRAL, _DATE]
    kinds += [] if played else [_UNKNOWN]
    kinds += [_RULINGS] if with_rulings else []
    return st.lists(st.sampled_from(kinds), max_size=3, unique=True)


@st.composite
def _match_between(
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
    goals = score if score is not None else _goals()
    on_field = None if _UNKNOWN in extras else draw(goals)
    extra_time = penalties = None
    if on_field is not None and _EXTRA_TIME in extras:
        added = draw(_goals())
        extra_time = Score(on_field.home + added.home, on_field.away + added.away)
    if on_field is not None and _PENALTIES in extras:
        penalties = draw(_shootout_scores())
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
        date=draw(_DATES) if _DATE in extras else None,
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
    names = _draw_teams(draw, teams, "matches", 2)
    home, away = _two_of(draw, names)
    return draw(_match_between(home, away, played=played, with_rulings=with_rulings))


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
        teams = _teams()
    _check_strategy("matches", "teams", teams)
    _check_flag("matches", "played", played)
    _check_flag("matches", "with_rulings", with_rulings)
    return _matches(teams, played, with_rulings)


@st.composite
def _points_deductions(
    draw: st.DrawFn, teams: st.SearchStrategy[Sequence[TeamId]]
) -> PointsDeduction:
    names = _draw_teams(draw, teams, "points_deductions", 1)
    return PointsDeduction(
        team=draw(st.sampled_from(names)),
        points=draw(st.integers(1, 6) | st.integers(-6, -1)),
        reason=draw(_texts()),
        body=draw(_texts()),
        decided=draw(_MAYBE_DATES),
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
        teams = _teams()
    _check_strategy("points_deductions", "teams", teams)
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
    names = _draw_teams(draw, teams, "round_robins", 2)
    count = draw(legs)
    if count not in (1, 2) or isinstance(count, bool):
        msg = f"round_robins: legs must draw 1 or 2 (got {count!r})"
        raise InvalidArgument(msg)
    how = draw(st.sampled_from((_FREE, _DRAWS, _ALL_LEVEL)))
    level = draw(st.integers(0, _MAX_GOALS))
    fixtures: list[tuple[TeamId, TeamId]] = []
    for first, second in itertools.combinations(names, 2):
        if count == 2:
            fixtures += [(first, second), (second, first)]
        else:
            fixtures.append((second, first) if draw(st.booleans()) else (first, second))
    score = _goals() if how == _FREE else _drawn_scores()
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
                _match_between(
                    home, away, played=played, with_rulings=with_rulings, score=score
                )
            )
        )
    return RoundRobin(tuple(names), tuple(found))


def round_robins(
    *,
    teams: st.SearchStrategy[Sequence[TeamId]] | None = None,
    legs: st.SearchStrategy[int] = _LEGS,
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
        teams = _teams()
    _check_strategy("round_robins", "teams", teams)
    _check_strategy("round_robins", "legs", legs)
    _check_flag("round_robins", "played", played)
    _check_flag("round_robins", "with_rulings", with_rulings)
    return _round_robins(teams, legs, played, with_rulings)


# Table rules ----------------------------------------------------------------------

_STATISTIC_IDS: Final = (
    Criterion.GOAL_DIFFERENCE,
    Criterion.GOALS_FOR,
    Criterion.POINTS,
    Criterion.GOALS_AGAINST,
    Criterion.GOAL_AVERAGE,
    Criterion.WINS,
    Criterion.AWAY_GOALS,
    Criterion.AWAY_WINS,
    Criterion.OPPONENTS_POINTS,
    Criterion.OPPONENTS_GOAL_DIFFERENCE,
    Criterion.OPPONENTS_GOALS_FOR,
)


def _statistics() -> st.SearchStrategy[Statistic]:
    return st.builds(
        Statistic,
        criterion=st.sampled_from(_STATISTIC_IDS),
        scope=st.sampled_from((Scope.ALL_MATCHES, Scope.HEAD_TO_HEAD)),
    )


def _fair_plays() -> st.SearchStrategy[FairPlay]:
    weight = st.integers(0, 6)
    return st.just(tiebreak.fair_play()) | st.builds(
        FairPlay,
        yellow=weight,
        indirect_red=weight,
        red=weight,
        yellow_and_red=weight,
        scope=st.sampled_from((Scope.ALL_MATCHES, Scope.HEAD_TO_HEAD)),
    )


def _lots() -> st.SearchStrategy[DrawingOfLots]:
    return st.builds(DrawingOfLots, seed=st.none() | st.integers(0, 2**16))


@st.composite
def _only_whens(
    draw: st.DrawFn,
    criteria: st.SearchStrategy[
        Statistic | FairPlay | Ranking | DrawingOfLots | HeadToHead
    ],
) -> OnlyWhen:
    least = draw(st.integers(2, 4))
    most = draw(st.none() | st.integers(least, least + 2))
    return OnlyWhen(criterion=draw(criteria), min_teams=least, max_teams=most)


def _head_to_heads() -> st.SearchStrategy[HeadToHead]:
    inner = _statistics() | _fair_plays() | _only_whens(_statistics() | _fair_plays())

    def build(
        criteria: list[Statistic | FairPlay | OnlyWhen], reapply: bool
    ) -> HeadToHead:
        return tiebreak.head_to_head(*criteria, reapply=reapply)

    return st.builds(build, st.lists(inner, max_size=4), st.booleans())


def tiebreak_chains() -> st.SearchStrategy[tuple[Tiebreaker, ...]]:
    """Ranking chains: points first, then any criteria; shrinks toward points alone.

    After points come statistics over all matches or among the teams concerned,
    fair play (FIFA's weights or others), head-to-head mini-leagues (single pass
    or re-applied), drawing of lots (seeded or still to draw), play-offs, the
    shoot-out after a level last match, and
    criteria applied only when so many teams are level. Never a ranking, which
    needs a value for every team (see :func:`from_rulebook`).

    >>> from hypothesis import find, settings
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> for criterion in find(strategies.tiebreak_chains(), lambda c: len(c) > 1, settings=fixed):
    ...     print(criterion)
    points
    goal difference
    """
    criteria: st.SearchStrategy[Tiebreaker] = st.one_of(
        _statistics(),
        _fair_plays(),
        _head_to_heads(),
        _lots(),
        st.just(Playoff()),
        st.just(LastMatchShootout()),
        _only_whens(_statistics() | _fair_plays() | _lots() | _head_to_heads()),
    )
    return st.lists(criteria, max_size=5).map(lambda rest: (tiebreak.points(), *rest))


def table_rules(
    *,
    points: st.SearchStrategy[PointsScheme] | None = None,
    tiebreakers: st.SearchStrategy[Sequence[Tiebreaker]] | None = None,
) -> st.SearchStrategy[TableRules]:
    """Rules of a table: a points scheme and a ranking chain.

    Args:
        points: The points schemes (default: :func:`points_schemes`).
        tiebreakers: The ranking chains (default: :func:`tiebreak_chains`).

    Raises:
        InvalidArgument: an argument is not a strategy.

    >>> from hypothesis import find, settings
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> print(find(strategies.table_rules(), lambda _: True, settings=fixed))
    3-1-0; points
    """
    if points is None:
        points = points_schemes()
    if tiebreakers is None:
        tiebreakers = tiebreak_chains()
    _check_strategy("table_rules", "points", points)
    _check_strategy("table_rules", "tiebreakers", tiebreakers)
    return st.builds(
        lambda scheme, chain: TableRules(points=scheme, tiebreakers=tuple(chain)),
        points,
        tiebreakers,
    )


_table_rules = table_rules  # for editions(), whose own argument hides it


def _rankings_of(rulebook: TableRules) -> list[Ranking]:
    found = []
    for criterion in rulebook.tiebreakers:
        inner = criterion.criterion if isinstance(criterion, OnlyWhen) else criterion
        if isinstance(inner, Ranking):
            found.append(inner)
    return found


@st.composite
def _from_rulebook(
    draw: st.DrawFn,
    rulebook: TableRules,
    teams: st.SearchStrategy[Sequence[TeamId]],
    rankings: list[Ranking],
) -> Standings:
    names = _draw_teams(draw, teams, "from_rulebook", 2)
    for ranking in rankings:
        valued = {team for team, _ in ranking.values}
        missing = [name for name in names if name not in valued]
        if missing:
            msg = (
                f"from_rulebook: ranking {ranking.name!r} has no value for {missing!r}"
            )
            raise InvalidArgument(msg)
    group = draw(round_robins(teams=st.just(names)))
    advance = draw(st.integers(0, len(names)))
    return standings(*group, rulebook, advance=advance)


def from_rulebook(
    rulebook: TableRules, /, *, teams: st.SearchStrategy[Sequence[TeamId]] | None = None
) -> st.SearchStrategy[Standings]:
    """Tables ranked by *rulebook*: round robins, with a qualification boundary drawn.

    When *rulebook* has rankings, the teams are drawn from the teams they rank.

    Args:
        rulebook: The rules every table is ranked by.
        teams: Lists of team names (default: :func:`teams`, or lists of the teams
            every ranking of *rulebook* has a value for).

    Raises:
        InvalidArgument: *rulebook* is not a :class:`copaperu.TableRules`, a
            ranking of it has values for fewer than two teams; when drawing,
            *teams* drew a team that a ranking has no value for.

    >>> import copaperu as cp
    >>> from hypothesis import find, settings
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> rules = cp.rules.FIFA_WORLD_CUP_2026.with_ranking(
    ...     "FIFA/Coca-Cola Men's World Ranking", {"Peru": 1480.0, "Chile": 1450.0})
    >>> find(strategies.from_rulebook(rules), lambda _: True, settings=fixed).order
    ('Peru', 'Chile')
    """
    if not is_a(rulebook, TableRules):
        msg = f"from_rulebook: expected TableRules (got {rulebook!r})"
        raise InvalidArgument(msg)
    rankings = _rankings_of(rulebook)
    if teams is None:
        common = sorted(
            set.intersection(*({team for team, _ in r.values} for r in rankings))
            if rankings
            else set()
        )
        if rankings and len(common) < 2:
            names = ", ".join(repr(r.name) for r in rankings)
            msg = (
                f"from_rulebook: the rankings {names} have values for fewer than two "
                "teams in common; fill them in with TableRules.with_ranking()"
            )
            raise InvalidArgument(msg)
        teams = (
            _teams(names=st.sampled_from(common), max_teams=min(len(common), 8))
            if rankings
            else _teams()
        )
    _check_strategy("from_rulebook", "teams", teams)
    return _from_rulebook(rulebook, teams, rankings)


# Knockout ties --------------------------------------------------------------------


def tie_rules() -> st.SearchStrategy[TieRules]:
    """Rules of a knockout tie; shrinks toward aggregate, extra time and penalties.

    Every valid combination: aggregate or points per leg (with or without goal
    difference), away goals (also in extra time), extra time, a penalty
    shoot-out, a play-off (then goal difference if it ends level).

    >>> from hypothesis import find, settings
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> print(find(strategies.tie_rules(), lambda r: r.away_goals, settings=fixed))
    aggregate, away goals, extra time, penalties
    """

    def build(
        points: bool,
        no_goal_difference: bool,
        away_goals: bool,
        also_in_extra_time: bool,
        no_extra_time: bool,
        no_penalties: bool,
        playoff: bool,
        last_resort: bool,
    ) -> TieRules:
        extra_time = not no_extra_time
        return TieRules(
            basis=Basis.POINTS if points else Basis.AGGREGATE,
            goal_difference=not (points and no_goal_difference),
            away_goals=away_goals,
            away_goals_in_extra_time=also_in_extra_time and away_goals and extra_time,
            extra_time=extra_time,
            penalties=not no_penalties,
            playoff=playoff,
            goal_difference_after_playoff=playoff and last_resort,
        )

    flag = st.booleans()
    return st.builds(build, flag, flag, flag, flag, flag, flag, flag, flag)


_tie_rules = tie_rules  # for editions(), whose own argument hides it


class _Leg(NamedTuple):
    """A leg as drawn, with what counts of it (internal)."""

    match: Match
    kind: str
    counted: Score | None
    """The official score, home-away; ``None`` when no score counts."""
    awarded_to: TeamId | None
    """The team a forfeit without a score gives the whole tie to."""


# What became of a knockout match (besides _UNKNOWN, as for any match).
_PLAYED, _NOT_PLAYED = "played", "not played"
_FORFEIT, _DECLARED, _VOID = "forfeit", "declared", "void"
_RULED: Final = (_UNKNOWN, _FORFEIT, _DECLARED, _VOID, _NOT_PLAYED)


@st.composite
def _legs(
    draw: st.DrawFn, home: TeamId, away: TeamId, leg: int | None, forfeit: bool = True
) -> _Leg:
    """A knockout match, played (about three in four) or not, or ruled."""
    kind = _PLAYED
    if _one_in(draw, 4):
        kind = _pick(draw, [k for k in _RULED if forfeit or k != _FORFEIT])
    score = draw(_goals())
    match = Match(home=home, away=away, score=score, leg=leg)
    if kind == _PLAYED:
        return _Leg(match, kind, score, None)
    if kind in (_UNKNOWN, _NOT_PLAYED):
        ruled: tuple[Ruling, ...] = (NotPlayed(),) if kind == _NOT_PLAYED else ()
        return _Leg(attrs.evolve(match, score=None, rulings=ruled), kind, None, None)
    minute = draw(_MINUTES)
    if kind == _FORFEIT:
        team = _pick(draw, (home, away))
        awarded = draw(_maybe_winning_scores(team == home))
        ruling = Forfeit(awarded_to=team, score=awarded, reason="walkover")
        on_field = None if draw(st.booleans()) else score
        return _Leg(
            attrs.evolve(match, score=on_field, rulings=(ruling,)),
            kind,
            awarded,
            team if awarded is None else None,
        )
    declared = draw(_goals()) if kind == _DECLARED else None
    abandoned = Abandoned(minute=minute, declared=declared)
    return _Leg(attrs.evolve(match, rulings=(abandoned,)), kind, declared, None)


@st.composite
def _finished(
    draw: st.DrawFn,
    leg: _Leg,
    rules: TieRules,
    totals: tuple[int, int],
    away_goals: tuple[int, int] | None,
) -> Match:
    """*leg*, level after normal time, with the extra time and shoot-out *rules* call for.

    *totals* are the goals over the tie so far, and *away_goals* the goals each side
    scored away from home (``None`` for a single match), both home side first.
    Either may be missing from the record (the outcome stays undecided).
    """
    match = leg.match
    if leg.kind == _DECLARED:  # extra time does not count after an abandonment
        if rules.penalties and draw(st.booleans()):
            winner = _pick(draw, match.teams)
            awarded = draw(_maybe_winning_scores(winner == match.home))
            shootout = AwardedShootout(winner=winner, score=awarded, reason="ruling")
            match = attrs.evolve(match, rulings=(*match.rulings, shootout))
        return match
    if leg.kind != _PLAYED or match.score is None:
        return match
    if rules.extra_time:
        if _one_in(draw, 5):  # extra time played, but not recorded
            return match
        home, away = draw(st.integers(0, 2)), draw(st.integers(0, 2))
        match = attrs.evolve(
            match, extra_time=Score(match.score.home + home, match.score.away + away)
        )
        # On points without goal difference, only extra time's own goals count.
        counted = (totals[0] + home, totals[1] + away)
        if not rules.goal_difference:
            counted = (home, away)
        if counted[0] != counted[1]:
            return match
        if (
            away_goals is not None
            and rules.away_goals_in_extra_time
            and away_goals[0] != away_goals[1] + away
        ):
            return match
    if not rules.penalties:
        return match
    how = draw(st.sampled_from(("taken", "awarded", "not recorded")))
    if how == "taken":
        return attrs.evolve(match, penalties=draw(_shootout_scores()))
    if how == "awarded":
        winner = _pick(draw, match.teams)
        awarded = draw(_maybe_winning_scores(winner == match.home))
        ruling = AwardedShootout(winner=winner, score=awarded)
        return attrs.evolve(match, rulings=(ruling,))
    return match


def _leg_points(goals_for: int, goals_against: int) -> int:
    return 3 if goals_for > goals_against else 1 if goals_for == goals_against else 0


def _level_after_legs(rules: TieRules, one: Score, two: Score) -> bool:
    """Whether the first-named team (at home in *one*) and the other are level.

    Level after what *rules* compare before extra time: points, then goal
    difference (aggregate), then away goals.
    """
    first, second = one.home + two.away, one.away + two.home
    if rules.basis is Basis.POINTS:
        mine = _leg_points(one.home, one.away) + _leg_points(two.away, two.home)
        theirs = _leg_points(one.away, one.home) + _leg_points(two.home, two.away)
        if mine != theirs:
            return False
    if rules.goal_difference and first != second:
        return False
    return not (rules.away_goals and two.away != one.away)


@st.composite
def _single_matches(
    draw: st.DrawFn, home: TeamId, away: TeamId, rules: TieRules
) -> Match:
    """A one-off knockout match (a final, a play-off), as *rules* have it decided."""
    leg = draw(_legs(home, away, None))
    if leg.counted is None or not leg.counted.is_draw or leg.kind == _FORFEIT:
        return leg.match
    return draw(_finished(leg, rules, (leg.counted.home, leg.counted.away), None))


@st.composite
def _ties(
    draw: st.DrawFn, first: TeamId, second: TeamId, rules: TieRules
) -> TwoLeggedTie:
    one = draw(_legs(first, second, 1))
    two = draw(_legs(second, first, 2, forfeit=one.kind != _FORFEIT))
    second_leg, playoff = two.match, None
    decided_by_ruling = one.awarded_to is not None or two.awarded_to is not None
    if (
        not decided_by_ruling
        and one.counted is not None
        and two.counted is not None
        and _level_after_legs(rules, one.counted, two.counted)
    ):
        if rules.playoff:
            if not _one_in(draw, 4):  # about one in four not recorded
                home, away = (second, first) if draw(st.booleans()) else (first, second)
                playoff = draw(_single_matches(home, away, rules))
        else:
            totals = (
                two.counted.home + one.counted.away,
                two.counted.away + one.counted.home,
            )
            away_goals = (one.counted.away, two.counted.away)
            second_leg = draw(_finished(two, rules, totals, away_goals))
    return TwoLeggedTie(one.match, second_leg, rules, playoff)


@st.composite
def _two_legged_ties(
    draw: st.DrawFn,
    teams: st.SearchStrategy[Sequence[TeamId]],
    rules: st.SearchStrategy[TieRules],
) -> TwoLeggedTie:
    names = _draw_teams(draw, teams, "two_legged_ties", 2)
    first, second = _two_of(draw, names)
    drawn = draw(rules)
    if not is_a(drawn, TieRules):
        msg = f"two_legged_ties: rules must draw TieRules (got {drawn!r})"
        raise InvalidArgument(msg)
    return draw(_ties(first, second, drawn))


def two_legged_ties(
    *,
    teams: st.SearchStrategy[Sequence[TeamId]] | None = None,
    rules: st.SearchStrategy[TieRules] | None = None,
) -> st.SearchStrategy[TwoLeggedTie]:
    """Two-legged ties between two of the *teams*, as the drawn *rules* have them played.

    Extra time and a shoot-out are on the second leg, and only when the tie is
    level after what the rules compare first; either may be missing from the
    record. Under play-off rules a level tie gets a play-off match, or none yet.
    A leg may be unknown, not played, awarded by a forfeit, or abandoned (void or
    with a declared result and maybe an awarded shoot-out). Every tie drawn is
    accepted by :func:`copaperu.decide_tie`: ``decide_tie(*tie)`` never raises.

    Args:
        teams: Lists of team names; each tie is between two of a list (default:
            :func:`teams`).
        rules: The rules of the ties (default: :func:`tie_rules`).

    Raises:
        InvalidArgument: an argument is not a strategy; when drawing, *teams* drew
            fewer than two different names, or *rules* something else than
            :class:`copaperu.TieRules`.

    >>> import copaperu as cp
    >>> from hypothesis import find, settings, strategies as st
    >>> from copaperu import strategies
    >>> fixed = settings(derandomize=True)  # the same example every run
    >>> two = st.just(["Melgar", "Cienciano"])
    >>> tie = find(strategies.two_legged_ties(teams=two),
    ...            lambda tie: cp.decide_tie(*tie).decided_by is cp.DecidedBy.PENALTIES,
    ...            settings=fixed)
    >>> print(cp.decide_tie(*tie))
    Melgar 0-0 Cienciano: Cienciano through on penalties
    """
    if teams is None:
        teams = _teams()
    if rules is None:
        rules = tie_rules()
    _check_strategy("two_legged_ties", "teams", teams)
    _check_strategy("two_legged_ties", "rules", rules)
    return _two_legged_ties(teams, rules)


# Editions -------------------------------------------------------------------------

_SOURCE: Final = "S"


def _table_presets() -> list[str]:
    """The table-rule presets that need no data (no ranking)."""
    return [
        name
        for name in presets.table_presets()
        if not _rankings_of(presets.by_name(name))
    ]


@st.composite
def _group_matches(
    draw: st.DrawFn, members: list[TeamId], legs: int
) -> tuple[Match, ...]:
    """The recorded matches of a group: some fixtures may be missing."""
    fixtures = [
        (home, away)
        for i, home in enumerate(members)
        for j, away in enumerate(members)
        if (legs == 2 and i != j) or (legs == 1 and i < j)
    ]
    found = []
    for first, second in fixtures:
        if _one_in(draw, 6):  # about one in six not recorded
            continue
        swap = legs == 1 and draw(st.booleans())
        home, away = (second, first) if swap else (first, second)
        match = draw(_match_between(home, away, played=False, with_rulings=True))
        found.append(attrs.evolve(match, source=_pick(draw, ("", _SOURCE))))
    return tuple(found)


def _top_two(
    names: list[TeamId], matches: tuple[Match, ...], rules: TableRules
) -> list[TeamId]:
    """The two teams the record puts first (the group's own order when it cannot)."""
    try:
        return list(standings(names, matches, rules).order[:2])
    except CopaperuError:
        return names[:2]


def _winner(tie: Tie, rules: TieRules, teams: tuple[TeamId, TeamId]) -> TeamId:
    """The team that goes through *tie* as the record has it (the first when unknown)."""
    outcome: TieOutcome | None = None
    if len(tie.legs) == 2:
        outcome = decide_tie(tie.legs[0], tie.legs[1], rules, playoff=tie.playoff)
    elif len(tie.legs) == 1:
        outcome = decide_match(tie.legs[0], rules)
    if outcome is not None and outcome.winner is not None:
        return outcome.winner
    return tie.recorded.winner if tie.recorded is not None else teams[0]


@st.composite
def _groups(
    draw: st.DrawFn, index: int, members: list[TeamId], rules: dict[str, TableRules]
) -> tuple[Group, list[TeamId]]:
    """A group of *members*, with the two teams its record puts first."""
    name = _pick(draw, list(rules))
    legs = draw(_LEGS)
    found = draw(_group_matches(members, legs))
    deductions, lots, recorded = [], [], []
    if _one_in(draw, 4):
        points = draw(st.integers(1, 6)) * (-1 if _one_in(draw, 3) else 1)
        deductions.append(PointsDeduction(team=_pick(draw, members), points=points))
    if _one_in(draw, 4):
        lots.append(tuple(draw(st.permutations(members))))
    if _one_in(draw, 4):
        team = _pick(draw, members)
        recorded.append(RecordedPlace(place=1, team=team, source=_SOURCE))
    group = Group(
        id=f"group-{'ab'[index]}",
        name=f"Group {'AB'[index]}",
        rules=name,
        legs=legs,
        advance=2,
        entrants=tuple(members),
        matches=found,
        deductions=tuple(deductions),
        lots=tuple(lots),
        recorded=tuple(recorded),
        source=_SOURCE,
    )
    return group, _top_two(members, found, rules[name])


@st.composite
def _knockouts(
    draw: st.DrawFn,
    tie_id: str,
    entrants: tuple[Reference, Reference],
    teams: tuple[TeamId, TeamId],
    rules: dict[str, TieRules],
    legs: int,
) -> tuple[Tie, TeamId]:
    """A tie of one match or two *legs*, and the team the record sends through."""
    name = _pick(draw, list(rules))
    played: tuple[Match, ...] = ()
    playoff = None
    if not _one_in(draw, 5):  # about one in five with no leg recorded
        if legs == 2:
            first, second, _, playoff = draw(_ties(*teams, rules[name]))
            played = (first, second)
        else:
            match = draw(_single_matches(*teams, rules[name]))
            played = (attrs.evolve(match, neutral=True),)
    recorded = None
    if _one_in(draw, 3):
        recorded = RecordedWinner(winner=_pick(draw, teams), source=_SOURCE)
    tie = Tie(
        id=tie_id,
        rules=name,
        entrants=entrants,
        legs=played,
        playoff=playoff,
        recorded=recorded,
        source=_SOURCE,
    )
    return tie, _winner(tie, rules[name], teams)


@st.composite
def _editions(
    draw: st.DrawFn,
    teams: st.SearchStrategy[Sequence[TeamId]],
    table_rules: st.SearchStrategy[TableRules],
    tie_rules: st.SearchStrategy[TieRules],
) -> Edition:
    names = _draw_teams(draw, teams, "editions", 4)
    table, tie = draw(table_rules), draw(tie_rules)
    if not (is_a(table, TableRules) and is_a(tie, TieRules)):
        msg = f"editions: table_rules and tie_rules must draw rules (got {table!r}, {tie!r})"
        raise InvalidArgument(msg)
    # An edition file names its rule sets by their keys: the rules take those names.
    table = attrs.evolve(table, name=table.name if table.name.strip() else "league")
    tie = attrs.evolve(tie, name=tie.name if tie.name.strip() else "knockout")
    tables = {table.name: table} | {
        name: presets.by_name(name) for name in _table_presets() if name != table.name
    }
    ties = {tie.name: tie} | {
        name: presets.tie_rules_by_name(name)
        for name in ("copa-peru-1998-knockout", "uefa-club-2019", "uefa-club-2021")
        if name != tie.name
    }
    half = len(names) // 2
    (group_a, top_a), (group_b, top_b) = (
        draw(_groups(0, names[:half], tables)),
        draw(_groups(1, names[half:], tables)),
    )
    semis, finalists = [], []
    for index, (top, other) in enumerate(((group_a, group_b), (group_b, group_a))):
        tops = (top_a, top_b) if index == 0 else (top_b, top_a)
        semi, through = draw(
            _knockouts(
                f"sf-{index + 1}",
                (
                    Reference(kind=ReferenceKind.PLACE, of=top.id, place=1),
                    Reference(kind=ReferenceKind.PLACE, of=other.id, place=2),
                ),
                (tops[0][0], tops[1][1]),
                ties,
                legs=2,
            )
        )
        semis.append(semi)
        finalists.append(through)
    final, _ = draw(
        _knockouts(
            "final",
            (
                Reference(kind=ReferenceKind.WINNER, of="sf-1"),
                Reference(kind=ReferenceKind.WINNER, of="sf-2"),
            ),
            (finalists[0], finalists[1]),
            ties,
            legs=1,
        )
    )
    promoted = [Reference(kind=ReferenceKind.WINNER, of="final")]
    promoted += draw(
        st.lists(st.just(Reference(kind=ReferenceKind.LOSER, of="final")), max_size=1)
    )
    return Edition(
        id="generated-cup",
        name="Generated Cup",
        sources=(Source(key=_SOURCE, title="drawn by copaperu.strategies"),),
        teams=tuple(Team(name=name, city=draw(_texts())) for name in names),
        table_rules=(NamedTableRules(name=table.name, rules=table),),
        tie_rules=(NamedTieRules(name=tie.name, rules=tie),),
        stages=(
            Stage(id="groups", phases=(Phase(id="groups", groups=(group_a, group_b)),)),
            Stage(
                id="knockout",
                phases=(
                    Phase(id="semi-finals", ties=tuple(semis)),
                    Phase(id="final", ties=(final,)),
                ),
            ),
        ),
        champion=Reference(kind=ReferenceKind.WINNER, of="final"),
        promoted=tuple(promoted),
    )


def _points_for_files() -> st.SearchStrategy[PointsScheme]:
    """Points schemes without negative points, which edition files cannot yet hold."""
    return points_schemes().filter(lambda scheme: scheme.loss >= 0)


def editions(
    *,
    teams: st.SearchStrategy[Sequence[TeamId]] | None = None,
    table_rules: st.SearchStrategy[TableRules] | None = None,
    tie_rules: st.SearchStrategy[TieRules] | None = None,
) -> st.SearchStrategy[Edition]:
    """Small but whole competitions: two groups, then semi-finals, then a final.

    The top two of each group meet the other group's top two in two-legged
    semi-finals, whose winners play a one-match final. Group matches may be
    missing, unknown or ruled; groups may have points deductions, recorded places
    and recorded lots; a tie may have no recorded leg, or a recorded winner (which
    may contradict its legs). Every edition drawn can be written and read back
    (``copaperu.load(copaperu.dump(e)) == e``) and replays, to a champion or to
    the unknowns that block one.

    Args:
        teams: Lists of four or more team names, split between the groups
            (default: :func:`teams` of 4 to 6).
        table_rules: The rules of the edition's own table rule set (default:
            :func:`table_rules` without negative points, which edition files
            cannot hold yet); groups use them or a preset.
        tie_rules: The rules of the edition's own tie rule set (default:
            :func:`tie_rules`); ties use them or a preset.

    Raises:
        InvalidArgument: an argument is not a strategy; when drawing, *teams*
            drew fewer than four different names.

    >>> import copaperu as cp
    >>> from hypothesis import given, settings
    >>> from copaperu import strategies
    >>> @settings(max_examples=10, database=None, deadline=None)
    ... @given(strategies.editions())
    ... def test_edition_files_round_trip(edition):
    ...     assert cp.load(cp.dump(edition)) == edition
    >>> test_edition_files_round_trip()
    """
    if teams is None:
        teams = _teams(min_teams=4, max_teams=6)
    if table_rules is None:
        table_rules = _table_rules(points=_points_for_files())
    if tie_rules is None:
        tie_rules = _tie_rules()
    _check_strategy("editions", "teams", teams)
    _check_strategy("editions", "table_rules", table_rules)
    _check_strategy("editions", "tie_rules", tie_rules)
    return _editions(teams, table_rules, tie_rules)


# Registration with st.from_type --------------------------------------------------


def _parts(edition: Edition) -> dict[type, list[Any]]:
    """The groups, ties, phases, stages and named rules an edition is made of."""
    found: dict[type, list[Any]] = {}
    phases = [phase for stage in edition.stages for phase in stage.phases]
    for value in (
        *edition.table_rules,
        *edition.tie_rules,
        *edition.stages,
        *phases,
        *(group for phase in phases for group in phase.groups),
        *(tie for phase in phases for tie in phase.ties),
    ):
        found.setdefault(type(value), []).append(value)
    return found


def _part_of(kind: type[T]) -> st.SearchStrategy[T]:
    """Values of *kind* taken from generated editions."""
    return editions().flatmap(lambda edition: st.sampled_from(_parts(edition)[kind]))


def _two_team_matches() -> st.SearchStrategy[Match]:
    """Matches with no score between two of :func:`teams` (any ruling fits them)."""
    return _teams(max_teams=2).map(lambda names: Match(home=names[0], away=names[1]))


def _sources() -> st.SearchStrategy[Source]:
    key = st.text(_NAME_ALPHABET, min_size=1, max_size=8).filter(str.strip)
    return st.builds(Source, key=key, title=_texts(), notes=_texts())


def _references() -> st.SearchStrategy[Reference]:
    ids = st.sampled_from(("group-a", "sf-1", "final"))
    return st.builds(
        Reference, kind=st.just(ReferenceKind.PLACE), of=ids, place=st.integers(1, 8)
    ) | st.builds(
        Reference,
        kind=st.sampled_from((ReferenceKind.WINNER, ReferenceKind.LOSER)),
        of=ids,
    )


def _recorded_places() -> st.SearchStrategy[RecordedPlace]:
    return st.builds(
        RecordedPlace,
        place=st.integers(1, 8),
        team=team_names(),
        notes=_texts(),
        inference=st.booleans(),
    )


def _rankings() -> st.SearchStrategy[Ranking]:
    value = st.integers(0, 2000) | st.floats(0, 2000, allow_nan=False)
    return st.builds(
        Ranking,
        name=st.sampled_from(("FIFA/Coca-Cola Men's World Ranking", "coefficient")),
        values=st.dictionaries(team_names(), value, max_size=8),
        higher_is_better=st.booleans(),
    )


def _qualified() -> st.SearchStrategy[Qualified]:
    return st.builds(Qualified, team=team_names(), origin=_texts(), notes=_texts())


def _published_rows() -> st.SearchStrategy[PublishedRow]:
    count = st.integers(0, 20)
    return st.builds(
        PublishedRow,
        team=team_names(),
        played=count,
        won=count,
        drawn=count,
        lost=count,
        goals_for=count,
        goals_against=count,
        points=st.integers(-6, 60),
    )
