"""Dates that a page shows as bare ISO dates (2026-12-01) are written in words (December 1, 2026).

Why: under MkDocs the hook file gives the templates each date already in words (netguide/review.py). An engine
that runs no hooks (Zensical) leaves the template's fallback, the front matter's own `2026-12-01`. This step
turns any `<time datetime="2026-12-01">2026-12-01</time>` into words, so a page reads the same whichever engine
built it. After an MkDocs build there is nothing left to change.
"""
from __future__ import annotations

import re
from datetime import date

from netguide.review import shown

BARE = re.compile(r'<time datetime="(\d{4})-(\d{2})-(\d{2})">\1-\2-\3</time>')


def dates_in_words(html: str) -> str:
    def words(m: re.Match) -> str:
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return m[0]
        return f'<time datetime="{day.isoformat()}">{shown(day)}</time>'
    return BARE.sub(words, html)
