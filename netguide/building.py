"""Build the site in this process: the one place that knows how.

Why in-process: tests, the PDF, the offline edition and the benchmark all need a strict build; starting
`mkdocs` as a subprocess five times over cost seconds each and spread five copies of the same command.
A strict build that logs a warning raises `BuildError` with MkDocs' messages.
"""
from __future__ import annotations

import io
import logging
import os
from contextlib import contextmanager
from pathlib import Path

from netguide.data import ROOT

CONFIG = ROOT / "mkdocs.yml"


class BuildError(RuntimeError):
    """mkdocs build --strict failed; the message holds what MkDocs logged."""


@contextmanager
def _environment(env: dict[str, str]):
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def build(dest: Path, config_file: Path | str | io.IOBase = CONFIG, env: dict[str, str] | None = None,
          **overrides) -> Path:
    """Build strictly into dest. env sets variables the config reads with !ENV (SITE_URL); overrides set options."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, MkDocsException

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    log = io.StringIO()
    handler = logging.StreamHandler(log)
    handler.setLevel(logging.WARNING)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)  # relative paths in mkdocs.yml (docs/_data/...) are written from the repository root
        with _environment(env or {}):
            config = load_config(config_file=config_file if not isinstance(config_file, Path) else str(config_file),
                                 site_dir=str(dest), strict=True, **overrides)
            config.plugins.on_startup(command="build", dirty=False)
            try:
                mkdocs_build(config)
            finally:
                config.plugins.on_shutdown()
    except (Abort, MkDocsException, SystemExit) as error:
        raise BuildError(f"mkdocs build --strict failed: {error}\n{log.getvalue()}") from None
    finally:
        os.chdir(cwd)
        logger.removeHandler(handler)
    return Path(dest)
