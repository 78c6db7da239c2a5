"""Spelling: common misspellings, and British spellings where the guide uses US spelling.

Why: a misspelt word looks careless on a medical page and can hide a word from search. The guide uses US
spelling (tumor, diarrhea, esophagus). codespell knows common mistakes; the settings in .codespellrc add
British medical spellings (scripts/checks/us-spelling.txt), correct words codespell gets wrong
(scripts/checks/codespell-words.txt) and names kept as their owners spell them. Bibliography titles keep
the spelling they were published with, so data files are checked for misspellings only.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import codespell_lib

from .context import ROOT, Site
from .problem import Problem

HERE = Path(__file__).resolve().parent
SETTINGS = ROOT / ".codespellrc"
WORDS = HERE / "codespell-words.txt"
US_SPELLING = HERE / "us-spelling.txt"
GB_BUILTIN = Path(codespell_lib.__file__).parent / "data" / "dictionary_en-GB_to_en-US.txt"
OUTPUT = re.compile(r"^(?P<path>.+?):(?P<line>\d+): (?P<word>\S+) ==> (?P<fix>[^|]+?)(?: \| .*)?$")
DATA_FILES = ("bibliography.yml", "glossary.yml")
PROSE_DATA_FILES = ("questions.yml",)  # patient words kept as data: US spelling, as on the pages


def codespell(paths: list[Path], us_spelling: bool) -> list[tuple[Path, int, str, str]]:
    if not paths:
        return []
    if us_spelling:  # the settings in .codespellrc, read from the repository's root
        args, cwd = ["--config", str(SETTINGS)], ROOT
    else:  # only the word list, from a folder that has no .codespellrc
        args, cwd = ["--ignore-words", str(WORDS)], HERE
    command = [sys.executable, "-m", "codespell_lib", *args, *[str(p.resolve()) for p in paths]]
    result = subprocess.run(command, capture_output=True, text=True, cwd=cwd)
    found = []
    for line in result.stdout.splitlines():
        if m := OUTPUT.match(line):
            found.append((Path(m.group("path")), int(m.group("line")), m.group("word"), m.group("fix").strip()))
    return found


def _british() -> set[str]:
    words = set()
    for path in (GB_BUILTIN, US_SPELLING):
        if path.exists():
            words |= {line.split("->")[0].strip().lower() for line in path.read_text(encoding="utf-8").splitlines() if "->" in line}
    return words


def check(site: Site) -> list[Problem]:
    pages = [page.path for page in site.pages + site.shared]
    pages += [site.data_file(name) for name in PROSE_DATA_FILES if site.data_file(name).exists()]
    data = [site.data_file(name) for name in DATA_FILES if site.data_file(name).exists()]
    british = _british()
    problems = []
    for path, line, word, fix in codespell(pages, True) + codespell(data, False):
        choices = " or ".join(f'"{w.strip()}"' for w in fix.split(","))
        if word.lower() in british:
            problems.append(Problem(site.shown(path), line, f'"{word}" is British spelling', f"write {choices} (the guide uses US spelling)"))
        else:
            problems.append(Problem(site.shown(path), line, f'"{word}" looks misspelled',
                                    f"write {choices}; if the word is right, add it to scripts/checks/codespell-words.txt"))
    return problems
