"""The questions page and the question list builder come from one data file (netguide/markdown/questions.py)."""
from __future__ import annotations

import re
import textwrap

import markdown
import pytest

from netguide.data import ROOT
from netguide.markdown.questions import QuestionsError, load_topics

GOOD = """\
topics:
  - id: after-diagnosis
    title: After diagnosis
    label: Just diagnosed
    questions:
      - What kind of tumor do I have?
      - "What is the goal: to slow growth or ease symptoms?"
  - id: about-prrt
    title: About PRRT
    label: PRRT
    questions:
      - Will I stay in the hospital <overnight> & why (*really*)?
"""


def write(tmp_path, text: str):
    path = tmp_path / "questions.yml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def render(tmp_path):
    def convert(page: str, data: str = GOOD) -> str:
        path = write(tmp_path, data)
        md = markdown.Markdown(extensions=["toc", "attr_list", "pymdownx.tasklist", "netguide.markdown.questions"],
                               extension_configs={"netguide.markdown.questions": {"questions_file": str(path)}})
        return md.convert(page)

    return convert


# ----------------------------------------------------------------- the questions page


def test_checklist_has_a_heading_with_its_fixed_id_a_task_list_and_notes_per_topic(render):
    html = render("Intro.\n\n<!-- questions -->\n\n## My own questions {#my-own-questions}\n")
    assert re.findall(r'<h2 id="([^"]+)">', html) == ["after-diagnosis", "about-prrt", "my-own-questions"]
    assert html.count('class="task-list-item"') == 3
    assert html.count('<p class="ng-notes">Notes:</p>') == 2
    assert "What is the goal: to slow growth or ease symptoms?" in html
    assert "&lt;overnight&gt; &amp; why (*really*)?" in html


def test_the_published_questions_page_keeps_every_heading_id_it_had():
    topics = {t.id for t in load_topics(ROOT / "docs" / "_data" / "questions.yml")}
    published = {"after-diagnosis", "about-tests", "about-treatment", "about-side-effects", "about-follow-up",
                 "about-daily-life-and-support"}
    assert published <= topics
    page = (ROOT / "docs" / "living" / "questions.md").read_text(encoding="utf-8")
    assert "<!-- questions -->" in page and "{#how-to-use}" in page and "{#my-own-questions}" in page


def test_a_page_without_a_placeholder_is_left_alone(render):
    assert render("# Title\n\nJust text.") == '<h1 id="title">Title</h1>\n<p>Just text.</p>'


# ----------------------------------------------------------------- the builder


def test_builder_offers_one_tick_box_per_topic_with_its_question_count(render):
    html = render("<!-- question-builder: topics -->")
    boxes = re.findall(r'<input type="checkbox" id="qb-topic-([^"]+)" name="topic" value="\1"', html)
    assert boxes == ["after-diagnosis", "about-prrt"]
    assert '<label for="qb-topic-after-diagnosis">Just diagnosed</label>' in html
    assert "(2 questions)" in html and "(1 question)" in html
    assert "<fieldset><legend>" in html


def test_builder_sheet_holds_every_question_once_each_with_a_labelled_box(render):
    html = render("<!-- question-builder: sheet -->")
    sections = re.findall(r'<section class="ng-sheet__topic" data-topic="([^"]+)"', html)
    assert sections == ["after-diagnosis", "about-prrt"]
    ids = re.findall(r'<input type="checkbox" checked id="(qb-q-[^"]+)">', html)
    assert ids == ["qb-q-after-diagnosis-1", "qb-q-after-diagnosis-2", "qb-q-about-prrt-1"]
    for box in ids:
        assert f'<label for="{box}">' in html
    assert "Will I stay in the hospital &lt;overnight&gt; &amp; why (*really*)?" in html
    assert '<textarea id="qb-own"' in html and 'id="qb-print" hidden' in html


def test_checklist_and_builder_show_the_same_questions(render):
    page = render("<!-- questions -->")
    builder = render("<!-- question-builder: sheet -->")
    on_page = re.findall(r'<li class="task-list-item">(?:<[^>]+>)* ?([^<]+)</li>', page)
    in_builder = re.findall(r'<label for="qb-q-[^"]+">([^<]+)</label>', builder)
    assert on_page == in_builder and len(on_page) == 3


def test_the_real_data_file_renders_both_pages():
    topics = load_topics(ROOT / "docs" / "_data" / "questions.yml")
    labels = " ".join(t.label.lower() for t in topics)
    for wanted in ("diagnos", "scan", "surgery", "injection", "prrt", "chemotherapy", "diet", "follow-up",
                   "trial", "support"):
        assert wanted in labels, f"no builder topic for {wanted}"
    assert sum(len(t.questions) for t in topics) > 80


# ----------------------------------------------------------------- a bad data file


@pytest.mark.parametrize("text, line, words", [
    ("topics:\n  - id: a\n    title: A\n    label: A\n    questions:\n      - x: y: z\n", 6, "not valid YAML"),
    ("topics:\n  - id: a\n    label: A\n    questions: [Why]\n", 2, 'topic "a" has no title'),
    ("topics:\n  - id: a\n    title: A\n    label: A\n    questions: []\n", 5, 'topic "a" has no questions'),
    ("topics:\n  - id: a\n    title: A\n    label: A\n    questions: [Why]\n"
     "  - id: a\n    title: B\n    label: B\n    questions: [How]\n", 6, 'the id "a" is used twice'),
    ("topics:\n  - id: After Diagnosis\n    title: A\n    label: A\n    questions: [Why]\n", 2, "not an address part"),
    ("topics:\n  - id: a\n    title: A\n    label: A\n    colour: red\n    questions: [Why]\n", 5, 'unknown field "colour"'),
    ("topics:\n  - id: a\n    title: A\n    label: A\n    questions:\n      - Why?\n      - 12\n", 7, "is not text"),
    ("questions:\n  - Why?\n", 1, "must start with 'topics:'"),
])
def test_a_bad_data_file_names_the_file_the_line_and_the_fix(tmp_path, text, line, words):
    path = write(tmp_path, text)
    with pytest.raises(QuestionsError) as caught:
        load_topics(path, "docs/_data/questions.yml")
    message = str(caught.value)
    assert message.startswith(f"docs/_data/questions.yml:{line}: "), message
    assert words in message and " — " in message


def test_a_bad_data_file_stops_the_page_with_that_message(render):
    with pytest.raises(QuestionsError, match=r"questions\.yml:2: .*has no title"):
        render("<!-- questions -->", "topics:\n  - id: a\n    label: A\n    questions: [Why]\n")
