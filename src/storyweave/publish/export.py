"""The store's articles, sentences, events, memberships and digests as files that bulk tools read: Parquet
(DuckDB, Polars, Spark, pandas) or JSON Lines.

The store is streamed a batch at a time into one file per table, so memory stays bounded whatever its size. Dates
stay ISO text, as stored, because a report may be dated only to the month ("2017-10"). A digest is its stored JSON,
which DuckDB and Spark read with their JSON functions. An event's languages are a list.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyweave.represent.encoder import MissingDependency
from storyweave.store import Store
from storyweave.store.tables import TABLES

FORMATS = ("parquet", "jsonl")
EXTRA = "export"


@dataclass(frozen=True, slots=True)
class Written:
    table: str
    rows: int
    path: Path


def export(store: Store, out: Path, format: str, tables: Iterable[str] = TABLES) -> list[Written]:
    """Every table asked for, as `out/TABLE.parquet` or `out/TABLE.jsonl`; returns what was written."""
    if format not in FORMATS:
        raise ValueError(f"format {format!r}: use one of {', '.join(FORMATS)}")
    writer = _parquet if format == "parquet" else _jsonl
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables:
        path = out / f"{table}.{format}"
        rows = writer(path, table, _typed(table, store.table_batches(table)))
        written.append(Written(table, rows, path))
    return written


def _typed(table: str, batches: Iterator[list[tuple[Any, ...]]]) -> Iterator[list[tuple[Any, ...]]]:
    """Rows with each column as exported: an event's languages as a list."""
    kinds = [kind for _, kind in TABLES[table][0]]
    for batch in batches:
        yield [
            tuple(
                [x for x in str(value).split(",") if x] if kind == "list" and value is not None else value
                for value, kind in zip(row, kinds, strict=True)
            )
            for row in batch
        ]


def _jsonl(path: Path, table: str, batches: Iterator[list[tuple[Any, ...]]]) -> int:
    names = [name for name, _ in TABLES[table][0]]
    kinds = [kind for _, kind in TABLES[table][0]]
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for batch in batches:
            for row in batch:
                record = {
                    name: json.loads(value) if kind == "json" and value is not None else value
                    for name, kind, value in zip(names, kinds, row, strict=True)
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    return count


def _parquet(path: Path, table: str, batches: Iterator[list[tuple[Any, ...]]]) -> int:
    try:
        import pyarrow as pa  # type: ignore[import-untyped]
        import pyarrow.parquet as pq  # type: ignore[import-untyped]
    except ImportError as missing:
        raise MissingDependency(
            f"--format parquet needs pyarrow ({missing.name} is not installed): pip install 'storyweave[{EXTRA}]'"
        ) from missing
    types = {"text": pa.string(), "json": pa.string(), "int": pa.int64(), "float": pa.float64()}
    columns = TABLES[table][0]
    schema = pa.schema([(name, pa.list_(pa.string()) if kind == "list" else types[kind]) for name, kind in columns])
    count = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for batch in batches:
            arrays = [pa.array([row[i] for row in batch], type=schema.field(i).type) for i in range(len(columns))]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            count += len(batch)
    return count
