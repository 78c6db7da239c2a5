"""Run the post-build pass on a folder an engine built: python -m netguide.postbuild SITE_DIR [--config mkdocs.yml]"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netguide.data import load_config
from netguide.postbuild import Site, run


def site_from_config(site_dir: Path, config_file: Path) -> Site:
    config = load_config(config_file)
    plugins = config.get("plugins") or []
    names = [p if isinstance(p, str) else next(iter(p)) for p in plugins]
    search = next((p["search"] for p in plugins if isinstance(p, dict) and "search" in p), None) or {}
    langs = search.get("lang") or [config.get("theme", {}).get("language", "en")]
    return Site(
        site_dir=site_dir,
        docs_dir=config_file.parent / config.get("docs_dir", "docs"),
        site_url=config.get("site_url") or None,  # !ENV [SITE_URL, ...] reads as None here: pass --site-url
        offline=any(n in ("offline", "material/offline") for n in names),
        search_languages=[langs] if isinstance(langs, str) else list(langs),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m netguide.postbuild", description=__doc__)
    parser.add_argument("site_dir", type=Path)
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--site-url", help="the address the site will have, with the final slash")
    args = parser.parse_args(argv)
    if not (args.site_dir / "index.html").is_file():
        parser.error(f"{args.site_dir} holds no built site (no index.html)")
    site = site_from_config(args.site_dir, args.config)
    site.site_url = args.site_url or site.site_url
    run(site)
    print(f"post-build pass done: {args.site_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
