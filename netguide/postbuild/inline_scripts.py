"""Make every inline script the same on every page, so a fixed list of CSP hashes allows them anywhere.

The Content-Security-Policy allows inline scripts only by their sha256 hashes. Material's bootstrap
script and mkdocs-redirects' redirect script write a page-specific URL into their code; this step
moves it into a data attribute (netguide/security_headers.py says how and why).
If Material changes its scripts the patterns stop matching and nothing breaks: the hashes are
computed from the built HTML, and the tests say when hosting/ needs `make security-headers`.
"""
from __future__ import annotations

from netguide.security_headers import constant_inline_scripts

__all__ = ["constant_inline_scripts"]
