"""Explain my report (issue 16): how long a reader waits for the list after pasting a two-page letter, and what
the tool's word list weighs.

Method, in Chromium on a desktop page of the served site:
1. The invented two-page clinic letter (tests/fixtures/reports/clinic-letter.txt, about 840 words) goes on the
   clipboard; the text box is empty.
2. In the page, a keydown listener notes the paste key's event.timeStamp, and a MutationObserver on the list
   waits for it to be filled, then for two animation frames: by then the browser has laid out and painted
   the list. Both use the performance.now() clock.
3. Ctrl+V. The time to results is from that key to the painted list. Repeated RUNS times (Clear between
   runs); the first paste of the visit is reported on its own.

The weight is the generated assets/javascripts/report-terms.js, raw and gzip (level 6, as the bench reports
the search index).
"""
from __future__ import annotations

import gzip
import statistics
from dataclasses import dataclass
from pathlib import Path

from netguide.data import ROOT
from netguide.postbuild.report_terms import OUTPUT
from tests.harness.browser import CHROMIUM, CHROMIUM_ARGS, DESKTOP

LETTER = ROOT / "tests" / "fixtures" / "reports" / "clinic-letter.txt"
TOOL = "tools/explain-my-report/"
RUNS = 15

_ARM = """() => {
  window.__ngPaste = {key: null, painted: null, entries: 0};
  document.addEventListener("keydown", e => { window.__ngPaste.key = e.timeStamp; }, {capture: true, once: true});
  const list = document.querySelector(".ng-explain__list");
  const observer = new MutationObserver(() => {
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => {
      window.__ngPaste.painted = performance.now();
      window.__ngPaste.entries = list.querySelectorAll("dt").length;
    }));
  });
  observer.observe(list, {childList: true});
}"""


@dataclass
class ReportTiming:
    words: int  # in the pasted letter
    entries: int  # terms the list showed
    first_ms: float  # the first paste of the visit
    runs_ms: list[float]
    data_raw: int
    data_gzip: int

    @property
    def median(self) -> float:
        return statistics.median(self.runs_ms)

    @property
    def worst(self) -> float:
        return max(self.runs_ms)


def data_sizes(site: Path) -> tuple[int, int]:
    data = (Path(site) / OUTPUT).read_bytes()
    return len(data), len(gzip.compress(data, compresslevel=6))


def measure(base_url: str, site: Path, runs: int = RUNS) -> ReportTiming:
    from playwright.sync_api import sync_playwright

    letter = LETTER.read_text(encoding="utf-8")
    timings, entries = [], 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport=DESKTOP)
        context.grant_permissions(["clipboard-read", "clipboard-write"])
        page = context.new_page()
        page.goto(base_url + TOOL, wait_until="networkidle")
        page.locator(".ng-explain__form").wait_for()
        page.evaluate("text => navigator.clipboard.writeText(text)", letter)
        box = page.locator("#ng-explain-text")
        clear = page.locator("[data-ng-explain-clear]")
        for _ in range(runs + 1):
            clear.click()
            box.focus()
            page.evaluate(_ARM)
            page.keyboard.press("Control+V")
            page.wait_for_function("() => window.__ngPaste.painted !== null", timeout=10_000)
            state = page.evaluate("() => window.__ngPaste")
            timings.append(state["painted"] - state["key"])
            entries = state["entries"]
        browser.close()
    raw, packed = data_sizes(site)
    return ReportTiming(len(letter.split()), entries, timings[0], timings[1:], raw, packed)
