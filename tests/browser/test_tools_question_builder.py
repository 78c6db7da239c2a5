"""The question list builder shows and prints only the questions of the topics the reader ticks, from the same
questions as the questions page."""
from __future__ import annotations

from playwright.sync_api import expect

from netguide.data import ROOT
from netguide.markdown.questions import load_topics
from tests.browser.tool_steps import open_builder, tick_topics

TOPICS = {topic.id: topic for topic in load_topics(ROOT / "docs" / "_data" / "questions.yml")}


def visible_texts(page, selector: str) -> list[str]:
    return page.locator(selector).evaluate_all(
        "(els) => els.filter((e) => e.offsetParent !== null || e.getClientRects().length).map((e) => e.textContent.trim())")


def test_no_topic_chosen_shows_no_questions_and_says_how_to_start(page):
    open_builder(page)
    expect(page.locator("#qb-empty")).to_be_visible()
    assert visible_texts(page, ".ng-sheet__topic label") == []


def test_ticking_a_topic_shows_its_questions_and_the_count(page):
    open_builder(page)
    tick_topics(page, "about-prrt")
    assert visible_texts(page, ".ng-sheet__topic label") == list(TOPICS["about-prrt"].questions)
    n = len(TOPICS["about-prrt"].questions)
    expect(page.locator("#qb-status")).to_have_text(f"{n} questions on your list, from 1 topic.")
    expect(page.locator("#qb-empty")).to_be_hidden()
    tick_topics(page, "about-prrt")  # untick
    assert visible_texts(page, ".ng-sheet__topic label") == []


def test_print_shows_only_the_chosen_questions_with_room_for_answers(page):
    open_builder(page)
    tick_topics(page, "after-diagnosis", "about-chemotherapy")
    page.uncheck("#qb-q-after-diagnosis-2")
    page.fill("#qb-own", "Can I travel in March?\n\n  Who do I call at night?  ")
    page.emulate_media(media="print")
    expected = [q for i, q in enumerate(TOPICS["after-diagnosis"].questions, 1) if i != 2]
    expected += list(TOPICS["about-chemotherapy"].questions)
    assert visible_texts(page, ".ng-sheet__question label") == expected
    assert visible_texts(page, ".ng-sheet__own-list > li > span") == ["Can I travel in March?", "Who do I call at night?"]
    assert visible_texts(page, ".ng-sheet h3") == ["After diagnosis", "About chemotherapy", "My own questions"]
    answers = page.locator(".ng-sheet__question .ng-sheet__answer")
    assert answers.first.is_visible() and answers.first.bounding_box()["height"] > 40
    for hidden in ("#qb-topics", "article h1", "#qb-own", "#qb-print", ".ng-sheet__question input", ".ng-page-meta",
                   "article > p:first-of-type", "#choose-topics"):
        expect(page.locator(hidden).first).to_be_hidden()
    expect(page.locator(".ng-sheet__title")).to_be_visible()


def test_builder_and_questions_page_show_the_same_questions(page):
    open_builder(page)
    in_builder = page.locator(".ng-sheet__topic label").all_text_contents()
    page.goto("living/questions/")
    on_page = [t.strip() for t in page.locator("article .task-list-item").all_text_contents()]
    assert on_page == in_builder and len(on_page) == sum(len(t.questions) for t in TOPICS.values())


def test_questions_page_keeps_the_addresses_of_its_groups(page):
    page.goto("living/questions/")
    ids = page.locator("article h2[id]").evaluate_all("(hs) => hs.map((h) => h.id)")
    for published in ("how-to-use", "after-diagnosis", "about-tests", "about-treatment", "about-side-effects",
                      "about-follow-up", "about-daily-life-and-support", "my-own-questions"):
        assert published in ids


def test_topics_can_be_chosen_and_printed_with_the_keyboard(page):
    open_builder(page)
    page.focus("#qb-topic-after-diagnosis")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "qb-topic-about-tests"
    page.keyboard.press("Space")
    assert visible_texts(page, ".ng-sheet__topic label") == list(TOPICS["about-tests"].questions)
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "qb-topic-about-treatment"
    page.focus("#qb-own")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "qb-print"
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    page.keyboard.press("Enter")
    assert page.evaluate("() => window.printed") == 1


def test_without_javascript_the_sheet_lists_every_question(browser, base_url):
    context = browser.new_context(java_script_enabled=False, base_url=base_url)
    page = context.new_page()
    page.goto("tools/question-builder/")
    assert len(visible_texts(page, ".ng-sheet__topic label")) == sum(len(t.questions) for t in TOPICS.values())
    expect(page.locator("#qb-topics")).to_be_hidden()
    context.close()
