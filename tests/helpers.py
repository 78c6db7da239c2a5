"""Small actions a reader performs, shared by the browser tests."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def search(page, query: str) -> list[str]:
    """Type a query into Material's own search box as a reader would; return result links, best first.

    Material searches on key events (keyup), not on input events. So the query but its last letter is put in the
    box without key events, the count line is blanked, and the last letter is typed: Material then searches
    once, for the whole query, and the next count line it writes ("N matching documents" or "No matching
    documents") belongs to these results. Typing every letter would search every prefix, and results for a
    shorter prefix could still be on screen when the test reads them.
    On narrow screens the box hides behind the header's search button.
    """
    box = page.locator(".md-search__input")
    if not box.is_visible():
        page.locator("label.md-header__button[for=__search]").click()
    if not page.evaluate("() => document.activeElement === document.querySelector('.md-search__input')"):
        box.click()
        page.wait_for_timeout(50)  # Material searches the box's value once, just after it gains focus
    box.fill(query[:-1])
    page.evaluate("() => { document.querySelector('.md-search-result__meta').textContent = ''; }")
    box.press_sequentially(query[-1])
    page.locator(".md-search-result__meta").filter(has_text="matching").first.wait_for(timeout=10_000)
    return page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.href)")


def clear_search(page) -> None:
    page.locator(".md-search__input").fill("")
    page.keyboard.press("Escape")
