"""Questions: docs/_data/questions.yml, the one list behind the questions page and the question list builder.

Why: both pages are written from this file at build time (netguide/markdown/questions.py). A mistake in it
(a missing title, an id used twice, a question that YAML reads as something else) would stop the build with
a traceback; here it is one line naming the file, the line and the fix, before anyone builds.
"""
from __future__ import annotations

from netguide.markdown.questions import QuestionsError, load_topics

from .context import Site
from .problem import Problem

QUESTIONS = "questions.yml"


def check(site: Site) -> list[Problem]:
    path = site.data_file(QUESTIONS)
    if not path.exists():
        return []
    try:
        load_topics(path, site.shown(path))
    except QuestionsError as error:
        return [Problem(error.path, error.line, error.message, error.fix)]
    return []
