"""The guide's own Python-Markdown extensions, loaded by import path from mkdocs.yml.

Extensions rather than MkDocs hooks, so they keep working under any tool that reads
mkdocs.yml's `markdown_extensions` (Zensical does; it does not run `hooks:`).
"""
