"""Shared reading of a page's Markdown: what is prose, where the links are, and on which line.

Why: several checks (links, images, HTML, web addresses, boxes) look for things in the text a reader sees.
Code examples, HTML comments and the front matter must not count, and line numbers must stay exact.
`masked()` blanks those parts with spaces (keeping every newline), so a plain regex over the result
finds only real content, and `line_at()` turns a position back into a line number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .context import Page

FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})")
COMMENT = re.compile(r"<!--.*?-->", re.S)
INLINE_CODE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
# [text](target "title") and ![alt](src); the text may wrap onto the next line, but not past a blank line.
INLINE_LINK = re.compile(
    r"(?P<image>!?)\[(?P<text>(?:[^\[\]\n]|\n(?!\s*\n)|\[[^\[\]]*\])*)\]"
    r"\(\s*(?P<target><[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
REFERENCE_DEF = re.compile(r"^ {0,3}\[(?P<label>[^\]^][^\]]*)\]:\s*(?P<target><[^>]*>|\S+)", re.M)
REFERENCE_USE = re.compile(r"(?<![\]\\])(?P<image>!?)\[(?P<text>[^\[\]\n]+)\]\[(?P<label>[^\[\]\n]*)\]")
AUTOLINK = re.compile(r"<(?P<target>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>")
PICTURE_TAGS = {"img", "source"}
HTML_TAG = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9-]*)(?=[\s/>])(?P<attrs>[^<>]*)>")
HTML_URL = re.compile(r"\b(?P<attr>href|src)\s*=\s*[\"']?(?P<target>[^\"'\s>]*)", re.I)


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


@lru_cache(maxsize=512)
def _masked(text: str, body_start: int) -> str:
    lines = text.split("\n")
    out: list[str] = []
    fence = ""
    for number, line in enumerate(lines, 1):
        if number < body_start:
            out.append(_blank(line))
            continue
        m = FENCE.match(line)
        if fence:
            out.append(_blank(line))
            if m and m.group(2)[0] == fence[0] and len(m.group(2)) >= len(fence) and not line[m.end():].strip():
                fence = ""
            continue
        if m:
            fence = m.group(2)
            out.append(_blank(line))
            continue
        out.append(line)
    result = "\n".join(out)
    result = COMMENT.sub(lambda m: _blank(m.group(0)), result)
    return INLINE_CODE.sub(lambda m: _blank(m.group(0)), result)


def masked(page: Page) -> str:
    """The page's text with front matter, fenced code, inline code and HTML comments blanked out."""
    return _masked(page.text, page.body_start)


def line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


@dataclass(frozen=True)
class Link:
    line: int
    target: str  # as written, without <...>
    text: str  # link text, or alt text of an image
    image: bool
    kind: str  # "inline", "reference", "autolink" or "html"


def links(page: Page) -> list[Link]:
    """Every link and image the page has, in Markdown or HTML, with the line its address is on."""
    text = masked(page)
    found: list[Link] = []
    for m in INLINE_LINK.finditer(text):
        target = m.group("target").strip("<>")
        found.append(Link(line_at(text, m.start("target")), target, m.group("text"), bool(m.group("image")), "inline"))
    for m in REFERENCE_DEF.finditer(text):
        found.append(Link(line_at(text, m.start("target")), m.group("target").strip("<>"), m.group("label"), False, "reference"))
    for m in AUTOLINK.finditer(text):
        found.append(Link(line_at(text, m.start()), m.group("target"), m.group("target"), False, "autolink"))
    for tag in HTML_TAG.finditer(text):
        name = tag.group("name").lower()
        for m in HTML_URL.finditer(tag.group("attrs")):
            is_image = m.group("attr").lower() == "src"
            if is_image and name not in PICTURE_TAGS:
                continue  # src of a frame, script or video: the HTML check reports the tag itself, once
            line = line_at(text, tag.start("attrs") + m.start("target"))
            found.append(Link(line, m.group("target"), "", is_image, "html"))
    return sorted(found, key=lambda link: link.line)
