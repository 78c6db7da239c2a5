"""Reading grade: patient prose above the limit fails; short pages and the glossary only warn.

The prose measured is exactly what scripts/readability.py's patient_prose() returns, tested here too.
"""
import subprocess
import sys

from tests.harness.check_fixtures import ROOT, assert_reported, lines

from scripts.checks import readability
from scripts.readability import GRADE_LIMIT, as_text, patient_prose, smog

PAGE = '''---
title: Front matter words
description: Never measured.
---

# A heading is not prose

Flushing means the face turns red. See [the glossary page](../glossary.md "title") or <https://example.org/>.

- a list item
- another item with `code`

| Table | words |
| --- | --- |
| are | skipped |

<!-- a comment
over two lines -->

!!! tip "Box titles are skipped"
    Box text is prose.

??? info "For health professionals"
    Clinician detail is not patient prose.

    Nor is its second paragraph.

```text
code is skipped
```

Back to prose {#id}
'''


def test_patient_prose_keeps_paragraphs_list_items_and_box_text_with_their_lines():
    assert patient_prose(PAGE) == [
        (8, "Flushing means the face turns red. See the glossary page or ."),
        (10, "a list item."),
        (11, "another item with."),
        (21, "Box text is prose."),
        (32, "Back to prose."),
    ]


def test_patient_prose_leaves_out_everything_that_is_not_for_patients():
    text = " ".join(unit for _, unit in patient_prose(PAGE))
    for hidden in ("Front matter", "heading", "Table", "skipped", "comment", "Box titles", "Clinician", "Nor is", "code is", "https", "glossary.md"):
        assert hidden not in text


def test_hard_patient_prose_is_an_error_pointing_at_the_hardest_sentence():
    assert_reported(lines(readability.check, "readability", "error"), "docs/hard.md:12: patient prose reads at grade",
                    "python -m scripts.readability --hardest 5 docs/hard.md")


def test_short_page_and_glossary_are_reported_as_warnings_not_errors():
    warnings = lines(readability.check, "readability", "warning")
    assert_reported(warnings, "docs/short.md:10: patient prose reads at grade")
    assert_reported(warnings, "docs/glossary.md:10: patient prose reads at grade")
    assert "not failed: only 28 words" in warnings[1] and "not failed: the glossary" in warnings[0]


def test_clinical_detail_in_the_professionals_box_does_not_count():
    assert not [line for line in lines(readability.check, "readability") if line.startswith("docs/boxed.md")]


def test_a_page_above_the_smog_limit_is_an_error_naming_smog():
    assert_reported(lines(readability.check, "readability", "error"), "docs/hard.md:", "three or more syllables")
    assert any("SMOG grade of 27.9, above the limit of 9.0" in line for line in lines(readability.check, "readability"))


def test_a_median_smog_above_8_is_reported_for_the_guide_naming_the_hardest_pages():
    found = [line for line in lines(readability.check, "readability") if line.startswith("docs:0:")]
    assert len(found) == 1 and "median SMOG grade of the guide's pages is 15.5, above 8.0" in found[0]
    assert found[0].index("docs/hard.md (27.9)") < found[0].index("docs/boxed.md (3.1)")


def test_smog_counts_long_words_and_ignores_citation_markers():
    plain = [(1, "The cat sat on the mat. The dog ran to the cat. It was fun to see them play in the sun.")]
    long_words = [(1, "Neuroendocrine carcinoma necessitates multidisciplinary evaluation. Somatostatin analogs "
                      "ameliorate symptomatology. Octreotide administration continues indefinitely.")]
    assert smog(plain) < 5 < 9 < smog(long_words)
    cited = patient_prose("---\ntitle: x\n---\n\nIt was fun [@key2020]. It was fine [@a; @b].\n")
    assert "@" not in as_text(cited)


def test_readability_report_prints_grade_words_and_hardest_sentences():
    result = subprocess.run(
        [sys.executable, "-m", "scripts.readability", "--hardest", "1", "--config", "tests/fixtures/check/readability/mkdocs.yml"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    out = result.stdout.splitlines()
    assert out[0].split() == ["FK", "SMOG", ">20w", "words", "page", "(limits:", "FK", f"{GRADE_LIMIT},", "SMOG", "9.0",
                              "per", "page,", "median", "8.0)"]
    assert any(line.strip().endswith("docs/hard.md  ABOVE THE LIMIT") for line in out)
    assert any(line.startswith("SMOG median 15.5 (limit 8.0), worst 27.9 (limit 9.0); sentences over 20 words:") for line in out)
    assert any("not graded: fewer than 100 words" in line for line in out)
    assert any(line.strip().startswith(tuple("0123456789")) and "line 12:" in line for line in out)


def test_clean_site_reads_below_the_limit():
    assert lines(readability.check, "clean") == []


def test_grade_limit_is_read_from_mkdocs_yml_when_set():
    from scripts.readability import limit_for

    assert limit_for({}) == GRADE_LIMIT == 8.0
    assert limit_for({"extra": {"reading_grade_limit": 7}}) == 7.0
