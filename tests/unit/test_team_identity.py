"""One team, one name: Unicode NFC everywhere, and an edition's aliases.

"Atlético Grau" typed with a precomposed "é" and with "e" and a combining accent
is one team; the 1997 edition's "U.P.A.O." is the 1998 edition's "Deportivo
UPAO", by the aliases each file declares.
"""

from __future__ import annotations

import io
import unicodedata
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import copaperu as cp
from copaperu.io import read_csv

COMPOSED = "Atlético Grau"
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


def test_the_two_spellings_differ_as_strings() -> None:
    """The premise: Python compares code points, so these are two strings."""
    assert COMPOSED != DECOMPOSED
    assert len(DECOMPOSED) == len(COMPOSED) + 1


def test_a_match_keeps_a_name_composed() -> None:
    """A match made with the decomposed name holds the composed one."""
    match = cp.Match(home=DECOMPOSED, away="Sporting Cristal")

    assert COMPOSED == match.home
    assert match == cp.Match(home=COMPOSED, away="Sporting Cristal")
    assert (COMPOSED, "Sporting Cristal") == cp.Match.from_rows(
        [(DECOMPOSED, "Sporting Cristal", 1, 0)]
    )[0].teams


def test_one_team_whichever_way_it_is_typed() -> None:
    """Listed one way and played the other: one row, all its matches counted,
    aligned like any other."""
    matches: list[cp.Match | cp.Row] = [
        cp.Match(home=DECOMPOSED, away="Sporting Cristal", score=cp.Score(2, 0)),
        ("Sporting Cristal", DECOMPOSED, 1, 1),
    ]
    table = cp.standings([COMPOSED, "Sporting Cristal"], matches, cp.rules.CLASSIC)
    decomposed_list = cp.standings(
        [DECOMPOSED, "Sporting Cristal"], matches, cp.rules.CLASSIC
    )

    assert (COMPOSED, "Sporting Cristal") == table.order
    assert 4 == table.row(COMPOSED).points
    assert table == decomposed_list
    assert (
        (COMPOSED,),
        ("Sporting Cristal",),
    ) == cp.rank_rows(
        [DECOMPOSED, "Sporting Cristal"],
        [(DECOMPOSED, "Sporting Cristal", 2, 0), ("Sporting Cristal", COMPOSED, 1, 1)],
        cp.rules.CLASSIC,
    )


def test_a_decomposed_name_and_an_alias_land_on_the_same_team() -> None:
    """A results file that writes I.M.I. as "IMI" and Atlético Torino with a
    combining accent reads, through the 1998 edition's aliases, into the
    edition's own two teams."""
    edition = cp.load_edition("copa-peru-1998")
    text = (
        "home,away,hg,ag\n"
        f"IMI,{unicodedata.normalize('NFD', 'Atlético Torino')},2,1\n"
        "Atlético Torino,I.M.I.,0,0\n"
    )
    season = read_csv(
        io.StringIO(text),
        {"home": "home", "away": "away", "home_goals": "hg", "away_goals": "ag"},
        teams=[team.name for team in edition.teams],
        aliases=edition.aliases(),
    )

    assert ("I.M.I.", "Atlético Torino") == season.matches[0].teams
    assert ("Atlético Torino", "I.M.I.") == season.matches[1].teams
    assert {"I.M.I.", "Atlético Torino"} == {t for m in season.matches for t in m.teams}
    assert "I.M.I." == edition.team_named("IMI")
    assert "Atlético Torino" == edition.team_named(
        unicodedata.normalize("NFD", "Atlético Torino")
    )


def test_the_two_copa_peru_editions_name_each_other_s_clubs() -> None:
    """1997's U.P.A.O. and Colegio Nacional are 1998's Deportivo UPAO and CNI."""
    e97, e98 = cp.load_edition("copa-peru-1997"), cp.load_edition("copa-peru-1998")

    assert "Deportivo UPAO" == e98.team_named("U.P.A.O.")
    assert "U.P.A.O." == e97.team_named("Deportivo UPAO")
    assert "CNI" == e98.team_named("Colegio Nacional")
    assert "Colegio Nacional" == e97.team_named("CNI")


def test_an_unknown_name_suggests_names_and_aliases() -> None:
    """A misspelling gets a did-you-mean among the names and the aliases."""
    edition = cp.load_edition("copa-peru-1998")

    with pytest.raises(cp.UnknownNameError, match="did you mean 'Víctor Loli'"):
        edition.team_named("Víctor Lolli")


ALIASED = """
id = "aliased"
name = "Aliased Cup"

[[teams]]
name = "Deportivo UPAO"
aliases = ["U.P.A.O.", "UPAO"]

[[teams]]
name = "CNI"
aliases = ["{alias}"]
"""


def test_an_alias_that_is_a_team_or_another_team_s_alias_is_refused() -> None:
    """An alias must name one team only: the file says where it is not."""
    with pytest.raises(
        cp.ConfigError, match=r"teams\[1\]\.aliases\[0\].*name of a team"
    ):
        cp.loads(ALIASED.format(alias="Deportivo UPAO"))
    with pytest.raises(
        cp.ConfigError, match=r"teams\[1\]\.aliases\[0\].*also an alias"
    ):
        cp.loads(ALIASED.format(alias="UPAO"))
    edition = cp.loads(ALIASED.format(alias="Colegio Nacional"))
    assert edition == cp.loads(cp.dumps(edition))


# A property: NFC-normalising the names never changes a table ------------------------

Form = Literal["NFC", "NFD"]
# Letters that decompose (accented Latin, a Hangul syllable) and plain ones.
LETTERS = "aeinouAEGIOUáéíóúñÁÉÍÓÚÑüçãõ가각"
NAMES = st.lists(
    st.text(alphabet=LETTERS, min_size=1, max_size=6),
    min_size=2,
    max_size=5,
    unique_by=lambda name: unicodedata.normalize("NFC", name),
)


@given(
    names=NAMES,
    scores=st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), max_size=20),
    forms=st.lists(st.sampled_from(["NFC", "NFD"]), min_size=60, max_size=60),
)
def test_normalising_every_name_never_changes_a_table(
    names: list[str], scores: list[tuple[int, int]], forms: list[Form]
) -> None:
    """Every name written composed, or each written either way at random (in the
    team list, in matches and in rows): the same table."""
    composed = [unicodedata.normalize("NFC", name) for name in names]
    pairs = [(i, j) for i in range(len(names)) for j in range(len(names)) if i != j]
    fixtures = [(pairs[k % len(pairs)], score) for k, score in enumerate(scores)]
    form = iter(forms * 3)

    def written(index: int) -> str:
        return unicodedata.normalize(next(form), names[index])

    plain = [
        cp.Match(home=composed[i], away=composed[j], score=cp.Score(*score))
        for (i, j), score in fixtures
    ]
    mixed: list[cp.Match | cp.Row] = [
        cp.Match(home=written(i), away=written(j), score=cp.Score(*score))
        if k % 2
        else (written(i), written(j), *score)
        for k, ((i, j), score) in enumerate(fixtures)
    ]
    listed = [written(i) for i in range(len(names))]

    expected = cp.standings(composed, plain, cp.rules.CLASSIC)
    assert expected == cp.standings(listed, mixed, cp.rules.CLASSIC)
    assert cp.rank_rows(
        composed,
        [(composed[i], composed[j], *s) for (i, j), s in fixtures],
        cp.rules.CLASSIC,
    ) == cp.rank_rows(
        listed,
        [(written(i), written(j), *s) for (i, j), s in fixtures],
        cp.rules.CLASSIC,
    )
