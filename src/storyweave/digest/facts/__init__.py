"""An event's facts: quantified claims per sentence, grouped across reports and languages, each group labelled.

A claim is a figure a sentence states (`quantities`: a count, a percentage, a sum, a duration; measures such as
"161 km" are read but not claimed) or the month a campaign began ("since early June", "siden juli", "began in
June"; unit "start date", value the month as YYYYMM: 201706), with what it counts: the counted noun, the event verb
that belongs to the figure and the place it happened ("ISIS fighters killed (hospital)"). "22 were reportedly
killed" names no noun and "killed in that battle" names no place; the subject is then taken from the group's other
claims or, for "that battle", from the previous sentence, and says it was guessed. A figure that cannot be read, and
a sentence that reads as a table of figures, become no claim: the fact list says so in a note (a fact with no
claims, marked uncertain), never with an invented figure.

A claim's time is the day (or month, or year) its clause names, else its report's news day: the day it was
published, or, for a report dated only through its event (`anchor`), the day its lead names. A borrowed anchor is
the latest day a report mentions, which for an updated wire story is the update's day, not the day of the body it
kept: Al Arabiya's "Some 100 fighters ... Friday" lead and its "more than 80 percent" are Friday's news although the
story goes on to Saturday.

Claims are compared within one dimension (counts, percentages, durations, each currency, start dates; split further
by event and by bands of value when there are hundreds), so a big event never compares everything with everything.
Identical copies of one claim (one wire story in many outlets) are compared once and weighed by their number. Their
similarity is `align.similarity` of their clauses (words, shared figures and names) and, across languages when an
encoder is given, of their cores' meaning, plus agreement of their event verbs and values; groups form by average
link. Claims about different things never meet: different events (killed / surrendered), fighters / civilians,
figures an order of magnitude apart, times months apart, or claims that share neither an event nor a counted word.

The status rule, applied to a group's claims:

- `single`: all claims come from one report (repeats within a report are one claim with several citations).
- `agreed`: every two claims' ranges overlap (within 10%), and claims made at different times also state the same
  figure (within 10%, or their ranges overlap when either is a word for a range). A different figure on a later day
  is an update, not a confirmation.
- `changed`: not agreed, but claims made at the same time agree, and the figures move one way as time passes, upward
  for what only accumulates (killed, captured, fled, surrendered, ...). "More than 80 percent" on Friday and
  "rundt 90 prosent" on Saturday is `changed`.
- `conflict`: anything else: incompatible figures at the same (or an unknown) time, or a series that goes back on
  itself. A campaign starts once, so start dates that differ are a conflict whenever they were reported.

A fact is `uncertain` when its subject was guessed, when its grouping rests on a weak link (or crossed languages
without an encoder), or when its `changed`/`conflict` rests on times borrowed from the event rather than the report.
Facts are ordered by how many reports support them; notes come last.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from storyweave.digest.align import Matrix, common_anchors, idf_table
from storyweave.digest.anchor import anchor_articles
from storyweave.digest.context import Context
from storyweave.digest.facts.claims import article_claims, merge_repeats
from storyweave.digest.facts.draft import Draft, Notes
from storyweave.digest.facts.grouping import Embed, claim_meanings, group_claims, identical_copies, split_blocks
from storyweave.digest.facts.status import group_status
from storyweave.digest.facts.subjects import name_subject, subject_source
from storyweave.digest.facts.vocabulary import START
from storyweave.model import Article, Citation, Claim, Fact
from storyweave.records import DigestRecord

EMBED_BUDGET = 300
MAX_NOTES = 5


def extract_facts(
    articles: Sequence[Article],
    *,
    embed: Embed | None = None,
    centre: Matrix | None = None,
    max_facts: int | None = 60,
) -> tuple[Fact, ...]:
    """The event's facts, most supported first, then notes on what could not be read (facts without claims)."""
    anchors = anchor_articles(articles)
    notes = Notes(unread=[])
    drafts = [d for article in articles for d in merge_repeats(article_claims(article, anchors[article.id], notes))]
    if not drafts:
        return tuple(_notes(notes, 0))
    sentences = [s.text for a in articles for s in a.sentences]
    idf = idf_table(sentences)
    common = common_anchors(sentences)
    spoken = Counter(d.language for d in drafts)
    languages = set(spoken)
    vectors: dict[str, Matrix] | None = None
    centres: dict[str, Matrix] = {}
    if embed is not None and len(languages) > 1:
        texts = list(dict.fromkeys(d.core for d in drafts))
        if len(texts) <= EMBED_BUDGET:
            vectors, centres = claim_meanings(texts, drafts, embed, centre)
        else:
            notes.words_only = True
    facts: list[tuple[Fact, int, int]] = []
    for block in split_blocks(identical_copies(drafts), notes):
        for members, weak in group_claims(block, idf, common, vectors, centres):
            crossed = vectors is None and len({m.language for m in members}) > 1
            facts.append(_fact(members, weak or crossed, spoken))
    facts.sort(key=lambda item: (-item[1], -item[2], item[0].subject))
    chosen = [fact for fact, _, _ in facts]
    left_out = 0
    if max_facts is not None and len(chosen) > max_facts:
        left_out = len(chosen) - max_facts
        chosen = chosen[:max_facts]
    return tuple(chosen + _notes(notes, left_out))


def _fact(members: list[Draft], weak: bool, spoken: Counter[str]) -> tuple[Fact, int, int]:
    members = sorted(members, key=lambda d: (d.time or "", d.article, d.sentences))
    status = group_status(members)
    lead = subject_source(members, spoken)
    subject = name_subject(lead, members)
    timed = status in ("changed", "conflict") and members[0].unit != START and any(m.borrowed for m in members)
    guessed = lead.guessed or (not lead.noun and not lead.event)
    claims = tuple(
        Claim(
            value=m.value,
            low=m.shown[0],
            high=m.shown[1],
            unit=m.unit,
            time=m.time,
            text=m.text,
            citations=tuple(Citation(m.article, s) for s in m.sentences),
        )
        for m in members
    )
    reports = len({m.article for m in members})
    fact = Fact(subject=subject, status=status, claims=claims, uncertain=weak or timed or guessed)
    return fact, reports, len(claims)


def _notes(notes: Notes, left_out: int) -> list[Fact]:
    """What the engine could not do, as facts with no claims: an honest gap instead of a figure."""
    found: list[Fact] = []
    for article, unread in notes.unread[:MAX_NOTES]:
        found.append(_note(f"figure not read in report {article}: “{unread.text}” — {unread.reason}"))
    if len(notes.unread) > MAX_NOTES:
        found.append(_note(f"{len(notes.unread) - MAX_NOTES} more figures not read (separators of another language)"))
    if notes.tables:
        found.append(_note(f"{notes.tables} sentence(s) read as tables of figures: no claims taken from them"))
    if notes.banded:
        found.append(_note(f"{notes.banded} claims grouped only within bands of similar value (too many to compare)"))
    if notes.words_only:
        found.append(_note("claims grouped across languages by words, figures and names only (too many to embed)"))
    if left_out:
        found.append(_note(f"{left_out} less supported facts left out"))
    return found


def _note(subject: str) -> Fact:
    return Fact(subject=subject, status="single", claims=(), uncertain=True)


def part(context: Context, record: DigestRecord) -> DigestRecord:
    """The digest's facts (see `digest.context.Part`)."""
    found = extract_facts(context.articles, embed=context.embed, centre=context.centre)
    facts = tuple(fact for fact in found if fact.claims)
    return replace(record, facts=facts, notes=tuple(fact.subject for fact in found if not fact.claims))
