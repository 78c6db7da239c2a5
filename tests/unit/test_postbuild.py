"""The post-build pass that keeps pages valid and light: markup repairs, unused theme files left out, one ordered run."""
from __future__ import annotations

from pathlib import Path

from netguide import postbuild
from netguide.postbuild import html_fixes, search_keywords
from netguide.postbuild import unused_theme_files as unused


def test_empty_tabindex_on_nav_labels_is_removed():
    html = '<label class="md-nav__link" for="__nav_3" id="__nav_3_label" tabindex="">'
    assert html_fixes.remove_empty_tabindex(html) == '<label class="md-nav__link" for="__nav_3" id="__nav_3_label">'
    kept = '<label class="md-nav__link" for="__nav_4" tabindex="0">'
    assert html_fixes.remove_empty_tabindex(kept) == kept


def test_toc_title_label_loses_its_for_only_when_no_toc_checkbox_exists():
    label = '<label class="md-nav__title" for="__toc">'
    assert html_fixes.unlink_orphan_toc_label(label) == '<label class="md-nav__title">'
    with_box = '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">' + label
    assert html_fixes.unlink_orphan_toc_label(with_box) == with_box


def test_description_with_quotes_is_escaped_in_the_meta_tag():
    description = 'What the word "carcinoid" means & why'
    html = f'<meta name="description" content="{description}">'
    escaped = '<meta name="description" content="What the word &quot;carcinoid&quot; means &amp; why">'
    assert html_fixes.escape_meta_description(html) == escaped
    assert html_fixes.escape_meta_description(escaped) == escaped  # already escaped: unchanged


def test_task_list_tick_boxes_are_hidden_from_screen_readers():
    html = '<label class="task-list-control"><input type="checkbox" disabled/><span class="task-list-indicator"></span></label> Q?'
    assert html_fixes.hide_task_list_boxes(html).startswith(
        '<label class="task-list-control"><input aria-hidden="true" type="checkbox" disabled/>')


def test_nested_navs_are_named_by_the_section_title_they_show():
    html = ('<nav class="md-nav" data-md-level="1" aria-labelledby="__nav_3_label" aria-expanded="false">\n'
            '  <label class="md-nav__title" for="__nav_3">\n    <span class="md-nav__icon md-icon"></span>\n'
            '    Tests &amp; &quot;scans&quot;\n  </label>')
    fixed = html_fixes.name_nested_navs(html)
    assert fixed.startswith('<nav class="md-nav" data-md-level="1" aria-label="Tests &amp; &quot;scans&quot;" '
                            'aria-expanded="false">')
    assert "aria-labelledby" not in fixed and html_fixes.name_nested_navs(fixed) == fixed
    untitled = '<nav class="md-nav" data-md-level="1" aria-labelledby="x"><label class="md-nav__title" for="y"> </label>'
    assert html_fixes.name_nested_navs(untitled) == untitled  # nothing to name it with: left as it is


def test_breadcrumb_trail_is_not_a_second_landmark_called_navigation():
    html = '<nav class="md-path" aria-label="Navigation" ><ol class="md-path__list">'
    assert html_fixes.name_breadcrumb_nav(html) == '<nav class="md-path" aria-label="Breadcrumb" ><ol class="md-path__list">'


def test_palette_switch_is_not_a_form_and_other_forms_stay():
    html = ('<form class="md-header__option" data-md-component="palette"><input type="radio" name="__palette">'
            '</form><form class="md-search__form" name="search"></form>')
    assert html_fixes.palette_without_form(html) == (
        '<div class="md-header__option" data-md-component="palette"><input type="radio" name="__palette">'
        '</div><form class="md-search__form" name="search"></form>')


def test_search_form_gets_one_disabled_hidden_default_button():
    html = '<form class="md-search__form" name="search"><input name="query"></form>'
    fixed = html_fixes.search_form_default_button(html)
    assert fixed == ('<form class="md-search__form" name="search"><button type="submit" class="ng-search-submit" '
                     'disabled hidden>Search</button><input name="query"></form>')
    assert html_fixes.search_form_default_button(fixed) == fixed


def test_table_of_contents_toggle_without_a_label_is_removed():
    box = '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">'
    assert html_fixes.remove_unlabelled_toc_toggle(box + "<a>Page</a>") == "<a>Page</a>"
    labelled = box + '<label class="md-nav__link md-nav__link--active" for="__toc">'
    assert html_fixes.remove_unlabelled_toc_toggle(labelled) == labelled


def test_view_source_link_replaces_only_the_edit_segment_of_the_address():
    edit = '<a href="https://github.com/o/r/edit/main/docs/about/editorial-policy.md" title="Edit this page" class="md-content__button md-icon" rel="edit">'
    view = '<a href="https://github.com/o/r/raw/main/docs/about/raworial-policy.md" title="View source of this page" class="md-content__button md-icon">'
    fixed = html_fixes.repair_view_source_link(edit + view)
    assert 'href="https://github.com/o/r/raw/main/docs/about/editorial-policy.md" title="View source' in fixed
    assert fixed.startswith(edit) and html_fixes.repair_view_source_link(fixed) == fixed
    plain = edit.replace("editorial-policy", "sources") + view.replace("raworial-policy", "sources")
    assert html_fixes.repair_view_source_link(plain) == plain


def test_english_search_needs_no_lunr_language_files():
    assert unused.lunr_files_needed(["en"]) == set()


def test_other_search_languages_keep_the_files_the_search_worker_imports():
    assert unused.lunr_files_needed(["en", "ja"]) == {
        "tinyseg.js", "min/lunr.ja.min.js", "min/lunr.multi.min.js", "min/lunr.stemmer.support.min.js"}
    assert unused.lunr_files_needed(["th"]) == {"wordcut.js", "min/lunr.th.min.js", "min/lunr.stemmer.support.min.js"}


def test_source_maps_and_their_references_are_removed(tmp_path):
    js = tmp_path / "javascripts" / "bundle.1234abcd.min.js"
    js.parent.mkdir()
    js.write_text("var a=1;\n//# sourceMappingURL=bundle.1234abcd.min.js.map\n")
    (tmp_path / "javascripts" / "bundle.1234abcd.min.js.map").write_text("{}")
    unused.remove_source_maps(tmp_path)
    assert js.read_text() == "var a=1;\n"
    assert not list(tmp_path.rglob("*.map"))


def test_checkbox_autocomplete_attribute_is_removed_and_nothing_else():
    html = '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off"><input type="text" autocomplete="off">'
    fixed = html_fixes.remove_checkbox_autocomplete(html)
    assert fixed == '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer"><input type="text" autocomplete="off">'


def test_search_keywords_come_in_the_order_words_appear_so_builds_are_identical():
    text = "zeta-one then alpha-two then mid-three"
    words = search_keywords.keywords_for(text, [])
    assert words[:3] == ["zeta-one", "zeta one", "zetaone"] and words[3] == "alpha-two"


def _tiny_site(root: Path) -> postbuild.Site:
    site, docs = root / "site", root / "docs"
    (site / "search").mkdir(parents=True)
    (docs / "_data").mkdir(parents=True)
    (site / "index.html").write_text('<html><head>\n<meta name="description" content="Say "hi"">\n</head><body>'
                                     '<script>__md_scope=new URL("..",location)</script>'
                                     '<script src="assets/x.js"></script></body></html>', encoding="utf-8")
    (site / "search" / "search_index.json").write_text(
        '{"config":{},"docs":[{"location":"","title":"Home","text":"Ki-67 and 5-HIAA"}]}', encoding="utf-8")
    return postbuild.Site(site_dir=site, docs_dir=docs, site_url="https://example.org/guide/")


def test_the_pass_rewrites_pages_and_writes_host_files_and_running_it_twice_changes_nothing(tmp_path):
    site = _tiny_site(tmp_path)
    postbuild.run(site)
    page = (site.site_dir / "index.html").read_text(encoding="utf-8")
    assert '<script src="assets/x.js" defer></script>' in page
    assert 'content="Say &quot;hi&quot;"' in page
    assert "document.currentScript.dataset.mdScope" in page
    assert "Sitemap: https://example.org/guide/sitemap.xml" in (site.site_dir / "robots.txt").read_text()
    assert "Content-Security-Policy" in (site.site_dir / "_headers").read_text()
    assert '"keywords":"ki-67 ki 67 ki67 5-hiaa' in (site.site_dir / "search" / "search_index.json").read_text()
    before = {p: p.read_bytes() for p in site.site_dir.rglob("*") if p.is_file()}
    postbuild.run(site)
    assert {p: p.read_bytes() for p in site.site_dir.rglob("*") if p.is_file()} == before


def test_the_offline_edition_gets_no_host_files(tmp_path):
    site = _tiny_site(tmp_path)
    site.offline = True
    postbuild.run(site)
    assert not (site.site_dir / "robots.txt").exists() and not (site.site_dir / "_headers").exists()


def test_the_pass_runs_as_a_command_on_a_built_folder(tmp_path):
    from netguide.postbuild.__main__ import main

    site = _tiny_site(tmp_path)
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nsite_url: https://example.org/\nplugins:\n  - search\n", encoding="utf-8")
    assert main([str(site.site_dir), "--config", str(config)]) == 0
    assert "Sitemap: https://example.org/sitemap.xml" in (site.site_dir / "robots.txt").read_text()
