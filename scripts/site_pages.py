"""The guide's pages in nav order, read from mkdocs.yml (the one source of truth for the nav).

Tests, checks and tools that need "every page" ask here instead of keeping their own list.
"""
from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


class _TolerantLoader(yaml.SafeLoader):
    """mkdocs.yml uses tags such as !ENV; their values do not matter for the nav."""


_TolerantLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def load_config(path: Path = ROOT / "mkdocs.yml") -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader)


def nav_entries(nav: list) -> list[tuple[str | None, str]]:
    """(title or None, docs-relative path) for every page in the nav, in order."""
    out: list[tuple[str | None, str]] = []
    for item in nav:
        if isinstance(item, str):
            out.append((None, item))
            continue
        for title, value in item.items():
            if isinstance(value, list):
                out.extend(nav_entries(value))
            else:
                out.append((title, value))
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
    config = config or load_config()
    return [src for _, src in nav_entries(config["nav"])]


def top_sections(config: dict | None = None) -> list[tuple[str, str]]:
    """(section title, docs path of its first page) for each top-level nav entry."""
    config = config or load_config()
    out = []
    for item in config["nav"]:
        (title, value), = item.items()
        first = nav_entries(value)[0][1] if isinstance(value, list) else value
        out.append((title, first))
    return out
