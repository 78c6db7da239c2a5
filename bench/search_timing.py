"""How long a reader waits for search results after the last key (issue #5), in Chromium.

Method, for each query of tests/search_queries.yml, in Material's own search box on a desktop page:
1. Clear the box, type all but the last character (press_sequentially: Material reacts to key
   events only), and wait until the results stop changing, so no earlier keystroke is still being
   answered.
2. In the page, a MutationObserver on `.md-search-result__list` notes performance.now() for every
   change; a keydown listener notes the last key's event.timeStamp (same clock). Both are set up
   before the last key is pressed.
3. Press the last key and wait until the list has been quiet for 200 ms.
   The latency is the time from that key's keydown to the last change of the list: the results
   of the full query are then in the page, ready for the next frame to paint.

The search index is loaded before the first query (a warm-up search), as after any first use.
The first search of a visit also waits for the index itself (search-on-demand.js loads it when
the search box gets focus); that cold start is measured once: focus, a word typed at once, and
the time until its results are shown.
"""
from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

import yaml

from tests.harness.browser import CHROMIUM, CHROMIUM_ARGS, DESKTOP
from netguide.pages import ROOT

QUERIES = ROOT / "tests" / "search_queries.yml"

_OBSERVE = """() => {
  const list = document.querySelector(".md-search-result__list");
  window.__ngSearch = {key: null, changes: []};
  if (window.__ngObserver) window.__ngObserver.disconnect();
  window.__ngObserver = new MutationObserver(() => window.__ngSearch.changes.push(performance.now()));
  window.__ngObserver.observe(list, {childList: true, subtree: true, characterData: true});
  document.addEventListener("keydown", e => { if (window.__ngSearch.key === null) window.__ngSearch.key = e.timeStamp; },
                            {capture: true, once: true});
}"""
_QUIET = """(ms) => {
  const s = window.__ngSearch;
  const last = s.changes.length ? s.changes[s.changes.length - 1] : s.key;
  return s.key !== null && s.changes.some(t => t >= s.key) && performance.now() - last >= ms;
}"""


@dataclass
class SearchTiming:
    per_query: list[tuple[str, float]]  # (query, milliseconds)
    cold_first_results: float  # ms from focusing the box to the first results, index not yet loaded

    @property
    def median(self) -> float:
        return statistics.median(ms for _, ms in self.per_query)

    @property
    def p90(self) -> float:
        values = sorted(ms for _, ms in self.per_query)
        return values[min(len(values) - 1, int(len(values) * 0.9))]


def _results_settled(page, quiet_ms: int = 200, timeout: float = 10.0) -> None:
    """Wait until the result list has not changed for quiet_ms."""
    page.evaluate("""() => {
      const list = document.querySelector(".md-search-result__list");
      window.__ngSettle = performance.now();
      if (window.__ngSettleObs) window.__ngSettleObs.disconnect();
      window.__ngSettleObs = new MutationObserver(() => window.__ngSettle = performance.now());
      window.__ngSettleObs.observe(list, {childList: true, subtree: true, characterData: true});
    }""")
    deadline = time.monotonic() + timeout
    while page.evaluate("(ms) => performance.now() - window.__ngSettle < ms", quiet_ms):
        if time.monotonic() > deadline:
            break
        page.wait_for_timeout(50)


def _first_results(page) -> None:
    page.locator(".md-search-result__meta").filter(has_text="matching").first.wait_for(timeout=30_000)


def measure(base_url: str, queries: list[str] | None = None) -> SearchTiming:
    from playwright.sync_api import sync_playwright

    queries = queries or [q["query"] for q in yaml.safe_load(QUERIES.read_text(encoding="utf-8"))]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=DESKTOP)
        page.goto(base_url, wait_until="networkidle")
        box = page.locator(".md-search__input")

        # Cold start: focus (which starts the index download) to the first results of a word typed at once.
        start = page.evaluate("() => performance.now()")
        box.click()
        box.press_sequentially("carcinoid", delay=0)
        _first_results(page)
        cold = page.evaluate("() => performance.now()") - start

        timings = []
        for query in queries:
            box.press("Control+a")
            box.press("Backspace")
            _results_settled(page)
            if len(query) > 1:
                box.press_sequentially(query[:-1], delay=20)
                _results_settled(page)
            page.evaluate(_OBSERVE)
            box.press(query[-1] if query[-1] != " " else "Space")
            deadline = time.monotonic() + 10
            while not page.evaluate(_QUIET, 200) and time.monotonic() < deadline:
                page.wait_for_timeout(25)
            state = page.evaluate("() => window.__ngSearch")
            after = [t for t in state["changes"] if t >= state["key"]]
            if after:
                timings.append((query, after[-1] - state["key"]))
        browser.close()
    return SearchTiming(timings, cold)
