"""Search engines and link previews get what they need: a description, a canonical address, Open Graph
tags, schema.org MedicalWebPage data with the review date, a sitemap and a robots.txt that names it."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from netguide.data import ROOT
from netguide.pages import nav_pages, page_url

DOCS = ROOT / "docs"


class Head(HTMLParser):
    """The <meta>, <link rel=canonical> and JSON-LD of one page."""

    def __init__(self, html: str):
        super().__init__()
        self.meta: dict[str, str] = {}
        self.canonical = None
        self.json_ld: list[dict] = []
        self._in_ld = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and (a.get("property") or a.get("name")):
            self.meta[a.get("property") or a["name"]] = a.get("content", "")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a["href"]
        self._in_ld = tag == "script" and a.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._in_ld:
            self.json_ld.append(json.loads(data))

    def handle_endtag(self, tag):
        self._in_ld = False


def front_matter(src: str) -> dict:
    text = (DOCS / src).read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---", 2)[1]) if text.startswith("---") else {}


@pytest.fixture(scope="module")
def heads(site_dir) -> dict[str, Head]:
    return {src: Head((site_dir / page_url(src) / "index.html").read_text(encoding="utf-8")) for src in nav_pages()}


@pytest.fixture(scope="module")
def site_url(site_dir) -> str:
    return Head((site_dir / "index.html").read_text(encoding="utf-8")).canonical


def test_every_page_has_a_description_and_canonical_address(heads, site_url):
    problems = []
    for src, head in heads.items():
        if head.canonical != site_url + page_url(src):
            problems.append(f"docs/{src}: canonical {head.canonical!r}, expected {site_url + page_url(src)!r}")
        if head.meta.get("description") != front_matter(src).get("description"):
            problems.append(f"docs/{src}: <meta name=description> is not the front matter's description")
    assert not problems, "\n".join(problems)


def test_every_page_has_open_graph_and_twitter_card_tags(heads):
    problems = []
    for src, head in heads.items():
        fm, m = front_matter(src), head.meta
        expected = {
            "og:title": fm.get("title"), "og:description": fm.get("description"), "og:url": head.canonical,
            "og:site_name": "NET Guide", "og:type": "website" if src == "index.md" else "article",
            "twitter:card": "summary",
        }
        problems += [f"docs/{src}: {k} is {m.get(k)!r}, expected {v!r}" for k, v in expected.items() if m.get(k) != v]
    assert not problems, "\n".join(problems)


def test_every_page_says_it_is_a_medical_web_page_with_its_review_date(heads):
    problems = []
    for src, head in heads.items():
        fm = front_matter(src)
        if len(head.json_ld) != 1:
            problems.append(f"docs/{src}: {len(head.json_ld)} JSON-LD blocks")
            continue
        data = head.json_ld[0]
        expected = {
            "@context": "https://schema.org", "@type": "MedicalWebPage", "name": fm.get("title"),
            "description": fm.get("description"), "url": head.canonical, "inLanguage": "en",
            "lastReviewed": str(fm.get("reviewed")),
        }
        problems += [f"docs/{src}: JSON-LD {k} is {data.get(k)!r}, expected {v!r}" for k, v in expected.items()
                     if data.get(k) != v]
    assert not problems, "\n".join(problems)


def test_json_ld_cannot_close_its_script_element(site_dir):
    """Titles and descriptions are escaped for a <script> block (`</script>` inside would end it)."""
    for src in nav_pages():
        html = (site_dir / page_url(src) / "index.html").read_text(encoding="utf-8")
        block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1]
        assert "<" not in block, f"docs/{src}: raw < in JSON-LD"


def test_sitemap_lists_every_page_at_its_canonical_address(site_dir, heads):
    locs = set(re.findall(r"<loc>([^<]+)</loc>", (site_dir / "sitemap.xml").read_text()))
    assert locs == {head.canonical for head in heads.values()}


def test_robots_txt_allows_everything_and_names_the_sitemap(site_dir, site_url):
    # a build for another address names its own sitemap: tests/server/test_hosting_nginx.py (sub-path build)
    text = (site_dir / "robots.txt").read_text()
    assert "User-agent: *\nDisallow:\n" in text and f"Sitemap: {site_url}sitemap.xml" in text


def test_404_page_asks_not_to_be_indexed(site_dir):
    head = Head((site_dir / "404.html").read_text(encoding="utf-8"))
    assert head.meta.get("robots") == "noindex" and not head.json_ld and head.canonical is None
