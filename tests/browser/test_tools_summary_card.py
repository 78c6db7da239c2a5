"""The summary card shows only what the reader typed, plus "Please contact my NET team" and the guide's page for
health professionals; it is stored only when the reader saves it; it prints wallet-size or as a full page."""
from __future__ import annotations

import io

from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser.tool_steps import CARD_KEY, CARD_VALUES, fill_card, open_card, stored


def card_lines(page, selector: str) -> list[str]:
    return [line for line in page.locator(selector).inner_text().split("\n") if line.strip()]


def test_nothing_is_stored_until_the_reader_saves(page):
    open_card(page)
    fill_card(page)
    assert stored(page, CARD_KEY) is None
    page.reload()
    page.wait_for_selector("#ng-card-form[data-ready]", state="attached")
    assert page.input_value("#card-name") == ""
    assert stored(page, CARD_KEY) is None


def test_a_saved_card_is_there_after_a_reload(page):
    open_card(page)
    fill_card(page)
    page.get_by_role("button", name="Save on this device").click()
    expect(page.locator("#ng-card-form [role=status]")).to_contain_text("Saved in this browser on this device")
    data = stored(page, CARD_KEY)
    assert data["version"] == 1 and data["fields"] == CARD_VALUES
    page.reload()
    page.wait_for_selector("#ng-card-form[data-ready]", state="attached")
    for field, value in CARD_VALUES.items():
        assert page.input_value(f"#card-{field}") == value
    expect(page.locator("#ng-card-form [role=status]")).to_contain_text("This is the card you saved on this device")


def test_clearing_asks_first_then_empties_the_card_and_deletes_the_saved_one(page):
    open_card(page)
    fill_card(page)
    page.get_by_role("button", name="Save on this device").click()
    page.get_by_role("button", name="Clear the card").click()
    page.get_by_role("button", name="No, keep it").click()
    assert stored(page, CARD_KEY)["fields"]["name"] == "Maria Lopez"
    assert page.input_value("#card-name") == "Maria Lopez"
    page.get_by_role("button", name="Clear the card").click()
    page.get_by_role("button", name="Yes, clear the card").click()
    assert stored(page, CARD_KEY) is None
    assert page.input_value("#card-name") == ""


def test_the_card_says_only_what_the_reader_typed_plus_the_two_fixed_lines(page, base_url):
    open_card(page)
    fill_card(page)
    front, back = card_lines(page, ".ng-wallet--front"), card_lines(page, ".ng-wallet--back")
    v = CARD_VALUES
    assert front == ["My NET summary", f"Name: {v['name']}", f"Born: {v['birth']}", f"Diagnosis: {v['type']}",
                     f"Started in: {v['site']}", f"Grade: {v['grade']}", f"Ki-67: {v['ki67']}",
                     f"Hormone syndrome: {v['syndrome']}"]
    assert back == [f"Treatments: {v['treatments']}", f"Other conditions: {v['conditions']}",
                    f"Allergies: {v['allergies']}", "Please contact my NET team:", v["team"], v["contact"], v["phone"],
                    f"For health professionals: {base_url}#for-clinicians"]


def test_empty_fields_leave_no_empty_lines_on_the_card(page):
    open_card(page)
    page.fill("#card-name", "Sam")
    page.fill("#card-phone", "555 0199")
    assert card_lines(page, ".ng-wallet--front") == ["My NET summary", "Name: Sam"]
    assert card_lines(page, ".ng-wallet--back")[:2] == ["Please contact my NET team:", "555 0199"]


def test_print_as_wallet_card_or_full_page(page):
    open_card(page)
    fill_card(page)
    page.emulate_media(media="print")
    # The browser's own print menu: the full page.
    expect(page.locator(".ng-card-full")).to_be_visible()
    expect(page.locator(".ng-card-preview")).to_be_hidden()
    expect(page.locator("#ng-card-form")).to_be_hidden()
    expect(page.locator("article h1")).to_be_hidden()
    expect(page.locator(".ng-card-full")).to_contain_text("Please contact my NET team")
    expect(page.locator(".ng-card-full")).to_contain_text(CARD_VALUES["treatments"])
    # "Print wallet card": front and back side by side, each the size of a bank card (85.6 by 54 mm).
    page.emulate_media(media="screen")
    page.evaluate("() => { window.print = () => {}; }")
    page.get_by_role("button", name="Print wallet card").click()
    assert page.evaluate("() => document.documentElement.dataset.ngPrint") == "wallet-card"
    page.emulate_media(media="print")
    expect(page.locator(".ng-card-full")).to_be_hidden()
    front, back = page.locator(".ng-wallet--front").bounding_box(), page.locator(".ng-wallet--back").bounding_box()
    mm = 96 / 25.4
    assert abs(front["width"] - 85.6 * mm) < 2 and abs(front["height"] - 54 * mm) < 2
    assert abs(back["x"] - (front["x"] + front["width"])) < 2 and abs(back["y"] - front["y"]) < 2


def test_the_wallet_card_prints_on_one_sheet(page):
    # A short page once spilled onto a second, blank sheet: Material stretches the page to the window's height.
    open_card(page)
    fill_card(page)
    page.evaluate("() => document.documentElement.setAttribute('data-ng-print', 'wallet-card')")
    page.emulate_media(media="print")
    assert len(PdfReader(io.BytesIO(page.pdf())).pages) == 1


def test_text_too_long_for_the_wallet_card_is_pointed_out(page):
    open_card(page)
    fit = page.locator(".ng-card__fit")
    expect(fit).to_be_hidden()
    page.fill("#card-treatments", "Surgery, then injections every four weeks, then PRRT. " * 7)
    page.fill("#card-conditions", "Type 2 diabetes, high blood pressure, asthma, a bad knee. " * 6)
    expect(fit).to_be_visible()
    expect(fit).to_contain_text("does not fit on the wallet card")


def test_the_card_can_be_filled_and_saved_with_the_keyboard(page):
    open_card(page)
    page.focus("#card-name")
    page.keyboard.type("Kim")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "card-birth"
    page.keyboard.press("Enter")  # Enter in a field saves, as in any form
    assert stored(page, CARD_KEY)["fields"]["name"] == "Kim"
