"""Figures (docs/_data/figures/): each says in words what it shows, its links and pictures lead to built files,
the incidence chart is exactly what its CSV makes, text stays readable at phone width, and pages with figures
pass axe in light and dark mode."""
from __future__ import annotations

import html
import logging
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest

from netguide.engine.raw_html_links import resolve_md_links
import yaml

from scripts import make_incidence_chart as chart
from tests.harness.axe import WCAG, violations
from tests.harness.browser import DESKTOP, PHONE

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
SNIPPETS = sorted(p for p in (DOCS / "_data" / "figures").glob("*.md") if p.name != "README.md")
FIGURE_FILES = DOCS / "assets" / "figures"
MIN_TEXT_PX = 12

MD_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)\)(?:\{(?P<attrs>[^}]*)\})?")


def snippet_id(path: Path) -> str:
    return path.stem


def svg_files(snippet: str) -> list[Path]:
    return [FIGURE_FILES / Path(m["src"]).name for m in MD_IMAGE.finditer(snippet)]


def view_box(svg: str) -> tuple[float, float]:
    x, y, w, h = (float(v) for v in re.search(r'viewBox="([^"]+)"', svg)[1].split())
    return w, h


def svg_words(svg: str) -> set[str]:
    """Every word a reader sees in an SVG drawing (its <text> and <tspan> content)."""
    texts = re.findall(r"<text\b[^>]*>(.*?)</text>", svg, re.S)
    return words(" ".join(re.sub(r"<[^>]+>", " ", t) for t in texts))


def words(text: str) -> set[str]:
    return {w.strip(".,:;()[]!?*\"'").lower() for w in html.unescape(text).split()} - {""}


def comment(snippet: str) -> str:
    return snippet.split("-->", 1)[0] if snippet.startswith("<!--") else ""


# ----------------------------------------------------------------- the incidence chart


def test_incidence_chart_and_its_snippet_are_exactly_what_the_csv_makes():
    stale = [str(path.relative_to(ROOT)) for path, text in chart.outputs().items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    assert not stale, f"out of date, run `make figures`: {stale}"


def test_incidence_chart_shows_every_number_of_its_csv_in_the_picture_alt_text_and_table():
    svg = chart.SVG.read_text(encoding="utf-8")
    snippet = chart.SNIPPET.read_text(encoding="utf-8")
    alt = MD_IMAGE.search(snippet)["alt"]
    table = snippet.split("<details", 1)[1]
    rows = chart.read_rows()
    assert rows
    for row in rows:
        assert f">{row.rate_text}</text>" in svg, row
        assert row.rate_text in alt, row
        assert f"| {row.rate_text} |" in table, row


def test_incidence_data_without_a_source_is_refused(tmp_path):
    bad = tmp_path / "incidence.csv"
    bad.write_text(",".join(chart.COLUMNS) + "\ntrend,1990,1990,3.00,SEER,\n", encoding="utf-8")
    with pytest.raises(chart.DataError, match="needs a source key"):
        chart.read_rows(bad)


def test_every_source_of_the_incidence_data_is_in_the_bibliography_and_cited_in_the_chart_caption():
    keys = {row.source for row in chart.read_rows()}
    bibliography = yaml.safe_load((DOCS / "_data" / "bibliography.yml").read_text(encoding="utf-8"))
    assert keys <= set(bibliography), keys - set(bibliography)
    caption = re.search(r"<figcaption[^>]*>(.*?)</figcaption>", (DOCS / "_data" / "figures" / "incidence-chart.md").read_text())[1]
    assert {key for key in keys if f"[@{key}]" not in caption} == set(), "the caption must cite every source of the data"


def test_a_page_that_shows_the_chart_lists_its_sources(site_dir):
    html_text = (site_dir / "understanding" / "index.html").read_text(encoding="utf-8")
    figure = html_text[html_text.index('<figure class="ng-figure ng-figure--compact ng-figure--chart"'):]
    figure = figure[:figure.index("</figure>")]
    assert 'class="ng-cite"' in figure and 'href="#source-' in figure
    assert "Dasari A" in html_text[html_text.index('id="sources"'):]


def test_chart_command_check_mode_passes_when_files_are_current():
    assert chart.main(["--check"]) == 0


# ----------------------------------------------------------------- every figure snippet


@pytest.mark.parametrize("path", SNIPPETS, ids=snippet_id)
def test_every_figure_has_a_caption_alt_text_and_a_text_version(path):
    text = path.read_text(encoding="utf-8")
    assert re.search(r"Included by docs/|For docs/", comment(text)), "say in the top comment which page shows it"
    assert text.count("<figure") == 1 and len(re.findall(r"<figcaption(?: markdown=\"span\")?>", text)) == 1, "one <figure> with one <figcaption>"
    assert re.search(r'<figcaption(?: markdown="span")?>[^<]{40,}', text), "the caption says what the figure shows"
    assert '<details class="ng-figure-text" markdown data-search-exclude>' in text and "<summary>Text version of this figure</summary>" in text
    images = list(MD_IMAGE.finditer(text))
    if "<svg" in text:  # inline: links over a drawing; each link is named by the label it shows
        figure = text[text.index("<figure"):text.index("</figure>")]
        places = re.findall(r'<a class="ng-bodymap__place" href="[^"]+" aria-label="([^"]+)">\s*<svg [^>]*aria-hidden="true"', figure)
        assert places and len(places) == figure.count("<a "), "every link has an aria-label and a hidden drawing"
        assert all(svg.count('aria-hidden="true"') for svg in re.findall(r"<svg\b[^>]*>", figure)), "drawings are hidden"
        labels = [" ".join(re.sub(r"<[^>]+>", " ", t).split()) for t in re.findall(r'class="ng-bodymap__label"[^>]*>(.*?)</text>', figure)]
        assert labels == places, "each link's aria-label is the label it shows (WCAG 2.5.3)"
    else:
        assert images, "a figure shows a picture"
    for image in images:
        assert len(image["alt"]) >= 40, f"alt text too short to say what the picture shows: {image['alt']!r}"


@pytest.mark.parametrize("path", SNIPPETS, ids=snippet_id)
def test_every_figure_keeps_to_the_sites_rules_for_html(path):
    text = path.read_text(encoding="utf-8")
    assert "<style" not in text and not re.search(r"\sstyle=", text), "no styles in content: use figures.css"
    assert not re.search(r"<script\b|\son[a-z]+=", text, re.I)
    assert not re.search(r'(?:href|src)="(?:https?:)?//', text), "figures load nothing from another host"


@pytest.mark.parametrize("path", [p for p in SNIPPETS if "GENERATED" not in comment(p.read_text(encoding="utf-8"))],
                         ids=snippet_id)
def test_every_word_in_a_drawing_is_also_in_the_figures_words(path):
    """Hand-drawn figures: the caption, alt text and text version carry everything the drawing says."""
    text = path.read_text(encoding="utf-8")
    said = words(re.sub(r"<[^>]+>|\]\([^)]*\)|\{[^}]*\}", " ", text.split("-->", 1)[1]))
    drawings = [p.read_text(encoding="utf-8") for p in svg_files(text)]
    if "<svg" in text:  # inline drawing: what it says must be in the caption and the text version
        drawings.append(text[text.index("<figure"):text.index("<figcaption>")])
        said = words(re.sub(r"<[^>]+>|\]\([^)]*\)", " ", text[text.index("<figcaption>"):]))
    for svg in drawings:
        missing = svg_words(svg) - said
        assert not missing, f"the drawing says {sorted(missing)}, which the words of the figure do not"


@pytest.mark.parametrize("path", SNIPPETS, ids=snippet_id)
def test_every_picture_is_declared_at_its_drawn_size_and_is_safe_to_serve(path):
    text = path.read_text(encoding="utf-8")
    for image in MD_IMAGE.finditer(text):
        svg_path = FIGURE_FILES / Path(image["src"]).name
        assert image["src"] == f"/assets/figures/{svg_path.name}" and svg_path.is_file(), image["src"]
        svg = svg_path.read_text(encoding="utf-8")
        w, h = view_box(svg)
        assert f'width="{w:g}" height="{h:g}"' in (image["attrs"] or ""), f"{svg_path.name} is {w:g}×{h:g}"
        # The site's Content-Security-Policy allows no inline styles; SVG files use presentation attributes.
        assert "<style" not in svg and not re.search(r"\sstyle=", svg), svg_path.name
        assert not re.search(r"<script\b|\son[a-z]+=|<image\b|href=", svg, re.I), svg_path.name
        assert len(svg.encode()) < 30_000, f"{svg_path.name} is larger than a simple drawing needs"


# ----------------------------------------------------------------- raw-HTML page links (netguide/engine/raw_html_links.py)


def _files(use_directory_urls: bool):
    from mkdocs.structure.files import File, Files

    make = lambda src: File(src, "docs", "site", use_directory_urls)  # noqa: E731
    return Files([make("understanding/index.md"), make("types/gep-nets.md"), make("diagnosis/biopsy-grading-staging.md")])


class _Page:
    def __init__(self, file):
        self.file = file
        self.links_to_anchors = {}


@pytest.mark.parametrize("online, expected", [(True, "../types/gep-nets/#stomach"), (False, "../types/gep-nets.html#stomach")])
def test_links_in_inline_figures_become_the_pages_own_url_online_and_offline(online, expected):
    files = _files(online)
    page = _Page(files.get_file_from_path("understanding/index.md"))
    out = resolve_md_links('<a href="/types/gep-nets.md#stomach"><text>Stomach</text></a>', page, files)
    assert f'href="{expected}"' in out
    target = files.get_file_from_path("types/gep-nets.md")
    assert page.links_to_anchors == {target: {"stomach": "/types/gep-nets.md#stomach"}}, "the anchor is checked by MkDocs"


def test_a_link_in_an_inline_figure_to_a_missing_page_is_a_build_warning(caplog):
    files = _files(True)
    page = _Page(files.get_file_from_path("diagnosis/biopsy-grading-staging.md"))
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        out = resolve_md_links('<a href="/types/lung-net.md">x</a> <a href="https://example.org/README.md">y</a>', page, files)
    assert "docs/types/lung-net.md" in caplog.text
    assert 'href="https://example.org/README.md"' in out, "links to other sites are left alone"


def test_a_broken_markdown_link_is_left_to_mkdocs_and_not_reported_again_as_html(caplog):
    files = _files(True)
    page = _Page(files.get_file_from_path("types/gep-nets.md"))
    page.markdown = "See the [biopsy page](../diagnosis/biopsy.md#grade) and [more][b].\n\n[b]: ../diagnosis/staging.md\n"
    html = '<a href="../diagnosis/biopsy.md#grade">biopsy page</a> <a href="../diagnosis/staging.md">more</a>'
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        out = resolve_md_links(html, page, files)
    assert out == html and caplog.text == "", "MkDocs has already reported these, in its own words"


# ----------------------------------------------------------------- the built site


class _Collector(HTMLParser):
    """Ids of a page, and the links and pictures inside its figures and their text versions."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.refs: list[str] = []
        self.depth = 0  # > 0 inside a figure or a figure's text version

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])
        classes = (a.get("class") or "").split()
        if (tag == "figure" and "ng-figure" in classes) or (tag == "details" and "ng-figure-text" in classes):
            self.depth = 1
        elif self.depth and tag in ("figure", "details"):
            self.depth += 1
        if self.depth:
            self.refs += [v for k, v in attrs if k in ("href", "src") and v]

    def handle_endtag(self, tag):
        if self.depth and tag in ("figure", "details"):
            self.depth -= 1


def pages_with_figures(site_dir: Path) -> list[str]:
    """Site-relative URLs ("types/") of the built pages that show a figure."""
    return sorted(
        (p.parent.relative_to(site_dir).as_posix() + "/").lstrip("./")
        for p in site_dir.rglob("index.html")
        if 'class="ng-figure' in p.read_text(encoding="utf-8")
    )


def test_the_guides_figures_are_shown_on_the_pages_that_need_them(site_dir):
    shown = pages_with_figures(site_dir)
    assert {"understanding/", "types/"} <= set(shown), shown


def test_every_link_and_picture_in_a_figure_leads_to_a_built_file_and_anchor(site_dir):
    broken = []
    for path in pages_with_figures(site_dir):
        page_url = f"http://site/{path}"
        collector = _Collector()
        collector.feed((site_dir / path / "index.html").read_text(encoding="utf-8"))
        assert collector.refs, path
        for ref in collector.refs:
            url = urlparse(urljoin(page_url, ref))
            if url.netloc != "site":
                broken.append(f"/{path}: {ref} leads to another site")
                continue
            target = site_dir / unquote(url.path).lstrip("/")
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"/{path}: {ref} leads to no built file")
            elif url.fragment and f'id="{url.fragment}"' not in target.read_text(encoding="utf-8"):
                broken.append(f"/{path}: {ref} leads to a page without #{url.fragment}")
    assert not broken, "\n".join(broken)


def test_pages_with_figures_have_unique_ids(site_dir):
    duplicated = []
    for path in pages_with_figures(site_dir):
        collector = _Collector()
        collector.feed((site_dir / path / "index.html").read_text(encoding="utf-8"))
        seen = set()
        duplicated += [f"/{path}: #{i}" for i in collector.ids if i in seen or seen.add(i)]
    assert not duplicated, duplicated


# ----------------------------------------------------------------- in the browser

SIZES = {"desktop": DESKTOP, "phone": PHONE}


def _context(browser, base_url, size, scheme="light"):
    return browser.new_context(viewport=SIZES[size], color_scheme=scheme, base_url=base_url,
                               is_mobile=size == "phone", has_touch=size == "phone")


# The two combinations the every-page sweep (test_accessibility.py) does not check on every page; together they
# cover both widths and both schemes with each figure's text version open.
@pytest.mark.parametrize("size, scheme", [("desktop", "dark"), ("phone", "light")])
def test_pages_with_figures_have_no_axe_violations(browser, base_url, site_dir, size, scheme):
    context = _context(browser, base_url, size, scheme)
    page = context.new_page()
    found = []
    for path in pages_with_figures(site_dir):
        page.goto(path)
        page.locator("details.ng-figure-text > summary").first.click()  # the text version, open
        page.wait_for_timeout(400)  # opening it scrolls; let the header's title finish fading in
        found += [f"/{path}: {v}" for v in violations(page, WCAG)]
    context.close()
    assert not found, "\n".join(found)


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_figure_text_is_at_least_12_px_and_only_one_drawing_of_each_figure_shows(browser, base_url, site_dir, size):
    context = _context(browser, base_url, size)
    page = context.new_page()
    small, shown = [], []
    for path in pages_with_figures(site_dir):
        page.goto(path)
        for fig in page.locator("figure.ng-figure").all():
            visible = [img for img in fig.locator("img").all() if img.is_visible()]
            inline = fig.locator(".ng-bodymap__canvas")
            shown.append((path, len(visible) + inline.count()))
            for img in visible:
                src = urlparse(img.evaluate("i => i.currentSrc")).path
                svg = (site_dir / unquote(src).lstrip("/")).read_text(encoding="utf-8")
                smallest = min(float(s) for s in re.findall(r'font-size="([\d.]+)"', svg))
                px = smallest * img.bounding_box()["width"] / view_box(svg)[0]
                if px < MIN_TEXT_PX:
                    small.append(f"/{path} {src}: {px:.1f} px")
            if inline.count():
                px = inline.evaluate("c => Math.min(...[...c.querySelectorAll('svg text')].map(t => "
                                     "parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a))")
                if px < MIN_TEXT_PX:
                    small.append(f"/{path} inline drawing: {px:.1f} px")
    context.close()
    assert not small, "text smaller than 12 px on screen:\n" + "\n".join(small)
    assert all(n == 1 for _, n in shown), f"each figure shows exactly one drawing: {shown}"


def test_body_map_places_are_links_a_keyboard_reaches_with_a_visible_focus(page):
    page.goto("types/")
    links = page.locator("figure.ng-bodymap a.ng-bodymap__place")
    names = [link.get_attribute("aria-label") for link in links.all()]
    assert {"Lungs", "Stomach", "Pancreas", "Small intestine", "Appendix", "Colon and rectum", "Adrenal glands",
            "Paraganglia"} == set(names), names
    links.first.focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("""() => {
        const a = document.activeElement, ring = a.querySelector('.ng-bodymap__hit');
        return [a.classList.contains('ng-bodymap__place'), getComputedStyle(ring).stroke !== 'none',
                getComputedStyle(ring).strokeWidth]}""")
    assert focused == [True, True, "2.5px"], focused


def test_selecting_a_place_on_the_body_map_opens_its_page_with_no_script_errors(page):
    """Material's instant navigation rewrites and follows every link; the map's links must suit it."""
    for path in ("understanding/", "types/"):
        page.goto(path)
        page.locator("figure.ng-bodymap .ng-bodymap__label", has_text="Stomach").click()
        page.wait_for_url("**/types/gep-nets/#stomach")
        assert page.locator("#stomach").is_visible()
    assert not page.watch.page_errors, page.watch.page_errors
    assert not [m for m in page.watch.console if m.startswith("error")], page.watch.console


def test_body_map_prints_in_light_colors_from_a_dark_screen(browser, base_url):
    context = browser.new_context(viewport=DESKTOP, color_scheme="dark", base_url=base_url)
    page = context.new_page()
    page.goto("understanding/")
    assert page.evaluate("() => document.body.getAttribute('data-md-color-scheme')") == "slate"
    page.emulate_media(media="print")
    label = page.locator(".ng-bodymap__label").first.evaluate("e => getComputedStyle(e).fill")
    organ = page.locator(".ng-bodymap__organ").first.evaluate("e => getComputedStyle(e).fill")
    context.close()
    assert (label, organ) == ("rgb(0, 105, 92)", "rgb(178, 223, 219)")
