"""Layer 8, on top: simulations -- an edition played out many times, by its rules.

:func:`simulate` plays the matches an edition still has to play with a match
model (:class:`PoissonModel`, :class:`EloModel`, or any object with their
``goals`` method), then replays the edition with its full rules -- tiebreakers,
head-to-head, rankings across groups, ties with extra time, shoot-outs,
play-offs, replays and lots -- never an approximation. Runs are split into
chunks whose seeds derive from the seed and the chunk's number, so the same
seed gives the same counts whatever runs them: one process, a process pool or
a Dask cluster (any :class:`concurrent.futures.Executor`).

>>> import copaperu as cp
>>> from copaperu import simulate
>>> edition = cp.load_edition("fifa-world-cup-2018")
>>> odds = simulate.simulate(edition, simulate.PoissonModel(), runs=2, seed=1)
>>> odds.runs, sum(count for _, count in odds.champions)
(2, 2)
"""

from __future__ import annotations

import hashlib
import math
import pickle
import random
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor
from fractions import Fraction
from typing import Any, Final, Protocol, final

import attrs

from ._competition import (
    Edition,
    Group,
    Phase,
    RecordedWinner,
    Reference,
    ReferenceKind,
    Schedule,
    Stage,
    Tie,
)
from ._extras import MissingExtraError, require
from ._fast import rank_rows
from ._knockout import Need, TieOutcome, decide_match, decide_tie
from ._needs import (
    DEFAULT_MAX_GOALS,
    DEFAULT_MAX_SCENARIOS,
    Condition,
    Fate,
    Fixture,
    MatchNeed,
    Needs,
    needs_from_rows,
)
from ._official import official_result
from ._public import publish
from ._replay import EditionResult, replay, replay_filled
from ._score import Score
from ._standings import standings
from ._tiebreak import TableRules
from ._tierules import TieRules
from ._validators import check_field_types, is_a
from ._values import Match, TeamId
from ._vectorised import rank_groups
from .errors import CopaperuError, InvalidValueError, UnknownNameError

__all__ = [
    "Condition",
    "EloModel",
    "Fate",
    "Fixture",
    "MatchModel",
    "MatchNeed",
    "Needs",
    "PoissonModel",
    "SimulationResult",
    "needs_from_rows",
    "rank_groups",
    "rank_rows",
    "simulate",
    "what_needs",
]

CHUNK: Final = 200
"""How many runs make a chunk.

Each chunk has its own seed, derived from the seed and its number, so the counts
do not depend on how the chunks are shared out.
"""


class MatchModel(Protocol):
    """What a simulation asks of a match model: the goals of one match.

    *minutes* is 90 for a match, 30 for its extra time. Any object with this
    method will do; it must be picklable to run in other processes.

    >>> import random
    >>> PoissonModel().goals("A", "B", neutral=True, minutes=90, rng=random.Random(1))
    (0, 2)
    """

    def goals(
        self,
        home: TeamId,
        away: TeamId,
        *,
        neutral: bool,
        minutes: int,
        rng: random.Random,
    ) -> tuple[int, int]:
        """The goals of *home* and *away* in *minutes* of play."""
        ...  # pragma: no cover - a protocol


def _strengths(
    value: Mapping[TeamId, tuple[float, float]] | Iterable[tuple[TeamId, float, float]],
) -> tuple[tuple[TeamId, float, float], ...]:
    """Converter: a mapping of team to (attack, defence), or triples, sorted."""
    if isinstance(value, Mapping):
        return tuple(sorted((t, float(a), float(d)) for t, (a, d) in value.items()))
    return tuple(sorted((t, float(a), float(d)) for t, a, d in value))


def _ratings(
    value: Mapping[TeamId, float] | Iterable[tuple[TeamId, float]],
) -> tuple[tuple[TeamId, float], ...]:
    """Converter: a mapping of team to rating, or pairs, sorted."""
    items = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted((team, float(rating)) for team, rating in items))


def _poisson(mean: float, rng: random.Random) -> int:
    """A Poisson draw (Knuth's method: means of a match are small)."""
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


@final
@attrs.frozen(kw_only=True)
class PoissonModel:
    """Goals as Poisson draws from each team's attack and defence.

    A team's expected goals in 90 minutes are ``base * attack * (the
    opponent's) defence``, times *home_advantage* at home; a team not listed has
    attack and defence 1 (an average team).

    >>> model = PoissonModel(strengths={"Brazil": (1.6, 0.7)}, base=1.3)
    >>> model.expected("Brazil", "Peru", neutral=True)
    (2.08, 0.9099999999999999)
    """

    strengths: tuple[tuple[TeamId, float, float], ...] = attrs.field(
        default=(), converter=_strengths
    )
    """Each team's attack and defence (a mapping of team to the pair is taken)."""
    base: float = 1.35
    """Goals of an average team against an average team in 90 minutes."""
    home_advantage: float = 1.25
    """How many times more a team scores at home; 1 for no advantage."""

    def __attrs_post_init__(self) -> None:
        """Check the fields: strengths, base and home advantage positive."""
        check_field_types(self, "Poisson model")
        for team, attack, defence in self.strengths:
            if not (attack > 0 and defence > 0):
                msg = f"Poisson model: {team!r} needs a positive attack and defence"
                raise InvalidValueError(msg)
        if not (self.base > 0 and self.home_advantage > 0):
            msg = "Poisson model: base and home_advantage must be positive"
            raise InvalidValueError(msg)

    def expected(
        self, home: TeamId, away: TeamId, *, neutral: bool
    ) -> tuple[float, float]:
        """The expected goals of *home* and *away* in 90 minutes."""
        table = {team: (attack, defence) for team, attack, defence in self.strengths}
        home_attack, home_defence = table.get(home, (1.0, 1.0))
        away_attack, away_defence = table.get(away, (1.0, 1.0))
        edge = 1.0 if neutral else self.home_advantage
        return (
            self.base * home_attack * away_defence * edge,
            self.base * away_attack * home_defence,
        )

    def goals(
        self,
        home: TeamId,
        away: TeamId,
        *,
        neutral: bool,
        minutes: int,
        rng: random.Random,
    ) -> tuple[int, int]:
        """Poisson draws with the expected goals for *minutes* of play."""
        return _poisson_goals(self.expected(home, away, neutral=neutral), minutes, rng)


@final
@attrs.frozen(kw_only=True)
class EloModel:
    """Goals from Elo ratings: the expected result split into Poisson goals.

    The rating difference (plus *home_advantage* for a team at home) gives the
    expected result ``1 / (1 + 10 ** (-difference / 400))``; a match's
    *goals_per_match* are shared in that proportion. A team not listed has
    rating 1500.

    >>> goals = EloModel(ratings={"Spain": 2100, "Malta": 1300}).expected(
    ...     "Spain", "Malta", neutral=True)
    >>> tuple(round(g, 3) for g in goals)
    (2.574, 0.026)
    """

    ratings: tuple[tuple[TeamId, float], ...] = attrs.field(
        default=(), converter=_ratings
    )
    """Each team's rating (a mapping of team to rating is taken)."""
    home_advantage: float = 100.0
    """Rating points a team gains at home."""
    goals_per_match: float = 2.6
    """Goals in 90 minutes between two teams, in all."""

    def __attrs_post_init__(self) -> None:
        """Check the fields: goals per match positive."""
        check_field_types(self, "Elo model")
        if not self.goals_per_match > 0:
            msg = "Elo model: goals_per_match must be positive"
            raise InvalidValueError(msg)

    def expected(
        self, home: TeamId, away: TeamId, *, neutral: bool
    ) -> tuple[float, float]:
        """The expected goals of *home* and *away* in 90 minutes."""
        table = dict(self.ratings)
        difference = table.get(home, 1500.0) - table.get(away, 1500.0)
        if not neutral:
            difference += self.home_advantage
        share = 1 / (1 + 10 ** (-difference / 400))
        return self.goals_per_match * share, self.goals_per_match * (1 - share)

    def goals(
        self,
        home: TeamId,
        away: TeamId,
        *,
        neutral: bool,
        minutes: int,
        rng: random.Random,
    ) -> tuple[int, int]:
        """Poisson draws with the expected goals for *minutes* of play."""
        return _poisson_goals(self.expected(home, away, neutral=neutral), minutes, rng)


def _poisson_goals(
    expected: tuple[float, float], minutes: int, rng: random.Random
) -> tuple[int, int]:
    """Both teams' goals in *minutes*, Poisson draws from their 90-minute means."""
    share = minutes / 90
    return _poisson(expected[0] * share, rng), _poisson(expected[1] * share, rng)


def _shootout(rng: random.Random) -> Score:
    """A penalty shoot-out: five kicks each at three in four, then sudden death."""
    home = sum(rng.random() < 0.75 for _ in range(5))
    away = sum(rng.random() < 0.75 for _ in range(5))
    while home == away:
        home += rng.random() < 0.75
        away += rng.random() < 0.75
    return Score(home, away)


class _Play:
    """Completes each group and tie of one run as the replay reaches it (internal)."""

    def __init__(self, model: MatchModel, rng: random.Random) -> None:
        self.model = model
        self.rng = rng

    def match(self, home: TeamId, away: TeamId, *, neutral: bool, label: str) -> Match:
        hg, ag = self.model.goals(home, away, neutral=neutral, minutes=90, rng=self.rng)
        return Match(
            home=home, away=away, score=Score(hg, ag), neutral=neutral, label=label
        )

    def group(
        self, group: Group, teams: tuple[TeamId | None, ...], rules: TableRules
    ) -> Group:
        named: tuple[TeamId, ...] = tuple(t for t in teams if t is not None)
        if len(set(named)) != len(teams):
            return group  # not known yet (or a record at odds with itself): as it is
        matches = [
            self.match(m.home, m.away, neutral=m.neutral, label="simulated")
            if m.score is None and not m.rulings
            else m
            for m in group.matches
        ]
        if group.schedule is Schedule.ROUND_ROBIN:
            matches += self._missing(group, named)
        lots = list(group.lots)
        playoffs = list(group.playoffs)
        table = standings(named, matches, rules, advance=group.goes_through, lots=lots)
        for level in table.level_teams:
            if level.needs is Need.DRAWING_OF_LOTS:
                order = list(level.teams)
                self.rng.shuffle(order)
                lots.append(tuple(order))
            elif level.needs is Need.PLAYOFF and len(level.teams) == 2:
                first, second = level.teams
                playoffs.append(self._decisive(first, second))
        return attrs.evolve(
            group, matches=tuple(matches), lots=tuple(lots), playoffs=tuple(playoffs)
        )

    def _missing(self, group: Group, teams: tuple[TeamId, ...]) -> list[Match]:
        """The round-robin fixtures the record does not have, played."""
        return [
            self.match(home, away, neutral=group.legs == 1, label="simulated")
            for home, away in _missing_fixtures(group, teams)
        ]

    def _decisive(self, home: TeamId, away: TeamId) -> Match:
        """A one-off match played to a decision: extra time, then penalties."""
        match = self.match(home, away, neutral=True, label="simulated play-off")
        assert match.score is not None
        if match.score.is_draw:
            match = self._extra(match)
        return match

    def _extra(self, match: Match) -> Match:
        """*match* with extra time, and a shoot-out if still level."""
        assert match.score is not None
        hg, ag = self.model.goals(
            match.home, match.away, neutral=match.neutral, minutes=30, rng=self.rng
        )
        after = Score(match.score.home + hg, match.score.away + ag)
        penalties = _shootout(self.rng) if after.is_draw else None
        return attrs.evolve(match, extra_time=after, penalties=penalties)

    def tie(self, tie: Tie, teams: tuple[TeamId | None, ...], rules: TieRules) -> Tie:
        first, second = teams
        if first is None or second is None or first == second:
            return tie  # not known yet (or a record at odds with itself): as it is
        legs = [self._leg(m, tie.legs[0].home, first, second) for m in tie.legs]
        planned = tie.planned_legs or max(len(legs), 1)
        while len(legs) < planned:
            if planned == 1:
                legs.append(self.match(first, second, neutral=True, label="simulated"))
            elif not legs:
                legs.append(self.match(first, second, neutral=False, label="simulated"))
            else:
                legs.append(
                    self.match(
                        legs[0].away, legs[0].home, neutral=False, label="simulated"
                    )
                )
        tie = attrs.evolve(tie, legs=tuple(legs))
        for _ in range(8):  # each step adds what the outcome needs, in order
            outcome = _decide(tie, rules)
            if outcome is None or outcome.winner is not None:
                break
            completed = self._complete(tie, outcome, first, second)
            if completed is None:  # nothing a match can add (a ruling to wait for)
                break
            tie = completed
        return tie

    def _leg(self, leg: Match, opener: TeamId, first: TeamId, second: TeamId) -> Match:
        """*leg* played if it was not, by the teams this run sent to the tie.

        A fixture listed for other teams is played by these, *first* at home
        where the listed fixture has the first leg's home team (*opener*) at home.
        """
        if leg.score is not None or leg.rulings:
            return leg
        home, away = leg.home, leg.away
        if {home, away} != {first, second}:
            home, away = (first, second) if leg.home == opener else (second, first)
        return self.match(home, away, neutral=leg.neutral, label="simulated")

    def _complete(
        self, tie: Tie, outcome: TieOutcome, first: TeamId, second: TeamId
    ) -> Tie | None:
        """*tie* with what *outcome* needs next, or ``None`` if nothing can help."""
        need = outcome.needs
        last = tie.playoff or (tie.replays or tie.legs)[-1]
        if need in {Need.EXTRA_TIME, Need.PENALTIES} and last.score is None:
            return None  # a leg settled by a ruling, not played: no time to add to it
        if need is Need.EXTRA_TIME:
            return _replace(tie, last, self._extra(last))
        if need is Need.PENALTIES:
            return _replace(
                tie, last, attrs.evolve(last, penalties=_shootout(self.rng))
            )
        if need is Need.PLAYOFF:
            playoff = self.match(
                first, second, neutral=True, label="simulated play-off"
            )
            return attrs.evolve(tie, playoff=playoff)
        if need is Need.REPLAY:
            replay = self.match(
                last.away, last.home, neutral=last.neutral, label="simulated replay"
            )
            return attrs.evolve(tie, replays=(*tie.replays, replay))
        if need is Need.DRAWING_OF_LOTS:
            won = first if self.rng.random() < 0.5 else second
            drawn = RecordedWinner(winner=won, notes="lots drawn by the simulation")
            return attrs.evolve(tie, recorded=drawn)
        return None


def _missing_fixtures(
    group: Group, teams: Sequence[TeamId]
) -> list[tuple[TeamId, TeamId]]:
    """The fixtures of a round-robin *group* of *teams* that its matches lack.

    Each pair once in a single round robin, each way round in a double one.
    """
    have = Counter(
        (m.home, m.away) if group.legs == 2 else frozenset(m.teams)
        for m in group.matches
    )
    missing = []
    for i, home in enumerate(teams):
        for j, away in enumerate(teams):
            if i == j or (group.legs == 1 and j < i):
                continue
            pair: Any = (home, away) if group.legs == 2 else frozenset((home, away))
            if have[pair]:
                have[pair] -= 1
                continue
            missing.append((home, away))
    return missing


def _decide(tie: Tie, rules: TieRules) -> TieOutcome | None:
    """The outcome of *tie*'s matches (``None`` if it has none)."""
    if tie.recorded is not None or not tie.legs:
        return None
    try:
        if len(tie.legs) == 2:
            return decide_tie(tie.legs[0], tie.legs[1], rules, playoff=tie.playoff)
        return decide_match(tie.legs[0], rules, tie.replays)
    except CopaperuError:  # a record the rules cannot decide: leave it to the replay
        return None


def _replace(tie: Tie, old: Match, new: Match) -> Tie:
    """*tie* with its match *old* (a leg, a replay or the play-off) now *new*."""
    if tie.playoff is old:
        return attrs.evolve(tie, playoff=new)
    if tie.replays and tie.replays[-1] is old:
        return attrs.evolve(tie, replays=(*tie.replays[:-1], new))
    legs = tuple(new if leg is old else leg for leg in tie.legs)
    return attrs.evolve(tie, legs=legs)


# Runs ------------------------------------------------------------------------------


def _chunk_seed(seed: int, chunk: int) -> int:
    """The seed of chunk *chunk*: from *seed* and the number alone."""
    digest = hashlib.sha256(f"copaperu:{seed}:{chunk}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


_Counts = tuple[Counter[tuple[str, ...]], int]


_EDITIONS: dict[str, Edition] = {}
"""Editions sent to this process, by fingerprint: each is rebuilt (and checked)
once per worker, not once per chunk."""


def _edition_of(sent: Edition | tuple[str, bytes]) -> Edition:
    """The edition of a job: itself, or rebuilt from its pickle once per process."""
    if isinstance(sent, Edition):
        return sent
    key, blob = sent
    edition = _EDITIONS.get(key)
    if edition is None:
        edition = _EDITIONS[key] = pickle.loads(blob)  # our own pickle, made above
        while len(_EDITIONS) > 8:
            del _EDITIONS[next(iter(_EDITIONS))]
    return edition


def _run_chunk(
    job: tuple[Edition | tuple[str, bytes], MatchModel, int, int, int],
) -> _Counts:
    """Play *runs* runs of chunk *chunk* and count what happened (picklable)."""
    sent, model, seed, chunk, runs = job
    edition = _edition_of(sent)
    rng = random.Random(_chunk_seed(seed, chunk))
    phase_of = {
        tie.id: phase.id
        for stage in edition.stages
        for phase in stage.phases
        for tie in phase.ties
    }
    counts: Counter[tuple[str, ...]] = Counter()
    for _ in range(runs):
        result = replay_filled(edition, _Play(model, rng))
        _count(result, phase_of, counts)
    return counts, runs


def _count(
    result: EditionResult, phase_of: Mapping[str, str], counts: Counter[tuple[str, ...]]
) -> None:
    counts["champion", result.champion or ""] += 1
    for stage in result.stages:
        finished = [(g.id, g.places) for g in stage.groups]
        finished += [(r.id, r.places) for r in stage.rankings]
        for where, places in finished:
            for placed in places:
                if placed.team is not None:
                    counts["place", where, placed.team, str(placed.place)] += 1
        for tie in stage.ties:
            for team in tie.teams:
                if team is not None:
                    counts["reached", phase_of[tie.id], team] += 1
            if tie.winner is not None:
                counts["won", tie.id, tie.winner] += 1


@final
@attrs.frozen(kw_only=True)
class SimulationResult:
    """What a simulation counted, with how it was made.

    Counts, not rates, so that results add up exactly; :meth:`probability` and
    the other methods divide by :attr:`runs`.

    >>> result = SimulationResult(edition="cup", runs=4, seed=7, model="model",
    ...     champions=(("A", 3), ("B", 1)))
    >>> result.probability("A")
    Fraction(3, 4)
    """

    edition: str
    """The id of the edition simulated."""
    runs: int
    """How many times it was played out."""
    seed: int
    """The seed the runs' seeds derive from."""
    model: str
    """The match model, as its ``repr`` gives it."""
    champions: tuple[tuple[TeamId, int], ...] = ()
    """Each team and the runs it won the edition in (``""``: the runs whose
    champion the rules left undecided, such as lots not simulated)."""
    places: tuple[tuple[str, TeamId, int, int], ...] = ()
    """Each group or ranking, team and place, with the runs it finished there."""
    reached: tuple[tuple[str, TeamId, int], ...] = ()
    """Each phase of ties and team, with the runs it played in that phase."""

    def __attrs_post_init__(self) -> None:
        """Check the fields' types."""
        check_field_types(self, "simulation result")

    def probability(self, team: TeamId) -> Fraction:
        """The share of runs *team* won the edition in."""
        return Fraction(dict(self.champions).get(team, 0), self.runs or 1)

    def place_probabilities(self, outcome: str) -> dict[TeamId, dict[int, Fraction]]:
        """For group or ranking *outcome*: each team's share of runs in each place.

        >>> SimulationResult(edition="cup", runs=2, seed=1, model="m",
        ...     places=(("g", "A", 1, 2),)).place_probabilities("g")
        {'A': {1: Fraction(1, 1)}}
        """
        found: dict[TeamId, dict[int, Fraction]] = {}
        for where, team, place, count in self.places:
            if where == outcome:
                found.setdefault(team, {})[place] = Fraction(count, self.runs or 1)
        return found

    def reach_probabilities(self, phase: str) -> dict[TeamId, Fraction]:
        """For phase *phase* of ties: each team's share of runs it played in it."""
        return {
            team: Fraction(count, self.runs or 1)
            for where, team, count in self.reached
            if where == phase
        }

    def to_pandas(self) -> Any:
        """The counts as a ``pandas.DataFrame``, one row per count (long form).

        The columns are ``kind`` (``"champion"``, ``"place"`` or ``"reached"``),
        ``where`` (the group, ranking or phase; missing for a champion),
        ``team``, ``place`` (missing but for places), ``count`` and ``share``
        (``count`` divided by :attr:`runs`). Needs the ``pandas`` extra; see
        :func:`copaperu.frames.to_pandas`.

        >>> result = SimulationResult(edition="cup", runs=4, seed=7, model="m",
        ...     champions=(("A", 3), ("B", 1)), places=(("group-a", "A", 1, 4),))
        >>> print(result.to_pandas().to_string())
               kind    where team  place  count  share
        0  champion     <NA>    A   <NA>      3   0.75
        1  champion     <NA>    B   <NA>      1   0.25
        2     place  group-a    A      1      4   1.00
        """
        from .frames import to_pandas

        return to_pandas(self)

    def to_polars(self) -> Any:
        """The counts as a ``polars.DataFrame``, with the columns of :meth:`to_pandas`.

        Needs the ``polars`` extra; see :func:`copaperu.frames.to_polars`.

        >>> result = SimulationResult(edition="cup", runs=2, seed=7, model="m",
        ...     reached=(("final", "A", 2), ("final", "B", 1)))
        >>> result.to_polars().select("team", "share").rows()
        [('A', 1.0), ('B', 0.5)]
        """
        from .frames import to_polars

        return to_polars(self)


def _result(
    edition: Edition,
    model: object,
    seed: int,
    counts: Counter[tuple[str, ...]],
    runs: int,
) -> SimulationResult:
    champions = sorted(
        ((key[1], count) for key, count in counts.items() if key[0] == "champion"),
        key=lambda item: (-item[1], item[0]),
    )
    places = sorted(
        (key[1], key[2], int(key[3]), count)
        for key, count in counts.items()
        if key[0] == "place"
    )
    reached = sorted(
        (key[1], key[2], count) for key, count in counts.items() if key[0] == "reached"
    )
    return SimulationResult(
        edition=edition.id,
        runs=runs,
        seed=seed,
        model=repr(model),
        champions=tuple(champions),
        places=tuple(places),
        reached=tuple(reached),
    )


def simulate(
    edition: Edition | Group | Tie,
    model: MatchModel,
    *,
    runs: int,
    seed: int,
    executor: Executor | None = None,
    progress: bool | None = None,
) -> SimulationResult:
    """Play out *edition* *runs* times with *model*, by the edition's own rules.

    *edition* may also be a group or a tie alone (its rules a preset). Every
    match the record does not have is played by *model* (a group's missing
    fixtures -- at a neutral ground in a single round robin, home and away in a
    double one --, listed fixtures without a score, legs not played, extra time,
    shoot-outs, play-offs and replays when the tie rules call for them, lots
    where they decide), as the replay reaches it: later rounds are played by the
    teams that reached them in that run. Recorded results stay as they are.

    The runs are cut into chunks of :data:`CHUNK`, each seeded from *seed* and
    its number, and handed to *executor* (a process pool, or
    ``distributed.Client(...).get_executor()`` for a Dask cluster); without one
    they run here. The counts are the same whatever runs them. A progress bar is
    shown on a terminal (*progress* ``None``) when ``rich`` is installed;
    *progress* ``True`` without it raises an error naming the ``progress`` extra.

    Raises:
        InvalidValueError: not an edition, group or tie; *runs* or *seed* that
            are not non-negative integers; a model without a ``goals`` method.
        ConfigError: a group or tie alone whose rules are not a preset.

    >>> import copaperu as cp
    >>> edition = cp.load_edition("fa-cup-1979-80")
    >>> simulate(edition, EloModel(), runs=3, seed=2).champions
    (('West Ham United', 3),)
    """
    edition = _as_edition(edition)
    for name, value in (("runs", runs), ("seed", seed)):
        if not is_a(value, int) or isinstance(value, bool) or value < 0:
            msg = f"simulate: {name} must be a non-negative integer (got {value!r})"
            raise InvalidValueError(msg)
    if not callable(getattr(model, "goals", None)):
        msg = (
            f"simulate: the model needs a goals(home, away, ...) method (got {model!r})"
        )
        raise InvalidValueError(msg)
    sent: Edition | tuple[str, bytes] = edition
    if executor is not None:  # elsewhere: the edition pickled once, rebuilt once
        blob = pickle.dumps(edition)
        sent = (hashlib.sha256(blob).hexdigest(), blob)
    jobs = [
        (sent, model, seed, chunk, min(CHUNK, runs - start))
        for chunk, start in enumerate(range(0, runs, CHUNK))
    ]
    done: Iterable[_Counts] = (
        map(_run_chunk, jobs) if executor is None else executor.map(_run_chunk, jobs)
    )
    counts: Counter[tuple[str, ...]] = Counter()
    played = 0
    for chunk_counts, chunk_runs in _shown(done, len(jobs), progress):
        counts.update(chunk_counts)
        played += chunk_runs
    return _result(edition, model, seed, counts, played)


def what_needs(
    where: Edition | Group,
    team: TeamId,
    target: int | None = None,
    *,
    group: str = "",
    max_goals: int = DEFAULT_MAX_GOALS,
    max_scenarios: int = DEFAULT_MAX_SCENARIOS,
) -> Needs:
    """What *team* needs from its group's remaining matches to finish *target*-th or better.

    *where* is an edition (the group is the one named *group*, else the one
    *team* plays in with matches left) or a group alone (its rules a preset).
    The group's results so far, official (rulings applied), and its remaining
    matches -- listed fixtures without a score, and in a round robin the
    fixtures its matches lack -- go to :func:`needs_from_rows`, which enumerates
    every outcome exactly. *target* defaults to the places that go through.

    Raises:
        UnknownNameError: no such group, or *team* is in no group with matches
            left.
        InvalidValueError: the group's teams are not all known yet.

    >>> import copaperu as cp
    >>> group = cp.competition.Group(
    ...     id="g", rules="fifa-world-cup-2018", legs=1, advance=1,
    ...     entrants=("Peru", "Chile", "Bolivia"),
    ...     matches=[cp.Match(home="Peru", away="Chile", score=cp.Score(2, 0)),
    ...              cp.Match(home="Chile", away="Bolivia", score=cp.Score(1, 1))])
    >>> needs = what_needs(group, "Bolivia")
    >>> needs.eliminated, needs.clinched
    (False, False)
    >>> needs.fate([("Peru", "Bolivia", 0, 3)])
    <Fate.QUALIFIES: 'qualifies'>
    """
    edition = _as_edition(where)
    result = replay(edition)
    found = [
        (g, result.group(g.id).teams)
        for _, g in edition.groups()
        if (g.id == group) or (not group and team in result.group(g.id).teams)
    ]
    chosen = [(g, teams) for g, teams in found if group or _remaining(g, teams)]
    if not chosen:
        known = [g.id for _, g in edition.groups()]
        name = group or team
        kind = "group" if group else "team with matches left"
        raise UnknownNameError(kind, name, known, where="what_needs")
    source, teams = chosen[0]
    if None in teams:
        msg = f"what_needs: the teams of group {source.id!r} are not all known yet"
        raise InvalidValueError(msg)
    named = tuple(t for t in teams if t is not None)
    played = []
    for match in source.matches:
        official = official_result(match)
        if official.counts and official.score is not None:
            played.append(
                (match.home, match.away, official.score.home, official.score.away)
            )
    return needs_from_rows(
        named,
        played,
        _remaining(source, teams),
        edition.table_rules_of(source),
        team,
        target if target is not None else max(source.goes_through, 1),
        max_goals=max_goals,
        max_scenarios=max_scenarios,
    )


def _remaining(
    group: Group, teams: tuple[TeamId | None, ...]
) -> list[tuple[TeamId, TeamId]]:
    """The matches *group* has left: fixtures without a score, fixtures it lacks."""
    left = [
        (m.home, m.away) for m in group.matches if m.score is None and not m.rulings
    ]
    if group.schedule is Schedule.ROUND_ROBIN and None not in teams:
        left += _missing_fixtures(group, [t for t in teams if t is not None])
    return left


def _as_edition(target: object) -> Edition:
    """*target* as an edition: a group or a tie alone is an edition of one phase."""
    if isinstance(target, Edition):
        return target
    if isinstance(target, Group | Tie):
        part = target
        phase = (
            Phase(id="phase", groups=(part,))
            if isinstance(part, Group)
            else Phase(id="phase", ties=(part,))
        )
        champion = (
            Reference(kind=ReferenceKind.PLACE, of=part.id, place=1)
            if isinstance(part, Group)
            else Reference(kind=ReferenceKind.WINNER, of=part.id)
        )
        return Edition(
            id=_slug(part.id),
            name=part.name or part.id,
            stages=(Stage(id="stage", phases=(phase,)),),
            champion=champion,
        )
    msg = f"simulate: expected an Edition, a Group or a Tie (got {target!r})"
    raise InvalidValueError(msg)


def _slug(text: str) -> str:
    """An edition id made of *text*: lowercase letters, digits and dashes."""
    plain = text.lower().encode("ascii", "ignore").decode()
    words = "".join(c if c.isalnum() else " " for c in plain).split()
    return "-".join(words) or "simulated"


def _shown(
    done: Iterable[_Counts], total: int, progress: bool | None
) -> Iterator[_Counts]:
    """*done*, with a progress bar on a terminal when rich is installed."""
    asked = progress
    if progress is None:
        progress = sys.stderr.isatty()
    if progress:
        try:  # optional: the 'progress' extra
            require("rich.progress", "progress", by="simulate(progress=True)")
        except MissingExtraError:
            if asked:
                raise
            progress = False  # a terminal without rich: no bar, as documented
    if not progress:
        yield from done
        return
    from rich.progress import track

    yield from track(done, total=total, description="simulating", transient=True)


publish(globals(), __all__, __name__)
del publish  # the bookkeeping is not part of this module's namespace
