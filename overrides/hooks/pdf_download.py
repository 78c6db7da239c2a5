"""Offer the whole guide as one PDF, only when it has been built: a link to a missing file is worse than none.

`make pdf` writes dist/net-guide.pdf (scripts/build_pdf.py). When that file exists at build time, this hook
adds it to the site as downloads/net-guide.pdf and turns the line `<!-- pdf-download -->` in a page (the
About page) into a link saying how big it is. When it does not exist, the line is simply removed. So
`make pdf build` publishes the PDF and links it; `make build` alone publishes neither.
Why a hook: whether a build product exists, and copying it into the site, belong to the MkDocs build.
"""
from __future__ import annotations

import os
import posixpath
import re
import zlib
from pathlib import Path

from mkdocs.structure.files import File

MARKER = "<!-- pdf-download -->"
SITE_PATH = "downloads/net-guide.pdf"


def built_pdf(config) -> Path:
    """dist/net-guide.pdf beside mkdocs.yml; the tests name another file in NET_GUIDE_PDF."""
    if os.environ.get("NET_GUIDE_PDF"):
        return Path(os.environ["NET_GUIDE_PDF"])
    return Path(config.config_file_path).resolve().parent / "dist" / "net-guide.pdf"


def page_count(pdf: Path) -> int | None:
    """Pages in a PDF, from its page tree, also inside compressed object streams (None when it cannot tell)."""
    data = pdf.read_bytes()
    texts = [data]
    for stream in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            texts.append(zlib.decompress(stream[1]))
        except zlib.error:
            continue
    pattern = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b")
    counts = [int(a or b) for text in texts for a, b in pattern.findall(text)]
    return max(counts) if counts else None


def download_link(pdf: Path, href: str) -> str:
    """The Markdown that replaces the marker: a link with the file's size and, when known, its pages."""
    size = f"{pdf.stat().st_size / 1e6:.1f} MB"
    pages = page_count(pdf)
    facts = f"PDF, {pages} pages, {size}" if pages else f"PDF, {size}"
    return (
        f"[Download the whole guide as one PDF]({href}) ({facts}): cover, contents with page numbers, "
        "every page in order, the glossary and the sources.\n{ .ng-pdf-download }"
    )


# ----------------------------------------------------------------- hooks


def on_files(files, config, **kwargs):
    pdf = built_pdf(config)
    if pdf.is_file() and files.get_file_from_path(SITE_PATH) is None:
        files.append(File.generated(config, SITE_PATH, abs_src_path=str(pdf)))
    return files


def on_page_markdown(markdown: str, page, config, files, **kwargs):
    if MARKER not in markdown:
        return markdown
    file = files.get_file_from_path(SITE_PATH)
    if file is None:
        return markdown.replace(MARKER, "")
    href = posixpath.relpath(SITE_PATH, posixpath.dirname(page.file.src_uri) or ".")
    return markdown.replace(MARKER, download_link(Path(file.abs_src_path), href))
