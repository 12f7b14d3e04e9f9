"""Stores the web tests read: the seed event (built once per session) and one whose reports carry HTML payloads."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyweave.pipeline import run
from storyweave.settings import Settings
from storyweave.store import Store
from storyweave.web.app import create_app
from tests.conftest import SAMPLE

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "storyweave.db"
    with Store(path) as store:
        run([str(SAMPLE)], store, Settings())
    return path


@pytest.fixture(scope="session")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two reports of one story whose title, text and outlet are HTML meant to run in a reader's browser."""
    folder = tmp_path_factory.mktemp("hostile")
    body = (
        f"Officials in Raqqa said on Monday that {SCRIPT} 120 people were evacuated from the city. "
        "The mayor said the evacuation would continue on Tuesday. "
        f"Residents described the scene {SCRIPT} as calm."
    )
    records = [
        {
            "title": f"{SCRIPT} Raqqa evacuation {n}",
            "text": body,
            "source": IMG,
            "url": f"https://example.org/{n}",
            "published": "2017-10-1{n}",
            "language": "en",
        }
        for n in (1, 2)
    ]
    source = folder / "hostile.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    path = folder / "storyweave.db"
    with Store(path) as store:
        run([str(source)], store, Settings())
    return path


@pytest.fixture(scope="session")
def client(seed_store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(seed_store)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def seed_event(seed_store: Path) -> str:
    with Store(seed_store, readonly=True) as store:
        rows, _ = store.list_events(0, 1)
    return rows[0].id
