"""Search finds what readers actually type: each query of tests/search_queries.yml, typed into
Material's own search box in a real browser, shows its page among the first three results."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import yaml

from tests.helpers import search
from netguide.pages import nav_pages, page_url

QUERIES = yaml.safe_load((Path(__file__).resolve().parents[1] / "search_queries.yml").read_text(encoding="utf-8"))


def test_query_set_is_large_and_points_at_real_pages():
    assert len(QUERIES) >= 60
    pages = set(nav_pages())
    assert [q for q in QUERIES if q["page"].split("#")[0] not in pages] == []


def test_every_reader_query_finds_its_page_in_the_top_three(page):
    page.goto("")
    misses = []
    for q in QUERIES:
        src, _, anchor = q["page"].partition("#")
        want = "/" + page_url(src)
        hrefs = search(page, q["query"])
        # Material groups results by page (a page, then its matching sections): a reader sees pages.
        links = [urlparse(h).path + ("#" + urlparse(h).fragment if urlparse(h).fragment else "") for h in hrefs]
        paths = list(dict.fromkeys(link.split("#")[0] for link in links))[:3]
        top = [link for link in links if link.split("#")[0] in paths]
        ok = want in paths if not anchor else f"{want}#{anchor}" in top
        if not ok:
            misses.append(f"{q['query']!r}: want {q['page']}, got {paths}")
    assert not misses, f"{len(misses)} of {len(QUERIES)} queries missed:\n" + "\n".join(misses)
