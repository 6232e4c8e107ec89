"""The dashboard in headless Chromium against `accord serve`: from Tajikistan's network to the
Russia–Tajikistan pair, to its 2024 trade figure, to the evidence highlighted in the article;
the date filter, the search box, hostile markup shown as text, and the layout at two sizes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.slow

SIZES = [(1280, 800), (1920, 1080)]


def open_page(browser: Any, url: str, size: tuple[int, int] = (1280, 800)) -> Any:
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: errors.append(f"dialog: {d.message}"))
    page.errors = errors
    page.goto(url)
    ready(page)
    return page


def ready(page: Any) -> None:
    page.wait_for_selector("body[data-ready=true]", timeout=20_000)
    assert page.errors == []
    assert page.locator(".card.error").count() == 0, page.locator(".card.error").inner_text()


def no_horizontal_scroll(page: Any) -> None:
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def click_node(page: Any, code: str) -> None:
    """Clicks a node where cytoscape drew it, as a person would."""
    box = page.locator("#network").bounding_box()
    where = page.evaluate(f"document.getElementById('network').cy.getElementById('{code}').renderedPosition()")
    page.mouse.click(box["x"] + where["x"], box["y"] + where["y"])


def test_network_to_pair_to_figure_to_evidence(browser: Any, server: str, screenshots: Path) -> None:
    page = open_page(browser, f"{server}/country/Tajikistan")
    assert page.locator("h1").inner_text() == "Tajikistan"
    partners = page.locator("[data-partner]").all_inner_texts()
    assert {"Russia", "Iran", "Azerbaijan"} <= {row.split("\t")[1] for row in partners}
    nodes = page.evaluate("document.getElementById('network').cy.nodes().map(n => n.data('label'))")
    assert {"Tajikistan", "Russia", "Iran", "Azerbaijan"} <= set(nodes)
    no_horizontal_scroll(page)
    page.screenshot(path=screenshots / "country-tajikistan-1280x800.png")

    click_node(page, "RUS")
    page.wait_for_url(re.compile(r"/pair/TJK/RUS$"))
    ready(page)
    assert page.locator("h1").inner_text() == "Russia – Tajikistan"
    option = page.evaluate("document.getElementById('chart').option")
    trade = next(s for s in option["series"] if s["name"] == "Trade turnover")
    assert [(d["value"], d["fact"]["period"]) for d in trade["data"]] == [(["2024", 1.5e9], "2024")]
    targets = next(s for s in option["series"] if s["name"] == "Targets")
    marks = [(m["xAxis"], m["name"]) for m in targets["markLine"]["data"]]
    assert ("2030", "Target 2030: trade turnover 2.5 times") in marks
    assert page.locator("canvas").count() >= 1
    target_row = page.locator(".card", has_text="Targets and forecasts").locator("tbody tr").first
    assert "2030" in target_row.inner_text() and "2.5 times" in target_row.inner_text()
    no_horizontal_scroll(page)
    page.screenshot(path=screenshots / "pair-russia-tajikistan-1280x800.png")

    figures = page.locator(".card", has_text="Reported figures")
    row = figures.locator("tbody tr", has_text="Trade turnover").filter(has_text="2024")
    row.get_by_role("link", name="$1.5bn").click()
    page.wait_for_url(re.compile(r"/document/doc-\d+\?fact=ind-\d+"))
    ready(page)
    marked = page.locator("mark.evidence").first
    assert "bilateral trade growing by over 7% to $1.5bn in 2024" in marked.inner_text()
    box, height = marked.bounding_box(), page.viewport_size["height"]
    assert box["y"] >= 0 and box["y"] + box["height"] <= height  # scrolled into view
    assert page.locator(".card", has_text="The fact").locator("strong").inner_text() == "$1.5bn"
    assert page.locator(".outlets li").count() >= 1
    page.screenshot(path=screenshots / "document-evidence-1280x800.png")


def test_date_range_refilters_the_country_page(browser: Any, server: str, screenshots: Path) -> None:
    page = open_page(browser, f"{server}/country/TJK")
    everything = page.locator("[data-partner]").count()
    page.fill("input[name=date_from]", "2025-01-01")
    ready(page)
    page.fill("input[name=date_to]", "2025-12-31")
    page.wait_for_url(re.compile(r"date_from=2025-01-01&date_to=2025-12-31"))
    ready(page)
    lasts = [row.split("\t")[-1] for row in page.locator("[data-partner]").all_inner_texts()]
    assert 0 < len(lasts) < everything and all(d.startswith("2025") for d in lasts)
    assert all(d.startswith("2025") for d in page.locator(".timeline .when").all_inner_texts())
    assert "from 2025-01-01 to 2025-12-31" in page.locator(".lede").inner_text()
    page.screenshot(path=screenshots / "country-tajikistan-2025-1280x800.png")


def test_search_box_finds_evidence(browser: Any, server: str, screenshots: Path) -> None:
    page = open_page(browser, f"{server}/")
    page.fill(".searchbox input", "hydropower")
    page.press(".searchbox input", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=hydropower"))
    ready(page)
    hits = page.locator(".hits li")
    assert hits.count() >= 1
    assert page.locator(".hits mark").first.inner_text().lower() == "hydropower"
    page.screenshot(path=screenshots / "search-hydropower-1280x800.png")
    sentence = hits.first.locator(".sentence").inner_text()
    hits.first.locator("a.hit").click()
    ready(page)
    assert sentence in page.locator("mark.evidence").first.inner_text()


def test_hostile_markup_renders_as_text(browser: Any, server: str, screenshots: Path) -> None:
    hit = httpx.get(f"{server}/api/search", params={"q": "water sharing ministers"}).json()["items"][0]
    page = open_page(browser, f"{server}/document/{hit['source']['document_id']}?fact={hit['fact']}")
    text = page.locator(".article-text").inner_text()
    assert "<script>document.title='owned'</script>" in text
    assert "<img src=x onerror=\"document.title='owned'\">" in text
    assert page.locator(".article-text script, .article-text img, .article h1 script").count() == 0
    assert page.title().startswith("Accord: Tajikistan and Uzbekistan") and page.errors == []
    assert "<script>" in page.locator(".article h1").inner_text()
    page.screenshot(path=screenshots / "document-hostile-markup-1280x800.png")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_pages_fit_the_window(browser: Any, server: str, screenshots: Path, size: tuple[int, int]) -> None:
    doc = httpx.get(f"{server}/api/search", params={"q": "foremost trade partners"}).json()["items"][0]
    pages = {"home": "/", "country-tajikistan": "/country/TJK", "pair-russia-tajikistan": "/pair/RUS/TJK",
             "document": f"/document/{doc['source']['document_id']}?fact={doc['fact']}",
             "search-trade": "/search?q=trade"}
    for name, path in pages.items():
        page = open_page(browser, server + path, size)
        no_horizontal_scroll(page)
        page.screenshot(path=screenshots / f"{name}-{size[0]}x{size[1]}.png")
        page.close()
