"""HTML_CodeSniffer (pa11y, WCAG2AA): a second accessibility checker beside axe-core, on Debian's Chromium.

Why a second checker: axe and HTML_CodeSniffer test different techniques (HTML_CodeSniffer, for example, wants
every form to have a submit button: WCAG technique H32). pa11y is pinned in package-lock.json and installed with
`npm ci --ignore-scripts` (so puppeteer downloads no browser); tests/harness/pa11y_pages.js runs it over many pages
in one browser started with the same flags as the Playwright tests (tests/harness/browser.py).

    python -m tests.harness.pa11y SITE_DIR [PATH ...]    # one line per error; exit status 1 if any
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.harness.browser import CHROMIUM, CHROMIUM_ARGS, DESKTOP

ROOT = Path(__file__).resolve().parents[2]
RUNNER = Path(__file__).with_name("pa11y_pages.js")
PA11Y = ROOT / "node_modules" / "pa11y" / "package.json"


@dataclass
class Issue:
    path: str
    scheme: str
    code: str
    message: str
    selector: str
    context: str

    def __str__(self) -> str:
        return f"/{self.path} ({self.scheme}): {self.code}: {self.message} — {self.selector}: {self.context[:120]}"


def check_pages(base_url: str, paths: list[str], schemes=("light",), viewport=DESKTOP) -> list[Issue]:
    """Every error HTML_CodeSniffer reports (WCAG2AA) on the pages at base_url + path."""
    if not PA11Y.exists():
        raise RuntimeError("node_modules/pa11y is missing: run `make node_modules/.installed` (npm ci)")
    node = shutil.which("node")
    if not node:
        raise RuntimeError("Node.js is missing: install Debian's nodejs")
    job = {"chromium": CHROMIUM, "args": CHROMIUM_ARGS, "base_url": base_url, "paths": paths,
           "viewport": viewport, "schemes": list(schemes)}
    result = subprocess.run([node, str(RUNNER)], input=json.dumps(job), capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError(f"pa11y failed:\n{result.stderr[-3000:]}")
    return [Issue(page["path"], page["scheme"], i["code"], i["message"], i["selector"], i["context"] or "")
            for page in json.loads(result.stdout) for i in page["issues"] if i["type"] == "error"]


def main(argv: list[str] | None = None) -> int:
    from netguide.pages import nav_pages, page_url
    from tests.harness.browser import serve

    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    site_dir, paths = Path(args[0]), args[1:] or [page_url(src) for src in nav_pages()]
    server = serve(site_dir)
    try:
        issues = check_pages(f"http://127.0.0.1:{server.server_address[1]}/", paths, schemes=("light", "dark"))
    finally:
        server.shutdown()
    for issue in issues:
        print(issue)
    print(f"{len(issues)} errors on {len(paths)} pages", file=sys.stderr)
    return 1 if issues else 0


if __name__ == "__main__":
    sys.exit(main())
