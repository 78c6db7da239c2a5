"""Teach the search index the words readers type, at build time.

Readers search with brand names, British spellings, abbreviations and lay words; pages use
one form. After the build, every section of the search index that uses any form of a term
gets the term's other forms in a hidden `keywords` field (indexed, never shown). The forms
come from the glossary's aliases (docs/_data/glossary.yml) and, for lay words the glossary
is not the place for, from docs/_data/search-synonyms.yml.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import yaml

GLOSSARY = "_data/glossary.yml"
CURATED = "_data/search-synonyms.yml"
KEYWORDS_BOOST = 20.0
_groups: list[list[str]] = []


def load_groups(docs_dir: Path) -> list[list[str]]:
    """Each group lists forms of one idea: a glossary term with its aliases, or a curated list."""
    groups = []
    glossary = docs_dir / GLOSSARY
    if glossary.exists():
        for entry in yaml.safe_load(glossary.read_text(encoding="utf-8")) or []:
            groups.append([entry["term"], *(entry.get("aliases") or [])])
    curated = docs_dir / CURATED
    if curated.exists():
        groups += [list(g) for g in yaml.safe_load(curated.read_text(encoding="utf-8")) or []]
    return [[str(f) for f in g] for g in groups if len(g) > 1]


def _pattern(form: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(form.lower())}(?![\w-])")


def plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text)).lower()


def keywords_for(text: str, groups: list[tuple[list[str], list[re.Pattern]]]) -> list[str]:
    """Other forms of every group that the text mentions, plus spaced and joined forms of hyphenated words."""
    found: list[str] = []
    for forms, patterns in groups:
        present = [p.search(text) is not None for p in patterns]
        if any(present):
            found += [f for f, here in zip(forms, present) if not here]
    for word in set(re.findall(r"\b[\w]+(?:-[\w]+)+\b", text)):
        found += [word.replace("-", " "), word.replace("-", "")]
    return sorted(set(found), key=found.index)


def add_keywords(index: dict, groups: list[list[str]]) -> dict:
    compiled = [(g, [_pattern(f) for f in g]) for g in groups]
    for doc in index["docs"]:
        words = keywords_for(plain(doc.get("title", "") + " " + doc.get("text", "")), compiled)
        if words:
            doc["keywords"] = " ".join(words)
    index["config"].setdefault("fields", {})["keywords"] = {"boost": KEYWORDS_BOOST}
    return index


# ----------------------------------------------------------------- hooks


def on_config(config, **kwargs):
    global _groups
    _groups = load_groups(Path(config["docs_dir"]))
    return config


def on_post_build(config, **kwargs):
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if path.exists():
        index = add_keywords(json.loads(path.read_text(encoding="utf-8")), _groups)
        path.write_text(json.dumps(index, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
