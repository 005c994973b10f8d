"""Dumping editions: the TOML written for each kind of value, and load(dump(e)) == e.

The expected file data below were written by hand from the file format
(``docs/reference/file-format.rst``) and the values dumped; none was copied from a dump.
"""

from __future__ import annotations

import datetime
import tomllib
from typing import Any

import pytest

import copaperu as cp
from copaperu import tiebreak


def with_chain(*criteria: cp.tiebreak.Tiebreaker) -> cp.competition.Edition:
    """An edition whose only table rules are points, then *criteria*."""
    rules = cp.TableRules(name="r", tiebreakers=(tiebreak.points(), *criteria))
    return cp.competition.Edition(
        id="cup",
        name="Cup",
        table_rules=(cp.competition.NamedTableRules(name="r", rules=rules),),
    )


def data(edition: cp.competition.Edition) -> dict[str, Any]:
    """The dumped TOML of *edition*, read back as plain data."""
    return tomllib.loads(cp.dumps(edition))


# (id, criterion, the entry expected in the tiebreakers array)
CRITERIA: list[tuple[str, cp.tiebreak.Tiebreaker, object]] = [
    ("default-statistic", tiebreak.goal_average(), "goal_average"),
    (
        "head-to-head-statistic",
        tiebreak.away_goals(among_teams_concerned=True),
        {"id": "away_goals", "scope": "head_to_head"},
    ),
    (
        "head-to-head-with-sub-criteria",
        tiebreak.head_to_head(
            tiebreak.points(),
            tiebreak.goal_difference(),
            tiebreak.only_when(tiebreak.goals_for(), min_teams=3),
            tiebreak.fair_play(yellow=1, indirect_red=3, red=3, yellow_and_red=4),
            reapply=True,
        ),
        {
            "id": "head_to_head",
            # Inside a head-to-head, criteria are named plainly: their scope is
            # the mini-table's (tiebreak.head_to_head() sets it on reading).
            "criteria": [
                "points",
                "goal_difference",
                {"id": "only_when", "criterion": "goals_for", "min_teams": 3},
                {"id": "fair_play", "red": 3, "yellow_and_red": 4},
            ],
            "reapply": True,
        },
    ),
    ("default-head-to-head", tiebreak.head_to_head(), "head_to_head"),
    (
        "fair-play-with-weights",
        tiebreak.fair_play(yellow=1, indirect_red=3, red=3, yellow_and_red=4),
        {"id": "fair_play", "red": 3, "yellow_and_red": 4},
    ),
    ("default-fair-play", tiebreak.fair_play(), "fair_play"),
    (
        "ranking-with-values",
        tiebreak.ranking(
            "coefficient", {"Vicuñas": 12.5, "Alpacas": 3}, higher_is_better=False
        ),
        {
            "id": "ranking",
            "name": "coefficient",
            "values": {"Alpacas": 3, "Vicuñas": 12.5},
            "higher_is_better": False,
        },
    ),
    (
        "seeded-lots",
        tiebreak.drawing_of_lots(seed=1998),
        {"id": "drawing_of_lots", "seed": 1998},
    ),
    ("lots-to-draw", tiebreak.drawing_of_lots(), "drawing_of_lots"),
    ("playoff", tiebreak.playoff(), "playoff"),
    (
        "only-when-with-max-teams",
        tiebreak.only_when(tiebreak.away_wins(), teams=2),
        {"id": "only_when", "criterion": "away_wins", "max_teams": 2},
    ),
    (
        "only-when-without-max-teams",
        tiebreak.only_when(tiebreak.wins(), min_teams=3),
        {"id": "only_when", "criterion": "wins", "min_teams": 3},
    ),
    (
        "only-when-wrapping-a-ranking",
        tiebreak.only_when(tiebreak.ranking("FIFA", {"Alpacas": 1500.0}), teams=2),
        {
            "id": "only_when",
            "criterion": {
                "id": "ranking",
                "name": "FIFA",
                "values": {"Alpacas": 1500.0},
            },
            "max_teams": 2,
        },
    ),
]


class TestCriteria:
    @pytest.mark.parametrize(
        ("criterion", "entry"),
        [pytest.param(c, e, id=id_) for id_, c, e in CRITERIA],
    )
    def test_criterion_is_written_in_the_file_format(
        self, criterion: cp.tiebreak.Tiebreaker, entry: object
    ) -> None:
        """Each kind of criterion is written as its id, or a table of its settings."""
        written = data(with_chain(criterion))["rules"]["tables"]["r"]

        assert {"tiebreakers": ["points", entry]} == written

    @pytest.mark.parametrize(
        "criterion", [pytest.param(c, id=id_) for id_, c, _ in CRITERIA]
    )
    def test_criterion_round_trips_through_load_and_dump(
        self, criterion: cp.tiebreak.Tiebreaker
    ) -> None:
        """The dumped rules load back equal, settings and all."""
        edition = with_chain(criterion)

        assert edition == cp.loads(cp.dumps(edition))

    def test_points_scheme_and_source_are_written(self) -> None:
        """A 2-1-0 scheme is written as text, and the regulation as the source."""
        rules = cp.TableRules(
            name="r",
            points=cp.PointsScheme.TWO_FOR_A_WIN,
            tiebreakers=(tiebreak.points(), tiebreak.goal_average()),
            source="Regulations, art. 7",
        )
        edition = cp.competition.Edition(
            id="cup",
            name="Cup",
            table_rules=(cp.competition.NamedTableRules(name="r", rules=rules),),
        )
        expected = {
            "points": "2-1-0",
            "tiebreakers": ["points", "goal_average"],
            "source": "Regulations, art. 7",
        }

        assert expected == data(edition)["rules"]["tables"]["r"]
        assert edition == cp.loads(cp.dumps(edition))


def test_minimal_edition_is_its_id_and_name() -> None:
    """An edition with nothing but an id and a name dumps to those two lines."""
    edition = cp.competition.Edition(id="tiny", name="Tiny Cup")

    assert 'id = "tiny"\nname = "Tiny Cup"\n' == cp.dumps(edition)
    assert edition == cp.loads(cp.dumps(edition))


# A made-up edition that uses every field the file format has, once.
SOUTH = cp.TieRules(
    name="south",
    basis=cp.Basis.POINTS,
    goal_difference=False,
    extra_time=False,
    penalties=True,
    playoff=True,
    source="Reglamento 1998",
)
GROUPS = cp.TableRules(
    name="groups",
    points=cp.PointsScheme.TWO_FOR_A_WIN,
    tiebreakers=(
        tiebreak.points(),
        tiebreak.head_to_head(reapply=True),
        tiebreak.drawing_of_lots(seed=7),
    ),
)
ROUND_1 = cp.Match(
    home="Alpacas",
    away="Condors",
    score=cp.Score(2, 0),
    neutral=True,
    leg=1,
    label="Round 1",
    date="1998-10-04",
    source="RSSSF",
    notes="at the Estadio Nacional",
    cards={"Alpacas": cp.Cards(yellow=2), "Condors": cp.Cards(indirect_red=1)},
)
FORFEIT = cp.Forfeit(
    awarded_to="Llamas",
    score=cp.Score(0, 3),
    reason="ineligible player",
    body="FPF",
    decided="1998-10-20",
    source="PRESS",
)
GROUP_A = cp.competition.Group(
    id="group-a",
    name="Group A",
    rules="groups",
    legs=1,
    advance=2,
    entrants=("Alpacas", "Condors", "Llamas"),
    matches=(
        ROUND_1,
        cp.Match(
            home="Condors",
            away="Llamas",
            score=cp.Score(1, 1),
            rulings=(FORFEIT,),
        ),
        cp.Match(
            home="Llamas",
            away="Alpacas",
            score=cp.Score(0, 1),
            rulings=(
                cp.Abandoned(minute=70, declared=cp.Score(0, 1), reason="floodlights"),
            ),
        ),
    ),
    playoffs=(
        cp.Match(
            home="Alpacas",
            away="Condors",
            score=cp.Score(1, 1),
            extra_time=cp.Score(2, 1),
            neutral=True,
        ),
    ),
    deductions=(
        cp.PointsDeduction(
            team="Condors",
            points=2,
            reason="unpaid fees",
            body="FPF",
            decided="1998-11-01",
            source="PRESS",
        ),
    ),
    lots=(("Condors", "Llamas"),),
    recorded=(
        cp.competition.RecordedPlace(place=1, team="Alpacas", source="RSSSF"),
        cp.competition.RecordedPlace(
            place=2, team="Llamas", notes="the only team left", inference=True
        ),
    ),
    published=(
        cp.competition.PublishedRow(
            team="Alpacas",
            played=2,
            won=2,
            drawn=0,
            lost=0,
            goals_for=3,
            goals_against=0,
            points=4,
            source="RSSSF",
        ),
    ),
    source="RSSSF",
    notes="played in Lima",
)
GROUP_B = cp.competition.Group(
    id="group-b",
    rules="euro-groups",
    advance=2,
    entrants=("Pumas", "Jaguars", "Vicuñas"),
    matches=(
        cp.Match(
            home="Pumas", away="Jaguars", score=cp.Score(0, 0), penalties=cp.Score(4, 2)
        ),
        cp.Match(home="Jaguars", away="Vicuñas", rulings=(cp.NotPlayed(),)),
        cp.Match(
            home="Vicuñas",
            away="Pumas",
            score=cp.Score(1, 1),
            rulings=(
                cp.AwardedShootout(winner="Pumas", score=cp.Score(3, 5), body="FPF"),
            ),
        ),
    ),
)
FIRST_OF_A = cp.competition.Reference(
    kind=cp.competition.ReferenceKind.PLACE, of="group-a", place=1
)
FIRST_OF_B = cp.competition.Reference(
    kind=cp.competition.ReferenceKind.PLACE, of="group-b", place=1
)
FINAL = cp.competition.Tie(
    id="final",
    name="Final",
    rules="south",
    entrants=(FIRST_OF_A, FIRST_OF_B),
    legs=(
        cp.Match(home="Alpacas", away="Pumas", score=cp.Score(1, 0), leg=1),
        cp.Match(home="Pumas", away="Alpacas", score=cp.Score(1, 0), leg=2),
    ),
    playoff=cp.Match(
        home="Alpacas",
        away="Pumas",
        score=cp.Score(2, 2),
        penalties=cp.Score(5, 4),
        neutral=True,
    ),
    recorded=cp.competition.RecordedWinner(
        winner="Alpacas", source="PRESS", notes="reported by the press", inference=True
    ),
    source="RSSSF",
    notes="two legs and a play-off",
)
THIRD_PLACE = cp.competition.Tie(
    id="third-place",
    rules="ko",
    entrants=(
        cp.competition.Reference(
            kind=cp.competition.ReferenceKind.PLACE, of="group-a", place=2
        ),
        cp.competition.Reference(
            kind=cp.competition.ReferenceKind.PLACE, of="group-b", place=2
        ),
    ),
)
FULL = cp.competition.Edition(
    id="dump-cup",
    name="Dump Cup",
    season="1998",
    notes="Made up to use every field.",
    sources=(
        cp.competition.Source(key="RSSSF", url="https://rsssf.org/"),
        cp.competition.Source(key="PRESS", title="El Comercio", notes="match reports"),
    ),
    teams=(
        cp.competition.Team(name="Alpacas", city="Cusco", region="Cusco"),
        cp.competition.Team(name="Condors", notes="founded 1950"),
        cp.competition.Team(name="Llamas"),
        cp.competition.Team(name="Pumas"),
        cp.competition.Team(name="Jaguars"),
        cp.competition.Team(name="Vicuñas"),
    ),
    table_rules=(
        cp.competition.NamedTableRules(name="groups", rules=GROUPS),
        cp.competition.NamedTableRules(
            name="euro-groups", rules=cp.rules.UEFA_EURO_2024, preset="uefa-euro-2024"
        ),
    ),
    tie_rules=(
        cp.competition.NamedTieRules(name="south", rules=SOUTH),
        cp.competition.NamedTieRules(
            name="ko",
            rules=cp.rules.UEFA_CLUB_2021_KNOCKOUT,
            preset="uefa-club-2021-knockout",
        ),
    ),
    stages=(
        cp.competition.Stage(
            id="regional",
            name="Regional stage",
            notes="no results recorded",
            source="PRESS",
            qualified=(
                cp.competition.Qualified(
                    team="Pumas", origin="Tacna", source="PRESS", notes="champions"
                ),
            ),
        ),
        cp.competition.Stage(
            id="national",
            name="National stage",
            phases=(
                cp.competition.Phase(
                    id="groups",
                    name="Group round",
                    notes="two groups",
                    groups=(GROUP_A, GROUP_B),
                ),
                cp.competition.Phase(id="final-round", ties=(FINAL, THIRD_PLACE)),
            ),
        ),
    ),
    champion=cp.competition.Reference(
        kind=cp.competition.ReferenceKind.WINNER, of="final"
    ),
    promoted=(
        cp.competition.Reference(kind=cp.competition.ReferenceKind.WINNER, of="final"),
        cp.competition.Reference(kind=cp.competition.ReferenceKind.LOSER, of="final"),
        "Condors",
    ),
)


class TestFullEdition:
    def test_full_edition_round_trips_through_load_and_dump(self) -> None:
        """An edition using every field loads back equal from its dump."""
        assert FULL == cp.loads(cp.dumps(FULL))

    def test_edition_fields_and_references_are_written(self) -> None:
        """Season, notes, champion and promoted are written; references as tables."""
        written = data(FULL)
        expected = {
            "season": "1998",
            "notes": "Made up to use every field.",
            "champion": {"winner": "final"},
            "promoted": [{"winner": "final"}, {"loser": "final"}, "Condors"],
        }

        assert expected == {key: written[key] for key in expected}

    def test_sources_and_teams_leave_empty_fields_out(self) -> None:
        """Only the fields given are written for sources and teams."""
        written = data(FULL)

        assert [
            {"key": "RSSSF", "url": "https://rsssf.org/"},
            {"key": "PRESS", "title": "El Comercio", "notes": "match reports"},
        ] == written["sources"]
        assert {"name": "Alpacas", "city": "Cusco", "region": "Cusco"} == written[
            "teams"
        ][0]
        assert {"name": "Condors", "notes": "founded 1950"} == written["teams"][1]

    def test_presets_are_written_by_their_id(self) -> None:
        """Rules taken from a preset are written as the preset's id only."""
        rules = data(FULL)["rules"]

        assert {"preset": "uefa-euro-2024"} == rules["tables"]["euro-groups"]
        assert {"preset": "uefa-club-2021-knockout"} == rules["ties"]["ko"]

    def test_spelled_out_tie_rules_write_what_differs_from_the_defaults(
        self,
    ) -> None:
        """Tie rules spelled out write their basis, the flags not at their defaults
        and the source; the defaults (``TieRules()``) are left out."""
        expected = {
            "basis": "points",
            "goal_difference": False,
            "extra_time": False,
            "playoff": True,
            "source": "Reglamento 1998",
        }

        assert expected == data(FULL)["rules"]["ties"]["south"]

    def test_stage_without_phases_keeps_its_qualified_teams(self) -> None:
        """A stage known only by who qualified writes them, 'origin' as 'from'."""
        expected = {
            "id": "regional",
            "name": "Regional stage",
            "notes": "no results recorded",
            "source": "PRESS",
            "qualified": [
                {
                    "team": "Pumas",
                    "from": "Tacna",
                    "source": "PRESS",
                    "notes": "champions",
                }
            ],
        }

        assert expected == data(FULL)["stages"][0]

    def test_group_records_are_written(self) -> None:
        """Deductions, lots, recorded places and published rows are all written."""
        group = data(FULL)["stages"][1]["phases"][0]["groups"][0]
        expected = {
            "deductions": [
                {
                    "team": "Condors",
                    "points": 2,
                    "reason": "unpaid fees",
                    "body": "FPF",
                    "decided": datetime.date(1998, 11, 1),
                    "source": "PRESS",
                }
            ],
            "lots": [{"order": ["Condors", "Llamas"]}],
            "recorded": [
                {"place": 1, "team": "Alpacas", "source": "RSSSF"},
                {
                    "place": 2,
                    "team": "Llamas",
                    "notes": "the only team left",
                    "inference": True,
                },
            ],
            "published": [
                {
                    "team": "Alpacas",
                    "played": 2,
                    "won": 2,
                    "drawn": 0,
                    "lost": 0,
                    "goals_for": 3,
                    "goals_against": 0,
                    "points": 4,
                    "source": "RSSSF",
                }
            ],
        }

        assert expected == {key: group[key] for key in expected}

    def test_match_fields_that_differ_from_their_defaults_are_written(self) -> None:
        """A match writes its scores as text, its date as a TOML date, and the rest."""
        match = data(FULL)["stages"][1]["phases"][0]["groups"][0]["matches"][0]
        expected = {
            "home": "Alpacas",
            "away": "Condors",
            "score": "2-0",
            "neutral": True,
            "leg": 1,
            "label": "Round 1",
            "date": datetime.date(1998, 10, 4),
            "source": "RSSSF",
            "notes": "at the Estadio Nacional",
        }

        assert expected == {
            key: value for key, value in match.items() if key != "cards"
        }
        assert {"Alpacas", "Condors"} == set(match["cards"])

    def test_rulings_are_written_with_their_kind(self) -> None:
        """Each kind of ruling is written as a table with its kind and its fields."""
        stage = data(FULL)["stages"][1]["phases"][0]
        a_matches = stage["groups"][0]["matches"]
        b_matches = stage["groups"][1]["matches"]
        expected = [
            {
                "kind": "forfeit",
                "awarded_to": "Llamas",
                "score": "0-3",
                "reason": "ineligible player",
                "body": "FPF",
                "source": "PRESS",
                "decided": datetime.date(1998, 10, 20),
            },
            {
                "kind": "abandoned",
                "minute": 70,
                "declared": "0-1",
                "reason": "floodlights",
            },
            {"kind": "not_played"},
            {
                "kind": "awarded_shootout",
                "winner": "Pumas",
                "score": "3-5",
                "body": "FPF",
            },
        ]
        actual = [
            a_matches[1]["rulings"][0],
            a_matches[2]["rulings"][0],
            b_matches[1]["rulings"][0],
            b_matches[2]["rulings"][0],
        ]

        assert expected == actual

    def test_tie_writes_its_playoff_and_recorded_winner(self) -> None:
        """A tie writes its entrants, play-off, recorded winner, source and notes."""
        tie = data(FULL)["stages"][1]["phases"][1]["ties"][0]
        expected = {
            "entrants": [{"place": 1, "of": "group-a"}, {"place": 1, "of": "group-b"}],
            "source": "RSSSF",
            "notes": "two legs and a play-off",
            "playoff": {
                "home": "Alpacas",
                "away": "Pumas",
                "score": "2-2",
                "penalties": "5-4",
                "neutral": True,
            },
            "recorded": {
                "winner": "Alpacas",
                "source": "PRESS",
                "notes": "reported by the press",
                "inference": True,
            },
        }

        assert expected == {key: tie[key] for key in expected}

    def test_tie_without_legs_writes_only_its_id_rules_and_entrants(self) -> None:
        """A tie with nothing recorded is three keys long."""
        expected = {
            "id": "third-place",
            "rules": "ko",
            "entrants": [{"place": 2, "of": "group-a"}, {"place": 2, "of": "group-b"}],
        }

        assert expected == data(FULL)["stages"][1]["phases"][1]["ties"][1]


def test_group_without_results_writes_its_shape() -> None:
    """A group with no match recorded writes its id, rules and entrants; its legs
    and advance are left out at their defaults (2 and 1) and read back as such."""
    group = cp.competition.Group(id="g", rules="classic", entrants=("A", "B"))
    edition = cp.competition.Edition(
        id="cup",
        name="Cup",
        stages=(
            cp.competition.Stage(
                id="s", phases=(cp.competition.Phase(id="p", groups=(group,)),)
            ),
        ),
    )
    expected = {
        "id": "g",
        "rules": "classic",
        "entrants": ["A", "B"],
    }

    assert expected == data(edition)["stages"][0]["phases"][0]["groups"][0]
    assert edition == cp.loads(cp.dumps(edition))
    assert edition == cp.loads(cp.dumps(edition))


PRESET_WITH_RANKING = """\
id = "cup"
name = "Cup"

[rules.tables.euro]
preset = "uefa-euro-2024"

[rules.tables.euro.ranking_values."European Qualifiers overall ranking"]
Spain = 1
Italy = 2
"""


def test_a_preset_takes_its_rankings_values_for_the_edition() -> None:
    """The Euro 2024 preset ranks by the qualifiers' ranking: the file gives its
    values, the rules hold them, and the file reads back as written."""
    edition = cp.loads(PRESET_WITH_RANKING)
    (named,) = edition.table_rules
    ranking = named.rules.tiebreakers[-1]

    assert isinstance(ranking, cp.tiebreak.Ranking)
    assert {"Spain": 1.0, "Italy": 2.0} == dict(ranking.values)
    assert PRESET_WITH_RANKING == cp.dumps(edition)


def test_ranking_values_for_a_ranking_the_preset_lacks_are_refused() -> None:
    """A ranking name the preset's chain does not have, at its key path."""
    text = PRESET_WITH_RANKING.replace(
        '"European Qualifiers overall ranking"', '"FIFA ranking"'
    )
    with pytest.raises(cp.ConfigError) as excinfo:
        cp.loads(text)

    assert (
        ("rules.tables.euro.ranking_values", "unknown ranking 'FIFA ranking'"),
    ) == excinfo.value.problems
