"""The demo of the command line: the 1997 Copa Perú final round.

Source: RSSSF, "Peru - Copa Perú 1997", https://rsssf.org/tablesc/copaperu97.html.
All matches were played in Lima (neutral venue).
"""

from __future__ import annotations

from . import rules
from ._standings import standings
from ._values import Match, Score

__all__ = ["demo_1997"]

_SOURCE = "https://rsssf.org/tablesc/copaperu97.html"

_RESULTS = (
    ("Juan Aurich", "Colegio Nacional", 7, 0),
    ("Cultural Hidro", "Universitario", 1, 0),
    ("Los Chankas", "U.P.A.O.", 1, 0),
    ("Los Chankas", "Colegio Nacional", 1, 1),
    ("U.P.A.O.", "Cultural Hidro", 5, 2),
    ("Juan Aurich", "Universitario", 3, 1),
    ("Universitario", "Colegio Nacional", 2, 1),
    ("Cultural Hidro", "Los Chankas", 0, 0),
    ("U.P.A.O.", "Juan Aurich", 1, 0),
    ("U.P.A.O.", "Colegio Nacional", 5, 1),
    ("Universitario", "Los Chankas", 2, 0),
    ("Juan Aurich", "Cultural Hidro", 1, 0),
    ("Cultural Hidro", "Colegio Nacional", 4, 2),
    ("Juan Aurich", "Los Chankas", 2, 0),
    ("U.P.A.O.", "Universitario", 3, 0),
)


def demo_1997() -> str:
    """The 1997 final-round table without and with its first-place play-off.

    >>> print(demo_1997().splitlines()[0])
    Copa Perú 1997, final round (source: https://rsssf.org/tablesc/copaperu97.html)
    """
    matches = [
        Match(home=h, away=a, score=Score(hg, ag), neutral=True)
        for h, a, hg, ag in _RESULTS
    ]
    teams = sorted({team for match in matches for team in match.teams})
    playoff = Match(
        home="Juan Aurich", away="U.P.A.O.", score=Score(1, 0), neutral=True
    )
    before = standings(teams, matches, rules.COPA_PERU_1997, advance=1)
    after = standings(
        teams, matches, rules.COPA_PERU_1997, advance=1, playoffs=[playoff]
    )
    return "\n".join(
        [
            f"Copa Perú 1997, final round (source: {_SOURCE})",
            f"Rules: {rules.COPA_PERU_1997}",
            "",
            "After the 15 group matches:",
            str(before),
            str(before.explain()),
            "",
            f"After the first-place play-off ({playoff}):",
            str(after),
            str(after.explain()),
        ]
    )
