"""Lighthouse (npm `lighthouse`, 12.8 on Node 20) on every page, mobile preset, with Debian's Chromium.

Two pages at a time: the machine has two cores, and Lighthouse's performance score depends on how
long the page's scripts take, so more at once would measure the machine, not the page. Lighthouse's
own advice for its run-to-run variance is the median of several runs; a page whose performance
score is under the budget is run twice more and the median of the three counts.

Skipped, to save time, are three audits that no category score uses: the back/forward-cache test
(it navigates away and back) and the screenshots.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from scripts.browser import CHROMIUM, CHROMIUM_ARGS
from scripts.site_pages import ROOT

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
UNSCORED_SLOW_AUDITS = "bf-cache,screenshot-thumbnails,final-screenshot"


@dataclass
class Report:
    path: str
    scores: dict[str, int]  # category -> 0..100
    runs: list[int] = field(default_factory=list)  # performance score of each run
    failing: list[str] = field(default_factory=list)  # audits that cost points, in categories under 100
    error: str = ""


def run_once(url: str) -> dict:
    """One Lighthouse run; the parsed JSON report."""
    with tempfile.TemporaryDirectory(prefix="netguide-lh-") as tmp:
        out = Path(tmp) / "report.json"
        flags = " ".join(["--headless", *CHROMIUM_ARGS, f"--user-data-dir={tmp}/profile"])
        result = subprocess.run(
            [str(LIGHTHOUSE), url, "--output=json", f"--output-path={out}", "--quiet",
             f"--only-categories={','.join(CATEGORIES)}", "--disable-full-page-screenshot",
             f"--skip-audits={UNSCORED_SLOW_AUDITS}", f"--chrome-flags={flags}"],
            env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True, timeout=180,
        )
        if result.returncode != 0 or not out.exists():
            raise RuntimeError(f"lighthouse failed for {url}:\n{result.stderr[-2000:]}")
        return json.loads(out.read_text(encoding="utf-8"))


def _scores(report: dict) -> dict[str, int]:
    return {c: round((report["categories"][c]["score"] or 0) * 100) for c in CATEGORIES}


def _failing(report: dict) -> list[str]:
    out = []
    for category in report["categories"].values():
        if category["score"] is not None and category["score"] >= 1:
            continue
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
                out.append(f"{category['id']}: {ref['id']} {audit.get('displayValue', '')}".strip())
    return out


def audit_page(base_url: str, path: str, performance_budget: int) -> Report:
    runs = []
    try:
        runs.append(run_once(base_url + path))
        if _scores(runs[0])["performance"] < performance_budget:
            runs += [run_once(base_url + path) for _ in range(2)]
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        return Report(path, {c: 0 for c in CATEGORIES}, error=str(error))
    performance = [_scores(r)["performance"] for r in runs]
    median_run = sorted(runs, key=lambda r: _scores(r)["performance"])[len(runs) // 2]
    return Report(path, _scores(median_run), performance, _failing(median_run))


def audit_site(base_url: str, paths: list[str], performance_budget: int, parallel: int = 2) -> list[Report]:
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is missing: run `make node_modules/.installed` (npm ci) first")
    with ThreadPoolExecutor(max_workers=parallel) as pool:
        return list(pool.map(lambda p: audit_page(base_url, p, performance_budget), paths))


def median_score(reports: list[Report], category: str) -> float:
    return statistics.median(r.scores[category] for r in reports)
