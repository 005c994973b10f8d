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

import importlib
from typing import TYPE_CHECKING

from ._extras import MissingExtraError as MissingExtraError
from ._public import publish
from .errors import ConfigError as ConfigError
from .errors import CopaperuError as CopaperuError
from .errors import DataFileError as DataFileError
from .errors import InvalidValueError as InvalidValueError
from .errors import RuleError as RuleError
from .errors import UnknownNameError as UnknownNameError

if TYPE_CHECKING:
    from . import competition as competition
    from . import editions as editions
    from . import frames as frames
    from . import io as io
    from . import report as report
    from . import rules as rules
    from . import simulate as simulate
    from . import tiebreak as tiebreak
    from ._config import dump as dump
    from ._config import dumps as dumps
    from ._config import load as load
    from ._config import loads as loads
    from ._data import from_data as from_data
    from ._data import json_schema as json_schema
    from ._data import to_data as to_data
    from ._fast import rank_rows as rank_rows
    from ._i18n import available_languages as available_languages
    from ._i18n import current_language as current_language
    from ._i18n import language_from_environment as language_from_environment
    from ._i18n import use_language as use_language
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

del TYPE_CHECKING

# Loaded when first used (PEP 562): tables, ties, editions, files, data forms and
# replays, which ``import copaperu`` does not pay for until they are asked for.
_LAZY = {
    "PointsScheme": ("copaperu._points", "PointsScheme"),
    "Abandoned": ("copaperu._rulings", "Abandoned"),
    "AwardedShootout": ("copaperu._rulings", "AwardedShootout"),
    "Forfeit": ("copaperu._rulings", "Forfeit"),
    "NotPlayed": ("copaperu._rulings", "NotPlayed"),
    "PointsDeduction": ("copaperu._rulings", "PointsDeduction"),
    "Ruling": ("copaperu._rulings", "Ruling"),
    "TableRules": ("copaperu._tiebreak", "TableRules"),
    "Basis": ("copaperu._tierules", "Basis"),
    "TieRules": ("copaperu._tierules", "TieRules"),
    "Cards": ("copaperu._values", "Cards"),
    "Match": ("copaperu._values", "Match"),
    "Row": ("copaperu._values", "Row"),
    "Score": ("copaperu._values", "Score"),
    "TeamId": ("copaperu._values", "TeamId"),
    "report": ("copaperu.report", ""),
    "rules": ("copaperu.rules", ""),
    "simulate": ("copaperu.simulate", ""),
    "tiebreak": ("copaperu.tiebreak", ""),
    "competition": ("copaperu.competition", ""),
    "editions": ("copaperu.editions", ""),
    "frames": ("copaperu.frames", ""),
    "io": ("copaperu.io", ""),
    "dump": ("copaperu._config", "dump"),
    "dumps": ("copaperu._config", "dumps"),
    "load": ("copaperu._config", "load"),
    "loads": ("copaperu._config", "loads"),
    "from_data": ("copaperu._data", "from_data"),
    "json_schema": ("copaperu._data", "json_schema"),
    "to_data": ("copaperu._data", "to_data"),
    "replay": ("copaperu._replay", "replay"),
    "rank_rows": ("copaperu._fast", "rank_rows"),
    "available_languages": ("copaperu._i18n", "available_languages"),
    "current_language": ("copaperu._i18n", "current_language"),
    "language_from_environment": ("copaperu._i18n", "language_from_environment"),
    "use_language": ("copaperu._i18n", "use_language"),
    "DecidedBy": ("copaperu._knockout", "DecidedBy"),
    "Need": ("copaperu._knockout", "Need"),
    "Step": ("copaperu._knockout", "Step"),
    "TieOutcome": ("copaperu._knockout", "TieOutcome"),
    "decide_match": ("copaperu._knockout", "decide_match"),
    "decide_tie": ("copaperu._knockout", "decide_tie"),
    "MatchStatus": ("copaperu._official", "MatchStatus"),
    "OfficialResult": ("copaperu._official", "OfficialResult"),
    "official_result": ("copaperu._official", "official_result"),
    "Explanation": ("copaperu._standings", "Explanation"),
    "LevelTeams": ("copaperu._standings", "LevelTeams"),
    "Separation": ("copaperu._standings", "Separation"),
    "Standings": ("copaperu._standings", "Standings"),
    "TableRow": ("copaperu._standings", "TableRow"),
    "rank_across_groups": ("copaperu._standings", "rank_across_groups"),
    "standings": ("copaperu._standings", "standings"),
}


def __getattr__(name: str) -> object:
    """The names loaded when first used (PEP 562), then kept like any other."""
    try:
        module_name, attribute = _LAZY[name]
    except KeyError:
        msg = f"module 'copaperu' has no attribute {name!r}"
        raise AttributeError(msg) from None
    module = importlib.import_module(module_name)
    value = getattr(module, attribute) if attribute else module
    if attribute:
        from ._public import publish as published

        published({name: value}, [name], __name__)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__version__ = "0.1.0.dev0"


def available_editions() -> tuple[str, ...]:
    """The ids of the editions bundled with copaperu.

    >>> available_editions()
    ('copa-peru-1997', 'copa-peru-1998', 'fa-cup-1979-80', 'fifa-world-cup-1994', 'fifa-world-cup-2018', 'uefa-champions-league-2024-25', 'uefa-euro-2024')
    """
    from . import editions

    return editions.available()


def load_edition(name: str) -> "competition.Edition":
    """The bundled edition *name*, loaded (see :func:`available_editions`).

    Raises:
        UnknownNameError: no bundled edition has that name.

    >>> load_edition("copa-peru-1998").name
    'Copa Perú 1998'
    """
    from . import editions

    return editions.load(name)


__all__ = [
    "Abandoned",
    "AwardedShootout",
    "Basis",
    "Cards",
    "ConfigError",
    "CopaperuError",
    "DataFileError",
    "DecidedBy",
    "Explanation",
    "Forfeit",
    "InvalidValueError",
    "LevelTeams",
    "Match",
    "MatchStatus",
    "MissingExtraError",
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
    "available_languages",
    "competition",
    "current_language",
    "decide_match",
    "decide_tie",
    "dump",
    "dumps",
    "editions",
    "frames",
    "from_data",
    "io",
    "json_schema",
    "language_from_environment",
    "load",
    "load_edition",
    "loads",
    "official_result",
    "rank_across_groups",
    "rank_rows",
    "replay",
    "report",
    "rules",
    "simulate",
    "standings",
    "tiebreak",
    "to_data",
    "use_language",
]


publish(globals(), [name for name in __all__ if name not in _LAZY], __name__)
del publish  # the bookkeeping is not part of this module's namespace
