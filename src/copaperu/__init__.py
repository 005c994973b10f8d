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

from . import competition as competition
from . import editions as editions
from . import rules as rules
from . import tiebreak as tiebreak
from ._config import dump as dump
from ._config import dumps as dumps
from ._config import load as load
from ._config import loads as loads
from ._data import from_data as from_data
from ._data import json_schema as json_schema
from ._data import to_data as to_data
from ._fast import rank_rows as rank_rows
from ._knockout import DecidedBy as DecidedBy
from ._knockout import Need as Need
from ._knockout import Step as Step
from ._knockout import TieOutcome as TieOutcome
from ._knockout import decide_match as decide_match
from ._knockout import decide_tie as decide_tie
from ._official import MatchStatus as MatchStatus
from ._official import OfficialResult as OfficialResult
from ._official import official_result as official_result
from ._points import PointsScheme as PointsScheme
from ._public import publish
from ._replay import replay as replay
from ._rulings import Abandoned as Abandoned
from ._rulings import AwardedShootout as AwardedShootout
from ._rulings import Forfeit as Forfeit
from ._rulings import NotPlayed as NotPlayed
from ._rulings import PointsDeduction as PointsDeduction
from ._rulings import Ruling as Ruling
from ._standings import Explanation as Explanation
from ._standings import LevelTeams as LevelTeams
from ._standings import Separation as Separation
from ._standings import Standings as Standings
from ._standings import TableRow as TableRow
from ._standings import rank_across_groups as rank_across_groups
from ._standings import standings as standings
from ._tiebreak import TableRules as TableRules
from ._tierules import Basis as Basis
from ._tierules import TieRules as TieRules
from ._values import Cards as Cards
from ._values import Match as Match
from ._values import Row as Row
from ._values import Score as Score
from ._values import TeamId as TeamId
from .errors import ConfigError as ConfigError
from .errors import CopaperuError as CopaperuError
from .errors import InvalidValueError as InvalidValueError
from .errors import RuleError as RuleError
from .errors import UnknownNameError as UnknownNameError

__version__ = "0.1.0.dev0"


def available_editions() -> tuple[str, ...]:
    """The ids of the editions bundled with copaperu.

    >>> available_editions()
    ('copa-peru-1997', 'copa-peru-1998', 'fa-cup-1979-80', 'fifa-world-cup-1994', 'fifa-world-cup-2018', 'uefa-champions-league-2024-25', 'uefa-euro-2024')
    """
    return editions.available()


def load_edition(name: str) -> competition.Edition:
    """The bundled edition *name*, loaded (see :func:`available_editions`).

    Raises:
        UnknownNameError: no bundled edition has that name.

    >>> load_edition("copa-peru-1998").name
    'Copa Perú 1998'
    """
    return editions.load(name)


__all__ = [
    "Abandoned",
    "AwardedShootout",
    "Basis",
    "Cards",
    "ConfigError",
    "CopaperuError",
    "DecidedBy",
    "Explanation",
    "Forfeit",
    "InvalidValueError",
    "LevelTeams",
    "Match",
    "MatchStatus",
    "Need",
    "NotPlayed",
    "OfficialResult",
    "PointsDeduction",
    "PointsScheme",
    "Row",
    "RuleError",
    "Ruling",
    "Score",
    "Separation",
    "Standings",
    "Step",
    "TableRow",
    "TableRules",
    "TeamId",
    "TieOutcome",
    "TieRules",
    "UnknownNameError",
    "available_editions",
    "competition",
    "decide_match",
    "decide_tie",
    "dump",
    "dumps",
    "editions",
    "from_data",
    "json_schema",
    "load",
    "load_edition",
    "loads",
    "official_result",
    "rank_across_groups",
    "rank_rows",
    "replay",
    "rules",
    "standings",
    "tiebreak",
    "to_data",
]


publish(globals(), __all__, __name__)
del publish  # the bookkeeping is not part of this module's namespace
