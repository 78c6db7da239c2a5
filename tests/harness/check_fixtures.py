"""Shared helpers for the content-check tests: run one check on a fixture site and read its lines.

Each folder under tests/fixtures/check/ is a tiny site (mkdocs.yml + docs/): `clean` has no mistakes,
every other folder holds mistakes of one kind, named after the check that must find them.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
from scripts.checks.context import Site, load_site

FIXTURES = ROOT / "tests" / "fixtures" / "check"
TODAY = date(2026, 11, 24)  # the fixtures' review dates are judged as if today were this day


def site(fixture: str | Path) -> Site:
    folder = fixture if isinstance(fixture, Path) else FIXTURES / fixture
    return load_site(folder / "mkdocs.yml", today=TODAY)


def lines(check, fixture: str | Path, level: str | None = None) -> list[str]:
    """What the check prints for the fixture, one `path:line: message — fix` string per problem."""
    return [str(p) for p in check(site(fixture)) if level is None or p.level == level]


def assert_reported(found: list[str], where_and_what: str, fix: str = "") -> None:
    """One printed line starts with `path:line: message` and its fix mentions `fix`."""
    hits = [line for line in found if line.startswith(where_and_what) and fix in line.partition(" — ")[2]]
    assert hits, f"expected a line starting {where_and_what!r} with fix {fix!r}; got:\n" + "\n".join(found)
