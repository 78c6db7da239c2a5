"""A glossary term works for every reader, in a real browser (WCAG 2.2, 1.4.13 content on hover or focus):
mouse, keyboard, touch on a phone and screen reader, on a content page of the built site."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import expect

from tests.harness.axe import WCAG, violations
from tests.harness.browser import PHONE

ROOT = Path(__file__).resolve().parents[2]
CONTENT_PAGE = "treatment/prrt/"


# ----------------------------------------------------------------- helpers


def visible_terms(page):
    return page.locator("article a.ng-term").filter(visible=True)


def definition_of(page, term):
    return page.locator("#" + term.get_attribute("aria-describedby"))


def glossary_definition(term) -> str:
    """The definition the glossary file gives the term a mark links to."""
    anchor = term.get_attribute("href").split("#")[1]
    for entry in yaml.safe_load((ROOT / "docs" / "_data" / "glossary.yml").read_text(encoding="utf-8")):
        if entry.get("id", None) == anchor or re.sub(r"[^a-z0-9]+", "-", entry["term"].lower()).strip("-") == anchor:
            return " ".join(entry["definition"].split())
    raise AssertionError(f"no glossary entry for #{anchor}")


def tab_to_first_term(page):
    """Press Tab as a keyboard user would until a glossary term has focus."""
    for _ in range(150):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('ng-term')"):
            return page.locator("a.ng-term:focus")
    raise AssertionError("Tab never reached a glossary term")


def inside_viewport(box, width) -> bool:
    return box["x"] >= 0 and box["x"] + box["width"] <= width


def no_script_errors(page):
    watch = page.watch
    assert not watch.console and not watch.page_errors, watch.console + watch.page_errors


# ----------------------------------------------------------------- mouse


def test_hovering_a_term_shows_its_definition_until_the_pointer_leaves(page):
    page.goto(CONTENT_PAGE)
    term = visible_terms(page).first
    tip = definition_of(page, term)
    expect(tip).to_be_hidden()
    term.hover()
    expect(tip).to_be_visible()
    expect(tip).to_contain_text(glossary_definition(term))
    page.mouse.move(5, 400)
    expect(tip).to_be_hidden()
    no_script_errors(page)


def test_the_pointer_can_move_onto_the_definition_without_it_closing(page):
    page.goto(CONTENT_PAGE)
    term = visible_terms(page).nth(1)
    term.hover()
    tip = definition_of(page, term)
    expect(tip).to_be_visible()
    box = tip.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=8)
    page.wait_for_timeout(700)
    expect(tip).to_be_visible()
    page.mouse.move(5, 400)
    expect(tip).to_be_hidden()


def test_escape_hides_a_hovered_definition_while_the_pointer_stays(page):
    page.goto(CONTENT_PAGE)
    term = visible_terms(page).first
    term.hover()
    tip = definition_of(page, term)
    expect(tip).to_be_visible()
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    page.wait_for_timeout(500)
    expect(tip).to_be_hidden()


# ----------------------------------------------------------------- keyboard


def test_tab_focus_shows_the_definition_and_escape_hides_it_keeping_focus(page):
    page.goto(CONTENT_PAGE)
    page.mouse.move(0, 0)
    term = tab_to_first_term(page)
    tip = definition_of(page, term)
    expect(tip).to_be_visible()
    expect(tip).to_contain_text(glossary_definition(term))
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    expect(term).to_be_focused()
    page.wait_for_timeout(500)
    expect(tip).to_be_hidden()


def test_moving_focus_on_hides_the_definition_and_coming_back_shows_it(page):
    page.goto(CONTENT_PAGE)
    page.mouse.move(0, 0)
    term = tab_to_first_term(page)
    described_by = term.get_attribute("aria-describedby")
    tip = page.locator("#" + described_by)
    page.keyboard.press("Tab")
    expect(tip).to_be_hidden()
    page.keyboard.press("Shift+Tab")
    expect(page.locator(f'a.ng-term[aria-describedby="{described_by}"]')).to_be_focused()
    expect(tip).to_be_visible()


def test_enter_on_a_focused_term_opens_its_glossary_entry(page):
    page.goto(CONTENT_PAGE)
    page.mouse.move(0, 0)
    term = tab_to_first_term(page)
    anchor = term.get_attribute("href").split("#")[1]
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/glossary/#{re.escape(anchor)}$"))
    expect(page.locator(f"dt#{anchor}")).to_be_in_viewport()


# ----------------------------------------------------------------- touch


def test_a_tap_on_a_phone_shows_the_definition_and_a_glossary_link_without_leaving_the_page(phone_page):
    phone_page.goto(CONTENT_PAGE)
    url = phone_page.url
    term = visible_terms(phone_page).nth(2)
    tip = definition_of(phone_page, term)
    term.tap()
    expect(tip).to_be_visible()
    expect(tip).to_contain_text(glossary_definition(term))
    more = tip.get_by_role("link", name="Read more in the glossary")
    expect(more).to_be_visible()
    assert more.get_attribute("href") == term.get_attribute("href")
    phone_page.wait_for_timeout(500)
    assert phone_page.url == url
    assert inside_viewport(tip.bounding_box(), PHONE["width"])
    no_script_errors(phone_page)


def test_a_second_tap_on_the_term_goes_to_its_glossary_entry(phone_page):
    phone_page.goto(CONTENT_PAGE)
    term = visible_terms(phone_page).first
    anchor = term.get_attribute("href").split("#")[1]
    term.tap()
    expect(definition_of(phone_page, term)).to_be_visible()
    term.tap()
    phone_page.wait_for_url(re.compile(rf"/glossary/#{re.escape(anchor)}$"))
    expect(phone_page.locator(f"dt#{anchor}")).to_be_in_viewport()


def test_tapping_read_more_goes_to_the_glossary_entry(phone_page):
    phone_page.goto(CONTENT_PAGE)
    term = visible_terms(phone_page).nth(1)
    anchor = term.get_attribute("href").split("#")[1]
    term.tap()
    definition_of(phone_page, term).get_by_role("link", name="Read more in the glossary").tap()
    phone_page.wait_for_url(re.compile(rf"/glossary/#{re.escape(anchor)}$"))


def test_tapping_elsewhere_closes_the_definition(phone_page):
    phone_page.goto(CONTENT_PAGE)
    url = phone_page.url
    term = visible_terms(phone_page).first
    tip = definition_of(phone_page, term)
    term.tap()
    expect(tip).to_be_visible()
    phone_page.locator("article h1").tap()
    expect(tip).to_be_hidden()
    assert phone_page.url == url


def test_definitions_stay_inside_a_320_pixel_wide_screen(browser, base_url):
    context = browser.new_context(viewport={"width": 320, "height": 640}, base_url=base_url, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(CONTENT_PAGE)
    terms = visible_terms(page)
    outside = []
    for i in range(min(6, terms.count())):
        term = terms.nth(i)
        term.scroll_into_view_if_needed()
        term.tap()
        tip = definition_of(page, term)
        expect(tip).to_be_visible()
        box = tip.bounding_box()
        if not inside_viewport(box, 320) or box["y"] < 0 or box["y"] + box["height"] > 640:
            outside.append(f"{term.inner_text()}: {box}")
        page.locator("article h1").tap()
    context.close()
    assert not outside, outside


# ----------------------------------------------------------------- screen readers, and no JavaScript


def test_the_definition_is_the_terms_accessible_description(page):
    page.goto(CONTENT_PAGE)
    term = visible_terms(page).first
    expect(term).to_have_accessible_name(term.inner_text())
    expect(term).to_have_accessible_description(re.compile(re.escape(glossary_definition(term))))
    dangling = page.evaluate(
        """() => [...document.querySelectorAll('a.ng-term')]
                 .filter(a => !document.getElementById(a.getAttribute('aria-describedby')))
                 .map(a => a.textContent)"""
    )
    assert dangling == []


def test_without_javascript_a_term_is_a_plain_link_to_its_glossary_entry(browser, base_url):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto(CONTENT_PAGE)
    term = page.locator("article a.ng-term").first
    anchor = term.get_attribute("href").split("#")[1]
    expect(definition_of(page, term)).to_be_hidden()
    term.click()
    page.wait_for_url(re.compile(rf"/glossary/#{re.escape(anchor)}$"))
    context.close()


# ----------------------------------------------------------------- with the rest of the site


def test_terms_still_work_after_instant_navigation(page):
    page.goto("treatment/")
    page.locator(".md-sidebar--primary a.md-nav__link[href$='prrt/']").first.click()
    page.wait_for_url(re.compile(r"/treatment/prrt/$"))
    term = visible_terms(page).first
    term.hover()
    expect(definition_of(page, term)).to_be_visible()
    no_script_errors(page)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_open_definition_has_no_axe_violations(browser, base_url, scheme):
    context = browser.new_context(color_scheme=scheme, base_url=base_url)
    page = context.new_page()
    page.goto(CONTENT_PAGE)
    term = visible_terms(page).first
    term.hover()
    expect(definition_of(page, term)).to_be_visible()
    found = violations(page, WCAG)
    context.close()
    assert not found, found


def test_the_glossary_a_to_z_bar_jumps_to_a_letter(page):
    page.goto("glossary/")
    page.locator("nav.ng-az").get_by_role("link", name="P", exact=True).click()
    expect(page).to_have_url(re.compile(r"/glossary/#glossary-p$"))
    expect(page.locator("h2#glossary-p")).to_be_in_viewport()
    assert page.locator("article a.ng-term").count() == 0


# ----------------------------------------------------------------- closing the box, and paper (issue 18)


def test_a_tapped_definition_has_a_close_button_that_closes_it(phone_page):
    phone_page.goto(CONTENT_PAGE)
    url = phone_page.url
    term = visible_terms(phone_page).nth(1)
    tip = definition_of(phone_page, term)
    term.tap()
    close = tip.get_by_role("button", name="Close definition")
    expect(close).to_be_visible()
    box = close.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24, box
    assert inside_viewport(tip.bounding_box(), PHONE["width"])
    close.tap()
    expect(tip).to_be_hidden()
    phone_page.wait_for_timeout(400)
    expect(tip).to_be_hidden()
    assert phone_page.url == url
    no_script_errors(phone_page)


def test_a_hovered_definition_closes_with_its_close_button(page):
    page.goto(CONTENT_PAGE)
    term = visible_terms(page).first
    term.hover()
    tip = definition_of(page, term)
    tip.get_by_role("button", name="Close definition").click()
    expect(tip).to_be_hidden()
    page.wait_for_timeout(400)
    expect(tip).to_be_hidden()


def test_keyboard_focus_adds_no_close_button_so_tab_order_stays(page):
    page.goto(CONTENT_PAGE)
    page.mouse.move(0, 0)
    term = tab_to_first_term(page)
    tip = definition_of(page, term)
    expect(tip).to_be_visible()
    assert tip.get_by_role("button").count() == 0


def test_printed_terms_are_plain_words_without_underlines(page):
    page.goto(CONTENT_PAGE)
    term = visible_terms(page).first
    page.emulate_media(media="print")
    style = term.evaluate("a => [getComputedStyle(a).textDecorationLine, getComputedStyle(a).color,"
                          " getComputedStyle(a.closest('p, li')).color]")
    assert style[0] == "none"
    assert style[1] == style[2], "a term prints in the color of the words around it"
