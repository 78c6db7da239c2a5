"""Take screenshots of built pages at desktop and phone width, in light and dark mode.

Why: a page nobody has looked at is not done. Contributors and reviewers run
`python -m scripts.screenshots SITE_DIR OUT_DIR [page/path/ ...]` and open the PNGs.
"""
from __future__ import annotations

import sys
from pathlib import Path

from tests.harness.browser import CHROMIUM, CHROMIUM_ARGS, DESKTOP, PHONE, serve

SIZES = {"desktop": DESKTOP, "phone": PHONE}
SCHEMES = ("light", "dark")


def main(site_dir: str, out_dir: str, paths: list[str], full_page: bool = False) -> None:
    from playwright.sync_api import sync_playwright

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    server = serve(Path(site_dir))
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for size, viewport in SIZES.items():
            for scheme in SCHEMES:
                ctx = browser.new_context(viewport=viewport, color_scheme=scheme, base_url=base,
                                          is_mobile=size == "phone", has_touch=size == "phone")
                page = ctx.new_page()
                for path in paths:
                    page.goto(path)
                    page.wait_for_timeout(200)
                    name = (path.strip("/").replace("/", "_") or "home") + f"-{size}-{scheme}.png"
                    page.screenshot(path=str(out / name), full_page=full_page)
                    print(out / name)
                ctx.close()
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--full"]
    main(args[0], args[1], args[2:] or [""], full_page="--full" in sys.argv)
