"""Make every inline script the same on every page, so a fixed list of CSP hashes allows them anywhere.

The Content-Security-Policy allows inline scripts only by their sha256 hashes. Material's bootstrap
script and mkdocs-redirects' redirect script write a page-specific URL into their code; this hook
moves it into a data attribute after the build (scripts/security_headers.py says how and why).
If Material changes its scripts the patterns stop matching and nothing breaks: the hashes are
computed from the built HTML, and the tests say when hosting/ needs `make security-headers`.
"""
from __future__ import annotations

from pathlib import Path

from scripts.security_headers import constant_inline_scripts


def on_post_build(config, **kwargs):
    """Runs after every page, the 404 page and mkdocs-redirects' pages are written."""
    for path in Path(config["site_dir"]).rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        fixed = constant_inline_scripts(text)
        if fixed != text:
            path.write_text(fixed, encoding="utf-8")
