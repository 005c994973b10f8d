"""Rendering a replay as text, Markdown and JSON, and the command line that prints it.

The edition below is made up. Every expected line was worked out by hand from its
records: g has one of its three results (A 2-1 B), so its table is A 3 points, then
C above B on goal difference (0 against -1); h has none; the final has no leg and
its winner is taken from the press.
"""

from __future__ import annotations

import importlib
import json
import runpy
import sys
from pathlib import Path

import pytest

import copaperu as cp
from copaperu import tiebreak
from copaperu._render import render_replay, render_table
from copaperu.cli import main

RENDER_CUP = cp.competition.Edition(
    id="render-cup",
    name="Render Cup",
    sources=(cp.competition.Source(key="PRESS"),),
    stages=(
        cp.competition.Stage(id="district"),
        cp.competition.Stage(
            id="national",
            name="National stage",
            phases=(
                cp.competition.Phase(
                    id="groups",
                    groups=(
                        cp.competition.Group(
                            id="g",
                            name="Group A",
                            rules="classic",
                            legs=1,
                            entrants=("A", "B", "C"),
                            matches=(
                                cp.Match(home="A", away="B", score=cp.Score(2, 1)),
                            ),
                            recorded=(
                                cp.competition.RecordedPlace(
                                    place=1,
                                    team="A",
                                    source="PRESS",
                                    notes="champions per El Comercio",
                                ),
                            ),
                        ),
                        cp.competition.Group(
                            id="h",
                            rules="classic",
                            legs=1,
                            entrants=("D", "E"),
                            published=(
                                cp.competition.PublishedRow(
                                    team="D",
                                    played=1,
                                    won=1,
                                    drawn=0,
                                    lost=0,
                                    goals_for=0,
                                    goals_against=0,
                                    points=1,
                                ),
                            ),
                        ),
                    ),
                ),
                cp.competition.Phase(
                    id="final-round",
                    ties=(
                        cp.competition.Tie(
                            id="t",
                            name="Final",
                            rules="uefa-club-2021-knockout",
                            entrants=(
                                cp.competition.Reference(
                                    kind=cp.competition.ReferenceKind.PLACE,
                                    of="g",
                                    place=1,
                                ),
                                "D",
                            ),
                            recorded=cp.competition.RecordedWinner(
                                winner="A",
                                source="PRESS",
                                notes="reported by El Comercio",
                            ),
                        ),
                    ),
                ),
            ),
        ),
    ),
    champion=cp.competition.Reference(kind=cp.competition.ReferenceKind.WINNER, of="t"),
)
RESULT = cp.replay(RENDER_CUP)

# Lines shared by the text and Markdown renderings, after g's table.
AFTER_TABLE = [
    "  A above C on points: 3 vs 0",
    "  C above B on goal difference: 0 vs -1",
    "Matches:",
    "  A 2-1 B",
    "Places:",
    "  1st: A (recorded, PRESS) -- champions per El Comercio",
    "  2nd: unknown (unknown)",
    "  3rd: unknown (unknown)",
    "",
]
H_PLACES = [
    "Results: 0 of 1 results recorded",
    "Places:",
    "  1st: unknown (unknown)",
    "  2nd: unknown (unknown)",
    "",
]
FINAL = [
    "A v D",
    "Winner: A (recorded, PRESS)",
    "  reported by El Comercio",
    "",
]
UNKNOWNS = [
    "- district: no result recorded",
    "- g: 2 of 3 results not recorded (1st place from PRESS)",
    "- h: 1 of 1 results not recorded -- blocks its 1st place",
    "- t: no leg recorded (winner taken from the record: PRESS)",
    "",
]
CONTRADICTION = "- h: published row D: points 1 are not 3W + 1D + 0L = 3"
ENDING = ["", "Champion: A (recorded)"]


class TestText:
    LINES = render_replay(RESULT, "text").split("\n")

    def test_text_up_to_the_first_table(self) -> None:
        """An edition without notes starts with its name; a stage with nothing says so."""
        expected = [
            "Render Cup",
            "==========",
            "",
            "district",
            "--------",
            "",
            "No result recorded.",
            "",
            "National stage",
            "--------------",
            "",
            "Group A [g]",
            "-----------",
            "",
            "Results: 1 of 3 results recorded",
            "Table of the recorded results only:",
        ]

        assert expected == self.LINES[:16]

    def test_text_after_the_first_table(self) -> None:
        """The table is a header and three rows; then places, h, the final and notes."""
        expected = [
            *AFTER_TABLE,
            "h",
            "-",
            "",
            *H_PLACES,
            "Final [t]",
            "---------",
            "",
            *FINAL,
            "What the record does not say",
            "-" * 28,
            "",
            *UNKNOWNS,
            "Recorded facts that contradict the results",
            "-" * 42,
            "",
            CONTRADICTION,
            *ENDING,
        ]

        assert expected == self.LINES[20:]


MARKDOWN_PLACES = [
    "Places:",
    "",
    "- 1st: A (recorded, PRESS) -- champions per El Comercio",
    "- 2nd: unknown (unknown)",
    "- 3rd: unknown (unknown)",
]
MARKDOWN_H = [
    "#### h",
    "",
    "Results: 0 of 1 results recorded",
    "",
    "Places:",
    "",
    "- 1st: unknown (unknown)",
    "- 2nd: unknown (unknown)",
]


class TestMarkdown:
    LINES = render_replay(RESULT, "markdown").split("\n")

    def test_markdown_headings_and_the_table_as_a_table(self) -> None:
        """Headings start at level 2; each fact is a paragraph; the table is a GFM
        table with the text rendering's figures (A 2-1 B: A 3 points, +1)."""
        expected = [
            "## Render Cup",
            "",
            "### district",
            "",
            "No result recorded.",
            "",
            "### National stage",
            "",
            "#### Group A \\[g\\]",
            "",
            "Results: 1 of 3 results recorded",
            "",
            "Table of the recorded results only:",
            "",
            "| Pos | Team | P | W | D | L | GF | GA | GD | Pts |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
            "| 1 | A | 1 | 1 | 0 | 0 | 2 | 1 | +1 | 3 |",
            "| 2 | C | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "| 3 | B | 1 | 0 | 0 | 1 | 1 | 2 | -1 | 0 |",
            "",
        ]

        assert expected == self.LINES[:20]

    def test_markdown_lists_after_the_table(self) -> None:
        """The reasons, the matches and the places are lists; then h, the final,
        what is unknown and the contradiction."""
        expected = [
            "Why:",
            "",
            "- A above C on points: 3 vs 0",
            "- C above B on goal difference: 0 vs -1",
            "",
            "Matches:",
            "",
            "- A 2-1 B",
            "",
            *MARKDOWN_PLACES,
            "",
            *MARKDOWN_H,
            "",
            "#### Final \\[t\\]",
            "",
            "A v D",
            "",
            "Winner: A (recorded, PRESS)",
            "",
            "reported by El Comercio",
            "",
            "### What the record does not say",
            "",
            *UNKNOWNS,
            "### Recorded facts that contradict the results",
            "",
            CONTRADICTION,
            "",
            "Champion: A (recorded)",
        ]

        assert expected == self.LINES[20:]


H_DATA = {
    "id": "h",
    "name": "",
    "teams": ["D", "E"],
    "standings": None,
    "complete": False,
    "results_known": 0,
    "results_expected": 1,
    "places": [
        {"place": 1, "team": None, "provenance": "unknown"},
        {"place": 2, "team": None, "provenance": "unknown"},
    ],
}


class TestJson:
    """The JSON replay is the result's data form (defaults left out, nulls kept
    for required fields), worked out by hand from the edition above."""

    DATA = json.loads(render_replay(RESULT, "json"))

    def test_stage_without_results_is_empty(self) -> None:
        """A stage with no phase has no group and no tie (and no qualified key)."""
        expected = {"id": "district", "name": "", "groups": [], "ties": []}

        assert expected == self.DATA["stages"][0]

    def test_group_without_results_has_no_table(self) -> None:
        """A group with no result has null for its standings."""
        assert H_DATA == self.DATA["stages"][1]["groups"][1]

    def test_tie_without_legs_has_no_outcome(self) -> None:
        """The final, decided by the record alone, has a null outcome."""
        expected = {
            "id": "t",
            "name": "Final",
            "teams": ["A", "D"],
            "outcome": None,
            "winner": "A",
            "loser": "D",
            "provenance": "recorded",
            "source": "PRESS",
            "notes": "reported by El Comercio",
        }

        assert expected == self.DATA["stages"][1]["ties"][0]

    def test_edition_summary(self) -> None:
        """Champion, provenance, promoted and contradictions are listed as data."""
        expected = {
            "champion": "A",
            "champion_provenance": "recorded",
            "promoted": [],
            "contradictions": [
                {
                    "kind": "published_points",
                    "id": "h",
                    "team": "D",
                    "computed": 3,
                    "recorded": 1,
                    "scheme": "3-1-0",
                }
            ],
        }

        assert expected == {key: self.DATA[key] for key in expected}

    def test_the_edition_is_embedded_in_its_file_form(self) -> None:
        """The replay carries its whole edition, as the edition file has it."""
        assert RENDER_CUP == cp.loads(cp.dumps(RENDER_CUP))
        assert cp.to_data(RENDER_CUP) == self.DATA["edition"]
        assert "render-cup" == self.DATA["edition"]["id"]

    def test_unknowns_are_kinds_ids_counts_and_places(self) -> None:
        """Each unknown is its kind's id, the group or tie, and what it blocks."""
        expected = [
            {"kind": "stage_without_results", "id": "district", "is_blocking": False},
            {
                "kind": "results_missing",
                "id": "g",
                "missing": 2,
                "expected": 3,
                "taken": [
                    {
                        "place": 1,
                        "team": "A",
                        "provenance": "recorded",
                        "source": "PRESS",
                        "notes": "champions per El Comercio",
                    }
                ],
                "is_blocking": False,
            },
            {
                "kind": "results_missing",
                "id": "h",
                "missing": 1,
                "expected": 1,
                "places": [1],
                "is_blocking": True,
            },
            {
                "kind": "no_leg",
                "id": "t",
                "recorded": {
                    "winner": "A",
                    "source": "PRESS",
                    "notes": "reported by El Comercio",
                },
                "is_blocking": False,
            },
        ]

        assert expected == self.DATA["unknowns"]

    def test_standings_carry_every_figure_and_the_separations(self) -> None:
        """g's table: A 2-1 B only; A above C on points (3 v 0), C above B on
        goal difference (0 v -1); goal differences and the order as output."""
        row = {"played": 0, "won": 0, "drawn": 0, "lost": 0}
        expected = {
            "rules": {
                "tiebreakers": ["points", "goal_difference", "goals_for"],
                "name": "Classic league",
                "source": (
                    "the common league rule: points, then goal difference, "
                    "then goals scored"
                ),
            },
            "rows": [
                {
                    **row,
                    "position": 1,
                    "team": "A",
                    "played": 1,
                    "won": 1,
                    "goals_for": 2,
                    "goals_against": 1,
                    "points": 3,
                    "goal_difference": 1,
                },
                {
                    **row,
                    "position": 2,
                    "team": "C",
                    "goals_for": 0,
                    "goals_against": 0,
                    "points": 0,
                    "goal_difference": 0,
                },
                {
                    **row,
                    "position": 3,
                    "team": "B",
                    "played": 1,
                    "lost": 1,
                    "goals_for": 1,
                    "goals_against": 2,
                    "points": 0,
                    "goal_difference": -1,
                },
            ],
            "advance": [1],
            "separations": [
                {
                    "upper": "A",
                    "lower": "C",
                    "criterion": "points",
                    "upper_value": 3,
                    "lower_value": 0,
                },
                {
                    "upper": "C",
                    "lower": "B",
                    "criterion": "goal_difference",
                    "upper_value": 0,
                    "lower_value": -1,
                },
            ],
            "order": ["A", "C", "B"],
            "not_counted": [],
        }

        assert expected == self.DATA["stages"][1]["groups"][0]["standings"]


class TestJsonConclusions:
    """Ties, open ties and goal averages as data: ids and numbers, not sentences."""

    def test_undecided_tie_says_what_it_needs_and_where(self) -> None:
        """Level 1-1 under UEFA's 2021 rules, no extra time recorded."""
        legs = (
            cp.Match(home="A", away="B", score=cp.Score(1, 0)),
            cp.Match(home="B", away="A", score=cp.Score(1, 0)),
        )
        tie = cp.competition.Tie(
            id="t", rules="uefa-club-2021-knockout", entrants=("A", "B"), legs=legs
        )
        cup = cp.competition.Edition(
            id="c",
            name="C",
            stages=(
                cp.competition.Stage(
                    id="s", phases=(cp.competition.Phase(id="p", ties=(tie,)),)
                ),
            ),
        )
        data = json.loads(render_replay(cp.replay(cup), "json"))
        first_leg = {"home": "A", "away": "B", "score": "1-0"}
        second_leg = {"home": "B", "away": "A", "score": "1-0"}
        expected = {
            "teams": ["A", "B"],
            "winner": None,
            "decided_by": None,
            "aggregate": "1-1",
            "needs": "extra_time",
            "missing_from": second_leg,
            "matches": [first_leg, second_leg],
            "steps": [{"criterion": "aggregate", "first": 1, "second": 1}],
            "is_decided": False,
            "official_results": [
                {
                    "match": first_leg,
                    "status": "played",
                    "score": "1-0",
                    "winner": "A",
                    "counts": True,
                    "is_draw": False,
                },
                {
                    "match": second_leg,
                    "status": "played",
                    "score": "1-0",
                    "winner": "B",
                    "counts": True,
                    "is_draw": False,
                },
            ],
        }

        assert expected == data["stages"][0]["ties"][0]["outcome"]
        assert ("undecided", expected, True) == (
            data["unknowns"][0]["kind"],
            data["unknowns"][0]["outcome"],
            data["unknowns"][0]["is_blocking"],
        )

    def test_open_tie_and_infinite_goal_average(self) -> None:
        """A 1-0 C, B 2-1 C, A 0-0 B: A's goal average (nothing against) is
        infinite, B's is 2; D and E, level, share 3rd place."""
        rules = cp.TableRules(
            tiebreakers=(
                tiebreak.points(),
                tiebreak.goal_average(),
                tiebreak.drawing_of_lots(),
            )
        )
        matches = [
            cp.Match(home="A", away="C", score=cp.Score(1, 0)),
            cp.Match(home="B", away="C", score=cp.Score(2, 1)),
            cp.Match(home="A", away="B", score=cp.Score(0, 0)),
            cp.Match(home="D", away="E", score=cp.Score(1, 1)),
        ]
        table = cp.standings(["A", "B", "C", "D", "E"], matches, rules)
        data = json.loads(json.dumps(cp.to_data(table.explain()), allow_nan=False))

        assert ("Infinity", "2") == (
            data["separations"][0]["upper_value"],
            data["separations"][0]["lower_value"],
        )
        assert {
            "teams": ["D", "E"],
            "position": 3,
            "needs": "drawing_of_lots",
        } == data["level_teams"][0]


class TestRenderTable:
    def test_table_of_a_group_without_results_as_json(self) -> None:
        """One group as JSON is the same data as in the whole replay."""
        assert H_DATA == json.loads(render_table(RESULT.group("h"), "json"))

    def test_table_of_a_group_without_results_as_markdown(self) -> None:
        """One group as Markdown has its level-4 heading, its count and its places."""
        assert MARKDOWN_H == render_table(RESULT.group("h"), "markdown").split("\n")


class TestCommandLine:
    def test_editions_as_markdown_is_a_list_of_code_ids(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Each bundled edition is a Markdown bullet: its id as code, then its name."""
        code = main(["editions", "--format", "markdown"])
        expected = [
            "- `copa-peru-1997`: Copa Perú 1997",
            "- `copa-peru-1998`: Copa Perú 1998",
            "- `fa-cup-1979-80`: FA Cup 1979-80, semi-finals and final",
            "- `fifa-world-cup-1994`: 1994 FIFA World Cup",
            "- `fifa-world-cup-2018`: 2018 FIFA World Cup",
            "- `uefa-champions-league-2024-25`: 2024-25 UEFA Champions League",
            "- `uefa-euro-2024`: UEFA Euro 2024",
        ]

        assert 0 == code
        assert expected == capsys.readouterr().out.splitlines()

    def test_demo_shows_the_1997_play_off_deciding_first_place(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Juan Aurich and U.P.A.O. end level on 12 points; the play-off puts Aurich first."""
        code = main(["demo"])
        lines = capsys.readouterr().out.splitlines()

        assert 0 == code
        assert (
            "Copa Perú 1997, final round (source: https://rsssf.org/tablesc/copaperu97.html)"
            == lines[0]
        )
        assert "Juan Aurich, U.P.A.O. level in place 1: needs a play-off" in lines
        assert (
            "Juan Aurich above U.P.A.O. on play-off: won vs lost "
            "(Juan Aurich 1-0 U.P.A.O.)"
        ) in lines

    def test_replay_of_a_file_as_markdown(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A file given on the command line is replayed in the format asked for."""
        path = tmp_path / "render-cup.toml"
        path.write_text(cp.dumps(RENDER_CUP), encoding="utf-8")
        code = main(["replay", str(path), "--format", "markdown"])
        lines = capsys.readouterr().out.splitlines()

        assert 0 == code
        assert ["## Render Cup", ""] == lines[:2]
        assert ENDING[1:] == lines[-1:]

    def test_table_of_a_file_as_json(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """One group of a file, as JSON, on the command line."""
        path = tmp_path / "render-cup.toml"
        path.write_text(cp.dumps(RENDER_CUP), encoding="utf-8")
        code = main(["table", str(path), "--group", "h", "--format", "json"])

        assert 0 == code
        assert H_DATA == json.loads(capsys.readouterr().out)

    def test_python_dash_m_entry_point_exits_with_mains_code(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Running the package as __main__ calls main() and exits with its code."""
        monkeypatch.setattr(sys, "argv", ["copaperu", "editions"])
        monkeypatch.delitem(sys.modules, "copaperu.__main__", raising=False)
        with pytest.raises(SystemExit) as excinfo:
            runpy.run_module("copaperu", run_name="__main__")
        first = capsys.readouterr().out.splitlines()[0]

        assert 0 == excinfo.value.code
        assert "copa-peru-1997                 Copa Perú 1997" == first

    def test_importing_the_main_module_does_not_run_the_command_line(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Importing copaperu.__main__ (as doctest collection does) prints nothing."""
        monkeypatch.setattr(sys, "argv", ["copaperu", "editions"])
        monkeypatch.delitem(sys.modules, "copaperu.__main__", raising=False)
        importlib.import_module("copaperu.__main__")

        assert ("", "") == tuple(capsys.readouterr())

    def test_every_separating_criterion_has_an_id(self) -> None:
        """A criterion is written as its id, or a table of its id and settings."""
        criteria: list[
            cp.tiebreak.Statistic
            | cp.tiebreak.FairPlay
            | cp.tiebreak.Ranking
            | cp.tiebreak.DrawingOfLots
            | cp.tiebreak.Playoff
            | cp.tiebreak.LastMatchShootout
        ] = [
            tiebreak.points(among_teams_concerned=True),
            tiebreak.fair_play(),
            tiebreak.ranking("FIFA ranking", {}),
            tiebreak.drawing_of_lots(seed=3),
            tiebreak.playoff(),
            tiebreak.last_match_shootout(),
        ]
        expected = [
            {"id": "points", "scope": "head_to_head"},
            "fair_play",
            {"id": "ranking", "name": "FIFA ranking"},
            {"id": "drawing_of_lots", "seed": 3},
            "playoff",
            "last_match_shootout",
        ]

        assert expected == [cp.to_data(criterion) for criterion in criteria]

    def test_an_unresolved_champion_is_its_reference(self) -> None:
        """The champion named as the winner of a final with no leg: its reference."""
        cup = cp.competition.Edition(
            id="c",
            name="C",
            stages=(
                cp.competition.Stage(
                    id="s",
                    phases=(
                        cp.competition.Phase(
                            id="p",
                            ties=(
                                cp.competition.Tie(
                                    id="final",
                                    rules="uefa-club-2021-knockout",
                                    entrants=("A", "B"),
                                ),
                            ),
                        ),
                    ),
                ),
            ),
            champion=cp.competition.Reference(
                kind=cp.competition.ReferenceKind.WINNER, of="final"
            ),
        )
        champion = json.loads(render_replay(cp.replay(cup), "json"))["unknowns"][-1]

        assert ("champion", True, {"winner": "final"}) == (
            champion["kind"],
            champion["is_blocking"],
            champion["entrant"],
        )


SHOWN = cp.competition.Edition(
    id="shown",
    name="Shown Cup",
    sources=(cp.competition.Source(key="RSSSF"),),
    stages=(
        cp.competition.Stage(
            id="finals",
            phases=(
                cp.competition.Phase(
                    id="qf",
                    name="Quarter-finals",
                    ties=(
                        cp.competition.Tie(
                            id="qf-1",
                            rules="uefa-club-2021-knockout",
                            entrants=("A", "B"),
                            legs=(
                                cp.Match(
                                    home="A",
                                    away="B",
                                    score=cp.Score(2, 0),
                                    date="1998-11-22",
                                    venue="Estadio Campeones del 36, Sullana",
                                    label="single match",
                                    source="RSSSF",
                                    notes="played behind closed doors",
                                ),
                            ),
                            source="RSSSF",
                            notes="the draw paired them",
                        ),
                    ),
                ),
            ),
        ),
    ),
)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_the_file_s_phases_sources_notes_dates_and_venues_are_shown(fmt: str) -> None:
    """A phase's name, a tie's source and notes, and a match's date, venue, label,
    source and notes all reach the reader, in every format."""
    lines = render_replay(cp.replay(SHOWN), fmt).splitlines()

    assert "Quarter-finals:" in lines
    assert "Source: RSSSF" in lines
    assert "Notes: the draw paired them" in lines
    source = "[RSSSF]" if fmt == "text" else "\\[RSSSF\\]"  # Markdown escapes it
    item = "  " if fmt == "text" else "- "  # an indented line, or a list item
    assert (
        f"{item}1998-11-22  A 2-0 B, Estadio Campeones del 36, Sullana (single match) "
        f"{source}"
    ) in lines
    note = "    " if fmt == "text" else "- "
    assert f"{note}played behind closed doors" in lines


def test_a_final_reads_as_a_final() -> None:
    """The tie whose winner is champion is won, not gone through: the 1998 final
    on the shoot-out the federation awarded; the 2018 third-place match won."""
    peru = render_replay(cp.replay(cp.load_edition("copa-peru-1998"))).splitlines()
    world = render_replay(
        cp.replay(cp.load_edition("fifa-world-cup-2018"))
    ).splitlines()

    assert (
        "  I.M.I. won the final on a shoot-out awarded by the Federación Peruana de "
        "Fútbol"
    ) in peru
    assert "  France won the final in normal time" in world
    assert "  Belgium won 3rd place in normal time" in world
    assert "  France through in normal time" in world  # a semi-final sends on


def test_the_1998_replay_shows_what_its_sources_give() -> None:
    """Region I's descarte is printed as a play-off, Region VIII's not-played
    ruling is shown although the group has no table, Region IV claims no fixture
    count, and the quarter-final the record settles says it does not say how."""
    lines = render_replay(cp.replay(cp.load_edition("copa-peru-1998"))).splitlines()

    assert "Play-offs:" in lines
    assert any(
        line.startswith("  I.M.I. 2-1 Atlético Torino (Play-off for first place")
        for line in lines
    )
    assert any(
        line.startswith(
            "  ruling on Senati v Peñarol: no result on the pitch, officially not played"
        )
        for line in lines
    )
    assert "Results: no fixture recorded" in lines
    assert (
        "  not decided by the matches recorded: by the rules it needs a penalty "
        "shoot-out (not recorded); how it was settled is not recorded"
    ) in lines
