"""An event's dated timeline: which days matter, and what happened on each, citing every report that said so.

In the spirit of DateWise (Gholipour Ghalandari & Ifrim 2020): a day matters when many reports name it, and the
sentences that name a day are the material for it. Two changes over counting sentences, each measured on
Timeline17 (`storyweave evaluate timelines`):

- a day is scored by how many *reports* name it, not how many sentences: one report that repeats "on Monday" six
  times is one witness, and a day that reports published later still name is one the story kept coming back to;
- a day's entry is a *happening*: its sentences are grouped across sources (`align`), a group is ranked by how many
  reports carry it, and its entry cites all of them, so "22 killed at the hospital", said by three outlets in two
  languages, becomes one entry with three citations instead of three entries or one arbitrary pick.

Sentences without a date of their own count for the day their report was published when they open it (a lead
reports the news of its day). Vague stretches ("in recent days") never make a day, but may join a happening
within a few days of theirs. An entry resting only on borrowed anchors, only on leads, or on a day after the
latest report is marked uncertain.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from storyweave.digest.align import Matrix, common_anchors, group, idf_table
from storyweave.digest.anchor import Anchor, anchor_articles
from storyweave.digest.context import Context
from storyweave.digest.dates import DatePrecision, resolve, without_stamps
from storyweave.digest.kept import REPORTS, Kept, report_key
from storyweave.digest.meaning import Embed, EventMeaning, sentence_similarity
from storyweave.model import Article, Citation, TimelineEntry
from storyweave.records import DigestRecord

LEAD_SENTENCES = 2
PUBLISHED_WEIGHT = 0.5
LATER_WEIGHT = 0.5
SAME_HAPPENING = 0.3
ATTACH_DAYS = 3
MAX_CANDIDATES = 300
STAMPED_MIN_WORDS = 5


@dataclass(frozen=True, slots=True)
class DatedSentence:
    article: str
    sentence: int
    text: str
    day: date
    precision: DatePrecision
    explicit: bool
    borrowed: bool
    approximate: bool


def dated_sentences(
    articles: Sequence[Article],
    anchors: dict[str, Anchor],
    *,
    precisions: tuple[DatePrecision, ...] = ("day", "month"),
    start: date | None = None,
    end: date | None = None,
) -> list[DatedSentence]:
    items: list[DatedSentence] = []
    for article in articles:
        anchor = anchors[article.id]
        key = (report_key(article), anchor, precisions, start, end)
        items.extend(_KEPT.read(key, _report_dates, article, anchor, precisions, start, end))
    return items


_KEPT: Kept[tuple[DatedSentence, ...]] = Kept(REPORTS, "dates", (DatedSentence,))


def _report_dates(
    article: Article, anchor: Anchor, precisions: tuple[DatePrecision, ...], start: date | None, end: date | None
) -> tuple[DatedSentence, ...]:
    """One report's dated sentences, kept (see `digest.kept`) by the report and its anchor."""
    items: list[DatedSentence] = []
    for sentence in article.sentences:
        named = False
        mentions = resolve(sentence.text, anchor.value, article.language)
        text, (low, high) = without_stamps(sentence.text, mentions)
        if len(text.split()) < STAMPED_MIN_WORDS:
            continue  # nothing but a page's stamp ("Güncelleme Tarihi: 28 Ocak 2020, 11:4")
        mentions = [m for m in mentions if not (m.stamp or m.background) and low <= m.start and m.end <= high]
        for mention in mentions:
            if mention.precision not in precisions or not _in_range(mention.value, start, end):
                continue
            named = named or not mention.approximate
            items.append(
                DatedSentence(
                    article.id,
                    sentence.index,
                    text,
                    mention.value,
                    mention.precision,
                    True,
                    anchor.borrowed,
                    mention.approximate,
                )
            )
        if (
            not named
            and sentence.index < LEAD_SENTENCES
            and anchor.value is not None
            and not anchor.borrowed
            and _in_range(anchor.value, start, end)
        ):
            items.append(DatedSentence(article.id, sentence.index, text, anchor.value, "day", False, False, False))
    return tuple(items)


def _in_range(value: date, start: date | None, end: date | None) -> bool:
    return (start is None or value >= start) and (end is None or value <= end)


def rank_dates(items: Sequence[DatedSentence], anchors: dict[str, Anchor]) -> list[tuple[date, DatePrecision]]:
    """Days by how many reports name them (more when named after the fact), plus a share of reports published then."""
    named: dict[tuple[date, DatePrecision], set[str]] = defaultdict(set)
    published: dict[tuple[date, DatePrecision], set[str]] = defaultdict(set)
    for item in items:
        if item.approximate:
            continue
        (named if item.explicit else published)[(item.day, item.precision)].add(item.article)
    score: dict[tuple[date, DatePrecision], float] = defaultdict(float)
    for key, reports in named.items():
        for report in reports:
            written = anchors[report].value
            score[key] += 1.0 + (LATER_WEIGHT if written is not None and written > key[0] else 0.0)
    for key, reports in published.items():
        score[key] += PUBLISHED_WEIGHT * len(reports)
    return sorted(score, key=lambda k: (-score[k], k[0]))


def build_timeline(
    articles: Sequence[Article],
    *,
    dates: int | None = None,
    per_date: int = 2,
    start: date | None = None,
    end: date | None = None,
    precisions: tuple[DatePrecision, ...] = ("day", "month"),
    embed: Embed | None = None,
    centre: Matrix | None = None,
    max_dates: int = 20,
) -> tuple[TimelineEntry, ...]:
    """Entries ordered by date: the `dates` best days (all worth telling, up to `max_dates`, when None), and on
    each up to `per_date` happenings, each citing every sentence that reports it."""
    anchors = anchor_articles(articles)
    items = dated_sentences(articles, anchors, precisions=precisions, start=start, end=end)
    if not items:
        return ()
    idf = idf_table(s.text for a in articles for s in a.sentences)
    common = common_anchors(s.text for a in articles for s in a.sentences)
    ranked = rank_dates(items, anchors)
    chosen = ranked[: dates if dates is not None else max_dates]
    by_day: dict[tuple[date, DatePrecision], list[DatedSentence]] = defaultdict(list)
    for item in items:
        if not item.approximate:
            by_day[(item.day, item.precision)].append(item)
    vague = _unique([item for item in items if item.approximate])
    meaning = EventMeaning.for_event(articles, embed, centre)
    latest = max((a.value for a in anchors.values() if a.value is not None), default=None)
    entries: list[TimelineEntry] = []
    for key in chosen:
        candidates = _unique(by_day[key])[:MAX_CANDIDATES]
        taken = {(c.article, c.sentence) for c in candidates}
        nearby = [
            v for v in vague if abs((v.day - key[0]).days) <= ATTACH_DAYS and (v.article, v.sentence) not in taken
        ]
        for members in _happenings(candidates, nearby, idf, common, meaning)[:per_date]:
            entries.append(_entry(key, members, latest))
    entries.sort(key=lambda e: (e.date or date.min, -len({c.article for c in e.citations})))
    return tuple(entries)


def _unique(items: Sequence[DatedSentence]) -> list[DatedSentence]:
    seen: set[tuple[str, int]] = set()
    result = []
    for item in items:
        if (item.article, item.sentence) not in seen:
            seen.add((item.article, item.sentence))
            result.append(item)
    return result


def _happenings(
    candidates: list[DatedSentence],
    nearby: list[DatedSentence],
    idf: dict[str, float],
    common: frozenset[str],
    meaning: EventMeaning | None,
) -> list[list[DatedSentence]]:
    """Groups of one day's sentences that report the same thing, best first; each led by its representative."""
    pool = candidates + nearby
    texts = [item.text for item in pool]
    scores = sentence_similarity(texts, [item.article for item in pool], idf, common, meaning)
    # Vague sentences only join a happening that a dated sentence starts: they may not pair among themselves.
    allowed = np.ones(scores.shape, dtype=bool)
    vague = len(candidates)
    allowed[vague:, vague:] = False
    groups = [g for g in group(scores, [item.article for item in pool], SAME_HAPPENING, allowed) if min(g) < vague]
    centroid = scores[:vague, :vague].mean(axis=1)

    def representative(members: list[int]) -> int:
        dated = [m for m in members if m < vague]
        within = scores[np.ix_(dated, members)].sum(axis=1)
        explicit = np.array([1.0 if pool[m].explicit else 0.0 for m in dated])
        return dated[int(np.argmax(within + centroid[dated] + explicit))]

    def rank(members: list[int]) -> tuple[int, int, int, float]:
        firm = len({pool[m].article for m in members if m < vague})  # reports that date it themselves
        reports = len({pool[m].article for m in members})
        named = sum(1 for m in members if pool[m].explicit)
        return (-firm, -reports, -named, -float(centroid[[m for m in members if m < vague]].mean()))

    ordered = sorted(groups, key=rank)
    result = []
    for members in ordered:
        lead = representative(members)
        result.append([pool[lead]] + [pool[m] for m in members if m != lead])
    return result


def _entry(key: tuple[date, DatePrecision], members: list[DatedSentence], latest: date | None) -> TimelineEntry:
    citations = tuple(sorted({Citation(m.article, m.sentence) for m in members}, key=lambda c: (c.article, c.sentence)))
    firm = [m for m in members if not m.approximate]
    uncertain = (
        all(m.borrowed for m in firm) or not any(m.explicit for m in firm) or (latest is not None and key[0] > latest)
    )
    return TimelineEntry(date=key[0], precision=key[1], text=members[0].text, citations=citations, uncertain=uncertain)


def part(context: Context, record: DigestRecord) -> DigestRecord:
    """The digest's timeline (see `digest.context.Part`)."""
    settings = context.settings
    timeline = build_timeline(
        context.articles,
        per_date=settings.timeline_per_date,
        max_dates=settings.timeline_dates,
        embed=context.embed,
        centre=context.centre,
    )
    return replace(record, timeline=timeline)
