"""Files kg ships: the gazetteer, gold data and sample corpus (``data/``, installed as
``kg.data``) and the ontology and shapes (``ontology/``, installed as ``kg.ontology``)."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent
_FOLDERS = {"kg.data": "data", "kg.ontology": "ontology"}


def resource(package: str, *parts: str) -> Path:
    """Path of a shipped file or folder: from the installed package when present, else
    from the source checkout."""
    try:
        found = importlib.resources.files(package).joinpath(*parts)
        if found.is_file() or found.is_dir():
            return Path(str(found))
    except (ModuleNotFoundError, TypeError):
        pass
    return _SOURCE_ROOT.joinpath(_FOLDERS[package], *parts)


def data_path(*parts: str) -> Path:
    return resource("kg.data", *parts)


def ontology_path(*parts: str) -> Path:
    return resource("kg.ontology", *parts)
