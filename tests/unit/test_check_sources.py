"""Sources: unknown keys, unfindable or incomplete entries, pages that cite nothing, keys written as plain text."""
from tests.harness.check_fixtures import assert_reported, lines

from scripts.checks import sources


def test_unknown_source_key_is_reported_on_its_front_matter_line():
    assert_reported(lines(sources.check, "sources"), 'docs/treatment/prrt.md:8: unknown source key "netter3"',
                    "add it to docs/_data/bibliography.yml or fix the spelling")


def test_unknown_key_in_a_citation_is_reported_on_its_line():
    assert_reported(lines(sources.check, "sources"), 'docs/treatment/prrt.md:16: unknown source key "netter4" in [@netter4]',
                    "add it to docs/_data/bibliography.yml or fix the spelling")


def test_bibliography_entry_without_doi_pmid_or_url_is_reported_on_its_line():
    assert_reported(lines(sources.check, "sources"), 'docs/_data/bibliography.yml:8: source "nolink2019" has no DOI, PMID or URL', "doi:")


def test_bibliography_entry_without_a_title_is_reported():
    assert_reported(lines(sources.check, "sources"), 'docs/_data/bibliography.yml:14: source "notitle2020" has no title', "title:")


def test_key_used_twice_in_the_bibliography_is_reported():
    assert_reported(lines(sources.check, "sources"), 'docs/_data/bibliography.yml:20: source key "strosberg2017" is used twice', "own key")


def test_a_source_listed_twice_under_two_keys_is_reported_with_the_key_to_cite():
    assert_reported(lines(sources.check, "sources"),
                    'docs/_data/bibliography.yml:27: source "again2020" has the same PMID as "notitle2020"', "cite [@notitle2020]")


def test_doi_written_as_a_web_address_is_reported():
    assert_reported(lines(sources.check, "sources"), 'docs/_data/bibliography.yml:20: source "strosberg2017" has a DOI that does not start with 10.')


def test_medical_page_that_cites_nothing_is_reported_but_about_pages_may_cite_nothing():
    found = lines(sources.check, "sources")
    assert_reported(found, "docs/treatment/no-sources.md:", "[@key]")
    assert "this page cites no sources" in next(line for line in found if line.startswith("docs/treatment/no-sources.md"))
    assert not [line for line in found if line.startswith("docs/about/")]


def test_key_written_as_plain_text_is_reported_with_the_citation_to_write():
    assert_reported(lines(sources.check, "sources"), 'docs/treatment/prrt.md:16: the source key "strosberg2017" is written as plain text',
                    "[@strosberg2017]")


def test_a_citation_is_not_mistaken_for_a_plain_text_key():
    found = [line for line in lines(sources.check, "sources") if line.startswith("docs/treatment/prrt.md:13")]
    assert found == []


def test_clean_site_sources_pass():
    assert lines(sources.check, "clean") == []
