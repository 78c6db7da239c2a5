"""Links: broken pages and anchors, pages outside the menu, and menu entries without a file are reported."""
import shutil

from tests.harness.check_fixtures import FIXTURES, assert_reported, lines

from scripts.checks import links


def test_link_to_a_missing_page_is_reported_with_a_suggestion():
    assert_reported(lines(links.check, "links"), "docs/index.md:11: link topic/pgae.md leads to a page that does not exist", "did you mean topic/page.md?")


def test_link_to_a_missing_anchor_on_another_page_is_reported():
    assert_reported(lines(links.check, "links"), "docs/index.md:12: there is no #no-such-section on topic/page.md", "its ids are: more-about-it")


def test_link_to_a_missing_anchor_on_the_same_page_suggests_the_closest_id():
    assert_reported(lines(links.check, "links"), "docs/topic/page.md:16: there is no #what-it-was on this page", "did you mean #what-it-is?")


def test_link_to_a_page_that_is_not_in_the_menu_is_reported():
    assert_reported(lines(links.check, "links"), "docs/index.md:13: link orphan.md leads to a page that is not in the menu", "nav:")


def test_page_that_is_not_in_the_menu_is_reported_with_the_nav_line_to_add_and_where():
    # orphan.md sits at the top level of docs/, so it goes after the last top-level page in nav: (line 12)
    assert_reported(lines(links.check, "links"), "docs/orphan.md:1: this page is not in the menu",
                    "add the line `- Orphan: orphan.md` to mkdocs.yml after line 12")


def test_menu_entry_without_a_file_is_reported_on_its_line_in_mkdocs_yml():
    assert_reported(lines(links.check, "links"), "mkdocs.yml:12: the menu lists missing.md, but there is no such file", "create docs/missing.md")


def test_link_to_a_folder_asks_for_the_md_file():
    assert_reported(lines(links.check, "links"), "docs/index.md:14: link topic/ does not name a page file", ".md file")


def test_glossary_anchors_come_from_the_terms_in_glossary_yml():
    found = lines(links.check, "links")
    assert_reported(found, "docs/index.md:15: there is no #octreotide on glossary.md")
    assert not [line for line in found if "#somatostatin-analog on" in line]


def test_automatic_heading_ids_and_absolute_links_from_the_docs_folder_are_valid():
    found = lines(links.check, "links")
    assert not [line for line in found if ":16:" in line and line.startswith("docs/index.md")]
    assert not [line for line in found if line.startswith("docs/index.md:18:")]


def test_reference_link_without_an_address_is_reported():
    assert_reported(lines(links.check, "links"), "docs/index.md:17: link [a reference][nowhere] has no address", "[nowhere]: address")


def test_clean_site_links_pass():
    assert lines(links.check, "clean") == []


def test_suggested_page_is_written_relative_to_the_linking_page(tmp_path):
    shutil.copytree(FIXTURES / "clean", tmp_path / "site")
    page = tmp_path / "site" / "docs" / "about" / "index.md"
    page.write_text(page.read_text() + "\nSee [flushing](../topics/flushin.md).\n")
    assert_reported(lines(links.check, tmp_path / "site"), "docs/about/index.md:12: link ../topics/flushin.md leads to a page that does not exist",
                    "did you mean ../topics/flushing.md?")


def test_shared_file_that_does_not_exist_is_reported():
    assert_reported(lines(links.check, "links"), 'docs/index.md:20: the shared file "figures/missing.md" does not exist', "docs/_data")


def test_links_in_shared_files_such_as_figures_are_checked_from_the_docs_folder():
    found = lines(links.check, "links")
    assert_reported(found, "docs/_data/figures/map.md:4: there is no #gone on topic/page.md")
    assert not [line for line in found if line.startswith("docs/_data/figures/map.md:3:")]
