"""copaperu: the rules of multi-stage football competitions, as typed values.

>>> import copaperu as cp
>>> table = cp.standings(
...     ["Juan Aurich", "U.P.A.O."],
...     [cp.Match(home="Juan Aurich", away="U.P.A.O.", score=cp.Score(1, 0))],
...     cp.rules.CLASSIC,
... )
>>> table.order
('Juan Aurich', 'U.P.A.O.')
"""

import contextlib

from . import rules as rules
from . import tiebreak as tiebreak
from ._knockout import Basis as Basis
from ._knockout import DecidedBy as DecidedBy
from ._knockout import TieOutcome as TieOutcome
from ._knockout import TieRules as TieRules
from ._knockout import decide_match as decide_match
from ._knockout import decide_tie as decide_tie
from ._official import MatchStatus as MatchStatus
from ._official import OfficialResult as OfficialResult
from ._official import official_result as official_result
from ._points import PointsScheme as PointsScheme
from ._rulings import Abandoned as Abandoned
from ._rulings import AwardedShootout as AwardedShootout
from ._rulings import Forfeit as Forfeit
from ._rulings import NotPlayed as NotPlayed
from ._rulings import PointsDeduction as PointsDeduction
from ._rulings import Ruling as Ruling
from ._standings import Explanation as Explanation
from ._standings import OpenTie as OpenTie
from ._standings import Separation as Separation
from ._standings import Standings as Standings
from ._standings import TableRow as TableRow
from ._standings import standings as standings
from ._tiebreak import Criterion as Criterion
from ._tiebreak import DrawingOfLots as DrawingOfLots
from ._tiebreak import FairPlay as FairPlay
from ._tiebreak import HeadToHead as HeadToHead
from ._tiebreak import OnlyWhen as OnlyWhen
from ._tiebreak import Playoff as Playoff
from ._tiebreak import Ranking as Ranking
from ._tiebreak import Scope as Scope
from ._tiebreak import Statistic as Statistic
from ._tiebreak import TableRules as TableRules
from ._tiebreak import Tiebreaker as Tiebreaker
from ._values import Cards as Cards
from ._values import Match as Match
from ._values import Score as Score
from ._values import TeamId as TeamId
from .errors import ConfigError as ConfigError
from .errors import CopaperuError as CopaperuError
from .errors import InvalidValueError as InvalidValueError
from .errors import RuleError as RuleError
from .errors import UnknownNameError as UnknownNameError

__version__ = "0.1.0.dev0"

__all__ = [
    "Abandoned",
    "AwardedShootout",
    "Basis",
    "Cards",
    "ConfigError",
    "CopaperuError",
    "Criterion",
    "DecidedBy",
    "DrawingOfLots",
    "Explanation",
    "FairPlay",
    "Forfeit",
    "HeadToHead",
    "InvalidValueError",
    "Match",
    "MatchStatus",
    "NotPlayed",
    "OfficialResult",
    "OnlyWhen",
    "OpenTie",
    "Playoff",
    "PointsDeduction",
    "PointsScheme",
    "Ranking",
    "RuleError",
    "Ruling",
    "Scope",
    "Score",
    "Separation",
    "Standings",
    "Statistic",
    "TableRow",
    "TableRules",
    "TeamId",
    "TieOutcome",
    "TieRules",
    "Tiebreaker",
    "UnknownNameError",
    "decide_match",
    "decide_tie",
    "official_result",
    "rules",
    "standings",
    "tiebreak",
]


def _fixup_module_metadata() -> None:
    """Make every public class and function say it lives in ``copaperu`` (as Trio does)."""
    for name in __all__:
        obj = globals()[name]
        if isinstance(obj, type) or callable(obj):
            with contextlib.suppress(AttributeError, TypeError):
                obj.__module__ = __name__


_fixup_module_metadata()
