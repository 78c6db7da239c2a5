"""Spelling: misspellings and British spellings in pages, misspellings in data, the project's word list."""
from tests.harness.check_fixtures import assert_reported, lines

from scripts.checks import spelling


def test_misspelled_word_is_reported_with_the_correction_and_the_word_list():
    assert_reported(lines(spelling.check, "spelling"), 'docs/page.md:10: "recieve" looks misspelled', 'write "receive"; if the word is right, add it to scripts/checks/codespell-words.txt')


def test_british_spelling_in_a_page_is_reported_with_the_us_spelling():
    found = lines(spelling.check, "spelling")
    assert_reported(found, 'docs/page.md:11: "tumour" is British spelling', 'write "tumor"')
    assert_reported(found, 'docs/page.md:11: "diarrhoea" is British spelling', 'write "diarrhea"')


def test_word_list_and_organization_names_are_not_reported():
    found = lines(spelling.check, "spelling")
    assert not [line for line in found if ":12:" in line or ":13:" in line]


def test_bibliography_titles_keep_british_spelling_but_not_misspellings():
    found = [line for line in lines(spelling.check, "spelling") if "bibliography" in line]
    assert found == [line for line in found if "mispelled" in line] and len(found) == 1


def test_clean_site_spelling_passes():
    assert lines(spelling.check, "clean") == []
