#!/usr/bin/env python3
"""Reading grade of each page's patient prose (Flesch-Kincaid and SMOG, textstat 0.7.8), and its hardest sentences.

Flesch-Kincaid counts syllables per word and words per sentence; it under-reads medical prose, whose long words
come in short sentences. SMOG counts words of three or more syllables and is the formula health-literacy guides
recommend. The guide holds both: Flesch-Kincaid at most 8 per page, SMOG at most 9 per page and 8 as the median
over pages. The report also gives the share of sentences over 20 words.

Why: patients read these pages, often while worried or unwell; the guide promises prose at US school
grade 8 or below. Only patient prose counts: not the front matter, code, tables, headings, box titles,
HTML comments, web addresses or shared files (--8<--, such as figures), and nothing inside the collapsed
"For health professionals" boxes.
The content check (`make check`) uses `patient_prose()` from here, so both measure the same text.

    python -m scripts.readability                      # every page in the menu
    python -m scripts.readability --hardest 5 docs/treatment/prrt.md
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
from pathlib import Path

import textstat

from netguide.vocabulary import collapsed_types

ROOT = Path(__file__).resolve().parent.parent
GRADE_LIMIT = 8.0  # the one default; mkdocs.yml `extra: reading_grade_limit:` overrides it when set
SMOG_PAGE_LIMIT = 9.0  # every page; mkdocs.yml `extra: smog_page_limit:` overrides it
SMOG_MEDIAN_LIMIT = 8.0  # the median over all graded pages; `extra: smog_median_limit:`
LONG_SENTENCE_WORDS = 20
MIN_WORDS = 100  # shorter prose gives a grade too unsteady to fail a page on
NOT_GRADED = {"glossary.md"}  # definitions of hard words, by design

FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
# The collapsed clinician box's type comes from docs/_data/admonitions.yml (netguide/vocabulary.py).
INFO_BOX = re.compile(rf"^(\s*)\?\?\?\+?\s*(?:{'|'.join(collapsed_types()) or 'info'})\b")
SKIP_LINE = re.compile(
    r"^\s*(#{1,6}(\s|$)|!!!|\?\?\?|===?\s*\"|\||-+8<-+|\*\[[^\]]+\]:|\[[^\]^]+\]:\s|</?[A-Za-z][^>]*>\s*$|([-*_=]\s*){3,}$)"
)
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$")
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)]|:)\s+(?:\[[ xX]\]\s+)?")
INLINE = [
    (re.compile(r"<!--.*?-->", re.S), " "),
    (re.compile(r"(`+).+?\1"), " "),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), " "),
    (re.compile(r"\[\^[^\]]+\]"), " "),
    (re.compile(r"\s*\[@[^\]]*\]"), ""),  # citation markers: a reader skips them
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]*)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<(?:https?|mailto):[^>]*>|https?://\S+"), " "),
    (re.compile(r"</?[A-Za-z][^>]*>"), " "),
    (re.compile(r"\{[:#.][^}]*\}"), " "),
    (re.compile(r"(\*\*|__|\*|~~|==)(?=\S)|(?<=\S)(\*\*|__|\*|~~|==)"), ""),
    (re.compile(r"\\(.)"), r"\1"),
]


def _body_lines(text: str) -> list[tuple[int, str]]:
    """Numbered lines after the front matter, with HTML comments blanked (line numbers kept)."""
    text = re.sub(r"<!--.*?-->", lambda m: re.sub(r"[^\n]", " ", m.group(0)), text, flags=re.S)
    lines = text.split("\n")
    start = 0
    if lines and lines[0].rstrip() == "---":
        end = next((i for i, line in enumerate(lines[1:], 1) if line.rstrip() in ("---", "...")), 0)
        start = end + 1
    return list(enumerate(lines, 1))[start:]


def patient_prose(text: str) -> list[tuple[int, str]]:
    """The page's patient prose as (line number, text) units: one per paragraph or list item."""
    lines = _body_lines(text)
    table = {n for i, (n, line) in enumerate(lines) if TABLE_RULE.match(line) for n in _table_block(lines, i)}
    units: list[tuple[int, list[str]]] = []
    fence, box_indent, open_unit = "", None, False
    for number, line in lines:
        indent = len(line) - len(line.lstrip())
        if fence:
            fence = "" if FENCE.match(line) and line.strip().startswith(fence) else fence
            continue
        if box_indent is not None:
            if not line.strip() or indent > box_indent:
                continue
            box_indent = None
        if m := INFO_BOX.match(line):
            box_indent, open_unit = len(m.group(1)), False
            continue
        if m := FENCE.match(line):
            fence, open_unit = m.group(1), False
            continue
        if not line.strip() or number in table or SKIP_LINE.match(line):
            open_unit = False
            continue
        if ITEM.match(line) or not open_unit:
            units.append((number, [ITEM.sub("", line, count=1)]))
            open_unit = True
        else:
            units[-1][1].append(line)
    return [(n, u) for n, parts in units if (u := _clean(" ".join(parts)))]


def _table_block(lines: list[tuple[int, str]], rule: int) -> list[int]:
    block = [lines[rule - 1][0]] if rule else []
    for number, line in lines[rule:]:
        if not line.strip():
            break
        block.append(number)
    return block


def _clean(unit: str) -> str:
    for pattern, replacement in INLINE:
        unit = pattern.sub(replacement, unit)
    unit = " ".join(unit.split()).strip(" -")
    if not re.search(r"\w", unit):
        return ""
    return unit if unit[-1] in ".!?" else unit.rstrip(":;,") + "."


def as_text(units: list[tuple[int, str]]) -> str:
    return " ".join(unit for _, unit in units)


def grade(units: list[tuple[int, str]]) -> float:
    text = as_text(units)
    return round(textstat.flesch_kincaid_grade(text), 1) if text else 0.0


def smog(units: list[tuple[int, str]]) -> float:
    """SMOG grade (textstat 0.7.8 smog_index): the formula health-literacy guides recommend for health text."""
    text = as_text(units)
    return round(textstat.smog_index(text), 1) if text else 0.0


def sentences(units: list[tuple[int, str]]) -> list[str]:
    return [s for _, unit in units for s in re.split(r"(?<=[.!?])\s+", unit) if s.strip()]


def long_sentence_share(units: list[tuple[int, str]], longer_than: int = LONG_SENTENCE_WORDS) -> float:
    """Share of sentences with more than `longer_than` words (plain-language guides aim for few)."""
    found = sentences(units)
    return sum(len(s.split()) > longer_than for s in found) / len(found) if found else 0.0


def word_count(units: list[tuple[int, str]]) -> int:
    return textstat.lexicon_count(as_text(units)) if units else 0


def hardest(units: list[tuple[int, str]], n: int) -> list[tuple[float, int, str]]:
    """The n sentences that raise the page's grade most, as (grade, line of their paragraph, sentence).

    A long hard sentence weighs more than a short one, so sentences are ranked by grade times length.
    """
    sentences = [(number, s) for number, unit in units for s in re.split(r"(?<=[.!?])\s+", unit) if len(s.split()) > 3]
    scored = [(round(textstat.flesch_kincaid_grade(s), 1), number, s) for number, s in sentences]
    return sorted(scored, key=lambda t: -t[0] * len(t[2].split()))[:n]


def limit_for(config: dict) -> float:
    return float((config.get("extra") or {}).get("reading_grade_limit", GRADE_LIMIT))


def smog_limits(config: dict) -> tuple[float, float]:
    """(every page, median over pages)."""
    extra = config.get("extra") or {}
    return float(extra.get("smog_page_limit", SMOG_PAGE_LIMIT)), float(extra.get("smog_median_limit", SMOG_MEDIAN_LIMIT))


def graded(page, units) -> bool:
    return page.src not in NOT_GRADED and word_count(units) >= MIN_WORDS


def main(argv: list[str] | None = None) -> int:
    from scripts.checks.context import ROOT as REPO, load_site, read_page

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", type=Path, help="pages to measure (default: every page in the menu)")
    parser.add_argument("--hardest", type=int, default=0, metavar="N", help="also show the N hardest sentences of each page")
    parser.add_argument("--config", type=Path, default=REPO / "mkdocs.yml")
    args = parser.parse_args(argv)
    site = load_site(args.config)
    limit = limit_for(site.config)
    by_path = {page.path: page for page in site.pages}
    pages = [by_path.get(p.resolve()) or read_page(p, p.name, str(p)) for p in args.pages]
    pages = pages or [site.page(src) for src in site.nav if site.page(src)]
    page_limit, median_limit = smog_limits(site.config)
    print(f"   FK   SMOG  >20w  words  page (limits: FK {limit}, SMOG {page_limit} per page, median {median_limit})")
    smogs, all_sentences, long_sentences = [], 0, 0
    for page in pages:
        units = patient_prose(page.text)
        g, s, words = grade(units), smog(units), word_count(units)
        share = long_sentence_share(units)
        note = ""
        if page.src in NOT_GRADED:
            note = "not graded: glossary"
        elif words < MIN_WORDS:
            note = f"not graded: fewer than {MIN_WORDS} words"
        else:
            smogs.append(s)
            found = sentences(units)
            all_sentences += len(found)
            long_sentences += sum(len(x.split()) > LONG_SENTENCE_WORDS for x in found)
            if g > limit or s > page_limit:
                note = "ABOVE THE LIMIT"
        print(f"{g:5.1f}  {s:5.1f}  {share:4.0%}  {words:5d}  {page.shown}  {note}".rstrip())
        for sentence_grade, number, sentence in hardest(units, args.hardest):
            print(f"       {sentence_grade:5.1f}  line {number}: {sentence}")
    if smogs:
        print(f"\nSMOG median {statistics.median(smogs):.1f} (limit {median_limit}), worst {max(smogs):.1f} "
              f"(limit {page_limit}); sentences over {LONG_SENTENCE_WORDS} words: "
              f"{long_sentences} of {all_sentences} ({long_sentences / max(all_sentences, 1):.0%}); {len(smogs)} pages graded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
