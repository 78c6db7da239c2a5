"""The reader budgets of issue #7, as numbers, and the verdict on one bench run.

Each budget names what it promises a reader; `check` turns the measurements into PASS, FAIL or
SKIP lines. A budget is never loosened to make a run pass: fix the site instead.
"""
from __future__ import annotations

from dataclasses import dataclass

from netguide.vocabulary import IMAGE_MAX_BYTES, WEB_IMAGE_SUFFIXES

FIRST_VISIT_MAX = 150 * 1024  # bytes sent for a first visit to a content page, gzip, fonts included
REPEAT_VISIT_MAX = 30 * 1024  # bytes sent for a repeat visit with the browser's cache
IMAGE_MAX = IMAGE_MAX_BYTES  # any single image file (netguide/vocabulary.py, also used by make check)
REPORT_RESULTS_MAX_MS = 100  # Explain my report: from pasting a two-page letter to the painted list (issue 16)
REPORT_DATA_MAX = 40 * 1024  # Explain my report: its word list, gzip (issue 16)
LIGHTHOUSE_PERFORMANCE_MIN = 95  # mobile preset, every page
LIGHTHOUSE_OTHER_MIN = 100  # accessibility, best practices, SEO
IMAGE_SUFFIXES = WEB_IMAGE_SUFFIXES


@dataclass
class Verdict:
    name: str
    status: str  # PASS, FAIL or SKIP
    detail: str
    problems: list[str]

    def lines(self, limit: int = 8) -> list[str]:
        out = [f"{self.status:<4}  {self.name}: {self.detail}"]
        out += [f"        {p}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            out.append(f"        ... and {len(self.problems) - limit} more")
        return out


def verdict(name: str, problems: list[str] | None, detail: str) -> Verdict:
    """problems None means the measurement was skipped."""
    if problems is None:
        return Verdict(name, "SKIP", detail, [])
    return Verdict(name, "FAIL" if problems else "PASS", detail, problems)


def kb(n: float) -> str:
    return f"{n / 1024:.1f} KB"
