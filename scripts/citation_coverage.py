"""How many of the guide's clinical statements carry a citation where they are made, page by page.

A statement is a sentence, list item or table cell with a clinical number, threshold, trial name or approval
(scripts/checks/citations.py decides). The guide aims at 95% or more.

    python -m scripts.citation_coverage           # the table and the total
    python -m scripts.citation_coverage --missing # also every statement without a citation
"""
from __future__ import annotations

import argparse
import sys

from scripts.checks.citations import medical_pages, statements, trial_names
from scripts.checks.context import load_site

AIM = 0.95


def coverage(site) -> tuple[int, int, list]:
    trials = trial_names(site)
    rows = []
    for page in medical_pages(site):
        if page.src not in site.nav:
            continue
        found = statements(page, trials)
        rows.append((page, found))
    cited = sum(s.cited for _, found in rows for s in found)
    total = sum(len(found) for _, found in rows)
    return cited, total, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--missing", action="store_true", help="list every statement without a citation")
    args = parser.parse_args(argv)
    cited, total, rows = coverage(load_site())
    print(f"{'page':48} {'cited':>6} {'of':>4}")
    for page, found in rows:
        if found:
            print(f"{page.src:48} {sum(s.cited for s in found):6} {len(found):4}")
        if args.missing:
            for s in found:
                if not s.cited:
                    print(f"    {page.shown}:{s.line}: {s.text[:110]}")
    share = cited / total if total else 1.0
    print(f"\nCitation coverage: {cited} of {total} statements cited ({share:.1%}); aim {AIM:.0%}")
    return 0 if share >= AIM else 1


if __name__ == "__main__":
    sys.exit(main())
