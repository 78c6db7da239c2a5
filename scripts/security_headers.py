"""Rewrite the security headers in hosting/ from a built site, or check that they are current.

    python -m scripts.security_headers SITE_DIR           # rewrite the files in hosting/ (`make security-headers`)
    python -m scripts.security_headers SITE_DIR --check   # exit 1 if they are out of date (the tests do this)

The policy and the writers live in netguide/security_headers.py, which the build also uses for `_headers`.
"""
import sys

from netguide.security_headers import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
