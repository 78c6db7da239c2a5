"""The benchmark's own parts that could silently measure the wrong thing: the caching headers and
byte log of its nginx, and the nav of the guide copied N times."""
from __future__ import annotations

import urllib.error
import urllib.request

from bench.builds import _prefixed
from bench.server import BenchNginx


def _get(url: str, **headers) -> tuple[int, dict]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)


def test_shipped_nginx_caching_keeps_hashed_theme_files_a_year_revalidates_pages_and_bench_logs_bytes(tmp_path):
    site = tmp_path / "site"
    (site / "assets" / "javascripts").mkdir(parents=True)
    (site / "assets" / "javascripts" / "bundle.1234abcd.min.js").write_text("var a = 1;\n" * 500)
    (site / "index.html").write_text("<!doctype html><title>x</title>" + "<p>text</p>" * 500)
    with BenchNginx(tmp_path / "nginx") as nginx:
        url = nginx.add_root_site(site)
        nginx.start()
        nginx.mark()
        status, hashed = _get(url + "assets/javascripts/bundle.1234abcd.min.js", **{"Accept-Encoding": "gzip"})
        assert status == 200 and "immutable" in hashed["Cache-Control"] and "max-age=31536000" in hashed["Cache-Control"]
        status, page = _get(url, **{"Accept-Encoding": "gzip"})
        assert status == 200 and page["Cache-Control"] == "no-cache" and page["Content-Encoding"] == "gzip"
        assert "Content-Security-Policy" in page  # the shipped security headers are still sent
        status, _ = _get(url, **{"If-None-Match": page["ETag"]})
        assert status == 304
        hits = nginx.hits()
    assert [(h.path, h.status) for h in hits] == [
        ("/assets/javascripts/bundle.1234abcd.min.js", 200), ("/", 200), ("/", 304)]
    assert hits[0].bytes_sent < 2000  # headers and a gzip body: far below the 5.5 KB file
    assert hits[2].bytes_sent < hits[1].bytes_sent


def test_each_copy_of_the_guide_has_the_same_nav_under_its_own_folder():
    nav = [{"Home": "index.md"}, {"Types": ["types/index.md", {"Lung NETs": "types/lung-nets.md"}]}]
    assert _prefixed(nav, "copy-02") == [
        {"Home": "copy-02/index.md"}, {"Types": ["copy-02/types/index.md", {"Lung NETs": "copy-02/types/lung-nets.md"}]}]
