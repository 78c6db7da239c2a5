"""The build hooks: sources listed from the one bibliography, and markup repaired."""
from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from helpers import load_hook

ROOT = Path(__file__).resolve().parent.parent


sources = load_hook("sources")
html_fixes = load_hook("html_fixes")

ENTRIES = {
    "smith2020": {"authors": "Smith A, et al.", "title": "A study", "journal": "J Test", "year": 2020, "doi": "10.1/x"},
    "web": {"authors": "NCI", "title": "A page", "year": 2024, "url": "https://www.cancer.gov/"},
}


def test_sources_section_lists_cited_entries_in_order_with_doi_links():
    md = sources.render_sources(["web", "smith2020"], ENTRIES, "docs/x.md")
    assert "## Sources {#sources data-search-exclude}" in md
    assert md.index("A page") < md.index("A study")
    assert "https://doi.org/10.1/x" in md and "<https://www.cancer.gov/>" in md


def test_unknown_source_key_fails_the_build_naming_file_key_and_fix():
    with pytest.raises(PluginError, match=r'docs/x\.md: unknown source key "netter3" — add it to docs/_data/bibliography\.yml'):
        sources.render_sources(["netter3"], ENTRIES, "docs/x.md")


def test_real_bibliography_entries_all_have_a_doi_pmid_or_url():
    entries = sources.load_bibliography(ROOT / "docs" / "_data" / "bibliography.yml")
    assert len(entries) >= 10
    assert [k for k, e in entries.items() if not (e.get("doi") or e.get("pmid") or e.get("url"))] == []


def test_checkbox_autocomplete_attribute_is_removed_and_nothing_else():
    html = '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off"><input type="text" autocomplete="off">'
    fixed = html_fixes.remove_checkbox_autocomplete(html)
    assert fixed == '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer"><input type="text" autocomplete="off">'
