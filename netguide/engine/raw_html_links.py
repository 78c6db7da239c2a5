"""Resolve page links written in raw HTML the way MkDocs resolves Markdown links.

Why: MkDocs rewrites and checks the links of Markdown, but leaves raw HTML alone. The body map
(docs/_data/figures/body-map.md) is an inline SVG whose organs are links, so its hrefs are raw HTML.
Written as web addresses they would work for one page depth and one URL style only (folders online,
.html files in the offline edition), and a typo would go unnoticed. So figures write a page's source
path, docs-absolute like `/types/gep-nets.md#stomach` (or relative to the including page), and this
module turns it into the including page's own relative URL. A page that does not exist is a warning
(so `--strict` fails), and the #anchor is handed to MkDocs' own anchor check. A broken Markdown link also
reaches this module as an .md href; MkDocs has already reported it, in its own words, so it is left alone.
"""
from __future__ import annotations

import html
import logging
import posixpath
import re
from urllib.parse import unquote

log = logging.getLogger("mkdocs.hooks.raw_html_links")

# href="…something.md" or href="…something.md#anchor" in HTML that MkDocs did not rewrite.
_MD_HREF = re.compile(r'(?P<attr>\bhref=")(?P<path>[^"#?]+\.md)(?:#(?P<anchor>[^"]*))?"')
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//")


def resolve_md_links(content: str, page, files) -> str:
    """Every raw-HTML href to a .md file becomes the relative URL of that page, as seen from `page`."""

    def replace(m: re.Match) -> str:
        path = html.unescape(m["path"])
        if _SCHEME.match(path):
            return m[0]  # a link to another site that happens to end in .md
        path = unquote(path)
        base = "" if path.startswith("/") else posixpath.dirname(page.file.src_uri)
        src = posixpath.normpath(posixpath.join(base, path.lstrip("/")))
        target = files.get_file_from_path(src)
        if target is None:
            if _markdown_link(page, m["path"]):
                return m[0]  # a Markdown link MkDocs could not resolve: MkDocs has already said so
            log.warning(
                f"Doc file '{page.file.src_uri}' contains a link to '{m['path']}' in a figure's HTML, "
                f"but there is no page docs/{src} — fix the path; in a shared figure (docs/_data/figures/) "
                f"write it from docs/, like /types/gep-nets.md"
            )
            return m[0]
        anchor = m["anchor"]
        if anchor and page.links_to_anchors is not None:
            # MkDocs checks these after every page is built, with the level set in validation.anchors.
            page.links_to_anchors.setdefault(target, {})[anchor] = f"{m['path']}#{anchor}"
        url = target.url_relative_to(page.file)
        return f'{m["attr"]}{html.escape(url)}{"#" + anchor if anchor else ""}"'

    return _MD_HREF.sub(replace, content)


def _markdown_link(page, path: str) -> bool:
    """True when the page's own Markdown has [text](path) or [label]: path, a link MkDocs itself checks."""
    written = re.escape(path)
    return bool(re.search(rf"\]\(\s*<?{written}(?:#[^)\s>]*)?>?[\s)]|^ {{0,3}}\[[^\]]+\]:\s*<?{written}",
                          getattr(page, "markdown", None) or "", re.M))
