"""Claim-level citations: every clinical number, threshold, trial result and approval says where it comes from.

Why: a reader (or a reviewer) should be able to check each figure the guide states without hunting through a
page's source list. Pages cite with `[@key]` right after the claim (netguide/markdown/citations.py renders it).

This module finds the statements that need a citation: sentences, list items and table rows that hold a
number with a clinical unit (%, mg, months, per 100,000, mitoses...; "four treatments" and "three weeks"
count as numbers), a comparison (< 2, ≥ 20), a hazard or
odds ratio, a named trial (glossary terms defined as "A clinical trial...") or an approval (FDA, EMA,
approved). `make check` warns for each one without a `[@...]` marker: a warning, not an error, because the
test is a heuristic — a number such as "takes 10 to 30 minutes" may need no source, and a writer should be
told, not blocked. `python -m scripts.citation_coverage` prints the share of such statements that are cited
(the guide's aim is at least 95%, held by tests/unit/test_citation_coverage.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from netguide.markdown.glossary import GlossaryError, load_glossary

from .context import Page, Site
from .markdown_text import masked
from .problem import Problem

UNIT = (r"%|percent\b|mg\b|mcg\b|µg\b|micrograms?\b|GBq\b|mCi\b|mSv\b|Gy\b|mm2?\b|mm²|cm\b|mL\b|ml\b|mmol\b|"
        r"nmol\b|pmol\b|ng\b|pg\b|units?\b|months?\b|weeks?\b|years?\b|days?\b|hours?\b|minutes?\b|"
        r"mitoses\b|cells\b|patients\b|people\b|operations\b|-fold\b|times\b")
# Numbers written as words count too ("four treatments, two months apart"); vague amounts ("a few days") do not.
NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|"
               r"thirty|forty|fifty|sixty|ninety|hundred)")
WORD_UNIT = r"(?:months?|weeks?|years?|days?|hours?|treatments|cycles|doses|drips|infusions|injections|shots)\b"
CLINICAL = re.compile(
    rf"(?<![\w.-])\d+(?:[.,]\d+)?(?:\s?(?:to|–|-)\s?\d+(?:[.,]\d+)?)?\s?(?:{UNIT})"
    rf"|\b{NUMBER_WORD}(?:\s(?:or|to)\s{NUMBER_WORD})?\s{WORD_UNIT}"
    r"|[<>≤≥]\s?\d"
    r"|\b(?:HR|OR|hazard ratio|odds ratio)\b\s?(?:of\s)?\d"
    r"|\b\d+ (?:in|of|out of) (?:the |every )?\d+\b"
    r"|\bper 100,000\b"
    r"|\b(?:FDA|EMA)\b|\bapproved\b|\bapproval\b",
)
MARKER = re.compile(r"\[@[^\]]+\]")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'*])")
# "...months. [@key] Next" cites the sentence before it: read it as "...months [@key]. Next".
MARKER_AFTER_END = re.compile(r"([.!?])(\s*\[@[^\]]+\])")
# Abbreviations that end in a period but do not end a sentence.
NOT_AN_END = re.compile(r"\b(?:vs|e\.g|i\.e|et al|approx|n\.c\.a|No|Dr|St)\.$")
SKIP_LINE = re.compile(r"^\s*(#{1,6}\s|!!!|\?\?\?|-+8<-+|\*\[[^\]]+\]:|\[[^\]^]+\]:\s|[-|:\s]+$|</?[A-Za-z][^>]*>\s*$)")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$")
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


@dataclass(frozen=True)
class Statement:
    line: int
    text: str
    cited: bool


def trial_names(site: Site) -> list[str]:
    """Glossary terms (and their aliases) whose definition says they are a clinical trial."""
    path = site.data_file("glossary.yml")
    if not path.exists():
        return []
    try:
        entries = load_glossary(path)
    except GlossaryError:
        return []  # the glossary check reports the mistake, once; trial names count again when it is fixed
    names = []
    for entry in entries:
        if entry.definition.lower().startswith("a clinical trial"):
            names += [form for form in entry.forms if not form.islower()]
    return names


def _blocks(page: Page) -> list[list[tuple[int, str]]]:
    """Each paragraph, list item and table row as its (line number, text) pieces, box indentation removed."""
    text = masked(page)
    blocks: list[list[tuple[int, str]]] = []
    open_block = False
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if line.strip().startswith("|") and number < len(lines) and TABLE_RULE.match(lines[number]):
            continue  # a table's header row names the columns; it states nothing
        if number < page.body_start or not line.strip() or SKIP_LINE.match(line):
            open_block = False
            continue
        stripped = line.strip()
        if stripped.startswith("|"):
            blocks.append([(number, stripped.strip("|").replace("|", " | ") + ".")])  # a table row is one statement
            open_block = False
        elif ITEM.match(stripped) or not open_block:
            blocks.append([(number, ITEM.sub("", stripped, count=1))])
            open_block = True
        else:
            blocks[-1].append((number, stripped))
    return blocks


def _sentences(pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The block's sentences, each with the line it starts on."""
    text, starts = "", []
    for number, piece in pieces:
        piece = MARKER_AFTER_END.sub(r"\2\1", piece)
        starts.append((len(text), number))
        text += piece + " "
    out: list[tuple[int, str]] = []
    position = 0
    for piece in SENTENCE_END.split(text.strip()):
        at = text.index(piece, position)
        position = at + len(piece)
        if out and NOT_AN_END.search(out[-1][1]):
            out[-1] = (out[-1][0], out[-1][1] + " " + piece)
        else:
            out.append((max(n for offset, n in starts if offset <= at), piece))
    return out


def statements(page: Page, trials: list[str]) -> list[Statement]:
    """Every statement on the page that needs a citation, and whether it has one."""
    trial = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in sorted(trials, key=len, reverse=True)) + r")(?![\w-])") \
        if trials else None
    found = []
    for block in _blocks(page):
        for line, sentence in _sentences(block):
            bare = MARKER.sub("", sentence)
            bare = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", bare)  # link text counts, the address does not
            if CLINICAL.search(bare) or (trial and trial.search(bare)):
                found.append(Statement(line, " ".join(sentence.split()), bool(MARKER.search(sentence))))
    return found


# Pages about the guide itself, its tools and its home page state no medical facts of their own.
NOT_MEDICAL_PAGES = re.compile(r"^(about/.*|tools/.*|index\.md|glossary\.md)$")


def medical_pages(site: Site) -> list[Page]:
    return [page for page in site.pages if page.meta is not None and not NOT_MEDICAL_PAGES.match(page.src)]


def check(site: Site) -> list[Problem]:
    trials = trial_names(site)
    problems = []
    for page in medical_pages(site):
        for statement in statements(page, trials):
            if not statement.cited:
                shown = statement.text if len(statement.text) <= 70 else statement.text[:67] + "..."
                problems.append(Problem(
                    page.shown, statement.line, f'a clinical figure, trial or approval without a citation: "{shown}"',
                    "add [@key] after the claim, with the key of the source in docs/_data/bibliography.yml",
                    "warning"))
    return problems
