"""A Sphinx directive that prints the command line's help, from its argument parser.

``.. copaperu-cli-help::`` renders ``copaperu --help`` and each sub-command's
help as literal blocks, so the reference is never written twice.
"""

from __future__ import annotations

import argparse
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective


class CliHelp(SphinxDirective):
    """Render the help of ``copaperu`` and of every sub-command."""

    def run(self) -> list[nodes.Node]:
        from copaperu.cli import build_parser

        parser = build_parser()
        result: list[nodes.Node] = [_console(parser.format_help())]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    section = nodes.section(ids=[f"cli-{name}"])
                    section += nodes.title(text=f"copaperu {name}")
                    section += _console(sub.format_help())
                    result.append(section)
        return result


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("copaperu-cli-help", CliHelp)
    return {"parallel_read_safe": True}


def _console(text: str) -> nodes.literal_block:
    """A help text as a block of console output, not highlighted as Python."""
    block = nodes.literal_block(text=text)
    block["language"] = "text"
    return block
