"""Repair markup that stock Material writes and the Nu HTML Checker rejects.

Material's templates have no blocks around these bits, so a post-processing hook is smaller
than copying whole templates. Each repair is one small function:

- `autocomplete="off"` on the drawer and search checkboxes (base.html): not allowed on checkboxes.
- `tabindex=""` on navigation section labels (nav-item.html leaves the value empty for sections):
  the empty string is not a number.
- `<label for="__toc">` in the table of contents of a section's index page: with
  `navigation.indexes` that page has no `__toc` checkbox, so the label points at nothing.
- `<meta name="description" content="...">`: Material writes front matter `description` without
  escaping it, so a description with a double quote breaks the tag.

And one that axe-core rejects (WCAG 1.3.1, 4.1.2, rule `label`): a task list item's checkbox
(pymdownx.tasklist) has no name. It is a disabled tick box for a printed list, not a control; the
item's text says everything, so the box is hidden from screen readers instead of read out twice.
(`aria-hidden` goes on the input: the HTML standard forbids it on a label that holds one.)

The 404 page is a static template, not a page, so it is repaired in `on_post_template`.
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


def escape_meta_description(html: str, description) -> str:
    """Escape the page's own description where Material wrote it raw."""
    if not isinstance(description, str):
        return html
    escaped = html_lib.escape(description, quote=True)
    if escaped == description:
        return html
    return html.replace(f'<meta name="description" content="{description}">',
                        f'<meta name="description" content="{escaped}">', 1)


def hide_task_list_boxes(html: str) -> str:
    return html.replace(_TASK_LIST_BOX, _TASK_LIST_BOX.replace("<input ", '<input aria-hidden="true" ', 1))


def valid_html(html: str) -> str:
    return hide_task_list_boxes(unlink_orphan_toc_label(remove_empty_tabindex(remove_checkbox_autocomplete(html))))


# ----------------------------------------------------------------- hooks


def on_post_page(output: str, page, **kwargs) -> str:
    return escape_meta_description(valid_html(output), (page.meta or {}).get("description"))


def on_post_template(output_content: str, template_name: str, **kwargs) -> str:
    """Static templates (404.html) get the same repairs; sitemap.xml is not HTML."""
    return valid_html(output_content) if template_name.endswith(".html") else output_content
