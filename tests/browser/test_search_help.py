"""A search that finds nothing shows help instead of a blank: urgent help, the closest words and the sections."""
from __future__ import annotations

from tests.helpers import search


def test_a_search_with_no_results_offers_urgent_help_and_the_main_sections(page):
    page.goto("treatment/")
    assert search(page, "xqzvw") == []
    help_box = page.locator(".ng-search-help")
    help_box.wait_for(state="visible")
    assert "emergency number" in help_box.locator(".ng-search-help__urgent").inner_text()
    sections = help_box.locator(".ng-search-help__sections a").all_inner_texts()
    assert {"Symptoms", "Treatment", "Glossary", "Tools"} <= set(sections), sections
    assert not page.watch.console and not page.watch.foreign, page.watch.console + page.watch.foreign


def test_the_closest_words_of_the_guide_forgive_a_typo_or_a_missing_ending_and_link_where_they_are_explained(page):
    page.goto("")
    closest = lambda q: page.evaluate(  # noqa: E731
        "q => new Promise(done => window.NGSearchHelp.closest(q, done))", q)
    found = closest("lanreotidee")
    assert found[0]["term"] == "Lanreotide" and "/treatment/somatostatin-analogs/" in found[0]["href"], found
    assert "Somatostatin analog" in [f["term"] for f in closest("somatostatin anlog")]
    assert closest("xqzvw") == [] and closest("the") == []


def test_the_help_goes_away_when_a_search_finds_pages(page):
    page.goto("")
    search(page, "xqzvw")
    page.locator(".ng-search-help").wait_for(state="visible")
    assert search(page, "surgery")
    assert page.locator(".ng-search-help").is_hidden()
