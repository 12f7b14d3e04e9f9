"""Name mentions in one sentence, with the titles, roles and local cues that tell what kind of thing each names.

Without a trained model a name is a run of capitalised words, and most of the work is in what is *not* one: the
capitalised word that merely opens a sentence ("The", "After", "Fighters", "Mange"), a month or weekday, an
adjective of nationality ("Syrian forces"), a title ("Brig. Gen.", "SDF-talsmann") that belongs to the person's
role rather than their name. A sentence opener is judged with the event's own vocabulary (`Lexicon`): a word the
event also writes in lower case is a common word; one it capitalises mid-sentence is a name. Acronyms are read out
of Norwegian compounds ("IS-krigere", "YPG-styrkene") and English ones ("U.S.-backed"), and the compound's tail is
kept as a cue ("-styrkene": an organisation, "-krigere": an armed group, "-provinsen": a place). Everything here
sees one sentence; deciding which mentions are the same entity is `entities.py`'s job.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from storyweave.digest.equivalents import PHRASES, is_country, key, lookup
from storyweave.digest.name_words import (
    ABBREVIATIONS,
    HYPHENS,
    JOINERS,
    NOT_ACRONYMS,
    NOT_LABELS,
    ORG_HEADS,
    PLACE_HEADS,
    SPEECH_AFTER,
    STOPWORDS,
    TIME_WORDS,
    TITLE_CORE,
    TITLE_MODIFIERS,
    WORD_TOKEN,
    Lexicon,
    Token,
    common_word,
    initials_match,
    is_demonym,
    next_words,
    opens_sentence,
    shouting,
    strip_possessive,
)
from storyweave.digest.roles import OF_TITLE, context_cues, is_role_noun, roles_after, roles_before
from storyweave.represent.evidence import fold

_ROMAN = re.compile(r"^(?=[MDCLXVI]{2,}$)M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")

_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})(?:,\s*[A-Z][\w.]+)?\s*"
    r"(?:\((?P<agency>[A-Z][\w .&-]{1,30})\)\s*[—–:-]+|[—–-]+)\s+(?=[A-Z\"“«])"
)
_PHRASE = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(p) for p in PHRASES) + r")(?![\w])")
_TAIL = re.compile(r" ?[-‐‑]([^\W\d_]+)")


@dataclass(frozen=True, slots=True)
class Mention:
    """A name as written in a sentence (titles and possessive removed), its character span there, and its cues."""

    text: str
    start: int
    end: int
    acronym: bool = False
    roles: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return key(self.text)


def find_mentions(text: str, lexicon: Lexicon | None = None, known: Mapping[str, str] | None = None) -> list[Mention]:
    """Every name mention in one sentence, left to right.

    `known` maps name keys to a surface form; it is only needed for a sentence in capitals (a shouted headline),
    where capitalisation says nothing and only names already seen elsewhere in the event are found.
    """
    lexicon = lexicon or Lexicon()
    mentions: list[Mention] = []
    label = _LABEL.match(text)
    if label is not None and _is_label(label.group("name"), lexicon):  # "KURTZ: ...", "CARL AZUZ, CNN ANCHOR: ..."
        role = label.group("role")
        start, end = label.start("name"), label.end("name")
        mentions.append(
            Mention(label.group("name").title(), start, end, roles=(role,) if role else (), cues=("speech",))
        )
        text = " " * label.end() + text[label.end() :]
    # "BEIRUT (AP) — ...": a place, maybe an agency, then the sentence proper
    dateline = None if label is not None else _DATELINE.match(text)
    if dateline is not None and _is_dateline(dateline.group("place")):
        place = dateline.group("place")
        mentions.append(Mention(place.title(), dateline.start("place"), dateline.end("place"), cues=("place-word",)))
        agency = dateline.group("agency")
        if agency:
            start = dateline.start("agency")
            mentions.append(Mention(agency, start, start + len(agency), acronym=agency.isupper()))
        text = " " * dateline.end() + text[dateline.end() :]
    if shouting(text):
        return mentions + _known_mentions(text, known or {})
    tokens = _tokens(text, lexicon)
    for span in _spans(text, tokens, lexicon):
        mention = _mention(text, span, lexicon)
        if mention is not None:
            mentions.append(mention)
    phrases = [Mention(m.group(0), m.start(), m.end()) for m in _PHRASE.finditer(text)]
    if phrases:
        kept = [m for m in mentions if not any(p.start < m.end and m.start < p.end for p in phrases)]
        mentions = sorted(kept + phrases, key=lambda m: m.start)
    return mentions


def find_definitions(text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    """Acronyms the sentence defines, as (long form, acronym): "Syrian Democratic Forces (SDF)" and the reverse.

    A definition is trusted when the acronym spells the long form's initials or the long form is plainly an
    organisation ("People's Protection Units (YPG)" spells the Kurdish name); "Talal Sello (SDF)" is an
    affiliation, not a definition.
    """
    found: list[tuple[str, str]] = []
    for first, second in itertools.pairwise(mentions):
        between = text[first.end : second.start]
        closes = text[second.end : second.end + 2].lstrip().startswith(")")
        if not (re.fullmatch(r"['’s]*\s*\(\s*", between) and closes):
            continue
        if second.acronym and not first.acronym:
            long, short = first.text, second.text
        elif first.acronym and not second.acronym:
            long, short = second.text, first.text
        else:
            continue
        if initials_match(short, long) or any(fold(w) in ORG_HEADS for w in long.split()):
            found.append((long, short))
    return found


_LABEL = re.compile(
    r"^\s*(?P<name>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})"
    r"(?:\s*,\s*(?P<role>[A-Z][A-Z0-9 .&'’\-]{0,50}[A-Z0-9.]))?\s*:\s+(?=\S)"
)


def _is_label(name: str, lexicon: Lexicon) -> bool:
    """A transcript's speaker label: a name in capitals before a colon, not a rubric like "UPDATE:"."""
    words = name.split()
    if any(w in NOT_LABELS for w in words) or lookup(name) is not None:
        return False
    return len(words) > 1 or (fold(name) in lexicon.capital and len(name) > 2)


def _is_dateline(place: str) -> bool:
    known = lookup(place)
    return (len(place) >= 4 or " " in place) and (known is None or known.type == "place")


def _known_mentions(text: str, known: Mapping[str, str]) -> list[Mention]:
    """In a sentence set in capitals, only names already known to the event (or the tables) are found."""
    words = list(re.finditer(r"[^\W\d_][\w'’.\-]*", text))
    mentions: list[Mention] = []
    i = 0
    while i < len(words):
        for size in (4, 3, 2, 1):
            if i + size > len(words):
                continue
            start, end = words[i].start(), words[i + size - 1].end()
            surface = strip_possessive(text[start:end].rstrip("."))[0]
            found = known.get(key(surface))
            if found is None and size == 1 and lookup(surface) is not None and len(surface) > 2:
                found = surface
            if found is not None:
                mentions.append(Mention(found, start, start + len(surface), acronym=found.isupper()))
                i += size
                break
        else:
            i += 1
    return mentions


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


@lru_cache(maxsize=65536)
def _kind(part: str) -> str:
    letters = [char for char in part if char.isalpha()]
    if not letters:
        return "low"
    if all(char.isupper() for char in letters):
        return "upper" if len(letters) > 1 else "initial"
    if _PLURAL_ACRONYM.fullmatch(part):
        return "low"  # a plural acronym is a common noun: "IEDs", "NGOs"
    if letters[0].isupper():
        return "cap"
    return "join" if part in JOINERS else "low"


def _tokens(text: str, lexicon: Lexicon) -> list[Token]:
    tokens: list[Token] = []
    skip_until = -1
    for match in WORD_TOKEN.finditer(text):
        if match.start() < skip_until:
            continue
        raw, start = match.group(0), match.start()
        if raw.islower() and raw.isalpha():  # most words: plain lower case, nothing to split or strip
            tokens.append(Token(raw, start, start + len(raw), "join" if raw in JOINERS else "low"))
            continue
        word, possessive = strip_possessive(raw)
        opener = opens_sentence(text, start)
        if "." in word:  # a dotted acronym, maybe with a compound tail: "U.S.-backed"
            token = Token(word, start, start + len(word), "acr", opener, possessive, display=word)
            tail = _TAIL.match(text, token.end)
            if tail and tail.group(1)[0].islower():
                token.suffix = tail.group(1).casefold()
                skip_until = tail.end()
            tokens.append(token)
            continue
        tokens.extend(_compound(word, start, opener, possessive, text, lexicon))
        if tokens and tokens[-1].kind == "acr" and not tokens[-1].suffix:
            tail = _TAIL.match(text, match.end())
            if tail and text[match.end()] == " " and tail.group(1)[0].islower():  # "USA -backed"
                tokens[-1].suffix = tail.group(1).casefold()
                skip_until = tail.end()
    return tokens


def _compound(word: str, start: int, opener: bool, possessive: bool, text: str, lexicon: Lexicon) -> list[Token]:
    """A word, with hyphenated compounds split into the name and the lower-case prefix or tail around it."""
    parts = HYPHENS.split(word)
    kinds = [_kind(part) for part in parts]
    named = [i for i, k in enumerate(kinds) if k in ("cap", "upper", "initial")]
    # A compound with no capitalised part ("op-ed", "ta-da", "torná-la") is a plain word, joiners and all.
    first = next((i for i, k in enumerate(kinds) if k != "low"), None) if named else None
    if first is None or len(parts) == 1:
        kind = kinds[0]
        if kind == "upper":
            kind = _upper_kind(word, text, start, lexicon)
        elif kind == "initial" and not text.startswith(".", start + len(word)):
            kind = "low"
        display = word.title() if kind == "cap" and word.isupper() else word
        return [Token(word, start, start + len(word), kind, opener, possessive, display=display)]
    last = max(
        i for i, k in enumerate(kinds) if k in ("cap", "upper", "initial") or (k == "join" and i < len(kinds) - 1)
    )
    head_parts = parts[first : last + 1]
    offset = start + sum(len(p) + 1 for p in parts[:first])
    prefix = "-".join(parts[:first]).casefold()
    suffix = "-".join(parts[last + 1 :]).casefold()
    name_kinds = kinds[first : last + 1]
    if (
        len(head_parts) > 1
        and all(k in ("cap", "upper") for k in name_kinds)
        and all(is_country(p) or (fold(p) in lexicon.capital and lookup(p) is not None) for p in head_parts)
    ):
        tokens: list[Token] = []  # "Iraq-Syria border": two places, not one name
        position = offset
        for part in head_parts:
            kind = "acr" if part.isupper() else "cap"
            tokens.append(Token(part, position, position + len(part), kind, opener and not tokens, display=part))
            position += len(part) + 1
        tokens[-1].possessive = possessive
        tokens[-1].suffix = suffix
        return tokens
    head = "-".join(head_parts)
    if len(head_parts) == 1 and name_kinds[0] == "upper":
        kind = _upper_kind(head, text, offset, lexicon)
    elif name_kinds[0] in ("cap", "join") or any(k == "cap" for k in name_kinds):
        kind = "cap"
    else:
        kind = "acr" if len(head.replace("-", "")) <= 6 else "cap"
    return [
        Token(head, offset, offset + len(head), kind, opener, possessive, prefix=prefix, suffix=suffix, display=head)
    ]


def _upper_kind(word: str, text: str, start: int, lexicon: Lexicon) -> str:
    """An all-capitals word: an acronym ("SDF"), or a name set in capitals ("BEIRUT (AP) —", "RAQQA")."""
    if fold(word) in lexicon.capital and len(word) > 3:
        return "cap"
    return "acr" if len(word) <= 6 else "cap"


def _is_title(token: Token) -> bool:
    return fold(token.text.rstrip(".")) in TITLE_CORE


def _joinable(text: str, previous: Token, token: Token) -> bool:
    gap = text[previous.end : token.start]
    if previous.possessive or previous.suffix or token.prefix:
        return False
    if gap in (" ", "'s ", "’s "):  # a possessive still here was kept inside the name
        return True
    if gap == ". " and (fold(previous.text) in ABBREVIATIONS or previous.kind == "initial"):
        return True
    return gap == "." and previous.kind == "initial"


def _keeps_opener(tokens: list[Token], i: int, text: str, lexicon: Lexicon) -> bool:
    """Whether a capitalised word that opens a sentence belongs to a name."""
    token = tokens[i]
    folded = fold(token.text)
    if _is_title(token):
        return True
    if folded in STOPWORDS or folded in TIME_WORDS or token.kind == "initial":
        return False
    if lookup(token.text) is not None or (folded in lexicon.capital and folded not in lexicon.lower):
        return True
    following = i + 1 < len(tokens) and tokens[i + 1].kind == "cap" and _joinable(text, token, tokens[i + 1])
    if not following:  # "Dillon said ...": a lone opener before a speech verb, unless a very common word
        nxt = next_words(text, token.end, 1)
        speaks = bool(nxt) and nxt[0] in SPEECH_AFTER and not token.suffix
        return speaks and folded not in lexicon.lower and not common_word(folded)
    if folded in lexicon.lower or is_demonym(token.text) or (folded.endswith("ing") and len(folded) > 5):
        return False
    run_end = i + 1
    while run_end < len(tokens) and tokens[run_end].kind == "cap":
        run_end += 1
    rest = [fold(t.text) for t in tokens[i + 1 : run_end]]
    return folded in lexicon.capital or not any(word in ORG_HEADS for word in rest)


def _spans(text: str, tokens: list[Token], lexicon: Lexicon) -> list[list[Token]]:
    spans: list[list[Token]] = []
    span: list[Token] = []

    def close() -> None:
        while span and span[-1].kind in ("join", "low"):
            span.pop()
        if span:
            spans.append(list(span))
        span.clear()

    for i, token in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if token.kind in ("cap", "initial"):
            if token.opener and not _keeps_opener(tokens, i, text, lexicon):
                close()
                continue
            if span and not _joinable(text, span[-1], token):
                close()
            span.append(token)
            if token.possessive and _org_follows(tokens, i + 1, text):
                token.possessive = False  # "People's Protection Units" is one name
            if token.possessive or token.suffix:
                close()
        elif token.kind in ("acr", "upper"):
            close()
            if _acronym_ok(token.text):
                spans.append([token])
        elif (
            token.kind == "join" and span and nxt is not None and nxt.kind == "cap" and _joinable(text, span[-1], token)
        ) or (span and token.kind == "low" and _org_joiner(span, token, tokens, i, text)):
            span.append(token)
        else:
            close()
    close()
    return spans


def _acronym_ok(word: str) -> bool:
    letters = word.replace(".", "").replace("-", "")
    return len(letters) >= 2 and word not in NOT_ACRONYMS | NOT_LABELS and not _ROMAN.match(letters)


def _org_follows(tokens: list[Token], i: int, text: str) -> bool:
    """Whether the capitalised run starting at `i` ends in an organisation head ("People's Protection Units")."""
    end = i
    while (
        end < len(tokens) and tokens[end].kind == "cap" and (end == i or _joinable(text, tokens[end - 1], tokens[end]))
    ):
        end += 1
    return end > i and fold(tokens[end - 1].text) in ORG_HEADS


def _org_joiner(span: list[Token], token: Token, tokens: list[Token], i: int, text: str) -> bool:
    """ "of", "for" and "and" inside organisation names: "Observatory for Human Rights", "Sound and Picture Organization"."""
    word = token.text.casefold()
    if word not in ("of", "for", "and", "&") or text[span[-1].end : token.start] != " ":
        return False
    if i + 1 >= len(tokens) or tokens[i + 1].kind != "cap" or text[token.end : tokens[i + 1].start] != " ":
        return False
    if word in ("of", "for"):
        return any(fold(t.text) in ORG_HEADS for t in span)
    if any(t.text in ("of", "for") for t in span):  # "Centers for Disease Control and Prevention"
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        single = after is None or after.kind != "cap" or text[tokens[i + 1].end : after.start] != " "
        return single and not is_country(tokens[i + 1].text)
    return _org_follows(tokens, i + 1, text)


def _mention(text: str, span: list[Token], lexicon: Lexicon) -> Mention | None:
    """A span as a mention: leading articles, demonyms, titles and time words stripped; roles and cues found."""
    span_start = span[0].start
    tokens = list(span)
    while tokens and fold(tokens[0].text) in ("the", "a", "an"):
        tokens.pop(0)
    while tokens and fold(tokens[-1].text) in TIME_WORDS:
        tokens.pop()
    while tokens and fold(tokens[0].text) in TIME_WORDS and tokens[0].text != "May":
        tokens.pop(0)
    if not tokens:
        return None
    words = [fold(t.text) for t in tokens]
    has_org_head = any(w in ORG_HEADS or w in PLACE_HEADS for w in words)
    if not has_org_head:
        # "Syrian Kurdish", "Russian President Vladimir Putin", "Kurdish Hawar"; but "Norwegian Red Cross" stays
        lead = 0
        while lead < len(tokens) and tokens[lead].kind == "cap" and is_demonym(tokens[lead].text):
            lead += 1
        rest = tokens[lead:]
        if lead and (not rest or _title_prefix(rest) or fold(rest[0].text.rstrip(".")) in TITLE_CORE):
            tokens = rest
    titles = [title_word(t.text) for t in tokens]
    if tokens and all(titles) and "core" in titles:
        return None  # a title with no name: "the President", "Foreign Minister"
    if len(tokens) == 1 and is_role_noun(tokens[0].text) and tokens[0].kind == "cap":
        return None  # "Correspondent", "Spokesman"
    of_title = OF_TITLE.search(text, max(0, span_start - 30), span_start)
    if of_title and len(tokens) > 1 and title_word(tokens[0].text) == "modifier":
        # "Secretary of State Hillary Clinton": the title was cut at "of"
        tokens = tokens[1:]
        span_start = of_title.start()
    roles: list[str] = []
    title_end = _title_prefix(tokens)
    if title_end and not any(fold(t.text) in ORG_HEADS | PLACE_HEADS for t in tokens[title_end:]):
        roles.append(text[tokens[0].start : tokens[title_end - 1].end + 1].strip().rstrip(" ,"))
        if not text[tokens[title_end - 1].end :].startswith("."):
            roles[-1] = roles[-1].rstrip(".")
        tokens = tokens[title_end:]
    if not tokens or (len(tokens) == 1 and tokens[0].kind == "initial"):
        return None
    if title_end and tokens[0].kind == "join":
        return None  # "Secretario de Educación": an office, not a title before a name
    first, last = tokens[0], tokens[-1]
    surface = text[first.start : last.end]
    if last.kind == "cap" and last.display != last.text:
        surface = " ".join(t.display for t in tokens)
    acronym = len(tokens) == 1 and first.kind in ("acr", "upper")
    if len(tokens) == 1 and not acronym and (fold(surface) in STOPWORDS or fold(surface) in TIME_WORDS):
        return None
    cues = context_cues(text, tokens, span_start, acronym)
    if title_end or (of_title and span_start < first.start and len(roles) == 0):
        cues.append("title")
        if not title_end:
            roles.append(text[span_start : first.start].strip())
    if not acronym:
        roles.extend(roles_before(text, span_start))
        roles.extend(roles_after(text, last.end + (2 if last.possessive else 0)))
    if len(roles) > (1 if title_end else 0):
        cues.append("role")
    return Mention(surface, first.start, last.end, acronym, tuple(dict.fromkeys(roles)), tuple(cues))


def title_word(word: str) -> str:
    """ "core", "modifier" or "" for a word of a title; "Director-General" is a core title too."""
    parts = HYPHENS.split(fold(word.rstrip(".")))
    if all(p in TITLE_CORE or p in TITLE_MODIFIERS for p in parts):
        return "core" if any(p in TITLE_CORE for p in parts) else "modifier"
    return ""


def _title_prefix(tokens: list[Token]) -> int:
    """How many leading tokens are a title ("Brig. Gen.", "Foreign Minister"); 0 when none or all of them are."""
    end = 0
    core = False
    while end < len(tokens) - 1:
        kind = title_word(tokens[end].text)
        if not kind:
            break
        core = core or kind == "core"
        end += 1
    return end if core else 0
