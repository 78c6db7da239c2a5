"""Shared test fixtures: the site built once per session, served on 127.0.0.1, and a real Chromium.

Tests live in folders by what they need: unit/ (nothing built), site/ (the built site), browser/ (Chromium),
server/ (nginx, the offline edition, the benchmark's server). Each test is also marked by the most it needs,
from the fixtures it uses, so `pytest -m nosite` (`make test-fast`) runs every test that needs no build,
wherever its file lives.

Why real components: a reader meets the built HTML in a browser, so the tests do too
(Debian's Chromium driven by Playwright; never a downloaded browser).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from netguide.building import BuildError, build
from netguide.pages import nav_pages, page_url, top_sections
from tests.harness.hosting import nginx_sites, offline_site  # noqa: F401 (nginx and offline edition, session-wide)
from tests.harness.scheduling import SharedFixtureScheduling
from tests.harness.browser import CHROMIUM, CHROMIUM_ARGS, DESKTOP, PHONE, PageWatch, serve

# The most a test needs, judged from its fixtures (the first tier that matches wins).
TIERS = (
    ("server", {"nginx_sites", "offline_site"}),
    ("browser", {"browser", "page", "phone_page"}),
    ("site", {"site_dir", "base_url", "pdf"}),
)


def pytest_collection_modifyitems(items):
    for item in items:
        if any(item.get_closest_marker(tier) for tier in ("server", "browser", "site", "nosite")):
            continue  # marked by hand: the test needs something no fixture shows (a build of its own, a browser)
        names = set(item.fixturenames)
        item.add_marker(next((tier for tier, fixtures in TIERS if names & fixtures), "nosite"))


def pytest_xdist_make_scheduler(config, log):
    """`--dist loadscope` shares the tests out as tests/harness/scheduling.py explains."""
    if config.getvalue("dist") == "loadscope":
        return SharedFixtureScheduling(config, log)


def build_site(dest: Path, **env) -> Path:
    """Build the site strictly into dest; a failed build fails the test session with MkDocs' own message."""
    try:
        return build(dest, env=env)
    except BuildError as error:
        pytest.exit(str(error), returncode=1)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def base_url(site_dir) -> str:
    server = serve(site_dir)
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.exit("Chromium is missing: run `make test` as root, or `sudo apt-get install chromium`", returncode=1)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _new_page(browser, base_url, viewport, **kw):
    context = browser.new_context(viewport=viewport, base_url=base_url, **kw)
    page = context.new_page()
    watch = PageWatch(page, base_url)
    return context, page, watch


@pytest.fixture
def page(browser, base_url):
    context, pg, watch = _new_page(browser, base_url, DESKTOP)
    pg.watch = watch
    yield pg
    context.close()


@pytest.fixture
def phone_page(browser, base_url):
    context, pg, watch = _new_page(browser, base_url, PHONE, has_touch=True, is_mobile=True, device_scale_factor=2)
    pg.watch = watch
    yield pg
    context.close()


@pytest.fixture(scope="session")
def page_paths() -> list[str]:
    """Site-relative URL of every page in the nav, in nav order."""
    return [page_url(src) for src in nav_pages()]


@pytest.fixture(scope="session")
def sections() -> list[tuple[str, str]]:
    return [(title, page_url(src)) for title, src in top_sections()]
