"""axe-core in the browser tests: one rule set and one report format for every test that runs it.

WCAG is WCAG 2.2 A and AA; FULL adds axe's best practices (every rule axe runs by default, plus the WCAG 2.2
target size, which it does not). `resultTypes: violations` makes axe keep the details of violations only
(passes and incompletes are counted, not described): the same verdict in about half the time, which matters
with every page checked several times in the suite.
"""
from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WCAG = {"runOnly": {"type": "tag", "values": _TAGS}, "resultTypes": ["violations"]}
FULL = {"runOnly": {"type": "tag", "values": _TAGS + ["best-practice"]}, "resultTypes": ["violations"]}

_axe = Axe()


def violations(page, options: dict = FULL) -> list[str]:
    """One line per violation (its first three places), empty when the page is clean."""
    result = _axe.run(page, options=options)
    return [f"{v['id']} ({v['impact']}): {v['help']} — {node['target']}"
            for v in result.response["violations"] for node in v["nodes"][:3]]
