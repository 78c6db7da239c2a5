#!/usr/bin/env python3
"""Check the guide's content for contributor mistakes, before a reader ever sees them.

Prints one line per problem, `path:line: what is wrong — how to fix it`, errors first, then warnings
under a "Warnings" heading, then a summary. Exits 1 when there is any error, else 0.
Run by `make check`, by `make test`, by CI and by pre-commit.

    python -m scripts.check                       # the guide: mkdocs.yml and docs/
    python -m scripts.check --config tests/fixtures/check/clean/mkdocs.yml
    python -m scripts.check --format github       # in CI: annotations on the pull request's changed lines
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
from scripts.checks import (
    admonitions, citations, external_links, frontmatter, headings, html, images, links, markdown_style, published,
    questions, readability, sources, spelling,
)
from scripts.checks.context import Site, load_site
from scripts.checks.problem import Problem

# Each check: one kind of mistake (see the module's docstring for why it matters). Fast ones first.
CHECKS = {
    "frontmatter": frontmatter.check,
    "headings": headings.check,
    "published": published.check,
    "sources": sources.check,
    "citations": citations.check,
    "links": links.check,
    "questions": questions.check,
    "admonitions": admonitions.check,
    "html": html.check,
    "images": images.check,
    "external_links": external_links.check,
    "markdown_style": markdown_style.check,
    "spelling": spelling.check,
    "readability": readability.check,
}


def glossary_check():
    """The glossary check has its own signature, check(root, docs_dir); it runs when its module is there."""
    try:
        from scripts.checks import glossary
    except ModuleNotFoundError as exc:
        if exc.name != "scripts.checks.glossary":
            raise
        return None
    return lambda site: glossary.check(site.root, site.docs_dir)


def run(site: Site, only: list[str] | None = None) -> list[Problem]:
    checks = dict(CHECKS)
    if glossary := glossary_check():
        checks["glossary"] = glossary
    problems: list[Problem] = []
    for name, check in checks.items():
        if only and name not in only:
            continue
        try:
            problems += check(site)
        except Exception as exc:  # a bug in a check must not look like a mistake in a page
            problems.append(Problem(f"scripts/checks/{name}.py", 0, f"the {name} check crashed ({type(exc).__name__}: {exc})",
                                    "this is a bug in the checker, not in your page: please report it"))
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.message))


def report(problems: list[Problem], pages: int) -> str:
    errors = [p for p in problems if p.level != "warning"]
    warnings = [p for p in problems if p.level == "warning"]
    lines = [str(p) for p in errors]
    if warnings:
        lines += ["", "Warnings", *[str(p) for p in warnings]]
    if problems:
        lines.append("")
    plural = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"  # noqa: E731
    lines.append(f"check: {plural(len(errors), 'error')}, {plural(len(warnings), 'warning')} in {plural(pages, 'page')}")
    return "\n".join(lines)


def github(problems: list[Problem], pages: int) -> str:
    """GitHub Actions workflow commands: each problem becomes an annotation on its file and line in the pull
    request's changed files (line 0, the whole file, annotates the file). The summary line ends the log."""
    def escape(text: str, prop: bool = False) -> str:
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return text.replace(":", "%3A").replace(",", "%2C") if prop else text

    lines = []
    for p in problems:
        where = f"file={escape(p.path, True)}" + (f",line={p.line}" if p.line > 0 else "")
        level = "warning" if p.level == "warning" else "error"
        lines.append(f"::{level} {where},title={escape('make check', True)}::{escape(f'{p.message} — {p.fix}')}")
    lines.append(report(problems, pages).splitlines()[-1])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml", help="the site's mkdocs.yml (default: the guide's)")
    parser.add_argument("--docs", type=Path, help="the folder of pages (default: docs/ beside mkdocs.yml)")
    parser.add_argument("--only", action="append", choices=[*CHECKS, "glossary"], help="run only this check (repeatable)")
    parser.add_argument("--today", type=date.fromisoformat, help="judge review dates as if today were YYYY-MM-DD (for tests)")
    parser.add_argument("--format", choices=["text", "github"], default="text",
                        help="github: one annotation per problem on the pull request's changed lines (for CI)")
    args = parser.parse_args(argv)
    try:
        site = load_site(args.config, args.docs, args.today)
    except (OSError, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = Problem(args.config.name, mark.line + 1 if mark else 0,
                          f"the site's configuration cannot be read ({getattr(exc, 'problem', None) or exc})", "fix this line first")
        print(github([problem], 0) if args.format == "github" else str(problem))
        return 1
    problems = run(site, args.only)
    print(github(problems, len(site.pages)) if args.format == "github" else report(problems, len(site.pages)))
    return 1 if any(p.level != "warning" for p in problems) else 0


if __name__ == "__main__":
    sys.exit(main())
