"""Citations where a claim is made, numbered in citation order, with the page's source list from the one bibliography."""
from __future__ import annotations

import logging
import re

import markdown
import pytest
import yaml

from netguide.data import ROOT
from netguide.markdown.citations import load_bibliography, short_name

ENTRIES = {
    "smith2020": {"authors": "Smith A, Jones B, et al.", "title": "A study", "journal": "J Test", "year": 2020, "doi": "10.1/x"},
    "web": {"publisher": "National Cancer Institute", "title": "A page", "year": 2024, "url": "https://www.cancer.gov/"},
    "pavel2020": {"authors": "Pavel M, et al.", "title": "ESMO guideline", "journal": "Ann Oncol", "year": 2020, "pmid": "123"},
}


@pytest.fixture
def render(tmp_path):
    path = tmp_path / "bibliography.yml"
    path.write_text(yaml.safe_dump(ENTRIES), encoding="utf-8")

    def convert(text: str) -> str:
        md = markdown.Markdown(extensions=["toc", "admonition", "netguide.markdown.citations"],
                               extension_configs={"netguide.markdown.citations": {"bibliography_file": str(path)}})
        return md.convert(text)

    return convert


def test_sources_are_numbered_in_the_order_the_page_first_cites_them(render):
    html = render("First claim [@web]. Second [@smith2020; @web]. Third [@pavel2020].")
    assert re.findall(r'<li id="source-(\d)">([^<.]*)', html) == [
        ("1", "A page"), ("2", "Smith A, Jones B, et al"), ("3", "Pavel M, et al")]
    assert '<sup class="ng-cite"><a aria-label="Source 1: National Cancer Institute 2024" href="#source-1" id="cite-1-1">1</a></sup>' in html
    assert 'href="#source-2" id="cite-2-1">2</a>,<a aria-label="Source 1: National Cancer Institute 2024" href="#source-1" id="cite-1-2">1</a>' in html


def test_each_source_links_back_to_every_place_that_cites_it(render):
    html = render("A [@web]. B [@web]. C [@smith2020].")
    first = html[html.index('<li id="source-1">'):html.index('<li id="source-2">')]
    assert re.findall(r'href="#(cite-[\d-]+)"', first) == ["cite-1-1", "cite-1-2"]
    assert 'id="cite-1-2"' in html


def test_accessible_name_is_first_author_surname_and_year():
    assert short_name("pavel2020", ENTRIES["pavel2020"]) == "Pavel 2020"
    assert short_name("x", {"authors": "Del Rivero J, et al.", "year": 2023}) == "Del Rivero 2023"


def test_sources_heading_is_in_the_table_of_contents(render):
    md_html = render("[TOC]\n\n## Claims\n\nA [@web].")
    assert md_html.index('href="#sources"') < md_html.index('<h2 id="claims"')


def test_citation_in_a_box_and_a_table_cell_is_numbered(render):
    html = render('??? info "For health professionals"\n    PFS 22 months [@smith2020].\n\n| Trial | Result |\n| - | - |\n| X | 5 [@web] |\n')
    assert 'id="cite-1-1">1</a>' in html or 'id="cite-1-1"' in html
    assert html.count('<li id="source-') == 2


def test_unknown_key_warns_and_stays_visible_instead_of_vanishing(render, caplog):
    with caplog.at_level(logging.WARNING):
        html = render("A claim [@netter3].")
    assert 'unknown source key "netter3"' in caplog.text and "add it to docs/_data/bibliography.yml" in caplog.text
    assert "[?netter3]" in html


def test_a_markdown_link_that_starts_with_at_is_not_a_citation(render):
    html = render("Write to [@nethelp](https://example.org/).")
    assert '<a href="https://example.org/">@nethelp</a>' in html and "ng-cite" not in html


def test_page_with_no_citations_gets_no_source_list(render):
    assert "Sources" not in render("Plain words only.")


def test_further_sources_follow_the_cited_ones(render):
    html = render("A [@pavel2020].\n\n<!-- further-sources: web pavel2020 -->\n")
    assert re.findall(r'<li id="source-(\d)">([^<.]*)', html) == [("1", "Pavel M, et al"), ("2", "A page")]


def test_bibliography_placeholder_lists_every_entry_with_its_anchor(render):
    html = render("<!-- bibliography -->")
    assert {m for m in re.findall(r'id="ref-(\w+)"', html)} == set(ENTRIES)


def test_real_bibliography_entries_all_have_a_doi_pmid_or_url():
    entries = load_bibliography(ROOT / "docs" / "_data" / "bibliography.yml")
    assert len(entries) >= 10
    assert [k for k, e in entries.items() if not (e.get("doi") or e.get("pmid") or e.get("url"))] == []


def test_each_source_names_its_journal_or_publisher_once():
    import xml.etree.ElementTree as etree

    from netguide.markdown.citations import entry_element

    def text(entry):
        return "".join(entry_element("li", entry).itertext())

    assert "A study. J Test 2020." in text(ENTRIES["smith2020"])
    assert "A page. National Cancer Institute 2024." in text(ENTRIES["web"])
    same = {"authors": "World Health Organization", "publisher": "World Health Organization", "title": "T", "year": 2022}
    assert text(same).count("World Health Organization") == 1
    assert etree.tostring(entry_element("li", ENTRIES["smith2020"])).count(b"<em>J Test</em>") == 1
