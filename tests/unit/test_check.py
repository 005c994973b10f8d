"""The one check (``Edition`` construction, ``copaperu check``) refuses what the replay
would contradict: a fixture entered twice, extra time and shoot-outs where no rule
allows them, matches between teams other than a tie's, places that do not go through.

Each case is the small valid edition below with one thing changed. The expected key
paths and the rules behind them were read off the file format and the regulations
(UEFA Euro 2024 art. 20.02 for a group match's shoot-out), not off the checker; a
message is matched on its stable part only. Every refusal has a neighbour, on the
legal side of the same rule, that loads and replays without a contradiction.
"""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest

import copaperu as cp
from copaperu.cli import main

# Group "a" (home and away) sends two teams on, group "b" (single round robin) one.
# sf-1 is two legs under UEFA's rules from 2021, won by Llamas on penalties after the
# second leg; sf-2 is two legs under rules with neither extra time nor penalties but
# a play-off, which Alpacas win; the one-match final goes to Alpacas. Every anchor
# edited below occurs once.
BASE = """\
id = "check-cup"
name = "Check Cup"
champion = { winner = "final" }

[rules.tables.league]
points = "3-1-0"
tiebreakers = ["points", "goal_difference", "goals_for"]

[rules.tables.euro]
points = "3-1-0"
tiebreakers = ["points", "goal_difference", "goals_for", "last_match_shootout"]

[rules.ties.knockout]
preset = "uefa-club-2021-knockout"

[rules.ties.replays]
basis = "aggregate"
extra_time = false
penalties = false
playoff = true

[[stages]]
id = "groups"

[[stages.phases]]
id = "groups"

[[stages.phases.groups]]
id = "a"
rules = "league"
legs = 2
advance = 2
entrants = ["Alpacas", "Condors"]
matches = [
    { home = "Alpacas", away = "Condors", score = "2-0" },
    { home = "Condors", away = "Alpacas", score = "1-1" },
]

[[stages.phases.groups]]
id = "b"
rules = "league"
legs = 1
advance = 1
entrants = ["Llamas", "Pumas", "Vicuñas"]
matches = [
    { home = "Llamas", away = "Pumas", score = "2-0" },
    { home = "Pumas", away = "Vicuñas", score = "1-1" },
    { home = "Vicuñas", away = "Llamas", score = "0-1" },
]

[[stages]]
id = "knockout"

[[stages.phases]]
id = "semi-finals"

[[stages.phases.ties]]
id = "sf-1"
rules = "knockout"
entrants = [{ place = 2, of = "a" }, { place = 1, of = "b" }]

[[stages.phases.ties.legs]]
home = "Condors"
away = "Llamas"
score = "1-0"

[[stages.phases.ties.legs]]
home = "Llamas"
away = "Condors"
score = "1-0"
extra_time = "1-0"
penalties = "4-3"

[[stages.phases.ties]]
id = "sf-2"
rules = "replays"
entrants = [{ place = 1, of = "a" }, "Jaguars"]
legs = [
    { home = "Alpacas", away = "Jaguars", score = "1-0" },
    { home = "Jaguars", away = "Alpacas", score = "1-0" },
]
playoff = { home = "Alpacas", away = "Jaguars", score = "2-1", neutral = true }

[[stages.phases]]
id = "final"

[[stages.phases.ties]]
id = "final"
rules = "knockout"
entrants = [{ winner = "sf-1" }, { winner = "sf-2" }]
legs = [{ home = "Llamas", away = "Alpacas", score = "0-2", neutral = true }]
"""

GROUP_A = "stages[0].phases[0].groups[0]"
GROUP_B = "stages[0].phases[0].groups[1]"
SF_1 = "stages[1].phases[0].ties[0]"
SF_2 = "stages[1].phases[0].ties[1]"
FINAL = "stages[1].phases[1].ties[0]"

# Anchors: one match or line of BASE each.
A_LEG_2 = '{ home = "Condors", away = "Alpacas", score = "1-1" },'
B_WIN = '{ home = "Llamas", away = "Pumas", score = "2-0" },'
B_DRAW = '{ home = "Pumas", away = "Vicuñas", score = "1-1" }'
SF_1_LEG_1 = 'home = "Condors"\naway = "Llamas"\nscore = "1-0"'
SF_1_RULES = 'id = "sf-1"\nrules = "knockout"'
SF_2_LEG_2 = '{ home = "Jaguars", away = "Alpacas", score = "1-0" }'
SF_2_PLAYOFF = '{ home = "Alpacas", away = "Jaguars", score = "2-1", neutral = true }'
FINAL_LEG = '{ home = "Llamas", away = "Alpacas", score = "0-2", neutral = true }'


def edit(*changes: tuple[str, str]) -> str:
    """BASE with each (old, new) change made; every *old* must occur exactly once."""
    text = BASE
    for old, new in changes:
        assert 1 == BASE.count(old), f"anchor {old!r} is not unique in BASE"
        text = text.replace(old, new)
    return text


def adding(anchor: str, fields: str) -> tuple[str, str]:
    """The change that adds *fields* to the inline table *anchor*."""
    head, _, tail = anchor.rpartition(" }")
    return anchor, f"{head}, {fields} }}{tail}"


def after(anchor: str, text: str) -> tuple[str, str]:
    """The change that puts *text* on the line after *anchor*."""
    return anchor, f"{anchor}\n{text}"


def level_playoff(fields: str) -> tuple[str, str]:
    """The change that makes sf-2's play-off 1-1 after 90 minutes, with *fields*."""
    return SF_2_PLAYOFF, adding(SF_2_PLAYOFF.replace('"2-1"', '"1-1"'), fields)[1]


EURO_B = ('rules = "league"\nlegs = 1', 'rules = "euro"\nlegs = 1')
CHAMPION = 'champion = { winner = "final" }'


def test_base_edition_loads_and_replays_without_contradictions() -> None:
    """The base of every case is valid: it replays to Alpacas, contradicting nothing."""
    result = cp.replay(cp.loads(BASE))

    assert () == result.contradictions
    assert "Alpacas" == result.champion
    assert ("Llamas", "Alpacas") == (
        result.tie("sf-1").winner,
        result.tie("sf-2").winner,
    )


# (id, file text, key path of the problem, regex on that problem's message)
REFUSED: list[tuple[str, str, str, str]] = [
    # A fixture entered twice.
    (
        "group-match-twice-home-and-away",
        edit(
            after(A_LEG_2, '    { home = "Alpacas", away = "Condors", score = "3-0" },')
        ),
        f"{GROUP_A}.matches[2]",
        r"^Alpacas v Condors is entered twice "
        r"\(also at stages\[0\]\.phases\[0\]\.groups\[0\]\.matches\[0\]\)$",
    ),
    (
        "group-match-twice-single-round-robin-either-order",
        edit(after(B_WIN, '    { home = "Pumas", away = "Llamas", score = "0-0" },')),
        f"{GROUP_B}.matches[1]",
        r"^Llamas and Pumas meet once \(legs = 1\): their match is entered twice "
        r"\(also at .*groups\[1\]\.matches\[0\]\)$",
    ),
    # Extra time and shoot-outs after the last leg only.
    (
        "penalties-on-a-first-leg",
        edit(after(SF_1_LEG_1, 'penalties = "5-4"')),
        f"{SF_1}.legs[0].penalties",
        r"^a shoot-out on the first leg: it can only follow the last leg \(got 5-4\)$",
    ),
    (
        "extra-time-on-a-first-leg",
        edit(after(SF_1_LEG_1, 'extra_time = "2-0"')),
        f"{SF_1}.legs[0].extra_time",
        r"^extra time on the first leg: it can only follow the last leg \(got 2-0\)$",
    ),
    # Extra time, shoot-outs and play-offs only where the rules have them.
    (
        "extra-time-where-the-tie-rules-have-none",
        edit(level_playoff('extra_time = "2-1"')),
        f"{SF_2}.playoff.extra_time",
        r"^extra time recorded, but the rules 'replays' have none \(got 2-1\)$",
    ),
    (
        "penalties-where-the-tie-rules-have-none",
        edit(level_playoff('penalties = "4-2"')),
        f"{SF_2}.playoff.penalties",
        r"^a shoot-out recorded, but the rules 'replays' have none \(got 4-2\)$",
    ),
    (
        "playoff-where-the-tie-rules-have-none",
        edit(
            after(
                SF_1_RULES,
                'playoff = { home = "Llamas", away = "Condors", score = "1-0" }',
            )
        ),
        f"{SF_1}.playoff",
        r"^a play-off recorded, but the rules 'knockout' have none$",
    ),
    (
        "penalties-in-a-group-match-without-the-shoot-out-criterion",
        edit(adding(B_DRAW, 'penalties = "5-4"')),
        f"{GROUP_B}.matches[1].penalties",
        r"^a shoot-out in a group match, but the rules 'league' have no "
        r"last_match_shootout criterion \(got 5-4\)$",
    ),
    (
        "penalties-after-a-group-match-that-was-not-level",
        edit(EURO_B, adding(B_WIN, 'penalties = "5-4"')),
        f"{GROUP_B}.matches[0].penalties",
        r"^a shoot-out after a group match that was not level \(got 2-0\)$",
    ),
    (
        "extra-time-in-a-group-match",
        edit(adding(A_LEG_2, 'extra_time = "2-1"')),
        f"{GROUP_A}.matches[1].extra_time",
        r"^a group match has no extra time: only a play-off has \(got 2-1\)$",
    ),
    # What deciding the tie refuses, and a play-off the legs made needless.
    (
        "penalties-after-a-match-won-in-normal-time",
        edit(adding(FINAL_LEG, 'penalties = "4-3"')),
        f"{FINAL}.legs",
        r"^the legs cannot be decided: .*"
        r"a shoot-out recorded, but the match was won in normal time$",
    ),
    (
        "playoff-after-legs-that-decided-the-tie",
        edit((SF_2_LEG_2, SF_2_LEG_2.replace('"1-0"', '"0-0"'))),
        f"{SF_2}.playoff",
        r"^a play-off recorded, but the legs decided the tie: "
        r"Alpacas through \(decided by aggregate\)$",
    ),
    # Matches between the tie's teams.
    (
        "leg-without-the-named-entrant",
        edit(('"Jaguars"]', '"Pumas"]')),
        f"{SF_2}.legs[0]",
        r"^a match of the tie must involve its entrant 'Pumas' "
        r"\(got Alpacas v Jaguars\)$",
    ),
    (
        "playoff-between-other-teams",
        edit((SF_2_PLAYOFF, SF_2_PLAYOFF.replace('"Alpacas"', '"Condors"'))),
        f"{SF_2}.playoff",
        r"^the play-off Condors v Jaguars is not between the teams of the legs, "
        r"Alpacas and Jaguars$",
    ),
    # Places that go through.
    (
        "place-beyond-what-the-group-sends-on",
        edit(("advance = 2", "advance = 1")),
        f"{SF_1}.entrants[0]",
        r"^'a' sends on 1 team \(advance = 1\): place 2 does not go through$",
    ),
    (
        "promoted-place-beyond-what-the-group-sends-on",
        edit(after(CHAMPION, 'promoted = [{ place = 2, of = "b" }]')),
        "promoted[0]",
        r"^'b' sends on 1 team \(advance = 1\): place 2 does not go through$",
    ),
]


@pytest.mark.parametrize(
    ("text", "path", "pattern"),
    [case[1:] for case in REFUSED],
    ids=[case[0] for case in REFUSED],
)
def test_check_refuses(text: str, path: str, pattern: str) -> None:
    """The problem is reported at its key path, with a message naming what is wrong."""
    with pytest.raises(cp.ConfigError) as excinfo:
        cp.loads(text)
    messages = [message for where, message in excinfo.value.problems if where == path]

    assert any(re.search(pattern, message) for message in messages), (
        excinfo.value.problems
    )


# (id, file text): the legal neighbour of each refusal above.
ACCEPTED: list[tuple[str, str]] = [
    (
        "group-fixture-repeated-as-a-playoff-with-extra-time-and-penalties",
        edit(
            after(
                'entrants = ["Alpacas", "Condors"]',
                'playoffs = [{ home = "Alpacas", away = "Condors", score = "1-1", '
                'extra_time = "1-1", penalties = "4-3" }]',
            )
        ),
    ),
    (
        "group-match-void-then-replayed",
        edit(
            (
                B_WIN,
                '{ home = "Llamas", away = "Pumas", score = "0-0", '
                'rulings = [{ kind = "abandoned", minute = 30 }] },\n    ' + B_WIN,
            )
        ),
    ),
    (
        "penalties-in-a-group-match-under-the-last-match-shootout",
        edit(EURO_B, adding(B_DRAW, 'penalties = "5-4"')),
    ),
    (
        "extra-time-where-the-tie-rules-have-it",
        edit(
            ("extra_time = false", "extra_time = true"),
            level_playoff('extra_time = "2-1"'),
        ),
    ),
    (
        "penalties-where-the-tie-rules-have-them",
        edit(
            ("penalties = false", "penalties = true"),
            level_playoff('penalties = "4-2"'),
        ),
    ),
    (
        "penalties-after-a-single-match-level-after-extra-time",
        edit(
            (
                FINAL_LEG,
                FINAL_LEG.replace(
                    '"0-2"', '"1-1", extra_time = "1-1", penalties = "3-4"'
                ),
            )
        ),
    ),
    (
        "playoff-with-home-and-away-the-other-way-round",
        edit(
            (
                SF_2_PLAYOFF,
                '{ home = "Jaguars", away = "Alpacas", score = "1-2", neutral = true }',
            )
        ),
    ),
    # sf-1's entrant { place = 2, of = "a" } where group "a" has advance = 2.
    ("place-equal-to-what-the-group-sends-on", BASE),
    (
        "promoted-first-of-a-group-sending-one-on",
        edit(after(CHAMPION, 'promoted = [{ place = 1, of = "b" }]')),
    ),
]


@pytest.mark.parametrize(
    "text", [case[1] for case in ACCEPTED], ids=[case[0] for case in ACCEPTED]
)
def test_check_accepts_the_legal_neighbour(text: str) -> None:
    """On the legal side of each rule, the edition loads and replays cleanly."""
    result = cp.replay(cp.loads(text))

    assert () == result.contradictions
    assert "Alpacas" == result.champion


def test_check_cases_are_distinct() -> None:
    """Each case has its own file and id (one legal neighbour is the base itself)."""
    cases = [(id_, text) for id_, text, _, _ in REFUSED] + ACCEPTED

    assert len(cases) == len({text for _, text in cases})
    assert len(cases) == len({id_ for id_, _ in cases})


def test_drawing_of_lots_of_one_team_is_refused() -> None:
    """An edition built in code, not read from a file, has its lots checked too."""
    edition = cp.loads(BASE)
    (phase,) = edition.stages[0].phases
    group = attrs.evolve(phase.groups[1], lots=(("Pumas",),))
    phase = attrs.evolve(phase, groups=(phase.groups[0], group))
    stage = attrs.evolve(edition.stages[0], phases=(phase,))
    with pytest.raises(cp.ConfigError) as excinfo:
        attrs.evolve(edition, stages=(stage, *edition.stages[1:]))
    expected = (
        f"{GROUP_B}.lots[0]",
        "expected two or more different team names (got ['Pumas'])",
    )

    assert (expected,) == excinfo.value.problems


def test_command_line_check_refuses_with_the_key_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``copaperu check`` refuses a first leg's shoot-out: exit 1, and its key path."""
    path = tmp_path / "check-cup.toml"
    path.write_text(
        edit(after(SF_1_LEG_1, 'penalties = "5-4"')),
        encoding="utf-8",
    )

    code = main(["check", str(path)])
    out, err = capsys.readouterr()

    assert 1 == code
    assert "" == out
    assert (
        f"copaperu: error: check-cup.toml: {SF_1}.legs[0].penalties: a shoot-out on "
        "the first leg: it can only follow the last leg (got 5-4)\n"
    ) == err


@pytest.mark.parametrize(
    ("text", "path"),
    [case[1:3] for case in REFUSED],
    ids=[case[0] for case in REFUSED],
)
def test_command_line_check_refuses_every_case_at_its_key_path(
    text: str, path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``copaperu check`` refuses each case above: exit 1, nothing on stdout, and an
    error line at the case's key path in the file."""
    file = tmp_path / "check-cup.toml"
    file.write_text(text, encoding="utf-8")

    code = main(["check", str(file)])
    out, err = capsys.readouterr()

    assert 1 == code
    assert "" == out
    assert f"copaperu: error: check-cup.toml: {path}: " in err


TWO_STAGE = """\
id = "cup"
name = "Cup"

[[stages]]
id = "s1"

[[stages.phases]]
id = "p1"

[[stages.phases.groups]]
id = "a"
rules = "classic"
legs = 1
entrants = ["A", "B"]
matches = [{ home = "A", away = "B", score = "1-0" }]

[[stages.phases.groups]]
id = "b"
rules = "classic"
legs = 1
entrants = ["C", "D"]
matches = [{ home = "C", away = "D", score = "1-0" }]

[[stages]]
id = "s2"

[[stages.phases]]
id = "final"

[[stages.phases.groups]]
id = "f"
rules = "classic"
legs = 1
entrants = [{ place = 1, of = "a" }, { place = 1, of = "b" }]
matches = [{ home = "A", away = "C", score = "2-0" }]
"""
FINAL_ROW = "published = [{ team = %s, played = 1, won = 1, drawn = 0, lost = 0, goals_for = 2, goals_against = 0, points = 3 }]\n"


def test_a_published_row_for_a_team_that_cannot_reach_the_group_is_refused() -> None:
    """The final's entrants are references; Z is none of the teams that could reach
    it (A, B, C, D), so the check refuses the row where it stands."""
    with pytest.raises(cp.ConfigError) as excinfo:
        cp.loads(TWO_STAGE + FINAL_ROW % '"Z"')

    assert (
        (
            "stages[1].phases[0].groups[0].published[0].team",
            "'Z' cannot be in this group: its entrants come from A, B, C, D",
        ),
    ) == excinfo.value.problems


def test_a_published_row_for_a_team_that_did_not_reach_the_group_is_a_contradiction() -> (
    None
):
    """B could have reached the final but did not (A won group a): the replay reports
    the row as a contradiction, naming the final's teams, instead of failing."""
    result = cp.replay(cp.loads(TWO_STAGE + FINAL_ROW % '"B"'))
    (found,) = result.contradictions

    assert cp.competition.ContradictionKind.PUBLISHED_TEAM is found.kind
    assert ("f", "B", ("A", "C")) == (found.id, found.team, found.computed)
    assert (
        "f: published row B is not a team of the group, whose entrants are ['A', 'C']"
        == str(found)
    )


def test_a_leg_for_a_team_that_cannot_reach_the_tie_is_refused() -> None:
    """A tie between the winners of groups a and b, with a leg for E."""
    text = TWO_STAGE.replace(
        '[[stages.phases.groups]]\nid = "f"',
        '[[stages.phases.ties]]\nid = "t"\nrules = "uefa-club-2021-knockout"\n'
        'entrants = [{ winner = "x" }, "A"]\nlegs = [{ home = "E", away = "A", score = "1-0" }]\n\n'
        '[[stages.phases.groups]]\nid = "f"',
    )
    with pytest.raises(cp.ConfigError) as excinfo:
        cp.loads(text)

    assert "stages[1].phases[0].ties[0].entrants[0]" in dict(excinfo.value.problems)
