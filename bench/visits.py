"""Each page visited twice in Chromium, as a reader on a phone would: the first visit with an empty
browser cache, then a repeat visit with the cache the first one left. Counts the bytes nginx sent
for each visit (bench/server.py says why at the server), and notes on the way what must
never happen: a request to another host, a cookie, a console error or warning.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from bench.server import BenchNginx
from tests.harness.browser import CHROMIUM, CHROMIUM_ARGS, PHONE, PageWatch


@dataclass
class Visit:
    path: str
    first: int = 0  # bytes sent by nginx for the first visit
    repeat: int = 0  # bytes sent for the repeat visit
    first_requests: int = 0
    repeat_requests: int = 0
    largest: tuple[str, int] = ("", 0)  # the biggest single response of the first visit


@dataclass
class Crawl:
    visits: list[Visit] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    cookies: list[str] = field(default_factory=list)
    not_ok: list[str] = field(default_factory=list)


def _load(page, url: str, crawl: Crawl, path: str) -> None:
    response = page.goto(url, wait_until="networkidle")
    if response is None or response.status not in (200, 304):
        crawl.not_ok.append(f"/{path}: status {response and response.status}")


def crawl(nginx: BenchNginx, base_url: str, paths: list[str]) -> Crawl:
    from playwright.sync_api import sync_playwright

    result = Crawl()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for path in paths:
            context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
            visit = Visit(path)
            for attempt in ("first", "repeat"):
                page = context.new_page()
                watch = PageWatch(page, base_url)
                nginx.mark()
                _load(page, base_url + path, result, path)
                hits = nginx.hits()
                setattr(visit, attempt, sum(h.bytes_sent for h in hits))
                setattr(visit, f"{attempt}_requests", len(hits))
                if attempt == "first" and hits:
                    biggest = max(hits, key=lambda h: h.bytes_sent)
                    visit.largest = (biggest.path, biggest.bytes_sent)
                page.close()
                result.console += [f"/{path}: {m}" for m in watch.console]
                result.console += [f"/{path}: script error: {e}" for e in watch.page_errors]
                result.foreign += [f"/{path}: {url}" for url in watch.foreign]
            result.cookies += [f"/{path}: {c['name']}" for c in context.cookies()]
            context.close()
            result.visits.append(visit)
        browser.close()
    return result
