"""The one check command: prints `path:line: message — fix`, warnings apart, a summary, and the exit code."""
import subprocess
import sys
import types

from tests.harness.check_fixtures import FIXTURES, ROOT, site

import scripts.checks
from scripts import check
from scripts.checks.problem import Problem


def run_check(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scripts.check", "--today", "2026-11-24", *args], cwd=ROOT, capture_output=True, text=True)


def test_clean_site_passes_with_exit_code_0_and_a_summary():
    result = run_check("--config", str(FIXTURES / "clean" / "mkdocs.yml"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "check: 0 errors, 0 warnings in 4 pages"


def test_errors_come_first_then_warnings_under_a_heading_then_the_summary_and_exit_code_1():
    result = run_check("--config", str(FIXTURES / "frontmatter" / "mkdocs.yml"), "--only", "frontmatter")
    assert result.returncode == 1
    out = result.stdout.splitlines()
    assert out[0].startswith("docs/bad-changes.md:5: ") and " — " in out[0]
    heading = out.index("Warnings")
    assert all(" — " in line for line in out[:heading - 1]) and out[heading - 1] == ""
    assert out[heading + 1].startswith("docs/due-soon.md:4: the review of this page is due on 2026-12-10")
    assert out[-1] == "check: 12 errors, 1 warning in 11 pages"


def test_warnings_alone_do_not_fail_the_check():
    problems = [Problem("docs/a.md", 3, "old", "review it", "warning")]
    assert check.report(problems, 1).splitlines()[-1] == "check: 0 errors, 1 warning in 1 page"


# Checks whose findings are warnings by design (a heuristic may flag a number that needs no source).
WARNING_ONLY = {"citations"}
# Checks whose fixture folder is a sound example; their broken cases are written by their own tests.
BROKEN_IN_ITS_TESTS = {"questions": "tests/unit/test_check_questions.py"}


def test_every_broken_fixture_fails_the_check_named_after_it():
    for fixture, test_file in BROKEN_IN_ITS_TESTS.items():
        assert "def test_a_broken" in (ROOT / test_file).read_text(encoding="utf-8"), fixture
    for fixture in set(check.CHECKS) - set(BROKEN_IN_ITS_TESTS):
        problems = check.run(site(fixture), only=[fixture])
        level = "warning" if fixture in WARNING_ONLY else "error"
        assert any(p.level == level for p in problems), fixture


def test_glossary_check_is_called_with_root_and_docs_dir(monkeypatch):
    calls = []

    def fake_check(root, docs_dir):
        calls.append((root, docs_dir))
        return [Problem("docs/_data/glossary.yml", 4, 'term "NET" is defined twice', "keep one definition")]

    fake = types.SimpleNamespace(check=fake_check)
    monkeypatch.setitem(sys.modules, "scripts.checks.glossary", fake)
    monkeypatch.setattr(scripts.checks, "glossary", fake, raising=False)
    clean = site("clean")
    problems = check.run(clean)
    assert calls == [(clean.root, clean.docs_dir)]
    assert [str(p) for p in problems] == ['docs/_data/glossary.yml:4: term "NET" is defined twice — keep one definition']


def test_a_crashing_check_is_reported_as_a_checker_bug_not_a_page_mistake(monkeypatch):
    def broken(site):
        raise ValueError("boom")

    monkeypatch.setitem(check.CHECKS, "links", broken)
    problems = check.run(site("clean"), only=["links"])
    assert [str(p) for p in problems] == [
        "scripts/checks/links.py:0: the links check crashed (ValueError: boom) — this is a bug in the checker, not in your page: please report it"
    ]


def test_github_format_turns_each_problem_into_an_annotation_on_its_file_and_line():
    result = run_check("--config", str(FIXTURES / "frontmatter" / "mkdocs.yml"), "--only", "frontmatter", "--format", "github")
    assert result.returncode == 1
    out = result.stdout.splitlines()
    assert ('::error file=docs/bad-date.md,line=4,title=make check::reviewed: "24/11/2026" is not a date written as '
            "YYYY-MM-DD — write the date like 2026-11-24 (year-month-day)") in out
    assert out[0].startswith("::error file=docs/bad-changes.md,line=5,title=make check::")
    assert ("::warning file=docs/due-soon.md,line=4,title=make check::the review of this page is due on 2026-12-10"
            in result.stdout)
    assert out[-1] == "check: 12 errors, 1 warning in 11 pages"


def test_github_format_escapes_what_would_end_an_annotation_early():
    problems = [Problem("docs/a,b.md", 0, "50% done\nnext", "fix: it")]
    (annotation, _) = check.github(problems, 1).splitlines()
    assert annotation == "::error file=docs/a%2Cb.md,title=make check::50%25 done%0Anext — fix: it"
