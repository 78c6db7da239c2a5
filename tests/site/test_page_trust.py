"""Every page shows where its facts come from and how current they are, in the built HTML."""
from __future__ import annotations

import re

import pytest

from netguide.pages import nav_pages, page_url

PAGES = nav_pages()


def _html(site_dir, src: str) -> str:
    return (site_dir / page_url(src) / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("src", PAGES)
def test_every_page_shows_last_reviewed_next_review_and_its_change_history(site_dir, src):
    html = _html(site_dir, src)
    reviewed = re.search(r'Last reviewed: <time datetime="(\d{4}-\d{2}-\d{2})">([A-Z][a-z]+ \d{1,2}, \d{4})</time>', html)
    due = re.search(r'Next review due: <time datetime="(\d{4}-\d{2}-\d{2})">', html)
    assert reviewed and due, "review dates missing"
    assert int(due[1][:4]) == int(reviewed[1][:4]) + 1 and due[1][5:] == reviewed[1][5:], "the cycle is 12 months"
    history = html[html.index('<details class="ng-changes">'):]
    history = history[:history.index("</details>")]
    assert "What changed on this page" in history and re.search(r'<li><time datetime="\d{4}-\d{2}-\d{2}">', history)


@pytest.mark.parametrize("src", PAGES)
def test_every_citation_leads_to_an_entry_of_the_source_list_and_back(site_dir, src):
    html = _html(site_dir, src)
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    cites = re.findall(r'<a aria-label="Source (\d+): [^"]+" href="#source-(\d+)" id="(cite-\d+-\d+)">(\d+)</a>', html)
    for label, target, anchor, shown in cites:
        assert label == target == shown and f"source-{target}" in ids
        assert f'href="#{anchor}"' in html, f"source {target} does not link back to {anchor}"
    assert "[?" not in re.sub(r"<[^>]+>", "", html), "an unknown citation key was rendered"


def test_a_medical_page_numbers_its_sources_in_citation_order(site_dir):
    html = _html(site_dir, "treatment/prrt.md")
    first_use = list(dict.fromkeys(re.findall(r'href="#source-(\d+)" id="cite-', html)))
    assert first_use == [str(n) for n in range(1, len(first_use) + 1)] and len(first_use) >= 5
