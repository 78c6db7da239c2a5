"""Lighthouse (npm `lighthouse`, 12.8 on Node 20) on every page, mobile preset, with Debian's Chromium.

Two pages at a time, each in its own Chromium (bench/lighthouse-runner.mjs keeps one open
per worker): the machine has two cores. Lighthouse's performance score depends on how long the
page's scripts take, so two runs at once, or anything else busy on the machine, lower it. So, as
Lighthouse advises for its run-to-run variance (docs/variability.md: the median of five runs), a page
whose performance score is under the budget is run four more times, one run at a time after the
others, and the median of its five runs counts.
A run that Lighthouse itself reports as broken (for example NO_NAVSTART, a lost trace) is run again once.

Skipped, to save time, are three audits that no category score uses: the back/forward-cache test
(it navigates away and back) and the screenshots.
"""
from __future__ import annotations

import json
import os
import queue
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from tests.harness.browser import CHROMIUM, CHROMIUM_ARGS
from netguide.pages import ROOT

RUNNER = Path(__file__).with_name("lighthouse-runner.mjs")
LIGHTHOUSE_PACKAGE = ROOT / "node_modules" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
MORE_RUNS = 4  # for a page under the performance budget: the median of 1 + 4 runs counts
UNSCORED_SLOW_AUDITS = "bf-cache,screenshot-thumbnails,final-screenshot"


@dataclass
class Report:
    path: str
    scores: dict[str, int]  # category -> 0..100
    runs: list[int] = field(default_factory=list)  # performance score of each run
    failing: list[str] = field(default_factory=list)  # audits that cost points, in categories under 100
    error: str = ""


class Worker:
    """One Node process with one Chromium, auditing one URL at a time."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.process = subprocess.Popen(
            ["node", str(RUNNER), str(out_dir), ",".join(CATEGORIES), UNSCORED_SLOW_AUDITS, "--headless", *CHROMIUM_ARGS],
            cwd=ROOT, env={**os.environ, "CHROME_PATH": CHROMIUM}, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, bufsize=1,
        )

    def run(self, url: str) -> dict:
        """The parsed JSON report; RuntimeError if Lighthouse could not audit the page."""
        self.process.stdin.write(url + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the Lighthouse runner stopped (exit status {self.process.poll()})")
        answer = json.loads(line)
        if "error" in answer:
            raise RuntimeError(answer["error"])
        report = Path(answer["report"])
        data = json.loads(report.read_text(encoding="utf-8"))
        report.unlink()
        return data

    def close(self) -> None:
        self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


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


def _run_with_retry(worker: Worker, url: str) -> dict:
    try:
        return worker.run(url)
    except RuntimeError:
        return worker.run(url)


def _report(path: str, runs: list[dict]) -> Report:
    performance = [_scores(r)["performance"] for r in runs]
    median_run = sorted(runs, key=lambda r: _scores(r)["performance"])[len(runs) // 2]
    return Report(path, _scores(median_run), performance, _failing(median_run))


def audit_site(base_url: str, paths: list[str], performance_budget: int, parallel: int = 2) -> list[Report]:
    if not LIGHTHOUSE_PACKAGE.exists():
        raise SystemExit("Lighthouse is missing: run `make node_modules/.installed` (npm ci) first")
    todo: queue.Queue = queue.Queue()
    for path in paths:
        todo.put(path)
    runs: dict[str, list[dict]] = {}
    errors: dict[str, str] = {}

    def work(out_dir: Path) -> None:
        worker = Worker(out_dir)
        try:
            while True:
                try:
                    path = todo.get_nowait()
                except queue.Empty:
                    return
                try:
                    runs[path] = [_run_with_retry(worker, base_url + path)]
                except RuntimeError as error:
                    errors[path] = str(error)
        finally:
            worker.close()

    with tempfile.TemporaryDirectory(prefix="netguide-lighthouse-") as tmp:
        threads = [threading.Thread(target=work, args=(Path(tmp),)) for _ in range(parallel)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        # More runs of the pages under the budget: one at a time.
        slow = [p for p in paths if p in runs and _scores(runs[p][0])["performance"] < performance_budget]
        if slow:
            worker = Worker(Path(tmp))
            try:
                for path in slow:
                    try:
                        runs[path] += [_run_with_retry(worker, base_url + path) for _ in range(MORE_RUNS)]
                    except RuntimeError as error:
                        errors[path] = str(error)
            finally:
                worker.close()
    return [Report(p, {c: 0 for c in CATEGORIES}, error=errors[p]) if p in errors else _report(p, runs[p])
            for p in paths]
