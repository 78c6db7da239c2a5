"""Sources: pages cite entries of the one bibliography with `[@key]`, and every entry can be found by a reader.

Why: the build numbers a page's sources from its `[@key]` citations (netguide/markdown/citations.py). A
misspelt key would fail the build; an entry without a DOI, PMID or web address cannot be checked by a reader
or a reviewer; a key written as plain text, as in "(pavel2020)", shows the reader a code instead of a link;
and a page with medical content that cites nothing gives readers no way to check its facts.
Front matter `sources: [key]` is only for further reading a page does not cite in its text.
"""
from __future__ import annotations

import re

import yaml

from .context import Page, Site
from .markdown_text import masked
from .problem import Problem

BIBLIOGRAPHY = "bibliography.yml"
REQUIRED = ("authors", "title", "year")
# Pages that may have no sources: they are about the guide itself, not medicine.
NO_SOURCES_NEEDED = re.compile(r"^(about/.*|tools/.*|glossary\.md|index\.md)$")
# A key written as plain text, e.g. "(NETTER-1; strosberg2017)", outside a [@...] citation.
KEY_IN_TEXT = re.compile(r"(?<![\w/.#@-])([a-z][a-z-]*\d{4}[a-z]?)(?![\w/.-])")
CITATION = re.compile(r"\[@([^\]]+)\]")
CITED_KEY = re.compile(r"@([\w.:-]+)")


def check(site: Site) -> list[Problem]:
    path = site.data_file(BIBLIOGRAPHY)
    shown = site.shown(path)
    if not path.exists():
        return [Problem(shown, 0, "the bibliography file is missing", f"create {shown} (see CONTRIBUTING.md)")]
    text = path.read_text(encoding="utf-8")
    try:
        entries = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return [Problem(shown, mark.line + 1 if mark else 0, f"the bibliography is not valid YAML ({exc.problem})",
                        "check this line: indent the fields of an entry by 2 spaces; put titles with a colon in quotes")]
    if not isinstance(entries, dict):
        return [Problem(shown, 1, "the bibliography is not a list of entries", "write each entry as `key:` then its fields")]
    lines = _key_lines(text)
    return _entries(entries, lines, shown) + _duplicates(text, shown) + [
        problem for page in site.pages if page.meta is not None for problem in _page(page, entries, shown)
    ]


def _key_lines(text: str) -> dict[str, int]:
    return {m.group(1): text.count("\n", 0, m.start()) + 1 for m in re.finditer(r"^([^\s#:][^:]*):", text, re.M)}


def _duplicates(text: str, shown: str) -> list[Problem]:
    seen: set[str] = set()
    problems = []
    for m in re.finditer(r"^([^\s#:][^:]*):", text, re.M):
        if m.group(1) in seen:
            problems.append(Problem(shown, text.count("\n", 0, m.start()) + 1, f'source key "{m.group(1)}" is used twice',
                                    "give each entry its own key; the second one would replace the first"))
        seen.add(m.group(1))
    return problems


def _entries(entries: dict, lines: dict[str, int], shown: str) -> list[Problem]:
    problems = []
    first_with: dict[tuple[str, str], str] = {}  # (doi or pmid, value) -> the first key that has it
    for key, entry in entries.items():
        line = lines.get(str(key), 0)
        if not isinstance(entry, dict):
            problems.append(Problem(shown, line, f'source "{key}" has no fields', "add authors, title, journal, year and a doi, pmid or url"))
            continue
        for name in REQUIRED:
            if not str(entry.get(name) or "").strip():
                problems.append(Problem(shown, line, f'source "{key}" has no {name}', f"add `{name}:` as printed in the source"))
        if not (entry.get("journal") or entry.get("publisher")):
            problems.append(Problem(shown, line, f'source "{key}" has no journal or publisher', "add `journal:` (or `publisher:` for a book or website)"))
        if not any(entry.get(name) for name in ("doi", "pmid", "url")):
            problems.append(Problem(shown, line, f'source "{key}" has no DOI, PMID or URL',
                                    "add `doi:`, `pmid:` or `url:` so readers and reviewers can find it"))
        if entry.get("doi") and not str(entry["doi"]).startswith("10."):
            problems.append(Problem(shown, line, f'source "{key}" has a DOI that does not start with 10.',
                                    "write only the DOI itself, e.g. `doi: 10.1038/s41379-018-0110-y`"))
        if entry.get("pmid") and not str(entry["pmid"]).isdigit():
            problems.append(Problem(shown, line, f'source "{key}" has a PMID that is not a number', "write only the digits, e.g. `pmid: 29915308`"))
        for name in ("doi", "pmid"):
            if entry.get(name):
                first = first_with.setdefault((name, str(entry[name]).strip().lower()), str(key))
                if first != str(key):
                    problems.append(Problem(shown, line, f'source "{key}" has the same {name.upper()} as "{first}": it is listed twice',
                                            f"cite [@{first}] instead, and delete this entry"))
                    break
    return problems


def _page(page: Page, entries: dict, bibliography: str) -> list[Problem]:
    keys = page.meta.get("sources") or []
    if not isinstance(keys, list):
        return []  # the frontmatter check reports it
    problems = []
    for key in keys:
        if isinstance(key, str) and key not in entries:
            problems.append(Problem(page.shown, _line_of_key(page, key), f'unknown source key "{key}"',
                                    f"add it to {bibliography} or fix the spelling"))
    text = masked(page)
    cited: set[str] = set()
    for m in CITATION.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        for key in CITED_KEY.findall(m.group(0)):
            cited.add(key)
            if key not in entries:
                problems.append(Problem(page.shown, line, f'unknown source key "{key}" in [@{key}]',
                                        f"add it to {bibliography} or fix the spelling"))
    plain = CITATION.sub(lambda m: " " * len(m.group(0)), text)
    for m in KEY_IN_TEXT.finditer(plain):
        key = m.group(1)
        if key in entries:
            problems.append(Problem(page.shown, plain.count("\n", 0, m.start()) + 1,
                                    f'the source key "{key}" is written as plain text',
                                    f"write it as a citation, [@{key}], right after the claim it supports"))
    for key in keys:
        if key in cited:
            problems.append(Problem(page.shown, _line_of_key(page, key), f'"{key}" is in sources: and also cited in the text',
                                    "remove it from sources: (the source list is made from the citations)", "warning"))
    if not cited and not keys and not NO_SOURCES_NEEDED.match(page.src):
        problems.append(Problem(page.shown, page.body_start, "this page cites no sources",
                                f"cite the source of each fact with [@key] (keys from {bibliography}) right after the claim"))
    return problems


def _line_of_key(page: Page, key: str) -> int:
    for number, line in enumerate(page.lines[: page.body_start], 1):
        if re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", line):
            return number
    return page.field_line("sources")
