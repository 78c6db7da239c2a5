"""The build hooks that keep pages valid and light: markup repairs and unused theme files left out."""
from __future__ import annotations

from pathlib import Path

from helpers import load_hook

ROOT = Path(__file__).resolve().parent.parent


html_fixes = load_hook("html_fixes")
unused = load_hook("unused_theme_files")


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
    assert html_fixes.escape_meta_description(html, description) == (
        '<meta name="description" content="What the word &quot;carcinoid&quot; means &amp; why">'
    )


def test_task_list_tick_boxes_are_hidden_from_screen_readers():
    html = '<label class="task-list-control"><input type="checkbox" disabled/><span class="task-list-indicator"></span></label> Q?'
    assert html_fixes.hide_task_list_boxes(html).startswith(
        '<label class="task-list-control"><input aria-hidden="true" type="checkbox" disabled/>')


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
