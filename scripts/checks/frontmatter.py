"""Front matter: the title, description, review date, change history and further reading at the top of every page.

Why: MkDocs quietly ignores front matter it cannot read and shows it as text at the top of the page.
Without a title or description, search results and link previews show nothing useful; without a
review date and change history, readers cannot tell how fresh the facts are. The review cycle is
`extra: review_every_months:` in mkdocs.yml (a page may set its own); netguide/review.py computes the due date,
and the check warns 30 days before it and fails once it has passed.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from netguide import review

from .context import Page, Site
from .problem import Problem

EXAMPLE = "start the page with ---, then title:, description:, reviewed: and changes: lines, then ---"
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
        problems += _changes(page, site)
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
    months = page.meta.get("review_every_months")
    if months is not None and (not isinstance(months, int) or isinstance(months, bool) or months < 1):
        return [Problem(page.shown, page.field_line("review_every_months"),
                        f'review_every_months: "{months}" is not a whole number of months', "write it like 6 or 12")]
    due = review.next_review({**page.meta, "reviewed": when}, site.extra)
    if site.today > due:
        return [Problem(page.shown, line, f"the review of this page is overdue (due {due.isoformat()})",
                        "check the page's facts against its sources, then set reviewed: to that day and add a changes: line")]
    if site.today + timedelta(days=review.WARN_DAYS) >= due:
        return [Problem(page.shown, line, f"the review of this page is due on {due.isoformat()}",
                        "check the page's facts against its sources before then", "warning")]
    return []


def _changes(page: Page, site: Site) -> list[Problem]:
    """`changes:` is the page's public history: newest first, a date and a one-line summary each."""
    line = page.field_line("changes")
    example = "write `changes:` then lines like `  - date: 2026-12-01` and `    summary: What changed, in plain words.`"
    if "changes" not in page.meta:
        return [Problem(page.shown, 1, "front matter has no changes: (the page's public history)", example)]
    changes = page.meta["changes"]
    if not isinstance(changes, list) or not changes:
        return [Problem(page.shown, line, "changes: must be a list with at least one entry", example)]
    problems, dates = [], []
    for change in changes:
        raw = str(change.get("date", "")).strip() if isinstance(change, dict) else ""
        when = review.as_date(raw) if ISO_DATE.match(raw) else None
        if not isinstance(change, dict) or when is None or not str(change.get("summary") or "").strip():
            problems.append(Problem(page.shown, line, f"a changes: entry needs a date (YYYY-MM-DD) and a summary: {change!r}", example))
            continue
        if when > site.today:
            problems.append(Problem(page.shown, line, f"a changes: date, {raw}, is in the future", "use the day the change was made"))
        dates.append(when)
    if dates != sorted(dates, reverse=True):
        problems.append(Problem(page.shown, line, "changes: are not newest first", "put the most recent change at the top"))
    return problems


def _sources_shape(page: Page) -> list[Problem]:
    """`sources:` is optional: further reading the text does not cite (citations are written [@key])."""
    if "sources" not in page.meta:
        return []
    keys = page.meta["sources"]
    if keys is None:
        keys = []
    if not isinstance(keys, list) or not all(isinstance(k, str) and k for k in keys):
        return [Problem(page.shown, page.field_line("sources"), "sources: must be a list of bibliography keys",
                        "write it like `sources: [rindi2018, dasari2017]`")]
    return []
