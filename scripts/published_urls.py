"""Keep every address the guide has ever published working, so a renamed page never breaks a bookmark.

docs/_data/published-urls.txt lists each published page address with the Markdown file it came from.
Lines are only ever added: when a page is renamed or removed, its old address stays on the list and
needs a redirect (mkdocs.yml, plugins -> redirects -> redirect_maps). `make check` reports a new page
that is not on the list yet, with the exact line to add (scripts/checks/published.py), so the list can be
edited in a browser; this command adds those lines for people who run the project on their own computer:

    .venv/bin/python -m scripts.published_urls    # add the addresses of new pages in the nav (never removes one)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import urljoin

from netguide.data import data_file
from netguide.pages import nav_pages, page_url

ROOT = Path(__file__).resolve().parent.parent
LIST = data_file(ROOT / "docs", "published-urls.txt")
HEADER = """\
# Every page address NET Guide has published (from the site's root), then the file it came from.
# Never delete a line: a reader's bookmark or a search engine may still point there. When a page moves,
# add a redirect in mkdocs.yml (plugins -> redirects -> redirect_maps). A new page gets a line such as
#   /treatment/new-page/   treatment/new-page.md
# at the end (make check prints the exact line; the spaces between the two do not matter).
"""
_REFRESH = re.compile(r'<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"', re.I)
_ENTRY = re.compile(r"^(?P<url>/\S*)\s+(?P<src>\S+\.md)$")


def list_line(src: str) -> str:
    """The line that puts a page on the list: its address from the site root, then its file."""
    return f"/{page_url(src)}   {src}"


def read_entries(path: Path = LIST) -> tuple[list[tuple[int, str, str]], list[tuple[int, str]]]:
    """(line number, address, source file) for each entry, and (line number, text) for each line that is
    neither an entry nor a comment. Addresses come back relative to the site root ("types/"; "" for "/")."""
    entries, unreadable = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if m := _ENTRY.match(text):
            entries.append((number, m["url"].removeprefix("/"), m["src"]))
        else:
            unreadable.append((number, text))
    return entries, unreadable


def read_list(path: Path = LIST) -> list[tuple[str, str]]:
    """(address, source file) for each line. Addresses are written from the site root ("/types/") and
    returned relative to it ("types/"), as MkDocs gives them; the home page is "/" on the list, "" here.
    Lines that are not entries are left out here; `make check` reports them with their line numbers."""
    return [(url, src) for _, url, src in read_entries(path)[0]]


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


def main() -> int:
    """Append a line for each nav page that is not on the list yet; every existing line stays as it is."""
    entries, unreadable = read_entries() if LIST.exists() else ([], [])
    for number, text in unreadable:
        print(f"{LIST.relative_to(ROOT)}:{number}: this line is not an address and a file (\"{text}\") — "
              f"write it like {list_line('treatment/prrt.md')}")
    if unreadable:
        return 1
    known = {url for _, url, _ in entries}
    added = [src for src in nav_pages() if page_url(src) not in known]
    text = LIST.read_text(encoding="utf-8") if LIST.exists() else HEADER
    if added:
        LIST.write_text(text.rstrip("\n") + "\n" + "".join(list_line(src) + "\n" for src in added), encoding="utf-8")
    print(f"{len(added)} new address(es) added to {LIST.relative_to(ROOT)}" + "".join(f"\n  /{page_url(s)}" for s in added))
    return 0


if __name__ == "__main__":
    sys.exit(main())
