"""Fingerprint the source article so tests can prove no 10-word run of it was pasted into the guide.

Why a fingerprint: the article is not ours to republish, so the repository keeps only one-way
hashes of its 10-word runs (tests/data/article-runs.txt), never its text.
Run once when the seed article changes:
    python -m scripts.article_fingerprint ../shared/source/neuroendocrine-tumors-article.txt
"""
from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

RUN = 10
OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "article-runs.txt"


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def run_hashes(text: str, n: int = RUN) -> dict[str, str]:
    """Hash of each n-word run -> the run itself (kept only in memory, for messages)."""
    ws = words(text)
    runs = (" ".join(ws[i : i + n]) for i in range(len(ws) - n + 1))
    return {hashlib.sha256(r.encode()).hexdigest()[:16]: r for r in runs}


def main(article: str) -> None:
    hashes = sorted(run_hashes(Path(article).read_text(encoding="utf-8")))
    OUT.write_text("# sha256[:16] of every 10-word run of the source article; see scripts/article_fingerprint.py\n"
                   + "\n".join(hashes) + "\n")
    print(f"{len(hashes)} runs -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
