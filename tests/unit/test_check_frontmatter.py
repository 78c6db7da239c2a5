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
    assert_reported(found, "docs/missing-fields.md:1: front matter has no changes:", "summary:")
    assert not [line for line in found if line.startswith("docs/missing-fields.md") and "sources" in line], \
        "sources: is optional now: citations are written in the text"


def test_reviewed_date_not_written_as_iso_date_is_reported_with_its_line():
    assert_reported(lines(frontmatter.check, "frontmatter"), 'docs/bad-date.md:4: reviewed: "24/11/2026" is not a date written as YYYY-MM-DD', "2026-11-24")


def test_reviewed_date_in_the_future_is_an_error():
    assert_reported(lines(frontmatter.check, "frontmatter", "error"), "docs/future.md:4: reviewed: 2027-01-15 is in the future", "or earlier")


def test_an_overdue_review_is_an_error():
    assert_reported(lines(frontmatter.check, "frontmatter", "error"),
                    "docs/old.md:4: the review of this page is overdue (due 2025-01-10)", "set reviewed:")


def test_a_review_due_within_30_days_is_a_warning_not_an_error():
    assert_reported(lines(frontmatter.check, "frontmatter", "warning"),
                    "docs/due-soon.md:4: the review of this page is due on 2026-12-10", "before then")
    assert not [line for line in lines(frontmatter.check, "frontmatter", "error") if line.startswith("docs/due-soon.md")]


def test_a_page_may_set_its_own_review_cycle():
    assert_reported(lines(frontmatter.check, "frontmatter", "error"),
                    "docs/own-cycle.md:4: the review of this page is overdue (due 2026-10-20)")


def test_change_history_must_be_newest_first_with_a_date_and_summary_each():
    found = [line for line in lines(frontmatter.check, "frontmatter") if line.startswith("docs/bad-changes.md")]
    assert any("changes: are not newest first" in line for line in found)
    assert any("needs a date (YYYY-MM-DD) and a summary" in line for line in found)


def test_sources_written_as_one_word_instead_of_a_list_is_reported():
    assert_reported(lines(frontmatter.check, "frontmatter"), "docs/bad-sources.md:8: sources: must be a list of bibliography keys", "sources: [")


def test_clean_front_matter_passes_including_a_quoted_date():
    assert lines(frontmatter.check, "clean") == []
