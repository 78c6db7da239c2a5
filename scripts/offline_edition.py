"""Build the offline edition: the whole guide in one zip, read from a USB stick or a folder with no internet.

Why: clinics without a network still have patients with questions. The edition is built from
mkdocs-offline.yml (mkdocs.yml plus Material's offline plugin): links end in .html and search runs
from the file system. The zip holds one folder, net-guide/, whose index.html is the home page.

    python -m scripts.offline_edition [ZIP]    # default dist/net-guide-offline.zip (`make offline`)
"""
from __future__ import annotations

import sys
import tempfile
import zipfile
from pathlib import Path

from netguide.building import BuildError, build
from netguide.data import ROOT

CONFIG = ROOT / "mkdocs-offline.yml"
ZIP = ROOT / "dist" / "net-guide-offline.zip"
FOLDER = "net-guide"
README = """\
NET Guide - offline edition

Open the file index.html in this folder with any web browser (double-click it).
Everything works without internet: reading, the menu and search.

NET Guide informs; it does not replace your care team.
"""
# Nothing a reader opens from a folder: the 404 page needs a web server, sitemaps are for search
# engines, and source maps are for developers.
LEFT_OUT_NAMES = {"404.html", "sitemap.xml", "sitemap.xml.gz"}
LEFT_OUT_SUFFIXES = (".map",)


def build_offline(site_dir: Path) -> Path:
    """mkdocs build --strict with the offline config; MkDocs' own message on failure."""
    try:
        return build(site_dir, config_file=CONFIG)
    except BuildError as error:
        raise SystemExit(f"offline build failed: {error}") from None


def pack(site_dir: Path, zip_path: Path) -> Path:
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(f"{FOLDER}/README.txt", README)
        for path in sorted(Path(site_dir).rglob("*")):
            rel = path.relative_to(site_dir)
            if path.is_file() and str(rel) not in LEFT_OUT_NAMES and not path.name.endswith(LEFT_OUT_SUFFIXES):
                z.write(path, f"{FOLDER}/{rel.as_posix()}")
    return zip_path


def build_zip(zip_path: Path = ZIP) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        return pack(build_offline(Path(tmp) / "site"), zip_path)


if __name__ == "__main__":
    out = build_zip(Path(sys.argv[1]) if len(sys.argv) > 1 else ZIP)
    print(f"{out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}: {out.stat().st_size / 1e6:.1f} MB. "
          f"Unzip it and open {FOLDER}/index.html.")
