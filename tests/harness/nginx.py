"""Serve built sites with Debian's nginx and the project's own hosting/nginx/ files, as a throwaway process.

Why a real nginx: readers get the guide from a real static host, with real 404 handling, directory
redirects, gzip and security headers. The shipped example configs are used as they are, with only
the site folder, the snippet path and the port changed, so a test that passes proves the files a
hospital's web team copies. nginx runs as an ordinary process with its own config, pid, error log
and temp folders under one temporary folder, listening on 127.0.0.1 only.

    with NginxServer(tmp) as nginx:
        root = nginx.add_root_site(site_dir)            # http://127.0.0.1:PORT/
        sub = nginx.add_subpath_site(site_dir, port)    # http://127.0.0.1:PORT/net-guide/
        nginx.start()
"""
from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NGINX = "/usr/sbin/nginx"
HOSTING = ROOT / "hosting" / "nginx"
ROOT_CONF = HOSTING / "net-guide.conf"
SUBPATH_CONF = HOSTING / "net-guide-subpath.conf"
HEADERS_SNIPPET = HOSTING / "security-headers.conf"
CACHING_SNIPPET = HOSTING / "caching.conf"
SHIPPED_SITE = "/var/www/net-guide"
SHIPPED_SNIPPET = "/etc/nginx/snippets/net-guide-security-headers.conf"
SHIPPED_CACHING = "/etc/nginx/snippets/net-guide-caching.conf"
SUBPATH = "/net-guide/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _adapt(conf: Path, site_dir: Path, headers: Path) -> str:
    """The shipped file with its example paths pointed at this machine's folders."""
    text = conf.read_text(encoding="utf-8")
    for example in (SHIPPED_SITE, SHIPPED_SNIPPET, SHIPPED_CACHING):
        if example not in text:
            raise ValueError(f"{conf.relative_to(ROOT)} no longer mentions {example}; update tests/harness/nginx.py to match")
    return (text.replace(SHIPPED_SNIPPET, str(headers)).replace(SHIPPED_CACHING, str(CACHING_SNIPPET))
            .replace(SHIPPED_SITE, str(site_dir).rstrip("/")))


class NginxServer:
    def __init__(self, workdir: Path, headers: Path = HEADERS_SNIPPET):
        self.dir = Path(workdir)
        self.headers = Path(headers).resolve()
        self.servers: list[str] = []
        self.process: subprocess.Popen | None = None

    def add_root_site(self, site_dir: Path, port: int | None = None) -> str:
        """Serve site_dir at the root of its own port with hosting/nginx/net-guide.conf."""
        port = port or free_port()
        text = _adapt(ROOT_CONF, site_dir, self.headers)
        if "listen 80;" not in text:
            raise ValueError(f"{ROOT_CONF.relative_to(ROOT)} no longer says `listen 80;`; update tests/harness/nginx.py")
        self.servers.append(text.replace("listen 80;", f"listen 127.0.0.1:{port};"))
        return f"http://127.0.0.1:{port}/"

    def add_subpath_site(self, site_dir: Path, port: int | None = None) -> str:
        """Serve site_dir under /net-guide/ with hosting/nginx/net-guide-subpath.conf; nothing else on that port."""
        port = port or free_port()
        locations = _adapt(SUBPATH_CONF, site_dir, self.headers)
        self.servers.append(
            f"server {{\n    listen 127.0.0.1:{port};\n    server_name localhost;\n{locations}\n}}"
        )
        return f"http://127.0.0.1:{port}{SUBPATH}"

    def config(self) -> str:
        temp = self.dir / "temp"
        user = "user root;\n" if os.geteuid() == 0 else ""  # workers must read pytest's private temp folders
        return (
            f"{user}daemon off;\nworker_processes 1;\npid {self.dir / 'nginx.pid'};\n"
            f"error_log {self.dir / 'error.log'} warn;\nevents {{ worker_connections 256; }}\n"
            "http {\n    include /etc/nginx/mime.types;\n    default_type application/octet-stream;\n"
            f"    access_log {self.dir / 'access.log'};\n"
            + "".join(f"    {kind}_temp_path {temp / kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
            + "\n".join(self.servers)
            + "\n}\n"
        )

    def start(self) -> None:
        if not Path(NGINX).exists():
            raise RuntimeError("nginx is missing: run `make test` as root, or `sudo apt-get install nginx-light`")
        (self.dir / "temp").mkdir(parents=True, exist_ok=True)
        conf = self.dir / "nginx.conf"
        conf.write_text(self.config(), encoding="utf-8")
        check = subprocess.run([NGINX, "-t", "-q", "-p", str(self.dir), "-e", str(self.dir / "error.log"), "-c", str(conf)],
                               capture_output=True, text=True)
        if check.returncode:
            raise RuntimeError(f"nginx rejected the config {conf}:\n{check.stderr}")
        self.process = subprocess.Popen([NGINX, "-p", str(self.dir), "-e", str(self.dir / "error.log"), "-c", str(conf)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        ports = [int(line.split(":")[1].rstrip(";")) for line in conf.read_text().splitlines() if "listen 127.0.0.1:" in line]
        deadline = time.monotonic() + 10
        for port in ports:
            while True:
                if self.process.poll() is not None:
                    raise RuntimeError(f"nginx stopped at start:\n{self.process.stderr.read().decode()}\n{self.error_log()}")
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"nginx did not listen on {port}:\n{self.error_log()}")
                    time.sleep(0.05)

    def error_log(self) -> str:
        log = self.dir / "error.log"
        return log.read_text(errors="replace") if log.exists() else ""

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> "NginxServer":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
