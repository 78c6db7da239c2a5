"""Strict-Transport-Security goes to the hosts that serve HTTPS, and never to a plain-HTTP server."""
from __future__ import annotations

from netguide.security_headers import (
    HSTS_MAX_AGE, NGINX_HTTPS_SNIPPET, ROOT, cloudfront_policy, headers_file, nginx_https_snippet, nginx_snippet,
    security_headers,
)

HEADERS = security_headers(["'sha256-x'"])


def test_netlify_and_cloudflare_pages_send_hsts_for_a_year():
    assert f"  Strict-Transport-Security: max-age={HSTS_MAX_AGE}\n" in headers_file(HEADERS)
    assert HSTS_MAX_AGE == 31536000


def test_cloudfront_policy_sends_hsts_with_the_same_max_age():
    hsts = cloudfront_policy(HEADERS)["SecurityHeadersConfig"]["StrictTransportSecurity"]
    assert hsts["AccessControlMaxAgeSec"] == HSTS_MAX_AGE and hsts["Override"] is True


def test_nginx_gets_hsts_in_its_own_snippet_for_the_https_server_only():
    assert "Strict-Transport-Security" not in nginx_snippet(HEADERS), "the snippet every server includes, HTTP ones too"
    assert f'add_header Strict-Transport-Security "max-age={HSTS_MAX_AGE}" always;' in nginx_https_snippet()
    assert NGINX_HTTPS_SNIPPET.read_text(encoding="utf-8") == nginx_https_snippet(), "run make security-headers"


def test_the_shipped_nginx_server_names_the_https_snippet_only_in_its_instructions():
    conf = (ROOT / "hosting" / "nginx" / "net-guide.conf").read_text(encoding="utf-8")
    mentions = [line for line in conf.splitlines() if "net-guide-https-headers.conf" in line]
    assert mentions and all(line.lstrip().startswith("#") for line in mentions), "the example server listens on plain HTTP"
