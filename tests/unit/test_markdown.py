"""The Markdown output is Markdown a renderer keeps: parsed with markdown-it-py
(CommonMark, with GFM tables), its tables are tables and its lists are lists."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

import copaperu as cp
from copaperu.cli import main

PARSER = MarkdownIt("commonmark").enable("table")
LABELS = ("Places:", "Matches:", "Why:", "Slots:", "Final placings:", "Rulings:")


def parse(text: str) -> list[Token]:
    return PARSER.parse(text)


def output(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert 0 == main([*argv, "--format", "markdown"])
    return capsys.readouterr().out


def check_structure(tokens: list[Token]) -> None:
    """Every label that heads items is followed by a list, and no paragraph has
    a line that was meant as an item or a table row run into it."""
    for at, token in enumerate(tokens):
        if token.type != "inline" or tokens[at - 1].type != "paragraph_open":
            continue
        lines = token.content.splitlines()
        for line in lines[1:]:
            assert not line.lstrip().startswith(("- ", "| ")), token.content
        if lines[0] in LABELS:  # the label alone, its items a list after it
            assert [lines[0]] == lines
            assert "bullet_list_open" == tokens[at + 2].type, token.content


@pytest.mark.parametrize("name", cp.available_editions())
def test_every_replay_has_its_tables_as_tables_and_its_lists_as_lists(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """One GFM table per group or ranking with a table, each row a row."""
    tokens = parse(output(capsys, "replay", name))
    result = cp.replay(cp.load_edition(name))
    tables = [g.standings for s in result.stages for g in s.groups if g.standings]
    tables += [r.standings for s in result.stages for r in s.rankings if r.standings]

    check_structure(tokens)
    assert len(tables) == sum(t.type == "table_open" for t in tokens)
    assert sum(len(t.rows) for t in tables) == sum(
        t.type == "tr_open" for t in tokens
    ) - len(tables)  # each table's header row
    assert any(t.type == "bullet_list_open" for t in tokens)


@pytest.mark.parametrize("name", ["copa-peru-1997", "copa-peru-1998"])
def test_each_groups_table_command_and_the_others_parse(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`table` for every group, `editions`, `simulate`: lists and tables intact."""
    edition = cp.load_edition(name)
    for _, group in edition.groups():
        check_structure(parse(output(capsys, "table", name, "--group", group.id)))
    editions = parse(output(capsys, "editions"))
    simulated = parse(output(capsys, "simulate", name, "--runs", "3"))

    assert len(cp.available_editions()) == sum(
        t.type == "list_item_open" for t in editions
    )
    assert any(t.type == "table_open" for t in simulated)
