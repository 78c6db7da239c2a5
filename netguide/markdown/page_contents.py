"""The "On this page" list for phones: a patient page's `##` sections, right after its Key points box.

Why: on a phone Material hides the table of contents behind menu → list icon, and a long page is 10–13
screens of scrolling (issue 18). Material's `toc.integrate` would move the table of contents into the left
menu on desktop too, which is not wanted; so this extension writes a small collapsible list into the page
itself, and overrides/assets/stylesheets/netguide.css shows it only below Material's 76.25em breakpoint
(where the right-hand table of contents is gone) and never in print.

Why an extension and not a template partial: the list belongs after the Key points box, inside the page's
own HTML, which a template cannot split (MiniJinja-safe templates have no string methods). It also runs
under any engine that runs Python-Markdown extensions.

Rules:
- only patient pages get it: a page with a Key points box (`!!! abstract "Key points"`) and at least
  MIN_SECTIONS `##` headings (a short page needs no list);
- it goes right after the first Key points box;
- it is a `<nav>` named "On this page" holding a `<details open>` (a reader can fold it away), kept out of
  the search index (`data-search-exclude`), with a link to each `##` heading's id (set by `toc`, which runs
  before this).
"""
from __future__ import annotations

import html
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

MIN_SECTIONS = 3
LABEL = "On this page"


def _is_key_points(element: etree.Element) -> bool:
    classes = (element.get("class") or "").split()
    if element.tag != "div" or "admonition" not in classes or "abstract" not in classes:
        return False
    title = next((c for c in element if c.tag == "p" and "admonition-title" in (c.get("class") or "")), None)
    return title is not None and "".join(title.itertext()).strip().casefold() == "key points"


def _sections(tokens: list[dict]) -> list[tuple[str, str]]:
    """(id, plain text) of every level-2 heading, in page order, from toc's nested tokens."""
    found = []
    for token in tokens:
        if token["level"] == 2:
            found.append((token["id"], html.unescape(token["name"])))
        found += _sections(token.get("children", []))
    return found


def contents_list(sections: list[tuple[str, str]]) -> etree.Element:
    nav = etree.Element("nav", {"class": "ng-toc", "aria-label": LABEL, "data-search-exclude": ""})
    details = etree.SubElement(nav, "details", {"open": "open"})
    summary = etree.SubElement(details, "summary")
    summary.text = LABEL
    items = etree.SubElement(details, "ul")
    for anchor, text in sections:
        link = etree.SubElement(etree.SubElement(items, "li"), "a", {"href": f"#{anchor}"})
        link.text = text
    return nav


class PageContents(Treeprocessor):
    """Puts the "On this page" list after the Key points box of a page with enough sections."""

    def run(self, root: etree.Element) -> None:
        key_points = next((child for child in root if _is_key_points(child)), None)
        if key_points is None:
            return
        sections = _sections(getattr(self.md, "toc_tokens", []))
        if len(sections) < MIN_SECTIONS:
            return
        root.insert(list(root).index(key_points) + 1, contents_list(sections))


class PageContentsExtension(Extension):
    def extendMarkdown(self, md) -> None:
        md.registerExtension(self)
        # After toc (5), which sets the heading ids and md.toc_tokens; before the glossary marks (4), which
        # leave links alone anyway.
        md.treeprocessors.register(PageContents(md), "ng_page_contents", 4.5)


def makeExtension(**kwargs) -> PageContentsExtension:
    return PageContentsExtension(**kwargs)
