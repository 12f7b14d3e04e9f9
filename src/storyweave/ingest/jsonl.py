"""JSON Lines and JSON, with the field names news datasets use, so the engine's own `articles.jsonl` reads back.

JSONL is read line by line (a bad line is reported by its number and the rest is kept); a `.json` file may hold one
object or an array of them.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterator, Mapping
from typing import Any

from storyweave.ingest.dates import parse_published
from storyweave.ingest.json_feed import is_json_feed, json_feed_items
from storyweave.ingest.source import Input
from storyweave.ingest.textfix import clean, decode
from storyweave.model import Article, Precision
from storyweave.problems import InputError, Problem, describe
from storyweave.settings import Settings

TEXT_FIELDS = ("text", "body", "content", "article", "document")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("published", "date", "pub_date", "published_at", "datetime", "pubDate")
LANGUAGE_FIELDS = ("language", "lang")
SOURCE_FIELDS = ("source", "outlet", "sitename", "publisher")
URL_FIELDS = ("url", "link", "path")
_MAX_LINE = 10_000_000
_JSON_START = re.compile(rb'\{\s*(?:"|\}|$)|\[\s*(?:[{\["\]\d-]|true\b|false\b|null\b|$)')


class JsonReader:
    name = "jsonl"
    suffixes = frozenset({".jsonl", ".ndjson", ".json"})

    def sniff(self, head: bytes) -> bool:
        """An object or an array opening as JSON does: text that happens to start with "[VIDEO]" is not JSON."""
        return _JSON_START.match(head.lstrip(b"\xef\xbb\xbf \t\r\n")) is not None

    def read(self, item: Input, settings: Settings) -> Iterator[Article | Problem]:
        head = item.head(8192)
        if b"\x00" in head:
            raise InputError("binary content, not text")
        if item.suffix not in (".jsonl", ".ndjson"):
            # One document (an object, an array, a JSON Feed), unless it turns out to be one object per line.
            document = self._whole(item, settings, strict=item.suffix == ".json")
            if document is not None:
                yield from self._records(document, item.name)
                return
        yield from self._lines(item)

    @staticmethod
    def _whole(item: Input, settings: Settings, strict: bool) -> Any | None:
        """The input as one JSON document, or None when it is really JSON Lines (or, unless strict, not one
        document, so that each line is reported on its own)."""
        text = decode(item.read_all(settings.max_bytes))
        try:
            return json.loads(text)
        except RecursionError as error:
            raise InputError("JSON nested too deeply to read") from error
        except json.JSONDecodeError as error:
            if error.msg == "Extra data" or not strict:
                return None
            raise InputError(f"invalid JSON ({error.msg} at line {error.lineno} column {error.colno})") from error

    def _records(self, document: Any, name: str) -> Iterator[Article | Problem]:
        if is_json_feed(document):
            yield from json_feed_items(document, name)
            return
        if not isinstance(document, list):
            yield _contained(document, f"{name} record 1", name, None)
            return
        for number, record in enumerate(document, 1):
            yield _contained(record, f"{name} record {number}", name, number)

    def _lines(self, item: Input) -> Iterator[Article | Problem]:
        try:
            yield from self._each_line(item)
        except (OSError, EOFError, zlib.error) as error:  # a broken gzip stream: the lines before it are kept
            raise InputError(f"cannot read past a point: {error}") from error

    def _each_line(self, item: Input) -> Iterator[Article | Problem]:
        seen_any = False
        with item.open() as handle:
            for number, raw in enumerate(handle, 1):
                where = f"{item.name} line {number}"
                if len(raw) > _MAX_LINE:
                    yield Problem(where, "line longer than 10 MB")
                    continue
                if not raw.strip():
                    continue
                seen_any = True
                try:
                    record = json.loads(raw.decode("utf-8-sig"))
                except UnicodeDecodeError:
                    yield Problem(where, "not UTF-8 text")
                    continue
                except json.JSONDecodeError as error:
                    yield Problem(where, f"invalid JSON ({error.msg} at column {error.colno})")
                    continue
                except RecursionError:
                    yield Problem(where, "JSON nested too deeply to read")
                    continue
                yield _contained(record, where, item.name, number)
        if not seen_any:
            raise InputError("empty file")

    @staticmethod
    def _article(record: Any, where: str, name: str, entry: int | None) -> Article | Problem:
        if not isinstance(record, Mapping):
            return Problem(where, f"expected a JSON object, found {type(record).__name__}")
        text = clean(_first(record, TEXT_FIELDS))
        title = clean(_first(record, TITLE_FIELDS))
        if title and text.startswith(title) and text[len(title) : len(title) + 1].isspace():
            text = text[len(title) :].lstrip()  # the headline run into the lead: it is the title, not a sentence
        if not text and not title:
            return Problem(where, f"no text or title (looked for {', '.join(TEXT_FIELDS + TITLE_FIELDS)})")
        raw_date = next((record[key] for key in DATE_FIELDS if record.get(key) not in (None, "")), None)
        published, precision = parse_published(raw_date)
        stated = record.get("precision")
        if published is not None and stated in ("month", "year") and precision == "day":
            precision = stated
        language = _first(record, LANGUAGE_FIELDS).split("-")[0].split("_")[0].lower()
        return Article.new(
            title=title,
            text=text,
            source=_first(record, SOURCE_FIELDS),
            url=_first(record, URL_FIELDS) or name,
            language=language,
            published=published,
            precision=_precision(precision),
            entry=entry,
        )


def _contained(record: Any, where: str, name: str, entry: int | None) -> Article | Problem:
    """One record as an article; whatever goes wrong inside it costs that record, not the file."""
    try:
        return JsonReader._article(record, where, name, entry)
    except Exception as error:
        return Problem(where, f"could not be read ({describe(error)})")


def _first(record: Mapping[str, Any], keys: tuple[str, ...]) -> str:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, Mapping) and isinstance(value.get("name"), str):
            return str(value["name"]).strip()
    return ""


def _precision(value: str) -> Precision:
    return value if value in ("day", "month", "year") else "unknown"  # type: ignore[return-value]
