"""Session fixtures for the hosting tests: the site deployed the ways readers will meet it.

Each variant is built once per session: the site under a sub-path (as on GitHub Pages), the offline
edition unpacked from its zip, and one real nginx serving the site at a root and under /net-guide/
with the shipped hosting/nginx/ files. Imported by conftest.py.

The sub-path build also has one example redirect (EXAMPLE_REDIRECT), as if a page had been renamed,
so the tests can follow an old address the way a reader's bookmark would.
"""
from __future__ import annotations

import http.client
import zipfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from tests.harness.nginx import SUBPATH, NginxServer, free_port
from netguide.building import BuildError, build
from netguide.data import ROOT, load_config
from scripts.offline_edition import FOLDER, build_zip

# old Markdown file (never existed) -> page it now lives at; old address -> new address
EXAMPLE_REDIRECT = ("example-old-address/renamed-page.md", "glossary.md")
EXAMPLE_OLD_URL, EXAMPLE_NEW_URL = "example-old-address/renamed-page/", "glossary/"


def build_with_example_redirect(dest: Path, **env) -> Path:
    """mkdocs.yml plus EXAMPLE_REDIRECT (the plugins list is replaced whole, as INHERIT would)."""
    plugins = load_config()["plugins"]
    for plugin in plugins:
        if isinstance(plugin, dict) and "redirects" in plugin:
            plugin["redirects"]["redirect_maps"] = {**(plugin["redirects"].get("redirect_maps") or {}),
                                                    EXAMPLE_REDIRECT[0]: EXAMPLE_REDIRECT[1]}
    try:
        return build(dest, env=env, plugins=plugins)
    except BuildError as error:
        pytest.exit(f"sub-path build with an example redirect failed: {error}", returncode=1)


@dataclass
class NginxSites:
    server: NginxServer
    root_url: str  # the session's site_dir at http://127.0.0.1:PORT/
    subpath_url: str  # a build for SITE_URL=http://127.0.0.1:PORT/net-guide/ (+ example redirect), served there
    subpath_site: Path


@pytest.fixture(scope="session")
def nginx_sites(site_dir, tmp_path_factory) -> NginxSites:
    port = free_port()
    subpath_url = f"http://127.0.0.1:{port}{SUBPATH}"
    subpath_site = build_with_example_redirect(tmp_path_factory.mktemp("subpath") / "site", SITE_URL=subpath_url)
    server = NginxServer(tmp_path_factory.mktemp("nginx"))
    root_url = server.add_root_site(site_dir)
    assert server.add_subpath_site(subpath_site, port) == subpath_url
    try:
        server.start()
    except RuntimeError as e:
        pytest.exit(str(e), returncode=1)
    yield NginxSites(server, root_url, subpath_url, subpath_site)
    server.stop()


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory) -> Path:
    """The offline edition's folder, unpacked from the zip `make offline` makes."""
    tmp = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(build_zip(tmp / "net-guide-offline.zip")) as z:
        z.extractall(tmp / "unpacked")
    return tmp / "unpacked" / FOLDER


class Client:
    """One keep-alive HTTP connection to the test server; never follows redirects."""

    def __init__(self, url: str):
        parts = urlsplit(url)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)

    def get(self, url: str, **headers) -> tuple[int, dict, bytes]:
        parts = urlsplit(url)
        self.conn.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""), headers=headers)
        response = self.conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
