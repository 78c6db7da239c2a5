"""Explain my report (docs/tools/explain-my-report.md) in a real browser: a reader pastes a pathology report, a
scan report or a clinic letter and sees its words explained; nothing leaves the page, nothing is stored, and it
works by keyboard, with a screen reader, at phone width, in light and dark, and from file:// in the offline
edition (that test, and the one as deployed behind nginx, are in tests/server/test_tools_offline_and_hosted.py).

The three sample documents in tests/fixtures/reports/ are invented (no real patient's text). For each,
expected-terms.yml lists the words a patient would need explained and the glossary term that should explain
each one.
"""
from __future__ import annotations

from urllib.parse import unquote, urlsplit

import pytest
import yaml

from tests.browser.tool_steps import REPORTS, listed, paste, sample
from tests.harness.axe import WCAG, violations
from tests.harness.browser import DESKTOP, PHONE

EXPECTED = yaml.safe_load((REPORTS / "expected-terms.yml").read_text(encoding="utf-8"))
TOOL = "tools/explain-my-report/"
MIN_SHARE = 0.9

# ----------------------------------------------------------------- helpers


def open_tool(page, url: str = TOOL):
    page.goto(url)
    page.locator(".ng-explain__form").wait_for()
    return page.locator("#ng-explain-text")


@pytest.fixture(scope="module")
def matcher(browser, base_url):
    """The tool open once for the tests of its matcher alone: explain() is a function of the text only, so
    they need no fresh page each."""
    context = browser.new_context(viewport=DESKTOP, base_url=base_url)
    page = context.new_page()
    open_tool(page)
    yield page
    context.close()


def explain(page, text: str, strip: bool = True) -> list[dict]:
    """What the matcher finds in a text: [{written, term}], each term once, in order."""
    found = page.evaluate("text => window.NGReportExplainer.explain(text)", text)
    return [{"written": f["written"], "term": f["term"]} for f in found] if strip else found


def no_script_errors(page):
    assert not page.watch.console and not page.watch.page_errors, page.watch.console + page.watch.page_errors


# ----------------------------------------------------------------- the sample documents


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_pasted_sample_document_gets_nine_in_ten_of_its_words_explained(page, name):
    text = sample(name)
    expected = EXPECTED[name]
    flat = " ".join(text.split()).lower()
    missing_words = [word for word in expected if word.lower() not in flat]
    assert not missing_words, f"expected-terms.yml lists words that {name} does not contain: {missing_words}"

    open_tool(page)
    paste(page, text)
    shown = listed(page)
    terms = {entry["term"] for entry in shown}
    explained = [word for word, term in expected.items() if term and term in terms]
    missed = [f"{word} (→ {term or 'no entry'})" for word, term in expected.items() if word not in explained]
    share = len(explained) / len(expected)
    print(f"\n{name}: {len(explained)} of {len(expected)} words explained ({share:.0%}); "
          f"{len(shown)} entries listed; missed: {', '.join(missed)}")
    assert share >= MIN_SHARE, f"{name}: only {share:.0%} explained; missed: {missed}"
    # Each entry appears once, in the order of the document, as the document writes it.
    assert len(terms) == len(shown)
    found = explain(page, text, strip=False)
    assert [(f["written"], f["term"]) for f in found] == [(e["written"], e["term"]) for e in shown]
    assert [f["start"] for f in found] == sorted(f["start"] for f in found)
    assert all(text[f["start"]:f["start"] + len(f["written"])] == f["written"] for f in found)
    no_script_errors(page)


def test_each_entry_has_a_definition_and_a_link_to_read_more(page, site_dir):
    open_tool(page)
    paste(page, sample("scan.txt"))
    entries = page.locator(".ng-explain__list dd")
    assert entries.count() > 50
    for i in range(entries.count()):
        dd = entries.nth(i)
        assert len(dd.locator("p").first.text_content().split()) >= 3
        link = dd.locator("a")
        assert link.get_attribute("target") == "_blank" and "opens in a new tab" in link.inner_text()
        target = urlsplit(link.evaluate("a => a.href"))
        path = site_dir / unquote(target.path).lstrip("/")
        path = path / "index.html" if path.is_dir() else path
        assert path.is_file(), f"{link.inner_text()} leads to {target.path}, which is not in the site"
        if target.fragment:
            assert f'id="{target.fragment}"' in path.read_text(encoding="utf-8"), f"no #{target.fragment} in {path}"


# ----------------------------------------------------------------- how documents write words


@pytest.mark.parametrize("text, terms", [
    ("Ki-67 8%", ["Ki-67 index"]),
    ("Ki67 8%", ["Ki-67 index"]),
    ("ki 67 index", ["Ki-67 index"]),
    ("SUVmax38.2, SUV max 12", ["SUV"]),
    ("120mg", ["Milligram"]),
    ("3 mitoses per 2 mm2", ["Mitotic count", "Square millimeter"]),
    ("2 mm²", ["Square millimeter"]),
    ("pT3 pN1 M1", ["pTNM", "TNM system"]),
    ("margins R0/R1", ["Margin"]),
    ("octreotide 100 micrograms s.c. t.d.s. p.r.n.", ["Octreotide", "Microgram", "Subcutaneous", "TDS", "PRN"]),
    ("omeprazole 20 mg OD", ["Proton pump inhibitor (PPI)", "Milligram", "OD"]),
    ("metformin 500 mg b.i.d.", ["Milligram", "BD"]),
    ("Somatuline Autogel 120 mg every 28 days", ["Lanreotide", "Milligram"]),
    ("a tumour with oedema and low haemoglobin", ["Tumor", "Edema", "Hemoglobin"]),
    ("transarterial embolisation of the liver", ["Embolization"]),
    ("a somatostatin analogue", ["Somatostatin analog"]),
    ("WHO grade 2", ["Grade"]),
    ("NETs with liver metastases", ["NET (neuroendocrine tumor)", "Liver metastases"]),
    ("several lesions and biopsies", ["Lesion", "Biopsy"]),
    ("SSTR-avid lesion", ["Avid", "Lesion"]),
    ("somatostatin receptor-positive", ["Somatostatin receptor"]),
    ("68Ga-DOTATATE and Ga-68 DOTATATE", ["DOTATATE"]),
    ("NEUROENDOCRINE TUMOUR, WELL-DIFFERENTIATED", ["NET (neuroendocrine tumor)", "Well differentiated"]),
    ("U&Es and LFTs", ["U&E", "Liver function tests"]),
    ("the liver. Metastases were seen", ["Metastasis"]),
])
def test_the_tool_reads_terms_the_way_documents_write_them(matcher, text, terms):
    assert [found["term"] for found in explain(matcher, text)] == terms


def test_everyday_words_are_not_flagged(matcher):
    text = ("Who will net the pet at this stage? It was a trial run, or a shot in the dark. We had a good "
            "chat about work and family, and we will write to you with the plan.")
    assert explain(matcher, text) == []


def test_the_longest_term_wins_and_each_term_is_listed_once(matcher):
    found = explain(matcher, "WHO grade 2 NET. WHO grade 2 again. The NET and NETs.")
    assert found == [{"written": "WHO grade 2", "term": "Grade"}, {"written": "NET", "term": "NET (neuroendocrine tumor)"}]


# ----------------------------------------------------------------- privacy


def test_nothing_is_requested_or_stored_after_the_page_has_loaded(page):
    open_tool(page)
    page.wait_for_load_state("networkidle")
    storage = "() => JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])"
    before = page.evaluate(storage)
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    text = sample("clinic-letter.txt")
    paste(page, text)
    page.get_by_role("button", name="Explain the words").click()
    page.locator("#ng-explain-text").press_sequentially(" Ki-67", delay=20)
    page.wait_for_timeout(500)
    page.locator("article").get_by_role("button", name="Clear").click()
    page.wait_for_timeout(300)
    assert requests == [], f"requests after load: {requests}"
    assert page.evaluate(storage) == before, "the tool stored something"
    assert "Alex" not in before and "Lanreotide" not in before
    assert page.context.cookies() == []
    no_script_errors(page)
    assert page.watch.foreign == []


def test_the_text_box_has_no_name_so_the_form_can_never_send_it(page):
    box = open_tool(page)
    assert box.get_attribute("name") is None
    assert box.get_attribute("spellcheck") == "false"  # browsers' online spell checkers stay out of it


# ----------------------------------------------------------------- reading and using the list


def test_the_count_is_announced_to_screen_readers_and_follows_the_text(page):
    open_tool(page)
    status = page.locator("[role=status]")
    assert status.inner_text() == ""
    paste(page, "Ki-67 index 8% and SUVmax 38")
    assert status.inner_text() == "2 words or terms explained."
    page.locator("#ng-explain-text").press("End")
    page.locator("#ng-explain-text").press_sequentially(" and a liver lesion", delay=20)
    page.wait_for_timeout(600)
    assert status.inner_text() == "3 words or terms explained."
    page.locator("article").get_by_role("button", name="Clear").click()
    assert status.inner_text() == ""
    paste(page, "We had a good chat.")
    assert status.inner_text() == "No words found that this tool can explain."


def test_the_tool_works_by_keyboard_alone(page):
    open_tool(page)
    box = page.locator("#ng-explain-text")
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "ng-explain-text":
            break
    else:
        raise AssertionError("Tab never reached the text box")
    page.keyboard.type("Ki-67 index and SUVmax")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Explain the words"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "ng-explain-heading"
    assert page.locator(".ng-explain__count").inner_text() == "2 words or terms explained."
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('dd') !== null")  # the first "Read more" link
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.locator("[data-ng-explain-clear]").focus()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "ng-explain-text" and box.input_value() == ""


def test_typed_text_is_explained_when_the_reader_pauses(page):
    open_tool(page)
    page.locator("#ng-explain-text").press_sequentially("The lesions are avid", delay=10)
    page.locator(".ng-explain__list dt").nth(1).wait_for(timeout=3_000)
    assert [entry["term"] for entry in listed(page)] == ["Lesion", "Avid"]


def test_the_notice_and_the_urgent_help_route_are_on_the_page(page):
    open_tool(page)
    article = page.locator("article")
    assert "does not say what your own results mean for you" in article.inner_text()
    assert "Your text stays on your device" in article.inner_text()
    urgent = page.locator(".admonition.danger")
    assert "Call your emergency number" in urgent.inner_text()
    assert urgent.get_by_role("link").first.get_attribute("href").endswith("symptoms/")


def test_print_this_list_prints_the_list_and_not_the_text(page):
    open_tool(page)
    paste(page, sample("pathology.txt"))
    assert page.get_by_role("button", name="Print this list").is_visible()
    page.emulate_media(media="print")
    assert not page.locator("#ng-explain-text").is_visible()
    assert not page.get_by_role("button", name="Print this list").is_visible()
    assert page.locator(".ng-explain__list dt").first.is_visible()
    assert page.locator(".ng-explain__print-note").is_visible()
    assert not page.locator(".admonition.warning").is_visible()


def test_on_a_phone_the_list_fits_the_screen(phone_page):
    open_tool(phone_page)
    paste(phone_page, sample("scan.txt"))
    assert phone_page.locator(".ng-explain__list dt").count() > 50
    width = phone_page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page scrolls sideways: {width}px wide"
    box = phone_page.get_by_role("button", name="Explain the words").bounding_box()
    assert box["height"] >= 24 and box["width"] >= 24  # WCAG 2.5.8 target size
    no_script_errors(phone_page)


# ----------------------------------------------------------------- accessibility


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_the_tool_with_results_shown_has_no_axe_violations(browser, base_url, scheme, size):
    context = browser.new_context(viewport=DESKTOP if size == "desktop" else PHONE, color_scheme=scheme,
                                  base_url=base_url)
    page = context.new_page()
    open_tool(page)
    paste(page, sample("clinic-letter.txt"))
    page.locator(".ng-explain__list dt").first.wait_for()
    found = violations(page, WCAG)
    paste(page, "No medical words here.")  # the "none found" message too
    found += violations(page, WCAG)
    context.close()
    assert not found, "\n".join(found)
