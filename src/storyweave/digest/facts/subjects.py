"""What a figure counts: its noun, its event verb and its place, and the subject a fact is named by.

A figure without its subject cannot be compared with another report's, and a fact without one cannot be read;
when a sentence names none, the words around the figure are quoted rather than a subject invented.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from storyweave.digest.facts.draft import Draft
from storyweave.digest.facts.vocabulary import (
    CLASSES,
    DEMONSTRATIVE,
    EVENT,
    GENERIC_EVENT,
    LOCATIVE,
    OF,
    PARTICIPLE,
    PEOPLE,
    STARTED,
    TEMPLATES,
    TOKEN,
    VERB_ENDINGS,
    stop_words,
)
from storyweave.digest.quantities import Quantity
from storyweave.language import capital_nouns
from storyweave.language.numbers import is_number_word
from storyweave.represent.evidence import fold

CONTEXT_BEFORE, CONTEXT_AFTER = 5, 7  # the words an excerpt keeps on each side of its figure


def noun_after(
    text: str,
    tokens: list[tuple[str, int, int]],
    quantity: Quantity,
    language: str,
    dated: list[tuple[int, int]],
) -> tuple[str, int]:
    """The words a figure counts: "22 ISIS fighters were killed" → "ISIS fighters"; "80 percent of the city" →
    "the city"; "Dozens of foreign militants" → "foreign militants"."""
    stop = stop_words(language)
    picked: list[str] = []
    skipped: list[str] = []
    position = quantity.end
    for word, start, end in (t for t in tokens if t[1] >= quantity.end):
        if _broken(text, position, start):
            break
        lowered = word.lower()
        if not picked and (lowered in OF or (skipped and lowered in stop)) and len(skipped) < 3:
            skipped.append(lowered)
            position = end
            continue
        if lowered in stop or _verb(word) or _within(start, dated) or word[0].isdigit():
            break
        if picked and PARTICIPLE.match(word):
            break  # "512 houses damaged": the noun ends where its participle starts
        if picked and capital_nouns(language) and picked[-1][0].isupper() and word[0].islower():
            break  # German writes its nouns capitalised: "60 Prozent der Stadt stehen"
        picked.append(word)
        position = end
        if len(picked) == 3:
            break
    if not picked:
        return "", quantity.end
    return ("the " if skipped[-1:] == ["the"] else "") + " ".join(picked), position


def _broken(text: str, position: int, start: int) -> bool:
    """Punctuation between two words ends a phrase: "24 hours, starting" is not a noun phrase."""
    return bool(text[position:start].strip())


def _one_figure(text: str, end: int, start: int) -> bool:
    """ "1,2" and "3.500" are one figure to the excerpt, though the tokens part at the mark."""
    return text[end:start] in (",", ".") and text[end - 1 : end].isdigit() and text[start : start + 1].isdigit()


def _verb(word: str) -> bool:
    return bool(EVENT.fullmatch(word) or STARTED.fullmatch(word))


def _within(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in spans)


def noun_before(tokens: list[tuple[str, int, int]], quantity: Quantity, stop: frozenset[str]) -> str:
    """ "a pre-war population of more than 200,000" → "pre-war population"."""
    before = [t for t in tokens if t[2] <= quantity.start]
    if len(before) < 2 or before[-1][0].lower() not in OF:
        return ""
    words: list[str] = []
    for word, _, _ in reversed(before[:-1]):
        if word.lower() in stop or len(words) == 2:
            break
        words.append(word)
    return " ".join(reversed(words))


def event_near(text: str, left: int, right: int, start: int, end: int) -> tuple[str, str, int, int]:
    """What happened to what is counted: the event verb after the figure ("22 ... were killed", "4,000 civilians
    who remain trapped"), else the nearest one before it ("captured more than 80 percent")."""
    after: list[tuple[int, re.Match[str]]] = []
    before: list[tuple[int, re.Match[str]]] = []
    for match in EVENT.finditer(text, left, right):
        if match.start() >= end and match.start() - end <= 90:
            after.append((match.start() - end, match))
        elif match.end() <= start and start - match.end() <= 60:
            before.append((start - match.end(), match))
    best = min(after or before, default=None, key=lambda pair: pair[0])
    if best is None:
        return "", "", start, end
    return best[1].group(0), best[1].lastgroup or "", best[1].start(), best[1].end()


def find_place(
    text: str,
    tokens: list[tuple[str, int, int]],
    at: int,
    language: str,
    previous: str,
    dated: list[tuple[int, int]],
) -> tuple[str, bool, int]:
    """Where it happened: the last place of the locative chain right after the event ("in the final attack on the
    hospital" → "hospital"); "in that battle" takes the last thing the previous sentence named, as a guess."""
    place, demonstrative, end = place_after(text, tokens, at, language, dated)
    if not place and tokens and tokens[0][1] < at:  # "En la región de Lombardía hay 259 infectados"
        ahead, pointing, ahead_end = place_after(text, tokens, tokens[0][1], language, dated)
        if ahead and ahead_end <= at and not pointing and _named_place(ahead, language):
            place, end = ahead, max(end, at)
    if place and demonstrative and GENERIC_EVENT.match(place.split()[-1].lower()) and previous:
        antecedent = _last_thing(previous, stop_words(language))
        if antecedent:
            return antecedent, True, end
    return place, False, end


def _named_place(phrase: str, language: str) -> bool:
    """A place before the figure is taken only when it is a name ("Lombardía"), not "Vergleich" or "the end": in
    German, whose nouns are all capitalised, only a name the gazetteer knows."""
    words = phrase.split()
    if not all(w[:1].isupper() for w in words):
        return False
    if not capital_nouns(language):
        return True
    try:
        from storyweave.names.gazetteer import places
    except ImportError:  # the names extra is not installed: no gazetteer, so no place before the figure
        return False
    return phrase in places()


def place_after(
    text: str, tokens: list[tuple[str, int, int]], position: int, language: str, dated: list[tuple[int, int]]
) -> tuple[str, bool, int]:
    """The head of the last phrase in a chain of locative phrases starting within a few words of `position`, and
    whether a demonstrative ("that", "denne") introduced it."""
    stop = stop_words(language)
    after = [t for t in tokens if t[1] >= position][:16]
    place, demonstrative, end = "", False, position
    i, chained = 0, False
    while i < len(after):
        word = after[i][0].lower()
        if _within(after[i][1], dated) or (not chained and i > 3):
            break
        if not (word in LOCATIVE or (chained and word in OF)) or (i and _broken(text, after[i - 1][2], after[i][1])):
            if chained:
                break
            i += 1
            continue
        j = i + 1
        pointing = False
        while j < len(after) and after[j][0].lower() in stop and after[j][0].lower() not in LOCATIVE:
            pointing = pointing or after[j][0].lower() in DEMONSTRATIVE
            j += 1
        phrase: list[str] = []
        while j < len(after) and len(phrase) < 3:
            candidate = re.sub(r"['’]s$", "", after[j][0])
            if (
                candidate.lower() in stop
                or _verb(candidate)
                or _within(after[j][1], dated)
                or _figure(candidate, language)
            ):
                break
            if phrase and (
                _broken(text, after[j - 1][2], after[j][1]) or candidate[0].isupper() != phrase[0][0].isupper()
            ):
                break
            phrase.append(candidate)
            j += 1
        if not phrase:
            break
        place, demonstrative, end = " ".join(phrase[-2:]), pointing, after[j - 1][2]
        chained = True
        i = j
    return place, demonstrative, end


def _figure(word: str, language: str) -> bool:
    """A digit or a number word is never a place: "measuring 7", "in four"."""
    return any(c.isdigit() for c in word) or is_number_word(word, language)


def _last_thing(sentence: str, stop: frozenset[str]) -> str:
    """The last content word of a sentence, skipping the date and adverbs that close it ("..., earlier Tuesday")."""
    words = [str(w) for w in TOKEN.findall(sentence) if w.lower() not in stop]
    weekdays = re.compile(r"(?i)^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening)$")
    for word in reversed(words):
        if not weekdays.match(word) and not word[0].isdigit():
            return word
    return ""


def quoted_context(
    text: str, tokens: list[tuple[str, int, int]], quantity: Quantity, dated: Sequence[tuple[int, int]] = ()
) -> str:
    """The words around a figure, quoted, when the sentence names nothing it counts in a form we can read: "“...
    had spent more than 252 days at one of his golf clubs”" says more than any noun we could pick. The excerpt
    runs both ways within the clause's punctuation, and stops at a date or another figure."""
    start = quantity.start
    for _, begin, end in reversed([t for t in tokens if t[2] <= quantity.start][-CONTEXT_BEFORE:]):
        if (_broken(text, end, start) and not _one_figure(text, end, start)) or _within(begin, dated):
            break
        start = begin
    end = quantity.end
    for word, begin, stop in [t for t in tokens if t[1] >= quantity.end][:CONTEXT_AFTER]:
        if _broken(text, end, begin) or _within(begin, dated) or word[0].isdigit():
            break
        end = stop
    opening = "“…" if tokens and start > tokens[0][1] else "“"
    closing = "…”" if tokens and end < tokens[-1][2] else "”"
    return f"{opening}{text[start:end]}{closing}"


def weak_subject(noun: str, event_word: str, place: str, language: str) -> bool:
    """A subject that says too little to be read on its own: one word with no event and no place ("Personen",
    "kişi", "حالة", "goals": readers judged such bare words wrong more often than right), a verb taken for the noun
    ("joining", "arttı"), or in German, whose nouns are capitalised, no noun at all ("beziehungsweise", "weitere")."""
    if not noun or noun.startswith("“"):
        return False
    words = [str(w) for w in TOKEN.findall(noun)]
    if not words:
        return True
    ending = VERB_ENDINGS.get(language)
    if ending is not None and ending.fullmatch(words[0]):
        return True  # a verb is no subject, whatever place follows it
    if event_word or place:
        return False
    if len(words) == 1:
        return True  # "Personen", "goals", "حالة": one word, with nothing that happened to it and nowhere
    return capital_nouns(language) and not any(w[0].isupper() for w in words)


def kind_of(noun: str) -> str:
    """Fighters and civilians are counted apart, so their figures never confirm each other."""
    for kind, pattern in CLASSES.items():
        if pattern.search(noun):
            return kind
    return ""


def counts_people(noun: str) -> bool:
    """Small figures matter only when they count people."""
    return bool(kind_of(noun) or PEOPLE.search(noun))


def campaign_phrase(text: str, campaign: re.Match[str]) -> str:
    """A start date's subject keeps its article ("the offensive") so it reads as the campaign it names."""
    before = text[max(0, campaign.start() - 5) : campaign.start()].lower()
    article = "the " if before.endswith("the ") else ""
    return article + campaign.group(0).lower()


def subject_source(members: list[Draft], spoken: Counter[str]) -> Draft:
    """The claim that says best what is counted: a noun, an event and a place, read directly, in the group's
    most used language (then the event's)."""
    languages = Counter(m.language for m in members)

    def score(item: tuple[int, Draft]) -> tuple[int, int, int, int]:
        position, draft = item
        complete = 2 * bool(draft.noun) + bool(draft.event_word or draft.event) + bool(draft.place) - 2 * draft.guessed
        return complete, languages[draft.language], spoken[draft.language], -position

    return max(enumerate(members), key=score)[1]


def name_subject(lead: Draft, members: list[Draft]) -> str:
    """What is counted, in the words of the claim that says it best: "ISIS fighters killed (hospital)"."""
    noun = lead.noun
    if noun.startswith("“"):  # a figure that names nothing it counts: its words, quoted
        return noun
    if lead.context:  # a subject too thin to read alone ("Personen"): the words around the figure say it
        return lead.context
    event_word = lead.event_word or next((m.event_word for m in members if m.event_word), "")
    if event_word and fold(event_word) in fold(noun):
        event_word = ""
    place = lead.place or next((m.place for m in members if m.place and not m.guessed), "") or lead.place
    dim = lead.dimension
    if dim in TEMPLATES:
        core = TEMPLATES[dim].get(lead.language, TEMPLATES[dim]["en"]).format(noun or event_word or "?")
        if dim == "percent" and event_word and noun:
            core = f"{core} {event_word}"
    else:
        core = " ".join(part for part in (noun, event_word) if part) or "?"
        if dim != "count":
            core = f"{core} ({dim})"
    return f"{core} ({place})" if place and fold(place) not in fold(core) else core
