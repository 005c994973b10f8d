"""The HTML report in a real browser: headless Chromium (Debian's package).

Each report is opened at 1280 x 900; the checks go through the browser's DOM
(what is on the page, how wide it is, what the console said), and a screenshot
of each is written next to the page.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from playwright.sync_api import Browser, sync_playwright

import copaperu as cp
from copaperu import strategies
from copaperu.cli import main
from copaperu.report import report_html

WIDTH = 1280


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Chromium is needed: apt-get install chromium (scripts/test does)"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=chromium, args=["--no-sandbox"]
        )
        yield launched
        launched.close()


def look(browser: Browser, page_file: Path) -> dict[str, Any]:
    """Open *page_file*; what the browser sees of it, and a screenshot."""
    page = browser.new_page(viewport={"width": WIDTH, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_file.as_uri())
    shot = page_file.with_suffix(".png")
    page.screenshot(path=str(shot), full_page=True)
    seen: dict[str, Any] = page.evaluate(
        """() => ({
            headings: document.querySelectorAll('h1').length,
            tables: document.querySelectorAll('table.standings').length,
            brackets: document.querySelectorAll('svg.bracket-svg').length,
            ties: document.querySelectorAll('svg .tie').length,
            unknown: document.querySelectorAll('.unknown').length,
            links: [...document.querySelectorAll('a[href]')].map(a => a.href),
            overflow: document.documentElement.scrollWidth - window.innerWidth,
            scripts: document.querySelectorAll('script').length,
        })"""
    )
    page.close()
    seen["errors"] = errors
    seen["screenshot"] = shot.stat().st_size
    return seen


@pytest.mark.parametrize("name", ["copa-peru-1998", "fifa-world-cup-2018"])
def test_a_bundled_editions_report_in_chromium(
    name: str, browser: Browser, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`copaperu report` writes a page that Chromium shows whole: one title, a
    table per group with a table, one bracket per knockout stage with a box per
    tie, sources as links, no script, no console error, nothing wider than the
    window."""
    page_file = tmp_path / f"{name}.html"
    assert 0 == main(["report", name, "-o", str(page_file)])
    capsys.readouterr()
    edition = cp.load_edition(name)
    result = cp.replay(edition)
    seen = look(browser, page_file)

    assert 1 == seen["headings"]
    assert (
        sum(g.standings is not None for s in result.stages for g in s.groups)
        + sum(r.standings is not None for s in result.stages for r in s.rankings)
        == seen["tables"]
    )
    assert (
        sum(any(p.ties for p in s.phases) for s in edition.stages) == seen["brackets"]
    )
    assert sum(len(s.ties) for s in result.stages) == seen["ties"]
    assert {s.url for s in edition.sources if s.url.startswith("http")} <= set(
        seen["links"]
    ) | {link.rstrip("/") for link in seen["links"]}
    assert (0, [], 0) == (seen["scripts"], seen["errors"], max(seen["overflow"], 0))
    assert seen["screenshot"] > 10_000


def test_what_is_unknown_is_drawn_as_unknown(browser: Browser, tmp_path: Path) -> None:
    """The 1998 edition has teams and winners the record lacks: they are shown,
    marked unknown, not left blank."""
    page_file = tmp_path / "peru.html"
    page_file.write_text(report_html(cp.replay(cp.load_edition("copa-peru-1998"))))

    assert look(browser, page_file)["unknown"] > 0


@settings(
    max_examples=5,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(strategies.editions())
def test_a_generated_editions_report_in_chromium(
    browser: Browser, tmp_path: Path, edition: cp.competition.Edition
) -> None:
    """Any edition the strategies draw makes a page Chromium shows without error
    and without overflowing the window."""
    page_file = tmp_path / "generated.html"
    page_file.write_text(report_html(cp.replay(edition)), encoding="utf-8")
    seen = look(browser, page_file)

    assert ([], 0) == (seen["errors"], max(seen["overflow"], 0))
    assert 1 == seen["brackets"]


def test_the_spanish_report_reads_spanish_in_chromium(
    browser: Browser, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``copaperu report copa-peru-1998 --lang es``: the page says it is Spanish,
    its headings and bracket are Spanish, and the browser shows it whole."""
    page_file = tmp_path / "peru-es.html"
    assert 0 == main(["report", "copa-peru-1998", "-o", str(page_file), "--lang", "es"])
    assert "el informe de Copa Perú 1998" in capsys.readouterr().out
    page = browser.new_page(viewport={"width": WIDTH, "height": 900})
    page.goto(page_file.as_uri())
    seen = page.evaluate(
        """() => ({
            lang: document.documentElement.lang,
            headings: [...document.querySelectorAll('h2')].map(h => h.textContent),
            columns: [...document.querySelectorAll('svg.bracket-svg')].at(-1)
                .querySelectorAll(':scope > text').length,
            bracket: [...document.querySelectorAll('svg.bracket-svg')].at(-1)
                .textContent,
            overflow: document.documentElement.scrollWidth - window.innerWidth,
        })"""
    )
    page.close()

    assert "es" == seen["lang"]
    assert {"Etapa Nacional", "Lo que el registro no dice", "Campeón", "Fuentes"} <= (
        set(seen["headings"])
    )
    assert 3 == seen["columns"]
    assert "Cuartos de final" in seen["bracket"]
    assert "por un fallo" in seen["bracket"]
    assert "desconocido" in seen["bracket"]
    assert seen["overflow"] <= 0
