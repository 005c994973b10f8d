"""Competitions as data: the edition model, and what a replay of it concludes.

An :class:`Edition` names its teams, its stages (each a sequence of phases of
groups and ties), the rules its groups and ties use, what the record says, and
where the record comes from. :func:`copaperu.replay` walks it to a
:class:`EditionResult`: each group's standings and each tie's outcome, the
champion, the promoted teams, what is unknown and what the record contradicts.

>>> import copaperu as cp
>>> from copaperu import competition
>>> edition = cp.load_edition("copa-peru-1997")
>>> isinstance(edition, competition.Edition)
True
>>> result = cp.replay(edition)
>>> result.champion
'Juan Aurich'
>>> isinstance(result, competition.EditionResult)
True
"""

from __future__ import annotations

from ._competition import (
    AllocationRow,
    AllocationTable,
    Edition,
    Entrant,
    Group,
    NamedTableRules,
    NamedTieRules,
    Phase,
    PlaceRanking,
    Placing,
    Pot,
    PublishedRow,
    Qualified,
    RecordedPlace,
    RecordedWinner,
    Reference,
    ReferenceKind,
    Schedule,
    Source,
    Stage,
    Team,
    Tie,
    Translation,
    allocation_preset,
    allocation_preset_names,
    circle_method,
)
from ._public import publish
from ._replay import (
    Contradiction,
    ContradictionKind,
    EditionResult,
    GroupResult,
    Placed,
    PotResult,
    Provenance,
    RankingResult,
    StageResult,
    TieResult,
    Unknown,
    UnknownKind,
)

__all__ = [
    "AllocationRow",
    "AllocationTable",
    "Contradiction",
    "ContradictionKind",
    "Edition",
    "EditionResult",
    "Entrant",
    "Group",
    "GroupResult",
    "NamedTableRules",
    "NamedTieRules",
    "Phase",
    "PlaceRanking",
    "Placed",
    "Placing",
    "Pot",
    "PotResult",
    "Provenance",
    "PublishedRow",
    "Qualified",
    "RankingResult",
    "RecordedPlace",
    "RecordedWinner",
    "Reference",
    "ReferenceKind",
    "Schedule",
    "Source",
    "Stage",
    "StageResult",
    "Team",
    "Tie",
    "TieResult",
    "Translation",
    "Unknown",
    "UnknownKind",
    "allocation_preset",
    "allocation_preset_names",
    "circle_method",
]

publish(globals(), __all__, __name__)
del publish  # the bookkeeping is not part of this module's namespace
