"""Sphinx configuration for copaperu."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "copaperu"
author = "copaperu developers"
copyright = "2026, copaperu developers"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx_copybutton",
    "clihelp",
    "brackets",
]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
nitpicky = True
doctest_global_setup = "import copaperu"
# Docstring examples run under pytest (--doctest-modules), in their modules; Sphinx
# runs the `.. doctest::` blocks written in the pages themselves.
doctest_test_doctest_blocks = ""

# CI has no network: intersphinx is opt-in (COPAPERU_INTERSPHINX=1), and references to
# outside objects are ignored when it is off.
intersphinx_mapping = (
    {
        "python": ("https://docs.python.org/3", None),
        "attrs": ("https://www.attrs.org/en/stable", None),
        "hypothesis": ("https://hypothesis.readthedocs.io/en/latest", None),
    }
    if os.environ.get("COPAPERU_INTERSPHINX")
    else {}
)
nitpick_ignore_regex = [
    (r"py:.*", r"(attrs|attr|typing|collections\.abc|datetime|fractions|enum|random|concurrent\.futures)\..*"),
    (r"py:class", r"(str|int|float|bool|object|tuple|dict|list|None|Iterable|Mapping|Sequence|Callable|TypeAlias|ClassVar|Final)"),
    (r"py:class", r"(StrEnum|ValueError|LookupError|Exception|argparse\.ArgumentParser)"),
    (r"py:.*", r"copaperu\._.*"),
    (r"py:.*", r"(hypothesis\..*|SearchStrategy|InvalidArgument|DrawFn|NamedTuple)"),
    (r"py:class", r"_.*"),
    (r"py:class", r"(CardsByTeam|TeamId|Tiebreaker|LastMatchShootout|Criterion|Scope|Statistic|FairPlay|OnlyWhen|Ranking|DrawingOfLots|PointsScheme|Cards|Match|Score|TableRules|Standings|LevelTeams|Separation|TableRow|Explanation|PointsDeduction|HeadToHead|Playoff|Ruling|Forfeit|Abandoned|NotPlayed|AwardedShootout|MatchStatus|OfficialResult|TieRules|TieOutcome|DecidedBy|Basis|Edition|Entrant|Group|NamedTableRules|NamedTieRules|Phase|PublishedRow|Qualified|RecordedPlace|RecordedWinner|Reference|ReferenceKind|Source|Stage|Team|Tie|EditionResult|GroupResult|Placed|Provenance|StageResult|TieResult|Unknown|UnknownKind|Contradiction|ContradictionKind|Need|Step|Data|T|Path|PathLike|os\.PathLike)"),
]

html_theme = "furo"
html_title = "copaperu"
# Copy code without the prompts and the output.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
exclude_patterns = ["_build"]
