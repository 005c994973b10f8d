"""Golden test: the 2024-25 UEFA Champions League league phase, one table of 36.

The file in ``league_phase/`` holds all 144 matches and the places its sources
publish (18 of the 36, and the top four rows with their figures). Nothing in it
comes from copaperu. The table is ranked by the league-phase preset, whose
criteria after points are goal difference, goals, away goals, wins, away wins and
then the opponents' figures.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import copaperu as cp

CASE = Path(__file__).parent / "league_phase" / "uefa-champions-league-2024-25.toml"


def load() -> dict[str, Any]:
    with CASE.open("rb") as handle:
        return tomllib.load(handle)


def table(case: dict[str, Any]) -> cp.Standings:
    matches = [
        cp.Match(
            home=match["home"],
            away=match["away"],
            score=cp.Score.parse(match["score"]),
        )
        for match in case["matches"]
    ]
    teams = sorted({team for match in matches for team in match.teams})
    rules = cp.rules.UEFA_CHAMPIONS_LEAGUE_2024
    assert case["points"] == str(rules.points)
    return cp.standings(teams, matches, rules, advance=case["advance"])


def test_every_team_plays_eight_different_opponents() -> None:
    """The file is whole: 36 teams, 144 matches, eight opponents each, none twice."""
    case = load()
    opponents: dict[str, list[str]] = {}
    for match in case["matches"]:
        opponents.setdefault(match["home"], []).append(match["away"])
        opponents.setdefault(match["away"], []).append(match["home"])

    assert 144 == len(case["matches"])
    assert 36 == len(opponents)
    assert all(8 == len(set(faced)) == len(faced) for faced in opponents.values())


def test_published_places() -> None:
    """Every place the sources publish is the computed one, and no tie is open."""
    case = load()
    computed = table(case)
    places = {row.team: row.position for row in computed.rows}

    assert {p["team"]: p["position"] for p in case["positions"]} == {
        p["team"]: places[p["team"]] for p in case["positions"]
    }
    assert () == computed.level_teams


def test_published_rows() -> None:
    """The top four rows, figure by figure."""
    case = load()
    rows = {row.team: row for row in table(case).rows}

    for published in case["table"]:
        row = rows[published["team"]]

        assert published == {key: getattr(row, key) for key in published}


def test_away_wins_put_real_madrid_above_bayern() -> None:
    """Level on points, goals, away goals and wins; Real Madrid won twice away."""
    separations = [str(s) for s in table(load()).explain().separations]

    assert "Real Madrid CF above FC Bayern München on away wins: 2 vs 1" in separations


def edition(
    case: dict[str, Any], matches: list[dict[str, Any]]
) -> cp.competition.Edition:
    """The league phase as an edition: one group whose schedule is its 144 matches."""
    teams = sorted(
        {m["home"] for m in case["matches"]} | {m["away"] for m in case["matches"]}
    )
    group = cp.competition.Group(
        id="league-phase",
        rules="uefa-champions-league-2024",
        entrants=tuple(teams),
        schedule=cp.competition.Schedule.LISTED,
        advance=(8, 24),
        matches=tuple(
            cp.Match(
                home=m["home"],
                away=m["away"],
                score=cp.Score.parse(m["score"]) if "score" in m else None,
                label=f"Matchday {m['matchday']}",
            )
            for m in matches
        ),
    )
    phase = cp.competition.Phase(id="league", groups=(group,))
    return cp.competition.Edition(
        id="ucl-2024-25",
        name=case["title"],
        stages=(cp.competition.Stage(id="league-phase", phases=(phase,)),),
    )


def test_the_league_phase_as_an_edition_is_complete_with_its_144_matches() -> None:
    """A listed schedule: 144 of 144 results, the published places computed, nothing
    unknown (a round robin of 36 would have wanted 1,260 matches)."""
    case = load()
    result = cp.replay(edition(case, case["matches"]))
    group = result.group("league-phase")
    places = {p.team: p.place for p in group.places}

    assert (144, 144, True) == (
        group.results_known,
        group.results_expected,
        group.complete,
    )
    assert () == result.unknowns
    assert {p["team"]: p["position"] for p in case["positions"]} == {
        p["team"]: places[p["team"]] for p in case["positions"]
    }


def test_a_listed_schedule_with_results_missing_says_how_many() -> None:
    """The last matchday's 18 results left out: 126 of the 144 fixtures known, and
    the league phase not complete."""
    case = load()
    without_last = [
        {k: v for k, v in m.items() if not (k == "score" and m["matchday"] == 8)}
        for m in case["matches"]
    ]
    group = cp.replay(edition(case, without_last)).group("league-phase")

    assert (126, 144, False) == (
        group.results_known,
        group.results_expected,
        group.complete,
    )


def test_the_league_phase_has_two_qualification_lines() -> None:
    """``advance = [8, 24]``: the top eight to the round of 16, the next sixteen to
    the play-offs; the table knows both lines and the file keeps them."""
    case = load()
    edition_ = edition(case, case["matches"])
    group = cp.replay(edition_).group("league-phase")

    assert group.standings is not None
    assert (8, 24) == group.standings.advance
    assert "advance = [\n    8,\n    24,\n]" in cp.dumps(edition_)
    assert edition_ == cp.loads(cp.dumps(edition_))
