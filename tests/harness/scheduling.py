"""How `make test` shares the tests between its two workers (pytest-xdist, `--dist loadscope`).

Each test goes to whichever worker is free, so the two workers finish together; the exceptions are the tests
that share a costly session fixture, which stay together on one worker so that it is made only once:
everything under tests/server/ (nginx with its second build, the offline edition) and the PDF tests.

Why not xdist's own `--dist loadgroup` with `xdist_group` marks: with pytest 9.2 it silently stops grouping
(pytest-xdist issue #1386), and `--dist loadfile` keeps every file on one worker, which left one worker idle
while the other finished the long accessibility sweeps.
"""
from __future__ import annotations

from xdist.scheduler import LoadScopeScheduling

# Node id prefixes whose tests share one worker; each prefix is one unit of work.
SHARED = ("tests/server/", "tests/browser/test_print_pdf.py")


class SharedFixtureScheduling(LoadScopeScheduling):
    """xdist's scope scheduler with our scopes: one per shared-fixture prefix, else one per test."""

    def _split_scope(self, nodeid: str) -> str:
        return next((prefix for prefix in SHARED if nodeid.startswith(prefix)), nodeid)
