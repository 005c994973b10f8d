"""A local Hypothesis strategy for small but whole editions (groups feeding a final)."""

from __future__ import annotations

from hypothesis import strategies as st

import copaperu as cp

NAMES = [
    "Alianza", "Bolognesi", "Cienciano", "Deportivo", "Estudiantes", "Grau",
    "Hidro", "Juventud", "León", "Melgar", "Ugarte", "Torino",
]  # fmt: skip


@st.composite
def matches_between(
    draw: st.DrawFn, teams: list[str], legs: int
) -> tuple[cp.Match, ...]:
    found = []
    for i, home in enumerate(teams):
        for j, away in enumerate(teams):
            if (legs == 2 and i != j) or (legs == 1 and i < j):
                kind = draw(
                    st.sampled_from(["score", "score", "unknown", "absent", "ruled"])
                )
                if kind == "absent":
                    continue
                score = None
                rulings: tuple[cp.Ruling, ...] = ()
                if kind != "unknown":
                    score = cp.Score(draw(st.integers(0, 4)), draw(st.integers(0, 4)))
                if kind == "ruled":
                    rulings = (
                        cp.Forfeit(
                            awarded_to=home, score=cp.Score(3, 0), reason="walkover"
                        ),
                    )
                found.append(
                    cp.Match(
                        home=home,
                        away=away,
                        score=score,
                        rulings=rulings,
                        date=draw(st.sampled_from([None, "1998-10-04"])),
                        label=draw(st.sampled_from(["", "round 1"])),
                    )
                )
    return tuple(found)


@st.composite
def editions(draw: st.DrawFn) -> cp.Edition:
    names = draw(st.lists(st.sampled_from(NAMES), min_size=4, max_size=8, unique=True))
    half = len(names) // 2
    groups = []
    table_rules = (
        cp.NamedTableRules(
            name="spelled-out",
            rules=cp.TableRules(
                name="spelled-out",
                tiebreakers=(
                    cp.tiebreak.points(),
                    cp.tiebreak.head_to_head(reapply=draw(st.booleans())),
                    cp.tiebreak.goal_difference(),
                    cp.tiebreak.drawing_of_lots(seed=draw(st.integers(0, 9))),
                ),
            ),
        ),
    )
    for index, members in enumerate((names[:half], names[half:])):
        legs = draw(st.sampled_from([1, 2]))
        groups.append(
            cp.Group(
                id=f"group-{index}",
                name=f"Group {index}",
                rules=draw(
                    st.sampled_from(["spelled-out", "copa-peru-1998", "classic"])
                ),
                legs=legs,
                advance=1,
                entrants=tuple(members),
                matches=draw(matches_between(members, legs)),
                source="S",
            )
        )
    final_legs: tuple[cp.Match, ...] = ()
    if draw(st.booleans()):
        first, second = names[0], names[half]
        final_legs = (
            cp.Match(
                home=first, away=second, score=cp.Score(draw(st.integers(0, 3)), 1)
            ),
        )
    final = cp.Tie(
        id="final",
        rules=draw(st.sampled_from(["copa-peru-1998-knockout", "uefa-club-2021"])),
        entrants=(
            cp.Reference(kind=cp.ReferenceKind.PLACE, of="group-0", place=1),
            cp.Reference(kind=cp.ReferenceKind.PLACE, of="group-1", place=1),
        ),
        legs=final_legs,
        recorded=draw(
            st.sampled_from([None, cp.RecordedWinner(winner=names[0], source="S")])
        ),
    )
    return cp.Edition(
        id="generated",
        name="Generated Cup",
        sources=(cp.Source(key="S", title="generated"),),
        teams=tuple(cp.Team(name=name) for name in names),
        table_rules=table_rules,
        stages=(
            cp.Stage(id="groups", phases=(cp.Phase(id="round", groups=tuple(groups)),)),
            cp.Stage(
                id="final-stage", phases=(cp.Phase(id="final-round", ties=(final,)),)
            ),
        ),
        champion=cp.Reference(kind=cp.ReferenceKind.WINNER, of="final"),
        promoted=(cp.Reference(kind=cp.ReferenceKind.WINNER, of="final"),),
    )
