"""Links to other sites: https only, to the real address, with no tracking added.

Why: an http:// link can be changed on its way to the reader; a link shortener hides where a link goes
and can be pointed elsewhere later; tracking parts (utm_source=, fbclid=) tell other companies what our
readers do. The guide promises readers none of that.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from .context import Site
from .markdown_text import links
from .problem import Problem

SHORTENERS = {
    "bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "buff.ly", "lnkd.in", "is.gd", "rb.gy", "cutt.ly",
    "shorturl.at", "tiny.cc", "rebrand.ly", "t.ly", "s.id", "bl.ink", "dlvr.it", "fb.me", "youtu.be", "amzn.to",
}
TRACKING_HOSTS = {
    "doubleclick.net", "google-analytics.com", "googletagmanager.com", "googleadservices.com", "l.facebook.com",
    "lm.facebook.com", "click.linksynergy.com", "mailchi.mp", "list-manage.com", "hubspotlinks.com", "hs-sites.com",
}
TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|mkt_tok)$", re.I)
ALLOWED_SCHEMES = {"https", "mailto", "tel"}


def check(site: Site) -> list[Problem]:
    problems: list[Problem] = []
    for page in site.pages + site.shared:
        for link in links(page):
            problems += [Problem(page.shown, link.line, m, f) for m, f in problems_with(link.target)]
    bibliography = site.data_file("bibliography.yml")
    if bibliography.exists():
        text = bibliography.read_text(encoding="utf-8")
        for m in re.finditer(r"^\s+url:\s*[\"']?(\S+?)[\"']?\s*$", text, re.M):
            line = text.count("\n", 0, m.start(1)) + 1
            problems += [Problem(site.shown(bibliography), line, msg, fix) for msg, fix in problems_with(m.group(1))]
    return problems


def _host_in(host: str, hosts: set[str]) -> bool:
    return any(host == h or host.endswith("." + h) for h in hosts)


def problems_with(url: str) -> list[tuple[str, str]]:
    """What is wrong with one web address, as (message, fix) pairs; addresses of pages in the guide pass."""
    m = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", url)
    if not m and not url.startswith("//"):
        return []
    scheme = m.group(1).lower() if m else ""
    if scheme in ("javascript", "vbscript", "data"):
        return []  # the HTML check reports these
    if scheme == "http":
        return [(f"link {url} is not secure (http://)", "use https:// instead; if the site has no https, link to another source")]
    if not scheme:
        return [(f"link {url} has no https: at the start", "write the full address, starting with https://")]
    if scheme not in ALLOWED_SCHEMES:
        return [(f"link {url} is a {scheme}: address, which readers cannot open", "link to an https:// address")]
    if scheme != "https":
        return []
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    problems = []
    if _host_in(host, SHORTENERS):
        problems.append((f"link {url} uses a link shortener ({host})", "use the full address of the page it leads to"))
    elif _host_in(host, TRACKING_HOSTS):
        problems.append((f"link {url} goes through a tracking site ({host})", "use the direct address of the page"))
    tracking = sorted({name for name, _ in parse_qsl(parts.query, keep_blank_values=True) if TRACKING_PARAMS.match(name)})
    if tracking:
        problems.append((f"link {url} carries tracking ({', '.join(tracking)})", "delete the tracking part after ? (or after &) from the address"))
    return problems
