"""Shared fixtures. The spaCy pipeline and the sample build are made once per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "articles"
GOLD = ROOT / "data" / "gold"
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(scope="session")
def nlp():
    from kg.extract import load_model

    return load_model()


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory) -> Path:
    """A build folder of the embedded sample corpus with every build output. Read-only:
    copy it (``sample_build_copy``) before changing anything in it."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("sample-build")
    build([SAMPLE], out)
    return out


@pytest.fixture
def sample_build_copy(sample_build, tmp_path) -> Path:
    dest = tmp_path / "build"
    shutil.copytree(sample_build, dest)
    return dest


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Folder for files a person may want to look at after a run (screenshots)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
