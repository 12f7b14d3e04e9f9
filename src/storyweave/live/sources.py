"""The sources file `storyweave watch` follows: feeds, pages and folders, each with its polling interval.

TOML, so a newsroom edits it by hand and reviews it in a diff; OPML (what feed readers export) is imported into it.
A mistake is one line naming the file, the source and the reason, before anything is fetched.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DEFAULT_INTERVAL = 900
_KEYS = frozenset({"url", "path", "interval", "name", "language"})


class SourcesError(ValueError):
    """The sources file (or an OPML file) cannot be used; the message names it and the reason."""


@dataclass(frozen=True, slots=True)
class Source:
    """One thing to follow: a URL (a feed, or a page) or a local folder."""

    key: str  # the URL, or the folder's resolved path: what the store keeps the source's state under
    interval: int = DEFAULT_INTERVAL
    name: str = ""
    language: str = ""
    folder: Path | None = None

    @property
    def host(self) -> str:
        return "" if self.folder is not None else (urlsplit(self.key).hostname or "")


@dataclass(frozen=True, slots=True)
class Sources:
    sources: tuple[Source, ...]
    allow_hosts: frozenset[str] = frozenset()


def load_sources(path: Path) -> Sources:
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise SourcesError(f"{path}: cannot read: {error.strerror or error}") from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise SourcesError(f"{path}: not TOML: {error}") from error
    return parse_sources(table, str(path), path.parent)


def parse_sources(table: dict[str, Any], where: str, base: Path) -> Sources:
    unknown = sorted(set(table) - {"allow_hosts", "sources"})
    if unknown:
        raise SourcesError(f"{where}: unknown key(s) {', '.join(unknown)} (allow_hosts and [[sources]] only)")
    hosts = table.get("allow_hosts", [])
    if not isinstance(hosts, list) or not all(isinstance(h, str) and h for h in hosts):
        raise SourcesError(f"{where}: allow_hosts must be a list of host names")
    entries = table.get("sources", [])
    if not isinstance(entries, list) or not entries:
        raise SourcesError(f"{where}: no [[sources]]")
    found: list[Source] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, 1):
        source = _source(entry, f"{where}: sources[{number}]", base)
        if source.key in seen:
            raise SourcesError(f"{where}: sources[{number}]: {source.key} is listed twice")
        seen.add(source.key)
        found.append(source)
    return Sources(tuple(found), frozenset(h.lower().strip("[]") for h in hosts))


def _source(entry: Any, where: str, base: Path) -> Source:
    if not isinstance(entry, dict):
        raise SourcesError(f"{where}: not a table")
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        raise SourcesError(f"{where}: unknown key(s) {', '.join(unknown)}")
    if ("url" in entry) == ("path" in entry):
        raise SourcesError(f"{where}: give either url or path")
    interval = entry.get("interval", DEFAULT_INTERVAL)
    if not isinstance(interval, int) or isinstance(interval, bool) or interval < 1:
        raise SourcesError(f"{where}: interval must be a whole number of seconds, at least 1")
    name, language = entry.get("name", ""), entry.get("language", "")
    if not isinstance(name, str) or not isinstance(language, str):
        raise SourcesError(f"{where}: name and language must be strings")
    if "path" in entry:
        if not isinstance(entry["path"], str) or not entry["path"]:
            raise SourcesError(f"{where}: path must be a folder's path")
        folder = (base / Path(entry["path"]).expanduser()).resolve()
        return Source(str(folder), interval, name, language.lower(), folder)
    url = entry["url"]
    if not isinstance(url, str):
        raise SourcesError(f"{where}: url must be a string")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourcesError(f"{where}: {url!r} is not an http or https URL")
    if parts.username or parts.password:
        raise SourcesError(f"{where}: {url!r} carries credentials; a sources file must not")
    return Source(url, interval, name, language.lower())


def import_opml(opml: Path, sources_file: Path, interval: int = DEFAULT_INTERVAL) -> tuple[int, int]:
    """Add the feeds an OPML file lists to the sources file (made when missing), keeping what it has; returns
    (added, already there)."""
    feeds = read_opml(opml)
    existing = load_sources(sources_file) if sources_file.exists() else None
    known = {s.key for s in existing.sources} if existing else set()
    new = [(url, title) for url, title in feeds if url not in known]
    lines: list[str] = []
    if existing is None:
        lines.append("allow_hosts = []\n")
    for url, title in new:
        lines.append(f"\n[[sources]]\nurl = {json.dumps(url)}\ninterval = {interval}\n")
        if title:
            lines.append(f"name = {json.dumps(title)}\n")
    text = "".join(lines)
    before = sources_file.read_text(encoding="utf-8") if existing else ""
    merged = before + ("" if not before or before.endswith("\n") else "\n") + text
    parse_sources(tomllib.loads(merged), str(sources_file), sources_file.parent)  # what is written reads back
    temporary = sources_file.with_name(sources_file.name + ".tmp")
    temporary.write_text(merged, encoding="utf-8")
    temporary.replace(sources_file)
    return len(new), len(feeds) - len(new)


def read_opml(path: Path) -> list[tuple[str, str]]:
    """(feed URL, title) of every outline with an xmlUrl, nested or not, in document order, each URL once; only
    http and https URLs (an OPML file is untrusted input, and its entities are never resolved)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.parse(str(path), parser).getroot()
    except OSError as error:
        raise SourcesError(f"{path}: cannot read: {error}") from error
    except etree.XMLSyntaxError as error:
        raise SourcesError(f"{path}: not OPML: {error}") from error
    if not isinstance(root.tag, str) or root.tag.lower() != "opml":
        raise SourcesError(f"{path}: not OPML (its root is {root.tag!r})")
    found: dict[str, str] = {}
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if urlsplit(url).scheme in ("http", "https") and url not in found:
            found[url] = (outline.get("title") or outline.get("text") or "").strip()
    if not found:
        raise SourcesError(f"{path}: no feed outlines (xmlUrl) found")
    return list(found.items())
