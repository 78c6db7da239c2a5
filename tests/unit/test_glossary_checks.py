"""The glossary checks: they catch a contributor's mistakes and name the file, line and fix.

Each test copies the small sound site in tests/fixtures/glossary/site, breaks one thing from
tests/fixtures/glossary/broken, and runs scripts/checks/glossary.check() on it.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.checks.glossary import check

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "glossary"


@pytest.fixture
def site(tmp_path) -> Path:
    shutil.copytree(FIXTURES / "site", tmp_path / "site")
    return tmp_path / "site"


def with_glossary(site: Path, broken: str) -> list:
    """The problems a broken glossary has in itself (its pages' abbreviations aside)."""
    shutil.copy(FIXTURES / "broken" / broken, site / "docs" / "_data" / "glossary.yml")
    return [p for p in check(site, site / "docs") if p.path == "docs/_data/glossary.yml"]


def errors(problems) -> list[str]:
    return [str(p) for p in problems if p.level == "error"]


def test_a_sound_glossary_and_pages_have_no_problems(site):
    assert check(site, site / "docs") == []


def test_a_term_defined_twice_fails_at_the_second_entry(site):
    assert errors(with_glossary(site, "duplicate-term.yml")) == [
        'docs/_data/glossary.yml:8: the term "prrt" is defined twice (first at line 1) — merge the two entries into one',
    ]


def test_an_alias_claimed_by_two_terms_fails_at_the_alias(site):
    assert errors(with_glossary(site, "alias-clash.yml")) == [
        'docs/_data/glossary.yml:8: "nets" is claimed by two terms: "NET (neuroendocrine tumor)" (line 4) and "Network"'
        " — keep it in the one term it means and remove it from the other",
    ]


def test_a_see_also_link_to_a_missing_page_fails(site):
    assert errors(with_glossary(site, "missing-see-also.yml")) == [
        'docs/_data/glossary.yml:3: the see-also page "treatment/prr.md" of "PRRT" does not exist'
        " — fix the path: a page under docs/, such as treatment/prrt.md",
    ]


def test_a_definition_over_40_words_fails(site):
    found = errors(with_glossary(site, "long-definition.yml"))
    assert len(found) == 1 and found[0].startswith('docs/_data/glossary.yml:2: the definition of "PRRT" has 44 words (at most 40)')


def test_an_unknown_field_fails_with_its_line(site):
    assert errors(with_glossary(site, "unknown-field.yml")) == [
        'docs/_data/glossary.yml:3: unknown field "alias" — use term, definition, aliases, see_also, id, report_only or everyday',
    ]


def test_an_abbreviation_missing_from_the_glossary_fails_with_file_line_and_abbreviation(site):
    shutil.copy(FIXTURES / "broken" / "unknown-abbreviation.md", site / "docs" / "page.md")
    found = errors(check(site, site / "docs"))
    assert [f.split(" — ")[0] for f in found] == [
        'docs/page.md:9: "SSTR" looks like an abbreviation but is not in the glossary',
        'docs/page.md:9: "LCNEC" looks like an abbreviation but is not in the glossary',
    ]
    assert "add it to docs/_data/glossary.yml" in found[0]


def test_abbreviations_in_front_matter_code_links_comments_and_roman_numerals_are_not_checked(site):
    # index.md has XYZ in code, ABCD in a link target, QQQ in an attribute, FOO BAR in a code block,
    # HIDDEN in a comment, stage IV, US and UK, a pronunciation, and B3 known from the alias "Vitamin B3".
    # The same words written as plain prose are reported, so the check is really reading the page.
    page = site / "docs" / "index.md"
    text = page.read_text(encoding="utf-8")
    assert all(word in text for word in ("`XYZ`", "ABCD", "QQQ", "FOO BAR", "HIDDEN", "IV", "B3"))
    page.write_text(text + "\nXYZ, ABCD, QQQ, FOO and HIDDEN in plain words.\n", encoding="utf-8")
    last = len(page.read_text(encoding="utf-8").splitlines())
    reported = [p.split(" — ")[0] for p in errors(check(site, site / "docs"))]
    assert reported == [f'docs/index.md:{last}: "{w}" looks like an abbreviation but is not in the glossary'
                        for w in ("XYZ", "ABCD", "QQQ", "FOO", "HIDDEN")]


def test_a_term_no_page_uses_is_reported_as_a_warning_only(site):
    glossary = site / "docs" / "_data" / "glossary.yml"
    glossary.write_text(glossary.read_text() + "\n- term: Pellagra\n  definition: Illness from too little niacin.\n")
    problems = check(site, site / "docs")
    assert [(p.level, str(p)) for p in problems] == [
        ("warning", 'docs/_data/glossary.yml:22: the term "Pellagra" is not used on any page'
                    " — use it where it helps a reader, or remove it from the glossary"),
    ]


def test_a_term_marked_report_only_that_no_page_uses_is_not_reported(site):
    glossary = site / "docs" / "_data" / "glossary.yml"
    glossary.write_text(glossary.read_text() + "\n- term: Synaptophysin\n  definition: A protein in neuroendocrine cells."
                        "\n  report_only: true\n")
    assert check(site, site / "docs") == []


def test_report_only_must_be_true_or_false(site):
    glossary = site / "docs" / "_data" / "glossary.yml"
    glossary.write_text(glossary.read_text() + "\n- term: Synaptophysin\n  definition: A protein.\n  report_only: yes\n")
    assert [str(p) for p in check(site, site / "docs")] == [
        "docs/_data/glossary.yml:24: report_only must be true or false — write report_only: true",
    ]


@pytest.mark.parametrize("value", ["yes", "1", "sometimes", "[true]"])
def test_everyday_must_be_true_or_false(site, value):
    glossary = site / "docs" / "_data" / "glossary.yml"
    glossary.write_text(glossary.read_text() + f"\n- term: Tumor\n  definition: A lump.\n  everyday: {value}\n")
    assert [str(p) for p in check(site, site / "docs")] == [
        "docs/_data/glossary.yml:24: everyday must be true or false — write everyday: true",
    ]


def test_the_guides_own_glossary_passes_and_has_at_least_100_terms():
    problems = check(ROOT, ROOT / "docs")
    assert errors(problems) == []
    entries = (ROOT / "docs" / "_data" / "glossary.yml").read_text(encoding="utf-8").count("\n- term: ")
    assert entries >= 100


def test_the_check_runs_on_its_own_and_fails_on_errors(site):
    def run():
        return subprocess.run([sys.executable, "-m", "scripts.checks.glossary", str(site)],
                              capture_output=True, text=True, cwd=ROOT)

    clean = run()
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "glossary: 0 error(s)" in clean.stdout
    shutil.copy(FIXTURES / "broken" / "duplicate-term.yml", site / "docs" / "_data" / "glossary.yml")
    broken = run()
    assert broken.returncode == 1
    assert 'docs/_data/glossary.yml:8: the term "prrt" is defined twice' in broken.stdout
    assert "glossary: 0 error(s)" not in broken.stdout
