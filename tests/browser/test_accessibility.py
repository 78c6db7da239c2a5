"""Every page meets WCAG 2.2 A and AA as axe-core measures it, in light and dark mode, at desktop and
phone width, and can be used by keyboard alone."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.helpers import search
from tests.harness.browser import DESKTOP, PHONE

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}
axe = Axe()


def violations(page) -> list[str]:
    result = axe.run(page, options=WCAG)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {node['target']}"
        for v in result.response["violations"]
        for node in v["nodes"][:3]
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_every_page_has_no_axe_violations(browser, base_url, page_paths, size, scheme):
    viewport = DESKTOP if size == "desktop" else PHONE
    context = browser.new_context(viewport=viewport, color_scheme=scheme, base_url=base_url)
    page = context.new_page()
    found = []
    for path in page_paths:
        page.goto(path)
        found += [f"/{path}: {v}" for v in violations(page)]
    context.close()
    assert not found, "\n".join(found)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_open_search_with_results_has_no_axe_violations(browser, base_url, scheme):
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme, base_url=base_url)
    page = context.new_page()
    page.goto("")
    search(page, "surgery")
    found = violations(page)
    context.close()
    assert not found, "\n".join(found)


def test_first_tab_reaches_a_visible_skip_link_that_moves_focus_to_the_content(page):
    page.goto("treatment/")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => ({text: document.activeElement.textContent.trim(), href: document.activeElement.getAttribute('href')})")
    assert "Skip to content" in focused["text"]
    assert page.locator(".md-skip").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") != ""


def test_keyboard_focus_is_visible_on_links(page):
    page.goto("treatment/")
    for _ in range(6):
        page.keyboard.press("Tab")
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle + ' ' + getComputedStyle(document.activeElement).outlineWidth")
    assert not outline.startswith("none"), outline
