"""Addresses never break: every address the guide has published still leads to a page.

docs/_data/published-urls.txt lists them (`make check` prints the line a new page needs; scripts/published_urls.py
adds them all for people who run the project on their own computer).
A renamed or removed page needs a redirect in mkdocs.yml (plugins -> redirects -> redirect_maps).
"""
from __future__ import annotations

from collections import Counter

from tests.harness.hosting import EXAMPLE_NEW_URL, EXAMPLE_OLD_URL, EXAMPLE_REDIRECT

from scripts.published_urls import LIST, broken_addresses, list_line, read_list, resolve
from netguide.pages import nav_pages, page_url


def test_every_published_address_still_leads_to_a_page(site_dir):
    problems = broken_addresses(site_dir, read_list())
    assert not problems, "\n".join(problems)


def test_every_page_in_the_nav_is_on_the_published_list():
    listed = {url for url, _ in read_list()}
    new = [list_line(src) for src in nav_pages() if page_url(src) not in listed]
    assert not new, f"new pages are not on docs/_data/{LIST.name} yet: add these lines at its end:\n" + "\n".join(new)


def test_published_list_names_each_address_once():
    twice = [url for url, n in Counter(url for url, _ in read_list()).items() if n > 1]
    assert not twice, f"listed more than once in {LIST.name}: {twice}"


def test_a_renamed_pages_old_address_leads_to_its_new_page(site_dir, nginx_sites):
    old = [(EXAMPLE_OLD_URL, EXAMPLE_REDIRECT[0])]
    # Without a redirect the check fails and says how to add one ...
    (message,) = broken_addresses(site_dir, old)
    assert "redirect_maps" in message and f"'{EXAMPLE_REDIRECT[0]}': " in message
    # ... and with one (the sub-path build has it) the old address leads to the new page.
    assert resolve(nginx_sites.subpath_site, EXAMPLE_OLD_URL) == EXAMPLE_NEW_URL
    assert broken_addresses(nginx_sites.subpath_site, old) == []


def test_a_bookmark_of_a_renamed_page_lands_on_it_in_the_browser(page, nginx_sites):
    page.goto(nginx_sites.subpath_url + EXAMPLE_OLD_URL + "#terms")
    page.wait_for_url(nginx_sites.subpath_url + EXAMPLE_NEW_URL + "#terms")
    assert page.locator("article h1").first.is_visible()
