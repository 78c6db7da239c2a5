"""Keep every address the guide has ever published working, so a renamed page never breaks a bookmark.

tests/data/published-urls.txt lists each published page address with the Markdown file it came from.
Lines are only ever added: when a page is renamed or removed, its old address stays on the list and
needs a redirect (mkdocs.yml, plugins -> redirects -> redirect_maps), or tests/test_stable_urls.py fails.

    .venv/bin/python -m scripts.published_urls    # add the addresses of new pages in the nav (never removes one)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import urljoin

from netguide.pages import nav_pages, page_url

ROOT = Path(__file__).resolve().parent.parent
LIST = ROOT / "tests" / "data" / "published-urls.txt"
HEADER = """\
# Every page address NET Guide has published (from the site's root), then the file it came from.
# Never delete a line: a reader's bookmark or a search engine may still point there. When a page moves,
# add a redirect in mkdocs.yml (plugins -> redirects -> redirect_maps). New pages: .venv/bin/python -m scripts.published_urls
"""
_REFRESH = re.compile(r'<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"', re.I)


def read_list(path: Path = LIST) -> list[tuple[str, str]]:
    """(address, source file) for each line. Addresses are written from the site root ("/types/") and
    returned relative to it ("types/"), as MkDocs gives them; the home page is "/" on the list, "" here."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            url, src = line.split()
            entries.append((url.removeprefix("/"), src))
    return entries


def write_list(entries: list[tuple[str, str]], path: Path = LIST) -> None:
    width = max(len(u) for u, _ in entries) + 1
    path.write_text(HEADER + "".join(f"{'/' + u:<{width}}  {src}\n" for u, src in entries), encoding="utf-8")


def with_new_pages(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The list plus the nav pages it lacks, in nav order at the end; nothing is removed."""
    known = {u for u, _ in entries}
    return entries + [(page_url(src), src) for src in nav_pages() if page_url(src) not in known]


def resolve(site_dir: Path, url: str, hops: int = 5) -> str | None:
    """The address a reader ends up on in a built site (following redirect pages), or None if none."""
    for _ in range(hops):
        path = Path(site_dir) / url / "index.html" if url == "" or url.endswith("/") else Path(site_dir) / url
        if not path.is_file():
            return None
        refresh = _REFRESH.search(path.read_text(encoding="utf-8", errors="replace")[:2000])
        if not refresh:
            return url
        url = urljoin("http://site/" + url, refresh[1]).removeprefix("http://site/").split("#")[0]
    return None


def broken_addresses(site_dir: Path, entries: list[tuple[str, str]]) -> list[str]:
    """One message per published address that no longer leads to a page, saying how to fix it."""
    problems = []
    for url, src in entries:
        if resolve(site_dir, url) is None:
            problems.append(
                f"/{url} (from docs/{src}) no longer leads to a page, so old links and bookmarks get \"Page not found\".\n"
                f"    If the page moved, add a redirect in mkdocs.yml under plugins -> redirects -> redirect_maps\n"
                f"    (in place of the empty {{}} if it is the first one):\n"
                f"        '{src}': 'NEW/PLACE.md'\n"
                f"    If it was removed, redirect it to the page that replaces it, for example its section's index.md."
            )
    return problems


def main() -> None:
    entries = read_list() if LIST.exists() else []
    updated = with_new_pages(entries)
    write_list(updated)
    added = updated[len(entries):]
    print(f"{len(added)} new address(es) added to {LIST.relative_to(ROOT)}" + "".join(f"\n  /{u}" for u, _ in added))


if __name__ == "__main__":
    main()
