"""A page whose front matter cannot be read fails the strict build, with the page, the line and a fix."""
from __future__ import annotations

import logging

import markdown
import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from netguide.markdown.front_matter import problem

BROKEN = "---\ntitle: PRRT: radionuclide therapy\ndescription: How it works.\n---\n\n# PRRT\n\nText.\n"
GUARD = "mkdocs.extensions.netguide.front_matter"


def convert(text: str) -> str:
    return markdown.Markdown(extensions=["netguide.markdown.front_matter"]).convert(text)


def test_front_matter_with_a_colon_in_the_title_is_logged_with_its_line_and_the_quoted_fix(caplog):
    with caplog.at_level(logging.WARNING, logger=GUARD):
        convert(BROKEN)
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert ':2: the front matter is not valid YAML' in record.getMessage()
    assert 'like title: "PRRT: radionuclide therapy"' in record.getMessage()
    assert 'the page "PRRT"' in record.getMessage()  # outside MkDocs, the page is named by its heading


def test_front_matter_never_closed_is_logged(caplog):
    with caplog.at_level(logging.WARNING, logger=GUARD):
        convert("---\ntitle: PRRT\ndescription: How it works.\n\n# PRRT\n")
    assert ":1: the front matter is not closed" in caplog.text


def test_readable_front_matter_and_a_line_across_the_page_are_left_alone(caplog):
    with caplog.at_level(logging.WARNING, logger=GUARD):
        convert("---\ntitle: PRRT\n---\n\n# PRRT\n")  # an engine that does not read front matter: not our business
        convert("---\n\nSome text between two lines.\n\n---\n")
    assert caplog.records == []


@pytest.mark.parametrize("lines, line, fix", [
    (["---", "title: PRRT", "\tdescription: x", "---"], 3, "use spaces instead of the tab"),
    (["---", "title: PRRT", "description x", "reviewed: 2026-01-01", "---"], 3, 'every line needs "name: value"'),
    (["---", "title: PRRT", "  description: x", "---"], 3, "remove the spaces at the start"),
    (["---", "sources: [a, b", "---"], 2, "close the list with ]"),
    (["---", 'title: "PRRT" therapy', "---"], 2, "put the whole text in quotes"),
])
def test_each_kind_of_yaml_mistake_gets_its_own_fix(lines, line, fix):
    found = problem(lines)
    assert found and found[0] == line and fix in found[2], found


def test_strict_mkdocs_build_fails_on_broken_front_matter_and_names_the_file(tmp_path, caplog):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\nstrict: true\nmarkdown_extensions: [netguide.markdown.front_matter]\n", encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        build(config)
    assert "docs/index.md:2: the front matter is not valid YAML" in caplog.text
