"""``.. bracket:: EDITION STAGE``: a bundled edition's knockout stage, drawn by
:func:`copaperu.report.bracket_svg` when the docs are built."""

from __future__ import annotations

from docutils import nodes
from docutils.parsers.rst import Directive
from sphinx.application import Sphinx

import copaperu


class Bracket(Directive):
    required_arguments = 2

    def run(self) -> list[nodes.Node]:
        from copaperu.report import bracket_svg

        edition, stage = self.arguments
        svg = bracket_svg(copaperu.replay(copaperu.load_edition(edition)), stage)
        return [nodes.raw("", f'<div class="bracket">{svg}</div>', format="html")]


def setup(app: Sphinx) -> dict[str, object]:
    app.add_directive("bracket", Bracket)
    return {"parallel_read_safe": True}
