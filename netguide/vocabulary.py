"""The guide's fixed vocabulary and limits, each written once: the boxes (admonitions) and image weight.

Why one home: the content check, the readability measure, the PDF and the benchmark all need to know which
box holds clinician detail and how heavy an image may be; each asked its own copy before, and copies drift.
The boxes themselves are data (docs/_data/admonitions.yml); this module only reads them.
"""
from __future__ import annotations

from pathlib import Path

from netguide.data import ROOT, data_file, load_yaml

ADMONITIONS = "admonitions.yml"
IMAGE_MAX_BYTES = 200 * 1024  # any single image a reader downloads
WEB_IMAGE_SUFFIXES = frozenset({".svg", ".png", ".jpg", ".jpeg", ".webp", ".avif", ".gif", ".ico"})


def admonitions(docs_dir: Path = ROOT / "docs") -> dict[str, dict]:
    """Box type -> {title, marker, use}, from docs/_data/admonitions.yml."""
    return load_yaml(data_file(docs_dir, ADMONITIONS)) or {}


def collapsed_types(docs_dir: Path = ROOT / "docs") -> tuple[str, ...]:
    """Box types written `???`: the collapsed "For health professionals" box, left out of patient prose."""
    return tuple(kind for kind, spec in admonitions(docs_dir).items() if str(spec.get("marker", "")).startswith("???"))
