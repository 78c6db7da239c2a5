# NET Guide: every chore is one make target. Each target sets itself up on a fresh
# machine: it makes the virtual environment in .venv and installs the pinned packages.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt pyproject.toml | cksum | cut -d' ' -f1)
export NO_MKDOCS_2_WARNING := 1
# Extra options: `make check CHECK_ARGS="--format github"` (CI annotations), `make test PYTEST_ARGS=-vv` (test names).
CHECK_ARGS ?=
PYTEST_ARGS ?=

.PHONY: help serve build check test system-deps

help:
	@echo "make serve   live preview on http://127.0.0.1:8000/"
	@echo "make test    build the site strictly and run every test"
	@echo "make build   build the site into site/"
	@echo "make check   check the content for contributor mistakes"
	@echo "make test-fast  the tests that need no build, browser or server (under a minute)"
	@echo "make offline the offline edition: dist/net-guide-offline.zip (opens from a USB stick)"
	@echo "make pdf     the whole guide as one PDF: dist/net-guide.pdf (a later make build links it from About)"
	@echo "make security-headers  rewrite hosting/ security headers from a fresh build"
	@echo "make figures redraw the incidence chart from docs/_data/incidence.csv"
	@echo "make bench   measure speed, weight and Lighthouse scores; check the reader budgets (~11 min)"
	@echo "make engines build with ProperDocs and Zensical too and compare each page's text with MkDocs' (network)"

$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@rm -f $(VENV)/.installed-* && touch $@

serve: $(STAMP)
	$(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000

build: $(STAMP)
	$(PY) -m mkdocs build --strict

check: $(STAMP)
	$(PY) -m scripts.check $(CHECK_ARGS)

# The offline edition (mkdocs-offline.yml), zipped: unzip it anywhere and open net-guide/index.html.
.PHONY: offline security-headers
offline: $(STAMP)
	$(PY) -m scripts.offline_edition

# The CSP hashes Material's inline scripts need, written into hosting/ (run after updating Material).
security-headers: $(STAMP)
	$(PY) -m mkdocs build --strict --quiet -d build/security-headers-site
	$(PY) -m scripts.security_headers build/security-headers-site

# The incidence chart and its snippet, drawn from docs/_data/incidence.csv (the test fails when they drift).
.PHONY: figures
figures: $(STAMP)
	$(PY) -m scripts.make_incidence_chart

# The whole guide as one PDF from the same Markdown (scripts/build_pdf.py, WeasyPrint; it needs Debian's
# Pango and fonts, installed when missing). `make pdf build` also publishes it, linked from the About page.
.PHONY: pdf
pdf: $(STAMP)
	@scripts/ensure_system_packages.sh pdf
	$(PY) -m scripts.build_pdf

# Debian packages the browser and hosting tests drive (installed when missing).
system-deps:
	@scripts/ensure_system_packages.sh

# Two workers, the machine's two cores. Tests go one by one to the free worker, except those sharing the PDF,
# nginx or the offline edition, which stay on one worker so each is made once (tests/harness/scheduling.py).
test: $(STAMP) system-deps node_modules/.installed check
	$(PY) -m pytest -n 2 --dist loadscope $(PYTEST_ARGS)

# Every test that needs nothing built: the contributor check, extensions, the post-build pass (under a minute).
.PHONY: test-fast
test-fast: $(STAMP)
	$(PY) -m pytest -m nosite $(PYTEST_ARGS)

# Node tools the bench and the HTML validity test run (vnu.jar, Lighthouse), pinned in package-lock.json.
# --ignore-scripts: vnu-jar's install script would download a Java; Debian's Java 17 is used instead.
node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# The performance, weight and validity benchmark with the reader budgets of issue #7 (bench/).
.PHONY: bench
bench: $(STAMP) system-deps node_modules/.installed
	$(PY) -m bench

# The site built by MkDocs' successors (ProperDocs, Zensical) in throwaway environments under build/engines/,
# each page's main text compared with MkDocs' build (scripts/engines.py). Not part of `make test`: it installs
# packages from the package index. The script exits 1 on a real difference, 3 when an engine could not be installed
# or run (make then reports "Error 1" or "Error 3" and exits 2).
.PHONY: engines
engines: $(STAMP)
	$(PY) -m scripts.engines
