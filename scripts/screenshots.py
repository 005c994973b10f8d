"""Take the docs' pictures of the HTML report in headless Chromium (Debian's package).

    python scripts/screenshots.py

Writes ``docs/_static/report-copa-peru-1998.png`` (the top of the 1998 report, as
``copaperu report copa-peru-1998`` writes it, at 1280 x 900),
``docs/_static/report-copa-peru-1998-es.png`` (the same report in Spanish, its
national stage's bracket), ``docs/_static/report-world-cup-2018.png`` (the 2018 World
Cup report's knockout bracket) and ``report-world-cup-2018-group-b.png`` (its
Group B table, with the reasons for its order opened: Spain above Portugal on
goals for). The pictures are committed; run this again when
the report's look changes.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from copaperu.cli import main

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "docs" / "_static"


def take() -> int:
    """Write the pictures; 1 when Chromium is missing."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("needs Chromium: apt-get install chromium", file=sys.stderr)
        return 1
    STATIC.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        pages = {}
        for name, lang in [
            ("copa-peru-1998", "en"),
            ("copa-peru-1998", "es"),
            ("fifa-world-cup-2018", "en"),
        ]:
            page_file = Path(folder) / f"{name}-{lang}.html"
            main(["report", name, "-o", str(page_file), "--lang", lang])
            pages[name, lang] = page_file
        browser = playwright.chromium.launch(
            executable_path=chromium, args=["--no-sandbox"]
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(pages["copa-peru-1998", "en"].as_uri())
        page.screenshot(path=str(STATIC / "report-copa-peru-1998.png"))
        page.goto(pages["copa-peru-1998", "es"].as_uri())
        page.locator("div.bracket").last.screenshot(
            path=str(STATIC / "report-copa-peru-1998-es.png")
        )
        page.goto(pages["fifa-world-cup-2018", "en"].as_uri())
        page.locator("div.bracket").first.screenshot(
            path=str(STATIC / "report-world-cup-2018.png")
        )
        group_b = page.locator("h3", has_text="Group B")
        group_b.locator("xpath=following-sibling::details[1]").evaluate(
            "e => e.open = true"
        )
        top = group_b.evaluate("e => e.getBoundingClientRect().top + window.scrollY")
        bottom = group_b.locator("xpath=following-sibling::details[1]").evaluate(
            "e => e.getBoundingClientRect().bottom + window.scrollY"
        )
        page.screenshot(
            path=str(STATIC / "report-world-cup-2018-group-b.png"),
            full_page=True,
            clip={"x": 0, "y": top - 10, "width": 900, "height": bottom - top + 20},
        )
        browser.close()
    for picture in sorted(STATIC.glob("report-*.png")):
        print(f"{picture.relative_to(ROOT)}: {picture.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(take())
