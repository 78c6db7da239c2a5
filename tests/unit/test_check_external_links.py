"""Links to other sites: https only, no link shorteners, no tracking."""
from tests.harness.check_fixtures import assert_reported, lines

from scripts.checks import external_links


def test_http_link_is_reported_in_pages_and_in_the_bibliography():
    found = lines(external_links.check, "external_links")
    assert_reported(found, "docs/page.md:10: link http://www.cancer.gov/ is not secure (http://)", "use https://")
    assert_reported(found, "docs/_data/bibliography.yml:6: link http://example.org/page is not secure")


def test_link_shorteners_are_reported():
    found = lines(external_links.check, "external_links")
    assert_reported(found, "docs/page.md:11: link https://bit.ly/3abcd uses a link shortener (bit.ly)", "full address")
    assert_reported(found, "docs/page.md:15: link https://t.co/xyz uses a link shortener (t.co)")


def test_tracking_parameters_are_reported():
    found = lines(external_links.check, "external_links")
    assert_reported(found, "docs/page.md:12: link https://www.cancer.gov/types?utm_source=newsletter&utm_medium=email carries tracking (utm_medium, utm_source)")
    assert_reported(found, "docs/page.md:13: link https://example.org/page?fbclid=IwAR123 carries tracking (fbclid)")


def test_https_and_mailto_links_pass():
    assert not [line for line in lines(external_links.check, "external_links") if line.startswith("docs/page.md:14:")]


def test_clean_site_external_links_pass():
    assert lines(external_links.check, "clean") == []
