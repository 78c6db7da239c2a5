"""Leave out of the built site the theme files that no reader's browser ever asks for.

Material copies its whole assets folder into every build: 1.3 MB of source maps (for people
debugging Material itself) and 0.9 MB of search-language files for some thirty languages. No page
requests them, but they make every deployment, the offline edition's zip and every download of
the site larger. This step deletes, after the build:

- the source maps (`*.map`) and the `sourceMappingURL` line that points at them, so developer
  tools and Lighthouse do not ask for a file that is no longer there;
- the search-language files the configured search languages do not load. The rule mirrors
  Material's search worker (assets/javascripts/workers/search.*.js): English needs none; each
  other language needs lunr.LANG.min.js and the stemmer support file; Japanese also tinyseg.js,
  Hindi and Thai wordcut.js; two or more languages lunr.multi.min.js.
"""
from __future__ import annotations

import re
from pathlib import Path

_SOURCE_MAP_LINE = re.compile(r"\n?//# sourceMappingURL=\S+\.map\s*$")


def lunr_files_needed(languages: list[str]) -> set[str]:
    """Paths under assets/javascripts/lunr/ that Material's search worker imports for these languages."""
    needed: set[str] = set()
    for lang in languages:
        if lang == "ja":
            needed.add("tinyseg.js")
        if lang in ("hi", "th"):
            needed.add("wordcut.js")
        if lang != "en":
            needed.add(f"min/lunr.{lang}.min.js")
    if len(languages) > 1:
        needed.add("min/lunr.multi.min.js")
    if needed:
        needed.add("min/lunr.stemmer.support.min.js")
    return needed


def remove_source_maps(assets: Path) -> None:
    for map_file in assets.rglob("*.map"):
        map_file.unlink()
    for script in assets.rglob("*.js"):
        text = script.read_text(encoding="utf-8")
        stripped = _SOURCE_MAP_LINE.sub("\n", text)
        if stripped != text:
            script.write_text(stripped, encoding="utf-8")


def remove_unused_lunr_files(lunr: Path, languages: list[str]) -> None:
    if not lunr.is_dir():
        return
    needed = lunr_files_needed(languages)
    for path in sorted(lunr.rglob("*"), reverse=True):  # files before the folders that hold them
        relative = path.relative_to(lunr).as_posix()
        if path.is_file() and relative not in needed:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    if not any(lunr.iterdir()):
        lunr.rmdir()


def run(site_dir: Path, languages: list[str]) -> None:
    assets = Path(site_dir) / "assets"
    if not assets.is_dir():
        return
    remove_source_maps(assets)
    remove_unused_lunr_files(assets / "javascripts" / "lunr", list(languages))
