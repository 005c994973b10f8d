"""copaperu.frames: tables, ties and simulations as data frames; matches from them.

Every expected value below is worked out by hand from the matches given, not
taken from the code under test.
"""

from __future__ import annotations

import math
import subprocess
import sys
from typing import Any

import pandas as pd  # type: ignore[import-untyped]  # pandas ships no type information
import polars as pl
import pytest

import copaperu as cp
from copaperu import frames
from copaperu._extras import MissingExtraError
from copaperu.simulate import SimulationResult

TABLE_COLUMNS = [
    "position",
    "team",
    "played",
    "won",
    "drawn",
    "lost",
    "goals_for",
    "goals_against",
    "goal_difference",
    "points",
    "deducted",
]


def four_team_table() -> cp.Standings:
    """A 2-0 C, B 2-0 D, C 1-1 D, A 1-1 B, and B docked a point.

    By hand: A and B have won one, drawn one, 3-1 in goals, 4 points; B's
    deduction leaves it 3. C and D have drawn one and lost one 0-2, 1-3 in goals,
    1 point: level on everything CLASSIC looks at, they share third place.
    """
    return cp.standings(
        ["A", "B", "C", "D"],
        [
            cp.Match(home="A", away="C", score=cp.Score(2, 0)),
            cp.Match(home="B", away="D", score=cp.Score(2, 0)),
            cp.Match(home="C", away="D", score=cp.Score(1, 1)),
            cp.Match(home="A", away="B", score=cp.Score(1, 1)),
        ],
        cp.rules.CLASSIC,
        adjustments=[cp.PointsDeduction(team="B", points=1)],
    )


# position, team, played, won, drawn, lost, gf, ga, gd, points, deducted
TABLE_ROWS = [
    (1, "A", 2, 1, 1, 0, 3, 1, 2, 4, 0),
    (2, "B", 2, 1, 1, 0, 3, 1, 2, 3, 1),
    (3, "C", 2, 0, 1, 1, 1, 3, -2, 1, 0),
    (3, "D", 2, 0, 1, 1, 1, 3, -2, 1, 0),
]


def rows_of(frame: Any) -> list[tuple[Any, ...]]:
    """A pandas frame's rows as plain tuples, ``pandas.NA`` as ``None``."""
    return [
        tuple(None if value is pd.NA else value for value in row)
        for row in frame.astype(object).itertuples(index=False, name=None)
    ]


class TestTable:
    def test_table_to_pandas_has_one_row_per_table_row(self) -> None:
        """Columns in order, every figure as counted by hand, level places shared."""
        frame = frames.to_pandas(four_team_table())

        assert TABLE_COLUMNS == list(frame.columns)
        assert TABLE_ROWS == rows_of(frame)

    def test_table_to_pandas_dtypes(self) -> None:
        """Counts are int64 (never missing in a table); the team is a string."""
        frame = frames.to_pandas(four_team_table())
        expected = dict.fromkeys(TABLE_COLUMNS, "int64") | {"team": "string"}

        assert expected == {name: str(dtype) for name, dtype in frame.dtypes.items()}

    def test_table_to_polars(self) -> None:
        """The same rows as pandas gives, with polars' Int64 and String."""
        frame = frames.to_polars(four_team_table())
        expected_schema = dict.fromkeys(TABLE_COLUMNS, pl.Int64) | {"team": pl.String}

        assert TABLE_ROWS == frame.rows()
        assert expected_schema == dict(frame.schema)

    def test_the_methods_give_the_functions_frames(self) -> None:
        """``Standings.to_pandas()`` and ``to_polars()`` are the functions' frames."""
        table = four_team_table()

        assert TABLE_ROWS == rows_of(table.to_pandas())
        assert TABLE_ROWS == table.to_polars().rows()

    def test_an_empty_table_is_an_empty_frame_with_its_columns(self) -> None:
        """No teams, no rows; the columns and their dtypes are still there."""
        table = cp.standings([], [], cp.rules.CLASSIC)
        frame = frames.to_pandas(table)

        assert (0, TABLE_COLUMNS) == (len(frame), list(frame.columns))
        assert "int64" == str(frame.dtypes["points"])


TIE_COLUMNS = [
    "first",
    "second",
    "aggregate_home",
    "aggregate_away",
    "winner",
    "loser",
    "decided_by",
    "needs",
]


def three_ties() -> list[cp.TieOutcome]:
    """Tottenham-Ajax 2019, a single match won 2-0 away, and one not played.

    By hand: Tottenham (home in the first leg, so named first) 0-1 and 3-2 away
    make 3-3 on aggregate, Tottenham through on away goals (3 to 1). B wins
    0-2 at A on the score. C v D has no score: undecided, it needs the result.
    """
    return [
        cp.decide_tie(
            cp.Match(home="Tottenham Hotspur", away="Ajax", score=cp.Score(0, 1)),
            cp.Match(home="Ajax", away="Tottenham Hotspur", score=cp.Score(2, 3)),
            cp.rules.UEFA_CLUB_2019_KNOCKOUT,
        ),
        cp.decide_match(
            cp.Match(home="A", away="B", score=cp.Score(0, 2)), cp.TieRules()
        ),
        cp.decide_match(cp.Match(home="C", away="D"), cp.TieRules()),
    ]


TIE_ROWS = [
    (
        "Tottenham Hotspur",
        "Ajax",
        3,
        3,
        "Tottenham Hotspur",
        "Ajax",
        "away_goals",
        None,
    ),
    ("A", "B", 0, 2, "B", "A", "score", None),
    ("C", "D", None, None, None, None, None, "result"),
]


class TestTies:
    def test_ties_to_pandas(self) -> None:
        """One row per tie; what an undecided tie lacks is missing (``pandas.NA``)."""
        frame = frames.to_pandas(three_ties())

        assert TIE_COLUMNS == list(frame.columns)
        assert TIE_ROWS == rows_of(frame)
        assert frame["winner"].isna().tolist() == [False, False, True]

    def test_ties_to_pandas_dtypes(self) -> None:
        """Aggregate goals may be missing: nullable Int64; the rest nullable strings."""
        frame = frames.to_pandas(three_ties())
        expected = dict.fromkeys(TIE_COLUMNS, "string") | {
            "aggregate_home": "Int64",
            "aggregate_away": "Int64",
        }

        assert expected == {name: str(dtype) for name, dtype in frame.dtypes.items()}

    def test_ties_to_polars(self) -> None:
        """The same rows with nulls, from a tuple as well as from a list."""
        frame = frames.to_polars(tuple(three_ties()))

        assert TIE_ROWS == frame.rows()
        assert pl.Int64 == frame.schema["aggregate_home"]
        assert pl.String == frame.schema["decided_by"]

    def test_no_ties_is_an_empty_frame_with_its_columns(self) -> None:
        """An empty list still has the tie columns, with their dtypes."""
        frame = frames.to_polars([])

        assert (0, TIE_COLUMNS) == (frame.height, frame.columns)
        assert pl.Int64 == frame.schema["aggregate_away"]


SIMULATION_COLUMNS = ["kind", "where", "team", "place", "count", "share"]


def simulation_result() -> SimulationResult:
    """Eight runs: A champion in 5, B in 2, undecided in 1; places and a final."""
    return SimulationResult(
        edition="cup",
        runs=8,
        seed=3,
        model="model",
        champions=(("A", 5), ("B", 2), ("", 1)),
        places=(("group-a", "A", 1, 6), ("group-a", "B", 1, 2), ("group-a", "B", 2, 6)),
        reached=(("final", "A", 7),),
    )


# share = count / 8 runs, by hand
SIMULATION_ROWS = [
    ("champion", None, "A", None, 5, 0.625),
    ("champion", None, "B", None, 2, 0.25),
    ("champion", None, "", None, 1, 0.125),
    ("place", "group-a", "A", 1, 6, 0.75),
    ("place", "group-a", "B", 1, 2, 0.25),
    ("place", "group-a", "B", 2, 6, 0.75),
    ("reached", "final", "A", None, 7, 0.875),
]


class TestSimulation:
    def test_simulation_to_pandas_in_long_form(self) -> None:
        """One row per count, champions, then places, then phases reached."""
        frame = frames.to_pandas(simulation_result())

        assert SIMULATION_COLUMNS == list(frame.columns)
        assert SIMULATION_ROWS == rows_of(frame)

    def test_simulation_to_pandas_dtypes(self) -> None:
        """The place may be missing (nullable Int64); the count never; the share a float."""
        frame = frames.to_pandas(simulation_result())

        assert {
            "kind": "string",
            "where": "string",
            "team": "string",
            "place": "Int64",
            "count": "int64",
            "share": "float64",
        } == {name: str(dtype) for name, dtype in frame.dtypes.items()}

    def test_simulation_to_polars(self) -> None:
        """The same rows in polars, through the method as through the function."""
        result = simulation_result()

        assert SIMULATION_ROWS == result.to_polars().rows()
        assert SIMULATION_ROWS == frames.to_polars(result).rows()
        assert SIMULATION_ROWS == rows_of(result.to_pandas())
        assert {
            "kind": pl.String,
            "where": pl.String,
            "team": pl.String,
            "place": pl.Int64,
            "count": pl.Int64,
            "share": pl.Float64,
        } == dict(frames.to_polars(result).schema)

    def test_champion_shares_of_a_real_simulation_add_up_to_one(self) -> None:
        """Every run has one champion (or an undecided one): the shares sum to 1."""
        result = cp.simulate.simulate(
            cp.load_edition("fa-cup-1979-80"), cp.simulate.EloModel(), runs=5, seed=4
        )
        frame = frames.to_pandas(result)
        champions = frame[frame["kind"] == "champion"]

        assert math.isclose(1.0, champions["share"].sum())
        assert 5 == champions["count"].sum()

    def test_no_runs_gives_shares_of_zero(self) -> None:
        """A simulation of no runs counts nothing; no division by zero."""
        result = SimulationResult(
            edition="cup", runs=0, seed=0, model="m", champions=(("A", 0),)
        )

        assert [("champion", None, "A", None, 0, 0.0)] == frames.to_polars(
            result
        ).rows()


class TestRefused:
    @pytest.mark.parametrize("convert", [frames.to_pandas, frames.to_polars])
    @pytest.mark.parametrize(
        ("value", "message"),
        [
            (
                "A",
                r"expected a Standings, a sequence of TieOutcome or a SimulationResult \(got 'A'\)",
            ),
            (3, r"expected a Standings.*\(got 3\)"),
            ([cp.Score(1, 0)], r"value\[0\] is not a TieOutcome \(got Score"),
        ],
        ids=["string", "number", "list-of-scores"],
    )
    def test_values_that_are_not_tables_ties_or_results_are_refused(
        self, convert: Any, value: object, message: str
    ) -> None:
        """The error says what is accepted and what was given."""
        with pytest.raises(cp.InvalidValueError, match=message):
            convert(value)

    def test_a_single_tie_outcome_asks_for_a_list(self) -> None:
        """One outcome is not a sequence of them: the hint says how to pass it."""
        with pytest.raises(cp.InvalidValueError, match=r"pass \[outcome\]"):
            frames.to_pandas(three_ties()[0])  # type: ignore[arg-type]  # the point


class TestMissingExtras:
    @pytest.mark.parametrize(
        ("module", "convert"),
        [("pandas", frames.to_pandas), ("polars", frames.to_polars)],
    )
    def test_a_missing_library_names_its_extra(
        self, monkeypatch: pytest.MonkeyPatch, module: str, convert: Any
    ) -> None:
        """Without pandas (or polars) the error is copaperu's, naming the extra."""
        monkeypatch.setitem(sys.modules, module, None)
        with pytest.raises(MissingExtraError) as caught:
            convert(four_team_table())

        assert module == caught.value.extra
        assert module == caught.value.name
        assert f'pip install "copaperu[{module}]"' in str(caught.value)
        assert isinstance(caught.value, cp.CopaperuError)

    def test_the_method_says_the_same(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """``Standings.to_pandas()`` without pandas: the same error."""
        monkeypatch.setitem(sys.modules, "pandas", None)
        with pytest.raises(MissingExtraError, match=r"copaperu\[pandas\]"):
            four_team_table().to_pandas()

    def test_importing_frames_imports_neither_library(self) -> None:
        """``import copaperu.frames`` stays light: pandas and polars come when used."""
        code = (
            "import copaperu.frames, sys; "
            "print('pandas' in sys.modules, 'polars' in sys.modules)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )

        assert "False False" == out.stdout.strip()


PERU_CHILE = cp.Match(home="Peru", away="Chile", score=cp.Score(2, 0))
CHILE_BOLIVIA = cp.Match(home="Chile", away="Bolivia")
BOLIVIA_PERU = cp.Match(home="Bolivia", away="Peru", score=cp.Score(1, 3))
EXPECTED_MATCHES = (PERU_CHILE, CHILE_BOLIVIA, BOLIVIA_PERU)
HOMES = ["Peru", "Chile", "Bolivia"]
AWAYS = ["Chile", "Bolivia", "Peru"]


class TestMatchesFromFrame:
    def test_pandas_with_a_nan_row(self) -> None:
        """pandas holds integer goals with a gap as floats: 2.0 is 2, NaN no score."""
        frame = pd.DataFrame(
            {
                "home": HOMES,
                "away": AWAYS,
                "home_goals": [2, None, 1],
                "away_goals": [0, None, 3],
            }
        )
        matches = frames.matches_from_frame(frame)

        assert "float64" == str(frame["home_goals"].dtype)  # the case in point
        assert EXPECTED_MATCHES == matches
        score = matches[0].score
        assert score is not None
        assert (int, int) == (type(score.home), type(score.away))

    def test_pandas_nullable_integers(self) -> None:
        """``pandas.NA`` in an Int64 column is no score too."""
        frame = pd.DataFrame(
            {
                "home": pd.Series(HOMES, dtype="string"),
                "away": pd.Series(AWAYS, dtype="string"),
                "home_goals": pd.Series([2, None, 1], dtype="Int64"),
                "away_goals": pd.Series([0, None, 3], dtype="Int64"),
            }
        )

        assert EXPECTED_MATCHES == frames.matches_from_frame(frame)

    def test_polars_with_nulls(self) -> None:
        """polars' nulls are no score; its integers are goals as they are."""
        frame = pl.DataFrame(
            {
                "home": HOMES,
                "away": AWAYS,
                "home_goals": [2, None, 1],
                "away_goals": [0, None, 3],
            }
        )

        assert pl.Int64 == frame.schema["home_goals"]
        assert EXPECTED_MATCHES == frames.matches_from_frame(frame)

    def test_polars_floats_with_nan(self) -> None:
        """A float column in polars: whole floats are goals, NaN is no score."""
        frame = pl.DataFrame(
            {
                "home": HOMES,
                "away": AWAYS,
                "home_goals": [2.0, float("nan"), 1.0],
                "away_goals": [0.0, float("nan"), 3.0],
            }
        )

        assert EXPECTED_MATCHES == frames.matches_from_frame(frame)

    def test_columns_map_the_names(self) -> None:
        """football-data.co.uk's column names, mapped; other columns are not read."""
        frame = pd.DataFrame(
            {
                "Date": ["11/08/2023", "12/08/2023", "12/08/2023"],
                "HomeTeam": HOMES,
                "AwayTeam": AWAYS,
                "FTHG": [2, None, 1],
                "FTAG": [0, None, 3],
            }
        )
        matches = frames.matches_from_frame(
            frame,
            columns={
                "home": "HomeTeam",
                "away": "AwayTeam",
                "home_goals": "FTHG",
                "away_goals": "FTAG",
            },
        )

        assert EXPECTED_MATCHES == matches

    def test_the_same_as_match_from_rows(self) -> None:
        """What the frame gives equals the bulk constructor on the same rows."""
        frame = pl.DataFrame(
            {
                "home": HOMES,
                "away": AWAYS,
                "home_goals": [2, None, 1],
                "away_goals": [0, None, 3],
            }
        )

        assert cp.Match.from_rows(
            [
                ("Peru", "Chile", 2, 0),
                ("Chile", "Bolivia", None, None),
                ("Bolivia", "Peru", 1, 3),
            ]
        ) == frames.matches_from_frame(frame)

    def test_a_table_from_a_frame(self) -> None:
        """Into a table: Peru 6 points; Chile (0-2) and Bolivia (1-3) none, both -2,
        Bolivia above on goals scored; Chile v Bolivia unplayed."""
        frame = pd.DataFrame(
            {
                "home": HOMES,
                "away": AWAYS,
                "home_goals": [2, None, 1],
                "away_goals": [0, None, 3],
            }
        )
        table = cp.standings(HOMES, frames.matches_from_frame(frame), cp.rules.CLASSIC)

        assert [(1, "Peru", 6), (2, "Bolivia", 0), (3, "Chile", 0)] == [
            (row.position, row.team, row.points) for row in table.rows
        ]
        assert (CHILE_BOLIVIA,) == table.unplayed

    def test_an_empty_frame_gives_no_matches(self) -> None:
        """No rows, no matches."""
        frame = pl.DataFrame(
            {"home": [], "away": [], "home_goals": [], "away_goals": []},
            schema={
                "home": pl.String,
                "away": pl.String,
                "home_goals": pl.Int64,
                "away_goals": pl.Int64,
            },
        )

        assert () == frames.matches_from_frame(frame)


class TestMatchesFromFrameRefused:
    def test_a_float_that_is_not_whole_is_refused_naming_the_row(self) -> None:
        """2.5 goals is no score copaperu can read: the error names row and column."""
        frame = pd.DataFrame(
            {
                "home": HOMES,
                "away": AWAYS,
                "home_goals": [2, 2.5, 1],
                "away_goals": [0, 1, 3],
            }
        )
        with pytest.raises(
            cp.InvalidValueError,
            match=r"matches_from_frame: rows\[1\]: column 'home_goals' must hold whole numbers of goals \(got 2\.5\)",
        ):
            frames.matches_from_frame(frame)

    def test_infinity_is_not_a_number_of_goals(self) -> None:
        """An infinite float is not whole either."""
        frame = pl.DataFrame(
            {"h": ["A"], "a": ["B"], "hg": [float("inf")], "ag": [0.0]}
        )
        with pytest.raises(cp.InvalidValueError, match=r"rows\[0\]: column 'hg'"):
            frames.matches_from_frame(
                frame,
                columns={
                    "home": "h",
                    "away": "a",
                    "home_goals": "hg",
                    "away_goals": "ag",
                },
            )

    def test_goals_missing_on_one_side_only_are_refused(self) -> None:
        """2 and NaN is neither a score nor no score: Match.from_rows says so."""
        frame = pd.DataFrame(
            {
                "home": ["A", "C"],
                "away": ["B", "D"],
                "home_goals": [1, 2],
                "away_goals": [0, None],
            }
        )
        with pytest.raises(
            cp.InvalidValueError,
            match=r"rows\[1\]: goals must be non-negative integers \(got None\)",
        ):
            frames.matches_from_frame(frame)

    def test_negative_goals_are_refused(self) -> None:
        """-1.0 is whole, but not a number of goals."""
        frame = pd.DataFrame(
            {"home": ["A"], "away": ["B"], "home_goals": [-1.0], "away_goals": [0.0]}
        )
        with pytest.raises(cp.InvalidValueError, match=r"rows\[0\].*got -1"):
            frames.matches_from_frame(frame)

    def test_a_missing_team_is_refused(self) -> None:
        """A gap in the team column is no team."""
        frame = pd.DataFrame(
            {
                "home": ["A", None],
                "away": ["B", "C"],
                "home_goals": [1, 0],
                "away_goals": [0, 0],
            }
        )
        with pytest.raises(
            cp.InvalidValueError, match=r"rows\[1\]: a team must be a non-empty string"
        ):
            frames.matches_from_frame(frame)

    def test_a_column_the_frame_lacks_is_named(self) -> None:
        """The frame's columns are the names known, with a did-you-mean."""
        frame = pd.DataFrame(
            {"home": ["A"], "away": ["B"], "home_goal": [1], "away_goals": [0]}
        )
        with pytest.raises(
            cp.UnknownNameError,
            match=r"matches_from_frame: unknown column 'home_goals' \(did you mean 'home_goal'\?\)",
        ):
            frames.matches_from_frame(frame)

    def test_a_mapping_of_an_unknown_name_is_refused(self) -> None:
        """Only home, away, home_goals and away_goals can be mapped."""
        frame = pl.DataFrame(
            {"home": ["A"], "away": ["B"], "home_goals": [1], "away_goals": [0]}
        )
        with pytest.raises(
            cp.UnknownNameError,
            match=r"matches_from_frame: columns: unknown column 'home_gaols' \(did you mean 'home_goals'\?\)",
        ):
            frames.matches_from_frame(frame, columns={"home_gaols": "home_goals"})

    @pytest.mark.parametrize("columns", [["home"], "home"], ids=["list", "string"])
    def test_columns_that_are_not_a_mapping_are_refused(self, columns: Any) -> None:
        """*columns* maps names; a list or a string is not a mapping."""
        frame = pl.DataFrame(
            {"home": ["A"], "away": ["B"], "home_goals": [1], "away_goals": [0]}
        )
        with pytest.raises(cp.InvalidValueError, match="columns must map names"):
            frames.matches_from_frame(frame, columns=columns)

    @pytest.mark.parametrize(
        "frame",
        [[("A", "B", 1, 0)], {"home": ["A"]}, None, pd.DataFrame],
        ids=["list-of-rows", "dict", "none", "the-class"],
    )
    def test_what_is_not_a_data_frame_is_refused(self, frame: object) -> None:
        """Rows go to Match.from_rows; a frame is what has columns."""
        with pytest.raises(
            cp.InvalidValueError, match="expected a pandas or polars DataFrame"
        ):
            frames.matches_from_frame(frame)

    def test_a_column_named_twice_in_pandas_is_refused(self) -> None:
        """pandas allows two columns of one name; which one is meant is unclear."""
        frame = pd.DataFrame(
            [["A", "B", 1, 0, 2]],
            columns=["home", "away", "home_goals", "away_goals", "home"],
        )
        with pytest.raises(
            cp.InvalidValueError, match="column 'home' is not one column"
        ):
            frames.matches_from_frame(frame)
