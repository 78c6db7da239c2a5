"""Spelling: common misspellings, misspelled medical words, and British spellings where the guide uses US spelling.

Why: a misspelt word looks careless on a medical page and can hide a word from search. The guide uses US
spelling (tumor, diarrhea, esophagus). codespell knows common mistakes; the settings in .codespellrc add
British medical spellings (scripts/checks/us-spelling.txt) and names kept as their owners spell them.
Medical words codespell does not know ("octeotide", "somatostain") are found by medical_spelling.py.
Correct words either of them gets wrong go in docs/_data/words.txt, the project word list. Bibliography
titles keep the spelling they were published with, so data files are checked for misspellings only.
Suggestions give the US spelling first, and only the US spelling when there is one.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import codespell_lib

from . import medical_spelling
from .context import ROOT, Site
from .problem import Problem

HERE = Path(__file__).resolve().parent
SETTINGS = ROOT / ".codespellrc"
US_SPELLING = HERE / "us-spelling.txt"
GB_BUILTIN = Path(codespell_lib.__file__).parent / "data" / "dictionary_en-GB_to_en-US.txt"
OUTPUT = re.compile(r"^(?P<path>.+?):(?P<line>\d+): (?P<word>\S+) ==> (?P<fix>[^|]+?)(?: \| .*)?$")
DATA_FILES = ("bibliography.yml", "glossary.yml")
WORD_LIST = f"docs/_data/{medical_spelling.WORDS}"
PROSE_DATA_FILES = ("questions.yml",)  # patient words kept as data: US spelling, as on the pages


def codespell(paths: list[Path], us_spelling: bool, words: Path) -> list[tuple[Path, int, str, str]]:
    if not paths:
        return []
    ignore = ["--ignore-words", str(words)] if words.exists() else []
    if us_spelling:  # the settings in .codespellrc, read from the repository's root
        args, cwd = ["--config", str(SETTINGS), *ignore], ROOT
    else:  # only the word list, from a folder that has no .codespellrc
        args, cwd = ignore, HERE
    command = [sys.executable, "-m", "codespell_lib", *args, *[str(p.resolve()) for p in paths]]
    result = subprocess.run(command, capture_output=True, text=True, cwd=cwd)
    found = []
    for line in result.stdout.splitlines():
        if m := OUTPUT.match(line):
            found.append((Path(m.group("path")), int(m.group("line")), m.group("word"), m.group("fix").strip()))
    return found


def british() -> set[str]:
    words = set()
    for path in (GB_BUILTIN, US_SPELLING):
        if path.exists():
            words |= {line.split("->")[0].strip().lower() for line in path.read_text(encoding="utf-8").splitlines() if "->" in line}
    return words


def us_first(choices: list[str], british_words: set[str]) -> list[str]:
    """codespell offers "diarrhoea, diarrhea" for "diarhea": the guide writes only the US one."""
    us = [c for c in choices if c.lower() not in british_words]
    return us or choices


BOX_LINE = re.compile(r"^\s*(?:!!!|\?\?\?)\+?\s+(?P<type>[\w-]+)")


def is_box_type(path: Path, line: int, word: str) -> bool:
    """Whether the word is the type of a box (admonition) opened on that line."""
    try:
        text = path.read_text(encoding="utf-8").splitlines()[line - 1]
    except (OSError, IndexError):
        return False
    return bool((m := BOX_LINE.match(text)) and m["type"].lower() == word.lower())


def check(site: Site) -> list[Problem]:
    pages = [page.path for page in site.pages + site.shared]
    pages += [site.data_file(name) for name in PROSE_DATA_FILES if site.data_file(name).exists()]
    data = [site.data_file(name) for name in DATA_FILES if site.data_file(name).exists()]
    words = site.data_file(medical_spelling.WORDS)
    gb = british()
    problems, reported = [], set()
    for path, line, word, fix in codespell(pages, True, words) + codespell(data, False, words):
        shown = site.shown(path)
        reported.add((shown, line, word.lower()))
        if is_box_type(path, line, word):
            continue  # `!!! warnin`: the admonitions check reports the unknown box type, with its fix
        choices = " or ".join(f'"{w}"' for w in us_first([w.strip() for w in fix.split(",") if w.strip()], gb))
        if word.lower() in gb:
            problems.append(Problem(shown, line, f'"{word}" is British spelling', f"write {choices} (the guide uses US spelling)"))
        else:
            problems.append(Problem(shown, line, f'"{word}" looks misspelled',
                                    f"write {choices}; if the word is right, add it to {WORD_LIST}"))
    return problems + medical_spelling.check(site, gb, reported)
