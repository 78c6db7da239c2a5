"""Reading grade: patient prose must read at US school grade 8 or below (Flesch-Kincaid), and SMOG at most 9 per
page and 8 as the median over the guide's pages.

Why: the guide is written for patients first, often read while worried or unwell. Flesch-Kincaid under-reads
medical prose (short sentences full of long words); SMOG, which counts long words, is what health-literacy
guides use. The prose is measured by scripts/readability.py's `patient_prose()`, the same text the readability
report shows, so the check and the report never disagree. Very short pages and the glossary are reported as
warnings, never failed.
"""
from __future__ import annotations

import statistics

from scripts.readability import (
    MIN_WORDS, NOT_GRADED, grade, graded, hardest, limit_for, patient_prose, smog, smog_limits, word_count,
)

from .context import Site
from .problem import Problem


FIX = ('use shorter sentences and everyday words (fewer words of three or more syllables), and move clinical detail '
       'into the "For health professionals" box; see python -m scripts.readability --hardest 5 {page}')


def check(site: Site) -> list[Problem]:
    return grade_problems(site) + smog_problems(site)


def smog_problems(site: Site) -> list[Problem]:
    page_limit, median_limit = smog_limits(site.config)
    problems, scores = [], []
    for page in site.pages:
        units = patient_prose(page.text)
        if not graded(page, units):
            continue
        score = smog(units)
        scores.append((score, page))
        if score > page_limit:
            top = hardest(units, 1)
            problems.append(Problem(page.shown, top[0][1] if top else page.body_start,
                                    f"patient prose has a SMOG grade of {score}, above the limit of {page_limit}",
                                    FIX.format(page=page.shown)))
    if scores and (median := statistics.median(s for s, _ in scores)) > median_limit:
        worst = ", ".join(f"{p.shown} ({s})" for s, p in sorted(scores, key=lambda t: -t[0])[:3])
        problems.append(Problem("docs", 0, f"the median SMOG grade of the guide's pages is {median:.1f}, above {median_limit}",
                                f"simplify the pages with the highest SMOG first: {worst}"))
    return problems


def grade_problems(site: Site) -> list[Problem]:
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
        fix = FIX.format(page=page.shown)
        words = word_count(units)
        if page.src in NOT_GRADED or words < MIN_WORDS:
            why = "the glossary" if page.src in NOT_GRADED else f"only {words} words"
            problems.append(Problem(page.shown, line, f"{message}; not failed: {why}", fix, "warning"))
        else:
            problems.append(Problem(page.shown, line, message, fix))
    return problems
