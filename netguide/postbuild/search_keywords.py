"""Teach the search index the words readers type, at build time.

Readers search with brand names, British spellings, abbreviations and lay words; pages use
one form. After the build (post-build pass), every section of the search index that uses any form of a term
gets the term's other forms in a hidden `keywords` field (indexed, never shown). The forms
come from the glossary's aliases (docs/_data/glossary.yml) and, for lay words the glossary
is not the place for, from docs/_data/search-synonyms.yml.

A glossary term's see-also pages are where the guide explains it best, so every section of such a
page gets the term's distinctive words in a `topics` field with a higher boost: a search for "Ki-67"
lands on the grading page before pages that merely mention it, and "lanreotide side effects" lands on
the "Side effects" section of the somatostatin analog page, not on other pages' side-effect sections.
Every section, not only the page's first entry, because a question names the thing and a part of it
("side effects", "at home"), and the part is a section of the page about the thing.
Distinctive words only: a common word of a form ("cancer" in "cancer of unknown primary", an alias
on the imaging page's list) says nothing about what the page is about, and in a topic field on every
section it would pull the whole page up for any question that uses it.
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
TOPICS_BOOST = 400.0
COMMON_SHARE = 0.10  # a word in more than this share of sections is too common to say what a page is about


def glossary_entries(docs_dir: Path) -> list[Entry]:
    path = data_file(docs_dir, GLOSSARY)
    return load_glossary(path) if path.exists() else []


def curated_groups(docs_dir: Path) -> list[list[str]]:
    curated = data_file(docs_dir, CURATED)
    return [[str(f) for f in g] for g in (load_yaml(curated) or [])] if curated.exists() else []


def load_groups(docs_dir: Path) -> list[list[str]]:
    """Each group lists forms of one idea: a glossary term with its aliases, or a curated list."""
    groups = [list(entry.forms) for entry in glossary_entries(docs_dir)] + curated_groups(docs_dir)
    return [g for g in groups if len(g) > 1]


def load_topics(docs_dir: Path) -> dict[str, list[str]]:
    """Page URL -> every form of each glossary term that names the page in see_also, with the forms of
    every curated group that shares a form with the term: a misspelling ("everolimous") or a lay word
    ("loose stools") then counts as much as the term itself on the page about it."""
    curated = curated_groups(docs_dir)
    topics: dict[str, list[str]] = {}
    for entry in glossary_entries(docs_dir):
        own = {form.casefold() for form in entry.forms}
        forms = list(entry.forms) + [f for g in curated if own & {x.casefold() for x in g} for f in g]
        for src in entry.see_also:
            topics.setdefault(page_url(src.split("#")[0]), []).extend(forms)
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


def section_shares(texts: list[str], separator: re.Pattern) -> dict[str, float]:
    """For each word, the share of the texts (the index's sections) it appears in."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in set(w for w in separator.split(text) if w):
            counts[word] = counts.get(word, 0) + 1
    return {word: n / max(len(texts), 1) for word, n in counts.items()}


def topic_words(forms: list[str], separator: re.Pattern, shares: dict[str, float]) -> str:
    """The distinctive words of a page's topic forms, once each, in order: from each form its words found
    in at most COMMON_SHARE of the sections ("unknown primary" from "cancer of unknown primary"), or, when
    every word of the form is common ("low blood sugar"), its rarest word ("sugar")."""
    kept: list[str] = []
    for form in forms:
        words = [w for w in separator.split(form.lower()) if w]
        if not words:
            continue
        rare = [w for w in words if shares.get(w, 0.0) <= COMMON_SHARE]
        kept += rare or (words if len(words) == 1 else [])
    return " ".join(dict.fromkeys(kept))


def add_keywords(index: dict, groups: list[list[str]], topics: dict[str, list[str]] | None = None) -> dict:
    compiled = [(g, [_pattern(f) for f in g]) for g in groups]
    separator = re.compile(index["config"].get("separator") or r"[\s\-]+")
    texts = [plain(doc.get("title", "") + " " + doc.get("text", "")) for doc in index["docs"]]
    shares = section_shares(texts, separator)
    for doc, text in zip(index["docs"], texts):
        words = keywords_for(text, compiled)
        if words:
            doc["keywords"] = " ".join(words)
        page = doc["location"].split("#")[0]
        if topics and page in topics:
            distinctive = topic_words(topics[page], separator, shares)
            if distinctive:
                doc["topics"] = distinctive
    fields = index["config"].setdefault("fields", {})
    fields["keywords"] = {"boost": KEYWORDS_BOOST}
    fields["topics"] = {"boost": TOPICS_BOOST}
    return index


def run(site_dir: Path, docs_dir: Path) -> None:
    path = Path(site_dir) / "search" / "search_index.json"
    if path.exists():
        index = add_keywords(json.loads(path.read_text(encoding="utf-8")), load_groups(docs_dir), load_topics(docs_dir))
        path.write_text(json.dumps(index, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
