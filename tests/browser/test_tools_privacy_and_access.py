"""All three reader tools: nothing leaves the page once it has loaded, no cookies, no script errors, and axe finds
no WCAG 2.2 A/AA problem in use, light and dark, at phone and desktop width."""
from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import urlparse

import pytest

from tests.harness.axe import violations
from tests.browser.tool_steps import (
    add_symptom, add_treatment, fill_card, open_builder, open_card, open_diary, tick_topics,
)
from tests.harness.browser import DESKTOP, PHONE


def recent(days: int) -> str:
    return (datetime.now() - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M")


def use_diary(page):
    open_diary(page)
    add_symptom(page, recent(1), symptoms=("flushing", "other"), other="hot", severity=4, minutes=10,
                triggers=("alcohol",), note="wine")
    add_treatment(page, recent(3), "Lanreotide injection")
    page.get_by_text("Show the chart as a table").click()
    page.get_by_role("button", name="Delete all entries").click()  # the question box is open for axe


def use_builder(page):
    open_builder(page)
    tick_topics(page, "after-diagnosis", "about-support")
    page.uncheck("#qb-q-after-diagnosis-1")
    page.fill("#qb-own", "My own question")


def use_card(page):
    open_card(page)
    fill_card(page)
    page.get_by_role("button", name="Save on this device").click()


TOOLS = {"diary": use_diary, "builder": use_builder, "card": use_card}


@pytest.mark.parametrize("tool", TOOLS)
def test_a_visit_asks_no_other_host_sets_no_cookie_and_has_no_script_error(page, tool):
    TOOLS[tool](page)
    page.reload()
    page.wait_for_load_state("networkidle")
    assert page.context.cookies() == []
    assert page.watch.foreign == [], page.watch.foreign
    assert page.watch.console == [] and page.watch.page_errors == [], page.watch.console + page.watch.page_errors


@pytest.mark.parametrize("tool", TOOLS)
def test_using_a_tool_sends_no_request_at_all(page, tool):
    opened = {"diary": open_diary, "builder": open_builder, "card": open_card}[tool]
    opened(page)
    page.wait_for_load_state("networkidle")
    requests = []
    # The browser may fetch the tab's icon late; that is the browser, not the page or the tool.
    page.on("request", lambda r: urlparse(r.url).scheme not in ("blob", "data")
            and not r.url.endswith("/favicon.svg") and requests.append(r.url))
    if tool == "diary":
        add_symptom(page, recent(0), symptoms=("pain",))
        page.get_by_role("button", name="Delete all entries").click()
        page.get_by_role("button", name="Yes, delete all").click()
    elif tool == "builder":
        tick_topics(page, "about-prrt")
        page.fill("#qb-own", "x")
    else:
        fill_card(page)
        page.get_by_role("button", name="Save on this device").click()
    page.wait_for_timeout(300)
    assert requests == []
    assert page.context.cookies() == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_the_tools_in_use_have_no_axe_violations(browser, base_url, size, scheme):
    context = browser.new_context(viewport=PHONE if size == "phone" else DESKTOP, color_scheme=scheme,
                                  base_url=base_url, is_mobile=size == "phone", has_touch=size == "phone")
    page = context.new_page()
    found = []
    for name, use in TOOLS.items():
        use(page)
        found += [f"{name}: {v}" for v in violations(page)]
    context.close()
    assert not found, "\n".join(found)


@pytest.mark.parametrize("tool", TOOLS)
def test_every_control_has_a_visible_name_and_a_large_enough_target_on_a_phone(phone_page, tool):
    TOOLS[tool](phone_page)
    small = phone_page.evaluate("""() => [...document.querySelectorAll(
        '.md-content button, .md-content input:not([type=checkbox]):not([type=radio]):not([hidden]), .md-content select, .md-content textarea, .md-content li:has(> input[type=checkbox]), .md-content li:has(> input[type=radio])')]
        .filter((e) => e.getClientRects().length)
        .filter((e) => { const r = e.getBoundingClientRect(); return r.height < 44; })
        .map((e) => e.outerHTML.slice(0, 80))""")
    assert small == []
