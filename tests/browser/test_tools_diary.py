"""The symptom diary keeps entries in this browser only, survives a reload, round-trips through a CSV file,
refuses a damaged file without losing anything, deletes only after asking, and draws the last four weeks."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from playwright.sync_api import expect

from tests.browser.tool_steps import (
    DIARY_KEY, add_symptom, add_treatment, diary_entries, diary_entry, open_diary, seed_diary, stored, stored_text,
)


def at(days_ago: int, hour: int = 9, minute: int = 30) -> str:
    """A datetime-local value `days_ago` days before now, in the browser's (and this machine's) local time."""
    day = datetime.now() - timedelta(days=days_ago)
    return day.replace(hour=hour, minute=minute).strftime("%Y-%m-%dT%H:%M")


TRICKY_NOTE = 'After "dinner", red wine, cheese\nsecond line; =1+2 and ünïcödé'


def three_entries() -> list[dict]:
    """A symptom with every field (and a note that needs quoting in CSV), one with "other", a treatment."""
    return sorted([
        diary_entry(at(3, 20, 15), symptoms=["flushing", "racing-heart"], severity=3, minutes=20,
                    triggers=["food", "alcohol"], triggerDetail="cheese", note=TRICKY_NOTE),
        diary_entry(at(10, 7, 5), symptoms=["diarrhea", "other"], otherSymptom="cramps, bad", severity=5),
        diary_entry(at(5, 10, 0), "treatment", treatment="Lanreotide injection", note="-left side"),
    ], key=lambda e: e["time"], reverse=True)


def add_three(page):
    """Start with the diary of an earlier visit: three entries."""
    open_diary(page)
    seed_diary(page, three_entries())
    assert diary_entries(page) == three_entries()


# ----------------------------------------------------------------- keeping entries


def test_an_entry_is_still_there_after_a_reload(page):
    open_diary(page)
    add_symptom(page, at(0, 8, 0), symptoms=("flushing",), severity=2, minutes=15, note="Morning flush")
    expect(page.locator("#ng-diary-form .ng-message[role=status]")).to_contain_text("Saved. Your diary has 1 entry.")
    page.reload()
    page.wait_for_selector("#ng-diary-form[data-ready]", state="attached")
    item = page.locator(".ng-diary-list > li")
    expect(item).to_have_count(1)
    expect(item).to_contain_text("Flushing")
    expect(item).to_contain_text("2 of 5")
    expect(item).to_contain_text("15 minutes")
    expect(item).to_contain_text("Morning flush")
    data = stored(page, DIARY_KEY)
    assert data["version"] == 1 and len(data["entries"]) == 1
    assert data["entries"][0]["symptoms"] == ["flushing"] and data["entries"][0]["minutes"] == 15


def test_an_episode_needs_a_symptom_and_says_so_where_the_reader_is(page):
    open_diary(page)
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_role("alert")).to_contain_text("Please tick at least one symptom.")
    assert page.evaluate("() => document.activeElement.id") == "diary-symptom-flushing"
    assert stored(page, DIARY_KEY) is None


def test_a_treatment_entry_needs_its_name(page):
    open_diary(page)
    page.locator("label[for=diary-kind-treatment]").click()
    expect(page.locator("#diary-symptoms")).to_be_hidden()
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_role("alert")).to_contain_text("which treatment or injection")
    assert page.evaluate("() => document.activeElement.id") == "diary-treatment"
    add_treatment(page, at(1), "Octreotide")
    assert [e["treatment"] for e in diary_entries(page)] == ["Octreotide"]


def test_hours_are_kept_as_minutes(page):
    open_diary(page)
    page.locator("label[for=diary-symptom-pain]").click()
    page.fill("#diary-duration", "1.5")
    page.select_option("#diary-duration-unit", label="hours")
    page.get_by_role("button", name="Save entry").click()
    assert diary_entries(page)[0]["minutes"] == 90
    expect(page.locator(".ng-diary-list > li")).to_contain_text("1 hour 30 minutes")


# ----------------------------------------------------------------- a copy as a CSV file


def export(page, tmp_path):
    with page.expect_download() as info:
        page.get_by_role("button", name="Save a copy (CSV file)").click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    return path


def delete_all(page):
    page.get_by_role("button", name="Delete all entries").click()
    page.get_by_role("button", name="Yes, delete all").click()


def test_export_then_import_after_clearing_gives_the_same_entries(page, tmp_path):
    add_three(page)
    before = diary_entries(page)
    assert len(before) == 3
    csv = export(page, tmp_path)
    assert csv.name.startswith("net-guide-symptom-diary-") and csv.suffix == ".csv"
    assert csv.read_text(encoding="utf-8").startswith("type,date_time,symptoms,other_symptom,how_bad_1_to_5,")
    delete_all(page)
    assert stored(page, DIARY_KEY) is None
    expect(page.locator(".ng-diary-list > li")).to_have_count(0)
    page.set_input_files("#diary-import", str(csv))
    expect(page.locator("#ng-diary-files [role=status]")).to_contain_text("Imported 3 entries")
    assert diary_entries(page) == before
    expect(page.locator(".ng-diary-list > li")).to_have_count(3)
    # Importing the same file again adds nothing twice.
    page.set_input_files("#diary-import", str(csv))
    expect(page.locator("#ng-diary-files [role=status]")).to_contain_text("3 entries were already in your diary")
    assert diary_entries(page) == before


DAMAGES = ("a row cut short", "another kind of file", "a date that is no date", "a quote never closed",
           "an unknown symptom", "how bad out of range", "an empty file")


def damaged_copies(text: str) -> dict[str, str]:
    lines = text.split("\r\n")
    return {
        "a row cut short": "\r\n".join(lines[:2] + [lines[2].rsplit(",", 3)[0]] + lines[3:]),
        "another kind of file": "name,phone\r\nAnn,555\r\n",
        "a date that is no date": text.replace(lines[1].split(",")[1], "2026-13-45 25:00", 1),
        "a quote never closed": text + 'symptom,2026-11-02 10:00,Flushing,,2,,,,,"never closed,x\r\n',
        "an unknown symptom": text.replace("Flushing; ", "Sneezing; ", 1),
        "how bad out of range": "\r\n".join(lines[:1] + [",".join(lines[1].split(",")[:4] + ["9"] + lines[1].split(",")[5:])] + lines[2:]),
        "an empty file": "",
    }


def test_a_damaged_csv_is_refused_with_a_message_and_nothing_is_lost(page, tmp_path):
    add_three(page)
    good = export(page, tmp_path).read_bytes().decode("utf-8")
    add_symptom(page, at(0), symptoms=("wheezing",))
    kept = stored_text(page, DIARY_KEY)
    alert = page.locator("#ng-diary-files [role=alert]")
    for n, damage in enumerate(DAMAGES):
        bad = tmp_path / f"damaged-{n}.csv"
        bad.write_bytes(damaged_copies(good)[damage].encode("utf-8"))
        page.set_input_files("#diary-import", str(bad))
        expect(alert, damage).to_contain_text(f"damaged-{n}.csv was not imported")
        expect(alert, damage).to_contain_text("Nothing in your diary has changed.")
        assert stored_text(page, DIARY_KEY) == kept, damage
        expect(page.locator(".ng-diary-list > li"), damage).to_have_count(4)


def test_a_diary_stored_in_a_form_this_page_cannot_read_is_never_overwritten(page):
    page.add_init_script(f"localStorage.setItem('{DIARY_KEY}', '{{\"version\": 7, \"entries\": \"newer\"}}')")
    open_diary(page)
    expect(page.locator("#ng-diary-files [role=alert]")).to_contain_text("could not be read")
    page.locator("label[for=diary-symptom-flushing]").click()
    page.get_by_role("button", name="Save entry").click()
    expect(page.locator("#ng-diary-form [role=alert]")).to_contain_text("nothing can be added")
    assert stored_text(page, DIARY_KEY) == '{"version": 7, "entries": "newer"}'


# ----------------------------------------------------------------- deleting


def test_delete_all_asks_first_and_no_keeps_every_entry(page):
    add_three(page)
    kept = stored_text(page, DIARY_KEY)
    page.get_by_role("button", name="Delete all entries").click()
    question = page.get_by_role("group", name="Delete all 3 entries from this browser?")
    expect(question).to_be_visible()
    assert page.evaluate("() => document.activeElement.getAttribute('aria-labelledby')") == "diary-confirm-text"
    page.get_by_role("button", name="No, keep them").click()
    expect(question).to_be_hidden()
    assert stored_text(page, DIARY_KEY) == kept
    delete_all(page)
    assert stored_text(page, DIARY_KEY) is None
    expect(page.locator("#ng-diary-files [role=status]")).to_contain_text("All entries are deleted")


def test_one_entry_can_be_deleted_and_brought_back(page):
    add_three(page)
    before = diary_entries(page)
    page.locator(".ng-diary-list > li").first.get_by_role("button", name="Delete").click()
    assert len(diary_entries(page)) == 2
    page.get_by_role("button", name="Undo").click()
    assert sorted(e["id"] for e in diary_entries(page)) == sorted(e["id"] for e in before)


# ----------------------------------------------------------------- the last four weeks


def test_chart_shows_the_last_four_weeks_with_a_table_alternative(page):
    open_diary(page)
    seed_diary(page, [
        diary_entry(at(2, 18), symptoms=["diarrhea"], severity=4),
        diary_entry(at(2, 8), symptoms=["flushing"], severity=2),
        diary_entry(at(12), symptoms=["pain"]),
        diary_entry(at(12, 10), "treatment", treatment="Lanreotide injection"),
        diary_entry(at(40), symptoms=["wheezing"]),  # older than four weeks: in the list, not the chart
    ])
    chart = page.locator("#ng-diary-chart svg.ng-chart")
    expect(chart).to_have_attribute("role", "img")
    assert chart.locator("rect.ng-chart__bar").count() == 2
    assert chart.locator("path.ng-chart__treatment").count() == 1
    title = chart.locator("title").text_content()
    assert "3 symptom entries on 2 days" in title and "The most in one day: 2" in title and "Treatments: 1" in title
    page.get_by_text("Show the chart as a table").click()
    rows = page.locator("#ng-diary-chart table tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.first.locator("td").nth(0)).to_have_text("2")
    expect(rows.first.locator("td").nth(1)).to_have_text("4")
    expect(rows.nth(1).locator("td").nth(2)).to_have_text("Lanreotide injection")
    # The list shows the last four weeks, and all entries on request.
    expect(page.locator(".ng-diary-list > li")).to_have_count(4)
    page.get_by_role("button", name="Show all 5 entries").click()
    expect(page.locator(".ng-diary-list > li")).to_have_count(5)


def test_the_chart_labels_are_at_least_12_px_on_a_phone(phone_page):
    # The chart is drawn in its own units and scaled to the screen: on a phone it shrinks, and its labels with it.
    open_diary(phone_page)
    seed_diary(phone_page, [diary_entry(at(2), symptoms=["flushing"])])
    sizes = phone_page.locator("#ng-diary-chart .ng-chart__label").evaluate_all(
        "labels => labels.map(t => t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize))")
    assert sizes and min(sizes) >= 12, sizes


def test_print_shows_the_chart_and_the_entries_but_not_the_form(page):
    add_three(page)
    page.emulate_media(media="print")
    expect(page.locator("#ng-diary-chart svg")).to_be_visible()
    expect(page.locator(".ng-diary-list > li")).to_have_count(3)
    expect(page.locator(".ng-diary-list > li").first).to_be_visible()
    expect(page.locator("article h1")).to_be_visible()
    for hidden in ("#ng-diary-form", "#ng-diary-files", ".admonition.danger", ".ng-diary-entry__delete", ".ng-page-meta"):
        expect(page.locator(hidden).first).to_be_hidden()


# ----------------------------------------------------------------- by keyboard


def test_an_entry_can_be_added_with_the_keyboard_alone(page):
    open_diary(page)
    page.focus("#diary-kind-symptom")
    seen = []
    for _ in range(40):
        page.keyboard.press("Tab")
        seen.append(page.evaluate("() => document.activeElement.id"))
        if seen[-1] == "diary-symptom-flushing":
            break
    assert seen[-1] == "diary-symptom-flushing", seen
    page.keyboard.press("Space")
    page.focus("#diary-note")
    page.keyboard.type("Typed with keys")
    page.focus("#diary-trigger-detail")
    page.keyboard.press("Enter")  # Enter in a text field saves, as in any form
    entries = diary_entries(page)
    assert len(entries) == 1 and entries[0]["symptoms"] == ["flushing"] and entries[0]["note"] == "Typed with keys"
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def test_the_urgent_help_box_comes_before_the_diary_and_links_to_the_signs(page):
    open_diary(page)
    box = page.locator("article .admonition.danger")
    expect(box).to_contain_text("Call your emergency number now")
    link = box.get_by_role("link", name="managing symptoms")
    assert link.get_attribute("href").endswith("treatment/symptom-management/")
    assert box.evaluate("(b) => !!(b.compareDocumentPosition(document.getElementById('ng-diary-form')) & 4)")
