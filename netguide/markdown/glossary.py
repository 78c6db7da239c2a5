"""Glossary terms: the glossary page and the marked terms on every other page, from one data file.

Why an extension and not a hook: Python-Markdown extensions named in mkdocs.yml's
`markdown_extensions` also run under Zensical, which does not run MkDocs `hooks:`.

The data is docs/_data/glossary.yml, a list of entries with `term`, `definition`, `aliases`,
`see_also` (docs-relative .md paths), an optional `id` (anchor; default: slug of the term) and an optional
`report_only: true` (a word of medical documents that the "Explain my report" tool needs and no page has
to use; the glossary check does not warn that no page uses it) and an optional `everyday: true` (a word
a patient already knows, such as tumor or scan: never marked in the pages, but still on the Glossary page,
in search and in the "Explain my report" tool).
The extension does two jobs:

1. On the page that holds the line `<!-- glossary -->` it puts the A–Z bar and every entry in
   alphabetical order there, each entry with a stable anchor. Terms are not marked on that page.
2. On every other page it turns the first use of each term on the page (everyday terms excepted; a
   collapsed box is read on its own, as a reader who skips it never sees its marks) into a real link
   to the term's glossary entry,
   followed by a hidden element holding the definition, which the link names with
   `aria-describedby`: screen readers announce it, and overrides/assets/javascripts/glossary.js
   shows it on hover, keyboard focus and tap. Without JavaScript the link still leads to the entry.

Links are written as `/glossary.md#id` (absolute to docs/). This treeprocessor runs before
MkDocs' own link processor, which with `validation: absolute_links: relative_to_docs` turns
them into each page's relative URL and checks that the anchor exists.
"""
from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from markdown import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

from netguide.data import load_yaml, parse_yaml

PLACEHOLDER = "<!-- glossary -->"
FIELDS = ("term", "definition", "aliases", "see_also", "id", "report_only", "everyday")

# ----------------------------------------------------------------- the data


class GlossaryError(ValueError):
    """A glossary file the extension cannot read; carries the line for the contributor."""

    def __init__(self, line: int, message: str, fix: str):
        super().__init__(f"line {line}: {message} — {fix}")
        self.line, self.message, self.fix = line, message, fix


@dataclass(frozen=True)
class Entry:
    term: str
    definition: str
    aliases: tuple[str, ...] = ()
    see_also: tuple[str, ...] = ()
    id: str = ""
    report_only: bool = False  # needed by the report tool (netguide/postbuild/report_terms.py), maybe by no page
    everyday: bool = False  # a word patients already know (tumor, scan): matched, never marked in the pages
    line: int = 0  # where the entry starts in the glossary file
    lines: dict = field(default_factory=dict, compare=False, hash=False)  # form or path -> its line

    @property
    def forms(self) -> tuple[str, ...]:
        """Every way the guide may write the term: the term itself, then its aliases."""
        return (self.term, *self.aliases)


def slugify(text: str) -> str:
    """The default anchor of a term: 'Ki-67' -> 'ki-67', 'Zollinger–Ellison syndrome' -> 'zollinger-ellison-syndrome'."""
    text = re.sub(r"[\u2010-\u2015\s]", "-", text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _scalar(node, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
        raise GlossaryError(node.start_mark.line + 1, f"{what} must be a piece of text", "write it on one line after the colon")
    return str(node.value).strip()


def _texts(node, what: str) -> list[tuple[str, int]]:
    if isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null"):
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise GlossaryError(node.start_mark.line + 1, f"{what} must be a list", f"write it as {what}: [first, second]")
    return [(_scalar(item, f"each of {what}"), item.start_mark.line + 1) for item in node.value]


def _flag(node, what: str) -> bool:
    value = str(node.value).strip().lower() if isinstance(node, yaml.ScalarNode) else ""
    if value not in ("true", "false"):
        raise GlossaryError(node.start_mark.line + 1, f"{what} must be true or false", f"write {what}: true")
    return value == "true"


def parse_glossary(text: str) -> list[Entry]:
    """Entries in file order, with line numbers. YAML is read as text only: 'NO' stays 'NO', not false."""
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise GlossaryError(mark.line + 1 if mark else 0, "the file is not valid YAML", str(error).splitlines()[0]) from None
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise GlossaryError(1, "the glossary must be a list of entries", "start each entry with '- term: '")
    entries = []
    for item in root.value:
        line = item.start_mark.line + 1
        if not isinstance(item, yaml.MappingNode):
            raise GlossaryError(line, "each entry must have fields such as term and definition", "start it with '- term: '")
        values, lines = {}, {}
        for key_node, value_node in item.value:
            key = str(key_node.value)
            if key not in FIELDS:
                raise GlossaryError(key_node.start_mark.line + 1, f'unknown field "{key}"',
                                    "use term, definition, aliases, see_also, id, report_only or everyday")
            if key in ("aliases", "see_also"):
                items = _texts(value_node, key)
                values[key] = tuple(t for t, _ in items)
                lines.update({t: n for t, n in items})
            elif key in ("report_only", "everyday"):
                values[key] = _flag(value_node, key)
                lines[key] = value_node.start_mark.line + 1
            else:
                values[key] = _scalar(value_node, key)
                lines[key] = value_node.start_mark.line + 1
        for required in ("term", "definition"):
            if required not in values:
                raise GlossaryError(line, f"this entry has no {required}", f"add '{required}: ...' to it")
        lines[values["term"]] = lines["term"]
        entries.append(Entry(id=values.pop("id", None) or slugify(values["term"]), line=line, lines=lines, **values))
    return entries


_cache: dict[Path, tuple[float, list[Entry]]] = {}


def load_glossary(path: Path) -> list[Entry]:
    """Read once per change of the file: MkDocs builds a new Markdown converter for every page."""
    path = Path(path).resolve()
    mtime = path.stat().st_mtime
    if path not in _cache or _cache[path][0] != mtime:
        try:
            _cache[path] = (mtime, parse_glossary(path.read_text(encoding="utf-8")))
        except GlossaryError as error:
            raise GlossaryError(error.line, f"{path.name}: {error.message}", error.fix) from None
    return _cache[path][1]


# ----------------------------------------------------------------- matching

DASHES = "-\u2010\u2011\u2013"  # hyphen, Unicode hyphen, non-breaking hyphen, en dash
_D = r"\-\u2010\u2011\u2013"  # the same, for a regex character class
_H = r"\-\u2010\u2011"  # hyphens only: a word joined by one is one word ("NET-related")
_SEPARATOR = re.compile(rf"([\s\u00a0]+|[{_D}])")
_PLACEHOLDER = re.compile("\u0002[^\u0003]*\u0003")  # Python-Markdown's stash markers


def is_case_sensitive(form: str) -> bool:
    """Forms with an abbreviation in them (a word with two capitals: NET, WHO, PET, 68Ga-DOTATATE) match
    their exact case, so 'who' and 'pet' are never marked; all other forms match in any case."""
    return any(sum(c.isupper() for c in word) >= 2 for word in re.split(rf"[\s{_D}()/]+", form))


def form_key(text: str, case_sensitive: bool) -> str:
    """Spaces and hyphens alike ('small-cell' = 'small cell'), and case folded unless it matters."""
    text = re.sub(rf"[\s\u00a0{_D}]+", " ", text).strip()
    return text if case_sensitive else text.casefold()


def _form_pattern(form: str) -> str:
    parts = []
    for piece in _SEPARATOR.split(form):
        if not piece:
            continue
        if piece.isspace():
            parts.append(rf"(?:[\s\u00a0]+|[{_D}])")  # a space in a term also matches a hyphen
        elif piece in DASHES:
            parts.append(f"[{_D}]")
        else:
            parts.append(re.escape(piece))
    pattern = "".join(parts)
    return pattern if is_case_sensitive(form) else f"(?i:{pattern})"


class TermMatcher:
    """Finds glossary terms in text: whole words only, longest form first, each form in its case rule."""

    def __init__(self, entries: list[Entry], names: tuple[str, ...] = ()):
        self.exact: dict[str, Entry] = {}
        self.folded: dict[str, Entry] = {}
        forms = []
        for entry in entries:
            for form in entry.forms:
                sensitive = is_case_sensitive(form)
                table = self.exact if sensitive else self.folded
                table.setdefault(form_key(form, sensitive), entry)  # first claim wins; the check reports clashes
                forms.append(form)
        # Names of several words ("NET Guide") match too, longer than the term inside them, but belong to no
        # entry: find() passes over them, so the term inside a name is never marked.
        forms += [name for name in names if " " in name]
        forms = sorted(set(forms), key=lambda f: (-len(f), f))
        alternatives = "|".join(_form_pattern(f) for f in forms) or r"(?!)"
        self.regex = re.compile(rf"(?<![\w{_H}])(?:{alternatives})(?![\w]|[{_H}]\w)")

    def entry_for(self, matched: str) -> Entry | None:
        return self.exact.get(form_key(matched, True)) or self.folded.get(form_key(matched, False))

    def find(self, text: str, protected: list[tuple[int, int]] = ()):
        """(start, end, entry) for each term in the text, left to right, never inside a stash marker
        or a protected (start, end) stretch."""
        masked = _PLACEHOLDER.sub(lambda m: "\u0000" * len(m.group()), text)
        for start, end in protected:
            masked = masked[:start] + "\u0000" * (end - start) + masked[end:]
        for match in self.regex.finditer(masked):
            entry = self.entry_for(match.group())
            if entry is not None:
                yield match.start(), match.end(), entry


# ----------------------------------------------------------------- the glossary page


def _group(term: str) -> str:
    first = next((c for c in unicodedata.normalize("NFKD", term).upper() if c.isalnum()), "#")
    return first if "A" <= first <= "Z" else "0–9"


def _sort_key(entry: Entry) -> tuple:
    return (_group(entry.term) != "0–9", slugify(entry.term), entry.term.casefold())


def page_title(docs_dir: Path, path: str) -> str:
    """A see-also link shows the target page's front-matter title (the page's own words)."""
    try:
        text = (docs_dir / path).read_text(encoding="utf-8")
        meta = parse_yaml(text.split("---", 2)[1]) if text.startswith("---") else {}
        return str(meta.get("title") or path)
    except (OSError, IndexError, yaml.YAMLError, AttributeError):
        return path


def shown_aliases(entry: Entry) -> list[str]:
    """Other names worth showing: not plain plurals of the term or of another alias."""
    seen = {entry.term.casefold()}
    shown = []
    for alias in entry.aliases:
        folded = alias.casefold()
        if folded in seen or any(folded in (s + "s", s + "es") for s in seen):
            continue
        seen.add(folded)
        shown.append(alias)
    return shown


def render_glossary(entries: list[Entry], docs_dir: Path, page_url: str = "/") -> str:
    """Markdown for the glossary page: the A–Z bar, then each letter's entries as a definition list."""
    groups: dict[str, list[Entry]] = {}
    for entry in sorted(entries, key=_sort_key):
        groups.setdefault(_group(entry.term), []).append(entry)
    letters = ["0–9", *"ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    bar = []
    for letter in letters:
        if letter in groups:
            bar.append(f'<li><a href="#{_letter_id(letter)}">{letter}</a></li>')
        elif letter != "0–9":
            bar.append(f'<li><span class="ng-az__none" aria-hidden="true">{letter}</span></li>')
    out = [f'<nav class="ng-az" aria-label="Glossary terms by first letter"><ul>{"".join(bar)}</ul></nav>', ""]
    for letter in letters:
        if letter not in groups:
            continue
        out += [f"## {letter} {{#{_letter_id(letter)}}}", ""]
        for entry in groups[letter]:
            out += [f"{entry.term} {{#{entry.id} .ng-entry}}", "", f":   {entry.definition}"]
            more = []
            aliases = shown_aliases(entry)
            if aliases:
                more.append("Also called: " + ", ".join(aliases) + ".")
            if entry.see_also:
                links = [f"[{page_title(docs_dir, p)}](/{p.lstrip('/')})" for p in entry.see_also]
                more.append("See also: " + ", ".join(links) + ".")
            if more:
                out += ["", f"    {' '.join(more)}", "    {.ng-entry__more}"]
            out.append("")
    return "\n".join(out)


def _letter_id(letter: str) -> str:
    return "glossary-" + ("0-9" if letter == "0–9" else letter.lower())


def anchor_ids(entries: list[Entry]) -> set[str]:
    """Every id the Glossary page gets (one per entry, one per letter heading), for link checkers."""
    return {entry.id for entry in entries} | {_letter_id(_group(entry.term)) for entry in entries}


class GlossaryPagePreprocessor(Preprocessor):
    """Puts the generated glossary where the page says `<!-- glossary -->`, and notes that this is the glossary."""

    def __init__(self, md, extension: "GlossaryExtension"):
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        out = []
        for line in lines:
            if line.strip() == PLACEHOLDER:
                self.extension.is_glossary_page = True
                out += render_glossary(self.extension.entries, self.extension.docs_dir).split("\n")
            else:
                out.append(line)
        return out


# ----------------------------------------------------------------- marking terms

SKIP_TAGS = {f"h{n}" for n in range(1, 7)} | {
    "th", "a", "code", "pre", "abbr", "kbd", "samp", "var", "dfn", "script", "style",
    "button", "label", "summary", "svg", "math", "textarea", "select", "option",
}
# ng-sources: the page's source list; admonition-title: a box's title; ng-no-glossary: a writer's opt-out.
SKIP_CLASSES = {"ng-term", "ng-def", "ng-sources", "admonition-title", "headerlink", "ng-no-glossary"}


# Inline raw HTML reaches the tree as stash markers around plain text: <a href="...">NET</a> or
# <span class="ng-no-glossary">flushing</span> (a writer's opt-out for one word) must stay unmarked too.
_RAW_OPENING = re.compile(
    rf"<(?:({'|'.join(sorted(SKIP_TAGS - {'h1', 'h2', 'h3', 'h4', 'h5', 'h6'}))})\b|span\b[^>]*\bng-no-glossary\b)", re.I
)


def _skipped(element: etree.Element) -> bool:
    if not isinstance(element.tag, str) or element.tag in SKIP_TAGS:
        return True
    if "title" in element.attrib:  # it already has a tooltip
        return True
    return bool(SKIP_CLASSES.intersection((element.get("class") or "").split()))


class TermMarker(Treeprocessor):
    """Links the first use of each term on a page to its glossary entry, with the definition beside it.
    Everyday terms are found (so a longer term is never cut up) but left as plain words."""

    def __init__(self, md, extension: "GlossaryExtension"):
        super().__init__(md)
        self.extension = extension
        self.count = 0

    def run(self, root: etree.Element) -> None:
        if self.extension.is_glossary_page or not self.extension.entries:
            return
        self.count = 0
        self.matcher = self.extension.matcher
        self._walk(root, set())

    def _walk(self, parent: etree.Element, marked: set[str]) -> None:
        if parent.text:
            parent.text = self._mark(parent.text, marked, lambda nodes: self._insert(parent, 0, nodes))
        for child in list(parent):
            if not _skipped(child):
                # A collapsed box is read on its own: a term marked inside it is marked again after it.
                self._walk(child, set(marked) if child.tag == "details" else marked)
            if child.tail:
                child.tail = self._mark(child.tail, marked, lambda nodes, c=child: self._insert(parent, list(parent).index(c) + 1, nodes))

    @staticmethod
    def _insert(parent: etree.Element, index: int, nodes: list[etree.Element]) -> None:
        for offset, node in enumerate(nodes):
            parent.insert(index + offset, node)

    def _protected(self, text: str) -> list[tuple[int, int]]:
        """Stretches of text inside inline raw HTML that must not be marked, such as <a href="...">...</a>."""
        stretches, start, closing = [], None, ""
        for placeholder in HTML_PLACEHOLDER_RE.finditer(text):
            index = int(placeholder.group(1))
            blocks = self.md.htmlStash.rawHtmlBlocks
            raw = blocks[index] if index < len(blocks) and isinstance(blocks[index], str) else ""
            if start is None:
                opening = _RAW_OPENING.match(raw)
                if opening:
                    start, closing = placeholder.end(), f"</{opening.group(1) or 'span'}"
            elif raw.lower().startswith(closing):
                stretches.append((start, placeholder.start()))
                start = None
        if start is not None:  # closed in a later piece of text: keep the rest of this one unmarked
            stretches.append((start, len(text)))
        return stretches

    def _mark(self, text: str, marked: set[str], insert) -> str:
        """Returns the text before the first mark; the marks and the text after them go in as elements."""
        nodes: list[etree.Element] = []
        head, pos = None, 0
        protected = self._protected(text) if "\u0002" in text else []
        for start, end, entry in self.matcher.find(text, protected):
            if entry.id in marked:
                continue
            marked.add(entry.id)
            if entry.everyday:
                continue
            before = text[pos:start]
            if head is None:
                head = before
            else:
                nodes[-1].tail = before
            nodes += self._term(entry, text[start:end])
            pos = end
        if head is None:
            return text
        nodes[-1].tail = text[pos:]
        insert(nodes)
        return head

    def _term(self, entry: Entry, shown: str) -> list[etree.Element]:
        self.count += 1
        description_id = f"ng-def-{self.count}"
        link = etree.Element("a", {
            "class": "ng-term",
            "href": f"{self.extension.getConfig('glossary_url')}#{entry.id}",
            "aria-describedby": description_id,
        })
        link.text = shown
        definition = etree.Element("span", {
            "class": "ng-def",
            "id": description_id,
            "role": "tooltip",
            "hidden": "hidden",
            "data-search-exclude": "",
        })
        # The headword first, so an abbreviation is spelled out: "NET (neuroendocrine tumor): A tumor that ...".
        # A <strong>, not a <span>: Material's search skips excluded elements by tag, and a nested span
        # would end the skipping early.
        headword = etree.SubElement(definition, "strong", {"class": "ng-def__term"})
        headword.text = f"{entry.term}:"
        headword.tail = f" {entry.definition}"
        return [link, definition]


# ----------------------------------------------------------------- the extension


class GlossaryExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "glossary_file": ["docs/_data/glossary.yml", "The glossary data, relative to the current directory"],
            "docs_dir": ["docs", "The docs folder, for see-also page titles"],
            "glossary_url": ["/glossary.md", "Where marked terms link to; MkDocs makes it relative per page"],
        }
        super().__init__(**kwargs)
        self.is_glossary_page = False

    def extendMarkdown(self, md) -> None:
        md.registerExtension(self)
        glossary_file = Path(self.getConfig("glossary_file"))
        self.entries = load_glossary(glossary_file)
        self.docs_dir = Path(self.getConfig("docs_dir"))
        self.matcher = _matcher(tuple(self.entries), load_names(glossary_file.with_name(NAMES)))
        # After snippets (32) and whitespace clean-up (30), before raw HTML is stashed (20).
        md.preprocessors.register(GlossaryPagePreprocessor(md, self), "ng_glossary_page", 25)
        # After inline (20), attr_list (8), abbr (7) and toc (5); before MkDocs' link rewriting (0).
        md.treeprocessors.register(TermMarker(md, self), "ng_glossary_terms", 4)

    def reset(self) -> None:
        self.is_glossary_page = False


_matchers: dict[tuple, TermMatcher] = {}


def _matcher(entries: tuple[Entry, ...], names: tuple[str, ...] = ()) -> TermMatcher:
    """One compiled matcher per glossary version, shared by every page of a build. The key is every entry
    whole, definitions included: the matcher hands out the entries, so a definition edited while `mkdocs serve`
    runs must give a new matcher, or the pages keep showing the old definition until a restart."""
    key = (entries, names)
    if key not in _matchers:
        _matchers.clear()
        _matchers[key] = TermMatcher(list(entries), names)
    return _matchers[key]


NAMES = "names.yml"  # beside the glossary: names, not terms (docs/_data/names.yml explains)


def load_names(path: Path) -> tuple[str, ...]:
    """The names in names.yml; none when the file is missing (a fixture site without one)."""
    return tuple(str(name) for name in (load_yaml(path) or [])) if path.exists() else ()


def makeExtension(**kwargs) -> GlossaryExtension:
    return GlossaryExtension(**kwargs)
