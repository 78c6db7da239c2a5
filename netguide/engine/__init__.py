"""What must stay MkDocs-specific, and the one hook file (`mkdocs_hooks.py`) that mkdocs.yml names.

Everything else lives in engine-independent modules (netguide.markdown, netguide.postbuild).
"""
