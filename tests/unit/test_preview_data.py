"""The live preview tells the truth: a data file edited while `mkdocs serve` runs changes the next build.

MkDocs watches docs/ (docs/_data/ included) and rebuilds on save, but the extensions keep what they read
between builds, in the same process. Each cache must notice the edit; these tests edit a file between two
conversions in one process, exactly as a save between two rebuilds does.
"""
from __future__ import annotations

import os

import markdown
import yaml

GLOSSARY = [{"term": "Octreotide", "definition": "A drug like somatostatin, given as a shot.", "aliases": ["Sandostatin"]}]


def write(path, data, bump: int) -> None:
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + bump * 1_000_000_000))  # a later save


def render(glossary, text: str) -> str:
    md = markdown.Markdown(extensions=["netguide.markdown.glossary"],
                           extension_configs={"netguide.markdown.glossary": {"glossary_file": str(glossary)}})
    return md.convert(text)


def test_an_edited_glossary_definition_reaches_the_pages_on_the_next_build(tmp_path):
    glossary = tmp_path / "glossary.yml"
    write(glossary, GLOSSARY, 0)
    assert "given as a shot" in render(glossary, "Octreotide helps.")
    write(glossary, [{**GLOSSARY[0], "definition": "A drug like somatostatin, given as an injection."}], 1)
    page = render(glossary, "Octreotide helps.")
    assert "given as an injection" in page and "given as a shot" not in page


def test_an_edited_bibliography_entry_reaches_the_source_list_on_the_next_build(tmp_path):
    bibliography = tmp_path / "bibliography.yml"
    entry = {"authors": "Smith A", "title": "First title", "journal": "J Test", "year": 2020, "doi": "10.1/x"}

    def convert() -> str:
        md = markdown.Markdown(extensions=["netguide.markdown.citations"],
                               extension_configs={"netguide.markdown.citations": {"bibliography_file": str(bibliography)}})
        return md.convert("A claim [@smith2020].")

    write(bibliography, {"smith2020": entry}, 0)
    assert "First title" in convert()
    write(bibliography, {"smith2020": {**entry, "title": "Second title"}}, 1)
    assert "Second title" in convert()
