"""Small actions a reader performs, shared by the browser tests."""
from __future__ import annotations

import re
import time
from pathlib import Path

from playwright.sync_api import TimeoutError as PlaywrightTimeout

ROOT = Path(__file__).resolve().parent.parent


def search(page, query: str) -> list[str]:
    """Type a query into Material's own search box as a reader would; return result links, best first.

    Material reacts to key events only, so the query is typed key by key (fill() would not search).
    On narrow screens the box hides behind the header's search button.
    """
    box = page.locator(".md-search__input")
    if not box.is_visible():
        page.locator("label.md-header__button[for=__search]").click()
    box.click()
    if box.input_value():
        box.press("Control+a")
        box.press("Backspace")
        page.locator(".md-search-result__meta").filter(has_text="matching").wait_for(state="detached", timeout=5_000)
    box.press_sequentially(query, delay=20)
    page.locator(".md-search-result__meta").filter(has_text="matching").first.wait_for(timeout=10_000)
    # The worker answers every keystroke, so results for a shorter prefix can still be on screen.
    # Material writes the matched query words into each result's link (?h=...): wait until they hold the
    # query's last word, or the list says nothing matched. A last word no result matches (a common word
    # such as "work", or one left out as a stop word) never shows there: then wait until the list has
    # stayed the same for half a second.
    last = re.split(r"[\s\-]+", query.strip().lower())[-1]
    settled = """(last) => {
        const meta = document.querySelector('.md-search-result__meta');
        if (meta && meta.textContent.includes('No matching')) return true;
        return [...document.querySelectorAll('.md-search-result__item a')].some(a => {
            const h = new URL(a.href).searchParams.get('h') || '';
            return h.split(/\\s+/).includes(last);
        });
    }"""
    try:
        page.wait_for_function(settled, arg=last, timeout=3_000)
    except PlaywrightTimeout:
        before, stable_since = None, time.monotonic()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            now = page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.href)")
            if now != before:
                before, stable_since = now, time.monotonic()
            elif time.monotonic() - stable_since >= 0.5:
                break
            page.wait_for_timeout(100)
    return page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.href)")


def clear_search(page) -> None:
    page.locator(".md-search__input").fill("")
    page.keyboard.press("Escape")
