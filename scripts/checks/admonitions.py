"""Boxes (admonitions): only the guide's fixed vocabulary, each with its one title, written so it renders.

Why: readers learn what each box means ("Get urgent help" is always red and always open). A new type, a
different title or a collapsed danger box would break that promise, and a box whose text is not indented
by 4 spaces shows up empty, with its text falling out below it. The vocabulary lives in
docs/_data/admonitions.yml, the one list CONTRIBUTING.md documents. Every "Get urgent help" box gives the
same emergency numbers (`emergency_numbers` under `extra:` in mkdocs.yml), so a reader abroad finds theirs in
each one, and adding a country means the check lists every box still to update.
"""
from __future__ import annotations

import difflib
import re

from netguide.vocabulary import ADMONITIONS as VOCABULARY
from netguide.vocabulary import admonitions

from .context import Site
from .markdown_text import line_at, masked
from .problem import Problem

# Every type Material for MkDocs knows, with its aliases: a box type outside this list is a typo.
MATERIAL_TYPES = {
    "note", "abstract", "summary", "tldr", "info", "todo", "tip", "hint", "important", "success", "check", "done",
    "question", "help", "faq", "warning", "caution", "attention", "failure", "fail", "missing", "danger", "error",
    "bug", "example", "quote", "cite",
}
HEADER = re.compile(r"^(?P<indent>[ \t]*)(?P<marker>!!!|\?\?\?\+?)(?P<rest>.*)$", re.M)
REST = re.compile(r'^ ?(?P<types>[\w-]+(?: +[\w-]+)*)?(?: *"(?P<title>[^"]*)")? *$')


def load_vocabulary(site: Site) -> dict[str, dict]:
    return admonitions(site.docs_dir)


def check(site: Site) -> list[Problem]:
    path = site.data_file(VOCABULARY)
    if not path.exists():
        return [Problem(site.shown(path), 0, "the list of allowed boxes is missing", "restore it from the repository")]
    vocabulary = load_vocabulary(site)
    numbers = " ".join(str(site.extra.get("emergency_numbers") or "").split())
    problems: list[Problem] = []
    for page in site.pages:
        text = masked(page)
        lines = text.split("\n")
        for m in HEADER.finditer(text):
            line = line_at(text, m.start())
            problems += [Problem(page.shown, line, message, fix) for message, fix in _header(m, vocabulary)]
            problems += [Problem(page.shown, line, message, fix) for message, fix in _body(lines, line, m.group("indent"))]
            if numbers and _kind(m) == "danger" and f"({numbers})" not in _box_text(lines, line, m.group("indent")):
                problems.append(Problem(
                    page.shown, line, "this urgent-help box does not give the emergency numbers",
                    f'write "Call your emergency number now ({numbers})" in it, as in the other boxes '
                    "(the numbers are emergency_numbers under extra: in mkdocs.yml)"))
    return problems


def _kind(m: re.Match) -> str | None:
    rest = REST.match(m.group("rest"))
    return rest.group("types").split()[0] if rest and rest.group("types") else None


def _box_text(lines: list[str], header_line: int, indent: str) -> str:
    """The box's text as one line: its indented lines up to the first line that is not, blank lines aside."""
    width = _indent(indent) + 4
    body: list[str] = []
    for line in lines[header_line:]:
        if line.strip() and _indent(line) < width:
            break
        body.append(line.strip())
    return " ".join(" ".join(body).split())


def _indent(line: str) -> int:
    """How far a line's text starts, with tabs as 4 columns (as Python-Markdown reads them)."""
    spaces = line.expandtabs(4)
    return len(spaces) - len(spaces.lstrip())


def _example(kind: str, vocabulary: dict) -> str:
    entry = vocabulary.get(kind, {})
    return f'{entry.get("marker", "!!!")} {kind} "{entry.get("title", "")}"'


def _header(m: re.Match, vocabulary: dict) -> list[tuple[str, str]]:
    allowed = ", ".join(vocabulary)
    rest = REST.match(m.group("rest"))
    if not rest or not rest.group("types"):
        return [("this box line is not written the way boxes are", f'write it like {_example("tip", vocabulary)} (title in double quotes)')]
    kind, *extra = rest.group("types").split()
    if kind not in vocabulary:
        if kind not in MATERIAL_TYPES:
            guess = difflib.get_close_matches(kind, list(vocabulary), n=1)
            hint = f'did you mean "{guess[0]}"? ' if guess else ""
            return [(f'unknown box (admonition) type "{kind}"', f"{hint}use one of: {allowed} (see CONTRIBUTING.md)")]
        return [(f'box (admonition) type "{kind}" is not in the guide\'s vocabulary', f"use one of: {allowed} (see CONTRIBUTING.md)")]
    want = vocabulary[kind]
    example = _example(kind, vocabulary)
    if extra:
        return [(f'extra words after the box type "{kind}"', f"put the title in double quotes: {example}")]
    problems = []
    if m.group("marker") != want.get("marker", "!!!"):
        why = "so readers can open it" if want.get("marker") == "???" else "so it is always open"
        problems.append((f'the {kind} box must start with {want.get("marker", "!!!")}, not {m.group("marker")}', f"write {example}, {why}"))
    if rest.group("title") != want.get("title"):
        title = "no title" if rest.group("title") is None else f'the title "{rest.group("title")}"'
        problems.append((f"the {kind} box has {title}", f"write {example}"))
    return problems


def _body(lines: list[str], header_line: int, indent: str) -> list[tuple[str, str]]:
    """The first text after the header must be indented 4 spaces more than the header, or the box is empty."""
    width = _indent(indent)
    for line in lines[header_line:]:
        if not line.strip():
            continue
        if _indent(line) >= width + 4:
            return []
        break
    return [("this box is empty: the text under it is not indented by 4 spaces",
             "indent every line of the box's text by 4 spaces, or it shows outside the box")]
