"""Golden test: the 1979-80 FA Cup semi-finals, decided by replays, and the final.

From ``sources/fa-cup-1979-80-semi-final.toml`` (The National, The Times,
playupliverpool.com, evertonresults.com, whufc.com, the BBC and Wikipedia, each
cited there). Arsenal and Liverpool needed three replays; West Ham United and
Everton one, decided in extra time. The rules are read from the record itself:
neither first match went to extra time and both first replays did, and no tie went
to penalties (the FA's own text for 1980 is not in the record).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import copaperu as cp
from copaperu import competition as c

SOURCE = Path(__file__).parent / "sources" / "fa-cup-1979-80-semi-final.toml"
RULES = cp.TieRules(penalties=False, playoff=True, extra_time_from=1)


@pytest.fixture(scope="module")
def case() -> dict[str, Any]:
    with SOURCE.open("rb") as handle:
        return tomllib.load(handle)


def matches(case: dict[str, Any], tie: str) -> list[cp.Match]:
    return [
        cp.Match(
            home=m["home"],
            away=m["away"],
            score=cp.Score.parse(m["score"]),
            extra_time=cp.Score.parse(m["extra_time"]) if "extra_time" in m else None,
            neutral=m["neutral"],
            date=m["date"],
            label=m["round"],
        )
        for m in case["matches"]
        if m["tie"] == tie
    ]


def edition(case: dict[str, Any]) -> c.Edition:
    def semi(tie_id: str, entrants: tuple[str, str]) -> c.Tie:
        first, *replays = matches(case, tie_id)
        return c.Tie(
            id=tie_id,
            rules="fa-cup",
            entrants=entrants,
            legs=(first,),
            replays=tuple(replays),
        )

    semis = c.Phase(
        id="semi-finals",
        ties=(
            semi("sf-arsenal-liverpool", ("Arsenal", "Liverpool")),
            semi("sf-westham-everton", ("West Ham United", "Everton")),
        ),
    )
    final = c.Phase(
        id="final",
        ties=(
            c.Tie(
                id="final",
                rules="fa-cup",
                entrants=(
                    c.Reference(kind=c.ReferenceKind.WINNER, of="sf-westham-everton"),
                    c.Reference(kind=c.ReferenceKind.WINNER, of="sf-arsenal-liverpool"),
                ),
                legs=tuple(matches(case, "final")),
            ),
        ),
    )
    return c.Edition(
        id="fa-cup-1979-80",
        name="FA Cup 1979-80, semi-finals and final",
        tie_rules=(c.NamedTieRules(name="fa-cup", rules=RULES),),
        stages=(c.Stage(id="last-rounds", phases=(semis, final)),),
        champion=c.Reference(kind=c.ReferenceKind.WINNER, of="final"),
    )


def test_arsenal_through_after_three_replays(case: dict[str, Any]) -> None:
    """0-0, 1-1 after extra time, 1-1, then Arsenal 1-0 at Highfield Road."""
    tie = cp.replay(edition(case)).tie("sf-arsenal-liverpool")

    assert tie.outcome is not None
    assert ("Arsenal", cp.DecidedBy.REPLAY) == (tie.winner, tie.outcome.decided_by)
    assert 4 == len(tie.outcome.matches)
    assert (
        "replay: Arsenal 1-0 Liverpool: Arsenal through in normal time"
        in tie.outcome.explain().splitlines()
    )


def test_west_ham_through_in_extra_time_of_the_replay(case: dict[str, Any]) -> None:
    """1-1 at Villa Park; at Elland Road 0-0 after 90 minutes, 2-1 to West Ham
    after extra time."""
    tie = cp.replay(edition(case)).tie("sf-westham-everton")

    assert tie.outcome is not None
    assert "West Ham United" == tie.winner
    assert (
        "replay: Everton 1-2 West Ham United: West Ham United through in extra time"
        in tie.outcome.explain().splitlines()
    )


def test_west_ham_win_the_cup(case: dict[str, Any]) -> None:
    """The final, West Ham United 1-0 Arsenal at Wembley; nothing left unknown."""
    result = cp.replay(edition(case))

    assert "West Ham United" == result.champion
    assert () == result.unknowns
    assert () == result.contradictions


def test_the_edition_with_replays_reads_back_from_its_file(
    case: dict[str, Any],
) -> None:
    """``replays`` and the tie rules' ``extra_time_from`` are written and read."""
    text = cp.dumps(edition(case))

    assert "extra_time_from = 1" in text
    assert "[[stages.phases.ties.replays]]" in text
    assert edition(case) == cp.loads(text)


def test_a_replay_after_the_tie_was_decided_is_refused(case: dict[str, Any]) -> None:
    """A replay recorded after West Ham had won is refused where it stands."""
    first, replay = matches(case, "sf-westham-everton")
    extra = cp.Match(home="West Ham United", away="Everton", score=cp.Score(1, 0))
    phase = c.Phase(
        id="semi-finals",
        ties=(
            c.Tie(
                id="sf",
                rules="fa-cup",
                entrants=("West Ham United", "Everton"),
                legs=(first,),
                replays=(replay, extra),
            ),
        ),
    )
    with pytest.raises(cp.ConfigError) as excinfo:
        c.Edition(
            id="x",
            name="x",
            tie_rules=(c.NamedTieRules(name="fa-cup", rules=RULES),),
            stages=(c.Stage(id="s", phases=(phase,)),),
        )
    ((where, what),) = excinfo.value.problems

    assert "stages[0].phases[0].ties[0].replays" == where
    assert (
        "a replay recorded (West Ham United 1-0 Everton) for a tie already decided"
        in what
    )
