"""Questions: the data file behind the questions page is checked, and links to its groups are known."""
import shutil

from tests.harness.check_fixtures import FIXTURES, assert_reported, lines

from scripts.checks import links, questions


def test_links_to_a_group_of_questions_use_the_ids_from_the_data_file():
    found = lines(links.check, "questions")
    assert not [line for line in found if "#about-tests" in line], found
    assert_reported(found, "docs/index.md:11: there is no #about-nothing on ask.md", "about-tests, after-diagnosis")


def test_a_good_questions_file_gives_no_problem():
    assert lines(questions.check, "questions") == []


def test_a_broken_questions_file_is_reported_with_its_line_and_fix(tmp_path):
    folder = tmp_path / "questions"
    shutil.copytree(FIXTURES / "questions", folder)
    data = folder / "docs" / "_data" / "questions.yml"
    data.write_text(data.read_text().replace("    title: About tests\n", ""), encoding="utf-8")
    found = lines(questions.check, folder)
    assert len(found) == 1 and found[0].endswith("questions.yml:7: topic \"about-tests\" has no title (text) — add 'title: ...'"), found
