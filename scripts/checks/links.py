"""Links between pages: every link leads to a page in the menu, and every #anchor to a place on that page.

Why: a broken link or anchor fails the strict build, or, worse, drops the reader at the top of the wrong
page. A page left out of the menu (the nav in mkdocs.yml) cannot be found by browsing, and a link to it
leads readers somewhere the menu does not show.
"""
from __future__ import annotations

import difflib
import posixpath
import re
from functools import lru_cache
from urllib.parse import unquote

import markdown
import yaml

from netguide.markdown.glossary import anchor_ids, load_glossary
from netguide.markdown.questions import CHECKLIST, QuestionsError, load_topics

from .context import Page, Site
from .markdown_text import REFERENCE_DEF, REFERENCE_USE, Link, line_at, links, masked
from .problem import Problem

# Extensions that decide which ids a page has; others in mkdocs.yml do not change ids and are left out.
ID_EXTENSIONS = {
    "toc", "attr_list", "admonition", "abbr", "def_list", "footnotes", "md_in_html", "tables",
    "pymdownx.details", "pymdownx.superfences", "pymdownx.tabbed",
}
GLOSSARY = "glossary.yml"
QUESTIONS = "questions.yml"
SNIPPET = re.compile(r"^[ \t]*-{2,}8<-{2,}[ \t]+[\"']([^\"'\n]+)[\"'][ \t]*$", re.M)


def check(site: Site) -> list[Problem]:
    nav = set(site.nav)
    problems = _nav_entries(site)
    for page in site.pages:
        if page.src not in nav:
            problems.append(Problem(page.shown, 1, "this page is not in the menu", _nav_fix(site, page)))
        for link in links(page):
            problems += [Problem(page.shown, link.line, message, fix) for message, fix in _link(site, page, link, nav)]
        problems += _undefined_references(page)
        problems += _snippets(site, page)
    for shared in site.shared:  # shared files link from docs/, like /types/gep-nets.md#stomach
        for link in links(shared):
            problems += [Problem(shared.shown, link.line, message, fix) for message, fix in _link(site, shared, link, nav)]
    return problems


def _nav_entries(site: Site) -> list[Problem]:
    text = site.config_path.read_text(encoding="utf-8")
    problems = []
    for src in site.nav:
        if not (site.docs_dir / src).is_file():
            m = re.search(rf"^.*{re.escape(src)}\s*$", text, re.M)
            line = line_at(text, m.start()) if m else 0
            problems.append(Problem(site.shown(site.config_path), line, f"the menu lists {src}, but there is no such file",
                                    f"fix the file name, or create {site.shown(site.docs_dir / src)}"))
    return problems


NAV_ENTRY = re.compile(r"^\s*-\s*(?:[^:]*:\s*)?([\w./-]+\.md)\s*$")


def _nav_fix(site: Site, page) -> str:
    """The line to add to nav:, placed after the last page of the same folder (or after `nav:` itself)."""
    lines = site.config_path.read_text(encoding="utf-8").splitlines()
    after = next((n for n, line in enumerate(lines, 1) if line.startswith("nav:")), len(lines))
    folder = posixpath.dirname(page.src)
    for n, line in enumerate(lines, 1):
        if (m := NAV_ENTRY.match(line)) and posixpath.dirname(m.group(1)) == folder:
            after = n
    title = page.meta.get("title") if isinstance(page.meta.get("title"), str) else "Page title"
    return (f'add the line `- {title}: {page.src}` to {site.shown(site.config_path)} after line {after}, indented like the '
            "lines around it; or delete the file if it is not needed")


def _link(site: Site, page: Page, link: Link, nav: set[str]) -> list[tuple[str, str]]:
    target = link.target
    if not target or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", target) or target.startswith("//") or link.image:
        return []  # web addresses and images have checks of their own
    path, _, anchor = target.partition("#")
    path = unquote(path.split("?")[0])
    if not path:
        return _anchor(site, page, page.src, anchor)
    base = "" if path.startswith("/") else posixpath.dirname(page.src)
    src = posixpath.normpath(posixpath.join(base, path.lstrip("/")))
    if src.startswith("../") or src == "..":
        return [(f"link {target} points outside the docs folder", "link to a page inside docs/, written like ../treatment/prrt.md")]
    full = site.docs_dir / src
    if full.is_dir() or path.endswith("/") or path.endswith(".html"):
        return [(f"link {target} does not name a page file",
                 "link to the page's .md file, e.g. treatment/index.md or ../treatment/prrt.md")]
    if not full.exists():
        return [(f"link {target} leads to a page that does not exist", _suggest(site, page, src) or "check the file name and the ../ part")]
    if src.endswith(".md") and src not in nav:
        return [(f"link {target} leads to a page that is not in the menu", "link to a page listed in nav: in mkdocs.yml, or add this page there")]
    return _anchor(site, page, src, anchor) if anchor and src.endswith(".md") else []


def _suggest(site: Site, page: Page, src: str) -> str:
    guess = difflib.get_close_matches(src, site.nav, n=1, cutoff=0.6)
    return f"did you mean {posixpath.relpath(guess[0], posixpath.dirname(page.src) or '.')}?" if guess else ""


def _anchor(site: Site, page: Page, src: str, anchor: str) -> list[tuple[str, str]]:
    if not anchor:
        return []
    target_page = site.page(src)
    ids = anchors(site, target_page) if target_page else set()
    if anchor in ids:
        return []
    guess = difflib.get_close_matches(anchor, sorted(ids), n=1)
    where = "this page" if target_page is page else src
    hint = f"did you mean #{guess[0]}?" if guess else "its ids are: " + ", ".join(sorted(ids)[:8]) + (", …" if len(ids) > 8 else ".")
    return [(f"there is no #{anchor} on {where}", f"{hint} Fix the link, or give the heading that id: ## Heading {{#{anchor}}}")]


def anchors(site: Site, page: Page) -> set[str]:
    """Every id the built page will have: headings (given or made from their text), attr_list ids, HTML ids."""
    ids = set(_rendered_ids(page.text, page.body_start, _extensions(site)))
    if page.meta and page.meta.get("sources"):
        ids.add("sources")  # added at build by overrides/hooks/sources.py
    if page.src == "glossary.md":
        ids |= glossary_ids(site)
    if CHECKLIST in page.text:
        ids |= question_ids(site)
    return ids


def question_ids(site: Site) -> set[str]:
    """Heading ids the questions page gets from docs/_data/questions.yml (one per topic)."""
    try:
        return {topic.id for topic in load_topics(site.data_file(QUESTIONS))}
    except (OSError, QuestionsError):  # a missing or broken file is reported by the questions check
        return set()


def glossary_ids(site: Site) -> set[str]:
    """Ids the glossary page gets from docs/_data/glossary.yml, asked of the extension that makes them."""
    path = site.data_file(GLOSSARY)
    try:
        return anchor_ids(load_glossary(path)) if path.exists() else set()
    except Exception:  # an unreadable glossary is reported by the glossary check, with its line
        return set()


def _extensions(site: Site) -> tuple:
    names, configs = [], {}
    for item in site.config.get("markdown_extensions") or []:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        if name in ID_EXTENSIONS:
            names.append(name)
            configs[name] = {k: v for k, v in (options or {}).items() if v is not None}
    return tuple(names), yaml.safe_dump(configs)


@lru_cache(maxsize=256)
def _rendered_ids(text: str, body_start: int, extensions: tuple) -> frozenset[str]:
    names, configs = extensions
    body = "\n".join(text.split("\n")[body_start - 1:])
    html = markdown.Markdown(extensions=list(names), extension_configs=yaml.safe_load(configs)).convert(body)
    return frozenset(re.findall(r'\sid="([^"]+)"', html))


def _snippets(site: Site, page: Page) -> list[Problem]:
    """`--8<-- "figures/x.md"` puts a shared file into the page; a wrong name fails the build."""
    options = next((item["pymdownx.snippets"] for item in site.config.get("markdown_extensions") or []
                    if isinstance(item, dict) and "pymdownx.snippets" in item), None) or {}
    bases = options.get("base_path", ["."])
    bases = [bases] if isinstance(bases, str) else bases
    text = masked(page)
    problems = []
    for m in SNIPPET.finditer(text):
        if not any((site.root / base / m.group(1)).is_file() for base in bases):
            problems.append(Problem(page.shown, line_at(text, m.start()), f'the shared file "{m.group(1)}" does not exist',
                                    f"check its name; shared files live in {', '.join(bases)}"))
    return problems


def _undefined_references(page: Page) -> list[Problem]:
    """[text][label] with no `[label]: address` line shows its brackets on the page instead of a link."""
    text = masked(page)
    defined = {m.group("label").strip().lower() for m in REFERENCE_DEF.finditer(text)}
    problems = []
    for m in REFERENCE_USE.finditer(text):
        label = (m.group("label") or m.group("text")).strip().lower()
        if label not in defined:
            problems.append(Problem(page.shown, line_at(text, m.start()), f'link [{m.group("text")}][{m.group("label")}] has no address',
                                    f'add a line `[{label}]: address` at the end of the page, or write [text](address)'))
    return problems
