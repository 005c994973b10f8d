"""Layer 8, on top: the demo of the command line, the 1997 Copa Perú final round.

The results, the play-off and the rules are those of the bundled edition
``copa-peru-1997`` (sourced from RSSSF): the demo only shows its final-round table
twice, before and after the play-off.
"""

from __future__ import annotations

from . import editions
from ._i18n import gettext_ as _
from ._i18n import ngettext
from ._standings import standings

__all__ = ["demo_1997"]


def demo_1997() -> str:
    """The 1997 final-round table without and with its first-place play-off.

    >>> print(demo_1997().splitlines()[0])
    Copa Perú 1997, final round (source: https://rsssf.org/tablesc/copaperu97.html)
    """
    edition = editions.load("copa-peru-1997")
    (group,) = [
        group for _, group in edition.groups() if group.id == "final-round-group"
    ]
    rules = edition.table_rules_of(group)
    (source,) = [source.url for source in edition.sources if source.key == group.source]
    teams = [team for team in group.entrants if isinstance(team, str)]
    matches = group.matches
    before = standings(teams, matches, rules, advance=group.advance)
    after = standings(
        teams, matches, rules, advance=group.advance, playoffs=group.playoffs
    )
    shown = ", ".join(str(playoff) for playoff in group.playoffs)
    return "\n".join(
        [
            _("Copa Perú 1997, final round (source: {source})").format(source=source),
            _("Rules: {rules}").format(rules=rules),
            "",
            ngettext(
                "After the {count} group match:",
                "After the {count} group matches:",
                len(matches),
            ).format(count=len(matches)),
            str(before),
            str(before.explain()),
            "",
            _("After the first-place play-off ({playoffs}):").format(playoffs=shown),
            str(after),
            str(after.explain()),
        ]
    )
