"""Sources: unknown keys, unfindable or incomplete entries, pages without sources, keys cited only in text."""
from tests.harness.check_fixtures import assert_reported, lines

from scripts.checks import sources


def test_unknown_source_key_is_reported_on_its_front_matter_line():
    assert_reported(lines(sources.check, "sources"), 'docs/treatment/prrt.md:5: unknown source key "netter3"',
                    "add it to docs/_data/bibliography.yml or fix the spelling")


def test_bibliography_entry_without_doi_pmid_or_url_is_reported_on_its_line():
    assert_reported(lines(sources.check, "sources"), 'docs/_data/bibliography.yml:8: source "nolink2019" has no DOI, PMID or URL', "doi:")


def test_bibliography_entry_without_a_title_is_reported():
    assert_reported(lines(sources.check, "sources"), 'docs/_data/bibliography.yml:14: source "notitle2020" has no title', "title:")


def test_key_used_twice_in_the_bibliography_is_reported():
    assert_reported(lines(sources.check, "sources"), 'docs/_data/bibliography.yml:20: source key "strosberg2017" is used twice', "own key")


def test_doi_written_as_a_web_address_is_reported():
    assert_reported(lines(sources.check, "sources"), 'docs/_data/bibliography.yml:20: source "strosberg2017" has a DOI that does not start with 10.')


def test_medical_page_without_sources_is_reported_but_about_pages_may_have_none():
    found = lines(sources.check, "sources")
    assert_reported(found, "docs/treatment/no-sources.md:5: this page has no sources", "sources:")
    assert not [line for line in found if line.startswith("docs/about/")]


def test_key_cited_in_the_text_but_missing_from_sources_is_reported():
    assert_reported(lines(sources.check, "sources"), 'docs/treatment/prrt.md:13: the text cites "notitle2020" but sources: does not list it')


def test_clean_site_sources_pass():
    assert lines(sources.check, "clean") == []
