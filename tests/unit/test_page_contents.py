"""The "On this page" list (netguide/markdown/page_contents.py): which pages get it, where, and what it holds."""
from __future__ import annotations

import re

import markdown

EXTENSIONS = ["admonition", "attr_list", "toc", "pymdownx.details", "netguide.markdown.page_contents"]
KEY_POINTS = '!!! abstract "Key points"\n    - One.\n    - Two.\n\n'


def convert(text: str) -> str:
    return markdown.Markdown(extensions=EXTENSIONS).convert(text)


def page(sections: int, key_points: bool = True) -> str:
    body = "".join(f"## Part {n} & more {{#part-{n}}}\n\nText {n}.\n\n### Deeper {n}\n\nMore.\n\n" for n in range(1, sections + 1))
    return "# Title\n\n" + (KEY_POINTS if key_points else "") + "Intro.\n\n" + body


def test_a_patient_page_lists_each_section_right_after_its_key_points_box():
    html = convert(page(3))
    assert html.index("Key points") < html.index('class="ng-toc"') < html.index("<p>Intro.</p>")
    nav = re.search(r'<nav [^>]*class="ng-toc"[^>]*>.*?</nav>', html, re.S).group()
    assert 'aria-label="On this page"' in nav and "data-search-exclude" in nav
    assert "<details open" in nav and "<summary>On this page</summary>" in nav
    assert re.findall(r'<a href="#([^"]+)">([^<]+)</a>', nav) == [
        ("part-1", "Part 1 &amp; more"), ("part-2", "Part 2 &amp; more"), ("part-3", "Part 3 &amp; more"),
    ]


def test_a_page_with_fewer_than_three_sections_gets_no_list():
    assert "ng-toc" not in convert(page(2))


def test_a_page_without_a_key_points_box_gets_no_list():
    assert "ng-toc" not in convert(page(5, key_points=False))
    assert "ng-toc" not in convert(page(5, key_points=False).replace("Intro.", '!!! note "Points"\n    - One.'))
