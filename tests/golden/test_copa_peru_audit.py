"""Golden tests: the audit of the bundled 1998 and 1997 Copa Perú files (§10 of the notes).

# Source: Semanario Pasión, "Hace diez años campeonó IMI de Talara" (11 Dec 2008),
#   http://semanariopasionarchivo.blogspot.com/2008/12/hace-diez-anos-campeono-imi-de-talara.html
#   (BLOG-IMI): I.M.I. 2-1 Atlético Torino, the "partido de descarte" after both
#   finished level on 7 points; I.M.I. 2-0 Deportivo Pomalca in Sullana; the
#   quarter-final's first leg at La Oroya, the semi-final's first leg in Puno, the
#   final's first leg in Tacna on 13 December 1998, I.M.I.'s home legs in Talara;
#   I.M.I. "pasó a la otra fase" after 0-5 and 5-0 (how is not said).
# Source: Wikipedia, "1998 Copa Perú", https://en.wikipedia.org/wiki/1998_Copa_Per%C3%BA
#   (WIKI): Senati and Peñarol agreed not to play their match; the "knockout" sentence
#   on Region IV is boilerplate (the same sentence is in the 2004 and 2008 articles,
#   https://app.surf/article/2004-copa-peru,
#   https://wiki-gateway.eudic.net/wikipedia_en/2008_Copa_Per%C3%BA.html).
# Source: RSSSF, https://rsssf.org/tablesc/copaperu97.html: the stored copy is cut
#   short, so rows 4-6 of the 1997 table could not be read from it.
"""

from __future__ import annotations

import datetime

import pytest

import copaperu as cp

Provenance = cp.competition.Provenance


@pytest.fixture(scope="module")
def edition() -> cp.competition.Edition:
    return cp.load_edition("copa-peru-1998")


@pytest.fixture(scope="module")
def result(edition: cp.competition.Edition) -> cp.competition.EditionResult:
    return cp.replay(edition)


def _group(edition: cp.competition.Edition, group_id: str) -> cp.competition.Group:
    return next(g for _, g in edition.groups() if g.id == group_id)


def _tie(edition: cp.competition.Edition, tie_id: str) -> cp.competition.Tie:
    return next(t for _, t in edition.ties() if t.id == tie_id)


def test_champion_and_promoted_are_still_imi(
    result: cp.competition.EditionResult,
) -> None:
    """The audit changes no result: I.M.I. champions, computed, and alone promoted."""
    assert ("I.M.I.", Provenance.COMPUTED, ("I.M.I.",)) == (
        result.champion,
        result.champion_provenance,
        result.promoted,
    )
    assert () == result.contradictions


def test_torino_second_in_group_a_from_the_descarte(
    edition: cp.competition.Edition, result: cp.competition.EditionResult
) -> None:
    """Torino 2nd: inferred from BLOG-IMI (level on 7 points, beaten in the descarte)."""
    group = _group(edition, "region-i-group-a")
    second = result.group("region-i-group-a").place(2)

    assert ("Atlético Torino", Provenance.INFERRED, "BLOG-IMI") == (
        second.team,
        second.provenance,
        second.source,
    )
    assert "7 points" in second.notes
    assert "descarte" in second.notes
    (descarte,) = group.playoffs
    assert ("I.M.I.", "Atlético Torino", cp.Score(2, 1), "BLOG-IMI") == (
        descarte.home,
        descarte.away,
        descarte.score,
        descarte.source,
    )
    assert "Play-off for first place" in descarte.label
    assert "INFERENCE" in descarte.notes  # that it is WIKI's "Playoff"
    assert "I.M.I." == result.group("region-i-group-a").place(1).team


def test_region_i_guess_about_utcubamba_is_dropped(
    edition: cp.competition.Edition,
) -> None:
    """No note pairs Cultural Utcubamba with Deportivo Pomalca any more."""
    texts = [
        edition.notes,
        *(stage.notes for stage in edition.stages),
        *(phase.notes for stage in edition.stages for phase in stage.phases),
        *(g.notes for _, g in edition.groups()),
        *(t.notes for _, t in edition.ties()),
    ]

    assert not [t for t in texts if "Utcubamba v" in t or "most likely Cultural" in t]
    final = _tie(edition, "region-i-final")
    assert "INFERENCE" in final.notes
    assert "Tiebreaker" in final.notes


def test_quarter_final_does_not_claim_how_it_was_settled(
    edition: cp.competition.Edition, result: cp.competition.EditionResult
) -> None:
    """0-5, 5-0: level; no shoot-out is recorded; I.M.I. through by the record."""
    tie = _tie(edition, "qf-a")
    quarter = result.tie("qf-a")

    assert quarter.outcome is not None
    assert cp.Score(5, 5) == quarter.outcome.aggregate
    assert quarter.outcome.winner is None  # the legs decide nothing
    assert all(leg.penalties is None for leg in tie.legs)  # no shoot-out recorded
    assert tie.recorded is not None
    assert ("I.M.I.", Provenance.RECORDED, "BLOG-IMI") == (
        quarter.winner,
        quarter.provenance,
        quarter.source,
    )
    assert "how it was settled is not recorded" in tie.notes
    assert "how it was settled is not recorded" in tie.recorded.notes


def test_region_iv_counts_no_invented_fixture(
    edition: cp.competition.Edition, result: cp.competition.EditionResult
) -> None:
    """Region IV: no fixture listed or counted; its winner recorded as an inference."""
    group = _group(edition, "region-iv")
    replayed = result.group("region-iv")
    (missing,) = [u for u in result.unknowns if u.id == "region-iv"]

    assert cp.competition.Schedule.LISTED == group.schedule
    assert () == group.matches
    assert (0, 0) == (replayed.results_known, replayed.results_expected)
    assert (0, 0) == (missing.missing, missing.expected)
    assert "UNKNOWN" in group.notes
    assert "knockout" not in str(missing)
    first = replayed.place(1)
    assert ("Telefunken 20", Provenance.INFERRED) == (first.team, first.provenance)


def test_region_viii_ruling_is_on_its_match(
    edition: cp.competition.Edition, result: cp.competition.EditionResult
) -> None:
    """Senati v Peñarol carries its not-played ruling, from WIKI, and scores nothing."""
    group = _group(edition, "region-viii")
    (match,) = [m for m in group.matches if m.rulings]
    (ruling,) = match.rulings

    assert isinstance(ruling, cp.NotPlayed)
    assert ("Senati", "Peñarol", "WIKI") == (match.home, match.away, ruling.source)
    assert match.score is None
    assert cp.MatchStatus.NOT_PLAYED == cp.official_result(match).status
    assert 1 == result.group("region-viii").results_known


@pytest.mark.parametrize(
    ("tie_id", "leg", "venue", "date"),
    [
        ("region-i-final", 0, "Sullana", None),
        ("qf-a", 0, "La Oroya", None),
        ("qf-a", 1, "Talara", None),
        ("sf-a", 0, "Puno", None),
        ("sf-a", 1, "Talara", None),
        ("final", 0, "Tacna", datetime.date(1998, 12, 13)),
        ("final", 1, "Talara", None),
    ],
)
def test_venues_and_dates_are_on_the_matches(
    result: cp.competition.EditionResult,
    tie_id: str,
    leg: int,
    venue: str,
    date: datetime.date | None,
) -> None:
    """Each venue the sources give is on its match in the replay, with BLOG-IMI."""
    outcome = result.tie(tie_id).outcome
    assert outcome is not None
    match = outcome.matches[leg]

    assert (venue, date, "BLOG-IMI") == (match.venue, match.date, match.source)


def test_leg_orders_are_sourced(edition: cp.competition.Edition) -> None:
    """I.M.I. played away first in the quarter-final and the semi-final (BLOG-IMI)."""
    for tie_id, opponent, quoted in (
        ("qf-a", "Cultural Hidro", "en La Oroya"),
        ("sf-a", "Alfonso Ugarte", "de Puno"),
    ):
        first = _tie(edition, tie_id).legs[0]

        assert (1, opponent, "I.M.I.") == (first.leg, first.home, first.away)
        assert quoted in first.notes


def test_sources_are_worded_as_the_audit_says(edition: cp.competition.Edition) -> None:
    """APPSURF only repeats WIKI; the runner-up's lack of a route is an inference."""
    sources = {s.key: s for s in edition.sources}

    assert "confirms" not in sources["APPSURF"].notes
    assert "cannot confirm" in sources["APPSURF"].notes
    assert "INFERENCE" in sources["WM-1998D"].notes
    for key in ("SEG98", "KN-1998D", "DESC-1997", "APPSURF-2004", "WIKI-2008"):
        assert sources[key].url.startswith("http"), key


def test_facts_kept_from_the_audit(edition: cp.competition.Edition) -> None:
    """Names, the finalist's identity, UPAO's route and the 8 points, with sources."""
    teams = {t.name: t for t in edition.teams}

    assert "Internacional Marine Inc." in teams["I.M.I."].notes
    assert "International Marine Incorporated" in teams["I.M.I."].notes
    assert "Sport Bolito" in teams["Coronel Bolognesi"].notes
    assert "IT-BOLO" in teams["Coronel Bolognesi"].notes
    assert "SEG98" in teams["Deportivo UPAO"].notes
    assert "Víctor Loli" in teams["Victor Loli"].notes
    assert "Áncash" in teams["Sport Ancash"].notes
    assert "8 points" in _group(edition, "region-v").notes
    for name in ("Atlético Torino", "José Gálvez", "La Loretana"):
        assert "DESC-1997" in teams[name].notes, name


def test_1997_rows_4_to_6_are_computed_not_said_unpublished() -> None:
    """1997: rows 4-6 could not be read from the stored copy; the engine computes them."""
    edition = cp.load_edition("copa-peru-1997")
    group = _group(edition, "final-round-group")
    table = cp.replay(edition).group("final-round-group").standings
    assert table is not None

    assert "could not be read from the stored copy" in group.notes
    assert "rows 1-3 only" not in group.notes
    assert "last final" in edition.notes
    assert "Finalísima" in edition.notes
    assert [
        ("Universitario", 6, 5, 8),
        ("Los Chankas", 5, 2, 5),
        ("Colegio Nacional", 1, 5, 19),
    ] == [(r.team, r.points, r.goals_for, r.goals_against) for r in table.rows[3:]]


def test_inference_labels_stay_in_the_notes(
    edition: cp.competition.Edition, result: cp.competition.EditionResult
) -> None:
    """sf-b's pairing, qf-b's unknown leg order and qf-d's round keep their labels."""
    assert "INFERENCE" in _tie(edition, "sf-b").notes
    assert "order" in _tie(edition, "qf-b").notes
    assert () == _tie(edition, "qf-b").legs
    assert "see the tie's notes" in result.tie("qf-d").notes
    assert Provenance.INFERRED == result.tie("sf-b").provenance
