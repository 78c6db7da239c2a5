"""Repair markup that stock Material writes on every page and the Nu HTML Checker rejects.

Material's base.html puts `autocomplete="off"` on the drawer and search checkboxes; the
attribute is not allowed on checkboxes. base.html has no block around them, so a
post-processing hook is smaller than copying the whole template.
"""
import re

_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*type="checkbox"[^>]*?)\s+autocomplete="off"')


def remove_checkbox_autocomplete(html: str) -> str:
    return _CHECKBOX_AUTOCOMPLETE.sub(r"\1", html)


def on_post_page(output: str, **kwargs) -> str:
    return remove_checkbox_autocomplete(output)
