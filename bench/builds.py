"""Timed builds of the guide, and of the guide copied many times over to see how the cost grows.

Build time is taken two ways: wall-clock seconds (what a contributor waits) and CPU seconds of the
MkDocs process (user + system). On a shared machine other programs stretch the wall clock; the
CPU time barely moves, so growth is judged on it, and the growth builds can run beside the
browser measurements.
"""
from __future__ import annotations

import copy
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from netguide.data import ROOT
from netguide.pages import load_config, nav_entries

# What a build needs beside docs/ and mkdocs.yml; linked, not copied, into a synthetic project.
PROJECT_PARTS = ("overrides", "scripts", "netguide_markdown", "hosting")


@dataclass
class Build:
    wall: float  # seconds
    cpu: float  # seconds of user + system time of the mkdocs process
    site: Path

    @property
    def pages(self) -> int:
        return sum(1 for _ in self.site.rglob("index.html"))

    @property
    def size(self) -> int:
        return sum(p.stat().st_size for p in self.site.rglob("*") if p.is_file())

    @property
    def search_index(self) -> Path:
        return self.site / "search" / "search_index.json"

    def search_index_sizes(self) -> tuple[int, int]:
        """Raw bytes and gzip bytes (level 6, as a typical host compresses)."""
        raw = self.search_index.read_bytes()
        return len(raw), len(gzip.compress(raw, compresslevel=6))


def build(dest: Path, config: Path | None = None, cwd: Path = ROOT) -> Build:
    """One strict build into dest; a failure stops the bench with MkDocs' own message.

    CPU time is read for this one process (os.wait4), so builds and browsers running beside it
    in the same bench do not count.
    """
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(dest)]
    if config:
        command += ["-f", str(config)]
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                                   stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            out.seek(0)
            raise SystemExit(f"mkdocs build --strict failed in {cwd}:\n{out.read().decode(errors='replace')}")
    return Build(wall, usage.ru_utime + usage.ru_stime, dest)


def median_build(dest: Path, runs: int) -> tuple[Build, list[Build]]:
    """Build `runs` times into the same folder; the run with the median wall time, and all runs."""
    builds = [build(dest) for _ in range(runs)]
    middle = sorted(builds, key=lambda b: b.wall)[len(builds) // 2]
    return middle, builds


# ----------------------------------------------------------------- the guide copied N times


def _prefixed(nav: list, prefix: str) -> list:
    """The same nav with every page path under prefix/."""
    out = []
    for item in nav:
        if isinstance(item, str):
            out.append(f"{prefix}/{item}")
            continue
        (title, value), = item.items()
        out.append({title: _prefixed(value, prefix) if isinstance(value, list) else f"{prefix}/{value}"})
    return out


def synthetic_project(workdir: Path, copies: int) -> Path:
    """A project whose docs hold the guide plus copies-1 full copies in copy-NN/ folders, each in the nav.

    The copies are real pages (same words, links, figures and glossary marks), so every per-page cost
    is paid again; only the nav, the search index and the sitemap are shared, as on a bigger site.
    """
    project = workdir / f"guide-x{copies}"
    if project.exists():
        shutil.rmtree(project)
    project.mkdir(parents=True)
    for part in PROJECT_PARTS:
        if (ROOT / part).exists():
            (project / part).symlink_to(ROOT / part)
    docs = project / "docs"
    shutil.copytree(ROOT / "docs", docs)
    page_dirs = [p for p in (ROOT / "docs").iterdir() if not p.name.startswith("_")]
    config = load_config()
    raw = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = copy.deepcopy(config["nav"])
    for k in range(2, copies + 1):
        prefix = f"copy-{k:02d}"
        for source in page_dirs:
            target = docs / prefix / source.name
            (shutil.copytree if source.is_dir() else shutil.copy2)(source, target)
        nav.append({f"Copy {k}": _prefixed(config["nav"], prefix)})
    # Keep every other setting of mkdocs.yml as written (with its !ENV tags): replace only the nav block.
    block = re.search(r"^nav:\n(?:[ #].*\n|\n)*", raw + "\n", flags=re.M)
    new_nav = yaml.safe_dump({"nav": nav}, sort_keys=False, allow_unicode=True)
    (project / "mkdocs.yml").write_text(raw[: block.start()] + new_nav + raw[block.end():], encoding="utf-8")
    return project


@dataclass
class Growth:
    copies: int
    pages: int
    wall: float
    cpu: float
    index_raw: int
    index_gzip: int
    html_bytes: int  # all HTML files: each page carries the whole nav, so this grows faster than pages
    site_bytes: int


def measured(copies: int, b: Build) -> Growth:
    raw, gz = b.search_index_sizes()
    html = sum(p.stat().st_size for p in b.site.rglob("*.html"))
    return Growth(copies, b.pages, b.wall, b.cpu, raw, gz, html, b.size)


def growth_build(workdir: Path, copies: int) -> Growth:
    """Build the guide copied `copies` times, measure it, and delete it (the 50x site is about 2 GB)."""
    project = synthetic_project(workdir, copies)
    try:
        result = build(project / "site", config=project / "mkdocs.yml", cwd=project)
        expected = len(nav_entries(load_config()["nav"])) * copies
        if result.pages < expected:
            raise SystemExit(f"the {copies}x project built {result.pages} pages, expected at least {expected}")
        return measured(copies, result)
    finally:
        shutil.rmtree(project, ignore_errors=True)
