"""Build the guide with MkDocs' successors and compare each site with MkDocs' own (`make engines`).

Why: MkDocs 1.6.1 is its last release and Material for MkDocs reaches end of life on 2027-05-05 (issue 15).
The guide's content logic lives in Python-Markdown extensions and a post-build pass so that it survives a
change of engine; this command proves it, and shows what is still lost. For each engine it

1. installs the engine in a throwaway virtual environment under build/engines/ (git-ignored) with our
   requirements.txt minus MkDocs and its plugins where the engine replaces them (kept between runs; --reinstall),
2. builds the site with that engine, then runs our post-build pass on it (`python -m netguide.postbuild SITE`,
   with the engine's Python: the pass must not need MkDocs),
3. compares it with the MkDocs build (netguide.building.build, which runs the pass through the hook file):
   the same set of pages; for each page the same main text (the `<article>`'s text with markup and whitespace
   removed); no relative link left pointing at a `.md` file; no non-theme file (Python, YAML, Markdown, a
   template) copied into the site; the same counts of what our extensions and the pass put in.

Allowed to differ (theme chrome, not the guide's words): everything outside `<article>` (header, navigation,
search, footer, asset file names), attributes and markup, the edit/view buttons and the `¶` section links.

    python -m scripts.engines                      # both engines
    python -m scripts.engines --engine zensical    # one
    python -m scripts.engines --reinstall          # fresh virtual environments

Exit status: 0 every engine matches MkDocs; 1 a real difference (listed); 3 an engine could not be installed
or could not build the site (the reason is printed; this wins over 1). Not part of `make test`: it installs
packages from the package index and builds three times (a few minutes the first time).
"""
from __future__ import annotations

import argparse
import difflib
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "engines"
EXIT_DIFFERENT = 1
EXIT_UNAVAILABLE = 3


# ----------------------------------------------------------------- the engines


@dataclass(frozen=True)
class Engine:
    name: str
    package: str  # pip requirement, pinned
    drop: tuple[str, ...]  # requirements.txt packages left out (the engine replaces them)
    no_deps: bool  # install exactly our pins (the engine's own dependencies are among them)
    note: str = ""

    def folder(self) -> Path:
        """build/engines/NAME, or NAME-VERSION for a version tried with --pin (the pinned one's stays)."""
        pinned = ENGINES.get(self.name)
        if pinned is None or pinned.package == self.package:
            return WORK / self.name
        return WORK / f"{self.name}-{self.package.split('==')[-1]}"

    def venv(self) -> Path:
        return self.folder() / "venv"

    def site(self) -> Path:
        return self.folder() / "site"


ENGINES = {
    # A continuation of MkDocs 1.x: it answers `import mkdocs` itself, so Material and the plugins run unchanged.
    "properdocs": Engine("properdocs", "properdocs==1.6.7", drop=("mkdocs",), no_deps=True),
    # Material's successor; 0.1.x needs `zensical-ui`, which the package index does not have. It reads mkdocs.yml,
    # ships its own copy of the theme and ignores `hooks:` and MkDocs plugins.
    "zensical": Engine("zensical", "zensical==0.0.73",
                       drop=("mkdocs", "mkdocs-material", "mkdocs-redirects", "mkdocs-get-deps"), no_deps=False,
                       note="classic variant"),
}


class Unavailable(RuntimeError):
    """The engine could not be installed or could not build the site here."""


def requirement_name(line: str) -> str:
    return re.split(r"[=<>!~\[; ]", line.strip(), maxsplit=1)[0].lower().replace("_", "-")


def requirements_without(drop: tuple[str, ...], text: str) -> str:
    """requirements.txt with the named packages left out (names compared as pip does: case and _/- alike)."""
    dropped = {d.lower().replace("_", "-") for d in drop}
    return "".join(line + "\n" for line in text.splitlines() if requirement_name(line) not in dropped)


def _run(argv: list[str], what: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        output = "\n".join(line for line in (done.stdout + done.stderr).splitlines() if "is ignored" not in line)
        lines = output.strip().splitlines() or ["(no output)"]
        tail = "\n    ".join(lines[-12:])
        raise Unavailable(f"{what} failed (exit {done.returncode}): {lines[-1].strip()}\n    {tail}")
    return done


def install(engine: Engine, reinstall: bool) -> float:
    """A virtual environment with the engine and our requirements; reused while requirements.txt is unchanged."""
    requirements = requirements_without(engine.drop, (ROOT / "requirements.txt").read_text(encoding="utf-8"))
    stamp_key = hashlib.sha256((requirements + engine.package + str(engine.no_deps)
                                + (ROOT / "pyproject.toml").read_text()).encode()).hexdigest()[:12]
    venv = engine.venv()
    stamp = venv / f".installed-{stamp_key}"
    if stamp.exists() and not reinstall:
        return 0.0
    start = time.monotonic()
    shutil.rmtree(venv, ignore_errors=True)
    venv.parent.mkdir(parents=True, exist_ok=True)
    _run([sys.executable, "-m", "venv", str(venv)], f"creating {venv}")
    req_file = venv.parent / "requirements.txt"
    req_file.write_text(requirements, encoding="utf-8")
    argv = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
            "-r", str(req_file), engine.package]
    _run(argv + (["--no-deps"] if engine.no_deps else []), f"pip install {engine.package}")
    stamp.touch()
    return time.monotonic() - start


ZENSICAL_CONFIG = ROOT / ".engines-zensical.yml"  # Zensical wants site_dir inside the folder of its config file


def build_with(engine: Engine) -> None:
    site = engine.site()
    shutil.rmtree(site, ignore_errors=True)
    python = str(engine.venv() / "bin" / "python")
    if engine.name == "properdocs":
        _run([python, "-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", str(site)],
             "properdocs build --strict")
    elif engine.name == "zensical":
        # It has no --site-dir option: a small config inherits mkdocs.yml and sets site_dir and the variant.
        ZENSICAL_CONFIG.write_text(
            "# Written by scripts/engines.py for one build; deleted afterwards.\nINHERIT: mkdocs.yml\n"
            f"site_dir: {site.relative_to(ROOT)}\ntheme:\n  variant: classic\n", encoding="utf-8")
        try:
            _run([python, "-m", "zensical", "build", "--clean", "-f", ZENSICAL_CONFIG.name], "zensical build")
        finally:
            ZENSICAL_CONFIG.unlink(missing_ok=True)
    if not (site / "index.html").is_file():
        raise Unavailable(f"{engine.name} reported success but wrote no {site.relative_to(ROOT)}/index.html")


def postbuild(engine: Engine) -> None:
    _run([str(engine.venv() / "bin" / "python"), "-m", "netguide.postbuild", str(engine.site())],
         f"the post-build pass on the {engine.name} site")


# ----------------------------------------------------------------- the comparison (tests/unit/test_engines.py)


class _ArticleText(HTMLParser):
    """The words of a page's `<article>`: text only, without the theme's buttons and section links."""

    SKIP_TAGS = {"script", "style", "svg", "template"}
    SKIP_CLASSES = {"headerlink", "md-content__button"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside <article> when > 0
        self.skip = 0  # inside a skipped element when > 0
        self.stack: list[tuple[str, bool]] = []
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        if tag == "article" and self.depth == 0:
            self.depth = 1
            self.stack = []
            return
        if not self.depth:
            return
        skipped = tag in self.SKIP_TAGS or bool(classes & self.SKIP_CLASSES)
        self.stack.append((tag, skipped))
        self.skip += skipped

    def handle_endtag(self, tag):
        if not self.depth or tag in self.VOID:
            return
        if tag == "article" and not any(t == "article" for t, _ in self.stack):
            self.depth = 0
            return
        while self.stack:  # close up to the matching tag (HTML lets some end tags be left out)
            open_tag, skipped = self.stack.pop()
            self.skip -= skipped
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.parts.append(data)


def main_text(html: str) -> str:
    """A page's main text: the `<article>`'s text, whitespace collapsed, markup and theme buttons left out."""
    parser = _ArticleText()
    parser.feed(html)
    parser.close()
    return " ".join(" ".join(parser.parts).split())


def text_diff(reference: str, other: str, limit: int = 4, context: int = 5) -> list[str]:
    """At most `limit` short lines, one per changed run of words: `…context [-was-] {+now+} context…`."""
    a, b = reference.split(), other.split()
    lines = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        before = " ".join(a[max(0, i1 - context):i1])
        after = " ".join(a[i2:i2 + context])
        was = f"[-{' '.join(a[i1:i2])}-]" if i2 > i1 else ""
        now = f"{{+{' '.join(b[j1:j2])}+}}" if j2 > j1 else ""
        lines.append(f"…{before} {was}{now} {after}…".replace("  ", " "))
    if len(lines) > limit:
        lines = lines[:limit] + [f"(and {len(lines) - limit} more changes)"]
    return lines


def pages(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in sorted(site.rglob("*.html"))}


_MD_LINK = re.compile(r"""<a\b[^>]*\bhref=["'](?![a-z][a-z0-9+.-]*:)([^"'#]*\.md)(?:#[^"']*)?["']""", re.I)


def md_links(html: str) -> list[str]:
    """Relative links still pointing at a Markdown source file: the engine did not resolve them (a 404)."""
    return _MD_LINK.findall(html)


# Files a theme never needs: Python, data and config files, Markdown sources, Jinja templates' own folders.
NON_THEME = re.compile(r"(\.(py|pyc|pyo|yml|yaml|toml|md|cfg|ini|j2|jinja)$)|(^|/)(__pycache__|partials|hooks)/")


def leaked_files(site: Path, overrides: Path) -> list[str]:
    """Files in the site that are not for readers: code or data, or a template copied from overrides/ as is."""
    templates = {p.relative_to(overrides).as_posix() for p in overrides.rglob("*.html")}
    leaked = []
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(site).as_posix()
        raw_template = rel in templates and "{%" in path.read_text(encoding="utf-8", errors="replace")
        if NON_THEME.search(rel) or raw_template:
            leaked.append(rel)
    return leaked


# What our extensions and the pass put in, counted over every page (name -> pattern in the HTML).
FEATURES = {
    "glossary terms": r'class="ng-term"',
    "glossary tooltips": r'class="ng-def"',
    "citation markers": r'class="ng-cite"',
    "source lists": r'<div class="ng-sources"',
    "bibliography entries": r'<ul class="ng-sources ng-bibliography">',
    "review dates": r'class="ng-reviewed"',
    "review dates in words": r'Last reviewed: <time datetime="[0-9-]+">[A-Z][a-z]+ \d',
    "next review dates": r"Next review due:",
    "change histories": r'class="ng-changes"',
    "deferred scripts": r"<script [^>]*\bdefer\b",
}
SEARCH_KEYWORDS = "search entries with other names (keywords)"
SEARCH_INDEXES = ("search/search_index.json", "search.json")  # MkDocs/Material's, Zensical's


def search_keyword_count(site: Path) -> int:
    """Entries of the search index that the post-build pass gave other names of their terms."""
    return sum((site / rel).read_text(encoding="utf-8").count('"keywords":')
               for rel in SEARCH_INDEXES if (site / rel).is_file())


def feature_counts(site: Path) -> dict[str, int]:
    counts = dict.fromkeys(FEATURES, 0)
    for path in pages(site).values():
        html = path.read_text(encoding="utf-8")
        for name, pattern in FEATURES.items():
            counts[name] += len(re.findall(pattern, html))
    counts[SEARCH_KEYWORDS] = search_keyword_count(site)
    return counts


@dataclass
class Comparison:
    engine: str
    pages: int = 0
    missing: list[str] = field(default_factory=list)  # pages MkDocs has and the engine lacks
    extra: list[str] = field(default_factory=list)
    text: dict[str, list[str]] = field(default_factory=dict)  # page -> short diff
    md_links: dict[str, int] = field(default_factory=dict)  # page -> unresolved .md links
    md_link_examples: list[str] = field(default_factory=list)  # distinct targets, most frequent first
    leaked: list[str] = field(default_factory=list)
    features: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (MkDocs, engine), when unequal

    @property
    def same(self) -> bool:
        return not (self.missing or self.extra or self.text or self.md_links or self.leaked or self.features)

    def summary(self) -> str:
        if self.same:
            return f"{self.engine}: same as MkDocs: {self.pages} pages, same main text on every page"
        found = [f"{len(self.text)} of {self.pages} pages with other main text" if self.text else "",
                 f"{len(self.missing)} pages missing" if self.missing else "",
                 f"{len(self.extra)} extra pages" if self.extra else "",
                 f"{sum(self.md_links.values())} links to .md files on {len(self.md_links)} pages" if self.md_links else "",
                 f"{len(self.leaked)} non-theme files in the site" if self.leaked else "",
                 f"{len(self.features)} features counted differently" if self.features else ""]
        return f"{self.engine}: DIFFERS from MkDocs: " + "; ".join(f for f in found if f)

    def details(self) -> list[str]:
        out = [f"  missing page: {p}" for p in self.missing] + [f"  extra page: {p}" for p in self.extra]
        for page, lines in self.text.items():
            out.append(f"  {page}: main text differs")
            out += [f"      {line}" for line in lines]
        if self.md_links:
            worst = sorted(self.md_links.items(), key=lambda item: -item[1])[:5]
            out.append(f"  links left pointing at .md files (readers get a 404): {sum(self.md_links.values())} on "
                       f"{len(self.md_links)} pages, most on " + ", ".join(f"{p} ({n})" for p, n in worst))
            out += [f"      for example {href}" for href in self.md_link_examples[:3]]
        out += [f"  leaked into the site: {p}" for p in self.leaked]
        out += [f"  {name}: MkDocs {a}, {self.engine} {b}" for name, (a, b) in self.features.items()]
        return out


def compare_sites(reference: Path, other: Path, engine: str, overrides: Path | None = None) -> Comparison:
    ref_pages, other_pages = pages(reference), pages(other)
    result = Comparison(engine)
    result.missing = sorted(set(ref_pages) - set(other_pages))
    result.extra = sorted(set(other_pages) - set(ref_pages))
    common = sorted(set(ref_pages) & set(other_pages))
    result.pages = len(common)
    targets: Counter[str] = Counter()
    for page in common:
        ref_html = ref_pages[page].read_text(encoding="utf-8")
        html = other_pages[page].read_text(encoding="utf-8")
        a, b = main_text(ref_html), main_text(html)
        if a != b:
            result.text[page] = text_diff(a, b)
        unresolved = Counter(md_links(html)) - Counter(md_links(ref_html))
        if unresolved:
            result.md_links[page] = unresolved.total()
            targets.update(unresolved)
    result.md_link_examples = [t for t, _ in targets.most_common()]
    if overrides is not None:
        result.leaked = leaked_files(other, overrides)
    ref_counts, counts = feature_counts(reference), feature_counts(other)
    result.features = {k: (ref_counts[k], counts[k]) for k in ref_counts if ref_counts[k] != counts[k]}
    return result


# ----------------------------------------------------------------- the command


def build_mkdocs(site: Path) -> float:
    from netguide.building import build

    start = time.monotonic()
    shutil.rmtree(site, ignore_errors=True)
    build(site)
    return time.monotonic() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.engines", description=__doc__.split("\n")[0])
    parser.add_argument("--engine", choices=sorted(ENGINES), action="append", help="only this engine (repeatable)")
    parser.add_argument("--reinstall", action="store_true", help="make the engines' virtual environments afresh")
    parser.add_argument("--pin", action="append", default=[], metavar="ENGINE==VERSION",
                        help="try another version of an engine, for example zensical==0.1.0")
    parser.add_argument("--details", type=int, default=12, help="pages shown in full per engine (default 12)")
    args = parser.parse_args(argv)

    engines = dict(ENGINES)
    for pin in args.pin:
        name = requirement_name(pin)
        if name not in engines or "==" not in pin:
            parser.error(f"--pin {pin}: give one of {', '.join(sorted(ENGINES))} with ==VERSION")
        engines[name] = replace(engines[name], package=pin)

    reference = WORK / "mkdocs" / "site"
    seconds = build_mkdocs(reference)
    print(f"mkdocs: built in {seconds:.1f} s ({len(pages(reference))} pages) -> {reference.relative_to(ROOT)}",
          flush=True)
    results: list[Comparison] = []
    unavailable: dict[str, str] = {}
    for name in args.engine or sorted(ENGINES):
        engine = engines[name]
        try:
            installed = install(engine, args.reinstall)
            start = time.monotonic()
            build_with(engine)
            built = time.monotonic() - start
            start = time.monotonic()
            postbuild(engine)
            passed = time.monotonic() - start
        except Unavailable as error:
            unavailable[name] = str(error)
            print(f"{name}: COULD NOT BE CHECKED: {error}", flush=True)
            continue
        result = compare_sites(reference, engine.site(), engine.name, ROOT / "overrides")
        results.append(result)
        timing = (f"install {installed:.0f} s, " if installed else "") + f"build {built:.1f} s, post-build pass {passed:.1f} s"
        print(f"{name} ({engine.package}{', ' + engine.note if engine.note else ''}): {timing}", flush=True)
        details = result.details()
        if len(result.text) > args.details:
            details = _first_pages(details, args.details) + [
                f"  (and {len(result.text) - args.details} more pages with other main text: --details N shows them)"]
        print("\n".join(details) if details else f"  no differences in {result.pages} pages")

    print("\nResult:")
    for result in results:
        print("  " + result.summary())
    for name, reason in unavailable.items():
        print(f"  {name}: could not be installed or built here: {reason.splitlines()[0]}")
    if unavailable:
        return EXIT_UNAVAILABLE
    return 0 if all(r.same for r in results) else EXIT_DIFFERENT


def _first_pages(details: list[str], n: int) -> list[str]:
    """The detail lines of the first n pages with a text difference, and every other line."""
    kept, seen, keep = [], 0, True
    for line in details:
        if line.endswith(": main text differs"):
            seen += 1
            keep = seen <= n
        elif not line.startswith("      "):
            keep = True
        if keep:
            kept.append(line)
    return kept


if __name__ == "__main__":
    sys.exit(main())
