"""Small actions a reader performs, shared by the browser tests."""
from __future__ import annotations

import re
from pathlib import Path

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
    # Material writes the highlighted query terms into each result's link (?h=...): wait until
    # they hold the query's last word, or until the list says nothing matched.
    last = re.split(r"[\s\-]+", query.strip().lower())[-1]
    page.wait_for_function(
        """(last) => {
            const meta = document.querySelector('.md-search-result__meta');
            if (meta && meta.textContent.includes('No matching')) return true;
            return [...document.querySelectorAll('.md-search-result__item a')].some(a => {
                const h = new URL(a.href).searchParams.get('h') || '';
                return h.split(/\s+/).includes(last);
            });
        }""",
        arg=last,
        timeout=10_000,
    )
    return page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.href)")


def clear_search(page) -> None:
    page.locator(".md-search__input").fill("")
    page.keyboard.press("Escape")
