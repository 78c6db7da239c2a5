"""Reading grade: patient prose must read at US school grade 8 or below (Flesch-Kincaid).

Why: the guide is written for patients first, often read while worried or unwell. The prose is measured
by scripts/readability.py's `patient_prose()`, the same text the readability report shows, so the check
and the report never disagree. Very short pages and the glossary are reported as warnings, never failed.
"""
from __future__ import annotations

from scripts.readability import MIN_WORDS, NOT_GRADED, grade, hardest, limit_for, patient_prose, word_count

from .context import Site
from .problem import Problem


def check(site: Site) -> list[Problem]:
    limit = limit_for(site.config)
    problems = []
    for page in site.pages:
        units = patient_prose(page.text)
        score = grade(units)
        if score <= limit:
            continue
        top = hardest(units, 1)
        line = top[0][1] if top else page.body_start
        message = f"patient prose reads at grade {score}, above the limit of {limit} (the paragraph or list item with the hardest sentence starts on this line)"
        fix = (f'use shorter sentences and everyday words, and move clinical detail into the "For health professionals" box; '
               f"see python -m scripts.readability --hardest 5 {page.shown}")
        words = word_count(units)
        if page.src in NOT_GRADED or words < MIN_WORDS:
            why = "the glossary" if page.src in NOT_GRADED else f"only {words} words"
            problems.append(Problem(page.shown, line, f"{message}; not failed: {why}", fix, "warning"))
        else:
            problems.append(Problem(page.shown, line, message, fix))
    return problems
