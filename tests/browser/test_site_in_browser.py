"""What a reader of the built site gets in a real browser: every page loads, navigation and
search work, and nothing is requested from any other host."""
from __future__ import annotations

import re

from tests.helpers import search


def test_every_page_loads_whole_without_console_errors_or_foreign_requests(page, page_paths):
    """Whole: a title, the "Last reviewed" date and the disclaimer a reader of a health site must see."""
    problems = []
    for path in page_paths:
        response = page.goto(path, wait_until="load")
        if response is None or response.status != 200:
            problems.append(f"/{path}: status {response and response.status}")
        if not page.locator("article h1").first.inner_text().strip():
            problems.append(f"/{path}: no visible page title")
        if not page.locator(".ng-reviewed time").count():
            problems.append(f"/{path}: no 'Last reviewed' date")
        if "does not replace your care team" not in page.locator(".ng-disclaimer").inner_text():
            problems.append(f"/{path}: no disclaimer")
    page.wait_for_timeout(300)
    watch = page.watch
    problems += [f"console {m}" for m in watch.console] + [f"script error {e}" for e in watch.page_errors]
    problems += [f"request to another host: {u}" for u in watch.foreign]
    assert not problems, "\n".join(problems)


def test_no_cookies_are_set(page, page_paths):
    for path in page_paths[:5]:
        page.goto(path)
    assert page.context.cookies() == []


def test_sidebar_navigation_reaches_every_section(page, sections):
    for title, path in sections:
        page.goto("")
        link = page.locator(".md-sidebar--primary a.md-nav__link", has_text=re.compile(rf"^\s*{re.escape(title)}\s*$")).first
        link.click()
        page.wait_for_url(re.compile(re.escape(path) + "$"))
        assert page.locator("article h1").first.is_visible(), title


def test_phone_menu_opens_and_leads_to_a_section(phone_page, sections):
    phone_page.goto("")
    phone_page.locator("label.md-header__button[for=__drawer]").click()
    title, path = sections[-1]
    phone_page.locator(".md-nav--primary .md-nav__link", has_text=title).first.click()
    phone_page.wait_for_url(re.compile(re.escape(path)))


def test_search_box_shows_results_that_link_to_the_right_page(page):
    page.goto("")
    hrefs = search(page, "somatostatin analogs")
    assert any("treatment/somatostatin-analogs/" in h for h in hrefs[:3]), hrefs[:5]
