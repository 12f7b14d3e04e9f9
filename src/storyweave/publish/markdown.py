"""`storyweave show`: one event's whole digest as Markdown that reads well in a terminal and renders anywhere.

Everything taken from articles (titles, sentences, names, sources) is escaped, because a report is free to start a
line with "#" or to contain "|" and backticks; wrapping happens before the line-start guards so that no wrapped
line can turn into a heading or a list either. The digest is read through `records`: an event
digested by an older version (no summary, no facts) or not digested yet renders with "—", never a crash.
Citations become footnote numbers in order of first use, resolved once, at the end, to the report and sentence.
"""

from __future__ import annotations

import re
import sqlite3
import textwrap
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from storyweave.model import Citation, Claim, Entity, Fact, Quote, SummarySentence, TimelineEntry, iso_date
from storyweave.publish.figures import STATUS_WORDS, claim_value
from storyweave.records import Borrowed, DigestRecord, from_json
from storyweave.store import Store
from storyweave.store.events import EventRow

WIDTH = 100
NONE = "—"
_GLUE = "\x1f"  # a space that wrapping must not break at (inside "[2 reports, 1 language: 3, 4]"), made one after

_SPACE = re.compile(r"\s+")
_INLINE = re.compile(r"([\\`*\[\]<>|~]|(?<![^\W_])_|_(?![^\W_]))")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# What makes the start of a line a heading, quote, list item, setext underline or thematic break.
_BLOCK_START = re.compile(r"(?:[#>+=-]|\d+(?=[.)](?:\s|$)))")

Cite = tuple[str, int]


class UnknownEvent(LookupError):
    """The store holds no event by that id."""


def escape(text: object) -> str:
    """Article text made inert in Markdown (inline part: emphasis, code, links, tables, HTML, entities).

    Line-start constructs are guarded after wrapping, where the line starts are known (see `_guard`).
    """
    plain = _SPACE.sub(" ", str(text)).strip()
    return _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", plain))


def render_event(store: Store, event_id: str, as_of: str | None = None) -> str:
    """The event's digest as Markdown (as it stood at `as_of`, an ISO time in UTC, from its stored revisions);
    raises UnknownEvent when the store has no such event (or had no digest of it yet at `as_of`)."""
    found = _find_event(store, event_id)
    if found is None:
        raise UnknownEvent(event_id)
    event, members = found
    digest = _digest(store, event_id)
    if as_of is not None:
        then = store.revision(event_id, as_of)
        if then is None:
            raise UnknownEvent(event_id)
        digest = from_json(then.body)
        members = then.members or members
        event = replace(event, title=then.title or event.title)
    record = digest or DigestRecord()
    briefs = {str(b.get("id")): b for b in store.article_briefs(members)}
    notes = _Footnotes(briefs)
    parts = [
        _title(event, len(members), digest is not None),
        _section(_summary_heading(record), _summary(record.summary or (), notes)),
        _section("Timeline", _timeline(record.timeline or (), notes)),
        _section("Facts", _facts(record.facts or (), notes) + _reading_notes(record.notes or ())),
        _section("Entities", _entities(record.entities or ())),
        _section("Quotes", _quotes(record.quotes or (), notes)),
        _section("Reports", _reports(members, briefs, record.anchors or (), store)),
    ]
    if notes.order:
        parts.append(_section("Sources", _sources(notes, store)))
    return "\n\n".join(parts) + "\n"


def render_index(store: Store) -> str:
    """Every event, one line each (id, reports, languages, dates, title): what `show` with no id prints."""
    lines = [
        _guard(
            f"- `{event.id}` · {_count(len(members), 'report')} · {', '.join(event.languages) or '?'} ·"
            f" {_span(event)} — {escape(event.title)}",
            2,
        )
        for event, members in _events(store)
    ]
    return "\n".join(lines) + "\n" if lines else "No events in this store yet.\n"


# -- reading the store ---------------------------------------------------------------------------------------------
def _events(store: Store) -> Iterator[tuple[EventRow, list[str]]]:
    """Events as the store lists them; a store from before events existed simply has none."""
    try:
        yield from store.iter_events()
    except sqlite3.OperationalError:
        return


def _find_event(store: Store, event_id: str) -> tuple[EventRow, list[str]] | None:
    try:
        return store.event(event_id)
    except sqlite3.OperationalError:  # a store from before events existed has none
        return None


def _digest(store: Store, event_id: str) -> DigestRecord | None:
    try:
        return from_json(store.digest(event_id))
    except (sqlite3.OperationalError, ValueError):  # no digests table yet, or a body that is not JSON
        return None


def _cites(citations: Iterable[Citation]) -> list[Cite]:
    return list(dict.fromkeys((c.article, c.sentence) for c in citations))


def _text(value: str | None) -> str:
    return escape(value) if value else ""


def _strings(values: Iterable[str]) -> list[str]:
    return [escape(v) for v in values if v.strip()]


# -- footnotes -----------------------------------------------------------------------------------------------------
@dataclass
class _Footnotes:
    """Numbers cited sentences in order of first use and says what a set of citations rests on."""

    briefs: Mapping[str, Mapping[str, Any]]
    order: dict[Cite, int] = field(default_factory=dict)

    def numbers(self, cites: Iterable[Cite]) -> list[int]:
        return [self.order.setdefault(cite, len(self.order) + 1) for cite in cites]

    def marks(self, cites: Sequence[Cite]) -> str:
        numbers = self.numbers(cites)
        return f"{_GLUE}[{f',{_GLUE}'.join(map(str, sorted(numbers)))}]" if numbers else ""

    def support(self, cites: Sequence[Cite]) -> str:
        """'[3 reports, 2 languages: 1, 3, 5]': how widely a line is reported, then its footnotes."""
        if not cites:
            return f"{_GLUE}[no{_GLUE}citation]"
        reports = dict.fromkeys(article for article, _ in cites)
        languages = {str(self.briefs[a].get("language") or "?") for a in reports if a in self.briefs}
        numbers = ", ".join(map(str, sorted(self.numbers(cites))))
        support = f"[{_count(len(reports), 'report')}, {_count(max(len(languages), 1), 'language')}: {numbers}]"
        return _GLUE + support.replace(" ", _GLUE)


# -- sections ------------------------------------------------------------------------------------------------------
def _title(event: EventRow, reports: int, digested: bool) -> str:
    facts = [f"`{event.id}`", _span(event), ", ".join(escape(lang) for lang in event.languages) or "language unknown"]
    facts.append(_count(reports, "report"))
    lines = [_guard(f"# {escape(event.title) or '(untitled)'}", 2), "", *_wrap(" · ".join(facts))]
    if not digested:
        lines += ["", *_wrap("_Not digested yet: the next `storyweave run` on this store builds the digest._")]
    return "\n".join(lines)


def _section(name: str, lines: list[str]) -> str:
    return "\n".join([f"## {name}", "", *(lines or [NONE])])


def _summary_heading(record: DigestRecord) -> str:
    language = record.summary_language
    return f"Summary ({escape(language)})" if language and language.strip() else "Summary"


def _summary(items: Sequence[SummarySentence], notes: _Footnotes) -> list[str]:
    lines: list[str] = []
    for item in items:
        text = _text(item.text)
        if text:
            lines += _wrap(f"{text}{notes.support(_cites(item.citations))}", "- ")
    return lines


def _timeline(items: Sequence[TimelineEntry], notes: _Footnotes) -> list[str]:
    lines: list[str] = []
    for item in items:
        text = _text(item.text)
        if not text:
            continue
        when = _text(iso_date(item.date, item.precision))
        head = (
            f"**{when}**" + (f" ({_text(item.precision)})" if item.precision != "day" else "")
            if when
            else "**undated**"
        )
        flag = " (uncertain)" if item.uncertain else ""
        lines += _wrap(f"{head}{flag} {text}{notes.support(_cites(item.citations))}", "- ")
    return lines


def _facts(items: Sequence[Fact], notes: _Footnotes) -> list[str]:
    lines: list[str] = []
    for item in items:
        subject = _text(item.subject) or "(no subject)"
        label = escape(STATUS_WORDS.get(item.status, item.status))
        values = "; ".join(
            f"{escape(claim_value(claim))}{_when(claim)}{notes.marks(_cites(claim.citations))}" for claim in item.claims
        )
        flag = " (uncertain)" if item.uncertain else ""
        lines += _wrap(f"**{subject}** — {label}{flag}: {values or NONE}", "- ")
        for claim in item.claims:
            text = _text(claim.text)
            if text:
                lines += _wrap(
                    f"{escape(claim_value(claim))}{_when(claim)}: “{text}”{notes.marks(_cites(claim.citations))}",
                    "- ",
                    "  ",
                )
    return lines


def _reading_notes(items: Sequence[str]) -> list[str]:
    """What the figure reader could not read, after the facts and apart from them."""
    if not items:
        return []
    return ["", "Not read:", *(line for item in items for line in _wrap(_text(item), "- "))]


def _when(claim: Claim) -> str:
    time = _text(claim.time)
    return f" ({time})" if time else ""


def _entities(items: Sequence[Entity]) -> list[str]:
    lines: list[str] = []
    for item in items:
        name = _text(item.name)
        if not name:
            continue
        kind = _text(item.type)
        parts = [f"**{name}**" + (f" ({kind})" if kind else "")]
        aliases = [alias for alias in _strings(item.aliases) if alias != name]
        if aliases:
            parts.append(f"also {', '.join(aliases)}")
        roles = _strings(item.roles)
        if roles:
            parts.append(f"roles: {'; '.join(roles)}")
        parts.append(_count(len(_cites(item.citations)), "mention"))
        flag = " (uncertain)" if item.uncertain else ""
        lines += _wrap(" — ".join(parts) + flag, "- ")
    return lines


def _quotes(items: Sequence[Quote], notes: _Footnotes) -> list[str]:
    lines: list[str] = []
    for item in items:
        text = _text(item.text)
        if not text:
            continue
        speaker = _text(item.speaker) or "unknown speaker"
        flag = " (uncertain)" if item.uncertain else ""
        lines += _wrap(f"**{speaker}**{flag} — “{text}”{notes.marks(_cites(item.citations))}", "- ")
    return lines


def _reports(
    members: Sequence[str],
    briefs: Mapping[str, Mapping[str, Any]],
    anchors: Sequence[Borrowed],
    store: Store,
) -> list[str]:
    borrowed = {a.article: a for a in anchors}
    lines: list[str] = []
    for article in members:
        brief = briefs.get(article)
        if brief is None:
            continue
        line = f"{_report(brief, store)} · id {escape(article)}"
        anchor = borrowed.get(article)
        if anchor is not None:
            line += f"; no day of its own, dated {_text(anchor.date) or '?'} through the event"
            how = _text(anchor.how)
            line += f" ({how})" if how else ""
        lines += _wrap(line, "- ")
    return lines


def _report(brief: Mapping[str, Any], store: Store) -> str:
    """'*Title* — outlet · language · date': the outlet, or the address when the outlet is unknown."""
    title = _field(brief, "title") or "(untitled)"
    source = _field(brief, "source")
    if not source:
        where = store.source_of(str(brief.get("id")))
        source = escape(where[1]) if where and where[1] else "outlet unknown"
    language = _field(brief, "language") or "language unknown"
    return f"*{title}* — {source} · {language} · {_field(brief, 'published') or 'undated'}"


def _field(brief: Mapping[str, Any], name: str) -> str:
    """A report's field from the store's brief of it (not digest JSON: the store writes these itself)."""
    value = brief.get(name)
    return escape(value) if isinstance(value, str | int | float) and not isinstance(value, bool) else ""


def _sources(notes: _Footnotes, store: Store) -> list[str]:
    """The cited sentences grouped under their report, each after its footnote number."""
    cites = sorted(notes.order, key=notes.order.__getitem__)
    texts = dict(zip(cites, store.sentence_texts(cites), strict=True))
    lines: list[str] = []
    for article in dict.fromkeys(a for a, _ in cites):
        brief = notes.briefs.get(article)
        head = _report(brief, store) if brief is not None else f"A report no longer in this event ({escape(article)})"
        lines += [*([""] if lines else []), *_wrap(head)]
        for cite in (c for c in cites if c[0] == article):
            text = texts[cite]
            said = escape(text) if text is not None else f"(sentence {cite[1]} is not stored)"
            lines += _wrap(f"[{notes.order[cite]}] {said}", "- ")
    return lines


# -- layout --------------------------------------------------------------------------------------------------------
def _span(event: EventRow) -> str:
    days = [iso_date(day, "day") for day in (event.first_seen, event.last_seen) if day is not None]
    return " to ".join(dict.fromkeys(d for d in days if d)) or "undated"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _wrap(text: str, marker: str = "", indent: str = "") -> list[str]:
    """Wrapped to WIDTH under a list marker, with continuation lines aligned under the marker's text."""
    first, rest = indent + marker, indent + " " * len(marker)
    lines = textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [
        _guard(line, len(first) if number == 0 else len(rest)).replace(_GLUE, " ") for number, line in enumerate(lines)
    ]


def _guard(line: str, at: int) -> str:
    """Escapes what would make the text from column `at` a block of its own (heading, list, quote, rule)."""
    match = _BLOCK_START.match(line, at)
    if match is None:
        return line
    cut = match.end() if line[at].isdigit() else at  # "2017." is a list item; a backslash goes before its stop
    return f"{line[:cut]}\\{line[cut:]}"
