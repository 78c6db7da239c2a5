"""Headings: one # heading matching the title, and a stable lower-case id on every ## heading."""
from tests.harness.check_fixtures import assert_reported, lines

from scripts.checks import headings


def test_page_without_a_title_heading_is_reported_where_the_text_starts():
    assert_reported(lines(headings.check, "headings"), "docs/no-h1.md:7: the page has no # heading", "add the line `# No heading`")


def test_title_heading_that_differs_from_the_front_matter_title_is_reported_with_both():
    assert_reported(lines(headings.check, "headings"),
                    'docs/wrong-h1.md:8: the # heading "Somatostatin analogues" does not match the title "Somatostatin analogs"',
                    "write `# Somatostatin analogs`")


def test_section_heading_without_an_id_is_given_the_id_it_has_today():
    assert_reported(lines(headings.check, "headings"), 'docs/no-id.md:10: the ## heading "What PRRT is" has no id',
                    "`## What PRRT is {#what-prrt-is}`")


def test_id_that_is_not_lower_case_with_hyphens_is_reported():
    assert_reported(lines(headings.check, "headings"), 'docs/bad-id.md:10: the id "#Side_Effects" is not written in lower case',
                    "{#side-effects}")


def test_id_used_twice_on_a_page_is_reported_on_the_second_heading():
    assert_reported(lines(headings.check, "headings"), 'docs/bad-id.md:14: the id "#who" is also used on line 12', "its own id")


def test_headings_written_as_contributing_asks_pass_including_code_examples_and_classes():
    assert not [line for line in lines(headings.check, "headings") if line.startswith("docs/good.md")]
    assert lines(headings.check, "clean") == []
