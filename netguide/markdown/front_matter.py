"""Stop a page from being published with front matter the engine could not read.

Why: MkDocs quietly ignores front matter whose YAML is broken (a colon in an unquoted title, a tab, an
unclosed block). The page is then built anyway, shows its front matter as text at the top, and loses its title,
description and sources, and `mkdocs build --strict` still passes. An engine strips front matter it can read
before Python-Markdown sees the page, so when the text still starts with a `---` block that is not readable
YAML, something is wrong: this extension logs a warning (a strict build fails) naming the page and the line.
Front matter that is readable but left in place (an engine that does not read front matter) is not its business.

`explain()` turns a YAML error into plain words and a fix; the contributor check (scripts/checks/frontmatter.py)
uses it too, so the build and the check say the same thing.
"""
from __future__ import annotations

import logging
import re

import yaml
from markdown import Extension
from markdown.preprocessors import Preprocessor

log = logging.getLogger("mkdocs.extensions.netguide.front_matter")

OPEN = re.compile(r"^-{3}[ \t]*$")
CLOSE = re.compile(r"^(?:-{3}|\.{3})[ \t]*$")
FIELD = re.compile(r"^(?P<key>[A-Za-z0-9_-]+)[ \t]*:[ \t]*(?P<value>.*)$")
GENERIC_FIX = "check this line: put text that contains a colon in quotes, and indent lists evenly"


def explain(error: yaml.YAMLError, block: list[str], first_line: int) -> tuple[int, str, str]:
    """(file line, what is wrong, how to fix it) for a YAML error in the front matter lines `block`,
    whose first line is line `first_line` of the file."""
    problem = str(getattr(error, "problem", None) or error).split("\n")[0]
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if "could not find expected ':'" in problem and getattr(error, "context_mark", None):
        mark = error.context_mark  # the line without a colon, not the next one where YAML gave up
    index = min(mark.line, len(block) - 1) if mark and block else 0
    text = block[index] if block else ""
    message = f"the front matter is not valid YAML ({problem})"
    fix = GENERIC_FIX
    field = FIELD.match(text)
    if "\t" in text or "'\\t'" in problem:
        fix = "use spaces instead of the tab character on this line"
    elif text[:1] in " \t" and FIELD.match(text.strip()):
        fix = "remove the spaces at the start of this line: each name starts at the left edge"
    elif "mapping values are not allowed" in problem and field and ":" in field["value"]:
        value = field["value"].strip().replace('"', "'")
        fix = f'the text after "{field["key"]}:" contains a colon: put it in quotes, like {field["key"]}: "{value}"'
    elif "could not find expected ':'" in problem or ("simple key" in problem and not field):
        fix = 'every line needs "name: value"; to continue a long text, indent the next line by 2 spaces'
    elif field and field["value"][:1] and field["value"][:1] in "*&@`":
        fix = f'text that starts with "{field["value"][:1]}" must be in quotes, like {field["key"]}: "{field["value"].strip()}"'
    elif field and field["value"][:1] in "\"'" and "expected <block end>" in problem:
        value = field["value"].strip()
        quote = "'" if value[0] == '"' else '"'
        fix = f"put the whole text in quotes, not only its start, like {field['key']}: {quote}{value}{quote}"
    elif field and field["value"].startswith("[") and "]" not in field["value"]:
        fix = f"close the list with ], like {field['key']}: [key1, key2]"
    return first_line + index, message, fix


def problem(lines: list[str]) -> tuple[int, str, str] | None:
    """(line, what is wrong, fix) when `lines` start with a front matter block that is not readable YAML,
    or that is never closed; None when there is no such block or it reads as name: value lines."""
    if not lines or not OPEN.match(lines[0]):
        return None
    end = next((i for i, line in enumerate(lines[1:], 1) if CLOSE.match(line)), None)
    if not any(FIELD.match(line) for line in lines[1:end or 3]):
        return None  # a line across the page (---), not front matter
    if end is None:
        return 1, "the front matter is not closed: there is no second --- line", \
            "add a line --- after the last front matter line, before the # heading"
    block = lines[1:end]
    try:
        data = yaml.safe_load("\n".join(block))
    except yaml.YAMLError as error:
        return explain(error, block, 2)
    if not isinstance(data, dict):
        return 2, "the front matter is not a list of name: value lines", "write each line as name: value"
    return None


class FrontMatterGuard(Preprocessor):
    """Warns (a strict build fails) when a page still starts with front matter the engine could not read."""

    def run(self, lines: list[str]) -> list[str]:
        found = problem(lines)
        if found:
            line, message, fix = found
            log.warning(f"{page_name(self.md, lines)}:{line}: {message}, so the page would show it as text and "
                        f"lose its title and sources — {fix}")
        return lines


def page_name(md, lines: list[str]) -> str:
    """How a message names the page being converted: docs/PATH under MkDocs (its link processor knows the
    page's file); under another engine, the page's # heading. Other extensions' warnings can use it too."""
    try:
        return "docs/" + md.treeprocessors["relpath"].file.src_uri
    except (KeyError, AttributeError):
        heading = next((line[2:].strip() for line in lines if line.startswith("# ")), "")
        return f'the page "{heading}"' if heading else "a page"


class FrontMatterExtension(Extension):
    def extendMarkdown(self, md) -> None:
        # First of all preprocessors, while the lines are still the file's own (snippets are 32).
        md.preprocessors.register(FrontMatterGuard(md), "ng_front_matter", 40)


def makeExtension(**kwargs) -> FrontMatterExtension:
    return FrontMatterExtension(**kwargs)
