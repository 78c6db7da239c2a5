"""NET Guide benchmark: build, serve and measure the site, then check the reader budgets of issue #7.

    make bench                        # everything; about 11 minutes on two cores
    python -m bench --quick   # one build, no growth builds, Lighthouse on 5 pages

Prints one report: build time, size, search index, growth with the number of pages, bytes per page
for a first and a repeat visit, Lighthouse scores of every page, search latency, HTML errors, and a
PASS/FAIL line per budget. Exits with status 1 when a budget fails. Run it on a quiet machine: the
build times, the search latency and Lighthouse's performance score all depend on free CPU.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
from bench import budgets as B
from bench.builds import growth_build, measured, median_build
from bench.lighthouse import MORE_RUNS, audit_site
from bench.report_timing import measure as measure_report
from bench.search_timing import measure as measure_search
from bench.server import BenchNginx
from bench.visits import crawl
from tests.harness.html_validity import VNU_JAR, check_site, errors
from netguide.pages import nav_pages, page_url

# The test suite's axe and keyboard tests: all of test_accessibility.py, and every test named "axe"
# elsewhere among the browser tests (the open glossary definition's test lives beside the glossary).
ACCESSIBILITY_TESTS = ["tests/test_accessibility.py", "tests/test_glossary_in_browser.py"]
ACCESSIBILITY_SELECTION = "test_accessibility or axe"


def _out(line: str = "") -> None:
    print(line, flush=True)


def _versions() -> str:
    from importlib.metadata import version

    chromium = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True).stdout.strip().splitlines()
    lighthouse = json.loads((ROOT / "node_modules" / "lighthouse" / "package.json").read_text())["version"]
    vnu = json.loads((ROOT / "node_modules" / "vnu-jar" / "package.json").read_text())["version"]
    return (f"MkDocs {version('mkdocs')}, Material {version('mkdocs-material')}, "
            f"{chromium[-1] if chromium else 'Chromium ?'}, Lighthouse {lighthouse}, vnu {vnu}")


def _commit() -> str:
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return f"{head or '?'}{' + uncommitted changes' if dirty else ''}"


def start_accessibility_tests() -> subprocess.Popen:
    """The axe and keyboard tests of the test suite (one source of truth for what they check)."""
    tests = [t for t in ACCESSIBILITY_TESTS if (ROOT / t).exists()]
    output = tempfile.TemporaryFile(mode="w+")  # a file, not a pipe: a long failure report cannot block pytest
    process = subprocess.Popen([sys.executable, "-m", "pytest", *tests, "-k", ACCESSIBILITY_SELECTION, "-rf",
                                "--no-header", "-p", "no:cacheprovider"],
                               cwd=ROOT, stdout=output, stderr=subprocess.STDOUT, text=True)
    process.output = output
    return process


def accessibility_test_result(process: subprocess.Popen) -> tuple[list[str], str]:
    """(failed tests, pytest's summary line)."""
    process.wait()
    process.output.seek(0)
    lines = process.output.read().strip().splitlines()
    process.output.close()
    summary = next((line.strip("= ") for line in reversed(lines) if " in " in line and ("passed" in line or "failed" in line
                                                                                         or "error" in line)), "no summary")
    failed = [line.removeprefix("FAILED ") for line in lines if line.startswith("FAILED ")]
    if process.returncode != 0 and not failed:
        failed = [f"pytest exited with {process.returncode}: {summary}"] + lines[-15:]
    return failed, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--builds", type=int, default=3, help="timed builds; the median is reported (default 3)")
    parser.add_argument("--growth", default="10,50", help="copies of the guide to build, comma-separated; '' for none")
    parser.add_argument("--lighthouse-pages", type=int, default=0, help="audit only the first N pages (0 = all)")
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument("--no-tests", action="store_true", help="skip the accessibility tests")
    parser.add_argument("--quick", action="store_true", help="1 build, no growth, Lighthouse on 5 pages")
    parser.add_argument("--json", type=Path, help="also write every measurement to this file")
    args = parser.parse_args(argv)
    if args.quick:
        args.builds, args.growth, args.lighthouse_pages = 1, "", args.lighthouse_pages or 5
    growth_copies = [int(n) for n in args.growth.split(",") if n.strip()]
    if not VNU_JAR.exists():
        _out("node_modules is missing: run `make node_modules/.installed` (npm ci) first")
        return 2

    work = Path(tempfile.mkdtemp(prefix="netguide-bench-"))
    try:
        return bench(args, growth_copies, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def bench(args: argparse.Namespace, growth_copies: list[int], work: Path) -> int:
    """Every measurement, in an order that keeps the CPU-sensitive ones apart; 1 if a budget fails."""
    started = time.monotonic()
    report: dict = {}
    _out(f"NET Guide benchmark, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, commit {_commit()}")
    _out(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start; {_versions()}")
    _out()

    # ---------------------------------------------------------------- build, size, search index
    site = work / "site"
    build, builds = median_build(site, args.builds)
    pages = [page_url(src) for src in nav_pages()]
    index_raw, index_gzip = build.search_index_sizes()
    files = [p for p in site.rglob("*") if p.is_file()]
    images = [(p, p.stat().st_size) for p in files if p.suffix.lower() in B.IMAGE_SUFFIXES]
    report["build"] = {"wall": [b.wall for b in builds], "cpu": [b.cpu for b in builds], "pages": build.pages,
                       "site_bytes": build.size, "files": len(files), "index_raw": index_raw, "index_gzip": index_gzip}
    _out(f"Build (median of {len(builds)})      {build.wall:6.1f} s wall, {build.cpu:.1f} s CPU "
         f"(runs: {', '.join(f'{b.wall:.1f}' for b in builds)} s)")
    _out(f"Pages                     {build.pages:6d}  ({len(pages)} in the nav)")
    _out(f"Site size                 {build.size / 1e6:6.2f} MB in {len(files)} files; "
         f"largest image {max((s for _, s in images), default=0) / 1024:.1f} KB")
    _out(f"Search index              {index_raw / 1024:6.1f} KB raw, {index_gzip / 1024:.1f} KB gzip (level 6)")

    # ---------------------------------------------------------------- HTML validity
    t = time.monotonic()
    messages = check_site(site)
    html_errors = errors(messages)
    warnings = [m for m in messages if m.kind == "warning"]
    report["html"] = {"errors": [str(m) for m in html_errors], "warnings": len(warnings)}
    _out(f"HTML checker (vnu)        {len(html_errors):6d} errors, {len(warnings)} warnings in "
         f"{sum(1 for p in files if p.suffix == '.html')} HTML files ({time.monotonic() - t:.0f} s)")
    _out()

    growth: dict[int, object] = {}
    growth_errors: list[str] = []
    growth_thread = None
    with BenchNginx(work / "nginx") as nginx:
        base_url = nginx.add_root_site(site)
        nginx.start()

        # ------------------------------------------------------------ Lighthouse: alone, it measures CPU time
        lighthouse = []
        if not args.no_lighthouse:
            audited = pages[: args.lighthouse_pages] if args.lighthouse_pages else pages
            t = time.monotonic()
            lighthouse = audit_site(base_url, audited, B.LIGHTHOUSE_PERFORMANCE_MIN)
            lighthouse_time = time.monotonic() - t
            report["lighthouse"] = [asdict(r) for r in lighthouse]

        # ------------------------------------------------------------ search latency (also CPU-bound)
        search = measure_search(base_url)
        report["search"] = {"median_ms": search.median, "p90_ms": search.p90, "cold_ms": search.cold_first_results,
                            "per_query": search.per_query}

        # ------------------------------------------------------------ Explain my report: paste to painted list
        explainer = measure_report(base_url, site)
        report["explain_my_report"] = asdict(explainer)

        # ------------------------------------------------------------ beside each other: growth builds (they count CPU
        # seconds, not wall time), the accessibility tests (their own build and server) and the byte counts
        tests = None if args.no_tests else start_accessibility_tests()
        if growth_copies:
            def grow():
                try:
                    for copies in growth_copies:
                        growth[copies] = growth_build(work / "growth", copies)
                except (SystemExit, Exception) as error:  # reported below; the other measurements go on
                    growth_errors.append(str(error))
            growth_thread = threading.Thread(target=grow, daemon=True)
            growth_thread.start()

        visits = crawl(nginx, base_url, pages)
        report["visits"] = [asdict(v) for v in visits.visits]

    failed_tests, test_summary = (None, "skipped") if tests is None else accessibility_test_result(tests)
    if growth_thread:
        growth_thread.join()

    # ---------------------------------------------------------------- per-page table
    lh = {r.path: r for r in lighthouse}
    _out(f"{'Page':<44}{'first':>10}{'repeat':>10}{'requests':>10}   Lighthouse perf/a11y/bp/seo")
    for v in visits.visits:
        r = lh.get(v.path)
        scores = "/".join(str(r.scores[c]) for c in ("performance", "accessibility", "best-practices", "seo")) if r else "-"
        if r and len(r.runs) > 1:
            scores += f"  (runs {', '.join(map(str, r.runs))})"
        _out(f"/{v.path:<43}{B.kb(v.first):>10}{B.kb(v.repeat):>10}{v.first_requests:>6}/{v.repeat_requests:<3}   {scores}")
    firsts = [v.first for v in visits.visits]
    repeats = [v.repeat for v in visits.visits]
    _out(f"{'median':<44}{B.kb(statistics.median(firsts)):>10}{B.kb(statistics.median(repeats)):>10}")
    _out(f"{'largest':<44}{B.kb(max(firsts)):>10}{B.kb(max(repeats)):>10}")
    _out("Bytes are what nginx sent (headers + gzip body) for a phone-sized Chromium visit; the repeat visit")
    _out("reuses the first visit's cache (hashed theme files cached for a year, the rest revalidated).")
    if lighthouse:
        rerun = sum(1 for r in lighthouse if len(r.runs) > 1)
        _out(f"Lighthouse: {len(lighthouse)} pages, mobile preset, 2 at a time, {lighthouse_time:.0f} s"
             f"{f'; {rerun} pages under {B.LIGHTHOUSE_PERFORMANCE_MIN} run {MORE_RUNS} more times one at a time, median shown' if rerun else ''}")
    _out()
    _out(f"Search, last key to results: median {search.median:.0f} ms, 90th percentile {search.p90:.0f} ms over "
         f"{len(search.per_query)} queries; first search of a visit (index loads on focus): results {search.cold_first_results:.0f} ms after focus")
    _out(f"Explain my report, paste to painted list ({explainer.words}-word letter, {explainer.entries} terms): "
         f"median {explainer.median:.0f} ms, worst {explainer.worst:.0f} ms over {len(explainer.runs_ms)} pastes, "
         f"first paste {explainer.first_ms:.0f} ms; word list {explainer.data_raw / 1024:.1f} KB raw, "
         f"{explainer.data_gzip / 1024:.1f} KB gzip (level 6)")

    # ---------------------------------------------------------------- growth table
    if growth or growth_errors:
        _out()
        _out("Growth: the guide copied N times (real pages, each copy in the nav)")
        _out(f"{'copies':>6}{'pages':>7}{'wall s':>9}{'CPU s':>8}{'CPU ms/page':>13}{'index KB':>10}"
             f"{'index KB/page':>15}{'HTML KB/page':>14}{'site MB':>9}")
        rows = [measured(1, build)] + [growth[c] for c in sorted(growth)]
        report["growth"] = [asdict(g) for g in rows]
        for g in rows:
            _out(f"{g.copies:>5}x{g.pages:>7}{g.wall:>9.1f}{g.cpu:>8.1f}{1000 * g.cpu / g.pages:>13.0f}"
                 f"{g.index_raw / 1024:>10.0f}{g.index_raw / 1024 / g.pages:>15.1f}"
                 f"{g.html_bytes / 1024 / g.pages:>14.1f}{g.site_bytes / 1e6:>9.0f}")
        _out("CPU time is the fair comparison: the copies were built beside the browser measurements.")
        for error in growth_errors:
            _out(f"Growth build failed: {error[:2000]}")

    # ---------------------------------------------------------------- budgets
    def below(r, c):
        return r.scores[c] < (B.LIGHTHOUSE_PERFORMANCE_MIN if c == "performance" else B.LIGHTHOUSE_OTHER_MIN)

    bad_scores = [f"/{r.path}: {c} {r.scores[c]}" + (f" ({r.error.splitlines()[0]})" if r.error else "")
                  for r in lighthouse for c in r.scores if below(r, c)]
    bad_audits = [f"/{r.path}: {a}" for r in lighthouse if any(below(r, c) for c in r.scores) for a in r.failing]
    verdicts = [
        B.verdict("Accessibility (axe WCAG 2.2 A+AA, light/dark, desktop/phone, search, tooltips; keyboard)",
                  failed_tests, f"pytest -k '{ACCESSIBILITY_SELECTION}': {test_summary}"),
        B.verdict("Privacy (no request to another host, no cookie)", visits.foreign + visits.cookies,
                  f"{len(visits.foreign)} foreign requests, {len(visits.cookies)} cookies on {len(visits.visits)} pages"),
        B.verdict("Validity (Nu HTML Checker errors)", [str(m) for m in html_errors], f"{len(html_errors)} errors"),
        B.verdict(f"Weight, first visit <= {B.kb(B.FIRST_VISIT_MAX)} on every page",
                  [f"/{v.path}: {B.kb(v.first)}" for v in visits.visits if v.first > B.FIRST_VISIT_MAX],
                  f"median {B.kb(statistics.median(firsts))}, largest {B.kb(max(firsts))}"),
        B.verdict(f"Weight, repeat visit <= {B.kb(B.REPEAT_VISIT_MAX)}",
                  [f"/{v.path}: {B.kb(v.repeat)}" for v in visits.visits if v.repeat > B.REPEAT_VISIT_MAX],
                  f"largest {B.kb(max(repeats))}"),
        B.verdict(f"Weight, no image over {B.kb(B.IMAGE_MAX)}",
                  [f"{p.relative_to(site)}: {B.kb(s)}" for p, s in images if s > B.IMAGE_MAX],
                  f"{len(images)} images, largest {B.kb(max((s for _, s in images), default=0))}"),
        B.verdict(f"Lighthouse mobile: performance >= {B.LIGHTHOUSE_PERFORMANCE_MIN}, accessibility/best practices/SEO 100",
                  None if args.no_lighthouse else bad_scores + [f"  costs points: {a}" for a in bad_audits],
                  "skipped" if args.no_lighthouse else
                  f"{len(lighthouse)} of {len(pages)} pages; lowest performance {min(r.scores['performance'] for r in lighthouse)}"),
        B.verdict(f"Explain my report: list within {B.REPORT_RESULTS_MAX_MS} ms of pasting a two-page letter",
                  [f"{ms:.0f} ms" for ms in [explainer.first_ms, *explainer.runs_ms] if ms > B.REPORT_RESULTS_MAX_MS],
                  f"median {explainer.median:.0f} ms, worst {max(explainer.first_ms, explainer.worst):.0f} ms"),
        B.verdict(f"Explain my report: word list <= {B.kb(B.REPORT_DATA_MAX)} gzip",
                  [B.kb(explainer.data_gzip)] if explainer.data_gzip > B.REPORT_DATA_MAX else [],
                  B.kb(explainer.data_gzip)),
        B.verdict("No console errors or warnings", visits.console + visits.not_ok,
                  f"{len(visits.console)} messages on {len(visits.visits)} pages"),
    ]
    _out()
    _out("Budgets (issue #7)")
    for v in verdicts:
        for line in v.lines():
            _out(line)
    report["budgets"] = [asdict(v) for v in verdicts]
    failed = [v for v in verdicts if v.status == "FAIL"]
    _out()
    _out(f"Bench finished in {(time.monotonic() - started) / 60:.1f} min: "
         f"{'all budgets met' if not failed else f'{len(failed)} budget(s) failed'}"
         f"{' (some skipped)' if any(v.status == 'SKIP' for v in verdicts) else ''}.")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
