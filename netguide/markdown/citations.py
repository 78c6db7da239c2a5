"""Citations where a claim is made, and each page's numbered source list, from the one bibliography.

Why an extension: claim-level citations are part of the words, so they must render under any engine that runs
Python-Markdown extensions (MkDocs today, its successor tomorrow). A writer puts `[@key]` right after a claim
(`[@pavel2020; @hofland2023]` for two); keys are those of docs/_data/bibliography.yml.

- Each marker becomes a small superscript number linking to the page's source list; its accessible name says
  which source it is ("Source 3: Pavel 2020").
- Sources are numbered in the order the page first cites them. The list is added at the end of the page under
  "Sources" (id `sources`), and each entry links back to every place that cites it.
- Keys a page lists for further reading without citing them (`<!-- further-sources: key key -->`, written by the
  MkDocs hook from front matter `sources:`) follow the cited ones.
- The page that holds the line `<!-- bibliography -->` gets the whole bibliography, sorted by author, each entry
  with the anchor `ref-KEY`.
An unknown key is logged as a warning (so a strict build fails) and shown as "[?key]" rather than dropped.
"""
from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as etree
from pathlib import Path

from markdown import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from netguide.data import load_yaml

log = logging.getLogger("mkdocs.extensions.netguide.citations")

BIBLIOGRAPHY_PLACEHOLDER = "<!-- bibliography -->"
FURTHER = re.compile(r"^<!-- further-sources: ([^>]*?) -->$")
MARKER = r"\[@([\w.:-]+(?:\s*;\s*@[\w.:-]+)*)\](?!\()"
KEY = re.compile(r"@([\w.:-]+)")
CITE_CLASS = "ng-cite"

# ----------------------------------------------------------------- the data


class BibliographyError(ValueError):
    pass


def load_bibliography(path: Path) -> dict[str, dict]:
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise BibliographyError(f"{path}: the bibliography must map keys to entries (key: then authors, title, ...)")
    return data


def short_name(key: str, entry: dict) -> str:
    """'Pavel 2020': first author's surname (or the publisher) and the year, for accessible names."""
    who = str(entry.get("authors") or entry.get("publisher") or entry.get("journal") or key)
    first = who.split(",")[0].strip()
    if entry.get("authors"):
        first = first.rsplit(" ", 1)[0] if " " in first else first  # "Pavel M" -> "Pavel"
    return f"{first} {entry.get('year', '')}".strip()


def _add_text(parent: etree.Element, text: str) -> None:
    """Append text after parent's last child (or inside it when it has none)."""
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _link(parent: etree.Element, href: str, text: str) -> None:
    a = etree.SubElement(parent, "a", {"href": href})
    a.text = text


def entry_element(tag: str, entry: dict) -> etree.Element:
    """One reference in Vancouver-like style, with links to DOI, PubMed or the web address."""
    item = etree.Element(tag)
    parts = [str(entry.get("authors", "")).rstrip("."), " ".join(str(entry.get("title", "")).split()).rstrip(".")]
    item.text = ". ".join(p for p in parts if p) + ". "
    where = entry.get("journal") or entry.get("publisher")
    if where and str(where).rstrip(".") == str(entry.get("authors", "")).rstrip("."):
        where = None  # an organisation that is both author and publisher is named once
    if where:
        em = etree.SubElement(item, "em")
        em.text = str(where)
    year = str(entry.get("year", ""))
    if entry.get("volume"):
        year += f";{entry['volume']}"
    _add_text(item, (" " if where else "") + year + ("" if year.endswith(".") else "."))
    if entry.get("doi"):
        _add_text(item, " doi:")
        _link(item, f"https://doi.org/{entry['doi']}", str(entry["doi"]))
    if entry.get("pmid"):
        _add_text(item, " PMID: ")
        _link(item, f"https://pubmed.ncbi.nlm.nih.gov/{entry['pmid']}/", str(entry["pmid"]))
    if entry.get("url") and not (entry.get("doi") or entry.get("pmid")):
        _add_text(item, " ")
        _link(item, str(entry["url"]), str(entry["url"]))
    if entry.get("accessed"):
        _add_text(item, f" Accessed {entry['accessed']}.")
    return item


def bibliography_html(entries: dict[str, dict]) -> str:
    ordered = sorted(entries.items(), key=lambda kv: (str(kv[1].get("authors") or kv[1].get("publisher") or kv[0]).lower(), kv[0]))
    ul = etree.Element("ul", {"class": "ng-sources ng-bibliography"})
    for key, entry in ordered:
        li = entry_element("li", entry)
        li.set("id", f"ref-{key}")
        ul.append(li)
    return etree.tostring(ul, encoding="unicode", method="html")


# ----------------------------------------------------------------- Markdown


class BibliographyPreprocessor(Preprocessor):
    """`<!-- bibliography -->` becomes the whole list; the further-sources comment is noted and removed."""

    def __init__(self, md, extension: "CitationsExtension"):
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        out = []
        for line in lines:
            if line.strip() == BIBLIOGRAPHY_PLACEHOLDER:
                out += ["", self.md.htmlStash.store(bibliography_html(self.extension.entries)), ""]
            elif m := FURTHER.match(line.strip()):
                self.extension.further += m[1].split()
            else:
                out.append(line)
        return out


class CitationInline(InlineProcessor):
    """`[@a; @b]` -> a placeholder naming the keys; numbers are given later, in document order."""

    def handleMatch(self, m, data):
        span = etree.Element("span", {"class": CITE_CLASS, "data-keys": " ".join(KEY.findall(m[0]))})
        return span, m.start(0), m.end(0)


class CitationNumbers(Treeprocessor):
    """Numbers the sources in citation order, writes the markers' links, and adds the source list."""

    def __init__(self, md, extension: "CitationsExtension"):
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        entries = self.extension.entries
        order: dict[str, int] = {}
        uses: dict[str, list[str]] = {}
        for span in [e for e in root.iter("span") if e.get("class") == CITE_CLASS and "data-keys" in e.attrib]:
            keys = span.attrib.pop("data-keys").split()
            span.tag = "sup"
            for i, key in enumerate(keys):
                if key not in entries:
                    log.warning(f'unknown source key "{key}" in [@{key}] — add it to docs/_data/bibliography.yml '
                                "or fix the spelling")
                    _add_text(span, ("," if i else "") + f"[?{key}]")
                    continue
                number = order.setdefault(key, len(order) + 1)
                anchor = f"cite-{number}-{len(uses.setdefault(key, [])) + 1}"
                uses[key].append(anchor)
                if i:
                    _add_text(span, ",")
                a = etree.SubElement(span, "a", {
                    "href": f"#source-{number}", "id": anchor,
                    "aria-label": f"Source {number}: {short_name(key, entries[key])}",
                })
                a.text = str(number)
        for key in self.extension.further:
            if key not in entries:
                log.warning(f'unknown source key "{key}" in front matter sources — add it to '
                            "docs/_data/bibliography.yml or fix the spelling")
            elif key not in order:
                order[key] = len(order) + 1
        if order:
            root.append(self.source_list(order, uses))

    def source_list(self, order: dict[str, int], uses: dict[str, list[str]]) -> etree.Element:
        box = etree.Element("div", {"class": "ng-sources", "data-search-exclude": ""})
        heading = etree.SubElement(box, "h2", {"id": "sources", "data-search-exclude": ""})
        heading.text = "Sources"
        ol = etree.SubElement(box, "ol")
        for key, number in order.items():
            li = entry_element("li", self.extension.entries[key])
            li.set("id", f"source-{number}")
            for n, anchor in enumerate(uses.get(key, []), 1):
                _add_text(li, " ")
                back = etree.SubElement(li, "a", {
                    "href": f"#{anchor}", "class": "ng-cite-back",
                    "aria-label": f"Back to the text, place {n} that cites source {number}",
                })
                back.text = "\u21a9\ufe0e"
            ol.append(li)
        return box


class CitationsExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "bibliography_file": ["docs/_data/bibliography.yml", "The bibliography, relative to the current directory"],
        }
        super().__init__(**kwargs)
        self.further: list[str] = []

    def extendMarkdown(self, md) -> None:
        md.registerExtension(self)
        self.entries = _load(Path(self.getConfig("bibliography_file")))
        # After snippets (32) and whitespace clean-up (30), before raw HTML is stashed (20).
        md.preprocessors.register(BibliographyPreprocessor(md, self), "ng_bibliography", 26)
        # Before links (160), so `[@key]` is never read as a link.
        md.inlinePatterns.register(CitationInline(MARKER, md), "ng_citation", 175)
        # After inline (20) and attr_list (8), before toc (5), so "Sources" is in the table of contents.
        md.treeprocessors.register(CitationNumbers(md, self), "ng_citation_numbers", 7)

    def reset(self) -> None:
        self.further = []


_cache: dict[Path, tuple[float, dict]] = {}


def _load(path: Path) -> dict[str, dict]:
    """Read once per change of the file: MkDocs builds a new Markdown converter for every page."""
    path = path.resolve()
    mtime = path.stat().st_mtime
    if path not in _cache or _cache[path][0] != mtime:
        _cache[path] = (mtime, load_bibliography(path))
    return _cache[path][1]


def makeExtension(**kwargs) -> CitationsExtension:
    return CitationsExtension(**kwargs)
