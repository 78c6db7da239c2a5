"""Where each reader query's page lands in the real search box, for tuning the search.

Why: the search settings (mkdocs.yml `plugins: search: fields`, netguide/postbuild/search_keywords.py, the
worker mends in overrides/assets/javascripts/search-worker-mends.js, docs/_data/search-synonyms.yml) trade
one query against another, so every change is measured against all queries at once, in the browser readers use.
`python -m scripts.search_ranks SITE_DIR [QUERY_FILE ...]` types each query of tests/search_queries.yml and
tests/search_reader_questions.yml (or the files named) into Material's search box in Chromium and prints how
many pages landed first, second, third, lower or not at all, and every query that missed its rank.
tests/browser/test_search_queries.py asserts the same, using `page_ranks` below.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

import yaml

from netguide.pages import page_url
from tests.harness.browser import CHROMIUM, CHROMIUM_ARGS, DESKTOP, serve
from tests.helpers import search

ROOT = Path(__file__).resolve().parent.parent
QUERY_FILES = (ROOT / "tests" / "search_queries.yml", ROOT / "tests" / "search_reader_questions.yml")
DEFAULT_RANK = 3  # tests/search_queries.yml: the page must be among the first three


def load_queries(path: Path) -> list[dict]:
    queries = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    return [{"rank": DEFAULT_RANK, **q} for q in queries]


def pages_shown(hrefs: list[str]) -> list[str]:
    """Site paths of the result pages in the order shown (Material lists a page, then its sections)."""
    return list(dict.fromkeys(urlparse(h).path.lstrip("/") for h in hrefs))


def page_ranks(page, queries: list[dict]) -> list[tuple[dict, int | None, list[str]]]:
    """(query, rank of its page or None, pages shown) for each query, typed into the search box of `page`."""
    out = []
    for q in queries:
        shown = pages_shown(search(page, q["query"]))
        want = page_url(q["page"].split("#")[0])
        out.append((q, shown.index(want) + 1 if want in shown else None, shown))
    return out


def summary(results) -> str:
    counts = Counter(rank if rank is not None and rank <= 3 else ">3" if rank else "none" for _, rank, _ in results)
    hits = sum(1 for q, rank, _ in results if rank is not None and rank <= q["rank"])
    return (f"{hits}/{len(results)} at their rank; first {counts[1]}, second {counts[2]}, third {counts[3]}, "
            f"lower {counts['>3']}, not found {counts['none']}")


def misses(results) -> list[str]:
    return [f"{q['query']!r}: want {q['page']} at rank <= {q['rank']}, got {rank} ({shown[:4]})"
            for q, rank, shown in results if rank is None or rank > q["rank"]]


def main(site_dir: str, files: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    server = serve(Path(site_dir))
    failed = 0
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport=DESKTOP, base_url=f"http://127.0.0.1:{server.server_address[1]}/")
            page.goto("")
            for path in files or QUERY_FILES:
                results = page_ranks(page, load_queries(Path(path)))
                print(f"{Path(path).name}: {summary(results)}")
                for line in misses(results):
                    print("  " + line)
                failed += len(misses(results))
            browser.close()
    finally:
        server.shutdown()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
