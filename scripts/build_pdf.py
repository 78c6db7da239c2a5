"""Build the whole guide as one PDF, to read offline or print: `make pdf` writes dist/net-guide.pdf.

Why from the built site: the PDF then holds exactly what readers see online, from the same Markdown
through the same extensions and hooks (sources, glossary, review dates), and nothing is written twice.
The steps: build the site strictly (or take a built one with --site), take each nav page's <article>
in nav order (mkdocs.yml, read by netguide/pages.py), strip what only a screen needs, open the
collapsed boxes, point links between pages at the same place inside the PDF, add a cover and a table
of contents with page numbers, and let WeasyPrint lay it out with scripts/build_pdf.css. WeasyPrint
may read local files only: the PDF never depends on the network.

    python -m scripts.build_pdf [--site SITE_DIR] [--out dist/net-guide.pdf] [--html FILE]
"""
from __future__ import annotations

import argparse
import html
import logging
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

ROOT = Path(__file__).resolve().parent.parent
from netguide.building import BuildError
from netguide.building import build as build_guide
from netguide.pages import load_config, page_url

OUT = ROOT / "dist" / "net-guide.pdf"
STYLESHEET = Path(__file__).with_suffix(".css")
# The site's own drawing rules for figures (wide or narrow drawing, the body map's stacked layers), used
# as they are, under build_pdf.css; the colors inside inline SVG come through svg_rules.
FIGURES_CSS = "assets/stylesheets/figures.css"
LOGO = ROOT / "overrides" / "assets" / "images" / "logo.svg"
SUBTITLE = "Neuroendocrine tumors explained, for patients, families and clinicians"
SITE = "https://site.invalid/"  # a stand-in address for resolving the site's relative links

# What only a screen needs: edit buttons, permalinks, the glossary's hover definitions,
# the "report a problem" link (a long form address nobody types from paper), the link to this PDF.
STRIP = {"md-content__button", "headerlink", "ng-def", "ng-report", "ng-pdf-download", "ng-toc", "ng-edit"}
NOTE_LINES = 14  # ruled lines under each group of questions on a worksheet page
NOTE_LINES_ALONE = 24  # under a group with no printed questions ("My own questions")
# Inline elements whose leading space build_pdf moves inside them (see keep_spaces_breakable).
INLINE = {"a", "abbr", "b", "cite", "code", "em", "i", "kbd", "mark", "q", "s", "small", "span", "strong", "sub",
          "sup", "time", "u"}
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
SVG_FONT = 'text{font-family:"Liberation Sans","DejaVu Sans",sans-serif}'
_NAMESPACES = {
    "http://www.w3.org/1999/xlink": "xlink:",
    "http://www.w3.org/XML/1998/namespace": "xml:",
    "http://www.w3.org/2000/xmlns/": "xmlns:",
}


class PdfError(Exception):
    """A problem a contributor must fix; the message says where and how."""


# ----------------------------------------------------------------- the guide's pages


@dataclass
class Page:
    src: str  # docs-relative Markdown path, e.g. treatment/prrt.md
    nav_title: str | None  # the title mkdocs.yml gives it, if any
    section: str  # its top-level nav entry (running header); a top-level page is its own section
    depth: int  # 0: a top-level page or a section's first page; 1: a page inside a section
    url: str = ""  # site-relative URL, e.g. treatment/prrt/
    key: str = ""  # its anchor in the PDF
    title: str = ""  # its h1
    reviewed: str = ""  # ISO date the page's facts were last checked
    reviewed_text: str = ""  # the same, as the page shows it
    address: str = ""  # its canonical address online
    article: etree.Element | None = field(default=None, repr=False)


def nav_pages(nav: list, section: str | None = None, depth: int = 0) -> list[Page]:
    """Every nav page in order, with its top-level section and depth; a section's first page stands for it."""
    pages: list[Page] = []
    for item in nav:
        title, value = (None, item) if isinstance(item, str) else next(iter(item.items()))
        if isinstance(value, list):
            children = nav_pages(value, section or title, depth + 1)
            if children:
                children[0].depth = depth
            pages += children
        else:
            pages.append(Page(value, title, section or "", depth))
    return pages


def anchor_key(url: str) -> str:
    """The PDF anchor of a page: 'treatment/prrt/' -> 'page-treatment-prrt'; the home page -> 'page-home'."""
    return "page-" + (url.strip("/").replace("/", "-") or "home")


# ----------------------------------------------------------------- reading the built HTML


def parse(text: str) -> etree.Element:
    import tinyhtml5  # WeasyPrint's own HTML parser, installed with it

    return tinyhtml5.parse(text, namespace_html_elements=False)


def classes(element: etree.Element) -> set[str]:
    return set((element.get("class") or "").split())


def add_class(element: etree.Element, name: str) -> None:
    element.set("class", " ".join([*(element.get("class") or "").split(), name]))


def text_of(element: etree.Element) -> str:
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def read_page(site: Path, page: Page) -> None:
    """Fill in the page's article, title and review date from its built HTML."""
    page.url = page_url(page.src)
    page.key = anchor_key(page.url)
    path = site / page.url / "index.html"
    if not path.is_file():
        raise PdfError(f"{path}: the built site has no page for docs/{page.src} — build the site first")
    root = parse(path.read_text(encoding="utf-8"))
    canonical = next((e for e in root.iter("link") if e.get("rel") == "canonical"), None)
    page.address = canonical.get("href") if canonical is not None else ""
    article = next((e for e in root.iter("article") if "md-content__inner" in classes(e)), None)
    if article is None:
        raise PdfError(f'{path}: no <article class="md-content__inner"> — did overrides/ change the page layout?')
    h1 = next(article.iter("h1"), None)
    page.title = text_of(h1).rstrip("¶").strip() if h1 is not None else (page.nav_title or page.src)
    page.section = page.section or page.title
    when = next((t for t in article.iter("time") if t.get("datetime")), None)
    if when is not None:
        page.reviewed, page.reviewed_text = when.get("datetime"), text_of(when)
    page.article = article


# ----------------------------------------------------------------- turning an article into a chapter


def remove(element: etree.Element, parent: etree.Element) -> None:
    """Remove an element but keep the text that follows it."""
    index = list(parent).index(element)
    if element.tail:
        if index:
            parent[index - 1].tail = (parent[index - 1].tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def chapter(page: Page, pages_by_url: dict[str, Page], site_url: str, site: Path, svg_rules: list) -> etree.Element:
    """The page's article as a chapter of the PDF: screen-only parts out, boxes open, links pointing inside."""
    article = page.article
    unwanted = [
        (child, parent)
        for parent in article.iter()
        for child in parent
        if classes(child) & STRIP or child.tag in ("script", "noscript", "template")
    ]
    for child, parent in unwanted:
        if child in list(parent):
            remove(child, parent)
    in_sources = {id(a) for box in article.iter() if "ng-sources" in classes(box) for a in box.iter("a")}
    for element in list(article.iter()):
        if element.tag == "details":
            open_box(element)
        elif element.tag == "label" and "task-list-control" in classes(element):
            tick_box(element)
        for attr in ("id", "aria-labelledby", "aria-controls", "for"):
            if element.get(attr):  # ids are unique in a page; in one document they need the page's prefix
                element.set(attr, " ".join(f"{page.key}--{v}" for v in element.get(attr).split()))
        for attr in ("aria-describedby", "tabindex", "srcset", "loading"):
            element.attrib.pop(attr, None)
        if element.tag == "a" and any(e.tag == SVG + "svg" for e in element.iter()):
            unlink(element)  # the body map's places are stacked layers: in a PDF one would cover the others
        elif element.tag == "a" and element.get("href"):
            rewrite_link(element, "href", page, pages_by_url, site_url, mark=id(element) not in in_sources)
        elif element.tag == SVG + "a":  # a link in a figure: the same target, nothing written after it
            for attr in ("href", XLINK + "href"):
                if element.get(attr):
                    rewrite_link(element, attr, page, pages_by_url, site_url, mark=False)
        for attr in ("src", "data"):
            if element.get(attr) and element.tag in ("img", "object", "source", "embed"):
                element.set(attr, local_file(element.get(attr), page, site))
    worksheet(article)
    for svg in [e for e in article.iter(SVG + "svg")]:
        style_svg(svg, svg_rules)
    for dl in article.iter("dl"):  # the glossary's entries
        if any("ng-entry" in classes(dt) for dt in dl.iter("dt")):
            add_class(dl, "ng-glossary-list")
    keep_spaces_breakable(article)
    article.tag = "section"
    article.attrib.clear()
    article.set("class", f"ng-page ng-page--depth-{page.depth}")
    article.set("id", page.key)
    article.set("data-section", page.section)
    h1 = next(article.iter("h1"), None)
    if h1 is not None:  # the running footer reads the page's title and review date from here
        h1.set("data-title", page.title)
        h1.set("data-reviewed", page.reviewed_text or "not stated")
    return article


def style_svg(svg: etree.Element, rules: list[tuple[str, set[str], str]]) -> None:
    """Copy into an inline SVG the site's rules for the classes it uses (see svg_rules)."""
    used = {c for e in svg.iter() for c in classes(e)}
    css = "".join(f"{selector}{{{body}}}" for selector, needs, body in rules if needs & used)
    if css:
        style = etree.Element(SVG + "style")
        style.text = SVG_FONT + css
        svg.insert(0, style)


def svg_rules(site: Path, config: dict) -> list[tuple[str, set[str], str]]:
    """The site's CSS rules that style elements by class, with var() resolved as the site prints them.

    Why: WeasyPrint draws an inline <svg> with the styles inside it only, and without custom properties,
    while the site colors its inline figures (the body map) from its stylesheets, with classes and
    variables (the CSP forbids style attributes). Variables take their :root values, overridden by
    any set in @media print. Returns (selector, its classes, declarations) for each rule.
    """
    import tinycss2

    variables: dict[str, str] = {}
    printed: dict[str, str] = {}
    found: list[tuple[str, set[str], list[tuple[str, str]]]] = []

    def collect(rule, printing: bool) -> None:
        if rule.type == "at-rule" and rule.lower_at_keyword == "media" and rule.content is not None:
            if "print" in tinycss2.serialize(rule.prelude).lower():
                for inner in tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True):
                    collect(inner, True)
            return
        if rule.type != "qualified-rule":
            return
        selectors = [s.strip() for s in tinycss2.serialize(rule.prelude).split(",")]
        declarations = [
            (d.lower_name if not d.name.startswith("--") else d.name, tinycss2.serialize(d.value).strip())
            for d in tinycss2.parse_declaration_list(rule.content, skip_comments=True, skip_whitespace=True)
            if d.type == "declaration"
        ]
        for name, value in declarations:
            if name.startswith("--") and printing:
                printed[name] = value
            elif name.startswith("--") and any(s in (":root", '[data-md-color-scheme="default"]') for s in selectors):
                variables[name] = value
        properties = [(n, v) for n, v in declarations if not n.startswith("--")]
        for selector in selectors:
            last = re.split(r"\s*[\s>+~]\s*", selector)[-1]  # an SVG's styles cannot see the page around it
            names = set(re.findall(r"\.([\w-]+)", last))
            # not for states (:hover) or conditions ([data-md-color-scheme="slate"]) anywhere in the selector
            if properties and names and not re.search(r"[:\[]", selector):
                found.append((last, names, properties))

    for css in config.get("extra_css") or []:
        path = site / css
        if path.is_file():
            for rule in tinycss2.parse_stylesheet(path.read_text(encoding="utf-8"), skip_comments=True, skip_whitespace=True):
                collect(rule, False)
    variables.update(printed)

    def resolve(value: str, depth: int = 0) -> str | None:
        match = re.search(r"var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)", value)
        if not match:
            return value
        if depth > 10:
            return None
        known = variables.get(match[1], match[2])
        if known is None:
            return None
        return resolve(value[: match.start()] + known.strip() + value[match.end():], depth + 1)

    rules = []
    for selector, names, properties in found:
        body = ";".join(f"{n}:{v}" for n, v in ((n, resolve(v)) for n, v in properties) if v is not None)
        if body:
            rules.append((selector, names, body))
    return rules


def worksheet(article: etree.Element) -> None:
    """Each group of questions that ends in "Notes:" gets its own sheet, with ruled lines to write on."""
    heading, questions = None, False
    for child in list(article):
        if child.tag in ("h2", "h3"):
            heading, questions = child, False
        elif "task-list" in classes(child):
            questions = True
        elif "ng-notes" in classes(child):
            if heading is not None:
                add_class(heading, "ng-sheet")
            lines = etree.Element("div", {"class": "ng-lines"})
            for _ in range(NOTE_LINES if questions else NOTE_LINES_ALONE):
                etree.SubElement(lines, "div", {"class": "ng-line"})
            lines.tail, child.tail = child.tail, None
            article.insert(list(article).index(child) + 1, lines)


def keep_spaces_breakable(root: etree.Element) -> None:
    """Move the space before an inline element into it: "your <a>tumor</a>" -> "your<a> tumor</a>".

    Why: WeasyPrint 70 sometimes misses the line break between a space and an inline element that
    starts exactly at the end of a line, and breaks the line after its first word instead ("This" alone
    on a line). With the space inside the element it breaks where it should; the text reads the same.
    """
    for parent in root.iter():
        for index, child in enumerate(parent):
            if child.tag not in INLINE or not text_of(child) or any(e.tag == SVG + "svg" for e in child.iter()):
                continue
            before = parent.text if index == 0 else parent[index - 1].tail
            if before and before[-1].isspace():
                if index == 0:
                    parent.text = before.rstrip()
                else:
                    parent[index - 1].tail = before.rstrip()
                child.text = " " + (child.text or "")


def unlink(a: etree.Element) -> None:
    """A link drawn as a picture keeps its picture and loses its target (the figure's text version has the links)."""
    a.tag = "span"
    for attr in ("href", "aria-label", "target", "rel"):
        a.attrib.pop(attr, None)


def open_box(details: etree.Element) -> None:
    """A collapsed box ("For health professionals") becomes an open box like any other admonition."""
    details.tag = "div"
    details.set("class", " ".join(["admonition", "ng-collapsible", *sorted(classes(details))]))
    details.attrib.pop("open", None)
    summary = next((c for c in details if c.tag == "summary"), None)
    if summary is not None:
        summary.tag = "p"
        summary.set("class", "admonition-title")


def tick_box(label: etree.Element) -> None:
    """A checklist's checkbox becomes a box drawn for a pen (ticked if the page ticks it)."""
    box = next(label.iter("input"), None)
    checked = box is not None and box.get("checked") is not None
    tail = label.tail
    label.clear()
    label.tail = tail
    label.tag = "span"
    label.set("class", "ng-checkbox" + (" ng-checkbox--checked" if checked else ""))


def rewrite_link(a: etree.Element, attr: str, page: Page, pages_by_url: dict[str, Page], site_url: str,
                 mark: bool) -> None:
    """Links between pages point inside the PDF; links to other files of the site get its full address.

    With mark, outside links get class ng-external (the stylesheet writes their address out) unless
    their text already shows it, and links to other pages class ng-xref (the stylesheet adds the page
    number). Links in a source list are not marked: it prints the DOI or PubMed number already.
    """
    href = a.get(attr)
    scheme = urlsplit(href).scheme
    if scheme:
        shows_address = text_of(a).rstrip("/") == href.rstrip("/")
        if scheme in ("http", "https") and not shows_address and mark:
            add_class(a, "ng-external")
        return
    resolved = urlsplit(urljoin(SITE + page.url, href))
    path = unquote(resolved.path[len(urlsplit(SITE).path):])
    path = path[: -len("index.html")] if path.endswith("index.html") else path
    target = pages_by_url.get(path)
    if target is None:  # a file of the site that is not a page of the PDF
        a.set(attr, urljoin(site_url, path) + (f"#{resolved.fragment}" if resolved.fragment else ""))
        if mark:
            add_class(a, "ng-external")
        return
    a.set(attr, f"#{target.key}--{resolved.fragment}" if resolved.fragment else f"#{target.key}")
    if mark and target is not page and "ng-term" not in classes(a) and not any(e.tag == "img" for e in a.iter()):
        add_class(a, "ng-xref")


def local_file(src: str, page: Page, site: Path) -> str:
    """A picture or other file the page shows, as a file:// address WeasyPrint may read."""
    if urlsplit(src).scheme:
        return src  # data: is read as it is; any other address is refused by the fetcher and reported
    resolved = urlsplit(urljoin(SITE + page.url, src))
    return (site / unquote(resolved.path[len(urlsplit(SITE).path):])).resolve().as_uri()


# ----------------------------------------------------------------- the book around the pages


def cover(config: dict, pages: list[Page], site_url: str, disclaimer: str) -> str:
    """Title, what the guide is, its latest review date, where it lives online, the disclaimer, the license."""
    latest = max((p for p in pages if p.reviewed), key=lambda p: p.reviewed, default=None)
    reviewed = latest.reviewed_text if latest else "not stated"
    said = " ".join(re.sub(r"<[^>]+>", " ", disclaimer).split())
    # The copyright line also carries the disclaimer's first sentence; the cover says it once.
    license = " ".join(
        s for s in re.split(r"(?<=\.)\s+", " ".join((config.get("copyright") or "").split())) if s and s not in said
    )
    where = {p.src: p.key for p in pages}
    finding = [("Contents", "contents"), ("Glossary", where.get("glossary.md")), ("Sources", where.get("about/sources.md"))]
    finding_html = " · ".join(
        f'{name} <a class="ng-pageref" href="#{key}"></a>' for name, key in finding if key
    )
    return f"""
<section class="ng-cover" id="cover">
  <img class="ng-cover__logo" src="{LOGO.as_uri()}" alt="NET Guide logo">
  <h1 class="ng-cover__title">{html.escape(config["site_name"])}</h1>
  <p class="ng-cover__subtitle">{html.escape(SUBTITLE)}</p>
  <p class="ng-cover__lead">{html.escape(" ".join((config.get("site_description") or "").split()))}</p>
  <dl class="ng-cover__facts">
    <dt>Reviewed</dt>
    <dd>{html.escape(reviewed)}: the latest day a page's facts were checked against its sources.
      Each page ends with its own date.</dd>
    <dt>Online</dt>
    <dd>{html.escape(site_url)}</dd>
    <dt>In this PDF</dt>
    <dd>{finding_html}</dd>
  </dl>
  {disclaimer}
  <p class="ng-cover__license">{html.escape(license)}</p>
</section>
"""


def table_of_contents(pages: list[Page]) -> str:
    items = "\n".join(
        f'    <li class="ng-toc__item ng-toc__item--depth-{p.depth}"><a href="#{p.key}">{html.escape(p.title)}</a></li>'
        for p in pages
    )
    return f"""
<nav class="ng-toc" id="contents" aria-label="Contents">
  <h1 class="ng-toc__title">Contents</h1>
  <ol class="ng-toc__list">
{items}
  </ol>
</nav>
"""


def document(config: dict, pages: list[Page], chapters: list[etree.Element], site_url: str, disclaimer: str) -> str:
    body = "\n".join(serialize(c) for c in chapters)
    description = " ".join((config.get("site_description") or "").split())
    language = (config.get("theme") or {}).get("language") or "en"
    return f"""<!doctype html>
<html lang="{html.escape(language)}">
<head>
<meta charset="utf-8">
<title>{html.escape(config["site_name"])}: {html.escape(SUBTITLE)}</title>
<meta name="description" content="{html.escape(description)}">
<meta name="author" content="{html.escape(config.get("site_author") or "")}">
<meta name="keywords" content="neuroendocrine tumors, NET, patient information">
</head>
<body>
{cover(config, pages, site_url, disclaimer)}
{table_of_contents(pages)}
<main class="ng-chapters md-typeset">
{body}
</main>
</body>
</html>
"""


# ----------------------------------------------------------------- writing HTML back out


def _plain_name(name: str) -> str:
    """'{http://www.w3.org/2000/svg}path' -> 'path'; '{...xlink}href' -> 'xlink:href', as HTML writes them."""
    if not name.startswith("{"):
        return name
    namespace, local = name[1:].split("}", 1)
    prefix = _NAMESPACES.get(namespace, "")
    return "xmlns" if (prefix, local) == ("xmlns:", "xmlns") else prefix + local


def serialize(element: etree.Element) -> str:
    """HTML text of an element; inline SVG loses its parser namespaces, as HTML writes it."""
    for e in element.iter():
        if not isinstance(e.tag, str):  # a comment or processing instruction
            continue
        e.tag = _plain_name(e.tag)
        for name in [n for n in e.attrib if n.startswith("{")]:
            e.set(_plain_name(name), e.attrib.pop(name))
    return etree.tostring(element, encoding="unicode", method="html")


# ----------------------------------------------------------------- rendering


def local_files_only():
    """WeasyPrint's fetcher, allowed to read local files and data: URLs only; it notes what it refused."""
    from weasyprint.urls import URLFetcher

    class LocalFilesOnly(URLFetcher):
        def __init__(self):
            super().__init__(allowed_protocols={"file", "data"})
            self.refused: list[str] = []
            self.missing: list[str] = []

        def fetch(self, url, headers=None):
            scheme = urlsplit(url).scheme.lower()
            if scheme not in ("file", "data"):
                self.refused.append(url)
                raise ValueError(f"the PDF may not load anything from the network: {url}")
            if scheme == "file" and not Path(unquote(urlsplit(url).path)).exists():
                self.missing.append(unquote(urlsplit(url).path))
            return super().fetch(url, headers)

    return LocalFilesOnly()


class _Collect(logging.Handler):
    """Keeps WeasyPrint's warnings, to report them in one list."""

    def __init__(self, into: list[str]):
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record):
        self.into.append(record.getMessage())


def build_site(dest: Path) -> None:
    try:
        build_guide(dest)
    except BuildError as error:
        raise PdfError(f"fix the site first: {error}") from None


def book_html(site: Path, config: dict | None = None) -> tuple[str, list[Page]]:
    """The whole guide as one HTML document for WeasyPrint, and its pages in nav order."""
    config = config or load_config()
    pages = nav_pages(config["nav"])
    for page in pages:
        read_page(site, page)
    pages_by_url = {p.url: p for p in pages}
    home = pages_by_url.get("")
    # The address the site was built for (SITE_URL), as its home page states it.
    site_url = (home.address if home and home.address else SITE)
    disclaimer = next((serialize(e) for e in pages[0].article.iter() if "ng-disclaimer" in classes(e)), "")
    rules = svg_rules(site, config)
    chapters = [chapter(page, pages_by_url, site_url, site, rules) for page in pages]
    return document(config, pages, chapters, site_url, disclaimer), pages


def render(book: str, out: Path, site_css: list[Path] = ()) -> int:
    """Lay the book out and write the PDF; returns its page count. Fails on any file it could not read.

    site_css: the site's stylesheets to use under build_pdf.css. They are written for browsers, so
    WeasyPrint's notes on what it skips in them ("Ignored `container-type: ...`", "Unknown rule
    @container") are not shown.
    """
    try:
        import weasyprint
    except OSError as error:  # WeasyPrint loads Pango as it is imported
        raise PdfError(
            f"WeasyPrint cannot load Pango ({error}). Install the Debian packages with "
            "`sudo scripts/ensure_system_packages.sh` (or: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0)"
        ) from error
    fetcher = local_files_only()
    warnings: list[str] = []
    handler = _Collect(warnings)
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        sheets = [weasyprint.CSS(filename=str(p), url_fetcher=fetcher) for p in site_css if p.is_file()]
        sheets.append(weasyprint.CSS(filename=str(STYLESHEET), url_fetcher=fetcher))
        laid_out = weasyprint.HTML(string=book, base_url=ROOT.as_uri() + "/", url_fetcher=fetcher).render(
            stylesheets=sheets
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        laid_out.write_pdf(out, pdf_tags=True)
    finally:
        logger.removeHandler(handler)
    problems = [f"refused to load from the network: {u}" for u in fetcher.refused]
    problems += [f"missing file: {p}" for p in fetcher.missing]
    problems += [w for w in warnings if re.search(r"fail|load|fetch", w, re.I)]
    if problems:
        raise PdfError("the PDF would be missing something:\n  " + "\n  ".join(dict.fromkeys(problems)))
    for warning in dict.fromkeys(warnings):
        if not warning.startswith(("Ignored", "Unknown rule")):
            print(f"build_pdf: WeasyPrint: {warning}", file=sys.stderr)
    return len(laid_out.pages)


def build(out: Path = OUT, site: Path | None = None, html_out: Path | None = None) -> tuple[int, list[Page]]:
    """Build the PDF (building the site first unless given one); returns its page count and the guide's pages."""
    with tempfile.TemporaryDirectory(prefix="net-guide-pdf-") as tmp:
        if site is None:
            site = Path(tmp) / "site"
            build_site(site)
        book, pages = book_html(site)
        if html_out:
            html_out.parent.mkdir(parents=True, exist_ok=True)
            html_out.write_text(book, encoding="utf-8")
        return render(book, out, [site / FIGURES_CSS]), pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the whole NET Guide as one PDF.")
    parser.add_argument("--site", type=Path, help="a site already built with mkdocs (default: build one now)")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the PDF (default: dist/net-guide.pdf)")
    parser.add_argument("--html", type=Path, help="also write the HTML given to WeasyPrint, to inspect it")
    args = parser.parse_args(argv)
    start = time.monotonic()
    try:
        count, pages = build(args.out, args.site, args.html)
    except PdfError as error:
        print(f"build_pdf: {error}", file=sys.stderr)
        return 1
    print(f"{args.out}: {count} PDF pages from {len(pages)} guide pages, "
          f"{args.out.stat().st_size / 1e6:.1f} MB, {time.monotonic() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
