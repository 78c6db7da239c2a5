"""Mend two faults of the search library (lunr 2.3.9) inside Material's search worker.

Why: with them, every search starting with "ne" ("NET", "NETTER-1", "neuroendocrine") came back empty,
and the common words of a question ("of", "the") matched any word they begin ("often", "therapy"), so a
page about therapy outranked the page about the test a reader named. lunr has had no release since 2.3.9
and Material has no setting for either. overrides/assets/javascripts/search-worker-mends.js explains both
and holds the mends.

How: that file is appended to Material's worker (assets/javascripts/workers/search.*.js), so it runs right
after Material has put lunr on `self` and before the index is built, online and in the offline edition
alike. The standalone copy is then removed: no page loads it. Running the step twice changes nothing.
"""
from __future__ import annotations

from pathlib import Path

MENDS = Path("assets") / "javascripts" / "search-worker-mends.js"
MARKER = "/* netguide: search-worker-mends.js */"


class SearchWorkerError(RuntimeError):
    pass


def mend(worker_code: str, mends: str) -> str:
    """The worker's code with the mends appended once."""
    if MARKER in worker_code:
        return worker_code
    return worker_code.rstrip("\n") + "\n" + MARKER + "\n" + mends.strip() + "\n"


def run(site_dir: Path) -> None:
    site_dir = Path(site_dir)
    workers = sorted((site_dir / "assets" / "javascripts" / "workers").glob("search.*.js"))
    mends_file = site_dir / MENDS
    if not workers:
        return
    pending = [w for w in workers if MARKER not in w.read_text(encoding="utf-8")]
    if pending and not mends_file.is_file():
        raise SearchWorkerError(f"{MENDS} is missing from the built site — it comes from overrides/{MENDS.as_posix()}")
    for worker in pending:
        worker.write_text(mend(worker.read_text(encoding="utf-8"), mends_file.read_text(encoding="utf-8")), encoding="utf-8")
    if mends_file.is_file():
        mends_file.unlink()
