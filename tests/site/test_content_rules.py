"""The guide's content rules: every point of the source article has a home, and nothing is pasted from it."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from scripts.article_fingerprint import OUT as ARTICLE_RUNS, run_hashes
from netguide.pages import nav_pages, page_url

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
POINTS = DOCS / "_data" / "points.yml"


def test_no_page_repeats_ten_words_in_a_row_from_the_source_article():
    article = {line for line in ARTICLE_RUNS.read_text().splitlines() if not line.startswith("#")}
    copied = []
    for md in sorted(DOCS.rglob("*.md")):
        hits = [run for h, run in run_hashes(md.read_text(encoding="utf-8")).items() if h in article]
        copied += [f"docs/{md.relative_to(DOCS)}: \"{run}\"" for run in hits[:3]]
    assert not copied, "pasted from the source article — rewrite in your own words:\n" + "\n".join(copied)


def test_every_point_of_the_article_has_a_home_page_in_the_nav():
    points = yaml.safe_load(POINTS.read_text(encoding="utf-8"))
    expected = {f"P{n:02d}" for n in range(1, 43)}
    assert set(points) == expected, f"missing: {sorted(expected - set(points))}, unknown: {sorted(set(points) - expected)}"
    pages = set(nav_pages())
    homeless = [f"{p}: {t}" for p, t in points.items() if t.split("#")[0] not in pages]
    assert not homeless, homeless


def test_every_point_anchor_exists_in_the_built_page(site_dir):
    points = yaml.safe_load(POINTS.read_text(encoding="utf-8"))
    lost = []
    for point, target in points.items():
        src, _, anchor = target.partition("#")
        html = (site_dir / page_url(src) / "index.html").read_text(encoding="utf-8")
        if not anchor or not re.search(rf'id="{re.escape(anchor)}"', html):
            lost.append(f"{point}: {target}")
    assert not lost, "points whose anchor is gone (fix docs/_data/points.yml or restore the heading id):\n" + "\n".join(lost)
