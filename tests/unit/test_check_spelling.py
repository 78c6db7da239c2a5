"""Spelling: misspellings, misspelled medical words and British spellings in pages, misspellings in data,
and the project word list (docs/_data/words.txt)."""
import shutil

from tests.harness.check_fixtures import FIXTURES, assert_reported, lines

from scripts.checks import spelling
from scripts.checks.medical_spelling import distance

WORD_LIST = "if the word is right, add it to docs/_data/words.txt"


def test_misspelled_word_is_reported_with_the_correction_and_the_word_list():
    assert_reported(lines(spelling.check, "spelling"), 'docs/page.md:10: "recieve" looks misspelled', f'write "receive"; {WORD_LIST}')


def test_british_spelling_in_a_page_is_reported_with_the_us_spelling():
    found = lines(spelling.check, "spelling")
    assert_reported(found, 'docs/page.md:11: "tumour" is British spelling', 'write "tumor"')
    assert_reported(found, 'docs/page.md:11: "diarrhoea" is British spelling', 'write "diarrhea"')


def test_misspelled_drug_name_is_reported_with_the_glossary_term_in_its_case():
    assert_reported(lines(spelling.check, "spelling"), 'docs/medical.md:10: "Octeotide" looks misspelled', 'did you mean "Octreotide"?')


def test_misspelled_word_of_the_guides_own_vocabulary_is_reported():
    assert_reported(lines(spelling.check, "spelling"), 'docs/medical.md:11: "diarrea" looks misspelled', 'did you mean "diarrhea"?')


def test_near_miss_of_a_word_on_the_word_list_is_reported():
    assert_reported(lines(spelling.check, "spelling"), 'docs/medical.md:13: "Lutatera" looks misspelled', 'did you mean "Lutathera"?')


def test_us_spelling_is_the_only_suggestion_when_codespell_also_offers_the_british_one():
    found = [line for line in lines(spelling.check, "spelling") if '"diarhea"' in line]
    assert found == [f'docs/medical.md:14: "diarhea" looks misspelled — write "diarrhea"; {WORD_LIST}']


def test_words_on_the_word_list_real_words_and_plurals_of_known_words_are_not_reported():
    found = lines(spelling.check, "spelling")
    assert not [line for line in found if line.startswith(("docs/medical.md:12:", "docs/medical.md:15:", "docs/other.md"))], found


def test_word_list_and_organization_names_are_not_reported():
    found = lines(spelling.check, "spelling")
    assert not [line for line in found if line.startswith(("docs/page.md:12:", "docs/page.md:13:"))]


def test_bibliography_titles_keep_british_spelling_but_not_misspellings():
    found = [line for line in lines(spelling.check, "spelling") if "bibliography" in line]
    assert found == [line for line in found if "mispelled" in line] and len(found) == 1


def test_a_swap_of_two_letters_is_one_edit():
    assert distance("hromone", "hormone", 2) == 1
    assert distance("chemotheraphy", "chemotherapy", 2) == 1
    assert distance("pancreas", "diarrhea", 2) == 3


def test_clean_site_spelling_passes():
    assert lines(spelling.check, "clean") == []


def test_misspelled_word_in_a_glossary_definition_is_reported_on_its_line():
    assert_reported(lines(spelling.check, "spelling"), 'docs/_data/glossary.yml:8: "octeotide" looks misspelled', 'did you mean "octreotide"?')


def test_a_mistake_in_the_glossary_changes_no_spelling_report(tmp_path):
    # One broken entry must not hide misspelled drug names or turn glossary words into misspellings:
    # the glossary check reports the broken entry, and spelling reports exactly what it did before.
    shutil.copytree(FIXTURES / "spelling", tmp_path / "site")
    glossary = tmp_path / "site" / "docs" / "_data" / "glossary.yml"
    glossary.write_text(glossary.read_text() + "\n- term: Broken\n  definition: [never closed\n", encoding="utf-8")
    assert lines(spelling.check, tmp_path / "site") == lines(spelling.check, "spelling")


def test_a_misspelled_box_type_is_left_to_the_box_check():
    # docs/page.md:13 opens `!!! warnign`: the admonitions check names the box types; one message is enough
    assert [line for line in lines(spelling.check, "admonitions") if ":13:" in line] == []
