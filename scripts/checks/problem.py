"""The one shape every content check reports in, so `scripts/check.py` can print them alike.

A problem prints as `path:line: what is wrong — how to fix it`, the form contributors see.
"""
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # relative to the repository root, e.g. "docs/treatment/prrt.md"
    line: int  # 1-based; 0 when the problem is about the whole file
    message: str  # what is wrong, in plain words
    fix: str  # how to fix it, in plain words
    level: str = "error"  # "error" fails the check; "warning" is listed separately

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message} — {self.fix}"
