"""The built site works from a real static host, at the root of a host name and under a sub-path.

Debian's nginx serves the site with the shipped hosting/nginx/ files (tests/harness/nginx.py): once at
http://127.0.0.1:PORT/ and once, built for that address, at http://127.0.0.1:PORT/net-guide/ with
nothing else on its port, as on GitHub Pages. A crawler follows every link and asset reference
from the home page, the sitemap and robots.txt; anything but 200 fails.
"""
from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest
from tests.harness.hosting import Client

from netguide.data import ROOT
from netguide.pages import nav_pages, page_url

_REFS = re.compile(r"""\b(?:href|src)\s*=\s*["']([^"']+)["']""", re.I)
_CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)["']?\s*\)""")
_CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)
_LOC = re.compile(r"<loc>([^<]+)</loc>")


def references(url: str, content_type: str, body: bytes) -> set[str]:
    """Absolute URLs a browser would load or a reader could follow from this response."""
    text = body.decode("utf-8", errors="replace")
    found: set[str] = set()
    if "html" in content_type:
        found |= {unescape(r) for r in _REFS.findall(text)}
        config = _CONFIG.search(text)
        if config:  # Material's search worker and index are named in its JSON config, not in a tag
            data = json.loads(config[1])
            found |= {data["search"], urljoin(urljoin(url, data["base"].rstrip("/") + "/"), "search/search_index.json")}
    elif "css" in content_type:
        found |= set(_CSS_URL.findall(text))
    elif "xml" in content_type or url.endswith("robots.txt"):
        found |= set(_LOC.findall(text)) | set(re.findall(r"(?m)^Sitemap:\s*(\S+)", text))
    urls = set()
    for ref in found:
        if ref.startswith(("data:", "mailto:", "javascript:", "tel:")):
            continue
        absolute = urljoin(url, ref).split("#")[0]
        if absolute:
            urls.add(absolute)
    return urls


def crawl(start: str) -> tuple[dict[str, int], list[str]]:
    """Status of every same-origin URL reachable from start, its sitemap and robots.txt; problems found."""
    client = Client(start)
    queue = [start, urljoin(start, "sitemap.xml"), urljoin(start, "robots.txt")]
    seen: dict[str, int] = {}
    problems = []
    while queue:
        url = queue.pop()
        if url in seen or not url.startswith(client.origin + "/"):
            continue
        status, headers, body = client.get(url)
        seen[url] = status
        if status != 200:
            problems.append(f"{status} {url}")
            continue
        queue += references(url, headers.get("content-type", ""), body) - seen.keys()
    return seen, problems


@pytest.fixture(scope="module", params=["root", "subpath"])
def deployed(request, nginx_sites) -> str:
    return nginx_sites.root_url if request.param == "root" else nginx_sites.subpath_url


def test_every_page_and_asset_answers_200(deployed):
    seen, problems = crawl(deployed)
    assert not problems, f"{len(problems)} broken of {len(seen)} URLs crawled from {deployed}:\n" + "\n".join(sorted(problems))
    missing = [p for p in (deployed + page_url(src) for src in nav_pages()) if p not in seen]
    assert not missing, "pages in the nav that no link reaches:\n" + "\n".join(missing)
    assert any("/assets/javascripts/workers/search." in u for u in seen), "the search worker was not crawled"


@pytest.mark.parametrize("missing", ["no-such-page/", "treatment/no-such-page/", "types/a/b/c.html", "nothing.css"])
def test_missing_address_gets_the_404_page_whose_links_all_work(deployed, missing):
    client = Client(deployed)
    url = deployed + missing
    status, headers, body = client.get(url)
    assert status == 404, f"{url}: {status}"
    assert b"Page not found" in body, f"{url}: the guide's own 404 page was not served"
    links = references(url, headers["content-type"], body)
    sections = [u for u in links if u.startswith(deployed) and u.endswith("/")]
    assert len(sections) >= 8, f"the 404 page at {url} links to too few sections: {sorted(sections)}"
    broken = [f"{s} {u}" for u in sorted(links) if u.startswith(client.origin) for s, _, _ in [client.get(u)] if s != 200]
    assert not broken, f"links on the 404 page at {url} that do not work:\n" + "\n".join(broken)


def test_404_search_form_sends_words_to_the_home_page(deployed):
    _, _, body = Client(deployed).get(deployed + "nothing-here/")
    action = re.search(rb'<form class="ng-not-found__search" action="([^"]+)"', body)[1].decode()
    assert urljoin(deployed + "nothing-here/", action) == deployed


def test_address_without_final_slash_is_redirected_to_the_page(deployed):
    status, headers, _ = Client(deployed).get(deployed + "treatment")
    assert status == 301 and headers["location"].endswith(urlsplit(deployed).path + "treatment/"), (status, headers)


def test_text_is_sent_compressed(deployed):
    client = Client(deployed)
    for url in (deployed, deployed + "search/search_index.json"):
        status, headers, body = client.get(url, **{"Accept-Encoding": "gzip"})
        assert status == 200 and headers.get("content-encoding") == "gzip", f"{url} not gzip-compressed"
        assert gzip.decompress(body)


def test_subpath_build_points_canonical_sitemap_and_robots_at_the_subpath(nginx_sites):
    client = Client(nginx_sites.subpath_url)
    _, _, page = client.get(nginx_sites.subpath_url + "treatment/")
    assert f'<link rel="canonical" href="{nginx_sites.subpath_url}treatment/">'.encode() in page
    _, _, sitemap = client.get(nginx_sites.subpath_url + "sitemap.xml")
    locs = _LOC.findall(sitemap.decode())
    assert locs and all(loc.startswith(nginx_sites.subpath_url) for loc in locs), locs[:3]
    _, _, robots = client.get(nginx_sites.subpath_url + "robots.txt")
    assert f"Sitemap: {nginx_sites.subpath_url}sitemap.xml".encode() in robots, "robots.txt must follow SITE_URL"


@pytest.mark.skipif(not shutil.which("node"), reason="node is not installed")
def test_cloudfront_function_maps_addresses_like_nginx():
    """hosting/cloudfront/directory-index.js gives an S3 origin nginx's directory index and slash redirect."""
    script = (ROOT / "hosting" / "cloudfront" / "directory-index.js").read_text()
    cases = ["/", "/treatment/", "/net-guide/types/carcinoid/", "/treatment", "/assets/stylesheets/netguide.css"]
    out = subprocess.run(["node", "-e", script + f"\nconsole.log(JSON.stringify({json.dumps(cases)}.map(uri => handler({{request: {{uri}}}}))))"],
                         capture_output=True, text=True, check=True).stdout
    results = dict(zip(cases, json.loads(out)))
    assert results["/"] == {"uri": "/index.html"}
    assert results["/treatment/"] == {"uri": "/treatment/index.html"}
    assert results["/net-guide/types/carcinoid/"] == {"uri": "/net-guide/types/carcinoid/index.html"}
    assert results["/treatment"]["statusCode"] == 301 and results["/treatment"]["headers"]["location"]["value"] == "/treatment/"
    assert results["/assets/stylesheets/netguide.css"] == {"uri": "/assets/stylesheets/netguide.css"}
