"""`articles.jsonl`: one line per stored article, with plain field names, written atomically from the store."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from storyweave.model import Article


def article_record(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "text": article.text,
        "source": article.source,
        "url": article.url,
        "language": article.language,
        "published": article.published_iso,
        "precision": article.precision,
        "sentences": len(article.sentences),
        "duplicates": [
            {
                "id": c.id,
                "source": c.source,
                "url": c.url,
                "title": c.title,
                "similarity": round(c.similarity, 3),
            }
            for c in article.duplicates
        ],
        "path": article.path,
        "entry": article.entry,
    }


def write_jsonl(records: Iterable[dict[str, Any]], path: Path) -> int:
    """Write records one per line through a temporary file, so a reader never sees half an export."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    count = 0
    with partial.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    os.replace(partial, path)
    return count


def write_articles(articles: Iterable[Article], path: Path) -> int:
    return write_jsonl((article_record(a) for a in articles), path)
