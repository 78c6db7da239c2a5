"""Pictures: alt text, web formats, files under 200 KB, stored in the repository."""
import shutil

from tests.harness.check_fixtures import FIXTURES, assert_reported, lines

from scripts.checks import images


def test_picture_without_alt_text_is_reported():
    assert_reported(lines(images.check, "images"), "docs/page.md:10: picture has no alt text", "describe what it shows")


def test_picture_in_a_format_browsers_do_not_show_is_reported_on_the_page_and_the_file():
    found = lines(images.check, "images")
    assert_reported(found, "docs/page.md:12: picture format .tiff does not show in every browser", "PNG")
    assert_reported(found, "docs/assets/scan.tiff:0: picture format .tiff does not show in every browser")


def test_picture_from_another_site_is_reported():
    assert_reported(lines(images.check, "images"), "docs/page.md:14: picture is loaded from another site", "docs/assets/")


def test_missing_picture_file_is_reported():
    assert_reported(lines(images.check, "images"), "docs/page.md:16: picture file assets/missing.png does not exist")


def test_vague_alt_text_is_a_warning():
    assert_reported(lines(images.check, "images", "warning"), 'docs/page.md:18: alt text "image" does not say what the picture shows')


def test_picture_over_200_kb_is_reported(tmp_path):
    shutil.copytree(FIXTURES / "clean", tmp_path / "site")
    (tmp_path / "site" / "docs" / "assets" / "big.png").write_bytes(b"\0" * (201 * 1024))
    assert_reported(lines(images.check, tmp_path / "site"), "docs/assets/big.png:0: picture is 201 KB, more than 200 KB", "make it smaller")


def test_clean_site_pictures_pass():
    assert lines(images.check, "clean") == []
