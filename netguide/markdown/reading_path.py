"""The "New to NETs" reading path: one list of pages, shown as a list on the home page and as a
"Previous / Next on this path" box at the end of each page on it.

Why: a newly diagnosed reader is best led through the guide in the order of their questions (their letter,
what NETs are, their type, symptoms, tests, treatment, questions to ask), not in menu order. The menu's own
Next button keeps menu order; this box, labelled with the path's name, follows the reader's. The order is
written once, in docs/_data/reading-path.yml, and rendered at build time by this Python-Markdown extension,
so it works under any engine that runs Python-Markdown.

- The line `<!-- reading-path -->` (the home page) becomes the numbered list of the path's pages.
- A page on the path is recognised by its `# Title` heading, which the contributor check keeps equal to its
  `title:`; the box is added after the page's own text, before its numbered sources. The box's links are
  docs-absolute (`/types/index.md`): MkDocs makes them relative for each page and checks that they exist.

A data file the extension cannot use stops the build with one line naming the file, the line and the fix.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from markdown import Extension
from markdown.preprocessors import Preprocessor

from netguide.data import DataLoader
from netguide.markdown.glossary import page_title

MARKER = "<!-- reading-path -->"
H1 = re.compile(r"^#\s+(.+?)\s*(?:\{[^}]*\})?\s*$")


class ReadingPathError(ValueError):
    """`FILE:LINE: what is wrong — how to fix it`."""

    def __init__(self, path: Path | str, line: int, message: str, fix: str):
        super().__init__(f"{path}:{line}: {message} — {fix}")


@dataclass(frozen=True)
class Step:
    page: str  # source path under docs/, such as types/index.md
    title: str  # the page's own title (front matter)
    says: str  # what a reader finds there, for the home page's list


@dataclass(frozen=True)
class ReadingPath:
    name: str
    steps: tuple[Step, ...]


def load_path(data_file: Path | str) -> ReadingPath:
    """The path in the data file, each page checked to exist and to have a title."""
    data_file = Path(data_file)
    docs_dir = data_file.parent.parent
    text = data_file.read_text(encoding="utf-8")
    data = yaml.load(text, Loader=DataLoader) or {}
    node = yaml.compose(text, Loader=DataLoader)
    lines = {}
    if node is not None:
        for key, value in node.value:
            if key.value == "steps":
                lines = {i: item.start_mark.line + 1 for i, item in enumerate(value.value)}
    if not isinstance(data, dict) or not data.get("name") or not isinstance(data.get("steps"), list):
        raise ReadingPathError(data_file, 1, "the file needs `name:` and a list of `steps:`",
                               "see the comment at the top of the file")
    steps = []
    for i, item in enumerate(data["steps"]):
        line = lines.get(i, 1)
        if not isinstance(item, dict) or not item.get("page") or not item.get("says"):
            raise ReadingPathError(data_file, line, "each step needs `page:` and `says:`",
                                   "write `- page: types/index.md` and `says: what the reader finds there`")
        md_file = docs_dir / item["page"]
        if not md_file.is_file():
            raise ReadingPathError(data_file, line, f"no page {item['page']}", "give the file's path under docs/")
        title = page_title(docs_dir, item["page"])
        if title == item["page"]:  # page_title falls back to the path when a page has no title
            raise ReadingPathError(data_file, line, f"{item['page']} has no `title:`", "give the page a title")
        steps.append(Step(item["page"], str(title), " ".join(str(item["says"]).split())))
    return ReadingPath(str(data["name"]), tuple(steps))


@lru_cache(maxsize=4)
def cached_path(data_file: Path, stamp: float) -> ReadingPath:
    return load_path(data_file)


def list_markdown(path: ReadingPath) -> list[str]:
    return [f"{n}. [{s.title}](/{s.page}): {s.says}" for n, s in enumerate(path.steps, 1)]


def box_markdown(path: ReadingPath, index: int) -> list[str]:
    """The box at the end of step `index`: where the reader is on the path, and the pages before and after."""
    steps = path.steps
    links = []
    if index > 0:
        links.append(f"[Previous: {steps[index - 1].title}](/{steps[index - 1].page}){{ .ng-path__prev }}")
    if index + 1 < len(steps):
        links.append(f"[Next: {steps[index + 1].title}](/{steps[index + 1].page}){{ .ng-path__next }}")
    label = html.escape(f"{path.name}: reading path", quote=True)
    # The links make one paragraph, a link a line (soft breaks): CSS lays them out side by side or stacked.
    return ["", f'<nav class="ng-path ng-no-glossary" aria-label="{label}" markdown="1">', "",
            f"**{path.name}**, step {index + 1} of {len(steps)}.", "", *links, "", "</nav>", ""]


class ReadingPathPreprocessor(Preprocessor):
    def __init__(self, md, data_file: Path):
        super().__init__(md)
        self.data_file = data_file

    def run(self, lines: list[str]) -> list[str]:
        path = cached_path(self.data_file, self.data_file.stat().st_mtime)
        out = []
        for line in lines:
            out += list_markdown(path) if line.strip() == MARKER else [line]
        heading = next((H1.match(line) for line in out if H1.match(line)), None)
        if heading:
            titles = [s.title for s in path.steps]
            if heading[1] in titles:
                out += box_markdown(path, titles.index(heading[1]))
        return out


class ReadingPathExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {"path_file": ["docs/_data/reading-path.yml", "The reading path, relative to the current directory"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md) -> None:
        # Before snippets (32) and the PDF link (33), like the other data-driven markers.
        md.preprocessors.register(ReadingPathPreprocessor(md, Path(self.getConfig("path_file"))), "ng_reading_path", 34)


def makeExtension(**kwargs) -> ReadingPathExtension:
    return ReadingPathExtension(**kwargs)
