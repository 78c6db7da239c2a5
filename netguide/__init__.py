"""NET Guide's build code: everything that runs inside a build of the site, in one installed package.

Why a package: `mkdocs.yml` loads our Markdown extensions by import path, and `pip install -r requirements.txt`
installs this package (`-e .`), so a plain `mkdocs build --strict` works with no path tricks. The engine is a
thin shell around it (Material for MkDocs reaches end of life in 2027; its successor ignores `hooks:`):

- `netguide.markdown`  Python-Markdown extensions (glossary, citations and source lists): run under any engine.
- `netguide.postbuild` one ordered pass over a built site folder (`python -m netguide.postbuild SITE`).
- `netguide.mkdocs_hooks` the one MkDocs hook file: only what must stay MkDocs-specific, then the pass.
- `netguide.pages`, `netguide.data`, `netguide.building`: the page list, how data files are read, how the
  site is built. One home each; scripts, checks, tests and the benchmark ask here.
"""
