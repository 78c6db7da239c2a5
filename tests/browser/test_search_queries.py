"""Search finds what readers actually type, typed into Material's own search box in a real browser.

tests/search_queries.yml: single terms (lay words, brand names, abbreviations, UK spellings, misspellings),
each page among the first three. tests/search_reader_questions.yml: questions of several words; named drugs,
tests and trials first, the others among the first three. scripts/search_ranks.py prints every rank.
"""
from __future__ import annotations

import pytest

from netguide.pages import nav_pages
from scripts.search_ranks import QUERY_FILES, load_queries, misses, page_ranks, summary
from tests.helpers import search

SINGLE_TERMS, QUESTIONS = (load_queries(path) for path in QUERY_FILES)


def test_query_sets_are_large_and_point_at_real_pages():
    assert len(SINGLE_TERMS) >= 60 and len(QUESTIONS) >= 40
    pages = set(nav_pages())
    assert [q for q in SINGLE_TERMS + QUESTIONS if q["page"].split("#")[0] not in pages] == []
    assert {q["rank"] for q in QUESTIONS} <= {1, 3}


def test_questions_cover_every_kind_of_reader():
    assert {"lay", "carer", "UK", "clinician", "misspelled"} <= {q["who"] for q in QUESTIONS}


@pytest.mark.parametrize("name, queries", [("single terms", SINGLE_TERMS), ("questions", QUESTIONS)])
def test_every_query_finds_its_page_at_its_rank(page, name, queries):
    page.goto("")
    results = page_ranks(page, queries)
    missed = misses(results)
    assert not missed, f"{name}: {summary(results)}\n" + "\n".join(missed)


def test_a_search_for_net_finds_pages(page):
    # lunr's word tree once merged branches wrongly and every search starting with "ne" came back empty
    # (netguide/postbuild/search_worker.py).
    page.goto("")
    for query in ("NET", "NETTER-1", "neuroendocrine"):
        assert search(page, query), f"no results for {query!r}"
    assert not page.watch.console, page.watch.console
