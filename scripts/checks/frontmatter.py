"""Front matter: the title, description, review date and sources at the top of every page.

Why: MkDocs quietly ignores front matter it cannot read and shows it as text at the top of the page.
Without a title or description, search results and link previews show nothing useful; without a
review date, readers cannot tell how fresh the facts are.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .context import Page, Site
from .problem import Problem

EXAMPLE = "start the page with ---, then title:, description:, reviewed: and sources: lines, then ---"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check(site: Site) -> list[Problem]:
    problems: list[Problem] = []
    for page in site.pages:
        if page.meta is None:
            fix = page.meta_error_fix or {"missing": EXAMPLE, "closed": "add a line --- after the last front matter line, before the # heading"}.get(
                next((k for k in ("missing", "closed") if k in page.meta_error), ""),
                "check this line: put text that contains a colon in quotes, and indent lists evenly",
            )
            problems.append(Problem(page.shown, page.meta_error_line, page.meta_error, fix))
            continue
        problems += _text_field(page, "title", "the page title, as in the menu")
        problems += _text_field(page, "description", "one plain sentence for search results and link previews")
        problems += _reviewed(page, site)
        problems += _sources_shape(page)
    return problems


def _text_field(page: Page, name: str, what: str) -> list[Problem]:
    value = page.meta.get(name)
    if name not in page.meta:
        return [Problem(page.shown, 1, f"front matter has no {name}:", f"add a line `{name}: ...` with {what}")]
    if not isinstance(value, str) or not value.strip():
        return [Problem(page.shown, page.field_line(name), f"{name}: is empty or not plain text", f"write {what}")]
    return []


def _reviewed(page: Page, site: Site) -> list[Problem]:
    line = page.field_line("reviewed")
    if "reviewed" not in page.meta:
        return [Problem(page.shown, 1, "front matter has no reviewed: date",
                        "add `reviewed: YYYY-MM-DD`, the day the facts were last checked against the sources")]
    raw = str(page.meta["reviewed"]).strip()
    try:
        when = date.fromisoformat(raw) if ISO_DATE.match(raw) else None
    except ValueError:
        when = None
    if when is None:
        return [Problem(page.shown, line, f'reviewed: "{raw}" is not a date written as YYYY-MM-DD',
                        "write the date like 2026-11-24 (year-month-day)")]
    if when > site.today:
        return [Problem(page.shown, line, f"reviewed: {raw} is in the future",
                        f"use the day the facts were checked, {site.today.isoformat()} or earlier")]
    period = int(site.extra.get("review_period_days", 365))
    if site.today - when > timedelta(days=period):
        return [Problem(page.shown, line, f"reviewed: {raw} is more than {period} days ago",
                        "check the page against its sources again, then set reviewed: to that day", "warning")]
    return []


def _sources_shape(page: Page) -> list[Problem]:
    if "sources" not in page.meta:
        return [Problem(page.shown, 1, "front matter has no sources:",
                        "add `sources: [key1, key2]` with keys from docs/_data/bibliography.yml (or `sources: []`)")]
    keys = page.meta["sources"]
    if keys is None:
        keys = []
    if not isinstance(keys, list) or not all(isinstance(k, str) and k for k in keys):
        return [Problem(page.shown, page.field_line("sources"), "sources: must be a list of bibliography keys",
                        "write it like `sources: [rindi2018, dasari2017]`")]
    return []
