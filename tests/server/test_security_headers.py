"""Every response carries the security headers, and the strict Content-Security-Policy breaks nothing.

The site is served by nginx with the shipped hosting/nginx/security-headers.conf (the exact file a host
includes). A real Chromium reads every page, navigates, searches, switches colors and opens the 404
page; any CSP violation, from the browser's console or a `securitypolicyviolation` event, fails.
"""
from __future__ import annotations

import re

import pytest

from netguide.data import ROOT
from tests.harness.hosting import EXAMPLE_NEW_URL, EXAMPLE_OLD_URL, Client
from tests.helpers import search

from tests.harness.browser import DESKTOP
from netguide.security_headers import (
    headers_file,
    inline_script_hashes,
    redirect_page,
    script_hash,
    inline_scripts,
    security_headers,
    stale_files,
)
from netguide.pages import nav_pages, page_url

# Reports each violation as a console error the test can read; init scripts are not bound by the page's CSP.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", e => console.error(
  `securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} in ${e.sourceFile}:${e.lineNumber} ${e.sample}`));
"""


def test_hosting_files_match_the_built_site(site_dir):
    stale = [str(p) for p in stale_files(site_dir)]
    assert not stale, (
        "The security headers in these files no longer match the built site (did Material's inline scripts change?):\n"
        + "\n".join(stale) + "\nRun `make security-headers` and commit the result."
    )


def test_build_writes_the_same_headers_for_netlify_and_cloudflare_as_the_shipped_nginx_file(site_dir):
    """Compared with the committed hosting file and with hashes the test computes itself, not with the code's own output."""
    import base64
    import hashlib

    built = dict(re.findall(r"^  ([\w-]+): (.*)$", (site_dir / "_headers").read_text(), re.M))
    shipped = dict(re.findall(r'^add_header ([\w-]+) "(.*)" always;$',
                              (ROOT / "hosting" / "nginx" / "security-headers.conf").read_text(), re.M))
    assert built["Content-Security-Policy"] == shipped["Content-Security-Policy"]
    assert {k: v for k, v in built.items() if k in shipped} == {k: v for k, v in shipped.items() if k in built}
    inline = {body for page in site_dir.rglob("*.html")
              for attrs, body in re.findall(r"<script\b([^>]*)>(.*?)</script>", page.read_text(), re.S)
              if "src=" not in attrs and "application/ld+json" not in attrs and "application/json" not in attrs}
    assert inline, "no inline script found: is the test still reading the pages?"
    for body in inline:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in built["Content-Security-Policy"], body[:80]


def test_script_hashes_do_not_depend_on_where_the_site_is_deployed(site_dir, nginx_sites):
    assert inline_script_hashes(site_dir) == inline_script_hashes(nginx_sites.subpath_site)
    assert len(inline_script_hashes(site_dir)) <= 6, "more inline scripts than expected: is a URL written into one?"


def test_redirect_pages_need_no_hash_of_their_own(site_dir):
    hashes = inline_script_hashes(site_dir)
    assert all(script_hash(body) in hashes for body in inline_scripts(redirect_page()))


@pytest.mark.parametrize("path", ["", "treatment/prrt/", "assets/stylesheets/netguide.css", "search/search_index.json",
                                  "assets/images/logo.svg", "sitemap.xml", "no-such-page/"])
def test_every_response_carries_the_security_headers(nginx_sites, site_dir, path):
    expected = security_headers(inline_script_hashes(site_dir))
    for base in (nginx_sites.root_url, nginx_sites.subpath_url):
        status, headers, _ = Client(base).get(base + path)
        assert status in (200, 404)
        wrong = {name: headers.get(name.lower()) for name, value in expected.items() if headers.get(name.lower()) != value}
        assert not wrong, f"{base + path}: missing or different headers: {wrong}"
        assert "strict-transport-security" not in headers, "plain HTTP must not send HSTS (hosting/nginx/https-headers.conf)"


# ----------------------------------------------------------------- in the browser


@pytest.fixture
def csp_page(browser, nginx_sites):
    context = browser.new_context(viewport=DESKTOP, base_url=nginx_sites.root_url)
    context.add_init_script(REPORT_VIOLATIONS)
    page = context.new_page()
    page.messages = []
    page.on("console", lambda m: page.messages.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: page.messages.append(f"script error: {e}"))
    yield page
    context.close()


def policy_problems(messages: list[str]) -> list[str]:
    """What the browser reports about the headers: blocked loads and scripts, unknown policy features."""
    return [m for m in messages if re.search(r"Content.Security.Policy|securitypolicyviolation|Permissions.Policy", m, re.I)]


def test_watcher_sees_a_violation_when_one_happens(csp_page):
    csp_page.goto("")
    ran = csp_page.evaluate("""() => { const s = document.createElement("script");
        s.textContent = "window.__injected = 1"; document.head.append(s); return window.__injected }""")
    csp_page.wait_for_timeout(100)
    assert ran is None and policy_problems(csp_page.messages), "an injected inline script ran: the CSP is not in force"


def test_no_page_breaks_the_content_security_policy(csp_page, nginx_sites):
    page = csp_page
    for src in nav_pages():
        page.goto(page_url(src))
    page.goto("")
    # Instant navigation swaps the page content in and re-runs its inline scripts.
    for title in ("Treatment", "Glossary"):
        page.locator(".md-sidebar--primary .md-nav__link", has_text=title).first.click()
        page.wait_for_load_state()
    # Search runs in a Web Worker.
    assert search(page, "carcinoid"), "search found nothing under the CSP"
    page.keyboard.press("Escape")
    # The color switch stores the choice (the inline bootstrap's __md_set) and restyles the page.
    for _ in range(3):
        page.locator("[data-md-component=palette] label:not([hidden])").first.click()
    page.reload()
    for abbr in page.locator("article abbr").all()[:3]:
        abbr.hover()
    # The 404 page, its own stylesheet and script, and its search form.
    page.goto("treatment/no-such-page/")
    page.locator(".ng-not-found__search button").click()
    page.wait_for_url(re.compile(r"\?q=treatment"))
    page.locator(".md-search-result__meta").filter(has_text="matching").first.wait_for()
    # A renamed page's old address, under a sub-path.
    page.goto(nginx_sites.subpath_url + EXAMPLE_OLD_URL + "#top")
    page.wait_for_url(nginx_sites.subpath_url + EXAMPLE_NEW_URL + "#top")
    page.wait_for_timeout(300)
    messages = [m for m in page.messages if "the server responded with a status of 404" not in m]
    assert not policy_problems(messages), "\n".join(policy_problems(messages))
    # A blocked inline script shows up as Material failing: __md_get undefined, or no search.
    assert not [m for m in messages if "__md_" in m], "\n".join(messages)
