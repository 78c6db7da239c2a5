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

And one that axe-core rejects (WCAG 1.3.1, 4.1.2, rule `label`): a task list item's checkbox
(pymdownx.tasklist) has no name. It is a disabled tick box for a printed list, not a control; the
item's text says everything, so the box is hidden from screen readers instead of read out twice.
(`aria-hidden` goes on the input: the HTML standard forbids it on a label that holds one.)

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


def valid_html(html: str) -> str:
    for repair in (remove_checkbox_autocomplete, remove_empty_tabindex, unlink_orphan_toc_label,
                   hide_task_list_boxes, escape_meta_description):
        html = repair(html)
    return html
