"""When a page was last checked, when its next check is due, and what changed on it: one home for the rules.

Why: a health page owes its reader its currency (the JAMA benchmarks). Front matter holds the facts
(`reviewed`, optional `review_every_months`, and `changes:` with a date and a one-line summary each); the review
cycle is set once in mkdocs.yml (`extra: review_every_months:`). The page template shows what `page_dates`
computes, and `make check` uses `next_review` to warn before a review falls due and to fail once it is overdue.
"""
from __future__ import annotations

import calendar
from datetime import date

DEFAULT_MONTHS = 12
WARN_DAYS = 30


def as_date(value) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_months(meta: dict, extra: dict | None) -> int:
    value = (meta or {}).get("review_every_months") or (extra or {}).get("review_every_months") or DEFAULT_MONTHS
    return int(value)


def next_review(meta: dict, extra: dict | None) -> date | None:
    reviewed = as_date((meta or {}).get("reviewed"))
    return add_months(reviewed, review_months(meta, extra)) if reviewed else None


def shown(day: date) -> str:
    """US style, as readers expect it: November 24, 2026."""
    return f"{calendar.month_name[day.month]} {day.day}, {day.year}"


def last_updated(meta: dict) -> date | None:
    """The page's latest date in its front matter (`reviewed` or a `changes:` entry): when its content last
    changed or was confirmed. The sitemap shows it, so the build does not depend on the day it runs."""
    days = [as_date((meta or {}).get("reviewed"))]
    days += [as_date(c.get("date")) for c in (meta or {}).get("changes") or [] if isinstance(c, dict)]
    days = [d for d in days if d]
    return max(days) if days else None


def page_dates(meta: dict, extra: dict | None) -> dict:
    """Values the page template shows, computed here so templates need no date methods (MiniJinja-safe)."""
    reviewed = as_date((meta or {}).get("reviewed"))
    if not reviewed:
        return {}
    due = next_review(meta, extra)
    changes = []
    for change in (meta or {}).get("changes") or []:
        day = as_date(change.get("date")) if isinstance(change, dict) else None
        if day and change.get("summary"):
            changes.append({"iso": day.isoformat(), "text": shown(day), "summary": str(change["summary"])})
    return {
        "reviewed_iso": reviewed.isoformat(), "reviewed_text": shown(reviewed),
        "next_review_iso": due.isoformat(), "next_review_text": shown(due),
        "changes": changes,
    }
