"""Dates that a page shows as bare ISO dates (2026-12-01) are written in words (December 1, 2026).

Why: under MkDocs the hook file gives the templates each date already in words (netguide/review.py). An engine
that runs no hooks (Zensical) leaves the template's fallback, the front matter's own `2026-12-01`. This step
turns any `<time datetime="2026-12-01">2026-12-01</time>` into words, so a page reads the same whichever engine
built it. After an MkDocs build there is nothing left to change.

The same engine cannot compute the next review date either, so the template leaves an empty
`<span class="ng-next-review" data-reviewed=… data-every-months=…>` and this step writes the sentence in its
place, with the date from netguide/review.py: the one home of the review-cycle rule (an empty cycle means
its default).
"""
from __future__ import annotations

import re
from datetime import date

from netguide.review import DEFAULT_MONTHS, add_months, as_date, shown

BARE = re.compile(r'<time datetime="(\d{4})-(\d{2})-(\d{2})">\1-\2-\3</time>')
NEXT_REVIEW = re.compile(r'<span class="ng-next-review" data-reviewed="([^"]*)" data-every-months="([^"]*)"></span>')


def dates_in_words(html: str) -> str:
    def words(m: re.Match) -> str:
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return m[0]
        return f'<time datetime="{day.isoformat()}">{shown(day)}</time>'
    return BARE.sub(words, html)


def next_review_in_words(html: str) -> str:
    def sentence(m: re.Match) -> str:
        reviewed, months = as_date(m[1]), m[2] or str(DEFAULT_MONTHS)
        if not reviewed or not months.isdigit() or int(months) < 1:
            return m[0]  # the contributor check reports a bad date or cycle; nothing is guessed here
        due = add_months(reviewed, int(months))
        return f'Next review due: <time datetime="{due.isoformat()}">{shown(due)}</time>.'
    return NEXT_REVIEW.sub(sentence, html)
