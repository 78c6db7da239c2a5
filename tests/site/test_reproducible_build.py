"""Two clean builds of the same sources are byte-identical in every file (issue 15, item 5).

Why: a reviewer or a host can then check that the published site is what the sources give, and a deploy
changes only the files whose content changed. Each build runs in a process of its own with another hash seed
(a set's order differs between them, as between two runs of `mkdocs build`); the second writes to another
folder as if on another day (SOURCE_DATE_EPOCH a year later, which MkDocs reads as the build date). So nothing
may depend on the folder, the clock or a set's order: the sitemap's <lastmod> dates and the gzip header of sitemap.xml.gz
come from the pages' review dates, and the search index's keywords come in a fixed order.
"""
from __future__ import annotations

import gzip
import os
import struct
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from netguide.data import ROOT

A_YEAR_LATER = str(int(datetime.now(timezone.utc).timestamp()) + 366 * 24 * 3600)


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def build_in_own_process(dest: Path, **env: str) -> Path:
    """netguide.building.build(dest) in a fresh Python with the given environment (PYTHONHASHSEED...)."""
    code = "import sys; from pathlib import Path; from netguide.building import build; build(Path(sys.argv[1]))"
    done = subprocess.run([sys.executable, "-c", code, str(dest)], cwd=ROOT, env={**os.environ, **env},
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    return dest


def gzip_mtime(data: bytes) -> int:
    return struct.unpack("<I", data[4:8])[0]  # RFC 1952: MTIME, bytes 4-7 of the header


@pytest.mark.site
def test_two_clean_builds_are_byte_identical(tmp_path):
    first = files(build_in_own_process(tmp_path / "first", PYTHONHASHSEED="1"))
    second = files(build_in_own_process(tmp_path / "second" / "site", PYTHONHASHSEED="2",
                                        SOURCE_DATE_EPOCH=A_YEAR_LATER))

    assert sorted(first) == sorted(second), "the two builds wrote different files"
    assert gzip_mtime(first["sitemap.xml.gz"]) == gzip_mtime(second["sitemap.xml.gz"]), "sitemap.xml.gz's gzip time"
    assert gzip.decompress(first["sitemap.xml.gz"]) == first["sitemap.xml"]
    assert first["search/search_index.json"] == second["search/search_index.json"], "search index"
    differ = [name for name in first if first[name] != second[name]]
    assert not differ, f"{len(differ)} files differ between two clean builds: {', '.join(differ[:10])}"
