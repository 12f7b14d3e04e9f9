"""One report's claims: the figures its sentences state and the months its campaigns began, each with its time.

A claim is read within its clause, so "..., while 22 were reportedly killed" is not confused with the figure before
it; a sentence that reads as a table states nothing we can attribute, and a report that repeats a figure is one
witness, not two.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from storyweave.digest.anchor import Anchor
from storyweave.digest.dates import DateMention, resolve
from storyweave.digest.facts.draft import Draft, Notes
from storyweave.digest.facts.subjects import (
    campaign_phrase,
    counts_people,
    event_near,
    find_place,
    kind_of,
    noun_after,
    noun_before,
    place_after,
    quoted_context,
    weak_subject,
)
from storyweave.digest.facts.vocabulary import (
    CAMPAIGN,
    CLAIMED,
    CLAUSE,
    CONJUNCTION,
    EVENT,
    OF_AFTER,
    START,
    STARTED,
    TOKEN,
    stop_words,
)
from storyweave.digest.kept import REPORTS, Kept, report_key
from storyweave.digest.quantities import Quantity, Unread, dimension, read_quantities
from storyweave.language.codes import locale, vocabulary
from storyweave.model import Article, Sentence, iso_date
from storyweave.normalize.furniture import PHRASES as FURNITURE

LEAD_SENTENCES = 2
LOOKBACK_DAYS = 14


# "nearly 5" says no lower end either: its range is kept for comparing, and shown as "at most 5"
_BOUNDS = {
    "over": "over",
    "at least": "over",
    "just over": "over",
    "under": "under",
    "up to": "under",
    "nearly": "under",
}


_KEPT: Kept[tuple[tuple[Draft, ...], tuple[tuple[str, Unread], ...], int]] = Kept(REPORTS, "claims", (Draft, Unread))


def article_claims(article: Article, anchor: Anchor, notes: Notes) -> list[Draft]:
    """The report's claims, and what it could not read noted in `notes`; kept (see `digest.kept`) by the report and
    its anchor, the only thing its event adds to how it reads."""
    drafts, unread, tables = _KEPT.read((report_key(article), anchor), _claims_and_notes, article, anchor)
    notes.unread.extend(unread)
    notes.tables += tables
    return list(drafts)


def _claims_and_notes(
    article: Article, anchor: Anchor
) -> tuple[tuple[Draft, ...], tuple[tuple[str, Unread], ...], int]:
    own = Notes(unread=[])
    return tuple(_read_claims(article, anchor, own)), tuple(own.unread), own.tables


def _read_claims(article: Article, anchor: Anchor, notes: Notes) -> list[Draft]:
    language = vocabulary(article.language)
    news_day, borrowed = _news_day(article, anchor)
    drafts: list[Draft] = []
    previous = ""
    for sentence in article.sentences:
        if FURNITURE.search(sentence.text):
            continue  # "Czytaj też: 1 mln zł dla ...", "À lire aussi": a link to another story, not this one's figure
        if _table_like(sentence.text):
            notes.tables += 1
            previous = sentence.text
            continue
        mentions = resolve(sentence.text, anchor.value, locale(language, default="en"))
        reading = read_quantities(sentence.text, language, dates=mentions if anchor.value else None)
        notes.unread.extend((article.id, u) for u in reading.unread)
        figures = [q for q in reading.quantities if CLAIMED.match(dimension(q.unit))]
        reach = 0  # where the previous figure's own words end: "200,000 were killed and two million made homeless"
        for k, quantity in enumerate(figures):
            following = figures[k + 1].start if k + 1 < len(figures) else len(sentence.text)
            draft = _count_claim(
                sentence, quantity, (reach, following), mentions, language, previous, (news_day, borrowed)
            )
            reach = max(reach, draft.reach if draft else quantity.end)
            if draft is not None:
                drafts.append(draft)
        drafts.extend(_start_claims(sentence, mentions, language, (news_day, borrowed)))
        previous = sentence.text
    return drafts


def _news_day(article: Article, anchor: Anchor) -> tuple[date | None, bool]:
    """The day a report's undated sentences speak of: its own date, else the day its lead names, else its anchor."""
    if anchor.value is None or not anchor.borrowed:
        return anchor.value, anchor.borrowed
    language = locale(vocabulary(article.language), default="en")
    for sentence in article.sentences[:LEAD_SENTENCES]:
        for mention in resolve(sentence.text, anchor.value, language):
            if _firm_day(mention) and anchor.value - timedelta(LOOKBACK_DAYS) <= mention.value <= anchor.value:
                return mention.value, True
    return anchor.value, True


def _firm_day(mention: DateMention) -> bool:
    return mention.precision == "day" and mention.kind != "span" and not mention.approximate


def _table_like(text: str) -> bool:
    """A row of figures ("Raqqa 1,000 2,000 35%", or cells split by tabs or bars) states no claim we can attribute."""
    tokens = text.split()
    figures = sum(1 for t in tokens if any(c.isdigit() for c in t))
    if ("\t" in text or text.count("|") >= 2) and figures >= 2:
        return True
    return figures >= 4 and figures >= 0.3 * len(tokens)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a span: "..., while 22 were reportedly killed" is its own claim."""
    left, right = 0, len(text)
    for cut in CLAUSE.finditer(text):
        if cut.end() <= start:
            left = cut.end()
        elif cut.start() >= end:
            right = cut.start()
            break
    if len(TOKEN.findall(text[left:right])) < 4:
        return 0, len(text)
    return left, right


def _clause_text(text: str, left: int, right: int) -> str:
    """The clause as a reader would quote it: without the conjunction that joined it to the sentence."""
    clause = text[left:right].strip(" ,;–—")
    if left > 0:
        clause = CONJUNCTION.sub("", clause, count=1)
    return clause


def _count_claim(
    sentence: Sentence,
    quantity: Quantity,
    bounds: tuple[int, int],
    mentions: list[DateMention],
    language: str,
    previous: str,
    news: tuple[date | None, bool],
) -> Draft | None:
    text = sentence.text
    left, right = _clause(text, quantity.start, quantity.end)
    clause = _clause_text(text, left, right)
    stop = stop_words(language)
    tokens = [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text, left, right)]
    dated = [(m.start, m.end) for m in mentions]
    noun, noun_end = noun_after(text, tokens, quantity, language, dated)
    if not noun:
        noun, noun_end = noun_before(tokens, quantity, stop), quantity.end
    own = EVENT.search(noun)
    if own:
        event_word, event, event_start, event_end = own.group(0), own.lastgroup or "", quantity.start, quantity.end
    else:
        # another figure's verb is not this one's: "512 houses damaged and 12 people injured"
        near = (max(left, bounds[0]), min(right, bounds[1]))
        event_word, event, event_start, event_end = event_near(text, *near, quantity.start, quantity.end)
    if dimension(quantity.unit) == "duration":
        event_word, event = "", ""  # a duration's neighbouring verb is the story's, not the duration's
        event_start, event_end = quantity.start, quantity.end
        if "-" not in quantity.text and not OF_AFTER.match(text, quantity.end):
            noun, noun_end = (
                "",
                quantity.end,
            )  # "a four-month battle", "three years of rule"; not "for 16 days Elisabeth"
    if quantity.unit == "count" and not noun and not (event and -15 <= event_start - quantity.end <= 30):
        return None  # a figure with nothing it counts ("22 were killed" counts; "report 12 said" does not)
    if quantity.unit == "count" and quantity.value < 10 and quantity.qualifier == "exact" and not counts_people(noun):
        return None  # "two countries", "the last two positions": small figures of things are not the news
    place, guessed, place_end = find_place(text, tokens, max(event_end, quantity.end), language, previous, dated)
    if not noun and not event:
        noun, guessed = quoted_context(text, tokens, quantity, dated), True
    context = quoted_context(text, tokens, quantity, dated) if weak_subject(noun, event_word, place, language) else ""
    time, borrowed = _claim_time(mentions, left, right, quantity.start, news)
    reach = max(noun_end, event_end, place_end)
    core = text[min(quantity.start, event_start) : reach]
    return Draft(
        article=sentence.article_id,
        sentences=(sentence.index,),
        language=language,
        text=clause if len(clause) >= 20 else text,
        core=f"{core} {place}" if guessed and place else core,
        reach=reach,
        value=quantity.value,
        low=quantity.low,
        high=quantity.high,
        unit=quantity.unit,
        vague=quantity.qualifier in ("vague", "range"),
        noun=noun,
        kind=kind_of(noun),
        event=event,
        event_word=event_word,
        place=place,
        guessed=guessed,
        time=time,
        borrowed=borrowed,
        bound=_BOUNDS.get(quantity.qualifier, ""),
        context=context,
    )


def _start_claims(
    sentence: Sentence, mentions: list[DateMention], language: str, news: tuple[date | None, bool]
) -> list[Draft]:
    """ "since early June", "siden juli", "began in June": the month a campaign named nearby started."""
    drafts = []
    text = sentence.text
    for mention in mentions:
        if mention.precision == "year" or mention.approximate:
            continue
        left, right = _clause(text, mention.start, mention.end)
        started = mention.kind == "span" or any(
            0 <= mention.start - m.end() <= 60 for m in STARTED.finditer(text, left, right)
        )
        campaigns = [m for m in CAMPAIGN.finditer(text, left, right) if abs(m.start() - mention.start) <= 90]
        if not started or not campaigns:
            continue
        campaign = min(campaigns, key=lambda m: abs(m.start() - mention.start))
        tokens = [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text, left, right)]
        dated = [(m.start, m.end) for m in mentions]
        place, _, place_end = place_after(text, tokens, campaign.end(), language, dated)
        month = float(mention.value.year * 100 + mention.value.month)
        time, borrowed = _claim_time([], left, right, mention.start, news)
        clause = _clause_text(text, left, right)
        drafts.append(
            Draft(
                article=sentence.article_id,
                sentences=(sentence.index,),
                language=language,
                text=clause if len(clause) >= 20 else text,
                core=text[min(campaign.start(), mention.start) : max(campaign.end(), mention.end, place_end)],
                reach=max(campaign.end(), mention.end, place_end),
                value=month,
                low=month,
                high=month,
                unit=START,
                vague=False,
                noun=campaign_phrase(text, campaign),
                kind="",
                event="start",
                event_word="",
                place=place,
                guessed=False,
                time=time,
                borrowed=borrowed,
            )
        )
    return drafts


def _claim_time(
    mentions: list[DateMention], left: int, right: int, at: int, news: tuple[date | None, bool]
) -> tuple[str | None, bool]:
    """The date the clause names nearest the figure (not a span's start: "since June" is not when), else the news
    day of the report."""
    own = [
        m for m in mentions if left <= m.start < right and m.kind != "span" and not m.approximate and not m.background
    ]
    if own:
        nearest = min(own, key=lambda m: abs(m.start - at))
        return iso_date(nearest.value, nearest.precision), news[1] and nearest.kind == "relative"
    day, borrowed = news
    return (day.isoformat() if day else None), borrowed


def merge_repeats(drafts: list[Draft]) -> list[Draft]:
    """A report that states the same figure twice ("Some 100 fighters ...", "the 100 fighters ...") is one witness:
    one claim citing both sentences."""
    merged: list[Draft] = []
    for draft in drafts:
        for i, kept in enumerate(merged):
            if _repeat(kept, draft):
                merged[i] = replace(
                    kept,
                    sentences=tuple(sorted(set(kept.sentences + draft.sentences))),
                    noun=kept.noun or draft.noun,
                    kind=kept.kind or draft.kind,
                    event=kept.event or draft.event,
                    event_word=kept.event_word or draft.event_word,
                    place=kept.place or draft.place,
                )
                break
        else:
            merged.append(draft)
    return merged


def _repeat(a: Draft, b: Draft) -> bool:
    return (
        a.unit == b.unit
        and a.value == b.value
        and a.time == b.time
        and (not a.event or not b.event or a.event == b.event)
        and (not a.kind or not b.kind or a.kind == b.kind)
    )
