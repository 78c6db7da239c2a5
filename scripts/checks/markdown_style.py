"""Markdown that renders differently from how it looks: a list glued to a paragraph, a skipped heading level…

Why: Markdown forgives a lot, silently. A list with no blank line above it shows as one run-on
paragraph; text indented by 4 spaces shows as code; two spaces at a line's end make a hidden line break.
pymarkdownlnt finds these with the rules chosen in .pymarkdown.json (only rules that change what readers
see). Boxes (!!!, ???) and tabs (===) are MkDocs syntax the linter does not know, so their bodies are
un-indented before linting (line numbers stay the same); the admonitions check looks after the boxes.
Front matter that is not valid YAML is left out: the frontmatter check reports it, once.
"""
from __future__ import annotations

import re

from pymarkdown.api import PyMarkdownApi, PyMarkdownApiException

from .context import ROOT, Site
from .problem import Problem

CONFIG = ROOT / ".pymarkdown.json"
BOX = re.compile(r"^\s*(!!!|\?\?\?\+?|===!?)[ \w\"]")
# What each rule means for a reader, and how to fix it, in plain words.
RULES = {
    "md001": ("heading level skips a step (for example ## then ####)", "use one more # than the heading above, no more"),
    "md003": ("text underlined with === or --- turns into a heading", "write headings as ## Heading; for a line across the page, leave a blank line above ---"),
    "md005": ("items of one list are indented differently", "indent all items of the list the same way"),
    "md007": ("sub-list is not indented by 4 spaces", "indent sub-items by 4 spaces, or they show as one flat list"),
    "md009": ("spaces at the end of the line", "delete them; two spaces there make a hidden line break"),
    "md010": ("tab character", "use spaces instead of tabs"),
    "md011": ("link is written back to front: (text)[address]", "write [text](address)"),
    "md018": ("no space after # at the start of the line", "write ## Heading with a space; to start a line with #, write \\#"),
    "md023": ("heading does not start at the left edge", "remove the spaces before #, or the heading shows as plain text"),
    "md025": ("more than one # heading", "use # only once, for the page title; use ## for sections"),
    "md031": ("code block has no blank line above or below it", "add a blank line before and after the ``` lines"),
    "md032": ("list has no blank line above or below it", "add a blank line before the list, or it shows as one run-on paragraph"),
    "md034": ("web address is not a link", "write it as [text](https://...) or <https://...>"),
    "md037": ("spaces inside * or ** marks", "write **bold** or *italics* with no space inside the marks"),
    "md042": ("link has no address", "put the address between the ( ) after the link text"),
    "md046": ("text indented by 4 spaces shows as code", "remove the indent, or indent under a box (!!!) or list item as intended"),
    "md056": ("table row has a different number of cells from the header", "give every row the same number of | cells; extra cells are dropped"),
    "md058": ("table has no blank line above or below it", "add a blank line before and after the table, or it shows as plain text"),
}


def unbox(text: str) -> str:
    """Turn box and tab headers into blank lines and un-indent their bodies, so the linter reads plain Markdown."""
    out, stack = [], []
    for line in text.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        if line.strip():
            while stack and indent <= stack[-1]:
                stack.pop()
        depth = 4 * len(stack)
        if BOX.match(line):
            stack.append(indent)
            out.append("")
            continue
        out.append(line[depth:] if not line[:depth].strip() else line.lstrip(" "))
    return "\n".join(out)


def _without_front_matter(page) -> str:
    """The page with its front matter lines left blank: broken front matter is the frontmatter check's one
    problem, not a run of list and heading mistakes found in it (line numbers stay the same)."""
    if page.meta is not None or page.body_start <= 1:
        return page.text
    lines = page.text.split("\n")
    return "\n".join([""] * (page.body_start - 1) + lines[page.body_start - 1:])


def check(site: Site) -> list[Problem]:
    api = PyMarkdownApi().configuration_file_path(str(CONFIG))
    problems = []
    for page in site.pages:
        if not page.text.strip():
            continue
        try:
            result = api.scan_string(unbox(_without_front_matter(page)))
        except PyMarkdownApiException as exc:
            problems.append(Problem(page.shown, 0, f"the Markdown linter could not read this page ({exc})", "check the page for unusual characters"))
            continue
        for failure in result.scan_failures:
            rule = failure.rule_id.lower()
            message, fix = RULES.get(rule, (failure.rule_description.lower(), f"see pymarkdown rule {failure.rule_id}"))
            problems.append(Problem(page.shown, failure.line_number, message, fix))
    return problems
