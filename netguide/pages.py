"""The guide's pages in nav order, read from mkdocs.yml (the one source of truth for the nav).

Build code, checks, tests and tools that need "every page" ask here instead of walking the nav themselves.
"""
from __future__ import annotations

from netguide.data import load_config


def nav_entries(nav: list | None) -> list[tuple[str | None, str]]:
    """(title or None, docs-relative path) for every page in the nav, in order; links to other sites left out."""
    out: list[tuple[str | None, str]] = []
    for item in nav or []:
        pairs = item.items() if isinstance(item, dict) else [(None, item)]
        for title, value in pairs:
            if isinstance(value, list):
                out.extend(nav_entries(value))
            elif isinstance(value, str) and "://" not in value:
                out.append((title, value.lstrip("/")))
    return out


def page_url(src: str) -> str:
    """Site-relative URL MkDocs gives a page with directory URLs: 'treatment/prrt.md' -> 'treatment/prrt/'."""
    stem = src[:-3] if src.endswith(".md") else src
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def nav_pages(config: dict | None = None) -> list[str]:
    config = config if config is not None else load_config()
    return [src for _, src in nav_entries(config.get("nav"))]


def top_sections(config: dict | None = None) -> list[tuple[str, str]]:
    """(section title, docs path of its first page) for each top-level nav entry."""
    config = config if config is not None else load_config()
    out = []
    for item in config["nav"]:
        (title, value), = item.items()
        first = nav_entries(value)[0][1] if isinstance(value, list) else value
        out.append((title, first))
    return out
