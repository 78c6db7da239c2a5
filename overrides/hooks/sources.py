"""List each page's sources at its bottom, from the one bibliography.

Why a hook: the sources are named in front matter (`sources: [key, ...]`), which
MkDocs hands to hooks but not to Markdown extensions. Pages cite by key so that a
reference is written once, in docs/_data/bibliography.yml, and shown everywhere alike.
The page that holds `<!-- bibliography -->` gets the whole list.
"""
from __future__ import annotations

import html
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError

BIBLIOGRAPHY = "_data/bibliography.yml"
PLACEHOLDER = "<!-- bibliography -->"
_entries: dict[str, dict] = {}


def load_bibliography(path: Path) -> dict[str, dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise PluginError(f"{path}: the bibliography must map keys to entries")
    return data


def format_entry(entry: dict) -> str:
    """One reference in Vancouver-like style, as Markdown with links to DOI, PubMed or the URL."""
    parts = [entry.get("authors", "").rstrip("."), entry.get("title", "").rstrip(".")]
    where = f"*{entry['journal']}*" if entry.get("journal") else ""
    year = str(entry.get("year", ""))
    if entry.get("volume"):
        year += f";{entry['volume']}"
    parts.append(" ".join(p for p in (where, year) if p))
    links = []
    if entry.get("doi"):
        links.append(f"doi:[{entry['doi']}](https://doi.org/{entry['doi']})")
    if entry.get("pmid"):
        links.append(f"PMID: [{entry['pmid']}](https://pubmed.ncbi.nlm.nih.gov/{entry['pmid']}/)")
    if entry.get("url") and not links:
        links.append(f"<{entry['url']}>")
    text = ". ".join(p for p in parts if p) + "."
    return text + (" " + " ".join(links) if links else "")


def render_sources(keys: list[str], entries: dict[str, dict], where: str) -> str:
    unknown = [k for k in keys if k not in entries]
    if unknown:
        raise PluginError(
            f'{where}: unknown source key "{unknown[0]}" — add it to docs/{BIBLIOGRAPHY} or fix the spelling'
        )
    items = "\n".join(f"1. {format_entry(entries[k])}" for k in keys)
    return f'\n\n## Sources {{#sources data-search-exclude}}\n\n<div class="ng-sources" markdown data-search-exclude>\n\n{items}\n\n</div>\n'


def render_bibliography(entries: dict[str, dict]) -> str:
    ordered = sorted(entries.items(), key=lambda kv: kv[1].get("authors", kv[0]).lower())
    # attr_list reads a list item's attributes only from a line of their own under the item.
    items = "\n".join(f"- {format_entry(e)}\n  {{#ref-{k}}}" for k, e in ordered)
    return f'<div class="ng-sources" markdown>\n\n{items}\n\n</div>'


# ----------------------------------------------------------------- hooks


def on_config(config, **kwargs):
    global _entries
    _entries = load_bibliography(Path(config["docs_dir"]) / BIBLIOGRAPHY)
    return config


def on_page_markdown(markdown: str, page, config, files, **kwargs):
    if PLACEHOLDER in markdown:
        markdown = markdown.replace(PLACEHOLDER, render_bibliography(_entries))
    keys = page.meta.get("sources") or []
    if not isinstance(keys, list):
        raise PluginError(f"docs/{page.file.src_uri}: sources must be a list such as [rindi2018, dasari2017]")
    if keys:
        markdown += render_sources(keys, _entries, f"docs/{page.file.src_uri}")
    return markdown
