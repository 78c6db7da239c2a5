"""Write the files static hosts and search engines read from the site root, at every build.

- robots.txt names the sitemap by its full address, which exists only once SITE_URL is known.
- _headers gives Netlify and Cloudflare Pages the security headers, with CSP hashes of the inline
  scripts in exactly this build (netguide/security_headers.py computes both from the built HTML).

The offline edition (mkdocs-offline.yml) is read from a folder, where neither file means anything.
"""
from __future__ import annotations

from pathlib import Path

from netguide.security_headers import headers_file, inline_script_hashes, security_headers


def robots_txt(site_url: str | None) -> str:
    text = "# NET Guide: every page may be indexed.\nUser-agent: *\nDisallow:\n"
    return text + (f"\nSitemap: {site_url.rstrip('/')}/sitemap.xml\n" if site_url else "")


def run(site_dir: Path, site_url: str | None) -> None:
    site = Path(site_dir)
    (site / "robots.txt").write_text(robots_txt(site_url), encoding="utf-8")
    (site / "_headers").write_text(headers_file(security_headers(inline_script_hashes(site))), encoding="utf-8")
