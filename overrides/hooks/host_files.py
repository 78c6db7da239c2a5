"""Write the files static hosts and search engines read from the site root, at every build.

- robots.txt names the sitemap by its full address, which exists only once SITE_URL is known.
- _headers gives Netlify and Cloudflare Pages the security headers, with CSP hashes of the inline
  scripts in exactly this build (scripts/security_headers.py computes both from the built HTML).

The offline edition (mkdocs-offline.yml) is read from a folder, where neither file means anything.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from scripts.security_headers import headers_file, inline_script_hashes, security_headers


def robots_txt(site_url: str | None) -> str:
    text = "# NET Guide: every page may be indexed.\nUser-agent: *\nDisallow:\n"
    return text + (f"\nSitemap: {site_url.rstrip('/')}/sitemap.xml\n" if site_url else "")


def _offline_edition(config) -> bool:
    plugin = config["plugins"].get("material/offline") or config["plugins"].get("offline")
    return bool(plugin and plugin.config.enabled)


# ----------------------------------------------------------------- hooks


@event_priority(-50)  # after every page, redirect page and inline-script fix is written
def on_post_build(config, **kwargs):
    if _offline_edition(config):
        return
    site = Path(config["site_dir"])
    (site / "robots.txt").write_text(robots_txt(config["site_url"]), encoding="utf-8")
    (site / "_headers").write_text(headers_file(security_headers(inline_script_hashes(site))), encoding="utf-8")
