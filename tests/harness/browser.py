"""How this project starts a real browser and a throwaway web server, for tests and tools alike.

Debian's Chromium is driven by Playwright; Playwright's own browser download cannot work here.
"""
from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from urllib.parse import urlparse

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}


class PageWatch:
    """Records what a reader would not see but must not happen: console errors and requests elsewhere."""

    def __init__(self, page, base_url: str):
        self.page = page
        self.console: list[str] = []
        self.foreign: list[str] = []
        self.page_errors: list[str] = []
        origin = urlparse(base_url).netloc
        page.on("console", lambda m: m.type in ("error", "warning") and self.console.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: self.page_errors.append(str(e)))
        page.on(
            "request",
            lambda r: urlparse(r.url).scheme in ("http", "https", "ws", "wss")
            and urlparse(r.url).netloc != origin
            and self.foreign.append(r.url),
        )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory: Path) -> http.server.ThreadingHTTPServer:
    """Serve a folder on 127.0.0.1 on a free port, in a background thread."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
