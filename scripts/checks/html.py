"""Raw HTML: pages are written in Markdown; only a few harmless tags are allowed, nothing that runs code.

Why: HTML pasted into a page can run scripts, load other sites (which the guide promises never to do),
change the look of the whole site, or hide text from readers. Markdown already does everything a page
needs; the grid of cards on the home page is the one layout that needs a <div>. The reader tools are the
exception: a page whose front matter loads its own `scripts:` (docs/tools/) may also use the plain tags of a form
and its results (form, label, textarea, button, dl...). Nothing that runs code is allowed anywhere.
"""
from __future__ import annotations

import re

from .context import Site
from .markdown_text import HTML_TAG, line_at, masked
from .problem import Problem

ALLOWED_TAGS = {"div", "sup", "sub", "br", "span", "nav"}  # span: the glossary opt-out; nav: a named group of links (home page)
TOOL_TAGS = {
    "form", "label", "input", "textarea", "button", "select", "option", "fieldset", "legend", "output", "p", "a",
    "section", "h2", "h3", "dl", "dt", "dd", "ul", "ol", "li", "table", "caption", "thead", "tbody", "tr", "th", "td",
    "details", "summary", "time", "strong", "em",
}
DANGEROUS = {
    "script": "scripts are not allowed in pages",
    "style": "styles belong in overrides/assets/stylesheets/, not in a page",
    "iframe": "embedded frames load another site into the page",
    "frame": "embedded frames load another site into the page",
    "object": "embedded objects can run code",
    "embed": "embedded objects can run code",
}
EVENT_HANDLER = re.compile(r"\bon[a-z]+\s*=", re.I)
BAD_URL = re.compile(r"(?:\]\(\s*<?|\b(?:href|src|action|formaction)\s*=\s*[\"']?)\s*(?P<scheme>javascript|vbscript|data):", re.I)
BAD_URL_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(?P<scheme>javascript|vbscript|data):", re.I | re.M)
STYLE_ATTR = re.compile(r"\bstyle\s*=", re.I)


def check(site: Site) -> list[Problem]:
    problems: list[Problem] = []
    for page in site.pages:
        text = masked(page)
        allowed = ALLOWED_TAGS | (TOOL_TAGS if page.meta and page.meta.get("scripts") else set())
        for m in HTML_TAG.finditer(text):
            problem = None if m.group("close") else _tag(m, allowed)
            if problem:
                problems.append(Problem(page.shown, line_at(text, m.start()), *problem))
        for m in [*BAD_URL.finditer(text), *BAD_URL_DEF.finditer(text)]:
            scheme = m.group("scheme").lower()
            problems.append(Problem(page.shown, line_at(text, m.start("scheme")), f"a {scheme}: address is not allowed",
                                    "link to a page or an https:// address; put pictures in a file and link to the file"))
    return problems


def _tag(m: re.Match, allowed: set[str] = ALLOWED_TAGS) -> tuple[str, str] | None:
    name, attrs = m.group("name").lower(), m.group("attrs")
    if name in DANGEROUS:
        return f"<{name}> is not allowed: {DANGEROUS[name]}", "remove it; write the content in Markdown"
    if EVENT_HANDLER.search(attrs):
        handler = EVENT_HANDLER.search(attrs).group(0).rstrip("= ")
        return f'<{name}> has an event handler ({handler}=) that runs code', "remove it; pages may not run code"
    if STYLE_ATTR.search(attrs):
        return f"<{name}> has a style= attribute", "remove it; the site's stylesheet sets the look of every page"
    if name not in allowed:
        return f"raw HTML <{name}> is not used in this guide", _markdown_for(name)
    return None


def _markdown_for(name: str) -> str:
    hints = {
        "a": "write the link in Markdown: [text](address)",
        "img": "write the picture in Markdown: ![what it shows](file.png)",
        "b": "write **bold** in Markdown", "strong": "write **bold** in Markdown",
        "i": "write *italics* in Markdown", "em": "write *italics* in Markdown",
        "details": 'use a box instead: ??? info "For health professionals"',
        "table": "write the table in Markdown with | pipes |",
    }
    return hints.get(name, f"write it in Markdown; allowed tags are {', '.join(sorted(ALLOWED_TAGS))}")
