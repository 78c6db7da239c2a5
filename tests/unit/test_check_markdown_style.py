"""Markdown style: mistakes that change how a page renders, found by pymarkdownlnt with .pymarkdown.json."""
import shutil

from tests.harness.check_fixtures import FIXTURES, assert_reported, lines

from scripts.checks import markdown_style


def test_list_without_a_blank_line_before_it_is_reported():
    assert_reported(lines(markdown_style.check, "markdown_style"), "docs/page.md:11: list has no blank line above or below it", "blank line before the list")


def test_list_inside_a_box_is_checked_too():
    assert_reported(lines(markdown_style.check, "markdown_style"), "docs/page.md:25: list has no blank line above or below it")


def test_heading_level_skip_is_reported():
    assert_reported(lines(markdown_style.check, "markdown_style"), "docs/page.md:14: heading level skips a step", "one more #")


def test_trailing_spaces_hard_break_is_reported():
    assert_reported(lines(markdown_style.check, "markdown_style"), "docs/page.md:16: spaces at the end of the line", "hidden line break")


def test_bare_web_address_is_reported():
    assert_reported(lines(markdown_style.check, "markdown_style"), "docs/page.md:17: web address is not a link", "[text](https://...)")


def test_paragraph_indented_by_four_spaces_is_reported_as_code():
    assert_reported(lines(markdown_style.check, "markdown_style"), "docs/page.md:19: text indented by 4 spaces shows as code")


def test_second_page_title_is_reported():
    assert_reported(lines(markdown_style.check, "markdown_style"), "docs/page.md:21: more than one # heading", "use ## for sections")


def test_box_bodies_are_not_mistaken_for_code():
    assert not [line for line in lines(markdown_style.check, "clean") if "shows as code" in line]


def test_table_row_with_too_many_cells_and_underlined_heading_are_reported(tmp_path):
    shutil.copytree(FIXTURES / "clean", tmp_path / "site")
    page = tmp_path / "site" / "docs" / "about" / "index.md"
    page.write_text(page.read_text() + "\n| A | B |\n| --- | --- |\n| 1 | 2 | 3 |\n\nTitle\n---\n")
    found = lines(markdown_style.check, tmp_path / "site")
    assert_reported(found, "docs/about/index.md:14: table row has a different number of cells from the header", "extra cells are dropped")
    assert_reported(found, "docs/about/index.md:16: text underlined with === or --- turns into a heading")


def test_clean_site_markdown_passes():
    assert lines(markdown_style.check, "clean") == []


def test_broken_or_unclosed_front_matter_is_not_also_reported_as_markdown_mistakes():
    found = lines(markdown_style.check, "markdown_style")
    assert not [line for line in found if "front-matter.md" in line], "the frontmatter check reports it, once"
