"""The HTTP security headers NET Guide is served with, written for every kind of host from one list.

Why a script: the Content-Security-Policy allows the site's few inline scripts only by their sha256
hashes, and those change whenever Material for MkDocs changes its templates. So the hashes are
computed from the built HTML, never typed by hand, and every host's configuration is written from
the one list of headers below:

    python -m scripts.security_headers SITE_DIR           # rewrite the files in hosting/
    python -m scripts.security_headers SITE_DIR --check   # fail if they are out of date (the tests do this)

`make security-headers` builds the site and runs the first command. Every build also writes the
`_headers` file that Netlify and Cloudflare Pages read into the site root (netguide/postbuild/host_files.py).
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NGINX_SNIPPET = ROOT / "hosting" / "nginx" / "security-headers.conf"
NGINX_HTTPS_SNIPPET = ROOT / "hosting" / "nginx" / "https-headers.conf"
CLOUDFRONT_POLICY = ROOT / "hosting" / "cloudfront" / "response-headers-policy.json"

# ----------------------------------------------------------------- the policy


def content_security_policy(script_hashes: list[str]) -> str:
    """As strict as the site allows; each source says why it is there."""
    directives = {
        # Everything comes from the site itself: no CDN, no font host, no analytics.
        "default-src": ["'self'"],
        # Material's bundle and our scripts are files; its three small inline scripts are allowed by hash.
        "script-src": ["'self'", *script_hashes],
        # No inline <style> elements and no style="" attributes exist in the built pages, and Material's
        # JavaScript styles elements through the CSSOM (el.style), which CSP does not restrict.
        "style-src": ["'self'"],
        # Material's stylesheets draw icons (admonitions, lists, links) as data: SVG images.
        "img-src": ["'self'", "data:"],
        # The search index runs in a Web Worker loaded from the site (assets/javascripts/workers/).
        "worker-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        # The one form that submits is the 404 page's search, which sends its words to the home page (?q=).
        "form-action": ["'self'"],
        # Nobody may frame the guide (clickjacking); CSP's modern form of X-Frame-Options: DENY.
        "frame-ancestors": ["'none'"],
    }
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


# Sent only by hosts that serve the guide over HTTPS: browsers then refuse plain HTTP to the host for a year
# (a reader on hospital Wi-Fi cannot be sent a tampered copy). Never over plain HTTP: on an HTTP-only intranet
# host it would mean nothing, and a host that later drops HTTPS would lock its readers out.
HSTS_MAX_AGE = 31536000  # one year, in seconds
HTTPS_HEADERS = {"Strict-Transport-Security": f"max-age={HSTS_MAX_AGE}"}


def security_headers(script_hashes: list[str]) -> dict[str, str]:
    """Every header a host adds to every response, over HTTP or HTTPS, in the order they are written
    (HTTPS hosts add HTTPS_HEADERS too)."""
    return {
        "Content-Security-Policy": content_security_policy(script_hashes),
        "X-Content-Type-Options": "nosniff",
        # Readers' health questions are private: links to PubMed or a journal do not say which page they came from.
        "Referrer-Policy": "no-referrer",
        # The guide uses no camera, microphone, location, sensors, payment, USB or ad-topic features.
        "Permissions-Policy": (
            "accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), "
            "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()"
        ),
        # For old browsers that do not know frame-ancestors.
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
    }


# ----------------------------------------------------------------- inline scripts made constant

# Material's base.html bootstrap: __md_scope=new URL("<base_url>",location),...
_MATERIAL_SCOPE = re.compile(r'<script>__md_scope=new URL\("([^"\\<]*)",location\)')
# mkdocs-redirects' redirect page: location.href="<new url>"+(anchor?"#"+anchor:"")
_REDIRECT = re.compile(
    r'<script>(var anchor=window\.location\.hash\.substr\(1\);location\.href=)"([^"\\<]*)"(\+\(anchor\?"#"\+anchor:""\))</script>'
)


def constant_inline_scripts(html: str) -> str:
    """Move page-specific URLs out of inline script text into data attributes, read back via currentScript.

    Material's bootstrap names the site root relative to each page ("../.."; on the 404 page, SITE_URL's
    path), and a redirect page names its target: each would need its own hash, and the 404 page's would
    change with the folder the site is deployed in. With the URL in an attribute, each script's text
    and hash is one constant for every page and deployment (netguide/postbuild/inline_scripts.py).
    """
    html = _MATERIAL_SCOPE.sub(
        lambda m: f'<script data-md-scope="{m[1]}">__md_scope=new URL(document.currentScript.dataset.mdScope,location)',
        html,
    )
    return _REDIRECT.sub(
        lambda m: f'<script data-href="{m[2]}">{m[1]}document.currentScript.dataset.href{m[3]}</script>', html
    )


def redirect_page() -> str:
    """A page as mkdocs-redirects writes it for a moved page, after the fix above. Its script is in the
    policy from the start, so adding the first redirect never changes the headers hosts send.
    Empty when mkdocs-redirects is not installed (another engine, such as Zensical, writes no redirect pages)."""
    try:
        from mkdocs_redirects.plugin import HTML_TEMPLATE
    except ImportError:  # the plugin imports mkdocs itself
        return ""

    return constant_inline_scripts(HTML_TEMPLATE.format(url="../new-place/"))


# ----------------------------------------------------------------- hashes from the built HTML

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
_EXECUTED_TYPES = {"", "text/javascript", "application/javascript", "module"}


def inline_scripts(html: str) -> list[str]:
    """Text of each inline script a browser would run; data blocks (JSON config, JSON-LD) are not run."""
    found = []
    for attrs, body in _SCRIPT.findall(html):
        if re.search(r"\bsrc\s*=", attrs, re.I):
            continue
        kind = _TYPE.search(attrs)
        if (kind[1].lower() if kind else "") in _EXECUTED_TYPES:
            found.append(body)
    return found


def script_hash(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"


def inline_script_hashes(site_dir: Path) -> list[str]:
    """CSP sources for every distinct inline script in the built site's HTML and on redirect pages, sorted."""
    pages = [path.read_text("utf-8") for path in Path(site_dir).rglob("*.html")] + [redirect_page()]
    return sorted({script_hash(body) for html in pages for body in inline_scripts(html)})


# ----------------------------------------------------------------- one file per kind of host

_GENERATED = "Generated by scripts/security_headers.py from the built site; do not edit. Run `make security-headers`."


def nginx_snippet(headers: dict[str, str]) -> str:
    """`include` it in a server block; nginx drops server-level add_header in locations that add their own."""
    lines = [f"# NET Guide security headers for nginx. {_GENERATED}",
             "# Include in the server block (see hosting/nginx/). `always` also sends them with the 404 page."]
    lines += [f'add_header {name} "{value}" always;' for name, value in headers.items()]
    return "\n".join(lines) + "\n"


def nginx_https_snippet() -> str:
    """`include` it in the HTTPS server block only (listen 443 ssl), beside the security headers."""
    lines = [f"# NET Guide headers for nginx serving HTTPS. {_GENERATED}",
             "# Include in the HTTPS server block only (listen 443 ssl), never in a plain-HTTP one (see hosting/nginx/)."]
    lines += [f'add_header {name} "{value}" always;' for name, value in HTTPS_HEADERS.items()]
    return "\n".join(lines) + "\n"


def headers_file(headers: dict[str, str]) -> str:
    """The `_headers` file Netlify and Cloudflare Pages read from the published folder's root (both serve HTTPS)."""
    return f"# NET Guide security headers for Netlify and Cloudflare Pages. Written at build by netguide/postbuild/host_files.py.\n/*\n" + "".join(
        f"  {name}: {value}\n" for name, value in {**headers, **HTTPS_HEADERS}.items()
    )


def cloudfront_policy(headers: dict[str, str]) -> dict:
    """A CloudFront response headers policy (aws cloudfront create-response-headers-policy --response-headers-policy-config)."""
    custom = {k: v for k, v in headers.items()
              if k not in ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options")}
    return {
        "Name": "net-guide-security-headers",
        "Comment": _GENERATED[:128],
        "SecurityHeadersConfig": {
            "ContentSecurityPolicy": {"Override": True, "ContentSecurityPolicy": headers["Content-Security-Policy"]},
            "ContentTypeOptions": {"Override": True},
            "FrameOptions": {"Override": True, "FrameOption": headers["X-Frame-Options"]},
            "ReferrerPolicy": {"Override": True, "ReferrerPolicy": headers["Referrer-Policy"]},
            # CloudFront serves HTTPS, so browsers may be told to insist on it for a year.
            "StrictTransportSecurity": {"Override": True, "AccessControlMaxAgeSec": HSTS_MAX_AGE,
                                        "IncludeSubdomains": False, "Preload": False},
        },
        "CustomHeadersConfig": {
            "Quantity": len(custom),
            "Items": [{"Header": k, "Value": v, "Override": True} for k, v in custom.items()],
        },
    }


def host_files(site_dir: Path) -> dict[Path, str]:
    """Path -> text of every generated file under hosting/, for the site built in site_dir."""
    headers = security_headers(inline_script_hashes(site_dir))
    return {
        NGINX_SNIPPET: nginx_snippet(headers),
        NGINX_HTTPS_SNIPPET: nginx_https_snippet(),
        CLOUDFRONT_POLICY: json.dumps(cloudfront_policy(headers), indent=2) + "\n",
    }


def stale_files(site_dir: Path) -> list[Path]:
    return [p for p, text in host_files(site_dir).items() if not p.exists() or p.read_text("utf-8") != text]


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 2
    site_dir = Path(argv[0])
    if "--check" in argv:
        stale = stale_files(site_dir)
        for path in stale:
            print(f"{path.relative_to(ROOT)}: out of date with the built site — run `make security-headers` and commit it")
        return 1 if stale else 0
    for path, text in host_files(site_dir).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    print("Content-Security-Policy:", security_headers(inline_script_hashes(site_dir))["Content-Security-Policy"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
