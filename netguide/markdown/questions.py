"""Questions to ask the care team: the checklist page and the question list builder, from one data file.

Why an extension: the questions are words of the guide, written once in docs/_data/questions.yml, and two
pages show them. Keeping two copies in step by hand would let them drift; rendering both from the data at
build time keeps them the same under any engine that runs Python-Markdown extensions.

- The line `<!-- questions -->` becomes the checklist (living/questions.md): one `##` heading per topic with
  its fixed id, the questions as a task list, and a "Notes:" paragraph (class ng-notes) that prints as ruled
  lines. It is written as Markdown, so the table of contents, heading links and glossary terms work as on any
  page.
- `<!-- question-builder: topics -->` becomes the builder's tick boxes, one per topic, and
  `<!-- question-builder: sheet -->` the sheet: every topic's questions, each with a box to leave it out, and
  a box for the reader's own questions. overrides/assets/javascripts/question-builder.js shows only the
  topics ticked; print.css-style rules in tools.css print the sheet alone. Without JavaScript the sheet
  shows every question, like the checklist.
A data file the extension cannot use stops the build with one line naming the file, the line and the fix.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from markdown import Extension
from markdown.preprocessors import Preprocessor

from netguide.data import DataLoader, load_yaml

CHECKLIST = "<!-- questions -->"
BUILDER = re.compile(r"^<!-- question-builder: (topics|sheet) -->$")
FIELDS = ("id", "title", "label", "questions")
ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# The few words of the builder's controls; the explanations around them are on the page itself.
TOPICS_LEGEND = "Topics for my next visit"
QUESTION_COUNT = ("{n} question", "{n} questions")  # one, more
SHEET_TITLE = "My questions for my care team"
SHEET_VISIT = ("Date of visit:", "Who I am seeing:")
KEEP_HINT = "Untick a question to leave it off your list."
EMPTY = "No topics chosen yet. Tick a topic above and its questions appear here."
OWN_LABEL = "My own questions (one on each line)"
OWN_TITLE = "My own questions"
ANSWER = "Answer:"
MORE = "More questions and notes:"
PRINT = "Print my list"

# ----------------------------------------------------------------- the data


class QuestionsError(ValueError):
    """A questions file the extension cannot use: `FILE:LINE: what is wrong — how to fix it`."""

    def __init__(self, path: Path | str, line: int, message: str, fix: str):
        super().__init__(f"{path}:{line}: {message} — {fix}")
        self.path, self.line, self.message, self.fix = str(path), line, message, fix


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    label: str
    questions: tuple[str, ...]


def _line(text: str, keys: tuple) -> int:
    """The line where the value at keys (for example ("topics", 2, "title")) starts, or its nearest parent."""
    node = yaml.compose(text, Loader=DataLoader)
    line = 1
    for key in keys:
        if node is None:
            break
        line = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            node = None
    return node.start_mark.line + 1 if node is not None else line


def load_topics(path: Path | str, shown: str | None = None) -> list[Topic]:
    """The topics in file order, checked. `shown` is how messages name the file (default: the path given)."""
    path = Path(path)
    shown = shown or str(path)
    text = path.read_text(encoding="utf-8")
    try:
        data = load_yaml(path)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise QuestionsError(shown, mark.line + 1 if mark else 1, "the file is not valid YAML",
                             f"{getattr(error, 'problem', None) or 'check the indentation and quotes'}; "
                             "put a question that contains ': ' in double quotes") from None

    def fail(keys: tuple, message: str, fix: str):
        raise QuestionsError(shown, _line(text, keys), message, fix)

    if not isinstance(data, dict) or not isinstance(data.get("topics"), list) or not data["topics"]:
        fail(("topics",), "the file must start with 'topics:' and a list of topics", "start each topic with '- id: '")
    topics: list[Topic] = []
    seen: set[str] = set()
    for i, item in enumerate(data["topics"]):
        where = ("topics", i)
        if not isinstance(item, dict):
            fail(where, "each topic needs id, title, label and questions", "start the topic with '- id: '")
        for key in item:
            if key not in FIELDS:
                fail(where + (key,), f'unknown field "{key}"', "use id, title, label or questions")
        for key in ("id", "title", "label"):
            value = item.get(key)
            if not isinstance(value, str) or not value.strip():
                name = f'topic "{item["id"]}"' if isinstance(item.get("id"), str) else "this topic"
                fail(where + ((key,) if key in item else ()), f"{name} has no {key} (text)", f"add '{key}: ...'")
        topic_id = item["id"].strip()
        if not ID.match(topic_id):
            fail(where + ("id",), f'the id "{topic_id}" is not an address part',
                 "use small letters, digits and hyphens, such as about-surgery")
        if topic_id in seen:
            fail(where + ("id",), f'the id "{topic_id}" is used twice', "give each topic its own id")
        seen.add(topic_id)
        questions = item.get("questions")
        if not isinstance(questions, list) or not questions:
            fail(where + (("questions",) if "questions" in item else ()), f'topic "{topic_id}" has no questions',
                 "add 'questions:' and one '- question' a line under it")
        for n, question in enumerate(questions):
            if not isinstance(question, str) or not question.strip():
                fail(where + ("questions", n), f'a question of topic "{topic_id}" is not text',
                     "write the question after '- ', in double quotes if it contains ': '")
        topics.append(Topic(topic_id, item["title"].strip(), item["label"].strip(),
                            tuple(" ".join(q.split()) for q in questions)))
    return topics


_cache: dict[Path, tuple[float, list[Topic]]] = {}


def cached_topics(path: Path, shown: str) -> list[Topic]:
    """Read once per change of the file: MkDocs builds a new Markdown converter for every page."""
    key = Path(path).resolve()
    mtime = key.stat().st_mtime
    if key not in _cache or _cache[key][0] != mtime:
        _cache[key] = (mtime, load_topics(key, shown))
    return _cache[key][1]


# ----------------------------------------------------------------- the two renderings


_MARKDOWN_SIGNS = re.compile(r"([\\`*_\[\]#])")


def plain(text: str) -> str:
    """Text as Markdown that shows it as written: questions are plain text, on the page as in the builder."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SIGNS.sub(r"\\\1", text)


def checklist_markdown(topics: list[Topic]) -> list[str]:
    """The questions page: a heading with its fixed id, a task list and a "Notes:" paragraph per topic."""
    lines: list[str] = []
    for topic in topics:
        lines += [f"## {plain(topic.title)} {{#{topic.id}}}", ""]
        lines += [f"- [ ] {plain(question)}" for question in topic.questions]
        lines += ["", "Notes:", "{ .ng-notes }", ""]
    return lines


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def builder_topics_html(topics: list[Topic]) -> str:
    """One tick box per topic, each saying how many questions it adds."""
    rows = "".join(
        f'<li><input type="checkbox" id="qb-topic-{t.id}" name="topic" value="{t.id}" '
        f'aria-describedby="qb-count-{t.id}">'
        f'<label for="qb-topic-{t.id}">{_e(t.label)}</label> '
        f'<span class="ng-builder__count" id="qb-count-{t.id}">({QUESTION_COUNT[len(t.questions) != 1].format(n=len(t.questions))})</span></li>'
        for t in topics
    )
    return (
        '<div class="ng-builder__topics" id="qb-topics" data-ng-tool="question-builder">'
        f'<fieldset><legend>{_e(TOPICS_LEGEND)}</legend><ul class="ng-builder__choices">{rows}</ul></fieldset>'
        "</div>"
    )


def builder_sheet_html(topics: list[Topic]) -> str:
    """Every topic's questions (the script hides the topics not ticked), the reader's own questions, Print."""
    sections = []
    for t in topics:
        items = "".join(
            f'<li class="ng-sheet__question"><input type="checkbox" checked id="qb-q-{t.id}-{n}">'
            f'<label for="qb-q-{t.id}-{n}">{_e(q)}</label>'
            f'<p class="ng-sheet__answer">{_e(ANSWER)}</p></li>'
            for n, q in enumerate(t.questions, 1)
        )
        sections.append(
            f'<section class="ng-sheet__topic" data-topic="{t.id}" aria-labelledby="qb-sheet-{t.id}">'
            f'<h3 id="qb-sheet-{t.id}">{_e(t.title)}</h3><ul class="ng-sheet__questions">{items}</ul></section>'
        )
    visit = "".join(f'<p class="ng-sheet__visit">{_e(field)}</p>' for field in SHEET_VISIT)
    return (
        '<div class="ng-sheet ng-print" id="qb-sheet">'
        f'<p class="ng-sheet__title">{_e(SHEET_TITLE)}</p>{visit}'
        f'<p class="ng-sheet__hint" id="qb-keep-hint">{_e(KEEP_HINT)}</p>'
        f'<p class="ng-sheet__status" id="qb-status" role="status"></p>'
        f'<p class="ng-sheet__empty" id="qb-empty" hidden>{_e(EMPTY)}</p>'
        + "".join(sections)
        + '<section class="ng-sheet__own" aria-labelledby="qb-own-title">'
        f'<h3 id="qb-own-title">{_e(OWN_TITLE)}</h3>'
        f'<label for="qb-own" class="ng-sheet__own-label">{_e(OWN_LABEL)}</label>'
        '<textarea id="qb-own" rows="4"></textarea>'
        '<ul class="ng-sheet__questions ng-sheet__own-list" id="qb-own-list"></ul>'
        f'<p class="ng-sheet__answer ng-sheet__answer--more">{_e(MORE)}</p>'
        "</section>"
        f'<p class="ng-tool__actions"><button type="button" class="md-button md-button--primary" id="qb-print" hidden>{_e(PRINT)}</button></p>'
        "</div>"
    )


class QuestionsPreprocessor(Preprocessor):
    """Replaces the placeholder lines; pages without them are returned untouched."""

    def __init__(self, md, extension: "QuestionsExtension"):
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        if not any(line.strip() == CHECKLIST or BUILDER.match(line.strip()) for line in lines):
            return lines
        topics = self.extension.topics()
        out: list[str] = []
        for line in lines:
            stripped = line.strip()
            if stripped == CHECKLIST:
                out += checklist_markdown(topics)
            elif m := BUILDER.match(stripped):
                block = builder_topics_html(topics) if m[1] == "topics" else builder_sheet_html(topics)
                out += ["", self.md.htmlStash.store(block), ""]
            else:
                out.append(line)
        return out


class QuestionsExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "questions_file": ["docs/_data/questions.yml", "The questions, relative to the current directory"],
        }
        super().__init__(**kwargs)

    def topics(self) -> list[Topic]:
        path = self.getConfig("questions_file")
        return cached_topics(Path(path), path)

    def extendMarkdown(self, md) -> None:
        md.registerExtension(self)
        # After whitespace clean-up (30), before raw HTML is stashed (20) and before the citations' own
        # placeholders (26), so the checklist is read as the page's own Markdown.
        md.preprocessors.register(QuestionsPreprocessor(md, self), "ng_questions", 27)


def makeExtension(**kwargs) -> QuestionsExtension:
    return QuestionsExtension(**kwargs)
