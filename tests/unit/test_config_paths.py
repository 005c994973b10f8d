"""Loading edition files: each wrong shape is one problem, at its key path, and nothing else.

Each file below is a tiny valid edition with one thing wrong. The expected problems --
every one of them, key path and message -- were worked out by hand from the file
format (``docs/reference/file-format.rst``) and the messages its loader writes.
"""

from __future__ import annotations

from typing import Any

import pytest

import copaperu as cp

# Calls that break the annotations go through an untyped alias, as untyped user code would.
untyped: Any = cp

HEAD = 'id = "cup"\nname = "Cup"\n'
GROUP = "stages[0].phases[0].groups[0]"
TIE = "stages[0].phases[0].ties[0]"
RULES = "rules.tables.groups"


def tiebreakers(chain: str) -> str:
    """A file with one set of table rules whose tiebreakers are *chain*."""
    return f"{HEAD}\n[{RULES}]\ntiebreakers = {chain}\n"


def tie_rules(body: str) -> str:
    """A file with one set of tie rules, 'ko', whose table is *body*."""
    return f"{HEAD}\n[rules.ties.ko]\n{body}\n"


def in_group(body: str) -> str:
    """A file with one group of A and B, with *body* added to the group's table."""
    return f"""{HEAD}
[[stages]]
id = "s"

[[stages.phases]]
id = "p"

[[stages.phases.groups]]
id = "g"
rules = "classic"
entrants = ["A", "B"]
{body}
"""


def in_tie(body: str) -> str:
    """A file with one tie between A and B, with *body* added to the tie's table."""
    return f"""{HEAD}
[[stages]]
id = "s"

[[stages.phases]]
id = "p"

[[stages.phases.ties]]
id = "t"
rules = "uefa-club-2021-knockout"
entrants = ["A", "B"]
{body}
"""


def in_match(body: str) -> str:
    """A file whose group has one match, A v B, with *body* added to the match."""
    return in_group(f'matches = [{{ home = "A", away = "B", {body} }}]')


# (id, file text, every problem expected: (key path, message))
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "empty-edition-id",
        'id = ""\nname = "Cup"\n',
        [("", "edition: id must be a non-empty string (got '')")],
    ),
    (
        "team-written-as-text",
        f'{HEAD}teams = ["Alpacas"]\n',
        [("teams[0]", "expected a table (got 'Alpacas')")],
    ),
    (
        "rules-written-as-a-preset-id",
        f'{HEAD}rules = "classic"\n',
        [("rules", "expected a table (got 'classic')")],
    ),
    (
        "stage-written-as-text",
        f'{HEAD}stages = ["regional"]\n',
        [("stages[0]", "expected a table (got 'regional')")],
    ),
    (
        "phase-written-as-text",
        f'{HEAD}\n[[stages]]\nid = "s"\nphases = ["p"]\n',
        [("stages[0].phases[0]", "expected a table (got 'p')")],
    ),
    (
        "entrant-that-is-a-number",
        f"{HEAD}champion = 3\n",
        [("champion", "expected a table (got 3)")],
    ),
    (
        "source-that-is-not-a-table",
        f'{HEAD}sources = ["RSSSF"]\n',
        [("sources[0]", "expected a table (got 'RSSSF')")],
    ),
    (
        "table-preset-and-points-together",
        f'{HEAD}\n[{RULES}]\npreset = "classic"\npoints = "3-1-0"\n',
        [(RULES, "give either a preset or the rules spelled out, not both")],
    ),
    (
        "table-rules-written-as-a-preset-id",
        f'{HEAD}\n[rules.tables]\ngroups = "classic"\n',
        [(RULES, "expected a table (got 'classic')")],
    ),
    (
        "empty-tiebreakers",
        tiebreakers("[]"),
        [(RULES, "table rules: tiebreakers must be a non-empty tuple (got ())")],
    ),
    (
        "ranking-without-settings",
        tiebreakers('["points", "ranking"]'),
        [(f"{RULES}.tiebreakers[1]", "ranking needs settings: write it as a table, { id = 'ranking', ... }")],
    ),
    (
        "only-when-without-settings",
        tiebreakers('["points", "only_when"]'),
        [(f"{RULES}.tiebreakers[1]", "only_when needs settings: write it as a table, { id = 'only_when', ... }")],
    ),
    (
        "criterion-that-is-a-number",
        tiebreakers('["points", 3]'),
        [(f"{RULES}.tiebreakers[1]", "expected a criterion id or a table (got 3)")],
    ),
    (
        "criterion-id-that-is-a-number",
        tiebreakers('["points", { id = 3 }]'),
        [(f"{RULES}.tiebreakers[1].id", "expected a criterion id (got 3)")],
    ),
    (
        "misspelt-scope",
        tiebreakers('["points", { id = "goals_for", scope = "head_to_hed" }]'),
        [(f"{RULES}.tiebreakers[1].scope", "expected one of 'all_matches', 'head_to_head' (got 'head_to_hed') (did you mean 'head_to_head'?)")],
    ),
    (
        "head-to-head-with-a-misspelt-criterion",
        tiebreakers('["points", { id = "head_to_head", criteria = ["points", "goal_diference"] }]'),
        [(f"{RULES}.tiebreakers[1].criteria[1]", "unknown tiebreak criterion 'goal_diference' (did you mean 'goal_difference'?)")],
    ),
    (
        "only-when-with-a-misspelt-criterion",
        tiebreakers('["points", { id = "only_when", criterion = "winz", max_teams = 2 }]'),
        [(f"{RULES}.tiebreakers[1].criterion", "unknown tiebreak criterion 'winz' (did you mean 'wins'?)")],
    ),
    (
        "tie-rules-that-are-not-a-table",
        f'{HEAD}\n[rules.ties]\nko = "uefa-club-2021-knockout"\n',
        [("rules.ties.ko", "expected a table (got 'uefa-club-2021-knockout')")],
    ),
    (
        "tie-preset-and-a-flag-together",
        tie_rules('preset = "uefa-club-2021-knockout"\npenalties = false'),
        [("rules.ties.ko", "give either a preset or the rules spelled out, not both")],
    ),
    (
        "unknown-tie-basis",
        tie_rules('basis = "goals"'),
        [("rules.ties.ko.basis", "expected one of 'aggregate', 'points' (got 'goals')")],
    ),
    (
        "away-goals-in-extra-time-without-away-goals",
        tie_rules("away_goals_in_extra_time = true"),
        [("rules.ties.ko", "tie rules: away goals in extra time need both away_goals and extra_time")],
    ),
    (
        "qualified-team-that-is-not-a-table",
        f'{HEAD}\n[[stages]]\nid = "regional"\nqualified = ["Pumas"]\n',
        [("stages[0].qualified[0]", "expected a table (got 'Pumas')")],
    ),
    (
        "reference-to-a-tie-by-number",
        f"{HEAD}champion = {{ winner = 3 }}\n",
        [("champion.winner", "expected a tie id (got 3)")],
    ),
    (
        "place-reference-with-a-winner-key",
        f'{HEAD}champion = {{ place = 1, of = "g", winner = "t" }}\n',
        [("champion", 'a reference is { place = N, of = ID }, { slot = "1B", of = ID }, { winner = ID } or { loser = ID }')],
    ),
    (
        "reference-with-two-keys",
        f'{HEAD}champion = {{ winner = "t", loser = "t" }}\n',
        [("champion", 'a reference is { place = N, of = ID }, { slot = "1B", of = ID }, { winner = ID } or { loser = ID }')],
    ),
    (
        "group-that-is-not-a-table",
        f'{HEAD}\n[[stages]]\nid = "s"\n\n[[stages.phases]]\nid = "p"\ngroups = ["g"]\n',
        [("stages[0].phases[0].groups[0]", "expected a table (got 'g')")],
    ),
    (
        "tie-that-is-not-a-table",
        f'{HEAD}\n[[stages]]\nid = "s"\n\n[[stages.phases]]\nid = "p"\nties = [3]\n',
        [("stages[0].phases[0].ties[0]", "expected a table (got 3)")],
    ),
    (
        "match-written-as-text",
        in_group('matches = ["A 1-0 B"]'),
        [(f"{GROUP}.matches[0]", "expected a table (got 'A 1-0 B')")],
    ),
    (
        "date-that-is-a-number",
        in_match("date = 19981004"),
        [(f"{GROUP}.matches[0].date", "expected a date like 1998-12-13 (got 19981004)")],
    ),
    (
        "date-with-a-time",
        in_match("date = 1998-10-04T15:00:00"),
        [(f"{GROUP}.matches[0].date", "expected a date, not a date and time (got '1998-10-04T15:00:00')")],
    ),
    (
        "cards-that-are-a-number",
        in_match("cards = { A = 3 }"),
        [(f"{GROUP}.matches[0].cards.A", "expected a table (got 3)")],
    ),
    (
        "negative-cards",
        in_match("cards = { A = { yellow = -1 } }"),
        [(f"{GROUP}.matches[0].cards.A", "cards: yellow must be a non-negative integer (got -1)")],
    ),
    (
        "ruling-written-as-text",
        in_match('rulings = ["forfeit"]'),
        [(f"{GROUP}.matches[0].rulings[0]", "expected a table (got 'forfeit')")],
    ),
    (
        "deduction-that-is-a-number",
        in_group("deductions = [3]"),
        [(f"{GROUP}.deductions[0]", "expected a table (got 3)")],
    ),
    (
        "lot-that-is-a-bare-array",
        in_group('lots = [["A", "B"]]'),
        [(f"{GROUP}.lots[0]", "expected a table (got an array)")],
    ),
    (
        "lot-of-one-team",
        in_group('lots = [{ order = ["A"] }]'),
        [(f"{GROUP}.lots[0].order", "expected two or more different team names (got an array)")],
    ),
    (
        "lot-naming-a-team-twice",
        in_group('lots = [{ order = ["A", "A"] }]'),
        [(f"{GROUP}.lots[0].order", "expected two or more different team names (got an array)")],
    ),
    (
        "recorded-place-that-is-a-number",
        in_group("recorded = [1]"),
        [(f"{GROUP}.recorded[0]", "expected a table (got 1)")],
    ),
    (
        "published-row-without-points",
        in_group('published = [{ team = "A", played = 1, won = 1, drawn = 0, lost = 0, goals_for = 1, goals_against = 0 }]'),
        [(f"{GROUP}.published[0].points", "missing")],
    ),
    (
        "recorded-winner-written-as-text",
        in_tie('recorded = "A"'),
        [(f"{TIE}.recorded", "expected a table (got 'A')")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(text, expected, id=id_) for id_, text, expected in CASES],
)
def test_wrong_shape_is_exactly_one_located_problem(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """The file is refused with exactly the problems expected, each at its key path."""
    with pytest.raises(cp.ConfigError) as excinfo:
        cp.loads(text)

    assert tuple(expected) == excinfo.value.problems


def test_cases_are_distinct() -> None:
    """Each case above has its own id and its own file."""
    assert len(CASES) == len({id_ for id_, _, _ in CASES})
    assert len(CASES) == len({text for _, text, _ in CASES})


def test_input_that_is_neither_a_path_nor_text_is_refused() -> None:
    """A number given to load() is refused as input, shown as given."""
    with pytest.raises(cp.ConfigError) as excinfo:
        untyped.load(5)

    assert "<input>: expected a path to a TOML file (got 5)" == str(excinfo.value)


def test_playoff_may_be_written_as_a_table() -> None:
    """{ id = "playoff" } loads as the play-off criterion, like "playoff"."""
    edition = cp.loads(tiebreakers('["points", { id = "playoff" }]'))

    assert cp.tiebreak.Playoff() == edition.table_rules[0].rules.tiebreakers[1]


def test_negative_deduction_loads_as_points_added() -> None:
    """A deduction of -2 points loads, as two points given to the team."""
    edition = cp.loads(in_group('deductions = [{ team = "A", points = -2 }]'))
    group = edition.stages[0].phases[0].groups[0]

    assert (cp.PointsDeduction(team="A", points=-2),) == group.deductions
