"""The reader tools work where readers meet them: in the offline edition opened from file://, and on a real host
with the site's Content-Security-Policy, reached by a click (Material's instant navigation)."""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from playwright.sync_api import expect

from tests.browser.tool_steps import (CARD_KEY, DIARY_KEY, add_symptom, fill_card, listed, paste, sample, stored,
                                     tick_topics)
from tests.harness.browser import DESKTOP, PHONE

TOOL_PAGES = {"symptom-diary": "#ng-diary-form", "question-builder": "#qb-sheet", "summary-card": "#ng-card-form"}


def watch(page) -> list[str]:
    problems: list[str] = []
    page.on("console", lambda m: m.type in ("error", "warning") and problems.append(f"console {m.type}: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    page.on("request", lambda r: r.url.startswith(("http:", "https:")) and problems.append(f"request to {r.url}"))
    return problems


def test_the_tools_work_from_the_offline_edition(browser, offline_site):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    problems = watch(page)
    tools = offline_site / "tools"

    page.goto((tools / "symptom-diary.html").as_uri())
    page.wait_for_selector("#ng-diary-form[data-ready]", state="attached")
    add_symptom(page, datetime.now().strftime("%Y-%m-%dT%H:%M"), symptoms=("flushing",), severity=2)
    page.reload()
    page.wait_for_selector("#ng-diary-form[data-ready]", state="attached")
    expect(page.locator(".ng-diary-list > li")).to_have_count(1)
    assert len(stored(page, DIARY_KEY)["entries"]) == 1

    page.goto((tools / "question-builder.html").as_uri())
    page.wait_for_selector("#qb-sheet[data-ready]", state="attached")
    tick_topics(page, "about-prrt")
    page.emulate_media(media="print")
    expect(page.locator('.ng-sheet__topic[data-topic="about-prrt"]')).to_be_visible()
    expect(page.locator('.ng-sheet__topic[data-topic="after-diagnosis"]')).to_be_hidden()
    page.emulate_media(media="screen")

    page.goto((tools / "summary-card.html").as_uri())
    page.wait_for_selector("#ng-card-form[data-ready]", state="attached")
    fill_card(page)
    page.get_by_role("button", name="Save on this device").click()
    assert stored(page, CARD_KEY)["fields"]["name"] == "Maria Lopez"
    # On paper the card names the guide's published address, not a file on this computer.
    link = page.locator(".ng-wallet__link").inner_text()
    assert re.fullmatch(r"For health professionals: https?://\S+/#for-clinicians", link), link
    context.close()
    assert not problems, "\n".join(problems)


def test_the_tools_start_after_instant_navigation_under_the_sites_security_policy(browser, nginx_sites):
    context = browser.new_context(viewport=DESKTOP, base_url=nginx_sites.subpath_url)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))  # CSP refusals are logged here
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto("tools/")
    page.wait_for_load_state("networkidle")
    assert "script-src 'self'" in page.request.get(page.url).headers.get("content-security-policy", "")
    page.evaluate("() => { window.notReloaded = true; }")
    for slug, ready in TOOL_PAGES.items():
        page.locator(f".md-sidebar--primary a.md-nav__link[href$='{slug}/']").first.click()
        page.wait_for_url(re.compile(rf"/tools/{slug}/$"))
        page.wait_for_selector(f"{ready}[data-ready]", state="attached")
        assert page.evaluate("() => window.notReloaded === true"), "the click loaded a whole new page"
        assert page.locator("link[href$='tools.css']").count() == 1
    fill_card(page, {"name": "Kim"})  # the page the reader is on now
    expect(page.locator(".ng-wallet--front")).to_contain_text("Name: Kim")
    page.locator(".md-sidebar--primary a.md-nav__link[href$='symptom-diary/']").first.click()
    page.wait_for_selector("#ng-diary-form[data-ready]", state="attached")
    add_symptom(page, datetime.now().strftime("%Y-%m-%dT%H:%M"), symptoms=("pain",))
    assert len(stored(page, DIARY_KEY)["entries"]) == 1
    context.close()
    assert not errors, "\n".join(errors)


# ----------------------------------------------------------------- Explain my report


def test_the_tool_works_in_the_offline_edition_opened_from_the_file_system(browser, offline_site):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    problems = []
    page.on("console", lambda m: m.type in ("error", "warning") and problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    page.on("request", lambda r: not r.url.startswith("file://") and problems.append(f"request to {r.url}"))
    page.goto((offline_site / "tools" / "explain-my-report.html").as_uri())
    page.locator(".ng-explain__form").wait_for()
    paste(page, sample("scan.txt"))
    links = page.locator(".ng-explain__list dd a")
    assert links.count() > 50
    for href in links.evaluate_all("links => links.map(a => a.href)"):
        assert href.startswith("file://") and ".html" in href, href
        assert Path(unquote(urlsplit(href).path)).is_file(), f"the offline edition has no {href}"
    context.close()
    assert not problems, "\n".join(problems)


def test_the_word_list_is_a_plain_script_file_in_both_editions(site_dir, offline_site):
    for folder in (site_dir, offline_site):
        script = (folder / "assets" / "javascripts" / "report-terms.js").read_text(encoding="utf-8")
        assert script.count("window.NGReportTerms=") == 1
        assert not re.search(r"\b(fetch|import|XMLHttpRequest)\b", script.split("window.NGReportTerms=")[0])


def test_the_tool_starts_after_instant_navigation_under_the_sites_security_headers(browser, nginx_sites):
    """Deployed at its own address, Material swaps pages in place (instant navigation) and runs only the
    scripts inside the swapped part: the tool's scripts must be there. nginx sends the shipped CSP."""
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    problems = []
    page.on("console", lambda m: m.type in ("error", "warning") and problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    page.goto(nginx_sites.subpath_url + "tools/")
    page.evaluate("() => { window.sameDocument = true; }")
    page.locator("article a", has_text="Explain my report").first.click()
    page.wait_for_url("**/tools/explain-my-report/")
    page.locator(".ng-explain__form").wait_for()
    assert page.evaluate("() => window.sameDocument === true"), "expected instant navigation, got a full page load"
    paste(page, "Ki-67 8%, SUVmax 38.2")
    assert [entry["term"] for entry in listed(page)] == ["Ki-67 index", "SUV"]
    context.close()
    assert not problems, "\n".join(problems)
