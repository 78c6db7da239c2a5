"""Drop what needs a web server when the guide is built as the offline edition (mkdocs-offline.yml).

Instant navigation loads pages with fetch(), which a browser refuses for file:// addresses, so the
offline edition turns it off. The theme's feature list stays written once, in mkdocs.yml: MkDocs
replaces whole lists when one config inherits another, so the MkDocs hook file removes the features instead of
mkdocs-offline.yml repeating the list. It does nothing for the online site.
"""
from __future__ import annotations

NEEDS_A_SERVER = ("navigation.instant", "navigation.instant.prefetch", "navigation.instant.progress",
                  "navigation.instant.preview")


def offline_edition(config) -> bool:
    plugin = config["plugins"].get("material/offline") or config["plugins"].get("offline")
    return bool(plugin and plugin.config.enabled)


def without_server_features(features: list[str]) -> list[str]:
    return [f for f in features if f not in NEEDS_A_SERVER]
