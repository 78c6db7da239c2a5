"""A newly diagnosed reader on a phone finds the ways in on the first screen, and the "New to NETs" path
leads them through the guide in the reader's order (issue 18)."""
from __future__ import annotations

from urllib.parse import urlparse

ENTRY_POINTS = {
    "Just diagnosed": "/diagnosis/just-diagnosed/",
    "Explain my report": "/tools/explain-my-report/",
    "Symptoms and urgent help": "/symptoms/",
    "Treatments": "/treatment/",
    "Tools for between visits": "/tools/",
}


def test_the_home_pages_first_phone_screen_offers_the_five_ways_in(phone_page):
    phone_page.goto("")
    height = phone_page.viewport_size["height"]
    start = phone_page.get_by_role("navigation", name="Where to start")
    for name, path in ENTRY_POINTS.items():
        link = start.get_by_role("link", name=name, exact=True)
        box = link.bounding_box()
        assert box and box["y"] + box["height"] <= height, f"{name!r} is below the first screen"
        assert box["height"] >= 44, f"{name!r} is a small tap target"
        assert urlparse(link.evaluate("a => a.href")).path == path


def test_the_path_goes_from_the_just_diagnosed_page_to_the_questions_page_by_next(phone_page):
    phone_page.goto("diagnosis/just-diagnosed/")
    visited = [urlparse(phone_page.url).path]
    while True:
        box = phone_page.get_by_role("navigation", name="New to NETs: reading path")
        nxt = box.get_by_role("link", name="Next:")
        if not nxt.count():
            break
        nxt.click()
        phone_page.wait_for_url(lambda url: urlparse(url).path != visited[-1])
        visited.append(urlparse(phone_page.url).path)
    assert visited == ["/diagnosis/just-diagnosed/", "/understanding/", "/types/", "/symptoms/", "/diagnosis/",
                       "/treatment/", "/living/questions/"]
