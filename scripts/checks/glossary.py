"""Glossary checks: the glossary is sound, and every abbreviation the guide uses is in it.

Errors (they fail the check), each with the file and line a contributor has to fix:
- a term defined twice, an id used twice, or an alias (any other name) claimed by two terms;
- a definition over 40 words, or with Markdown in it (definitions are shown as plain text in tooltips);
- a see-also link to a page that does not exist;
- a `report_only` or `everyday` flag that is not true or false (netguide/markdown/glossary.py reads the file
  and names the line);
- an upper-case abbreviation (two or more capitals, or a capital and a digit: NET, 5-HIAA, MEN1, G3) used on
  a page but missing from the glossary.
Warnings (listed, never failing): a term that no page uses, unless it is marked `report_only: true` (a word of
pathology reports, scan reports and clinic letters that the "Explain my report" tool needs).

The glossary is read with the same code that builds the site (netguide/markdown/glossary.py), so the
check and the build never disagree about what a term or an alias is.

Run alone: `python -m scripts.checks.glossary` (exit status 1 when there are errors).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from netguide.data import load_yaml
from netguide.markdown.glossary import NAMES, PLACEHOLDER, GlossaryError, TermMatcher, form_key, load_names, parse_glossary
from scripts.checks.problem import Problem

GLOSSARY = "_data/glossary.yml"
MAX_WORDS = 40

# Capitalized words that are not medical abbreviations, so the glossary is not the place for them.
# Capitalised words that are names, not medical terms, are listed in docs/_data/names.yml (a data file a
# contributor can edit in the browser), read as the glossary extension reads it.
# Trial registry numbers such as NCT03375320 name one trial each; they are not words to explain.
NOT_MEDICAL_PATTERN = re.compile(r"^NCT\d{8}$")

# ----------------------------------------------------------------- the glossary itself


def check_entries(entries, glossary_path: str, docs_dir: Path) -> list[Problem]:
    problems: list[Problem] = []
    terms: dict[str, object] = {}
    ids: dict[str, object] = {}
    owners: dict[str, tuple[object, str]] = {}  # any form, folded -> (entry, form as written)

    def error(line, message, fix):
        problems.append(Problem(glossary_path, line, message, fix))

    for entry in entries:
        key = form_key(entry.term, False)
        if key in terms:
            first = terms[key]
            error(entry.line, f'the term "{entry.term}" is defined twice (first at line {first.line})',
                  "merge the two entries into one")
            continue  # its id and names clash too; one message is enough
        terms[key] = entry
        if entry.id in ids:
            error(entry.lines.get("id", entry.line), f'the id "{entry.id}" is used by two terms: "{ids[entry.id].term}" '
                  f'(line {ids[entry.id].line}) and "{entry.term}"', "give one of them another id")
        else:
            ids[entry.id] = entry
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", entry.id):
            error(entry.lines.get("id", entry.line), f'the id "{entry.id}" is not a simple anchor',
                  "use lower-case letters, digits and hyphens, such as ki-67")

        for form in dict.fromkeys(entry.forms):
            folded = form_key(form, False)
            owner = owners.get(folded)
            if owner is None:
                owners[folded] = (entry, form)
            elif owner[0] is not entry:
                other, other_form = owner
                error(entry.lines.get(form, entry.line),
                      f'"{form}" is claimed by two terms: "{other.term}" (line {other.lines.get(other_form, other.line)}) and "{entry.term}"',
                      "keep it in the one term it means and remove it from the other")

        words = len(entry.definition.split())
        if words > MAX_WORDS:
            error(entry.lines.get("definition", entry.line),
                  f'the definition of "{entry.term}" has {words} words (at most {MAX_WORDS})',
                  "shorten it to one or two plain sentences")
        markup = re.search(r"[*_`\[\]<>]", entry.definition)
        if markup:
            error(entry.lines.get("definition", entry.line),
                  f'the definition of "{entry.term}" contains "{markup.group()}"',
                  "write definitions as plain text, without Markdown or HTML")

        for path in entry.see_also:
            target = path.lstrip("/")
            if not target.endswith(".md") or not (docs_dir / target).is_file():
                error(entry.lines.get(path, entry.line), f'the see-also page "{path}" of "{entry.term}" does not exist',
                      "fix the path: a page under docs/, such as treatment/prrt.md")
    return problems


# ----------------------------------------------------------------- the pages

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_BLANK_OUT = [
    re.compile(r"<!--.*?-->", re.S),  # HTML comments
    re.compile(r"(`+).+?\1", re.S),  # inline code
    re.compile(r"\]\([^)]*\)"),  # link targets
    re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$", re.M),  # reference link definitions
    re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+"),  # bare web and mail addresses
    re.compile(r"</?[A-Za-z][^>]*>"),  # HTML tags (their text stays)
    re.compile(r"\{\s*[:#.][^}\n]*\}"),  # attribute lists such as {#sources .class}
    re.compile(r"^-{2}8<-{2}.*$", re.M),  # snippet includes
    re.compile(r"\bsay\s+\"[^\"\n]*\""),  # pronunciations: (say "fee-oh-kroh-moh-sy-TOH-muh")
]
_TOKEN = re.compile(r"(?<![\w.@/])[A-Za-z0-9]+(?:[-\u2010\u2011][A-Za-z0-9]+)*")
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


def _blank_fences(text: str) -> str:
    """Code blocks between ``` or ~~~ fences are code, not words."""
    lines, fence = text.split("\n"), None
    for i, line in enumerate(lines):
        opening = re.match(r"\s*(`{3,}|~{3,})", line)
        if fence is None and opening:
            fence = opening.group(1)
            lines[i] = ""
        elif fence is not None:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
            lines[i] = ""
    return "\n".join(lines)


def readable_text(markdown: str) -> str:
    """The words a reader sees, with everything else blanked out in place, so lines and columns stay."""
    def blank(match: re.Match) -> str:
        return re.sub(r"[^\n]", " ", match.group())

    text = _blank_fences(_FRONT_MATTER.sub(blank, markdown))
    for pattern in _BLANK_OUT:
        text = pattern.sub(blank, text)
    return text


def is_abbreviation(token: str) -> bool:
    """NET, PRRT, 5-HIAA, MiNEN, mTOR: two capitals; or G3, MEN1, Ki-67: a capital and a digit. Not Roman numerals."""
    if _ROMAN.fullmatch(token):
        return False
    capitals = sum(c.isupper() for c in token)
    return capitals >= 2 or (capitals >= 1 and any(c.isdigit() for c in token))


def _is_pronunciation(token: str) -> bool:
    """fee-oh-kroh-moh-sy-TOH-muh: short syllables, some in capitals to show the stress."""
    parts = re.split(r"[-\u2010\u2011]", token)
    return (
        len(parts) >= 3
        and all(p.isalpha() and len(p) <= 5 for p in parts)
        and any(p.islower() for p in parts)
        and any(p.isupper() for p in parts)
    )


def known_words(entries) -> set[str]:
    """Every form, every word of a form, and every part of a hyphenated word: 'vitamin B3' makes B3 known."""
    known: set[str] = set()
    for entry in entries:
        for form in entry.forms:
            known.add(form)
            for word in re.split(r"[\s()/,;:.]+", form):
                known.add(word)
                known.update(re.split(r"[-\u2010\u2011\u2013]", word))
    return known


def names(docs_dir: Path) -> set[str]:
    return set(load_names(docs_dir / "_data" / NAMES))


def _known(token: str, known: set[str]) -> bool:
    if token in known or NOT_MEDICAL_PATTERN.match(token):
        return True
    return token.endswith("s") and token[:-1] in known and is_abbreviation(token[:-1])  # plural: NETs, PPIs


def unknown_abbreviations(token: str, known: set[str]) -> list[str]:
    if _known(token, known) or _is_pronunciation(token):
        return []
    parts = re.split(r"[-\u2010\u2011]", token)
    if len(parts) > 1:  # SSTR-positive: check SSTR
        return [p for p in parts if is_abbreviation(p) and not _known(p, known)]
    return [token] if is_abbreviation(token) else []


def page_files(docs_dir: Path) -> list[Path]:
    return sorted(p for p in docs_dir.rglob("*.md") if "_data" not in p.relative_to(docs_dir).parts)


def check_pages(entries, docs_dir: Path, root: Path, glossary_path: str) -> list[Problem]:
    problems: list[Problem] = []
    known = known_words(entries) | names(docs_dir)
    matcher = TermMatcher(entries)
    used: set[str] = set()
    for page in page_files(docs_dir):
        markdown = page.read_text(encoding="utf-8")
        text = readable_text(markdown)
        where = page.relative_to(root).as_posix() if page.is_relative_to(root) else page.as_posix()
        reported: set[str] = set()
        for number, line in enumerate(text.splitlines(), start=1):
            for match in _TOKEN.finditer(line):
                for abbreviation in unknown_abbreviations(match.group(), known):
                    if abbreviation in reported:
                        continue
                    reported.add(abbreviation)
                    problems.append(Problem(
                        where, number,
                        f'"{abbreviation}" looks like an abbreviation but is not in the glossary',
                        f"add it to docs/{GLOSSARY} as a term or as an alias of one (if it is a name, not a medical "
                        f"word, such as an organisation or a trial, add it to docs/_data/{NAMES})",
                    ))
        if PLACEHOLDER not in markdown:
            used.update(entry.id for _, _, entry in matcher.find(text))
    for entry in entries:
        if entry.id not in used and not entry.report_only:
            problems.append(Problem(
                glossary_path, entry.line, f'the term "{entry.term}" is not used on any page',
                "use it where it helps a reader, or remove it from the glossary", level="warning",
            ))
    return problems


# ----------------------------------------------------------------- the check


def check(root: Path, docs_dir: Path) -> list[Problem]:
    """All glossary problems: errors first in file order, then warnings."""
    root, docs_dir = Path(root), Path(docs_dir)
    path = docs_dir / GLOSSARY
    where = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
    if not path.is_file():
        return [Problem(where, 0, "the glossary file is missing", f"create docs/{GLOSSARY}")]
    try:
        entries = parse_glossary(path.read_text(encoding="utf-8"))
    except GlossaryError as error:
        return [Problem(where, error.line, error.message, error.fix)]
    problems = check_entries(entries, where, docs_dir) + check_pages(entries, docs_dir, root, where)
    return sorted(problems, key=lambda p: (p.level != "error", p.path, p.line))


def main(argv: list[str] | None = None) -> int:
    """python -m scripts.checks.glossary [ROOT]: the glossary of the site in ROOT (default: this repository)."""
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]).resolve() if args else Path(__file__).resolve().parents[2]
    problems = check(root, root / "docs")
    errors = [p for p in problems if p.level == "error"]
    warnings = [p for p in problems if p.level != "error"]
    for problem in errors:
        print(problem)
    if warnings:
        print(f"\n{len(warnings)} warning(s):")
        for problem in warnings:
            print(problem)
    print(f"\nglossary: {len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
