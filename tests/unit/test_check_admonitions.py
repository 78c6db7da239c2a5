"""Boxes: only the vocabulary in docs/_data/admonitions.yml, with its titles and markers, indented to render."""
from tests.harness.check_fixtures import ROOT, assert_reported, lines

from scripts.checks import admonitions

ALLOWED = "use one of: danger, warning, tip, note, info"


def test_unknown_admonition_type_is_reported_with_line_and_allowed_types():
    assert_reported(lines(admonitions.check, "admonitions"), 'docs/page.md:13: unknown box (admonition) type "warnign"', f'did you mean "warning"? {ALLOWED}')


def test_material_type_outside_the_vocabulary_is_reported_with_allowed_types():
    assert_reported(lines(admonitions.check, "admonitions"), 'docs/page.md:16: box (admonition) type "success" is not in the guide\'s vocabulary', ALLOWED)


def test_box_with_a_title_outside_the_vocabulary_is_reported_with_the_right_title():
    assert_reported(lines(admonitions.check, "admonitions"), 'docs/page.md:19: the tip box has the title "Hint"', 'write !!! tip "Good to know"')


def test_danger_box_must_be_open_and_professional_box_must_be_collapsed():
    found = lines(admonitions.check, "admonitions")
    assert_reported(found, "docs/page.md:22: the danger box must start with !!!, not ???", "always open")
    assert_reported(found, "docs/page.md:25: the info box must start with ???, not !!!", '??? info "For health professionals"')


def test_box_whose_text_is_not_indented_is_reported_as_empty():
    assert_reported(lines(admonitions.check, "admonitions"), "docs/page.md:28: this box is empty", "indent every line of the box's text by 4 spaces")


def test_title_without_quotes_is_reported():
    assert_reported(lines(admonitions.check, "admonitions"), 'docs/page.md:31: extra words after the box type "tip"', "double quotes")


def test_the_guide_and_the_contributing_guide_share_one_vocabulary():
    from scripts.checks.context import load_site

    vocabulary = admonitions.load_vocabulary(load_site())
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for kind, entry in vocabulary.items():
        assert f'{entry["marker"]} {kind} "{entry["title"]}"' in contributing


def test_clean_site_boxes_pass():
    assert lines(admonitions.check, "clean") == []


def test_urgent_help_box_without_the_emergency_numbers_is_reported_and_one_wrapped_over_two_lines_is_not():
    found = lines(admonitions.check, "admonitions")
    assert_reported(found, "docs/page.md:37: this urgent-help box does not give the emergency numbers",
                    '"Call your emergency number now (911 in the US, 999 in the UK)"')
    assert not [line for line in found if "emergency numbers" in line and not line.startswith("docs/page.md:37:")]
