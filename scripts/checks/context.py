"""What every check needs to know about a site, read once: its config, nav, pages and their front matter.

Why one loader: each check looks at the same pages; reading and parsing them in one place keeps the
checks short and makes them agree on what "a page" and "its front matter" are (the way MkDocs reads them).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

import pathspec
import yaml

from netguide.markdown.front_matter import explain

ROOT = Path(__file__).resolve().parents[2]
FRONT_MATTER_END = re.compile(r"^(?:-{3}|\.{3})[ \t]*$")


class TolerantLoader(yaml.SafeLoader):
    """mkdocs.yml uses tags such as !ENV and !!python/name; their values do not matter to the checks."""


TolerantLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


class FrontMatterLoader(yaml.SafeLoader):
    """Like MkDocs' loader, but dates stay text, so the frontmatter check can judge them itself."""


FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def nav_pages(nav: list | None) -> list[str]:
    """Docs-relative paths of the pages in the nav, in order (links to other sites are left out)."""
    out: list[str] = []
    for item in nav or []:
        values = item.values() if isinstance(item, dict) else [item]
        for value in values:
            if isinstance(value, list):
                out.extend(nav_pages(value))
            elif isinstance(value, str) and "://" not in value:
                out.append(value.lstrip("/"))
    return out


@dataclass
class Page:
    """One Markdown file under docs/, with its front matter read the way MkDocs reads it."""

    src: str  # docs-relative, e.g. "treatment/prrt.md"
    path: Path
    shown: str  # how messages name it, e.g. "docs/treatment/prrt.md"
    text: str
    meta: dict | None = None  # None when the front matter is missing or unreadable
    meta_error: str = ""  # why meta is None, in plain words
    meta_error_line: int = 1
    meta_error_fix: str = ""  # how to fix it, when the YAML itself is broken
    body_start: int = 1  # 1-based number of the first line after the front matter
    field_lines: dict[str, int] = field(default_factory=dict)

    @cached_property
    def lines(self) -> list[str]:
        return self.text.splitlines()

    def field_line(self, name: str) -> int:
        return self.field_lines.get(name, 1)


def read_page(path: Path, src: str, shown: str) -> Page:
    text = path.read_text(encoding="utf-8", errors="replace")
    page = Page(src=src, path=path, shown=shown, text=text)
    lines = text.splitlines()
    if not lines or lines[0].rstrip() != "---":
        page.meta_error = "front matter is missing: the first line must be ---"
        return page
    end = next((i for i, line in enumerate(lines[1:], 1) if FRONT_MATTER_END.match(line)), None)
    if end is None:
        page.meta_error = "front matter is not closed: no second --- line"
        # Where it was meant to end: the first blank line or heading. The checks of the page's text start
        # there, so the front matter lines do not also show up as Markdown mistakes.
        page.body_start = next((i + 1 for i, line in enumerate(lines[1:], 1) if not line.strip() or line.startswith("#")), 1)
        return page
    page.body_start = end + 2
    for i, line in enumerate(lines[1:end], 2):
        if m := re.match(r"([A-Za-z0-9_-]+)\s*:", line):
            page.field_lines.setdefault(m.group(1), i)
    try:
        meta = yaml.load("\n".join(lines[1:end]), Loader=FrontMatterLoader)
    except yaml.YAMLError as exc:  # explained the way the build explains it (netguide/markdown/front_matter.py)
        page.meta_error_line, page.meta_error, page.meta_error_fix = explain(exc, lines[1:end], 2)
        return page
    if not isinstance(meta, dict):
        page.meta_error = "the front matter is not a list of name: value lines"
        page.meta_error_line = 2
        return page
    page.meta = meta
    return page


@dataclass
class Site:
    """A site to check: a folder with mkdocs.yml and its docs/ folder (the real guide, or a test fixture)."""

    root: Path
    docs_dir: Path
    config: dict
    config_path: Path
    pages: list[Page]
    shared: list[Page] = field(default_factory=list)  # Markdown under docs/_data/ that pages include with --8<--
    today: date = field(default_factory=date.today)

    @property
    def nav(self) -> list[str]:
        return nav_pages(self.config.get("nav"))

    @property
    def extra(self) -> dict:
        return self.config.get("extra") or {}

    def shown(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    def page(self, src: str) -> Page | None:
        return next((p for p in self.pages if p.src == src), None)

    def data_file(self, name: str) -> Path:
        return self.docs_dir / "_data" / name

    def is_excluded(self, src: str) -> bool:
        return self._exclude.match_file(src)

    @cached_property
    def _exclude(self) -> pathspec.GitIgnoreSpec:
        """MkDocs leaves out dot files, templates/ and whatever exclude_docs names (here: _data/)."""
        lines = [".*", "/templates/", *str(self.config.get("exclude_docs") or "").splitlines()]
        return pathspec.GitIgnoreSpec.from_lines(lines)


def load_site(config_path: Path | None = None, docs_dir: Path | None = None, today: date | None = None) -> Site:
    config_path = (config_path or ROOT / "mkdocs.yml").resolve()
    root = config_path.parent
    config = yaml.load(config_path.read_text(encoding="utf-8"), Loader=TolerantLoader) or {}
    docs_dir = (docs_dir or root / config.get("docs_dir", "docs")).resolve()
    site = Site(root=root, docs_dir=docs_dir, config=config, config_path=config_path, pages=[])
    if today:
        site.today = today
    for path in sorted(docs_dir.rglob("*.md")):
        src = path.relative_to(docs_dir).as_posix()
        if not site.is_excluded(src):
            site.pages.append(read_page(path, src, site.shown(path)))
        elif src.startswith("_data/"):
            site.shared.append(read_page(path, src, site.shown(path)))
    return site
