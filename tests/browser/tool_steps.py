"""What a reader does with the reader tools (symptom diary, question list builder, summary card, Explain my
report), as steps the tool tests share: add a diary entry, read what the browser stored, tick topics, fill in
the card, paste a document and read the words explained."""
from __future__ import annotations

import json
from pathlib import Path

DIARY = "tools/symptom-diary/"
BUILDER = "tools/question-builder/"
CARD = "tools/summary-card/"
REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "reports"  # invented sample documents
DIARY_KEY = "netguide.diary.v1"
CARD_KEY = "netguide.card.v1"


def open_tool(page, path: str, ready: str):
    """Open a tool page and wait until its script has set it up (the element gets data-ready)."""
    page.goto(path)
    page.wait_for_selector(f"{ready}[data-ready]", state="attached")


def open_diary(page):
    open_tool(page, DIARY, "#ng-diary-form")


def open_builder(page):
    open_tool(page, BUILDER, "#qb-sheet")


def open_card(page):
    open_tool(page, CARD, "#ng-card-form")


def stored(page, key: str):
    """What the page keeps in this browser under key, parsed, or None."""
    text = page.evaluate("key => localStorage.getItem(key)", key)
    return None if text is None else json.loads(text)


def stored_text(page, key: str):
    return page.evaluate("key => localStorage.getItem(key)", key)


def add_symptom(page, when: str, symptoms=("flushing",), severity=None, minutes=None, triggers=(),
                trigger_detail="", note="", other=""):
    """Fill in and save one symptom entry the way a reader does: tap the labels, type, press Save."""
    page.locator("label[for=diary-kind-symptom]").click()
    page.fill("#diary-when", when)
    for code in symptoms:
        page.locator(f"label[for=diary-symptom-{code}]").click()
    if other:
        page.fill("#diary-other-symptom", other)
    if severity:
        page.locator(f"label[for=diary-severity-{severity}]").click()
    if minutes is not None:
        page.fill("#diary-duration", str(minutes))
    for code in triggers:
        page.locator(f"label[for=diary-trigger-{code}]").click()
    if trigger_detail:
        page.fill("#diary-trigger-detail", trigger_detail)
    if note:
        page.fill("#diary-note", note)
    page.get_by_role("button", name="Save entry").click()


def add_treatment(page, when: str, treatment: str, note: str = ""):
    page.locator("label[for=diary-kind-treatment]").click()
    page.fill("#diary-when", when)
    page.fill("#diary-treatment", treatment)
    if note:
        page.fill("#diary-note", note)
    page.get_by_role("button", name="Save entry").click()


def diary_entry(time: str, type: str = "symptom", **fields) -> dict:
    """An entry as the diary stores it (format version 1), for tests that start with a filled diary."""
    entry = {"id": f"test-{time}-{type}", "type": type, "time": time, "symptoms": [], "otherSymptom": "",
             "severity": None, "minutes": None, "triggers": [], "triggerDetail": "", "treatment": "", "note": ""}
    entry.update(fields)
    return entry


def seed_diary(page, entries: list[dict]):
    """Put entries in this browser's storage, as an earlier visit would have, and open the diary again."""
    page.evaluate("([key, text]) => localStorage.setItem(key, text)",
                  [DIARY_KEY, json.dumps({"version": 1, "entries": entries})])
    open_diary(page)


def diary_entries(page) -> list[dict]:
    data = stored(page, DIARY_KEY)
    return data["entries"] if data else []


def tick_topics(page, *topic_ids: str):
    for topic in topic_ids:
        page.locator(f"label[for=qb-topic-{topic}]").click()


CARD_VALUES = {
    "name": "Maria Lopez",
    "birth": "3 May 1961",
    "type": "Well-differentiated neuroendocrine tumor (NET)",
    "site": "Small intestine",
    "grade": "G2",
    "ki67": "8%",
    "syndrome": "Carcinoid syndrome",
    "treatments": "Surgery 2024. Lanreotide every 4 weeks.",
    "conditions": "Type 2 diabetes",
    "allergies": "Penicillin",
    "team": "City Hospital NET clinic",
    "contact": "Nurse Ann Lee",
    "phone": "+1 555 0100",
}


def fill_card(page, values: dict = CARD_VALUES):
    for field, value in values.items():
        page.fill(f"#card-{field}", value)


def sample(name: str) -> str:
    return (REPORTS / name).read_text(encoding="utf-8")


def paste(page, text: str) -> None:
    """Paste as a reader does: the text on the clipboard, then Ctrl+A and Ctrl+V in the box (replacing what was there),
    and wait until the tool has announced its result."""
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.evaluate("text => navigator.clipboard.writeText(text)", text)
    page.locator("#ng-explain-text").click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Control+V")
    page.wait_for_function("text => document.querySelector('#ng-explain-text').value === text "
                           "&& document.querySelector('.ng-explain [role=status]').textContent !== ''", arg=text)


def listed(page) -> list[dict]:
    """Each entry of the list: the words as the document writes them and the glossary term explaining them."""
    return page.locator(".ng-explain__list dt").evaluate_all(
        "dts => dts.map(dt => ({written: dt.textContent, term: dt.dataset.term}))")
