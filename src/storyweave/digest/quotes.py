"""Who said what: direct quotations and named reported speech, each attributed to an entity of the event.

Quotations come in straight and curly quotes, «» and „“, and in Norwegian as a dash-opened paragraph ("– Alle
syriske IS-krigere har forlatt Raqqa ..., sier SOHR-leder Rami Abdulrahman."). The speaker is read from the
attribution next to the quote ("..., Sello told AFP", "said Col. Ryan Dillon, a spokesman ...", "sier X") or from
the sentence's subject when the quote is a fragment inside it, and resolved to the entity whose aliases include
the name. "He", "han" and "the commander" point to the speaker (or the person the sentence opened with) of the
previous sentence of the same article. A speaker the text does not name is described in its own words and marked
uncertain ("a senior Kurdish commander (unnamed)"); a quote with no attribution at all keeps an empty speaker and is
uncertain, and a truncated quote ("The national hospital was liberated and") never borrows a speaker from context.
Reported speech ("Col. Ryan Dillon said on Tuesday that ...") is kept only when the speaker is named, because "a
witness said" is a claim without a source worth listing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from storyweave.digest.context import Context
from storyweave.digest.kept import REPORTS, Kept, Questions, event_lexicon, report_key, still_answers
from storyweave.digest.mentions import Mention
from storyweave.digest.name_words import ROLE_NOUNS, Lexicon
from storyweave.digest.quote_marks import continued as _continued
from storyweave.digest.quote_marks import quoted as _quoted
from storyweave.digest.quote_marks import truncated as _truncated
from storyweave.digest.speakers import Conversation as _Context
from storyweave.digest.speakers import Found as _Found
from storyweave.digest.speakers import Resolver as _Resolver
from storyweave.digest.speakers import Speaker as _Speaker
from storyweave.digest.speakers import speakers as _speakers
from storyweave.digest.tagged import find_names
from storyweave.language import gather, gather_phrases
from storyweave.model import Article, Citation, Entity, Quote, Sentence
from storyweave.names.tagger import tagger
from storyweave.records import DigestRecord
from storyweave.represent.evidence import fold

__all__ = ["extract_quotes"]

_VERBS = "|".join(gather_phrases("speech_verbs"))
_VERB = re.compile(rf"(?<![\w])(?:{_VERBS})(?![\w])")
# Verbs that carry a claim in reported speech; "cried" and "asked" do not introduce a "that" clause of fact.
_REPORTING = gather("reporting_verbs")
_IMPERSONAL = gather("impersonal_speech")
_ACCORDING = re.compile(rf"(?<![\w])(?:{'|'.join(gather_phrases('according_to'))})\s+", re.IGNORECASE)


def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(word) for word in words)


_HE = _folded(gather("person_pronouns"))
_HE_WRITTEN = frozenset(word.casefold() for word in gather("person_pronouns"))
_IT = _folded(gather("thing_pronouns"))  # "they" and "de" are left alone: a plural rarely means the one speaker
_DEFINITE = _folded(gather("definite_words"))
_SUBORDINATE = _folded(gather("subordinators"))
_CONJUNCTIONS = _folded(gather("conjunctions"))
_NORWEGIAN_FRONT = _folded(gather("verb_second_openers"))
# Words that may sit between a reporting verb and its clause: objects, times, "that".
_SKIP = _folded(gather("after_speech_verb"))
_TIME = _folded(gather("weekdays"))
_ORG_TAIL = _folded(gather("speaker_org_tails"))
# Verbs other than "said" introduce a clause only with "that" or a subject: "announced they have ...", not
# "declared victory".
_BARE_CLAUSE_VERBS = _folded(gather("bare_clause_verbs"))
_CLAUSE_OPENERS = _folded(gather("clause_openers"))
_THAT = _folded(gather("complementizers"))
_THAT_WORD = "|".join(sorted((re.escape(w) for w in gather("complementizers")), key=len, reverse=True))
_MODIFIER_TAILS = re.compile(rf"[-‐‑](?:{'|'.join(gather_phrases('modifier_tails'))})\b")
_DASH = re.compile(r"^\s*[–—-]\s+")
_MIN_WORDS = 3  # shorter quoted words are terms or scare quotes: "caliphate", «endelige», ‘not allowed’


def extract_quotes(articles: Sequence[Article], entities: Sequence[Entity]) -> tuple[Quote, ...]:
    """Quotations and named reported speech of the event, in article order, identical ones cited together."""
    resolver = _Resolver(entities)
    lexicon = event_lexicon(articles)
    merged: dict[tuple[str, str], Quote] = {}
    for article in articles:
        for found in _kept_quotes(article, lexicon, resolver):
            speaker = found.speaker
            name = speaker.name if speaker else ""
            uncertain = found.uncertain or speaker is None or speaker.uncertain or not speaker.named
            citations = tuple(Citation(article.id, i) for i in found.sentences)
            slot = (name, fold(found.text))
            if slot in merged:
                old = merged[slot]
                citations = old.citations + tuple(c for c in citations if c not in old.citations)
                uncertain = old.uncertain and uncertain
            merged[slot] = Quote(speaker=name, text=found.text, citations=citations, uncertain=uncertain)
    return tuple(merged.values())


# By report and whether a name model read it.
_KEPT: Kept[tuple[_Found, ...]] = Kept(REPORTS, "quotes", (_Found, _Speaker))


def _kept_quotes(article: Article, lexicon: Lexicon, resolver: _Resolver) -> list[_Found]:
    """The report's quotes, kept (see `digest.kept`) with what they asked the event's lexicon and entities."""
    key = (report_key(article), tagger(article.language) is not None)  # the names it read depend on the model
    kept = _KEPT.get(key, lambda d: still_answers(d[0], lexicon, None) and resolver.still_answers(d[1]))
    if kept is not None:
        return list(kept)
    questions = Questions(lexicon)
    asked = resolver.asking()
    found = _article_quotes(article, questions.lexicon, asked)
    _KEPT.put(key, (questions.answers(), tuple(asked.answers.items())), tuple(found))
    return found


def _article_quotes(article: Article, lexicon: Lexicon, resolver: _Resolver) -> list[_Found]:
    found: list[_Found] = []
    previous: list[_Speaker | None] = []  # who spoke (or whom the sentence was about) in each earlier sentence
    sentences = article.sentences
    for position, sentence in enumerate(sentences):
        mentions = _speakers(find_names(sentence.text, article.language, lexicon))
        context = _Context(previous, resolver, article.language)
        direct = _direct(sentence, sentences[position + 1 : position + 4], mentions, context, lexicon)
        if direct:
            found.extend(direct)
            previous.append(next((q.speaker for q in direct if q.speaker is not None), None))
            continue
        reported = _reported(sentence, mentions, context)
        if reported is not None and reported.speaker is not None and reported.speaker.named:
            found.append(reported)
        speaker = reported.speaker if reported is not None else None
        previous.append(speaker or _subject(sentence.text, mentions, resolver))
    return found


def _direct(
    sentence: Sentence, following: Sequence[Sentence], mentions: list[Mention], context: _Context, lexicon: Lexicon
) -> list[_Found]:
    text = sentence.text
    dash = _DASH.match(text)
    if dash:
        return [_dash_quote(sentence, dash.end(), mentions, context)]
    found: list[_Found] = []
    for start, end, closed in _quoted(text):
        inner = text[start:end].strip().rstrip(",").strip()
        whole = not text[:start].strip(" \"“«„'") and not text[end:].strip(" \"”»“'.,")
        if len(inner.split()) < _MIN_WORDS and not whole:
            continue
        sentences = [sentence.index]
        after_start = end + 1
        if not closed:
            inner, sentences, tail = _continued(inner, following, sentences)
            attribution = _after(tail[0], tail[1], context, lexicon) if tail else None
        else:
            attribution = _after(text[after_start:], _shift(mentions, after_start), context, lexicon)
        if (attribution is None or not attribution.named) and context.verb_final and start > 1:
            # `Özdilek, üzgün olduğunu belirterek, "..." dedi.`: the subject opens the sentence, before its comma
            attribution = _opening_subject(text, start - 1, end, mentions, context) or attribution
        if attribution is None:
            attribution = _before(text[: max(0, start - 1)], mentions, context)
        if attribution is None:
            attribution = _according(text, mentions, context)
        if attribution is None and start > 1:
            attribution = _subject_speaker(text[: start - 1], mentions, context)
        truncated = _truncated(inner)
        uncertain = truncated
        if attribution is None and not truncated:
            attribution = context.last()
            uncertain = True
        found.append(_Found(attribution, inner, sentences, uncertain))
    return found


def _shift(mentions: list[Mention], offset: int) -> list[Mention]:
    return [
        Mention(m.text, m.start - offset, m.end - offset, m.acronym, m.roles, m.cues)
        for m in mentions
        if m.start >= offset
    ]


def _after(text: str, mentions: list[Mention], context: _Context, lexicon: Lexicon) -> _Speaker | None:
    """The attribution right after a quote: ", said X", ", X told AFP", ", sier X", ", the commander said"."""
    lead = re.match(r"^[\s,.!?–—-]*", text)
    offset = lead.end() if lead else 0
    if not mentions and text.strip():
        mentions = _speakers(find_names(text, context.language, lexicon))
    verb = _VERB.match(text, offset)
    if verb:
        if verb.group(0) in _IMPERSONAL:
            return context.last(2)
        pronouns = re.finditer(r"(?<=-)[^\W\d_]+", verb.group(0))
        inverted = next((p for p in pronouns if p.group(0).casefold() in _HE_WRITTEN), None)
        if inverted is not None:
            # "a-t-il dit à l'AFP", "déclare-t-elle": the pronoun is in the verb, the agency is who was told
            start = verb.start() + inverted.start()
            return _who(text, start, start + len(inverted.group(0)), mentions, context)
        return _who_after_verb(text, verb.end(), mentions, context)
    subject = re.match(rf"([^,.;:!?“”\"«»]{{1,80}}?)\s+(?:{_VERBS})(?![\w])", text[offset:])
    if subject:
        return _who(text, offset, offset + subject.end(1), mentions, context)
    return None


def _before(text: str, mentions: list[Mention], context: _Context) -> _Speaker | None:
    """An attribution that introduces the quote: 'He said: "..."', 'Sello told reporters: "..."'."""
    match = re.search(rf"([^,.;:“”\"«»]{{1,80}}?)\s+(?:{_VERBS})(?![\w])[^,.;:“”\"«»]{{0,40}}?[:,]\s*$", text)
    if match is None:
        return None
    return _who(text, match.start(1), match.end(1), mentions, context)


def _according(text: str, mentions: list[Mention], context: _Context) -> _Speaker | None:
    match = _ACCORDING.search(text)
    if match is None:
        return None
    end = re.search(r"[,.;:]\s|[,.;:]?$", text[match.end() :])
    return _who(text, match.end(), match.end() + (end.start() if end else 0), mentions, context)


def _who_after_verb(text: str, start: int, mentions: list[Mention], context: _Context) -> _Speaker | None:
    """The speaker after an inverted verb: "said Col. Ryan Dillon, a spokesman", "sier SOHR-leder Rami Abdulrahman"."""
    pronoun = re.match(r"\s*([^\W\d_]+)(?![\w-])", text[start:])
    if pronoun is not None and pronoun.group(1).casefold() in _HE_WRITTEN:  # "él", never the article "el"
        # "sagte er der Rheinischen Post", "a-t-il dit à l'AFP": the one spoken of before, not the paper told
        return _who(text, start + pronoun.start(1), start + pronoun.end(1), mentions, context)
    near = [m for m in mentions if m.start >= start and len(text[start : m.start].split()) <= 3]
    near = [m for m in near if not re.search(r"[,;:]", text[start : m.start])]
    if near and not any(context.resolver.is_person(m) for m in near):
        # "dijo el alcalde de Madrid, José Luis Martínez-Almeida": the role, then the person it describes
        named = [m for m in mentions if m.start > near[-1].end and context.resolver.is_person(m)]
        if named and re.fullmatch(r",\s*", text[near[-1].end : named[0].start]):
            return context.resolver.speaker(named[0])
    if near:
        end = max(m.end for m in near)
        return _who(text, start, end, mentions, context)
    stop = re.search(r"[,;:.!?]|\s(?:of|from|who|at|in|on|to|with|for|til|i|på|fra)\s", text[start:])
    return _who(text, start, start + (stop.start() if stop else len(text) - start), mentions, context)


def _who(text: str, start: int, end: int, mentions: list[Mention], context: _Context) -> _Speaker | None:
    """A subject phrase as a speaker: a named entity, a pronoun or definite description pointing back, or a description."""
    phrase = text[start:end].strip(' ,.;:–—-"“”«»')
    words = phrase.split()
    if not words or len(words) > 12:
        return None
    first = fold(words[0])
    if len(words) == 1 and first in _HE:
        previous = context.last()
        return previous if previous is not None and (previous.person or not previous.named) else None
    if len(words) == 1 and first in _IT:
        return context.last()
    inside = [m for m in mentions if m.start >= start and m.end <= end and not _modifier(text, m)]
    if inside:
        persons = [m for m in inside if context.resolver.is_person(m)]
        chosen = persons[0] if persons else inside[0]
        tail = [w for w in re.findall(r"[^\W\d_][\w-]*", text[chosen.end : end]) if w[0].islower()]
        if persons or not tail or all(fold(w) in _ORG_TAIL for w in tail):
            return context.resolver.speaker(chosen)
    if _definite_role(words):
        previous = context.last()
        head = fold(words[-1])
        if previous is not None and (previous.named or head in fold(previous.name)):
            return previous
    description = phrase[0].lower() + phrase[1:] if phrase[:1].isupper() and not phrase[1:2].isupper() else phrase
    return _Speaker(f"{description} (unnamed)", False, True)


def _definite_role(words: list[str]) -> bool:
    """ "the commander", "talsmannen": a person already introduced, by role."""
    last = fold(words[-1])
    if len(words) == 1:
        return any(last == noun + ending for noun in ROLE_NOUNS for ending in ("en", "et", "a")) and len(last) > 4
    return fold(words[0]) in _DEFINITE and len(words) <= 3 and last in ROLE_NOUNS


def _modifier(text: str, mention: Mention) -> bool:
    """A name used as a modifier ("U.S.-led coalition", "Britain-based"), not as who is speaking."""
    return _MODIFIER_TAILS.match(text, mention.end) is not None or text.startswith(" -", mention.end)


def _subject_speaker(text: str, mentions: list[Mention], context: _Context) -> _Speaker | None:
    """For a quoted fragment inside a sentence: the speaker is the sentence's subject, if it speaks."""
    verb = _VERB.search(text)
    if verb is None:
        return None
    return _head(text, verb.start(), mentions, context)


def _head(text: str, verb_start: int, mentions: list[Mention], context: _Context) -> _Speaker | None:
    """The subject before a verb, past an apposition ("Mustafa Bali, an SDF spokesman, said")."""
    before = text[:verb_start].rstrip()
    if not before:
        return None
    if before.endswith((",", "-", "–", "—")):
        comma = re.search(r",|\s[-–—]\s", before)
        head_end = comma.start() if comma else len(before)
        opening = [fold(w) for w in before.split()[:2]]
        if opening[0] in _SUBORDINATE or (opening[0] in _CONJUNCTIONS and opening[1:] and opening[1] in _SUBORDINATE):
            return None
        apposed = [m for m in mentions if head_end < m.start and m.end <= len(before) and context.resolver.is_person(m)]
        if apposed and not text[head_end : apposed[0].start].strip(" ,") and not before[apposed[0].end :].strip(" ,"):
            return context.resolver.speaker(apposed[0])  # "El secretario del PSOE, Luis Tudanca, defendió"
        head = _who(text, 0, head_end, mentions, context)
        if head is not None and not head.named:
            named = re.search(
                r"\b(?:as|named|called|som)\s+$", before[: _first_mention_after(before, mentions, head_end)]
            )
            if named is not None:
                inside = [m for m in mentions if head_end < m.start < len(before)]
                if inside:
                    return context.resolver.speaker(inside[0])
        return head
    start = before.rfind(",") + 1
    words = before[start:].split()
    if words and fold(words[0]) in _CONJUNCTIONS:
        start = before.index(words[0], start) + len(words[0])
        words = words[1:]
    if not words or len(words) > 8 or fold(words[0]) in _SUBORDINATE:
        return None
    return _who(text, start, len(before), mentions, context)


def _first_mention_after(text: str, mentions: list[Mention], start: int) -> int:
    return min((m.start for m in mentions if m.start > start), default=len(text))


def _dash_quote(sentence: Sentence, start: int, mentions: list[Mention], context: _Context) -> _Found:
    """A Norwegian dash-opened quotation and its ", sier X" attribution."""
    text = sentence.text
    attribution = None
    for match in re.finditer(rf",\s+((?:{_VERBS}))(?![\w])", text):
        attribution = match
    if attribution is None:
        inner = text[start:].strip()
        return _Found(None if _truncated(inner) else context.last(), inner, [sentence.index], True)
    inner = text[start : attribution.start()].strip()
    if attribution.group(1) in _IMPERSONAL:
        return _Found(context.last(2), inner, [sentence.index], True)
    speaker = _who_after_verb(text, attribution.end(), mentions, context)
    return _Found(speaker, inner, [sentence.index], _truncated(inner))


def _reported(sentence: Sentence, mentions: list[Mention], context: _Context) -> _Found | None:
    """Reported speech: "X said (on Tuesday) that ...", "..., X said.", "..., melder nyhetsbyrået AP."."""
    text = sentence.text.rstrip()
    body = text.rstrip(".!")
    if context.verb_final:
        last = next((v for v in reversed(list(_VERB.finditer(body))) if v.group(0) in _REPORTING), None)
        if last is not None and not body[last.end() :].strip():
            return _verb_final(body, last.start(), mentions, context, sentence.index)
    trailing = re.search(rf",\s+((?:{_VERBS}))\s+([^,]{{1,60}})$", body)
    if trailing and trailing.group(1) in _REPORTING and _ends_with_name(body, trailing.start(2), mentions):
        claim = body[: trailing.start()]
        inner_speech = _inner(sentence, claim, mentions, context)
        if inner_speech is not None:
            return inner_speech
        speaker = _who_after_verb(body, trailing.start(2), mentions, context)
        inner = re.search(r"\b(?:heter det|it said|according to)\b(?: at| that)?\s+", claim)
        return _Found(speaker, claim[inner.end() :] if inner else claim, [sentence.index], inner is not None)
    trailing = re.search(rf",\s+([^,]{{1,80}}?)\s+((?:{_VERBS}))((?:\s+(?:on\s+)?\w+){{0,2}})$", body)
    if (
        trailing
        and trailing.group(2) in _REPORTING
        and all(fold(w) in _TIME | _SKIP for w in trailing.group(3).split())
    ):
        inner_speech = _inner(sentence, body[: trailing.start()], mentions, context)
        if inner_speech is not None:
            return inner_speech
        speaker = _who(body, trailing.start(1), trailing.end(1), mentions, context)
        return _Found(speaker, body[: trailing.start()], [sentence.index])
    verb = next((v for v in _VERB.finditer(body) if v.group(0) in _REPORTING), None)
    if verb is None:
        return None
    before = body[: verb.start()].strip()
    words = before.split()
    if not words or (fold(words[0]) in _NORWEGIAN_FRONT and not before.endswith(",")):
        # "I en pressemelding sier SDF at ...", "وقال الإرياني إن ...": the subject after the verb, before "that"
        subject = re.match(rf"\s+(.{{1,60}}?)\s+(?:om at|{_THAT_WORD})(?:\s|(?<=['’]))", body[verb.end() :])
        if subject is None:
            return None
        start = verb.end() + subject.start(1)
        speaker = _who(body, start, start + len(subject.group(1)), mentions, context)
        return _Found(speaker, body[verb.end() + subject.end() :].strip(), [sentence.index])
    speaker = _head(body, verb.start(), mentions, context)
    claim = _clause(body, verb.end(), verb.group(0), mentions)
    if speaker is None or len(claim.split()) < _MIN_WORDS:
        return None
    said_that = re.search(rf"(?:{_THAT_WORD})\s*" + re.escape(claim[:20]), body[verb.end() :]) is not None
    opens_clause = fold(claim.split()[0]) in _CLAUSE_OPENERS or claim[0].isupper() or claim[0].isdigit()
    if not said_that and verb.group(0) not in _BARE_CLAUSE_VERBS and not opens_clause:
        return None
    return _Found(speaker, claim, [sentence.index])


def _inner(sentence: Sentence, claim: str, mentions: list[Mention], context: _Context) -> _Found | None:
    """ "Merkel said ..., Xinhua reported": what the agency reports is Merkel's speech, and Merkel its speaker."""
    found = _reported(Sentence(sentence.article_id, sentence.index, claim, 0, len(claim)), mentions, context)
    return found if found is not None and found.speaker is not None and found.speaker.named else None


def _verb_final(body: str, verb: int, mentions: list[Mention], context: _Context, index: int) -> _Found | None:
    """Reported speech in a verb-final language: `Erdoğan, ekonominin büyüdüğünü söyledi.` (the subject up to its
    comma, the claim from there to the verb)."""
    comma = body.find(",", 0, verb)
    if comma < 0:
        return None
    speaker = _who(body, 0, comma, mentions, context)
    claim = body[comma + 1 : verb].strip()
    if speaker is None or not speaker.named or len(claim.split()) < _MIN_WORDS:
        return None
    return _Found(speaker, claim, [index])


def _opening_subject(text: str, before: int, after: int, mentions: list[Mention], context: _Context) -> _Speaker | None:
    """`Erdoğan, "..." dedi.`, `Özdilek, ... belirterek, "..."`: in a verb-final language the quote's speaker is
    the named subject that opens the sentence, up to its comma, when a speech verb is before or after the quote."""
    tail = text[after + 1 :]
    if _VERB.match(text, after + 1 + len(tail) - len(tail.lstrip(" ,.!?"))) is None and not _VERB.search(
        text, 0, before
    ):
        return None
    comma = text.find(",", 0, before)
    head = text[: comma if comma > 0 else before].rstrip(" ,:")
    if not head or len(head.split()) > 8:
        return None
    found = _who(text, 0, len(head), mentions, context)
    return found if found is not None and found.named else None


def _ends_with_name(text: str, start: int, mentions: list[Mention]) -> bool:
    """Whether the words from `start` to the end are a name with at most two words of title or role before it."""
    last = next((m for m in reversed(mentions) if m.start >= start), None)
    return last is not None and not text[last.end :].strip(" .") and len(text[start : last.start].split()) <= 2


def _clause(text: str, start: int, verb: str, mentions: list[Mention]) -> str:
    """What was said: the words after the verb, past its object and time ("told the AP on Tuesday that ...")."""
    position = start
    while True:
        word = re.match(r",?\s+([^\s]+)", text[position:])
        if word is None:
            break
        token = fold(word.group(1).strip(",."))
        named = next((m for m in mentions if m.start == position + word.start(1)), None)
        if token in _THAT:
            position += word.end()
            break
        if token in _TIME or token in _SKIP or token in ("to", "til"):
            position += word.end()
            continue
        if named is not None and (
            verb in ("told", "tells") or fold(text[:position].split()[-1]) in _SKIP | {"to", "til"}
        ):
            position = named.end + (2 if text.startswith("'s", named.end) else 0)
            continue
        break
    return text[position:].strip(" ,")


def _subject(text: str, mentions: list[Mention], resolver: _Resolver) -> _Speaker | None:
    """The person a sentence opens with ("Bali originally denied ..."), for a quote in the next sentence."""
    for mention in mentions[:1]:
        if len(text[: mention.start].split()) <= 3 and resolver.is_person(mention):
            return resolver.speaker(mention)
    return None


def part(context: Context, record: DigestRecord) -> DigestRecord:
    """The digest's quotes, their speakers found among the entities already written (see `digest.context.Part`)."""
    return replace(record, quotes=extract_quotes(context.articles, record.entities or ()))
