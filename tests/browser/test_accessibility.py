"""Every page meets WCAG 2.2 A and AA as two checkers measure it, and can be used by keyboard alone.

axe-core runs its WCAG 2.2 A/AA rules and its best practices (together: every rule it runs by default, and the
WCAG 2.2 target size, which it does not) in light and dark mode, at desktop and phone width (every page in two of
the four combinations, a sample of pages in the other two). HTML_CodeSniffer
(pa11y, WCAG2AA; tests/harness/pa11y.py) gives a second opinion on every page; it tests markup, not colors
(axe checks contrast in both schemes), so one width and the light scheme are enough for it.
"""
from __future__ import annotations

import pytest

from tests.helpers import search
from tests.harness import pa11y
from tests.harness.axe import violations
from tests.harness.browser import DESKTOP, PHONE



# Every page in two combinations that between them cover both widths and both schemes; the other two
# combinations on pages that stand for each kind of page (a long article, the glossary, a tool, the home page).
# All four on every page cost minutes of the suite's 15-minute budget.
SAMPLE = ["", "treatment/prrt/", "glossary/", "tools/symptom-diary/", "diagnosis/just-diagnosed/"]


def _axe_sweep(browser, base_url, paths, size, scheme) -> list[str]:
    viewport = DESKTOP if size == "desktop" else PHONE
    context = browser.new_context(viewport=viewport, color_scheme=scheme, base_url=base_url)
    page = context.new_page()
    found = []
    for path in paths:
        page.goto(path)
        found += [f"/{path}: {v}" for v in violations(page)]
    context.close()
    return found


@pytest.mark.parametrize("size, scheme", [("desktop", "light"), ("phone", "dark")])
def test_every_page_has_no_axe_violations(browser, base_url, page_paths, size, scheme):
    found = _axe_sweep(browser, base_url, page_paths, size, scheme)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("size, scheme", [("desktop", "dark"), ("phone", "light")])
def test_each_kind_of_page_has_no_axe_violations_in_the_other_combinations(browser, base_url, page_paths, size,
                                                                          scheme):
    assert set(SAMPLE) <= set(page_paths)
    found = _axe_sweep(browser, base_url, SAMPLE, size, scheme)
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


@pytest.mark.browser  # pa11y starts its own Chromium (the same binary and flags), not the Playwright one
def test_every_page_passes_html_codesniffer(base_url, page_paths):
    issues = pa11y.check_pages(base_url, page_paths)
    assert not issues, "\n".join(map(str, issues))


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


def test_color_switch_works_by_mouse_and_by_keyboard(page):
    """The switch is a group of radio buttons, no longer a form (HTML_CodeSniffer H32): it must still switch."""
    page.goto("")
    scheme = lambda: page.evaluate("() => document.body.getAttribute('data-md-color-media')")  # noqa: E731
    seen = [scheme()]
    page.locator("[data-md-component=palette] label:not([hidden])").first.click()
    seen.append(scheme())
    page.locator("[data-md-component=palette] input:checked").focus()
    page.keyboard.press("Enter")
    seen.append(scheme())
    assert len(set(seen)) == 3, seen
    assert "?" not in page.url


def test_enter_in_the_search_box_opens_the_best_result_and_never_submits_the_form(page):
    """The search form's submit button is disabled and hidden (HTML_CodeSniffer H32): Enter is Material's."""
    page.goto("living/")
    search(page, "zzqqxx")
    page.locator(".md-search__input").press("Enter")
    page.wait_for_timeout(300)
    assert page.url.endswith("/living/"), page.url
    best = search(page, "surgery")[0]
    page.locator(".md-search__input").press("Enter")
    page.wait_for_url(best)
