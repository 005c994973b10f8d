"""Write the bundled editions built from sourced results.

Each edition is built from a file of ``tests/golden/sources/`` (results with
their sources: openfootball, Wikipedia, newspapers, each cited there) and written
to ``src/copaperu/editions/``. Run it after changing a source file; the tests
replay the bundled files against the same sources.

    python scripts/bundle_editions.py
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import copaperu as cp
from copaperu import competition as c

ROOT = Path(__file__).parent.parent
_PAIRING = re.compile(r"(.+) \((\d[A-F])\) v (.+) \((\d[A-F])\)")
SOURCES = ROOT / "tests" / "golden" / "sources"
UCL = "uefa-champions-league-2024-25"
EDITIONS = ROOT / "src" / "copaperu" / "editions"


def load(name: str) -> dict[str, Any]:
    """The sourced results of *name*."""
    with (SOURCES / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def sources(case: dict[str, Any]) -> tuple[c.Source, ...]:
    """The sources a file cites, as the edition's."""
    return tuple(
        c.Source(key=s["key"], url=s.get("url", ""), title=s.get("title", ""))
        for s in case["sources"]
    )


def match(m: dict[str, Any], *, neutral: bool) -> cp.Match:
    """A sourced match, with its first source."""
    source = m.get("source", "").split(";")[0].strip()
    return cp.Match(
        home=m["home"],
        away=m["away"],
        score=cp.Score.parse(m["score"]),
        extra_time=cp.Score.parse(m["extra_time"]) if "extra_time" in m else None,
        penalties=cp.Score.parse(m["penalties"]) if "penalties" in m else None,
        neutral=neutral,
        date=m["date"],
        venue=m.get("venue", ""),
        label=m["round"],
        source=source,
    )


def nth(n: int) -> str:
    """*n* as an English ordinal (``"23rd"``)."""
    suffix = (
        "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    )
    return f"{n}{suffix}"


def winner(of: str) -> c.Reference:
    """The winner of tie *of*."""
    return c.Reference(kind=c.ReferenceKind.WINNER, of=of)


def loser(of: str) -> c.Reference:
    """The loser of tie *of*."""
    return c.Reference(kind=c.ReferenceKind.LOSER, of=of)


def fa_cup_1979_80() -> c.Edition:
    """The 1979-80 FA Cup semi-finals, with their replays, and the final."""
    case = load("fa-cup-1979-80-semi-final")
    cup = cp.TieRules(
        name="fa-cup",
        penalties=False,
        playoff=True,
        extra_time_from=1,
        source=(
            "As the record shows it: neither first match of the 1979-80 semi-finals "
            "went to extra time, both first replays did, no tie went to penalties, "
            "and ties were replayed until decided"
        ),
    )

    def tie(tie_id: str, teams: tuple[str, str], name: str) -> c.Tie:
        first, *replays = [
            match(m, neutral=True) for m in case["matches"] if m["tie"] == tie_id
        ]
        return c.Tie(
            id=tie_id,
            name=name,
            rules="fa-cup",
            entrants=teams,
            legs=(first,),
            replays=tuple(replays),
        )

    semis = c.Phase(
        id="semi-finals",
        name="Semi-finals",
        ties=(
            tie(
                "sf-arsenal-liverpool", ("Arsenal", "Liverpool"), "Arsenal v Liverpool"
            ),
            tie(
                "sf-westham-everton",
                ("West Ham United", "Everton"),
                "West Ham United v Everton",
            ),
        ),
    )
    (final_match,) = [m for m in case["matches"] if m["tie"] == "final"]
    final = c.Phase(
        id="final",
        name="Final",
        ties=(
            c.Tie(
                id="final",
                name="Final",
                rules="fa-cup",
                entrants=(winner("sf-westham-everton"), winner("sf-arsenal-liverpool")),
                legs=(match(final_match, neutral=True),),
            ),
        ),
    )
    return c.Edition(
        id="fa-cup-1979-80",
        name="FA Cup 1979-80, semi-finals and final",
        season="1979-80",
        notes=(
            "The last two rounds of the 1979-80 FA Cup. Arsenal and Liverpool needed "
            "three replays to settle their semi-final; West Ham United beat Everton "
            "in extra time of a replay, then Arsenal 1-0 in the final. Whether the "
            "second Arsenal-Liverpool replay went to extra time is not in the record."
        ),
        sources=sources(case),
        tie_rules=(c.NamedTieRules(name="fa-cup", rules=cup),),
        stages=(
            c.Stage(
                id="last-rounds", name="Semi-finals and final", phases=(semis, final)
            ),
        ),
        champion=winner("final"),
        placings=(c.Placing(place=2, team=loser("final")),),
    )


def group(
    case: dict[str, Any],
    table: dict[str, Any],
    *,
    rules: str,
    advance: int,
    host: str,
    recorded: tuple[c.RecordedPlace, ...] = (),
) -> c.Group:
    """A group of a tournament, from its published table and its matches.

    Matches are at a neutral venue unless the host plays at home; *recorded* holds
    places a source states.
    """
    letter = table["group"].removeprefix("Group ").lower()
    return c.Group(
        id=f"group-{letter}",
        name=table["group"],
        rules=rules,
        legs=1,
        advance=advance,
        entrants=tuple(row["team"] for row in table["rows"]),
        matches=tuple(
            match(m, neutral=m["home"] != host)
            for m in case["matches"]
            if m["round"] == table["group"]
        ),
        recorded=recorded,
        published=tuple(
            c.PublishedRow(source=table["source"], **row) for row in table["rows"]
        ),
        source=table["source"],
        notes=table.get("decided", ""),
    )


def recorded_places(
    table: dict[str, Any], teams: tuple[str, ...], source: str, notes: str
) -> tuple[c.RecordedPlace, ...]:
    """The places of *teams* in a published *table*, recorded from *source*."""
    return tuple(
        c.RecordedPlace(place=place, team=row["team"], source=source, notes=notes)
        for place, row in enumerate(table["rows"], start=1)
        if row["team"] in teams
    )


def place_in(slot: str) -> c.Reference:
    """A place in a group, written as a tournament writes it (``"2B"``)."""
    return c.Reference(
        kind=c.ReferenceKind.PLACE, of=f"group-{slot[1].lower()}", place=int(slot[0])
    )


class Knockout:
    """The one-match ties of a tournament's knockout rounds, from its matches."""

    def __init__(self, case: dict[str, Any], rules: str, host: str) -> None:
        """The knockout matches of *case*, decided by *rules*; *host* plays at home."""
        self.matches = case["matches"]
        self.rules = rules
        self.host = host
        self.played = {
            frozenset((m["home"], m["away"])): m
            for m in case["matches"]
            if not m["round"].startswith("Group")
        }

    def tie(
        self,
        tie_id: str,
        entrants: tuple[c.Entrant, c.Entrant],
        teams: tuple[str, str],
        name: str = "",
    ) -> c.Tie:
        """The tie between *teams*, its entrants named or referenced."""
        m = self.played[frozenset(teams)]
        return c.Tie(
            id=tie_id,
            name=name or f"{m['home']} v {m['away']}",
            rules=self.rules,
            entrants=entrants,
            legs=(match(m, neutral=m["home"] != self.host),),
        )

    def round_of_winners(self, name: str, prefix: str, previous: c.Phase) -> c.Phase:
        """A round whose ties are entered as the winners of *previous* ties.

        Each entrant is the winner of the tie of *previous* its team played in, so
        the bracket is the one the record shows.
        """

        def won(team: str) -> c.Reference:
            (tie,) = [
                t for t in previous.ties if team in (t.legs[0].home, t.legs[0].away)
            ]
            return winner(tie.id)

        played = [m for m in self.matches if m["round"] == name]
        return c.Phase(
            id=prefix,
            name=name,
            ties=tuple(
                self.tie(
                    f"{prefix}-{i}",
                    (won(m["home"]), won(m["away"])),
                    (m["home"], m["away"]),
                )
                for i, m in enumerate(played, start=1)
            ),
        )

    def finals(self, semi_finals: str, *, third_place: bool) -> c.Phase:
        """The final (and the third-place match) from the semi-finals' ties."""
        ties = []
        if third_place:
            ties.append(
                self.tie(
                    "third-place",
                    (loser(f"{semi_finals}-1"), loser(f"{semi_finals}-2")),
                    self.teams_of("Third place"),
                    name="Third place",
                )
            )
        ties.append(
            self.tie(
                "final",
                (winner(f"{semi_finals}-1"), winner(f"{semi_finals}-2")),
                self.teams_of("Final"),
                name="Final",
            )
        )
        return c.Phase(
            id="finals" if third_place else "final",
            name="Third place and final" if third_place else "Final",
            ties=tuple(ties),
        )

    def later_rounds(
        self, round_of_16: c.Phase, *, third_place: bool
    ) -> tuple[c.Phase, ...]:
        """The round of 16, the quarter- and semi-finals by winners, and the finals."""
        quarter_finals = self.round_of_winners("Quarter-finals", "qf", round_of_16)
        semi_finals = self.round_of_winners("Semi-finals", "sf", quarter_finals)
        return (
            round_of_16,
            quarter_finals,
            semi_finals,
            self.finals("sf", third_place=third_place),
        )

    def stages(
        self, groups: c.Phase, round_of_16: c.Phase, *, third_place: bool
    ) -> tuple[c.Stage, c.Stage]:
        """A tournament's group stage (*groups*) and its knockout stage."""
        return (
            c.Stage(id="group-stage", name="Group stage", phases=(groups,)),
            c.Stage(
                id="knockout-stage",
                name="Knockout stage",
                phases=self.later_rounds(round_of_16, third_place=third_place),
            ),
        )

    @staticmethod
    def placings(*, third_place: bool) -> tuple[c.Placing, ...]:
        """The places after the champion.

        2nd the final's loser; 3rd and 4th from the third-place match, or the
        losing semi-finalists sharing third place when there is none.
        """
        if third_place:
            return (
                c.Placing(place=2, team=loser("final")),
                c.Placing(place=3, team=winner("third-place")),
                c.Placing(place=4, team=loser("third-place")),
            )
        return (
            c.Placing(place=2, team=loser("final")),
            c.Placing(place=3, team=loser("sf-1")),
            c.Placing(place=3, team=loser("sf-2")),
        )

    def teams_of(self, round_name: str) -> tuple[str, str]:
        """The two teams of the only match of *round_name*."""
        (m,) = [m for m in self.matches if m["round"] == round_name]
        return m["home"], m["away"]


def fifa_world_cup_2018() -> c.Edition:
    """The 2018 World Cup, groups to final.

    Eight groups, the round of 16 from the group places, the later rounds as
    played, the third-place match and the final.
    """
    case = load("fifa-world-cup-2018")
    groups = []
    for table in case["tables"]:
        recorded: tuple[c.RecordedPlace, ...] = ()
        for decision in case["decisions"]:
            if decision["group"] == table["group"]:
                notes = f"{decision['criterion']}: {decision['values']}"
                recorded = recorded_places(
                    table, tuple(decision["teams"]), decision["source"], notes
                )
        groups.append(
            group(
                case,
                table,
                rules="fifa-world-cup-2018",
                advance=2,
                host="Russia",
                recorded=recorded,
            )
        )
    knockout = Knockout(case, "fifa", host="Russia")
    round_of_16 = c.Phase(
        id="r16",
        name="Round of 16",
        ties=tuple(
            knockout.tie(
                f"r16-{i}",
                (place_in(b["home_slot"]), place_in(b["away_slot"])),
                (b["home"], b["away"]),
            )
            for i, b in enumerate(case["bracket"], start=1)
        ),
    )
    return c.Edition(
        id="fifa-world-cup-2018",
        name="2018 FIFA World Cup",
        season="2018",
        notes=(
            "The 21st World Cup, in Russia: 32 teams in eight groups of four, the top "
            "two of each into a knockout stage of one-match ties. Group H's second "
            "place went to Japan over Senegal on fair-play points (the cards behind "
            "them are not in the record, so that place is recorded, not computed). "
            "The quarter-finals onwards are entered as the winners of the earlier "
            "ties, as the record has them meet."
        ),
        sources=sources(case),
        tie_rules=(
            c.NamedTieRules(
                name="fifa",
                rules=cp.TieRules(
                    name="FIFA World Cup 2018 knockout",
                    source="FIFA World Cup 2018 regulations: extra time, then kicks "
                    "from the penalty mark",
                ),
            ),
        ),
        stages=knockout.stages(
            c.Phase(id="groups", groups=tuple(groups)), round_of_16, third_place=True
        ),
        champion=winner("final"),
        placings=Knockout.placings(third_place=True),
    )


def fifa_world_cup_1994() -> c.Edition:
    """The 1994 World Cup, groups to final.

    Six groups; the top two of each and the four best third-placed teams into the
    round of 16, the thirds' opponents given by the regulations' table (the
    ``fifa-world-cup-1986`` allocation preset, checked here against the table the
    sources reproduce); the later rounds by winners, the third-place match and the
    final.
    """
    case = load("fifa-world-cup-1994")
    letters = "ABCDEF"
    preset = c.allocation_preset("fifa-world-cup-1986")
    for row in case["combinations"]:
        sourced = {
            slot: third.removeprefix("3") for slot, third in row["slots"].items()
        }
        assert sourced == dict(preset.row_for(row["groups"]).slots), row
    assert len(case["combinations"]) == len(preset.rows)
    groups = tuple(
        group(case, table, rules="fifa-world-cup-1994", advance=3, host="USA")
        for table in case["tables"]
    )
    third_placed = case["third_placed"]
    thirds = c.PlaceRanking(
        id="third-placed",
        name="Third-placed teams",
        rules="fifa-1994-third-placed",
        place=3,
        groups=tuple(f"group-{g.lower()}" for g in letters),
        advance=4,
        allocation_preset=preset.name,
        source=third_placed["source"],
        notes=(
            "Ranked by points, goal difference and goals scored, then lots, as the "
            "Baltimore Sun of 1994-06-27 reported the tie-breakers (the text of the "
            "1994 regulations is not in the record); the four best meet the winners "
            "of groups A-D as the regulations' table gives (wiki-knockout)."
        ),
    )

    def entrant(slot: str, other: str) -> c.Reference:
        if slot.startswith("3"):  # a third-placed team: the slot of its opponent
            return c.Reference(kind=c.ReferenceKind.SLOT, of=thirds.id, slot=other)
        return place_in(slot)

    knockout = Knockout(case, "fifa", host="USA")
    round_of_16 = c.Phase(
        id="r16",
        name="Round of 16",
        ties=tuple(
            knockout.tie(
                f"r16-{i}",
                (
                    entrant(b["home_slot"], b["away_slot"]),
                    entrant(b["away_slot"], b["home_slot"]),
                ),
                (b["home"], b["away"]),
            )
            for i, b in enumerate(case["bracket"], start=1)
        ),
    )
    return c.Edition(
        id="fifa-world-cup-1994",
        name="1994 FIFA World Cup",
        season="1994",
        notes=(
            "The 15th World Cup, in the United States: 24 teams in six groups of "
            "four, three points for a win for the first time; the top two of each "
            "group and the four best third-placed teams into a knockout stage of "
            "one-match ties, the thirds' opponents given by the regulations' table. "
            "The quarter-finals onwards are entered as the winners of the earlier "
            "ties, as the record has them meet. Brazil beat Italy on penalties in "
            "the final, the first decided by a shoot-out."
        ),
        sources=sources(case),
        table_rules=(
            c.NamedTableRules(
                name="fifa-1994-third-placed",
                rules=cp.TableRules(
                    name="FIFA World Cup 1994, third-placed teams",
                    points=cp.PointsScheme.THREE_FOR_A_WIN,
                    tiebreakers=(
                        cp.tiebreak.points(),
                        cp.tiebreak.goal_difference(),
                        cp.tiebreak.goals_for(),
                        cp.tiebreak.drawing_of_lots(),
                    ),
                    source=third_placed["criteria"],
                ),
            ),
        ),
        tie_rules=(
            c.NamedTieRules(
                name="fifa",
                rules=cp.TieRules(
                    name="FIFA World Cup 1994 knockout",
                    source="extra time, then kicks from the penalty mark (matches "
                    "of the record)",
                ),
            ),
        ),
        stages=knockout.stages(
            c.Phase(id="groups", groups=groups, rankings=(thirds,)),
            round_of_16,
            third_place=True,
        ),
        champion=winner("final"),
        placings=Knockout.placings(third_place=True),
    )


def uefa_champions_league_2024_25() -> c.Edition:
    """The 2024-25 Champions League, league phase to final.

    The league phase as a listed schedule of 144 matches; the clubs placed 9th to
    24th into the knockout phase play-offs, drawn in the regulations' pots of
    pairs; the top eight into the round of 16 (a bye past the play-offs); the
    bracket to the final in Munich.
    """
    with (ROOT / "tests" / "golden" / "league_phase" / f"{UCL}.toml").open("rb") as f:
        league = tomllib.load(f)
    case = load(f"{UCL}-knockout")
    position = {p["team"]: p["position"] for p in case["league_positions"]}

    def place(n: int) -> c.Reference:
        return c.Reference(kind=c.ReferenceKind.PLACE, of="league-phase", place=n)

    def entrant(text: str) -> c.Entrant:  # "winner of po-5" or "Arsenal FC (...)"
        if text.startswith("winner of "):
            return winner(text.removeprefix("winner of "))
        return place(position[text.split(" (")[0]])

    teams = sorted({m["home"] for m in league["matches"]})
    group = c.Group(
        id="league-phase",
        name="League phase",
        rules="uefa-champions-league-2024",
        schedule=c.Schedule.LISTED,
        advance=tuple(league["advance"]),
        entrants=tuple(teams),
        matches=tuple(
            cp.Match(
                home=m["home"],
                away=m["away"],
                score=cp.Score.parse(m["score"]),
                label=f"Matchday {m['matchday']}",
                source="OF-LP",
            )
            for m in league["matches"]
        ),
        recorded=tuple(
            c.RecordedPlace(
                place=p["position"],
                team=p["team"],
                source=p["source"],
                notes=f"published as {p['as_published']}",
            )
            for p in case["league_positions"]
        ),
        published=tuple(
            c.PublishedRow(
                source="EXPO",
                **{k: v for k, v in row.items() if k != "position"},
            )
            for row in league["table"]
        ),
        source="OF-LP",
        notes=league["decided"],
    )
    pots = []
    for pair in case["play_off_pairs"]:
        seeded, unseeded = pair["seeded"], pair["unseeded"]
        for mine, theirs, kind in (
            (seeded, unseeded, "Seeded"),
            (unseeded, seeded, "Unseeded"),
        ):
            pots.append(
                c.Pot(
                    id=f"{mine[0]}-{mine[1]}",
                    name=f"{kind}, league phase {nth(mine[0])} and {nth(mine[1])}",
                    entrants=tuple(place(n) for n in mine),
                    against=(f"{theirs[0]}-{theirs[1]}",),
                )
            )
    bracket = {b["tie"]: b["entrants"] for b in case["bracket"]}

    def legs(tie: str) -> tuple[cp.Match, ...]:
        played = sorted(
            (m for m in case["matches"] if m["tie"] == tie),
            key=lambda m: m.get("leg", 1),
        )
        return tuple(
            cp.Match(
                home=m["home"],
                away=m["away"],
                score=cp.Score.parse(m["score"]),
                extra_time=cp.Score.parse(m["extra_time"])
                if "extra_time" in m
                else None,
                penalties=cp.Score.parse(m["penalties"]) if "penalties" in m else None,
                neutral=tie == "final",
                date=m["date"],
                venue=m.get("venue", ""),
                label=m["round"],
                source="OF",
            )
            for m in played
        )

    def knockout_round(prefix: str, **extra: Any) -> c.Phase:
        ties = [t for t in case["ties"] if t["tie"].split("-")[0] == prefix]
        return c.Phase(
            id=prefix,
            name=ties[0]["round"],
            ties=tuple(
                c.Tie(
                    id=t["tie"],
                    name=" v ".join(t["teams"]),
                    rules="uefa-club-2021-knockout",
                    entrants=tuple(
                        entrant(e)
                        for e in bracket.get(
                            t["tie"], [f"{team} (play-off)" for team in t["teams"]]
                        )
                    ),
                    legs=legs(t["tie"]),
                )
                for t in ties
            ),
            **extra,
        )

    play_offs = knockout_round(
        "po",
        pots=tuple(pots),
        notes=(
            "Drawn in pairs of league-phase places (REGS, art. 19.02): 9th or 10th "
            "against 23rd or 24th, 11th or 12th against 21st or 22nd, and so on; "
            "the seeded club at home in the second leg."
        ),
    )
    round_of_16 = knockout_round(
        "r16",
        pots=(
            c.Pot(
                id="top-eight",
                name="League phase 1st to 8th",
                entrants=tuple(place(n) for n in range(1, 9)),
                against=("play-off-winners",),
            ),
            c.Pot(
                id="play-off-winners",
                name="Winners of the play-offs",
                entrants=tuple(winner(t.id) for t in play_offs.ties),
                against=("top-eight",),
            ),
        ),
        notes=(
            "The top eight of the league phase enter here, a bye past the play-offs, "
            "each drawn against a play-off winner (REGS, art. 19.03)."
        ),
    )
    return c.Edition(
        id="uefa-champions-league-2024-25",
        name="2024-25 UEFA Champions League",
        season="2024-25",
        notes=(
            "The first Champions League of 36 clubs in one league phase: eight "
            "matches each against eight different opponents, ranked in one table. "
            "The top eight went straight to the round of 16; the clubs placed 9th "
            "to 24th played two-legged play-offs, drawn in pairs of places; from "
            "there a bracket of two-legged ties (no away goals; extra time, then "
            "penalties) to a one-match final in Munich."
        ),
        sources=(
            *(
                c.Source(key=s["key"], url=s["url"], title=s.get("title", ""))
                for s in league["sources"]
            ),
            *sources(case),
        ),
        stages=(
            c.Stage(
                id="league-phase",
                name="League phase",
                phases=(c.Phase(id="league", groups=(group,)),),
            ),
            c.Stage(
                id="knockout-phase",
                name="Knockout phase",
                phases=(
                    play_offs,
                    round_of_16,
                    knockout_round("qf"),
                    knockout_round("sf"),
                    knockout_round("final"),
                ),
            ),
        ),
        champion=winner("final"),
        placings=(c.Placing(place=2, team=loser("final")),),
    )


def uefa_euro_2024() -> c.Edition:
    """Euro 2024, groups to final.

    Six groups, the four best third-placed teams and the combination table that
    gives their round-of-16 slots, the round of 16 from the group places, the later
    rounds as played, the final; no third-place match, so the losing
    semi-finalists share third place.
    """
    case = load("uefa-euro-2024")
    letters = "ABCDEF"
    groups = []
    for table in case["tables"]:
        recorded: tuple[c.RecordedPlace, ...] = ()
        if table["group"] == "Group C":  # decided on cards the record does not hold
            recorded = recorded_places(
                table,
                ("Denmark", "Slovenia"),
                "UEFA_THROUGH",
                "Denmark ahead of Slovenia on disciplinary points (UEFA)",
            )
        groups.append(
            group(
                case,
                table,
                rules="uefa-euro-2024",
                advance=3,
                host="Germany",
                recorded=recorded,
            )
        )
    thirds = c.PlaceRanking(
        id="third-placed",
        name="Third-placed teams",
        rules="uefa-euro-2024-third-placed",
        place=3,
        groups=tuple(f"group-{g.lower()}" for g in letters),
        advance=4,
        allocation=tuple(
            c.AllocationRow(
                groups=tuple(f"group-{g.lower()}" for g in row["groups"]),
                slots=tuple(
                    (slot, f"group-{third.removeprefix('3').lower()}")
                    for slot, third in row["slots"].items()
                ),
            )
            for row in case["combinations"]
        ),
        source="WIKI_KO",
        notes=(
            "Ranked by points, goal difference, goals scored, wins, disciplinary "
            "points and the European Qualifiers ranking (UEFA_3RD); the slots are "
            "the regulations' combination table (WIKI_KO)."
        ),
    )

    def slot(name: str) -> c.Reference:
        return c.Reference(kind=c.ReferenceKind.SLOT, of="third-placed", slot=name)

    knockout = Knockout(case, "uefa-euro-2024-knockout", host="Germany")
    used = case["combination_2024"]
    pairings = [
        ((place_in(f"1{p['slot'][1]}"), slot(p["slot"])), (p["winner"], p["third"]))
        for p in used["pairings"]
    ]
    for other in used["other_round_of_16"]:  # "Switzerland (2A) v Italy (2B)"
        found = _PAIRING.fullmatch(other)
        assert found is not None, other
        home, home_slot, away, away_slot = found.groups()
        pairings.append(((place_in(home_slot), place_in(away_slot)), (home, away)))
    round_of_16 = c.Phase(
        id="r16",
        name="Round of 16",
        ties=tuple(
            knockout.tie(f"r16-{i}", entrants, teams)
            for i, (entrants, teams) in enumerate(pairings, start=1)
        ),
    )
    return c.Edition(
        id="uefa-euro-2024",
        name="UEFA Euro 2024",
        season="2024",
        notes=(
            "The 17th European Championship, in Germany: 24 teams in six groups of "
            "four; the top two of each and the four best third-placed teams into the "
            "round of 16, the thirds' slots given by the regulations' combination "
            "table. Group C's second place went to Denmark over Slovenia on "
            "disciplinary points, whose cards are not in the record (recorded, not "
            "computed). The quarter-finals onwards are entered as the winners of the "
            "earlier ties, as the record has them meet. No third-place match: the losing semi-finalists share "
            "third place."
        ),
        sources=sources(case),
        tie_rules=(
            c.NamedTieRules(
                name="uefa-euro-2024-knockout",
                rules=cp.TieRules(
                    name="UEFA Euro 2024 knockout",
                    source="extra time, then kicks from the penalty mark (matches "
                    "of the record)",
                ),
            ),
        ),
        stages=knockout.stages(
            c.Phase(id="groups", groups=tuple(groups), rankings=(thirds,)),
            round_of_16,
            third_place=False,
        ),
        champion=winner("final"),
        placings=Knockout.placings(third_place=False),
    )


# Each bundled edition: how it is built, and the source file it is built from.
BUNDLED = (
    (fa_cup_1979_80, "fa-cup-1979-80-semi-final"),
    (fifa_world_cup_1994, "fifa-world-cup-1994"),
    (fifa_world_cup_2018, "fifa-world-cup-2018"),
    (uefa_champions_league_2024_25, "uefa-champions-league-2024-25-knockout"),
    (uefa_euro_2024, "uefa-euro-2024"),
)


def bundled_text(edition: c.Edition, source: str) -> tuple[Path, str]:
    """The bundled file of *edition* and its text, built from the file *source*."""
    header = (
        f"# Written by scripts/bundle_editions.py from tests/golden/sources/{source}.toml:\n"
        "# every result there cites its source; rerun the script to change this file.\n\n"
    )
    return EDITIONS / f"{edition.id.replace('-', '_')}.toml", header + cp.dumps(edition)


if __name__ == "__main__":
    for build, source in BUNDLED:
        path, text = bundled_text(build(), source)
        path.write_text(text, encoding="utf-8")
