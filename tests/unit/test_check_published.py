"""Published addresses and search queries: a new page gets its line on each list, and no address is lost."""
from tests.harness.check_fixtures import assert_reported, lines

from scripts.checks import published


def test_new_page_is_reported_with_the_exact_line_to_add_to_the_published_list():
    assert_reported(lines(published.check, "published"), "docs/new.md:1: this new page is not on the list of published addresses",
                    "add the line `/new/   new.md` at the end of docs/_data/published-urls.txt")


def test_new_page_without_search_queries_is_reported_with_a_line_to_add():
    found = lines(published.check, "published")
    assert_reported(found, "docs/new.md:1: this new page has no search queries in tests/search_queries.yml",
                    "- {query: words a reader would type, page: new.md}")
    assert not [line for line in found if line.startswith("docs/queried.md:1: this new page has no search queries")]


def test_published_address_that_leads_nowhere_is_reported_unless_redirected():
    found = lines(published.check, "published")
    assert_reported(found, "docs/_data/published-urls.txt:4: /gone/ no longer leads to a page", "redirect_maps: 'gone.md': ")
    assert not [line for line in found if "/moved/" in line]


def test_unreadable_and_repeated_lines_of_the_list_are_reported_not_a_traceback():
    found = lines(published.check, "published")
    assert_reported(found, 'docs/_data/published-urls.txt:5: this line is not an address and a file ("treatment/prrt.md")',
                    "/treatment/prrt/   treatment/prrt.md")
    assert_reported(found, "docs/_data/published-urls.txt:6: / is listed twice (first on line 2)", "delete this line")


def test_site_without_a_published_list_is_not_checked():
    assert lines(published.check, "clean") == []
