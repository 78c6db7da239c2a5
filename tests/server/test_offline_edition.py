"""The offline edition works from a folder through file://, with no server and no internet.

It is built the way `make offline` builds it (scripts/offline_edition.py with mkdocs-offline.yml),
unpacked from the zip, and opened in a real Chromium from the file system.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from tests.helpers import search

from tests.harness.browser import DESKTOP
from netguide.data import ROOT
from netguide.pages import load_config, nav_pages

_REFS = re.compile(r"""\b(?:href|src)\s*=\s*["']([^"'#?]+)""", re.I)
_CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)


def test_reader_opens_navigates_and_searches_from_the_file_system(browser, offline_site):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    problems = []
    page.on("console", lambda m: m.type in ("error", "warning") and problems.append(f"console {m.type}: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    page.on("request", lambda r: urlsplit(r.url).scheme in ("http", "https") and problems.append(f"request to {r.url}"))

    page.goto((offline_site / "index.html").as_uri())
    assert page.locator("article h1").first.is_visible()
    page.locator(".md-sidebar--primary .md-nav__link", has_text="Treatment").first.click()
    page.wait_for_url(re.compile(r"/treatment/index\.html$"))
    assert "Treatment" in page.locator("article h1").first.inner_text()

    results = search(page, "octreotide")
    assert results and all(r.startswith("file://") for r in results), results
    page.locator(".md-search-result__item > a").first.click()
    page.wait_for_load_state()
    assert page.url.split("?")[0].endswith(".html") and page.locator("article h1").first.is_visible()
    context.close()
    assert not problems, "\n".join(problems)


def test_every_link_and_asset_exists_in_the_folder(offline_site):
    broken = []
    for html in sorted(offline_site.rglob("*.html")):
        base = html.as_uri()
        for ref in set(_REFS.findall(html.read_text(encoding="utf-8"))):
            target = urljoin(base, ref)
            if target.startswith("file://") and not Path(unquote(urlsplit(target).path)).is_file():
                broken.append(f"{html.relative_to(offline_site)}: {ref}")
    assert not broken, "links that lead nowhere in the offline edition:\n" + "\n".join(broken[:30])
    pages = [p for p in nav_pages() if not (offline_site / p.replace(".md", ".html")).is_file()]
    assert not pages, f"pages missing from the offline edition: {pages}"


def test_offline_edition_drops_instant_navigation_and_loads_nothing_from_other_hosts(offline_site, site_dir):
    offline = json.loads(_CONFIG.search((offline_site / "index.html").read_text())[1])["features"]
    online = json.loads(_CONFIG.search((site_dir / "index.html").read_text())[1])["features"]
    assert "navigation.instant" in online and "navigation.instant" not in offline
    assert set(online) - set(offline) <= {"navigation.instant", "navigation.instant.progress", "navigation.instant.prefetch"}
    # Material's offline plugin would load its Web Worker shim from unpkg.com; the edition bundles it.
    assert "unpkg.com" not in (offline_site / "index.html").read_text()
    assert (offline_site / "search" / "search_index.js").is_file()
    assert (offline_site / "README.txt").is_file() and not (offline_site / "404.html").exists()


def test_offline_config_repeats_the_main_sites_plugins_plus_offline():
    online = load_config()["plugins"]
    offline = load_config(ROOT / "mkdocs-offline.yml")["plugins"]
    expected = [p for p in online if not (isinstance(p, dict) and "redirects" in p) and p != "redirects"] + ["offline"]
    assert offline == expected, (
        "mkdocs-offline.yml must list mkdocs.yml's plugins with the same settings, then `offline` "
        "(MkDocs replaces the whole list when a config inherits another; redirects are left out). "
        f"Copy the change:\n  mkdocs.yml:          {online}\n  mkdocs-offline.yml:  {offline}"
    )
