"""Repair markup that stock Material writes and the Nu HTML Checker rejects.

Material's templates have no blocks around these bits, so a post-processing hook is smaller
than copying whole templates. Each repair is one small function:

- `autocomplete="off"` on the drawer and search checkboxes (base.html): not allowed on checkboxes.
- `tabindex=""` on navigation section labels (nav-item.html leaves the value empty for sections):
  the empty string is not a number.
- `<label for="__toc">` in the table of contents of a section's index page: with
  `navigation.indexes` that page has no `__toc` checkbox, so the label points at nothing.
- `<meta name="description" content="...">`: Material writes front matter `description` without
  escaping it, so a description with a double quote breaks the tag. The tag is on a line of its own, so
  its whole content is known and is escaped again (escaping what is already escaped changes nothing).

- the "View source of this page" link (`content.action.view`, actions.html): Material makes it from the
  edit link by replacing every "edit" in the address with "raw", so docs/about/editorial-policy.md became
  .../raw/main/docs/about/raworial-policy.md (found by `make engines`: Zensical gets it right). Only the
  path segment is replaced now.

And one that axe-core rejects (WCAG 1.3.1, 4.1.2, rule `label`): a task list item's checkbox
(pymdownx.tasklist) has no name. It is a disabled tick box for a printed list, not a control; the
item's text says everything, so the box is hidden from screen readers instead of read out twice.
(`aria-hidden` goes on the input: the HTML standard forbids it on a label that holds one.)

And what axe's full rule set and HTML_CodeSniffer (pa11y, WCAG2AA) flag on every page
(tests/browser/test_accessibility.py runs both):

- `landmark-unique` (axe): each section's nested `<nav>` is named by `aria-labelledby` pointing at the
  section's expand label, which with `navigation.indexes` holds only an icon; so every section's
  navigation is an unnamed navigation landmark. It is named with the section title that the nested
  nav shows as its own heading (`md-nav__title`) instead. The breadcrumb trail above the page title
  (`navigation.path`) carries the same name as the main navigation ("Navigation"); it is called
  "Breadcrumb", as the WAI-ARIA breadcrumb pattern names it.
- F68/H91 (HTML_CodeSniffer): a page with no headings below its title (a stub) still gets the table of
  contents' `__toc` checkbox in the navigation, but no label for it. Nothing can tick it, so it is removed.
- H32.2 (HTML_CodeSniffer): the palette switch is a `<form>` with no submit button. Nothing is ever
  submitted (Material's script reads the radio buttons inside it), so it becomes a `<div>`.
- H32.2 on the search form: Material needs a real form there (its script finds it by name and resets
  it), and it runs the search as the reader types; Enter opens the best result. The form gets a
  disabled, hidden submit button: the form's default button, so pressing Enter before Material's script
  has taken over the box does nothing, instead of reloading the page with `?query=`. Readers and
  screen readers never meet it; the checker sees the form's submit mechanism.

The post-build pass (netguide/postbuild) applies `valid_html` to every HTML file, the 404 page included.
"""
import html as html_lib
import re

_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*type="checkbox"[^>]*?)\s+autocomplete="off"')
_EMPTY_TABINDEX = re.compile(r'(<label class="md-nav__link[^>]*?)\s+tabindex=""')
_TOC_TITLE_LABEL = '<label class="md-nav__title" for="__toc">'
_TASK_LIST_BOX = '<label class="task-list-control"><input type="checkbox" disabled'


def remove_checkbox_autocomplete(html: str) -> str:
    return _CHECKBOX_AUTOCOMPLETE.sub(r"\1", html)


def remove_empty_tabindex(html: str) -> str:
    return _EMPTY_TABINDEX.sub(r"\1", html)


def unlink_orphan_toc_label(html: str) -> str:
    """Keep the table of contents' title, but drop its `for` when no `__toc` checkbox exists."""
    if 'id="__toc"' in html:
        return html
    return html.replace(_TOC_TITLE_LABEL, '<label class="md-nav__title">')


_META_DESCRIPTION = re.compile(r'^(\s*<meta name="description" content=")(.*)(">)$', re.M)


def escape_meta_description(html: str) -> str:
    """Escape the description Material wrote raw; text that is already escaped stays as it is."""
    return _META_DESCRIPTION.sub(lambda m: m[1] + html_lib.escape(html_lib.unescape(m[2]), quote=True) + m[3], html)


def hide_task_list_boxes(html: str) -> str:
    return html.replace(_TASK_LIST_BOX, _TASK_LIST_BOX.replace("<input ", '<input aria-hidden="true" ', 1))


_TOC_TOGGLE = '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">'


def remove_unlabelled_toc_toggle(html: str) -> str:
    if 'for="__toc"' in html:
        return html
    return html.replace(_TOC_TOGGLE, "")


_NESTED_NAV = re.compile(
    r'(<nav class="md-nav" data-md-level="\d+") aria-labelledby="[^"]*"([^>]*>\s*<label class="md-nav__title"[^>]*>)'
    r'(.*?)(</label>)', re.S)
_TAG = re.compile(r"<[^>]+>")


def name_nested_navs(html: str) -> str:
    """Name each section's nested navigation with the title it shows, not with an icon-only label."""
    def named(m: re.Match) -> str:
        title = " ".join(html_lib.unescape(_TAG.sub("", m[3])).split())
        if not title:
            return m[0]
        return f'{m[1]} aria-label="{html_lib.escape(title, quote=True)}"{m[2]}{m[3]}{m[4]}'
    return _NESTED_NAV.sub(named, html)


_BREADCRUMB_NAV = re.compile(r'<nav class="md-path" aria-label="[^"]*"')


def name_breadcrumb_nav(html: str) -> str:
    return _BREADCRUMB_NAV.sub('<nav class="md-path" aria-label="Breadcrumb"', html)


_PALETTE_FORM = re.compile(r'<form (class="md-header__option" data-md-component="palette")>(.*?)</form>', re.S)


def palette_without_form(html: str) -> str:
    return _PALETTE_FORM.sub(r"<div \1>\2</div>", html)


_SEARCH_FORM = '<form class="md-search__form" name="search">'
_SEARCH_SUBMIT = '<button type="submit" class="ng-search-submit" disabled hidden>Search</button>'


def search_form_default_button(html: str) -> str:
    if _SEARCH_SUBMIT in html:
        return html
    return html.replace(_SEARCH_FORM, _SEARCH_FORM + _SEARCH_SUBMIT, 1)


_EDIT_LINK = re.compile(r'<a href="([^"]+)"[^>]*class="md-content__button md-icon" rel="edit">')


def repair_view_source_link(html: str) -> str:
    """Point the view-source link at the page's own file: replace the `/edit/` (or `/blob/`) segment only."""
    edit = _EDIT_LINK.search(html)
    if not edit:
        return html
    url = html_lib.unescape(edit[1])
    part = "blob" if "/blob/" in url else "edit"
    wrong, right = url.replace(part, "raw"), url.replace(f"/{part}/", "/raw/", 1)
    if wrong == right:
        return html
    return html.replace(f'<a href="{html_lib.escape(wrong)}"', f'<a href="{html_lib.escape(right)}"', 1)


def valid_html(html: str) -> str:
    for repair in (remove_checkbox_autocomplete, remove_empty_tabindex, unlink_orphan_toc_label,
                   hide_task_list_boxes, escape_meta_description, remove_unlabelled_toc_toggle,
                   name_nested_navs, name_breadcrumb_nav, palette_without_form, search_form_default_button,
                   repair_view_source_link):
        html = repair(html)
    return html
