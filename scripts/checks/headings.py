"""Headings: one `# Title` that matches the page's title, and a stable id on every `##` heading.

Why: the `# Title` is what a reader sees first, and `title:` is what the menu, search results and link
previews show; when they differ, the reader cannot tell they are on the page they clicked. A `##` heading
without an id gets one made from its words, so rewording the heading silently breaks every link to that
section from other pages, other sites and readers' bookmarks. An id written out (`## What PRRT is
{#what-prrt-is}`) stays when the words change. The id suggested is the one the heading has today, so adding
it changes no address.
"""
from __future__ import annotations

import re

from markdown.extensions.toc import slugify

from .context import Page, Site
from .markdown_text import masked
from .problem import Problem

H1 = re.compile(r"^#[ \t]+(?P<text>.*?)[ \t]*$")
H2 = re.compile(r"^##[ \t]+(?P<text>.*?)[ \t]*$")
ATTRS = re.compile(r"[ \t]*\{(?P<attrs>[^{}]*)\}$")
ID = re.compile(r"(?:^|\s)#(?P<id>[^\s}]+)")
STABLE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def check(site: Site) -> list[Problem]:
    problems: list[Problem] = []
    for page in site.pages:
        problems += _title(page)
        problems += _ids(page)
    return problems


def split_heading(text: str) -> tuple[str, str | None]:
    """('What PRRT is', 'what-prrt-is') for 'What PRRT is {#what-prrt-is}'; the id is None when none is given."""
    m = ATTRS.search(text)
    if not m:
        return text.rstrip("# \t"), None
    given = ID.search(m["attrs"])
    return text[: m.start()].rstrip("# \t"), given["id"] if given else None


def _headings(page: Page, pattern: re.Pattern) -> list[tuple[int, str]]:
    """(line, text) of each heading at the left edge, outside code, comments and front matter."""
    return [(number, m["text"]) for number, line in enumerate(masked(page).split("\n"), 1) if (m := pattern.match(line))]


def _title(page: Page) -> list[Problem]:
    title = (page.meta or {}).get("title")
    if not isinstance(title, str) or not title.strip():
        return []  # the frontmatter check reports a missing or broken title
    title = title.strip()
    h1 = _headings(page, H1)
    if not h1:
        return [Problem(page.shown, page.body_start, "the page has no # heading",
                        f"add the line `# {title}` after the front matter (the title the reader sees first)")]
    line, text = h1[0]
    words, _ = split_heading(text)
    if words != title:
        return [Problem(page.shown, line, f'the # heading "{words}" does not match the title "{title}" in the front matter',
                        f"make them the same: write `# {title}`, or change title: to \"{words}\"")]
    return []


def _ids(page: Page) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for line, text in _headings(page, H2):
        words, given = split_heading(text)
        if given is None:
            problems.append(Problem(page.shown, line, f'the ## heading "{words}" has no id, so links to it break when its words change',
                                    f"add its id at the end of the line: `## {words} {{#{slugify(words, '-')}}}`"))
            continue
        if not STABLE_ID.match(given):
            problems.append(Problem(page.shown, line, f'the id "#{given}" is not written in lower case with hyphens',
                                    f"write it like {{#{slugify(given.replace('_', '-'), '-')}}} (only if the page is new: "
                                    "a published id must never change)"))
        if given in seen:
            problems.append(Problem(page.shown, line, f'the id "#{given}" is also used on line {seen[given]}',
                                    "give each heading its own id, so a link leads to one place"))
        seen.setdefault(given, line)
    return problems
