"""Links from the docs root that an engine left unresolved are pointed at the built pages (Zensical leaves them)."""
from __future__ import annotations

from netguide.postbuild import doc_links


def test_a_link_from_the_docs_root_becomes_relative_to_the_page_it_is_on(tmp_path):
    page = tmp_path / "treatment" / "prrt" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text('<a href="/glossary.md#net">NET</a> <a href="/types/index.md">types</a> '
                    '<a href="/index.md">home</a> <a href="https://example.org/a.md">elsewhere</a>', encoding="utf-8")
    (tmp_path / "index.html").write_text('<a href="/treatment/prrt.md#risks">PRRT</a>', encoding="utf-8")
    doc_links.run(tmp_path)
    assert page.read_text() == ('<a href="../../glossary/#net">NET</a> <a href="../../types/">types</a> '
                                '<a href="../../">home</a> <a href="https://example.org/a.md">elsewhere</a>')
    assert (tmp_path / "index.html").read_text() == '<a href="treatment/prrt/#risks">PRRT</a>'


def test_the_offline_edition_gets_html_file_links(tmp_path):
    page = tmp_path / "treatment" / "prrt.html"
    page.parent.mkdir(parents=True)
    page.write_text('<a href="/glossary.md#net">NET</a> <a href="/types/index.md">types</a>', encoding="utf-8")
    doc_links.run(tmp_path, offline=True)
    assert page.read_text() == '<a href="../glossary.html#net">NET</a> <a href="../types/index.html">types</a>'


def test_a_site_built_by_mkdocs_is_left_as_it_is(tmp_path):
    html = '<a href="../../glossary/#net">NET</a> <a href="prrt.md">a relative link is the engine\'s job</a>'
    page = tmp_path / "a" / "index.html"
    page.parent.mkdir()
    page.write_text(html, encoding="utf-8")
    doc_links.run(tmp_path)
    doc_links.run(tmp_path)
    assert page.read_text() == html
