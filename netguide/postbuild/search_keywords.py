"""Teach the search index the words readers type, at build time.

Readers search with brand names, British spellings, abbreviations and lay words; pages use
one form. After the build (post-build pass), every section of the search index that uses any form of a term
gets the term's other forms in a hidden `keywords` field (indexed, never shown). The forms
come from the glossary's aliases (docs/_data/glossary.yml) and, for lay words the glossary
is not the place for, from docs/_data/search-synonyms.yml.

A glossary term's see-also pages are where the guide explains it best, so their page-level
entry also gets all the term's forms in a `topics` field with a higher boost: a search for
"Ki-67" lands on the grading page before pages that merely mention it.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

from netguide.data import data_file, load_yaml
from netguide.markdown.glossary import Entry, load_glossary
from netguide.pages import page_url

GLOSSARY = "glossary.yml"
CURATED = "search-synonyms.yml"
KEYWORDS_BOOST = 20.0
TOPICS_BOOST = 200.0


def glossary_entries(docs_dir: Path) -> list[Entry]:
    path = data_file(docs_dir, GLOSSARY)
    return load_glossary(path) if path.exists() else []


def load_groups(docs_dir: Path) -> list[list[str]]:
    """Each group lists forms of one idea: a glossary term with its aliases, or a curated list."""
    groups = [list(entry.forms) for entry in glossary_entries(docs_dir)]
    curated = data_file(docs_dir, CURATED)
    if curated.exists():
        groups += [list(g) for g in load_yaml(curated) or []]
    return [[str(f) for f in g] for g in groups if len(g) > 1]


def load_topics(docs_dir: Path) -> dict[str, list[str]]:
    """Page URL -> every form of each glossary term that names the page in see_also."""
    topics: dict[str, list[str]] = {}
    for entry in glossary_entries(docs_dir):
        for src in entry.see_also:
            topics.setdefault(page_url(src.split("#")[0]), []).extend(entry.forms)
    return topics


def _pattern(form: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(form.lower())}(?![\w-])")


def plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text)).lower()


def keywords_for(text: str, groups: list[tuple[list[str], list[re.Pattern]]]) -> list[str]:
    """Other forms of every group that the text mentions, plus spaced and joined forms of hyphenated words."""
    found: list[str] = []
    for forms, patterns in groups:
        # A form that is not a substring cannot match its pattern: the cheap test first keeps the
        # build fast (one regex search per form and section made this hook most of the build time).
        present = [f.lower() in text and p.search(text) is not None for f, p in zip(forms, patterns)]
        if any(present):
            found += [f for f, here in zip(forms, present) if not here]
    # In order of first appearance (not a set's order), so two builds write the same index.
    for word in dict.fromkeys(re.findall(r"\b\w+(?:[-\u2010\u2011\u2013]\w+)+\b", text)):
        parts = re.split(r"[-\u2010\u2011\u2013]", word)
        found += ["-".join(parts), " ".join(parts), "".join(parts)]
    return sorted(set(found), key=found.index)


def add_keywords(index: dict, groups: list[list[str]], topics: dict[str, list[str]] | None = None) -> dict:
    compiled = [(g, [_pattern(f) for f in g]) for g in groups]
    for doc in index["docs"]:
        words = keywords_for(plain(doc.get("title", "") + " " + doc.get("text", "")), compiled)
        if words:
            doc["keywords"] = " ".join(words)
        if topics and doc["location"] in topics:
            doc["topics"] = " ".join(dict.fromkeys(topics[doc["location"]]))
    fields = index["config"].setdefault("fields", {})
    fields["keywords"] = {"boost": KEYWORDS_BOOST}
    fields["topics"] = {"boost": TOPICS_BOOST}
    return index


def run(site_dir: Path, docs_dir: Path) -> None:
    path = Path(site_dir) / "search" / "search_index.json"
    if path.exists():
        index = add_keywords(json.loads(path.read_text(encoding="utf-8")), load_groups(docs_dir), load_topics(docs_dir))
        path.write_text(json.dumps(index, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
