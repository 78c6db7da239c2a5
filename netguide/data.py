"""How the guide's data files (docs/_data/*.yml) and mkdocs.yml are read: one loader for every reader.

Why one loader: PyYAML follows YAML 1.1, where `NO`, `yes`, `on` and `off` are booleans, so a glossary alias
"NO" (nitric oxide) or a country code would silently become False. The build, the checks and the tests read
data through `load_yaml`, which keeps those words as text (only `true` and `false` are booleans, as in YAML 1.2).
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = "_data"  # under docs_dir


class DataLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 booleans: only true/false (any case), never yes/no/on/off."""


DataLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
DataLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                 list("tTfF"))


class ConfigLoader(DataLoader):
    """mkdocs.yml uses tags such as !ENV and !!python/name; their values do not matter to our readers."""


ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def load_yaml(path: Path):
    """A data file's content (None for an empty file). YAML errors propagate with their line numbers."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=DataLoader)


def parse_yaml(text: str):
    return yaml.load(text, Loader=DataLoader)


def load_config(path: Path = ROOT / "mkdocs.yml") -> dict:
    """mkdocs.yml as plain data, without MkDocs (tags such as !ENV read as None)."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=ConfigLoader) or {}


def data_file(docs_dir: Path, name: str) -> Path:
    """docs/_data/NAME: where every shared data file lives."""
    return Path(docs_dir) / DATA_DIR / name
