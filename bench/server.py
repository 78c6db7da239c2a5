"""The built site served as readers get it, with the shipped nginx config (gzip, security headers,
caching: hosting/nginx/caching.conf), plus a log of the bytes sent for every request.

Why count bytes at the server: Chromium's DevTools protocol reports the page's own requests
correctly, but gives the search worker's script (loaded by the worker, not the page) as its
headers only. nginx's `$bytes_sent` is what went over the wire for every request, whoever asked:
status line, headers and the gzip-compressed body. A repeat visit that revalidates shows as a
304 of a few hundred bytes; a file taken from the browser's cache shows as nothing at all.

The repeat-visit figure therefore depends on hosting/nginx/caching.conf: Material's hashed files
are kept a year, everything else is revalidated (that file says why).
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from tests.harness.nginx import NginxServer

LOG_FORMAT = "netguide_bench"


@dataclass
class Hit:
    path: str
    status: int
    bytes_sent: int


class BenchNginx(NginxServer):
    """NginxServer (tests/harness/nginx.py) that also logs the bytes sent for every request."""

    def __init__(self, workdir: Path):
        super().__init__(workdir)
        self._log_offset = 0

    @property
    def log_path(self) -> Path:
        return self.dir / "bytes.log"

    def config(self) -> str:
        default_log = f"access_log {self.dir / 'access.log'};"
        text = super().config()
        if default_log not in text:
            raise RuntimeError("tests/harness/nginx.py no longer writes its access_log line; update bench/server.py")
        return text.replace(
            default_log,
            f"log_format {LOG_FORMAT} '$status $bytes_sent $request_uri';\n    access_log {self.log_path} {LOG_FORMAT};",
        )

    def _wait_for_quiet_log(self, quiet: float = 0.1, limit: float = 3.0) -> None:
        size, still_since, deadline = -1, time.monotonic(), time.monotonic() + limit
        while time.monotonic() < deadline:
            now = self.log_path.stat().st_size if self.log_path.exists() else 0
            if now != size:
                size, still_since = now, time.monotonic()
            elif time.monotonic() - still_since >= quiet:
                return
            time.sleep(0.02)

    def mark(self) -> None:
        """Forget what was logged so far: hits() returns only later requests."""
        self._log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0

    def hits(self) -> list[Hit]:
        """Requests logged since mark(). nginx logs a request just after sending its last byte, so a
        client can be done before the line is written: wait until the log has been still for 100 ms."""
        self._wait_for_quiet_log()
        if not self.log_path.exists():
            return []
        with self.log_path.open("rb") as log:
            log.seek(self._log_offset)
            lines = log.read().decode("utf-8", "replace").splitlines()
        out = []
        for line in lines:
            status, sent, path = line.split(" ", 2)
            out.append(Hit(path, int(status), int(sent)))
        return out
