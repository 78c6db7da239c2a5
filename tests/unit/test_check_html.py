"""Raw HTML: scripts, frames, objects, styles, event handlers and javascript:/data: addresses are reported."""
from tests.harness.check_fixtures import assert_reported, lines

from scripts.checks import html, images


def test_script_iframe_object_embed_and_style_are_reported_with_their_lines():
    found = lines(html.check, "html")
    for line, tag in [(17, "script"), (18, "iframe"), (19, "object"), (20, "embed"), (21, "style")]:
        assert_reported(found, f"docs/page.md:{line}: <{tag}> is not allowed", "remove it")


def test_a_frame_or_script_from_another_site_is_not_also_called_a_picture():
    # line 18 is <iframe src="https://...">, line 20 <embed src="movie.swf">: the tag is the one problem
    assert [line for line in lines(images.check, "html") if ":18:" in line or ":20:" in line] == []


def test_inline_event_handler_is_reported():
    assert_reported(lines(html.check, "html"), "docs/page.md:22: <span> has an event handler (onclick=)", "may not run code")


def test_javascript_and_data_addresses_are_reported():
    found = lines(html.check, "html")
    assert_reported(found, "docs/page.md:23: a javascript: address is not allowed")
    assert_reported(found, "docs/page.md:23: a data: address is not allowed")


def test_other_raw_html_is_reported_with_the_markdown_to_use():
    assert_reported(lines(html.check, "html"), "docs/page.md:24: raw HTML <a> is not used in this guide", "[text](address)")


def test_grid_cards_comments_and_inline_code_are_allowed():
    found = lines(html.check, "html")
    assert not [line for line in found if any(f"docs/page.md:{n}:" in line for n in (10, 14, 16, 27))]


def test_clean_site_html_passes():
    assert lines(html.check, "clean") == []
