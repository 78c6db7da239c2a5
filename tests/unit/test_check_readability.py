"""Reading grade: patient prose above the limit fails; short pages and the glossary only warn.

The prose measured is exactly what scripts/readability.py's patient_prose() returns, tested here too.
"""
import subprocess
import sys

from tests.harness.check_fixtures import ROOT, assert_reported, lines

from scripts.checks import readability
from scripts.readability import GRADE_LIMIT, patient_prose

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
    assert not [line for line in lines(readability.check, "readability") if "boxed.md" in line]


def test_readability_report_prints_grade_words_and_hardest_sentences():
    result = subprocess.run(
        [sys.executable, "-m", "scripts.readability", "--hardest", "1", "--config", "tests/fixtures/check/readability/mkdocs.yml"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    out = result.stdout.splitlines()
    assert out[0] == f"grade  words  page (limit {GRADE_LIMIT})"
    assert any(line.strip().endswith(f"docs/hard.md  ABOVE {GRADE_LIMIT}") for line in out)
    assert any("not graded: fewer than 100 words" in line for line in out)
    assert any(line.strip().startswith(tuple("0123456789")) and "line 12:" in line for line in out)


def test_clean_site_reads_below_the_limit():
    assert lines(readability.check, "clean") == []


def test_grade_limit_is_read_from_mkdocs_yml_when_set():
    from scripts.readability import limit_for

    assert limit_for({}) == GRADE_LIMIT == 8.0
    assert limit_for({"extra": {"reading_grade_limit": 7}}) == 7.0
