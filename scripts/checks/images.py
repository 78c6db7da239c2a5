"""Pictures: each has alt text, is stored in the repository in a web format, and is small.

Why: a reader who uses a screen reader hears only the alt text, so a picture without it says nothing.
Large files make pages slow on a phone, formats such as TIFF or HEIC do not show in every browser, and a
picture from another site would load something from another host, which the guide promises not to do.
"""
from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote

from netguide.vocabulary import IMAGE_MAX_BYTES, WEB_IMAGE_SUFFIXES

from .context import Site
from .markdown_text import links
from .problem import Problem

MAX_BYTES = IMAGE_MAX_BYTES
WEB_FORMATS = WEB_IMAGE_SUFFIXES
IMAGE_FORMATS = WEB_FORMATS | {".tif", ".tiff", ".bmp", ".heic", ".heif", ".psd", ".raw", ".eps", ".ai", ".ico", ".jfif", ".jp2"}
VAGUE_ALT = {"image", "picture", "photo", "figure", "diagram", "img", "graphic"}
SVG_CODE = re.compile(r"<script\b|\bon[a-z]+\s*=|javascript:", re.I)


def check(site: Site) -> list[Problem]:
    problems: list[Problem] = []
    for page in site.pages + site.shared:
        for link in links(page):
            if link.image:
                problems += [Problem(page.shown, link.line, m, f, level) for m, f, level in _reference(site, page.src, link)]
    for path in sorted(site.docs_dir.rglob("*")):
        if path.is_file() and path.suffix.lower() in IMAGE_FORMATS:
            problems += [Problem(site.shown(path), 0, m, f) for m, f in _file(path)]
    return problems


def _reference(site: Site, src: str, link) -> list[tuple[str, str, str]]:
    target, alt = link.target, " ".join(link.text.split())
    problems = []
    if link.kind != "html" and not alt:
        problems.append(("picture has no alt text", "describe what it shows between the brackets: ![A CT scan of the liver](file.png)", "error"))
    elif alt.lower() in VAGUE_ALT or Path(alt).suffix.lower() in IMAGE_FORMATS:
        problems.append((f'alt text "{alt}" does not say what the picture shows', "describe the picture in a few words", "warning"))
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//", target):
        if not target.lower().startswith("data:"):  # the HTML check reports data: addresses
            problems.append(("picture is loaded from another site", "save the picture under docs/assets/ and link to the file", "error"))
        return problems
    path = unquote(target.split("#")[0].split("?")[0])
    base = "" if path.startswith("/") else posixpath.dirname(src)
    if not (site.docs_dir / posixpath.normpath(posixpath.join(base, path.lstrip("/")))).is_file():
        problems.append((f"picture file {target} does not exist", "check the file name and the ../ part (paths are relative to this page)", "error"))
    suffix = Path(path).suffix.lower()
    if suffix not in WEB_FORMATS:
        problems.append((f"picture format {suffix or '(none)'} does not show in every browser",
                         "save it as SVG, PNG, JPEG, WebP, AVIF or GIF", "error"))
    return problems


def _file(path: Path) -> list[tuple[str, str]]:
    problems = []
    suffix = path.suffix.lower()
    if suffix not in WEB_FORMATS:
        problems.append((f"picture format {suffix} does not show in every browser", "save it as SVG, PNG, JPEG, WebP, AVIF or GIF"))
    size = path.stat().st_size
    if size > MAX_BYTES:
        problems.append((f"picture is {size // 1024} KB, more than {MAX_BYTES // 1024} KB",
                         "make it smaller: fewer pixels (1600 wide is plenty), or save as WebP or a compressed JPEG"))
    if suffix == ".svg" and SVG_CODE.search(path.read_text(encoding="utf-8", errors="replace")):
        problems.append(("SVG picture contains code (script or event handler)", "export it again without scripts"))
    return problems
