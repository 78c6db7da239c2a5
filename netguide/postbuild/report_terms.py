"""The data of the "Explain my report" tool, written into the built site from the glossary.

Why generated, and why here: the tool (docs/tools/explain-my-report.md, overrides/assets/javascripts/
report-explainer.js) explains the words of a pasted report with the glossary's own definitions, so the data
must come from docs/_data/glossary.yml at every build (one source of truth, no copy to keep in step). It
runs after the pages are built because each term links to the section of the guide that explains it more,
and which section that is can only be read from the built pages.

What it writes: assets/javascripts/report-terms.js, a plain script that sets `window.NGReportTerms` (no
fetch() and no JSON file: the offline edition is opened from file://, where only <script src> works). It is
loaded by the tool's page alone (front matter `scripts:`). The output is sorted and has no timestamp, so
two builds of the same sources write the same file.

For each glossary entry, one row: [term, definition, page, anchor, section heading, forms], where page is an
index into a list of [URL, title] pairs and the forms are every way a document may write the term (the term
and its aliases, less NOT_IN_REPORTS and less plurals the tool finds anyway). The one link goes:
- to the first page in its `see_also`, at the first section whose heading names the term, else the first
  section whose text uses it (open text before collapsed boxes), else the page's top;
- to its Glossary entry when it has no `see_also`.
Links are relative to the site root, in the form of the edition: `treatment/prrt/#anchor` on the web,
`treatment/prrt.html#anchor` in the offline edition.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

from netguide.data import data_file
from netguide.markdown.glossary import Entry, TermMatcher, is_case_sensitive, load_glossary, page_title
from netguide.pages import page_url

OUTPUT = Path("assets") / "javascripts" / "report-terms.js"
GLOSSARY_PAGE = "glossary.md"

# Forms the guide's pages use in one sense but that documents mostly use in another, or as plain English.
# The tool leaves them out (the entry itself stays, found by its other forms):
NOT_IN_REPORTS = frozenset({
    "HR",  # hazard ratio on our pages; heart rate in a clinic letter ("HR 78")
    "OR",  # odds ratio on our pages; the word "or" in a report written in capitals
    "FH",  # a gene on our pages; "family history" in a clinic letter
    "MAX",  # a gene on our pages; the word "max" in a report written in capitals
    "trial", "trials",  # "a trial of a medicine" in a letter is not a clinical trial
    "shot", "shots", "drip",  # everyday words
    "guidance",  # everyday word, not a guideline
    "stage", "stages",  # "at this stage" in a letter; "stage IV", "stage 2", "staging" are still found
    "functioning",  # "kidney functioning" in a letter; "functioning tumor" and "non-functioning" still found
})

_HEADING = re.compile(r'<h([23]) id="([^"]+)"[^>]*>(.*?)</h\1>', re.S)
_DETAILS = re.compile(r"<details\b.*?</details>", re.S)
_TAG = re.compile(r"<[^>]+>")
_HEADERLINK = re.compile(r'<a class="headerlink".*?</a>', re.S)


def plain_text(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def sections(page_html: str) -> list[tuple[str, str, str, str]]:
    """(anchor, heading text, open text, text of collapsed boxes) for each h2 and h3 of a built page's article."""
    start = page_html.find("<article")
    end = page_html.find("</article>", start)
    article = page_html[start:end] if start >= 0 else ""
    found = list(_HEADING.finditer(article))
    out = []
    for i, heading in enumerate(found):
        body = article[heading.end(): found[i + 1].start() if i + 1 < len(found) else len(article)]
        boxes = " ".join(_DETAILS.findall(body))
        out.append((heading.group(2), plain_text(_HEADERLINK.sub("", heading.group(3))),
                    plain_text(_DETAILS.sub(" ", body)), plain_text(boxes)))
    return out


def best_section(entry: Entry, page_html: str) -> tuple[str, str] | None:
    """(anchor, heading) of the section that explains the term best, or None for the top of the page."""
    matcher = TermMatcher([entry])
    found = sections(page_html)
    for pick in (lambda s: s[1], lambda s: s[2], lambda s: s[3]):  # heading, open text, collapsed boxes
        for section in found:
            if any(True for _ in matcher.find(pick(section))):
                return section[0], section[1]
    return None


def built_page(site_dir: Path, src: str, offline: bool) -> tuple[str, Path]:
    """(URL relative to the site root, built file) of a docs page, in this edition's URL form."""
    if offline:  # Material's offline plugin turns off directory URLs
        url = src[:-3] + ".html"
        return url, site_dir / url
    url = page_url(src)
    return url, site_dir / url / "index.html"


def link(entry: Entry, site_dir: Path, docs_dir: Path, offline: bool) -> tuple[str, str, str, str]:
    """(page URL relative to the site root, page title, anchor or "", section heading or "") for one entry."""
    if not entry.see_also:
        url, _ = built_page(site_dir, GLOSSARY_PAGE, offline)
        return url, page_title(docs_dir, GLOSSARY_PAGE), entry.id, ""
    src = entry.see_also[0].lstrip("/")
    url, path = built_page(site_dir, src, offline)
    title = page_title(docs_dir, src)
    section = best_section(entry, path.read_text(encoding="utf-8")) if path.is_file() else None
    if section is None:
        return url, title, "", ""
    anchor, heading = section
    return url, title, anchor, heading if heading != title else ""


def singulars(form: str) -> list[str]:
    """What the tool tries when a document's last word may be a plural (report-explainer.js, singular())."""
    out = []
    if form.endswith("s") and len(form) > 2:
        out.append(form[:-1])
    if form.endswith("es") and len(form) > 3:
        out.append(form[:-2])
    if form.endswith("ies"):
        out.append(form[:-3] + "y")
    if form.endswith("ses"):
        out.append(form[:-2] + "is")
    return out


def excluded(form: str) -> bool:
    return form in NOT_IN_REPORTS or (form.casefold() in NOT_IN_REPORTS and not is_case_sensitive(form))


def same_for_the_tool(form: str) -> str:
    """Forms the tool cannot tell apart get one key: hyphens, slashes and spaces alike, and case too unless a
    word has two capitals (report-explainer.js reads such short words in their own case). A narrower rule
    than the tool's own, so no form is dropped that the tool would read differently."""
    key = " ".join(re.sub(r"[-\u2010-\u2013/]", " ", form).split())
    return key if is_case_sensitive(form) else key.casefold()


def report_forms(entry: Entry) -> list[str]:
    """The term and its aliases, less NOT_IN_REPORTS, less forms the tool reads as another one, and less
    plurals it finds from their singular."""
    forms: dict[str, str] = {}  # key -> the first form with that key
    for form in entry.forms:
        if not excluded(form):
            forms.setdefault(same_for_the_tool(form), form)
    return [form for form in forms.values()
            if not any(same_for_the_tool(s) in forms for s in singulars(form))]


def terms_data(entries: list[Entry], site_dir: Path, docs_dir: Path, offline: bool) -> dict:
    """{"pages": [[url, title], ...], "terms": [[term, definition, page index, anchor, heading, forms], ...]}:
    each page written once (the data is loaded on a phone, so every kilobyte counts)."""
    pages: dict[tuple[str, str], int] = {}
    rows = []
    for entry in sorted(entries, key=lambda e: e.id):
        url, title, anchor, heading = link(entry, site_dir, docs_dir, offline)
        page = pages.setdefault((url, title), len(pages))
        rows.append([entry.term, entry.definition, page, anchor, heading, report_forms(entry)])
    return {"pages": [list(p) for p in pages], "terms": rows}


def script(data: dict) -> str:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        "/* The words the Explain my report tool knows: generated by netguide/postbuild/report_terms.py from\n"
        "   docs/_data/glossary.yml at every build. Do not edit: edit the glossary. */\n"
        f"window.NGReportTerms={body};\n"
        'document.dispatchEvent(new Event("ng:report-terms"));\n'
    )


def run(site_dir: Path, docs_dir: Path, offline: bool = False) -> None:
    glossary = data_file(docs_dir, "glossary.yml")
    if not glossary.exists():
        return
    data = terms_data(load_glossary(glossary), Path(site_dir), Path(docs_dir), offline)
    out = Path(site_dir) / OUTPUT
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(script(data), encoding="utf-8")
