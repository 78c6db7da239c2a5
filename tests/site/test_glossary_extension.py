"""The glossary extension: which words it marks, how a mark is made, and the generated Glossary page.

Unit tests convert Markdown with the same extensions as mkdocs.yml and a small glossary
(tests/fixtures/glossary/terms.yml); the last tests read the built site.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import markdown
import pytest
import yaml

from netguide.markdown.glossary import is_case_sensitive, load_glossary, render_glossary, slugify

ROOT = Path(__file__).resolve().parents[2]
TERMS = ROOT / "tests" / "fixtures" / "glossary" / "terms.yml"
FIXTURE_DOCS = ROOT / "tests" / "fixtures" / "glossary" / "site" / "docs"
EXTENSIONS = [
    "admonition", "abbr", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc",
    "pymdownx.details", "pymdownx.superfences", "netguide.markdown.glossary",
]


def convert(text: str) -> str:
    md = markdown.Markdown(
        extensions=EXTENSIONS,
        extension_configs={"netguide.markdown.glossary": {"glossary_file": str(TERMS), "docs_dir": str(FIXTURE_DOCS)}},
    )
    return md.convert(text)


def marked(html: str) -> list[tuple[str, str]]:
    """(text shown, glossary anchor) of every mark, in order."""
    found = re.findall(r'<a aria-describedby="ng-def-\d+" class="ng-term" href="/glossary\.md#([^"]+)">([^<]+)</a>', html)
    return [(text, anchor) for anchor, text in found]


# ----------------------------------------------------------------- what is marked


def test_longest_form_wins_so_small_cell_lung_cancer_is_one_term():
    html = convert("Small cell lung cancer is not the same as other lung cancer.")
    assert marked(html) == [("Small cell lung cancer", "sclc"), ("lung cancer", "lung-cancer")]


def test_only_the_first_use_on_the_page_is_marked_even_after_a_new_section():
    html = convert("A NET here. Another NET.\n\nA third NET.\n\n## Next\n\nA NET again. And NET.\n\n### Deeper\n\nNET.")
    assert marked(html) == [("NET", "net")]


def test_a_term_inside_a_name_of_several_words_is_not_marked():
    # tests/fixtures/glossary/names.yml lists "NET Guide": the guide's name is not a tumor
    html = convert("NET Guide explains what a NET is.")
    assert marked(html) == [("NET", "net")]
    assert html.startswith("<p>NET Guide explains what a <a")


def test_everyday_terms_are_never_marked():
    html = convert("A scan of a NET. Scans again.\n\n## Next\n\nThen a scan.")
    assert marked(html) == [("NET", "net")]
    assert "A scan of" in html and "Scans again" in html and "a scan.</p>" in html


def test_aliases_are_marked_as_their_term_and_count_as_its_use():
    html = convert("Lutathera is a brand name. Lutetium-177 dotatate is the drug. 177Lu-DOTATATE too.")
    assert marked(html) == [("Lutathera", "lutetium-177-dotatate")]


def test_words_match_in_any_case_and_abbreviations_only_in_their_own():
    html = convert("CARCINOID SYNDROME, who knows? The WHO does.\n\n## Two\n\nthe world health organization, and a net result.")
    assert marked(html) == [("CARCINOID SYNDROME", "carcinoid-syndrome"), ("WHO", "who")]


def test_only_whole_words_are_marked():
    html = convert("The internet, a NETwork, NET-related news, SCLCs and a neuroendocrine tumors' list.")
    assert marked(html) == [("neuroendocrine tumors", "net")]


def test_a_space_in_a_term_also_matches_a_hyphen_or_line_break_and_dashes_match_each_other():
    html = convert("Small-cell lung\ncancer.\n\n## B\n\nZollinger–Ellison syndrome.")
    assert marked(html) == [("Small-cell lung\ncancer", "sclc"), ("Zollinger–Ellison syndrome", "zollinger-ellison-syndrome")]


def test_headings_links_code_abbreviations_and_raw_html_are_never_marked():
    html = convert(
        "# NET\n\n## Carcinoid syndrome\n\n"
        '[NET](other.md), `NET`, <a href="x.md">a <b>NET</b></a>, <span class="ng-no-glossary">NET</span> and WHO.\n\n'
        "    NET in a code block\n\n"
        "*[WHO]: World Health Organization\n"
    )
    assert marked(html) == []
    assert "<abbr" in html


def test_the_pages_source_list_and_box_titles_are_not_marked_but_box_text_is():
    html = convert(
        '!!! note "About NETs"\n    A NET in a box.\n\n'
        "## Sources\n\n"
        '<div class="ng-sources" markdown>\n\n1. The WHO classification of NETs.\n\n</div>\n'
    )
    assert marked(html) == [("NET", "net")]
    assert '<p class="admonition-title">About NETs</p>' in html


def test_a_collapsed_box_is_read_on_its_own():
    html = convert('A NET.\n\n??? info "For health professionals"\n    5-HIAA and NETs.\n\nThen 5-HIAA.')
    assert marked(html) == [("NET", "net"), ("5-HIAA", "5-hiaa"), ("5-HIAA", "5-hiaa")]


def test_a_writer_can_keep_a_paragraph_or_a_word_unmarked():
    html = convert("A NET.\n{.ng-no-glossary}\n\nA <span class=\"ng-no-glossary\">NET</span>, <span>a NET</span>.")
    assert marked(html) == [("NET", "net")]
    assert html.index('class="ng-no-glossary"') < html.index('<span class="ng-no-glossary">NET</span>, <span>a <a')


# ----------------------------------------------------------------- how a mark is made


def test_a_mark_is_a_link_described_by_a_hidden_definition_excluded_from_search():
    html = convert("Small cell lung cancer and a NET.")
    links = re.findall(r'<a aria-describedby="(ng-def-\d+)"', html)
    assert links == ["ng-def-1", "ng-def-2"]
    definition = re.search(r'<span ([^>]*)id="ng-def-1"([^>]*)>(.*?)</span>', html)
    attributes = definition.group(1) + definition.group(2)
    assert 'class="ng-def"' in attributes and 'role="tooltip"' in attributes
    assert "hidden" in attributes and "data-search-exclude" in attributes
    assert definition.group(3) == '<strong class="ng-def__term">Small cell lung cancer (SCLC):</strong> A fast-growing lung cancer.'


def test_definition_ids_are_unique_within_a_page_and_restart_on_the_next():
    md = markdown.Markdown(extensions=EXTENSIONS, extension_configs={"netguide.markdown.glossary": {"glossary_file": str(TERMS)}})
    first = md.convert("A NET.\n\n## B\n\nThe WHO.\n\n## C\n\nA 5-HIAA test.")
    ids = re.findall(r'id="(ng-def-\d+)"', first)
    assert ids == ["ng-def-1", "ng-def-2", "ng-def-3"]
    md.reset()
    assert re.findall(r'id="(ng-def-\d+)"', md.convert("A NET.")) == ["ng-def-1"]


def test_abbreviations_are_matched_in_their_case_and_words_in_any_case():
    assert is_case_sensitive("NET") and is_case_sensitive("68Ga-DOTATATE") and is_case_sensitive("MiNEN")
    assert not is_case_sensitive("Ki-67") and not is_case_sensitive("Zollinger-Ellison syndrome")
    assert slugify("Zollinger–Ellison syndrome") == "zollinger-ellison-syndrome" and slugify("5-HIAA") == "5-hiaa"


# ----------------------------------------------------------------- the Glossary page


def test_glossary_page_is_generated_in_alphabetical_order_with_anchors_and_is_not_marked():
    html = convert("# Glossary\n\nA NET page with WHO words.\n\n<!-- glossary -->\n")
    assert marked(html) == []
    terms = re.findall(r'<dt class="ng-entry" id="([^"]+)">', html)
    # Everyday terms (scan) are never marked in the pages but keep their entry here.
    assert terms == ["5-hiaa", "carcinoid-syndrome", "lung-cancer", "lutetium-177-dotatate", "net", "scan", "sclc", "who",
                     "zollinger-ellison-syndrome"]
    assert re.findall(r'<h2 id="(glossary-[^"]+)">', html) == [
        "glossary-0-9", "glossary-c", "glossary-l", "glossary-n", "glossary-s", "glossary-w", "glossary-z",
    ]


def test_glossary_page_has_an_a_to_z_bar_linking_each_letter_that_has_terms():
    html = convert("<!-- glossary -->")
    bar = re.search(r'<nav class="ng-az" aria-label="[^"]+"><ul>(.*?)</ul></nav>', html).group(1)
    assert re.findall(r'<a href="#glossary-([^"]+)">', bar) == ["0-9", "c", "l", "n", "s", "w", "z"]
    assert '<span class="ng-az__none" aria-hidden="true">Q</span>' in bar


def test_glossary_entry_shows_other_names_and_see_also_links_in_docs_absolute_form():
    markdown_text = render_glossary(load_glossary(TERMS), FIXTURE_DOCS)
    entry = markdown_text[markdown_text.index("Lutetium-177 dotatate {#lutetium-177-dotatate"):]
    entry = entry[: entry.index("\n\n", entry.index("Also called"))]
    assert "Also called: Lutathera, 177Lu-DOTATATE." in entry
    assert "See also: [PRRT](/treatment/prrt.md)." in entry


# ----------------------------------------------------------------- in the built site


def _mark_hrefs(html: str) -> set[str]:
    return set(re.findall(r'class="ng-term" href="([^"]+)"', html))


def test_marks_link_to_the_glossary_entry_relative_to_each_page(site_dir):
    home = _mark_hrefs((site_dir / "index.html").read_text(encoding="utf-8"))
    nested = _mark_hrefs((site_dir / "treatment" / "prrt" / "index.html").read_text(encoding="utf-8"))
    assert home and all(h.startswith("glossary/#") for h in home)
    assert nested and all(h.startswith("../../glossary/#") for h in nested)
    anchors = set(re.findall(r'<dt class="ng-entry" id="([^"]+)"', (site_dir / "glossary" / "index.html").read_text(encoding="utf-8")))
    assert {h.split("#")[1] for h in home | nested} <= anchors


def test_everyday_terms_are_never_marked_and_other_terms_once_per_page_outside_collapsed_boxes(site_dir):
    entries = yaml.safe_load((ROOT / "docs" / "_data" / "glossary.yml").read_text(encoding="utf-8"))
    everyday = {entry.get("id") or slugify(entry["term"]) for entry in entries if entry.get("everyday")}
    assert {"tumor", "scan"} <= everyday
    for page in ("treatment/prrt", "types/gep-nets", "diagnosis/biopsy-grading-staging"):
        html = (site_dir / page / "index.html").read_text(encoding="utf-8")
        article = html[html.index("<article"):html.index("</article>")]
        outside_boxes = re.sub(r"<details.*?</details>", "", article, flags=re.S)
        anchors = [h.split("#")[1] for h in re.findall(r'class="ng-term" href="([^"]+)"', outside_boxes)]
        assert anchors, page
        assert not everyday & set(anchors), f"{page}: everyday terms marked: {everyday & set(anchors)}"
        repeated = sorted({a for a in anchors if anchors.count(a) > 1})
        assert not repeated, f"{page}: marked more than once: {repeated}"
        assert re.search(r"\btumors?\b", outside_boxes), "the page still uses the everyday word"


def test_glossary_page_has_every_term_and_no_marks(site_dir):
    html = (site_dir / "glossary" / "index.html").read_text(encoding="utf-8")
    entries = yaml.safe_load((ROOT / "docs" / "_data" / "glossary.yml").read_text(encoding="utf-8"))
    assert len(re.findall(r'<dt class="ng-entry"', html)) == len(entries) >= 100
    assert 'class="ng-term"' not in html


def test_definitions_are_kept_out_of_the_search_index_except_on_the_glossary_page(site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    entries = yaml.safe_load((ROOT / "docs" / "_data" / "glossary.yml").read_text(encoding="utf-8"))
    leaked = [
        f"{doc['location']}: {entry['term']}"
        for doc in index["docs"] if not doc["location"].startswith("glossary/")
        for entry in entries if " ".join(entry["definition"].split())[:50] in doc["text"]
    ]
    assert not leaked, leaked[:10]
    glossary_text = " ".join(doc["text"] for doc in index["docs"] if doc["location"].startswith("glossary/"))
    assert " ".join(entries[0]["definition"].split())[:50] in glossary_text
