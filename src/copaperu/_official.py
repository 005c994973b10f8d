"""Layer 2, official results: how rulings turn an on-field result into the official one."""

from __future__ import annotations

import enum
from typing import final

import attrs

from ._rulings import Abandoned, AwardedShootout, Forfeit, NotPlayed, Ruling
from ._score import Score
from ._validators import is_a
from ._values import Match, TeamId, leader
from .errors import InvalidValueError

__all__ = ["MatchStatus", "OfficialResult", "official_result"]


class MatchStatus(enum.StrEnum):
    """What a match's official result rests on.

    >>> MatchStatus.AWARDED.counts
    True
    """

    PLAYED = "played"
    """Played to the end; the on-field score stands."""
    UNKNOWN = "unknown"
    """No score is known and no ruling gives one: it counts for nothing."""
    NOT_PLAYED = "not_played"
    """Never played, by a ruling: it counts for nothing."""
    VOID = "void"
    """Abandoned and declared void: it counts for nothing."""
    DECLARED = "declared"
    """Abandoned; the deciding body declared a result, which counts."""
    AWARDED = "awarded"
    """Awarded to a team by a forfeit ruling, which counts."""

    @property
    def counts(self) -> bool:
        """Whether a match with this status counts in a table.

        >>> MatchStatus.VOID.counts
        False
        """
        return self in _COUNTING


_COUNTING = frozenset({MatchStatus.PLAYED, MatchStatus.DECLARED, MatchStatus.AWARDED})


@final
@attrs.frozen(kw_only=True)
class OfficialResult:
    """What counts of a match once its rulings are applied.

    >>> import copaperu as cp
    >>> m = cp.Match(home="Senati", away="Peñarol", rulings=(cp.NotPlayed(),))
    >>> cp.official_result(m).status
    <MatchStatus.NOT_PLAYED: 'not_played'>
    """

    match: Match
    """The match, with its on-field score untouched."""
    status: MatchStatus
    """What the result rests on."""
    score: Score | None
    """The goals that count (home-away); ``None`` when no goals count."""
    winner: TeamId | None
    """The team that won the match as it counts; ``None`` for a draw or no result."""
    extra_time: Score | None = None
    """The score after extra time, when extra time counts."""
    penalties: Score | None = None
    """The shoot-out score (taken or awarded), home-away."""
    shootout_winner: TeamId | None = None
    """The winner of the shoot-out, taken or awarded."""
    rulings: tuple[Ruling, ...] = ()
    """The rulings that made this result differ from the pitch."""

    @property
    def counts(self) -> bool:
        """Whether the match counts in a table.

        >>> import copaperu as cp
        >>> cp.official_result(cp.Match(home="A", away="B")).counts
        False
        """
        return self.status.counts

    @property
    def is_draw(self) -> bool:
        """Whether the match counts as a draw.

        >>> import copaperu as cp
        >>> cp.official_result(cp.Match(home="A", away="B", score=cp.Score(1, 1))).is_draw
        True
        """
        return self.counts and self.winner is None


def official_result(match: Match, *, apply_rulings: bool = True) -> OfficialResult:
    """The result of *match* that counts: its on-field score, as its rulings change it.

    * :class:`~copaperu.NotPlayed`: counts for nothing.
    * :class:`~copaperu.Abandoned`: the declared score counts; void when none was
      declared (unless a forfeit awards the match).
    * :class:`~copaperu.Forfeit`: a win for the team awarded, with the awarded score,
      or with no goals when only points were awarded.
    * :class:`~copaperu.AwardedShootout`: the shoot-out's winner and score.

    With ``apply_rulings=False`` the rulings are ignored: the match counts as
    played on the pitch (if its score is known).

    >>> import copaperu as cp
    >>> final_leg = cp.Match(
    ...     home="I.M.I.", away="Coronel Bolognesi", score=cp.Score(3, 1),
    ...     rulings=(cp.Abandoned(minute=81, declared=cp.Score(3, 1)),
    ...              cp.AwardedShootout(winner="I.M.I.", score=cp.Score(2, 0))))
    >>> result = cp.official_result(final_leg)
    >>> result.status, str(result.score), result.shootout_winner
    (<MatchStatus.DECLARED: 'declared'>, '3-1', 'I.M.I.')
    """
    if not is_a(match, Match):
        msg = f"official_result: expected a Match (got {match!r})"
        raise InvalidValueError(msg)
    if not apply_rulings or not match.rulings:
        return _as_played(match)
    kinds = {type(ruling): ruling for ruling in match.rulings}
    not_played = kinds.get(NotPlayed)
    forfeit = kinds.get(Forfeit)
    abandoned = kinds.get(Abandoned)
    shootout = kinds.get(AwardedShootout)
    applied: list[Ruling] = []
    extra_time = match.extra_time
    penalties = match.penalties
    if isinstance(not_played, NotPlayed):
        return OfficialResult(
            match=match,
            status=MatchStatus.NOT_PLAYED,
            score=None,
            winner=None,
            rulings=(not_played,),
        )
    if isinstance(forfeit, Forfeit):
        if isinstance(abandoned, Abandoned):
            applied.append(abandoned)
        applied.append(forfeit)
        status, score, winner = MatchStatus.AWARDED, forfeit.score, forfeit.awarded_to
        extra_time = penalties = None
    elif isinstance(abandoned, Abandoned):
        applied.append(abandoned)
        extra_time = penalties = None
        if abandoned.declared is None:
            status, score, winner = MatchStatus.VOID, None, None
        else:
            status, score = MatchStatus.DECLARED, abandoned.declared
            winner = leader(match, score)
    else:
        played = _as_played(match)
        status, score, winner = played.status, played.score, played.winner
    shootout_winner = leader(match, penalties) if penalties is not None else None
    if isinstance(shootout, AwardedShootout):
        applied.append(shootout)
        penalties = shootout.score
        shootout_winner = shootout.winner
    return OfficialResult(
        match=match,
        status=status,
        score=score,
        winner=winner,
        extra_time=extra_time,
        penalties=penalties,
        shootout_winner=shootout_winner,
        rulings=tuple(applied),
    )


def _as_played(match: Match) -> OfficialResult:
    score = match.score
    if score is None:
        return OfficialResult(
            match=match, status=MatchStatus.UNKNOWN, score=None, winner=None
        )
    return OfficialResult(
        match=match,
        status=MatchStatus.PLAYED,
        score=score,
        winner=leader(match, score),
        extra_time=match.extra_time,
        penalties=match.penalties,
        shootout_winner=(
            leader(match, match.penalties) if match.penalties is not None else None
        ),
    )
