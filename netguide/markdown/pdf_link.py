"""Offer the whole guide as one PDF, only when it has been built: a link to a missing file is worse than none.

`make pdf` writes dist/net-guide.pdf (scripts/build_pdf.py). When that file exists at build time, this extension
turns the line `<!-- pdf-download -->` in a page (the About page) into a link saying how big it is; when it does
not, the line is simply removed. The link is written docs-absolute (`/downloads/net-guide.pdf`): MkDocs makes it
relative per page and checks it, and the MkDocs hook file adds the PDF to the site as that file. So
`make pdf build` publishes the PDF and links it; `make build` alone publishes neither.
"""
from __future__ import annotations

import os
from pathlib import Path

from markdown import Extension
from markdown.preprocessors import Preprocessor
from pypdf import PdfReader
from pypdf.errors import PdfReadError

MARKER = "<!-- pdf-download -->"
SITE_PATH = "downloads/net-guide.pdf"
DEFAULT_PDF = "dist/net-guide.pdf"


def built_pdf(default: str = DEFAULT_PDF) -> Path:
    """dist/net-guide.pdf (relative to the current directory); the tests name another file in NET_GUIDE_PDF."""
    return Path(os.environ.get("NET_GUIDE_PDF") or default)


def page_count(pdf: Path) -> int | None:
    """Pages in a PDF, read with pypdf (None when the file cannot be read as a PDF)."""
    try:
        return len(PdfReader(pdf).pages)
    except (PdfReadError, OSError, ValueError):
        return None


def download_link(pdf: Path, href: str) -> str:
    """The Markdown that replaces the marker: a link with the file's size and, when known, its pages."""
    size = f"{pdf.stat().st_size / 1e6:.1f} MB"
    pages = page_count(pdf)
    facts = f"PDF, {pages} pages, {size}" if pages else f"PDF, {size}"
    return (
        f"[Download the whole guide as one PDF]({href}) ({facts}): cover, contents with page numbers, "
        "every page in order, the glossary and the sources.\n{ .ng-pdf-download }"
    )


class PdfLinkPreprocessor(Preprocessor):
    def __init__(self, md, pdf: Path):
        super().__init__(md)
        self.pdf = pdf

    def run(self, lines: list[str]) -> list[str]:
        if not any(line.strip() == MARKER for line in lines):
            return lines
        link = download_link(self.pdf, "/" + SITE_PATH).split("\n") if self.pdf.is_file() else []
        out = []
        for line in lines:
            out += link if line.strip() == MARKER else [line]
        return out


class PdfLinkExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {"pdf_file": [DEFAULT_PDF, "The built PDF, relative to the current directory"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md) -> None:
        # Before snippets (32), so the link is ordinary Markdown by the time the rest of the page is read.
        md.preprocessors.register(PdfLinkPreprocessor(md, built_pdf(self.getConfig("pdf_file"))), "ng_pdf_link", 33)


def makeExtension(**kwargs) -> PdfLinkExtension:
    return PdfLinkExtension(**kwargs)
