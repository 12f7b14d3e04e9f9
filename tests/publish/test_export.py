"""`storyweave export`: the store's tables as Parquet and JSON Lines, read back by DuckDB as a bulk tool reads them."""

from __future__ import annotations

import builtins
import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from storyweave.pipeline import run
from storyweave.publish.export import export
from storyweave.represent.encoder import MissingDependency
from storyweave.settings import Settings
from storyweave.store import Store
from tests.conftest import SAMPLE, run_cli
from tests.store.test_browse_as_of import VOLCANO as OTHER  # one unrelated report, shared


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds (one event of five reports in two languages) and one unrelated report."""
    folder = tmp_path_factory.mktemp("export")
    other = folder / "other.jsonl"
    other.write_text(json.dumps(OTHER) + "\n", encoding="utf-8")
    with Store(folder / "storyweave.db") as store:
        run([str(SAMPLE), str(other)], store, Settings())
    return folder / "storyweave.db"


def test_parquet_export_opens_in_duckdb_and_gives_the_events_by_size(store_path: Path, tmp_path: Path) -> None:
    done = run_cli("export", "--store", str(store_path), "--format", "parquet", "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "events: 2 rows" in done.stdout and "memberships: 6 rows" in done.stdout
    db = duckdb.connect()
    by_size = db.execute(
        f"SELECT e.id, e.size, count(m.article_id) AS members, list_sort(any_value(e.languages)) AS languages"
        f" FROM '{tmp_path}/events.parquet' e JOIN '{tmp_path}/memberships.parquet' m ON m.event_id = e.id"
        " GROUP BY e.id, e.size ORDER BY e.size DESC"
    ).fetchall()
    assert [(size, members) for _, size, members, _ in by_size] == [(5, 5), (1, 1)]
    assert by_size[0][3] == ["en", "no"]
    with Store(store_path, readonly=True) as store:  # the same events as the store holds
        assert {row[0] for row in by_size} == {e.id for e in store.list_events(0, 10)[0]}
    digest = db.execute(
        f"SELECT json_array_length(json_extract(body, '$.entities')) FROM '{tmp_path}/digests.parquet'"
        f" WHERE event_id = '{by_size[0][0]}'"
    ).fetchone()
    assert digest is not None and digest[0] > 3
    sentences = db.execute(
        f"SELECT count(*) FROM '{tmp_path}/sentences.parquet' s JOIN '{tmp_path}/articles.parquet' a"
        " ON a.id = s.article_id"
    ).fetchone()
    with Store(store_path, readonly=True) as store:
        assert sentences is not None and sentences[0] == sum(len(a.sentences) for a in store.iter_articles())


def test_jsonl_export_reads_back_with_the_digest_as_json(store_path: Path, tmp_path: Path) -> None:
    with Store(store_path, readonly=True) as store:
        written = export(store, tmp_path, "jsonl")
    assert [w.table for w in written] == ["articles", "sentences", "events", "memberships", "digests"]
    digests = [json.loads(line) for line in (tmp_path / "digests.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(isinstance(d["body"]["entities"], list) for d in digests)
    rows = duckdb.connect().execute(f"SELECT count(*) FROM read_json_auto('{tmp_path}/articles.jsonl')").fetchone()
    assert rows == (6,)


def test_export_streams_in_batches_and_keeps_every_row(store_path: Path) -> None:
    with Store(store_path, readonly=True) as store:
        for table in ("articles", "sentences", "memberships"):
            whole = [row for batch in store.table_batches(table) for row in batch]
            small = [row for batch in store.table_batches(table, batch=2) for row in batch]
            assert small == whole and len(small) == len(set(small))


def test_parquet_without_pyarrow_names_the_extra(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = builtins.__import__

    def refuse(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("pyarrow"):
            raise ImportError(f"No module named {name!r}", name=name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", refuse)
    with Store(store_path, readonly=True) as store, pytest.raises(MissingDependency, match=r"storyweave\[export\]"):
        export(store, tmp_path, "parquet")


def test_an_unknown_table_or_a_missing_store_is_one_line(store_path: Path, tmp_path: Path) -> None:
    done = run_cli("export", "--store", str(store_path), "--out", str(tmp_path), "--tables", "events,vectors")
    assert done.returncode == 1 and done.stderr.strip().count("\n") == 0 and "'vectors'" in done.stderr
    done = run_cli("export", "--store", str(tmp_path / "none.db"), "--out", str(tmp_path))
    assert done.returncode == 1 and "no store at" in done.stderr
