"""The comparison `make engines` makes between another engine's site and MkDocs' (scripts/engines.py).

The engines themselves are installed and run only by `make engines`; these tests build two small site folders
by hand and check that the comparison finds what it must and lets theme chrome differ.
"""
from __future__ import annotations

from pathlib import Path

from scripts import engines

PAGE = """<!doctype html><html><head><title>{title}</title><script>var x = 1;</script></head><body>
<header class="md-header">{chrome}</header>
<article class="md-content__inner md-typeset">
  <a href="https://example.org/edit/x.md" title="Edit this page" class="md-content__button md-icon"><svg><path d="M1"/></svg></a>
  <h1 id="t">Carcinoid tumors<a class="headerlink" href="#t" title="Link to this section">&para;</a></h1>
  <p>A <a class="ng-term" href="{glossary}">NET</a><span class="ng-def" hidden>NET: a tumor.</span> grows slowly.</p>
  <aside class="ng-page-meta"><p class="ng-reviewed">Last reviewed: <time datetime="2026-12-01">{reviewed}</time>.</p></aside>
</article>
<footer>{chrome}</footer></body></html>"""


def page(title="Carcinoid", chrome="NET Guide", glossary="../glossary/#net", reviewed="December 1, 2026", **_):
    return PAGE.format(title=title, chrome=chrome, glossary=glossary, reviewed=reviewed)


def site(root: Path, pages: dict[str, str]) -> Path:
    for rel, html in pages.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(html, encoding="utf-8")
    return root


def test_main_text_is_the_article_words_without_markup_buttons_or_section_links():
    text = engines.main_text(page())
    assert text == "Carcinoid tumors A NET NET: a tumor. grows slowly. Last reviewed: December 1, 2026 ."
    assert "NET Guide" not in text and "var x" not in text and "¶" not in text


def test_theme_chrome_and_markup_may_differ(tmp_path):
    reference = site(tmp_path / "mkdocs", {"index.html": page(), "types/index.html": page()})
    other_html = page(chrome="Another theme, other header", title="Other title").replace("<p>A", "<p class='x'>\n  A")
    other = site(tmp_path / "other", {"index.html": other_html, "types/index.html": page()})
    result = engines.compare_sites(reference, other, "other")
    assert result.same, result.details()
    assert result.pages == 2
    assert "same as MkDocs: 2 pages" in result.summary()


def test_other_words_in_the_article_are_a_real_difference_with_a_short_diff(tmp_path):
    reference = site(tmp_path / "mkdocs", {"index.html": page()})
    other = site(tmp_path / "other", {"index.html": page(reviewed="2026-12-01")})
    result = engines.compare_sites(reference, other, "other")
    assert not result.same
    assert list(result.text) == ["index.html"]
    assert result.text["index.html"] == ["…tumor. grows slowly. Last reviewed: [-December 1, 2026-]{+2026-12-01+} .…"]
    assert "1 of 1 pages with other main text" in result.summary()


def test_missing_and_extra_pages_are_reported(tmp_path):
    reference = site(tmp_path / "mkdocs", {"index.html": page(), "types/index.html": page()})
    other = site(tmp_path / "other", {"index.html": page(), "types.html": page()})
    result = engines.compare_sites(reference, other, "other")
    assert result.missing == ["types/index.html"] and result.extra == ["types.html"]
    assert not result.same


def test_links_left_pointing_at_markdown_files_are_a_difference(tmp_path):
    reference = site(tmp_path / "mkdocs", {"index.html": page()})
    other = site(tmp_path / "other", {"index.html": page(glossary="/glossary.md#net")})
    result = engines.compare_sites(reference, other, "other")
    assert result.md_links == {"index.html": 1}
    assert result.md_link_examples == ["/glossary.md"]
    assert not result.same
    assert engines.md_links('<a href="https://example.org/edit/main/docs/x.md">edit</a>') == []  # not ours


def test_python_data_files_and_raw_templates_in_the_site_are_leaks(tmp_path):
    overrides = site(tmp_path / "overrides", {"main.html": "{% extends 'base.html' %}", "404.html": "{% block x %}"})
    other = site(tmp_path / "other", {"index.html": page(), "404.html": "<p>Not found</p>", "main.html": "{% extends %}",
                                      "hooks/glossary.py": "x = 1", "assets/javascripts/a.js": "", "_data/x.yml": ""})
    assert engines.leaked_files(other, overrides) == ["_data/x.yml", "hooks/glossary.py", "main.html"]


def test_feature_counts_that_change_are_reported(tmp_path):
    reference = site(tmp_path / "mkdocs", {"index.html": page()})
    other = site(tmp_path / "other", {"index.html": page().replace('class="ng-def"', 'class="tip"')})
    result = engines.compare_sites(reference, other, "other")
    assert result.features == {"glossary tooltips": (1, 0)}


def test_requirements_without_the_engines_replaced_packages():
    text = "Markdown==3.11.3\nmkdocs==1.6.1\nmkdocs-material==9.8.1\nmkdocs_redirects==1.2.2\n-e .\n"
    assert engines.requirements_without(("mkdocs",), text) == (
        "Markdown==3.11.3\nmkdocs-material==9.8.1\nmkdocs_redirects==1.2.2\n-e .\n")
    assert engines.requirements_without(("mkdocs", "mkdocs-material", "mkdocs-redirects"), text) == (
        "Markdown==3.11.3\n-e .\n")


def test_search_keywords_lost_from_the_index_are_reported(tmp_path):
    reference = site(tmp_path / "mkdocs", {"index.html": page(),
                                           "search/search_index.json": '{"docs":[{"text":"x","keywords":"5HIAA"}]}'})
    other = site(tmp_path / "other", {"index.html": page(), "search.json": '{"items":[{"text":"x"}]}'})
    result = engines.compare_sites(reference, other, "other")
    assert result.features == {engines.SEARCH_KEYWORDS: (1, 0)}
