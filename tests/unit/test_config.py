"""Loading edition files: every problem is refused with one ConfigError, located by key path.

Each malformed file below is a small valid edition with one thing broken. The expected
key paths and messages were read off the file format (``docs/reference/file-format.rst``)
and the messages the loader gives; a message is matched on its stable part only.
"""

from __future__ import annotations

import copy
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import assume, given
from hypothesis import strategies as st

import copaperu as cp

# Two groups of three, two semi-finals over two legs and a one-match final: the
# documentation's example cup, cut down. Every anchor edited below occurs once.
BASE = """\
id = "test-cup"
name = "Test Cup"
champion = { winner = "final" }

[[sources]]
key = "INVENTED"

[[teams]]
name = "Alpacas"

[[teams]]
name = "Condors"

[[teams]]
name = "Llamas"

[[teams]]
name = "Pumas"

[[teams]]
name = "Vicuñas"

[[teams]]
name = "Jaguars"

[rules.tables.groups]
points = "3-1-0"
tiebreakers = ["points", "goal_difference", "goals_for"]

[rules.ties.knockout]
preset = "uefa-club-2021-knockout"

[[stages]]
id = "groups"
name = "Group stage"

[[stages.phases]]
id = "group-round"

[[stages.phases.groups]]
id = "group-a"
rules = "groups"
legs = 1
advance = 2
entrants = ["Alpacas", "Condors", "Llamas"]
source = "INVENTED"

[[stages.phases.groups.matches]]
home = "Alpacas"
away = "Condors"
score = "2-0"

[[stages.phases.groups.matches]]
home = "Condors"
away = "Llamas"
score = "1-1"

[[stages.phases.groups.matches]]
home = "Llamas"
away = "Alpacas"
score = "0-3"

[[stages.phases.groups]]
id = "group-b"
rules = "groups" # group-b
legs = 1 # group-b
advance = 2 # group-b
entrants = ["Pumas", "Vicuñas", "Jaguars"]

[[stages.phases.groups.matches]]
home = "Pumas"
away = "Vicuñas"
score = "1-0"

[[stages.phases.groups.matches]]
home = "Vicuñas"
away = "Jaguars"

[[stages.phases.groups.matches]]
home = "Jaguars"
away = "Pumas"
score = "0-2"
rulings = [{ kind = "forfeit", awarded_to = "Pumas", score = "0-3" }]

[[stages.phases.groups.recorded]]
place = 2
team = "Vicuñas"
source = "INVENTED"

[[stages]]
id = "knockout"

[[stages.phases]]
id = "semi-finals"

[[stages.phases.ties]]
id = "sf-1"
rules = "knockout"
entrants = [{ place = 2, of = "group-b" }, { place = 1, of = "group-a" }]

[[stages.phases.ties.legs]]
home = "Vicuñas"
away = "Alpacas"
score = "1-1"

[[stages.phases.ties.legs]]
home = "Alpacas"
away = "Vicuñas"
score = "2-0"

[[stages.phases.ties]]
id = "sf-2"
rules = "knockout"
entrants = [{ place = 2, of = "group-a" }, { place = 1, of = "group-b" }]

[[stages.phases.ties.legs]]
home = "Condors"
away = "Pumas"
score = "0-0"

[[stages.phases.ties.legs]]
home = "Pumas"
away = "Condors"
score = "1-1"
extra_time = "1-1"
penalties = "3-4"

[[stages.phases]]
id = "final-round"

[[stages.phases.ties]]
id = "final"
rules = "knockout"
entrants = [{ winner = "sf-1" }, { winner = "sf-2" }]

[[stages.phases.ties.legs]]
home = "Alpacas"
away = "Condors"
score = "2-1"
neutral = true
"""

GROUP_A = "stages[0].phases[0].groups[0]"
GROUP_B = "stages[0].phases[0].groups[1]"
SF_1 = "stages[1].phases[0].ties[0]"
SF_2 = "stages[1].phases[0].ties[1]"
FINAL = "stages[1].phases[1].ties[0]"
FORFEIT = 'rulings = [{ kind = "forfeit", awarded_to = "Pumas", score = "0-3" }]'


def edit(*changes: tuple[str, str]) -> str:
    """BASE with each (old, new) change made; every *old* must occur exactly once."""
    text = BASE
    for old, new in changes:
        assert 1 == BASE.count(old), f"anchor {old!r} is not unique in BASE"
        text = text.replace(old, new)
    return text


def test_base_edition_loads_and_replays() -> None:
    """The base every malformed case breaks is itself valid, with a champion."""
    result = cp.replay(cp.loads(BASE))

    assert "Alpacas" == result.champion


# (id, file text, key path of the problem, regex on that problem's message)
MALFORMED: list[tuple[str, str, str, str]] = [
    # TOML syntax: the line comes from tomllib.
    (
        "toml-unterminated-string",
        edit(('name = "Test Cup"', 'name = "Test Cup')),
        "",
        r"^invalid TOML: .*\(at line 2, column \d+\)$",
    ),
    (
        "toml-bad-array-of-tables-header",
        edit(("[[sources]]", "[[sources]")),
        "",
        r"^invalid TOML: .*\(at line 5, column \d+\)$",
    ),
    (
        "toml-key-given-twice",
        edit(('name = "Test Cup"', 'name = "Test Cup"\nname = "Again"')),
        "",
        r"^invalid TOML: .*\(at line 3, column \d+\)$",
    ),
    # Required keys.
    (
        "edition-id-not-lowercase-and-dashes",
        edit(('id = "test-cup"', 'id = "Test Cup"')),
        "id",
        r"^expected lowercase letters, digits and dashes \(got 'Test Cup'\)$",
    ),
    ("missing-edition-id", edit(('id = "test-cup"\n', "")), "id", r"^missing$"),
    ("missing-edition-name", edit(('name = "Test Cup"\n', "")), "name", r"^missing$"),
    (
        "missing-team-name",
        edit(('[[teams]]\nname = "Alpacas"', '[[teams]]\ncity = "Cusco"')),
        "teams[0].name",
        r"^missing$",
    ),
    (
        "missing-group-rules",
        edit(('rules = "groups" # group-b\n', "")),
        f"{GROUP_B}.rules",
        r"^missing$",
    ),
    (
        "missing-group-entrants",
        edit(('entrants = ["Pumas", "Vicuñas", "Jaguars"]\n', "")),
        f"{GROUP_B}.entrants",
        r"^missing$",
    ),
    (
        "missing-match-home",
        edit(('home = "Jaguars"\n', "")),
        f"{GROUP_B}.matches[2].home",
        r"^missing$",
    ),
    # Unknown keys, at every depth, with a hint when one is close.
    (
        "unknown-top-level-key",
        edit(('name = "Test Cup"', 'name = "Test Cup"\nchampoin = "Alpacas"')),
        "champoin",
        r"^unknown key \(did you mean 'champion'\?\)$",
    ),
    (
        "unknown-top-level-key-without-hint",
        edit(('name = "Test Cup"', 'name = "Test Cup"\ncolour = "red"')),
        "colour",
        r"^unknown key$",
    ),
    (
        "unknown-stage-key",
        edit(('id = "knockout"', 'id = "knockout"\nnmae = "Knockout"')),
        "stages[1].nmae",
        r"^unknown key \(did you mean 'name'\?\)$",
    ),
    (
        "unknown-phase-key",
        edit(('id = "group-round"', 'id = "group-round"\ngroup = "A"')),
        "stages[0].phases[0].group",
        r"^unknown key \(did you mean 'groups'\?\)$",
    ),
    (
        "unknown-group-key",
        edit(("advance = 2 # group-b", "advances = 2")),
        f"{GROUP_B}.advances",
        r"^unknown key \(did you mean 'advance'\?\)$",
    ),
    (
        "unknown-tie-key",
        edit(('id = "sf-1"', 'id = "sf-1"\nleg = 2')),
        f"{SF_1}.leg",
        r"^unknown key \(did you mean 'legs'\?\)$",
    ),
    (
        "unknown-match-key",
        edit(("neutral = true", "nuetral = true")),
        f"{FINAL}.legs[0].nuetral",
        r"^unknown key \(did you mean 'neutral'\?\)$",
    ),
    (
        "unknown-reference-key",
        edit(('{ winner = "sf-2" }', '{ winer = "sf-2" }')),
        f"{FINAL}.entrants[1].winer",
        r"^unknown key \(did you mean 'winner'\?\)$",
    ),
    (
        "unknown-cards-key",
        edit(("neutral = true", "cards = { Alpacas = { yellow = 1, rd = 2 } }")),
        f"{FINAL}.legs[0].cards.Alpacas.rd",
        r"^unknown key \(did you mean 'red'\?\)$",
    ),
    (
        "unknown-ruling-key",
        edit(('score = "0-3" }', 'score = "0-3", reasons = "late" }')),
        f"{GROUP_B}.matches[2].rulings[0].reasons",
        r"^unknown key \(did you mean 'reason'\?\)$",
    ),
    (
        "unknown-table-rules-key",
        edit(('points = "3-1-0"', 'points = "3-1-0"\nsorce = "INVENTED"')),
        "rules.tables.groups.sorce",
        r"^unknown key \(did you mean 'source'\?\)$",
    ),
    # Wrong types.
    (
        "string-for-integer",
        edit(("advance = 2 # group-b", 'advance = "2"')),
        f"{GROUP_B}.advance",
        r"^expected one of: an integer, an array \(got '2'\)$",
    ),
    (
        "integer-for-string",
        edit(('name = "Test Cup"', "name = 7")),
        "name",
        r"^expected a string \(got 7\)$",
    ),
    (
        "integer-for-team-name",
        edit(('home = "Jaguars"', "home = 3")),
        f"{GROUP_B}.matches[2].home",
        r"^expected a string \(got 3\)$",
    ),
    (
        "integer-for-score",
        edit(('score = "1-0"', "score = 1")),
        f"{GROUP_B}.matches[0].score",
        r"^expected a string \(got 1\)$",
    ),
    (
        # The message ends "(got dict)", a Python type name: reported, not asserted.
        "table-for-array",
        edit(
            (
                'entrants = ["Pumas", "Vicuñas", "Jaguars"]',
                'entrants = { first = "Pumas" }',
            )
        ),
        f"{GROUP_B}.entrants",
        r"^expected an array\b",
    ),
    (
        "bool-given-as-string",
        edit(("neutral = true", 'neutral = "true"')),
        f"{FINAL}.legs[0].neutral",
        r"^expected true or false \(got 'true'\)$",
    ),
    # Unknown teams, with a hint.
    (
        "unknown-team-in-match",
        edit(('home = "Jaguars"', 'home = "Jaguar"')),
        f"{GROUP_B}.matches[2].home",
        r"^unknown team 'Jaguar' \(did you mean 'Jaguars'\?\)$",
    ),
    (
        "unknown-team-as-entrant",
        edit(('["Pumas", "Vicuñas", "Jaguars"]', '["Pumas", "Vicunas", "Jaguars"]')),
        f"{GROUP_B}.entrants[1]",
        r"^unknown team 'Vicunas' \(did you mean 'Vicuñas'\?\)$",
    ),
    (
        "unknown-team-in-recorded-place",
        edit(('place = 2\nteam = "Vicuñas"', 'place = 2\nteam = "Vicunas"')),
        f"{GROUP_B}.recorded[0].team",
        r"^unknown team 'Vicunas' \(did you mean 'Vicuñas'\?\)$",
    ),
    (
        "team-of-another-group-in-match",
        edit(('home = "Jaguars"', 'home = "Llamas"')),
        f"{GROUP_B}.matches[2].home",
        r"^unknown team of this group 'Llamas'",
    ),
    # References.
    (
        "dangling-reference",
        edit(('{ winner = "sf-2" }', '{ winner = "sf-9" }')),
        f"{FINAL}.entrants[1]",
        r"^unknown group, ranking or tie 'sf-9' \(did you mean 'sf-2'\?\): only earlier groups, rankings and ties can be referenced$",
    ),
    (
        "reference-to-a-later-group",
        edit(('["Alpacas", "Condors", "Llamas"]', '["Alpacas", "Condors", { place = 3, of = "group-b" }]')),
        f"{GROUP_A}.entrants[2]",
        r"^unknown group, ranking or tie 'group-b'.*: only earlier groups, rankings and ties can be referenced$",
    ),
    (
        "place-reference-to-a-tie",
        edit(('{ winner = "sf-2" }', '{ place = 1, of = "sf-2" }')),
        f"{FINAL}.entrants[1]",
        r"^'sf-2' is a tie: refer to its winner or loser$",
    ),
    (
        "winner-reference-to-a-group",
        edit(('{ place = 2, of = "group-b" }', '{ winner = "group-b" }')),
        f"{SF_1}.entrants[0]",
        r"^'group-b' is a group: refer to a place in it$",
    ),
    (
        "place-beyond-the-group-size",
        edit(('{ place = 2, of = "group-b" }', '{ place = 4, of = "group-b" }')),
        f"{SF_1}.entrants[0]",
        r"^'group-b' has 3 entrants \(got place 4\)$",
    ),
    (
        "recorded-place-beyond-the-group-size",
        edit(('place = 2\nteam = "Vicuñas"', 'place = 5\nteam = "Vicuñas"')),
        f"{GROUP_B}.recorded[0].place",
        r"^the group has 3 entrants \(got place 5\)$",
    ),
    (
        "reference-enters-a-phase-twice",
        edit(('{ place = 1, of = "group-b" }]', '{ place = 1, of = "group-a" }]')),
        f"{SF_2}.entrants[1]",
        r"^1st of group-a enters this phase twice \(also at stages\[1\]\.phases\[0\]\.ties\[0\]\.entrants\[1\]\)$",
    ),
    (
        "team-enters-a-phase-twice",
        edit(('["Pumas", "Vicuñas", "Jaguars"]', '["Pumas", "Vicuñas", "Jaguars", "Alpacas"]')),
        f"{GROUP_B}.entrants[3]",
        r"^Alpacas enters this phase twice \(also at stages\[0\]\.phases\[0\]\.groups\[0\]\.entrants\[0\]\)$",
    ),
    # Duplicates.
    (
        "duplicate-group-id",
        edit(('id = "group-b"', 'id = "group-a"')),
        f"{GROUP_B}.id",
        r"^duplicate id 'group-a'$",
    ),
    (
        "duplicate-tie-id-across-phases",
        edit(('id = "final"', 'id = "sf-1"')),
        f"{FINAL}.id",
        r"^duplicate id 'sf-1'$",
    ),
    (
        "duplicate-team-name",
        edit(('name = "Jaguars"', 'name = "Jaguars"\n\n[[teams]]\nname = "Pumas"')),
        "teams[6]",
        r"^duplicate team 'Pumas'$",
    ),
    # Names of sources, rules, presets and criteria.
    (
        "unknown-source-key",
        edit(('source = "INVENTED"\n\n[[stages.phases.groups.matches]]', 'source = "INVENTD"\n\n[[stages.phases.groups.matches]]')),
        f"{GROUP_A}.source",
        r"^unknown source 'INVENTD' \(did you mean 'INVENTED'\?\)$",
    ),
    (
        "unknown-table-rules-name",
        edit(('rules = "groups" # group-b', 'rules = "group"')),
        f"{GROUP_B}.rules",
        r"^unknown table rules 'group' \(did you mean 'groups'\?\)$",
    ),
    (
        "unknown-tie-rules-preset",
        edit(('preset = "uefa-club-2021-knockout"', 'preset = "uefa-club-2012"')),
        "rules.ties.knockout.preset",
        r"^unknown tie rules preset 'uefa-club-2012' \(did you mean 'uefa-club-2021-knockout'\?\)$",
    ),
    (
        "unknown-table-rules-preset",
        edit(('points = "3-1-0"\ntiebreakers = ["points", "goal_difference", "goals_for"]', 'preset = "clasic"')),
        "rules.tables.groups.preset",
        r"^unknown table rules preset 'clasic' \(did you mean 'classic'\?\)$",
    ),
    # Scores.
    (
        "score-with-a-letter",
        edit(('score = "1-0"', 'score = "3-x"')),
        f"{GROUP_B}.matches[0].score",
        r"^score: expected a score like '3-1' \(got '3-x'\)$",
    ),
    (
        "negative-score",
        edit(('score = "1-0"', 'score = "-1-0"')),
        f"{GROUP_B}.matches[0].score",
        r"^score: expected a score like '3-1' \(got '-1-0'\)$",
    ),
    (
        # The message ends "(got Score(home=0, away=1))", a Python repr: not asserted.
        "extra-time-lower-than-the-score",
        edit(('extra_time = "1-1"', 'extra_time = "0-1"')),
        f"{SF_2}.legs[1]",
        r"extra_time: the cumulative score is lower than the 90-minute score 1-1\b",
    ),
    (
        "penalties-without-a-score",
        edit(('away = "Jaguars"', 'away = "Jaguars"\npenalties = "4-3"')),
        f"{GROUP_B}.matches[1]",
        r"penalties: penalties without a score\b",
    ),
    # Rulings.
    (
        "two-forfeits",
        edit((FORFEIT, FORFEIT[:-1] + ', { kind = "forfeit", awarded_to = "Pumas" }]')),
        f"{GROUP_B}.matches[2]",
        r"rulings\[1\]: a second ruling of the same kind\b",
    ),
    (
        "not-played-with-a-score",
        edit((FORFEIT, 'rulings = [{ kind = "not_played" }]')),
        f"{GROUP_B}.matches[2]",
        r"rulings: a match not played cannot have an on-field score\b",
    ),
    (
        "forfeit-score-favouring-the-other-team",
        edit(('awarded_to = "Pumas", score = "0-3"', 'awarded_to = "Pumas", score = "3-0"')),
        f"{GROUP_B}.matches[2]",
        r"rulings: the awarded score 3-0 \(home-away\) does not favour 'Pumas'",
    ),
    (
        "forfeit-awarded-to-a-team-not-in-the-match",
        edit(('awarded_to = "Pumas", score = "0-3"', 'awarded_to = "Llamas"')),
        f"{GROUP_B}.matches[2]",
        r"rulings: forfeit awarded to a team not in the match \(got 'Llamas'\)$",
    ),
    (
        "unknown-ruling-kind",
        edit(('kind = "forfeit"', 'kind = "forfiet"')),
        f"{GROUP_B}.matches[2].rulings[0].kind",
        r"^expected one of abandoned, awarded_shootout, forfeit, not_played \(got 'forfiet'\) \(did you mean 'forfeit'\?\)$",
    ),
    # Groups and ties of an impossible shape.
    (
        "legs-that-do-not-mirror",
        edit(('home = "Alpacas"\naway = "Vicuñas"', 'home = "Vicuñas"\naway = "Alpacas"')),
        f"{SF_1}.legs[1]",
        r"^the legs do not mirror each other: Vicuñas v Alpacas, then Vicuñas v Alpacas$",
    ),
    (
        "tie-with-three-entrants",
        edit(('[{ winner = "sf-1" }, { winner = "sf-2" }]', '[{ winner = "sf-1" }, { winner = "sf-2" }, "Llamas"]')),
        FINAL,
        r"a tie has exactly two entrants \(got 3\)$",
    ),
    (
        "three-legs-in-a-group",
        edit(("legs = 1 # group-b", "legs = 3")),
        GROUP_B,
        r"legs must be 1 or 2 \(got 3\)$",
    ),
    (
        "advance-more-than-the-entrants",
        edit(("advance = 2 # group-b", "advance = 4")),
        GROUP_B,
        r"advance must be between 0 and the number of entrants, or such places in "
        r"increasing order \(got 4\)$",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "path", "pattern"),
    [
        pytest.param(text, path, pattern, id=id_)
        for id_, text, path, pattern in MALFORMED
    ],
)
def test_malformed_edition_is_refused_with_its_key_path(
    text: str, path: str, pattern: str
) -> None:
    """The problem is reported at its key path, with a message naming what is wrong."""
    with pytest.raises(cp.ConfigError) as excinfo:
        cp.loads(text)
    error = excinfo.value
    messages = [message for where, message in error.problems if where == path]

    assert "<string>" == error.source
    assert str(error).startswith("<string>: ")
    assert any(re.search(pattern, message) for message in messages), error.problems


def test_malformed_cases_are_many_and_distinct() -> None:
    """The table above has at least thirty cases, each with its own file and id."""
    assert len(MALFORMED) >= 30
    assert len(MALFORMED) == len({text for _, text, _, _ in MALFORMED})
    assert len(MALFORMED) == len({id_ for id_, _, _, _ in MALFORMED})


TIEBREAKERS = '["points", "goal_difference", "goals_for"]'


@pytest.mark.parametrize(
    "chain",
    [
        '["points", "playoff", "last_match_shootout"]',
        '["points", { id = "playoff" }, { id = "last_match_shootout" }]',
    ],
    ids=["strings", "tables"],
)
def test_criteria_without_settings_read_as_a_string_or_a_table(chain: str) -> None:
    """``"playoff"`` and ``{ id = "playoff" }`` are the same criterion (and so on)."""
    edition = cp.loads(edit((TIEBREAKERS, chain)))
    (groups,) = [named for named in edition.table_rules if named.name == "groups"]

    assert (
        cp.tiebreak.points(),
        cp.tiebreak.playoff(),
        cp.tiebreak.last_match_shootout(),
    ) == groups.rules.tiebreakers


def test_head_to_head_only_for_two_teams_reads_and_writes() -> None:
    """UEFA's older re-application, a head-to-head wrapped in only_when, round-trips."""
    chain = (
        '["points", "head_to_head", '
        '{ id = "only_when", criterion = "head_to_head", min_teams = 2, max_teams = 2 }]'
    )
    edition = cp.loads(edit((TIEBREAKERS, chain)))
    (groups,) = [named for named in edition.table_rules if named.name == "groups"]

    assert (
        cp.tiebreak.points(),
        cp.tiebreak.head_to_head(),
        cp.tiebreak.only_when(cp.tiebreak.head_to_head(), teams=2),
    ) == groups.rules.tiebreakers
    assert edition == cp.loads(cp.dumps(edition))


@pytest.mark.parametrize(
    ("given", "path"),
    [
        pytest.param('"goal_diference"', "rules.tables.groups.tiebreakers[1]", id="as-a-string"),
        pytest.param('{ id = "goal_diference" }', "rules.tables.groups.tiebreakers[1].id", id="as-a-table"),
    ],
)  # fmt: skip
def test_unknown_tiebreak_criterion_is_refused_with_a_hint(
    given: str, path: str
) -> None:
    """A misspelt criterion id is refused, at its key path, with the id meant."""
    text = edit((TIEBREAKERS, TIEBREAKERS.replace('"goal_difference"', given)))
    with pytest.raises(cp.ConfigError) as excinfo:
        cp.loads(text)

    assert [
        (
            path,
            "unknown tiebreak criterion 'goal_diference' (did you mean 'goal_difference'?)",
        )
    ] == list(excinfo.value.problems)


@pytest.mark.parametrize(
    ("text", "path"),
    [
        pytest.param(
            edit(('rules = "groups" # group-b\n', "")),
            f"{GROUP_B}.rules",
            id="missing-group-rules",
        ),
        pytest.param(
            edit(('entrants = ["Pumas", "Vicuñas", "Jaguars"]\n', "")),
            f"{GROUP_B}.entrants",
            id="missing-group-entrants",
        ),
        pytest.param(
            edit(('home = "Jaguars"\n', "")),
            f"{GROUP_B}.matches[2].home",
            id="missing-match-home",
        ),
        pytest.param(
            edit(('{ place = 2, of = "group-b" }', '{ place = "2", of = "group-b" }')),
            f"{SF_1}.entrants[0].place",
            id="string-for-place",
        ),
        pytest.param(
            edit(('name = "Test Cup"', "name = 7")),
            "name",
            id="integer-for-edition-name",
        ),
        pytest.param(
            edit(('{ winner = "sf-2" }', '{ winer = "sf-2" }')),
            f"{FINAL}.entrants[1].winer",
            id="misspelt-reference-key",
        ),
    ],
)  # fmt: skip
def test_one_mistake_is_one_problem(text: str, path: str) -> None:
    """A single mistake is reported once, at its own key path, and nowhere else."""
    with pytest.raises(cp.ConfigError) as excinfo:
        cp.loads(text)

    assert [path] == [where for where, _ in excinfo.value.problems]


@pytest.mark.parametrize(
    ("changes", "paths"),
    [
        pytest.param(
            [
                ('name = "Test Cup"', 'name = "Test Cup"\nchampoin = "Alpacas"'),
                ('score = "1-0"', 'score = "3-x"'),
                ('preset = "uefa-club-2021-knockout"', 'preset = "uefa-club-2012"'),
                ("neutral = true", 'neutral = "true"'),
            ],
            {
                "champoin",
                f"{GROUP_B}.matches[0].score",
                "rules.ties.knockout.preset",
                f"{FINAL}.legs[0].neutral",
            },
            id="in-the-file's-shape",
        ),
        pytest.param(
            [
                ('home = "Jaguars"', 'home = "Jaguar"'),
                ('source = "INVENTED"\n\n[[stages]]', 'source = "INVENTD"\n\n[[stages]]'),
                ('id = "sf-2"', 'id = "sf-1"'),
                ('{ winner = "sf-2" }', '{ winner = "sf-9" }'),
            ],
            {
                f"{GROUP_B}.matches[2].home",
                f"{GROUP_B}.recorded[0].source",
                f"{SF_2}.id",
                f"{FINAL}.entrants[1]",
            },
            id="in-names-and-references",
        ),
        pytest.param(
            [
                ('name = "Test Cup"', 'name = "Test Cup"\nchampoin = "Alpacas"'),
                ('score = "1-0"', 'score = "3-x"'),
                ('home = "Jaguars"', 'home = "Jaguar"'),
            ],
            # A misspelt team is reported beside problems of shape. (References are
            # checked once the shape is right: a group left out by a problem of shape
            # would make every reference to it look dangling.)
            {
                "champoin",
                f"{GROUP_B}.matches[0].score",
                f"{GROUP_B}.matches[2].home",
            },
            id="of-both-kinds",
        ),
    ],
)  # fmt: skip
def test_every_independent_problem_is_reported_together(
    changes: list[tuple[str, str]], paths: set[str]
) -> None:
    """Problems in different parts of a file all come in one error, one line each."""
    with pytest.raises(cp.ConfigError) as excinfo:
        cp.loads(edit(*changes))
    error = excinfo.value
    lines = str(error).splitlines()

    assert paths <= {where for where, _ in error.problems}
    assert len(error.problems) == len(lines)
    assert all(line.startswith("<string>: ") for line in lines)


class TestLoadFromAPath:
    def test_path_error_is_named_after_the_file(self, tmp_path: Path) -> None:
        """A problem in a file read from a pathlib.Path starts with the file's name."""
        path = tmp_path / "my-cup.toml"
        path.write_text(edit(('home = "Jaguars"', 'home = "Jaguar"')), encoding="utf-8")
        with pytest.raises(cp.ConfigError) as excinfo:
            cp.load(path)

        assert "my-cup.toml" == excinfo.value.source
        assert str(excinfo.value).startswith(
            f"my-cup.toml: {GROUP_B}.matches[2].home: unknown team 'Jaguar'"
        )

    def test_string_path_is_read_as_a_file(self, tmp_path: Path) -> None:
        """A string given to load() is a path, and the error names the file."""
        path = tmp_path / "my-cup.toml"
        path.write_text(edit(('name = "Test Cup"\n', "")), encoding="utf-8")
        with pytest.raises(cp.ConfigError) as excinfo:
            cp.load(str(path))

        assert "my-cup.toml: name: missing" == str(excinfo.value)

    def test_text_given_to_load_is_not_parsed(self) -> None:
        """load() never guesses: TOML text given to it is a file name that is not there."""
        with pytest.raises(cp.ConfigError) as excinfo:
            cp.load('id = "cup"\nname = "Cup"\n')

        assert "cannot read the file: No such file or directory" in str(excinfo.value)

    def test_dump_writes_a_file_that_loads_back(self, tmp_path: Path) -> None:
        """dump() writes the text of dumps() to a path; load() of it is the edition."""
        edition = cp.loads(BASE)
        path = tmp_path / "out.toml"
        cp.dump(edition, path)

        assert cp.dumps(edition) == path.read_text(encoding="utf-8")
        assert edition == cp.load(path)

    def test_dump_to_a_folder_that_is_not_there_is_a_config_error(
        self, tmp_path: Path
    ) -> None:
        """A file that cannot be written is a ConfigError naming it, not an OSError."""
        with pytest.raises(cp.ConfigError) as excinfo:
            cp.dump(cp.loads(BASE), tmp_path / "absent" / "out.toml")

        assert "out.toml: cannot write the file: No such file or directory" == str(
            excinfo.value
        )

    def test_valid_file_loads(self, tmp_path: Path) -> None:
        """The base edition written to a file loads like the text itself."""
        path = tmp_path / "test-cup.toml"
        path.write_text(BASE, encoding="utf-8")

        assert cp.loads(BASE) == cp.load(path)

    def test_missing_file_is_a_config_error(self, tmp_path: Path) -> None:
        """A file that does not exist is a ConfigError naming it, not an OSError."""
        with pytest.raises(cp.ConfigError) as excinfo:
            cp.load(tmp_path / "absent.toml")

        assert "absent.toml" == excinfo.value.source
        assert "absent.toml: cannot read the file: No such file or directory" == str(
            excinfo.value
        )

    def test_file_that_is_not_utf8_is_a_config_error(self, tmp_path: Path) -> None:
        """A file that is not UTF-8 is a ConfigError naming it, not a UnicodeDecodeError."""
        path = tmp_path / "latin-1.toml"
        path.write_bytes('id = "cup"\nname = "Copa Perú"\n'.encode("latin-1"))
        with pytest.raises(cp.ConfigError) as excinfo:
            cp.load(path)

        assert "latin-1.toml" == excinfo.value.source
        assert str(excinfo.value).startswith("latin-1.toml: the file is not UTF-8 text")


# ---------------------------------------------------------------------------
# Fuzzing: whatever the input, load() returns an edition or raises ConfigError.

# Inputs that crashed the loader at 4b252b0 (found by the fuzz tests below), each with
# the problem it now gives: (id, file text, key path, message regex).
ONCE_CRASHED: list[tuple[str, str, str, str]] = [
    ("rules-tables-not-a-table", 'id = "a"\nname = "b"\nrules = { tables = 3 }\n', "rules.tables", r"^expected a table \(got 3\)$"),
    ("rules-ties-an-array-of-tables", 'id = "a"\nname = "b"\nrules = { ties = [{}] }\n', "rules.ties", r"^expected a table\b"),
    ("empty-table-rules-name", 'id = "a"\nname = "b"\n[rules.tables.""]\npreset = "classic"\n', 'rules.tables.""', r"name must be a non-empty string"),
    ("empty-tie-rules-name", 'id = "a"\nname = "b"\n[rules.ties.""]\npreset = "uefa-club-2021-knockout"\n', 'rules.ties.""', r"name must be a non-empty string"),
    ("reference-with-one-unknown-key", 'id = "a"\nname = "b"\nchampion = { champion = "final" }\n', "champion.champion", r"^unknown key$"),
    ("ruling-kind-an-array", edit(('kind = "forfeit"', 'kind = ["forfeit"]')), f"{GROUP_B}.matches[2].rulings[0].kind", r"^expected one of abandoned, awarded_shootout, forfeit, not_played\b"),
    ("ruling-kind-a-table", edit(('kind = "forfeit"', "kind = { forfeit = true }")), f"{GROUP_B}.matches[2].rulings[0].kind", r"^expected one of abandoned, awarded_shootout, forfeit, not_played\b"),
    ("cards-with-an-unknown-key", edit(("neutral = true", "cards = { Alpacas = { yellow = 1, blue = 2 } }")), f"{FINAL}.legs[0].cards.Alpacas.blue", r"^unknown key\b"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "path", "pattern"),
    [pytest.param(text, path, pattern, id=id_) for id_, text, path, pattern in ONCE_CRASHED],
)  # fmt: skip
def test_input_that_once_crashed_is_a_config_error(
    text: str, path: str, pattern: str
) -> None:
    """Each input that once crashed the loader is refused with a located problem."""
    with pytest.raises(cp.ConfigError) as excinfo:
        cp.loads(text)
    messages = [message for where, message in excinfo.value.problems if where == path]

    assert any(re.search(pattern, m) for m in messages), excinfo.value.problems


def test_key_path_of_an_odd_key_stays_on_one_line() -> None:
    """A key with a line break in it is escaped in the key path, as in TOML."""
    with pytest.raises(cp.ConfigError) as excinfo:
        cp.loads('id = "a"\nname = "b"\n"x\\ny" = 1\n')

    assert [('"x\\ny"', "unknown key")] == list(excinfo.value.problems)
    assert 1 == len(str(excinfo.value).splitlines())


# Every key the loader reads, so that generated tables reach past the top level.
KEYS = [
    "advance", "away", "away_goals", "away_goals_in_extra_time",
    "awarded_to", "basis", "body", "cards", "champion", "city", "criteria",
    "criterion", "date", "decided", "declared", "deductions", "drawn", "entrants",
    "extra_time", "from", "goal_difference", "goals_against", "goals_for", "groups",
    "higher_is_better", "home", "id", "indirect_red", "inference", "key", "kind",
    "label", "leg", "legs", "lost", "loser", "lots", "matches", "max_teams",
    "min_teams", "minute", "name", "neutral", "notes", "of", "order", "penalties",
    "phases", "place", "played", "playoff", "playoffs", "points", "preset",
    "promoted", "published", "qualified", "reapply", "reason", "recorded",
    "red", "region", "rules", "rulings", "scope", "score", "season", "seed", "source",
    "sources", "stages", "tables", "team", "teams", "tiebreakers", "ties", "title",
    "url", "values", "winner", "won", "yellow", "yellow_and_red",
]  # fmt: skip
WORDS = [
    "", "Alpacas", "Pumas", "final", "group-a", "sf-1", "groups", "knockout",
    "3-1", "0-0", "-1-0", "3-1-0", "forfeit", "not_played", "abandoned",
    "awarded_shootout", "points", "goal_difference", "head_to_head", "only_when",
    "ranking", "drawing_of_lots", "fair_play", "playoff", "aggregate", "classic",
    "uefa-club-2021-knockout", "1998-12-13", "INVENTED",
]  # fmt: skip

keys = st.sampled_from(KEYS) | st.text(max_size=6)
scalars = (
    st.sampled_from(WORDS)
    | st.text(max_size=6)
    | st.integers(-(2**63), 2**63 - 1)
    | st.booleans()
    | st.floats()
)
toml_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5)
    ),
    max_leaves=30,
)


def _load_or_config_error(text: str) -> None:
    """Load *text*; a refusal must be a ConfigError that names "<string>"."""
    error: cp.ConfigError | None = None
    try:
        cp.loads(text)
    except cp.ConfigError as exc:
        error = exc
    if error is not None:
        assert error.problems
        assert str(error).startswith("<string>: ")


@given(st.text())
def test_load_arbitrary_text_gives_an_edition_or_a_config_error(text: str) -> None:
    """Any text either loads or is refused with a ConfigError, never another error."""
    assume("\n" in text or not text.endswith(".toml"))  # that would be a path
    _load_or_config_error(text)


@given(st.dictionaries(keys, toml_values, max_size=8))
def test_load_arbitrary_toml_data_gives_an_edition_or_a_config_error(
    data: dict[str, Any],
) -> None:
    """Any TOML document either loads or is refused with a ConfigError."""
    _load_or_config_error(tomli_w.dumps(data))


BASE_DATA: dict[str, Any] = tomllib.loads(BASE)
Step = str | int


def _key_paths(
    value: object, prefix: tuple[Step, ...] = ()
) -> Iterator[tuple[Step, ...]]:
    """Every key path inside *value*, outermost first."""
    if prefix:
        yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _key_paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _key_paths(item, (*prefix, index))


BASE_PATHS = list(_key_paths(BASE_DATA))

mutations = st.lists(
    st.tuples(
        st.sampled_from(BASE_PATHS),
        st.sampled_from(["replace", "delete", "add key"]),
        keys,
        toml_values,
    ),
    min_size=1,
    max_size=3,
)


def _parent(data: Any, path: tuple[Step, ...]) -> Any:
    """The list or table that holds the last step of *path*, or None if it is gone."""
    parent: Any = None
    node: Any = data
    for step in path:
        found = (isinstance(node, dict) and step in node) or (
            isinstance(node, list) and isinstance(step, int) and step < len(node)
        )
        if not found:
            return None
        parent, node = node, node[step]
    return parent


def _mutated(changes: list[tuple[tuple[Step, ...], str, str, Any]]) -> dict[str, Any]:
    """BASE_DATA with each change made where its path still leads somewhere."""
    data = copy.deepcopy(BASE_DATA)
    for path, operation, key, value in changes:
        parent = _parent(data, path)
        if parent is None:
            continue
        last = path[-1]
        if operation == "replace":
            parent[last] = value
        elif operation == "delete":
            del parent[last]
        elif isinstance(parent[last], dict):
            parent[last][key] = value
    return data


@given(mutations)
def test_load_mutated_edition_gives_an_edition_or_a_config_error(
    changes: list[tuple[tuple[Step, ...], str, str, Any]],
) -> None:
    """A valid edition with a few values replaced, removed or added loads or is refused."""
    _load_or_config_error(tomli_w.dumps(_mutated(changes)))
