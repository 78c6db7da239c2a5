"""The Explain my report tool's data, made from the glossary after the build (netguide/postbuild/report_terms.py):
the forms it looks for, the section each term links to, and a file that is the same for the same glossary."""
from __future__ import annotations

import json
from pathlib import Path

from netguide.markdown.glossary import Entry, parse_glossary
from netguide.postbuild import report_terms

PAGE = """<html><body><nav>Ki-67 in the menu</nav><article class="md-content__inner">
<h1 id="biopsy">Biopsy, grade and stage</h1><p>Intro without the word.</p>
<h2 id="what-a-biopsy-is">What a biopsy is<a class="headerlink" href="#what-a-biopsy-is">&para;</a></h2>
<p>A sample of the tumor.</p><details class="info"><summary>For health professionals</summary>
<p>Synaptophysin and INSM1 stains.</p></details>
<h2 id="stains">Special stains</h2><p>Synaptophysin colors neuroendocrine cells.</p>
<h3 id="ki-67-index">The Ki-67 index</h3><p>A percent.</p>
</article><footer>Ki-67 again</footer></body></html>"""


def entry(term: str, *aliases: str, see_also: tuple[str, ...] = (), id: str = "") -> Entry:
    return Entry(term=term, definition=f"About {term}.", aliases=aliases, see_also=see_also,
                 id=id or term.lower().replace(" ", "-"))


def test_forms_documents_use_in_another_sense_are_left_out():
    assert report_terms.report_forms(entry("Hazard ratio", "hazard ratios", "HR")) == ["Hazard ratio"]
    assert report_terms.report_forms(entry("Stage", "stages", "staging", "stage IV")) == ["staging", "stage IV"]
    # Exclusions are exact for abbreviations: "or" is a word, "OR" an abbreviation left out.
    assert report_terms.report_forms(entry("Odds ratio", "OR", "odds ratios")) == ["Odds ratio"]


def test_plurals_and_spellings_the_tool_reads_anyway_are_left_out():
    forms = report_terms.report_forms(entry("Metastasis", "metastases", "Metastasis", "mets",
                                            "watch-and-wait", "watch and wait", "biopsies", "biopsy"))
    assert forms == ["Metastasis", "mets", "watch-and-wait", "biopsy"]
    # Case matters for short abbreviations, so both are kept.
    assert report_terms.report_forms(entry("PET scan", "PET", "pet")) == ["PET scan", "PET", "pet"]


def test_the_link_goes_to_the_section_whose_heading_names_the_term():
    found = report_terms.best_section(entry("Ki-67 index", "Ki-67"), PAGE)
    assert found == ("ki-67-index", "The Ki-67 index")


def test_without_a_heading_the_link_goes_to_the_first_section_whose_open_text_uses_the_term():
    # Synaptophysin is in a collapsed box under "What a biopsy is", and in the open text of "Special stains".
    assert report_terms.best_section(entry("Synaptophysin"), PAGE) == ("stains", "Special stains")


def test_then_to_a_collapsed_box_then_to_the_top_of_the_page():
    assert report_terms.best_section(entry("INSM1"), PAGE) == ("what-a-biopsy-is", "What a biopsy is")
    assert report_terms.best_section(entry("Chromogranin A"), PAGE) is None


def test_links_take_the_form_of_each_edition(tmp_path):
    assert report_terms.built_page(tmp_path, "diagnosis/imaging.md", offline=False) == (
        "diagnosis/imaging/", tmp_path / "diagnosis/imaging/index.html")
    assert report_terms.built_page(tmp_path, "diagnosis/imaging.md", offline=True) == (
        "diagnosis/imaging.html", tmp_path / "diagnosis/imaging.html")
    assert report_terms.built_page(tmp_path, "diagnosis/index.md", offline=False)[0] == "diagnosis/"
    assert report_terms.built_page(tmp_path, "diagnosis/index.md", offline=True)[0] == "diagnosis/index.html"


GLOSSARY = """
- term: Synaptophysin
  definition: A protein in neuroendocrine cells.
  see_also: [diagnosis/biopsy.md]
  report_only: true
- term: Ki-67 index
  id: ki-67
  definition: How many cells are dividing.
  aliases: [Ki-67, Ki67]
  see_also: [diagnosis/biopsy.md]
- term: MRN
  definition: Medical record number.
  report_only: true
"""


def make_site(tmp_path: Path, offline: bool) -> tuple[Path, Path]:
    docs, site = tmp_path / "docs", tmp_path / ("offline" if offline else "site")
    (docs / "_data").mkdir(parents=True, exist_ok=True)
    (docs / "_data" / "glossary.yml").write_text(GLOSSARY, encoding="utf-8")
    (docs / "diagnosis").mkdir(exist_ok=True)
    (docs / "diagnosis" / "biopsy.md").write_text("---\ntitle: Biopsy, grade and stage\n---\n", encoding="utf-8")
    (docs / "glossary.md").write_text("---\ntitle: Glossary\n---\n", encoding="utf-8")
    page = site / ("diagnosis/biopsy.html" if offline else "diagnosis/biopsy/index.html")
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(PAGE, encoding="utf-8")
    return docs, site


def read_data(site: Path) -> dict:
    script = (site / report_terms.OUTPUT).read_text(encoding="utf-8")
    assert script.count("window.NGReportTerms=") == 1 and "fetch(" not in script
    return json.loads(script.split("window.NGReportTerms=", 1)[1].split(";\n", 1)[0])


def test_the_data_is_a_plain_script_with_each_page_once_and_every_term(tmp_path):
    docs, site = make_site(tmp_path, offline=False)
    report_terms.run(site, docs)
    data = read_data(site)
    assert data["pages"] == [["diagnosis/biopsy/", "Biopsy, grade and stage"], ["glossary/", "Glossary"]]
    assert data["terms"] == [
        ["Ki-67 index", "How many cells are dividing.", 0, "ki-67-index", "The Ki-67 index", ["Ki-67 index", "Ki-67", "Ki67"]],
        ["MRN", "Medical record number.", 1, "mrn", "", ["MRN"]],  # no see_also: its Glossary entry
        ["Synaptophysin", "A protein in neuroendocrine cells.", 0, "stains", "Special stains", ["Synaptophysin"]],
    ]


def test_the_offline_edition_gets_links_that_work_from_a_folder(tmp_path):
    docs, site = make_site(tmp_path, offline=True)
    report_terms.run(site, docs, offline=True)
    assert read_data(site)["pages"] == [["diagnosis/biopsy.html", "Biopsy, grade and stage"], ["glossary.html", "Glossary"]]


def test_two_runs_write_the_same_file(tmp_path):
    docs, site = make_site(tmp_path, offline=False)
    report_terms.run(site, docs)
    first = (site / report_terms.OUTPUT).read_bytes()
    report_terms.run(site, docs)
    assert (site / report_terms.OUTPUT).read_bytes() == first


def test_every_entry_of_the_guides_glossary_gets_a_row():
    root = Path(__file__).resolve().parents[2]
    entries = parse_glossary((root / "docs" / "_data" / "glossary.yml").read_text(encoding="utf-8"))
    rows = report_terms.terms_data(entries, root / "no-site", root / "docs", offline=False)["terms"]
    assert len(rows) == len(entries)
    assert all(row[5] for row in rows), [row[0] for row in rows if not row[5]]  # every term can be found
