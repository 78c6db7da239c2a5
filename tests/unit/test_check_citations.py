"""Claim-level citations: clinical figures, trial results and approvals without [@key] are found, line by line."""
import shutil

from scripts.checks import citations
from tests.harness.check_fixtures import FIXTURES, lines, site

PAGE = "docs/treatment/injections.md"


def uncited() -> list[str]:
    return [line.split(": a clinical figure")[0] for line in lines(citations.check, "citations")]


def test_a_sentence_with_a_figure_and_no_citation_is_a_warning_on_its_line():
    found = lines(citations.check, "citations", "warning")
    assert any(line.startswith(f'{PAGE}:11: a clinical figure, trial or approval without a citation: "Growth was held off for about 6 months')
               for line in found)
    assert all("add [@key] after the claim" in line for line in found)
    assert lines(citations.check, "citations", "error") == []


def test_each_sentence_list_item_and_table_row_is_judged_on_its_own():
    assert uncited() == [f"{PAGE}:11", f"{PAGE}:13", f"{PAGE}:15", f"{PAGE}:20", f"{PAGE}:22", f"{PAGE}:24"]


def test_cited_sentences_items_and_rows_and_plain_numbers_are_not_reported():
    # Line 10 has one cited sentence and one plain one; line 14 a cited trial; line 19 a cited row;
    # "Stage IV" and the emergency number 911 are not clinical figures.
    assert not [where for where in uncited() if where.endswith((":10", ":14", ":19"))]


def test_a_number_written_as_a_word_counts_but_a_vague_amount_does_not():
    # Line 24: "every four weeks" needs a source; "after a few days" in the same line is not a figure.
    fixture = site("citations")
    found = citations.statements(fixture.page("treatment/injections.md"), citations.trial_names(fixture))
    assert [s.text for s in found if s.line == 24] == ["The shot is given every four weeks."]


def test_statements_know_whether_they_are_cited():
    fixture = site("citations")
    found = citations.statements(fixture.page("treatment/injections.md"), citations.trial_names(fixture))
    assert [s.cited for s in found] == [True, False, False, True, False, True, False, False, False]


def test_the_guide_cites_at_least_95_percent_of_its_clinical_statements():
    from scripts.citation_coverage import coverage
    from scripts.checks.context import load_site

    cited, total, _ = coverage(load_site())
    assert total > 80, "too few statements found: is the detector still reading the pages?"
    assert cited / total >= 0.95, f"{cited} of {total} cited"


def test_a_broken_glossary_does_not_stop_the_citations_check(tmp_path):
    # The glossary check reports the broken entry; the citations check still judges every page.
    shutil.copytree(FIXTURES / "citations", tmp_path / "site")
    glossary = tmp_path / "site" / "docs" / "_data" / "glossary.yml"
    glossary.write_text(glossary.read_text() + "\n- term: Broken\n  see_also: [index.md]\n", encoding="utf-8")
    found = lines(citations.check, tmp_path / "site")
    assert found and not [line for line in found if "crashed" in line]
