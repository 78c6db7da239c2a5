"""One ordered pass over a built site folder: every site-wide rewrite of the HTML and the files hosts read.

Why a pass of its own: these rewrites do not depend on MkDocs. Run after any engine has written the site,
they give the same folder: `python -m netguide.postbuild SITE_DIR` (settings from mkdocs.yml), and the MkDocs
hook file calls `run()` at the end of every build. Each step is idempotent, so running the pass twice changes
nothing. The order matters and is written once, here:

0. Links written from the docs root (`/glossary.md#net`) that the engine left as they were point at the built
   pages (doc_links; nothing to do after MkDocs, which resolves them itself).
1. Page rewrites, applied to every HTML file in one read and one write:
   markup repairs (html_fixes), constant inline scripts for the CSP (inline_scripts), `defer` on script files
   (deferred_scripts), dates in words where the engine left them bare and the next review date where it
   could not compute it (dates).
2. The search index learns other names of terms (search_keywords); the search worker gets lunr's faults
   mended (search_worker); the Explain my report tool gets its data from the glossary, with links to the
   built pages' sections (report_terms).
3. robots.txt and `_headers` for hosts (host_files); they hash the inline scripts, so they follow step 1.
4. Theme files no reader requests are removed (unused_theme_files), last.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from netguide.postbuild import (
    dates, deferred_scripts, doc_links, host_files, html_fixes, inline_scripts, report_terms, search_keywords, search_worker,
    unused_theme_files,
)

PAGE_REWRITES = (html_fixes.valid_html, inline_scripts.constant_inline_scripts, deferred_scripts.defer_script_files,
                 dates.dates_in_words, dates.next_review_in_words)


@dataclass
class Site:
    """What the pass needs to know about a build."""

    site_dir: Path
    docs_dir: Path
    site_url: str | None = None
    offline: bool = False  # the offline edition is opened from a folder: no host files
    search_languages: list[str] = field(default_factory=lambda: ["en"])


def rewrite_pages(site_dir: Path) -> None:
    for path in sorted(Path(site_dir).rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        fixed = text
        for rewrite in PAGE_REWRITES:
            fixed = rewrite(fixed)
        if fixed != text:
            path.write_text(fixed, encoding="utf-8")


def run(site: Site) -> None:
    doc_links.run(site.site_dir, site.offline)
    rewrite_pages(site.site_dir)
    search_keywords.run(site.site_dir, site.docs_dir)
    search_worker.run(site.site_dir)
    report_terms.run(site.site_dir, site.docs_dir, site.offline)
    if not site.offline:
        host_files.run(site.site_dir, site.site_url)
    unused_theme_files.run(site.site_dir, site.search_languages)
