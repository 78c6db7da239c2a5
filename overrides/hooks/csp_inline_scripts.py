"""Make every inline script the same on every page, so a fixed list of CSP hashes allows them anywhere.

Our Content-Security-Policy allows inline scripts only by their sha256 hash (hosting/README.md). Two
inline scripts write a page-specific URL into their code: Material's bootstrap in base.html
(`__md_scope=new URL("../..",location)`, whose URL differs by page depth and, on the 404 page, by the
SITE_URL path) and the one on mkdocs-redirects' redirect pages (`location.href="../new/"`). Each would
need its own hash, and the 404 page's hash would change with the folder the site is deployed under.

This hook moves the URL into a data attribute and lets the script read it back with
`document.currentScript`, so each script's text, and so its hash, is one constant for the whole site
and every deployment. If Material changes its scripts the patterns simply stop matching, and the
hashes computed from the built HTML (scripts/security_headers.py) follow the change.
"""
from __future__ import annotations

import re
from pathlib import Path

# Material's base.html bootstrap: __md_scope=new URL("<base_url>",location),...
_MATERIAL_SCOPE = re.compile(r'<script>__md_scope=new URL\("([^"\\<]*)",location\)')
# mkdocs-redirects' redirect page: location.href="<new url>"+(anchor?"#"+anchor:"")
_REDIRECT = re.compile(
    r'<script>(var anchor=window\.location\.hash\.substr\(1\);location\.href=)"([^"\\<]*)"(\+\(anchor\?"#"\+anchor:""\))</script>'
)


def constant_inline_scripts(html: str) -> str:
    """Move page-specific URLs out of inline script text into data attributes (values are plain URLs)."""
    html = _MATERIAL_SCOPE.sub(
        lambda m: f'<script data-md-scope="{m[1]}">__md_scope=new URL(document.currentScript.dataset.mdScope,location)',
        html,
    )
    return _REDIRECT.sub(
        lambda m: f'<script data-href="{m[2]}">{m[1]}document.currentScript.dataset.href{m[3]}</script>',
        html,
    )


# ----------------------------------------------------------------- hooks


def on_post_build(config, **kwargs):
    """After every page, the 404 page and the redirect pages (written by mkdocs-redirects) exist."""
    for path in Path(config["site_dir"]).rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        fixed = constant_inline_scripts(text)
        if fixed != text:
            path.write_text(fixed, encoding="utf-8")
