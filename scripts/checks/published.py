"""Published addresses and search queries: a new page is added to both lists, and no address is lost.

Why: every address the guide has published must keep working (docs/_data/published-urls.txt; a renamed
page needs a redirect), and a new page needs the words readers will type to find it (tests/search_queries.yml,
which the browser tests type into the real search box). Both lists are data files anyone can edit in the
browser, so a missing line is reported here, with the exact line to add, instead of as a failing test.

Search queries are asked of new pages only (pages not yet on the published list): older pages without
queries are the search work's backlog, not the mistake of whoever touches them.
"""
from __future__ import annotations

import yaml

from netguide.data import load_yaml
from netguide.pages import page_url
from scripts.published_urls import list_line, read_entries

from .context import Site
from .problem import Problem

PUBLISHED = "published-urls.txt"  # in docs/_data/
QUERIES = "tests/search_queries.yml"  # from the site's root folder


def check(site: Site) -> list[Problem]:
    path = site.data_file(PUBLISHED)
    if not path.exists():
        return []  # a site that has never been published (the test fixtures)
    shown = site.shown(path)
    entries, unreadable = read_entries(path)
    problems = [Problem(shown, number, f'this line is not an address and a file ("{text}")',
                        f"write it like {list_line('treatment/prrt.md')}") for number, text in unreadable]
    first: dict[str, int] = {}
    for number, url, _ in entries:
        if url in first:
            problems.append(Problem(shown, number, f"/{url} is listed twice (first on line {first[url]})", "delete this line"))
        first.setdefault(url, number)

    nav = site.nav
    served = {page_url(src) for src in nav}
    redirects = _redirects(site.config)
    for number, url, src in entries:
        if url not in served and src not in redirects:
            problems.append(Problem(shown, number, f"/{url} no longer leads to a page: readers' bookmarks and links to it would break",
                                    f"keep this line, and add a redirect in mkdocs.yml under redirect_maps: '{src}': 'NEW/PLACE.md'"))

    queries, broken = _queried_pages(site)
    problems += broken
    for src in nav:
        if page_url(src) in first:
            continue
        page = site.page(src)
        if page is None:
            continue  # the menu names a file that does not exist: the links check says so
        where = page.shown
        problems.append(Problem(where, 1, "this new page is not on the list of published addresses",
                                f"add the line `{list_line(src)}` at the end of {shown}"))
        if queries is not None and src not in queries:
            problems.append(Problem(where, 1, f"this new page has no search queries in {QUERIES}",
                                    f"add at least one line such as `- {{query: words a reader would type, page: {src}}}` there"))
    return problems


def _redirects(config: dict) -> set[str]:
    """The old files that redirect_maps sends somewhere (mkdocs.yml, plugins -> redirects)."""
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("redirects"), dict):
            return set((plugin["redirects"].get("redirect_maps") or {}).keys())
    return set()


def _queried_pages(site: Site) -> tuple[set[str] | None, list[Problem]]:
    """Pages that have at least one search query (None when the site keeps no search queries), and the
    problem when the queries file cannot be read."""
    path = site.root / QUERIES
    if not path.exists():
        return None, []
    try:
        queries = load_yaml(path) or []
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return None, [Problem(QUERIES, mark.line + 1 if mark else 0, f"this file is not valid YAML ({getattr(exc, 'problem', None) or exc})",
                              "write each query on its own line, like - {query: flushing, page: symptoms/hormone-syndromes.md}")]
    return {str(q.get("page", "")).split("#")[0] for q in queries if isinstance(q, dict)}, []
