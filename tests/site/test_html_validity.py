"""Every built page is valid HTML: the Nu HTML Checker (vnu.jar, the W3C validator's engine) finds no error.

Valid markup is read the same way by every browser and screen reader. Runs on the session's build
in about 5 seconds of CPU; vnu.jar comes from node_modules (`make node_modules/.installed`).
"""
from __future__ import annotations

import pytest

from tests.harness.html_validity import VNU_JAR, check_site, errors


def test_every_page_passes_the_nu_html_checker(site_dir):
    if not VNU_JAR.exists():
        pytest.fail("vnu.jar is missing: run `make node_modules/.installed` (or `make test`, which does it)")
    found = errors(check_site(site_dir))
    assert not found, f"{len(found)} HTML errors:\n" + "\n".join(map(str, found[:40]))
