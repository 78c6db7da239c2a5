"""Links written from the docs root (`/treatment/prrt.md#anchor`), pointed at the built pages.

Why: the glossary extension, the reading path and a few pages link to other pages from the docs root, because
a Python-Markdown extension does not know which page it is rendering. MkDocs makes such links relative for
each page (mkdocs.yml: `validation: absolute_links: relative_to_docs`). Zensical 0.0.73 leaves them as they
are, so a reader who follows one lands on a missing page (`make engines` counted 3,023 of them). This step
finds every such link still in a built page and points it at the built page, relative to the page it is on,
so the site works whichever engine built it. After an MkDocs build there is nothing left to change.
"""
from __future__ import annotations

import posixpath
import re
from pathlib import Path

from netguide.pages import page_url

LINK = re.compile(r'\bhref="/(?P<src>[^"#?:]+?\.md)(?P<anchor>#[^"]*)?"')


def built_url(src: str, offline: bool) -> str:
    """Where a page's file ends up, from the site root: 'treatment/prrt.md' -> 'treatment/prrt/' on the web,
    'treatment/prrt.html' in the offline edition (no directory URLs there)."""
    return src[:-3] + ".html" if offline else page_url(src)


def relative(target: str, from_dir: str) -> str:
    """A link from a page in `from_dir` (site-relative folder, '' for the root) to `target`, keeping the slash."""
    path = posixpath.relpath(target or ".", from_dir or ".")
    if target == "" or target.endswith("/"):
        path = "./" if path == "." else path + "/"
    return path


def rewrite(html: str, from_dir: str, offline: bool) -> str:
    return LINK.sub(lambda m: f'href="{relative(built_url(m["src"], offline), from_dir)}{m["anchor"] or ""}"', html)


def run(site_dir: Path, offline: bool = False) -> None:
    site_dir = Path(site_dir)
    for path in sorted(site_dir.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        if '.md' not in text:
            continue
        from_dir = path.parent.relative_to(site_dir).as_posix()
        fixed = rewrite(text, "" if from_dir == "." else from_dir, offline)
        if fixed != text:
            path.write_text(fixed, encoding="utf-8")
