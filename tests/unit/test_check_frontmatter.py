"""Front matter: missing, unreadable, incomplete or badly dated front matter is reported with its line."""
from tests.harness.check_fixtures import assert_reported, lines

from scripts.checks import frontmatter


def test_page_without_front_matter_is_reported_on_line_1():
    assert_reported(lines(frontmatter.check, "frontmatter"), "docs/no-front-matter.md:1: front matter is missing", "start the page with ---")


def test_front_matter_without_closing_line_is_reported():
    assert_reported(lines(frontmatter.check, "frontmatter"), "docs/unclosed.md:1: front matter is not closed", "add a line ---")


def test_unreadable_yaml_is_reported_on_the_line_yaml_stops_at():
    assert_reported(lines(frontmatter.check, "frontmatter"), "docs/bad-yaml.md:3: the front matter is not valid YAML",
                    'contains a colon: put it in quotes, like description: "Tests: a colon in an unquoted value"')


def test_missing_required_fields_are_each_reported():
    found = lines(frontmatter.check, "frontmatter")
    assert_reported(found, "docs/missing-fields.md:1: front matter has no description:", "description: ...")
    assert_reported(found, "docs/missing-fields.md:1: front matter has no sources:", "sources: [key1, key2]")


def test_reviewed_date_not_written_as_iso_date_is_reported_with_its_line():
    assert_reported(lines(frontmatter.check, "frontmatter"), 'docs/bad-date.md:4: reviewed: "24/11/2026" is not a date written as YYYY-MM-DD', "2026-11-24")


def test_reviewed_date_in_the_future_is_an_error():
    assert_reported(lines(frontmatter.check, "frontmatter", "error"), "docs/future.md:4: reviewed: 2027-01-15 is in the future", "or earlier")


def test_reviewed_date_older_than_the_review_period_is_a_warning_not_an_error():
    assert_reported(lines(frontmatter.check, "frontmatter", "warning"), "docs/old.md:4: reviewed: 2024-01-10 is more than 365 days ago", "check the page")
    assert not [line for line in lines(frontmatter.check, "frontmatter", "error") if line.startswith("docs/old.md")]


def test_sources_written_as_one_word_instead_of_a_list_is_reported():
    assert_reported(lines(frontmatter.check, "frontmatter"), "docs/bad-sources.md:5: sources: must be a list of bibliography keys", "sources: [")


def test_clean_front_matter_passes_including_a_quoted_date():
    assert lines(frontmatter.check, "clean") == []
