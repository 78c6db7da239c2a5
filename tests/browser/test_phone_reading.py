"""Reading a long page on a phone (issue 18): the page's sections at the top, tables near body size, a search
hit inside a collapsed box opened for the reader, whole-word search highlights only, and the contributors'
edit link at the end of the page instead of beside the title."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.harness.browser import DESKTOP, PHONE

LONG_PAGE = "treatment/prrt/"
TOOL_PAGE = "tools/explain-my-report/"  # a tool, not a patient page: no Key points box
BOX_PAGE = "diagnosis/biopsy-grading-staging/"
# "hot spots" is written only in the "For health professionals" box of the Grade section.
HIT_IN_BOX = BOX_PAGE + "?h=hot#grade"


def section_ids(page) -> list[str]:
    return page.eval_on_selector_all("article h2[id]", "hs => hs.map(h => h.id)")


# ----------------------------------------------------------------- "On this page"


def test_a_phone_shows_the_pages_sections_after_the_key_points_box(phone_page):
    phone_page.goto(LONG_PAGE)
    contents = phone_page.get_by_role("navigation", name="On this page")
    expect(contents).to_be_visible()
    links = contents.get_by_role("link")
    assert [href.split("#")[-1] for href in links.evaluate_all("ls => ls.map(l => l.getAttribute('href'))")] == section_ids(phone_page)
    assert links.count() >= 3
    key_points = phone_page.locator("article .admonition.abstract").first
    assert key_points.bounding_box()["y"] < contents.bounding_box()["y"]
    assert contents.bounding_box()["y"] < 2 * PHONE["height"], "the list is near the top"
    links.nth(2).tap()
    expect(phone_page.locator("article h2").nth(2)).to_be_in_viewport()


def test_the_sections_list_is_hidden_on_desktop_and_in_print(page):
    page.goto(LONG_PAGE)
    assert page.viewport_size == DESKTOP
    expect(page.locator("nav.ng-toc")).to_be_hidden()
    page.set_viewport_size(PHONE)
    expect(page.locator("nav.ng-toc")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator("nav.ng-toc")).to_be_hidden()


def test_a_page_without_a_key_points_box_has_no_list(phone_page):
    # Pages with fewer than three sections get none either: tests/unit/test_page_contents.py (no such page yet).
    phone_page.goto(TOOL_PAGE)
    expect(phone_page.locator("article h1")).to_be_visible()
    assert phone_page.locator("article .admonition.abstract").count() == 0
    assert phone_page.locator("nav.ng-toc").count() == 0


# ----------------------------------------------------------------- tables


def test_tables_on_a_phone_are_near_body_size_and_scroll_sideways(phone_page):
    phone_page.goto(BOX_PAGE)
    table = phone_page.locator("article table:not([class])").first
    root = phone_page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    size = table.evaluate("t => parseFloat(getComputedStyle(t).fontSize)")
    assert size >= 0.8 * root - 0.01, f"table text {size}px, root {root}px"
    assert table.evaluate("t => getComputedStyle(t.closest('.md-typeset__scrollwrap')).overflowX") in ("auto", "scroll")


# ----------------------------------------------------------------- landing from a search


def test_a_search_hit_inside_a_collapsed_box_opens_the_box_and_scrolls_to_it(phone_page):
    phone_page.goto(HIT_IN_BOX)
    box = phone_page.locator("article details", has_text="hot spots").first
    expect(box).to_have_attribute("open", "")
    expect(box.get_by_text("hot spots")).to_be_visible()
    expect(box.locator("summary")).to_be_in_viewport()
    others = phone_page.locator("article details:not([open])")
    assert others.count() >= 1, "only the box with the hit is opened"


def test_a_hit_in_a_box_is_opened_after_instant_navigation_too(phone_page):
    phone_page.goto(LONG_PAGE)
    phone_page.evaluate(
        """(href) => { const a = document.createElement('a'); a.href = href; a.id = 'ng-test-link';
                       a.textContent = 'go'; document.querySelector('article').prepend(a); }""",
        "../../" + HIT_IN_BOX,
    )
    phone_page.locator("#ng-test-link").click()
    phone_page.wait_for_url(re.compile(r"biopsy-grading-staging/\?h=hot#grade$"))
    box = phone_page.locator("article details", has_text="hot spots").first
    expect(box).to_have_attribute("open", "")
    expect(box.locator("summary")).to_be_in_viewport()
    assert phone_page.evaluate("() => !!window.document$"), "instant navigation is on"


def test_search_highlights_cover_whole_words_only(page):
    page.goto(BOX_PAGE + "?h=ki")
    marks = page.locator("article mark[data-md-highlight]")
    expect(marks.first).to_be_visible(timeout=10_000)
    page.wait_for_timeout(500)
    partial = page.evaluate(
        """() => [...document.querySelectorAll('article mark[data-md-highlight]')].filter(m => {
               const before = (m.previousSibling && m.previousSibling.textContent || '').slice(-1);
               const after = (m.nextSibling && m.nextSibling.textContent || '').slice(0, 1);
               return /[\\p{L}\\p{N}]/u.test(before) || /[\\p{L}\\p{N}]/u.test(after);
           }).map(m => m.parentElement.textContent.slice(0, 60))"""
    )
    assert partial == []
    assert page.get_by_text(re.compile(r"other kind of tumor")).count() >= 1, "the page still has 'kind' to mark wrongly"
    assert {t.strip().lower() for t in marks.all_text_contents()} == {"ki"}


# ----------------------------------------------------------------- edit link


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_edit_actions_are_at_the_end_of_the_page_not_beside_the_title(browser, base_url, size):
    context = browser.new_context(viewport=DESKTOP if size == "desktop" else PHONE, base_url=base_url)
    page = context.new_page()
    page.goto(LONG_PAGE)
    assert page.locator(".md-content__button").count() == 0
    edit = page.get_by_role("link", name="Edit this page")
    expect(edit).to_have_attribute("href", re.compile(r"/edit/main/docs/treatment/prrt\.md$"))
    title, disclaimer = page.locator("article h1").bounding_box(), page.locator(".ng-disclaimer").bounding_box()
    assert edit.bounding_box()["y"] > title["y"] + 500 and edit.bounding_box()["y"] < disclaimer["y"]
    page.emulate_media(media="print")
    expect(edit).to_be_hidden()
    context.close()
