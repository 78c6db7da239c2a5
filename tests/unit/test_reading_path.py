"""The "New to NETs" path: one list in docs/_data/reading-path.yml, shown on the home page and as a
step box on each page of it, in the reader's order rather than the menu's."""
from __future__ import annotations

import markdown
import pytest

from netguide.data import ROOT
from netguide.markdown.reading_path import ReadingPathError, load_path


def page(docs, src, title):
    path = docs / src
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: {title}\n---\n\n# {title}\n\nText.\n", encoding="utf-8")


@pytest.fixture
def docs(tmp_path):
    docs = tmp_path / "docs"
    page(docs, "a.md", "First page")
    page(docs, "b/index.md", '"Second: page"')
    page(docs, "c.md", "Third page")
    (docs / "_data").mkdir()
    (docs / "_data" / "reading-path.yml").write_text(
        "name: New here\nsteps:\n  - page: c.md\n    says: starts here.\n  - page: a.md\n    says: then this.\n"
        "  - page: b/index.md\n    says: last.\n", encoding="utf-8")
    return docs


def render(docs, text):
    md = markdown.Markdown(extensions=["attr_list", "md_in_html", "netguide.markdown.reading_path"],
                           extension_configs={"netguide.markdown.reading_path": {
                               "path_file": str(docs / "_data" / "reading-path.yml")}})
    return md.convert(text)


def test_the_marker_becomes_the_numbered_path_in_the_data_files_order(docs):
    html = render(docs, "Intro.\n\n<!-- reading-path -->\n")
    assert html.index("Third page") < html.index("First page") < html.index("Second: page")
    assert '<a href="/c.md">Third page</a>: starts here.' in html and "<ol>" in html


def test_a_page_on_the_path_ends_with_its_step_and_its_neighbours_in_path_order(docs):
    html = render(docs, "# First page\n\nText.\n")
    assert "step 2 of 3" in html
    assert '<a class="ng-path__prev" href="/c.md">Previous: Third page</a>' in html
    assert '<a class="ng-path__next" href="/b/index.md">Next: Second: page</a>' in html
    assert html.index("Text.") < html.index("ng-path")


def test_the_first_step_has_no_previous_and_the_last_no_next(docs):
    first, last = render(docs, "# Third page\n"), render(docs, "# Second: page\n")
    assert "Previous:" not in first and "Next: First page" in first
    assert "Next:" not in last and "Previous: First page" in last


def test_a_page_off_the_path_gets_no_box(docs):
    assert "ng-path" not in render(docs, "# Another page\n\nText.\n")


def test_a_step_naming_a_missing_page_stops_with_file_line_and_fix(docs):
    data = docs / "_data" / "reading-path.yml"
    data.write_text(data.read_text().replace("page: a.md", "page: gone.md"), encoding="utf-8")
    with pytest.raises(ReadingPathError, match=r"reading-path.yml:5: no page gone.md — give the file's path"):
        load_path(data)


def test_the_guides_path_starts_with_the_just_diagnosed_page_and_every_step_exists():
    path = load_path(ROOT / "docs" / "_data" / "reading-path.yml")
    assert path.steps[0].page == "diagnosis/just-diagnosed.md" and len(path.steps) >= 5
