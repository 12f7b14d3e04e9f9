"""Mentions from the learned name finder (`storyweave.names`), carrying what the rules know of the same words.

The model decides where a name starts and ends and what kind it is; the rule finder still knows the roles and
titles around a name ("Brig. Gen.", "the SDF spokesman") and the cues of its compounds, so a tagged name takes
those from the rule mentions it overlaps. The name's written form keeps its span in the sentence, but its text is
the base form the event's other mentions can merge with: "Konya'da" is "Konya".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

from storyweave.digest.equivalents import lookup
from storyweave.digest.kept import SENTENCES, Kept, Questions, still_answers
from storyweave.digest.mentions import Mention, find_mentions, title_word
from storyweave.digest.name_words import JOINERS, STOPWORDS, Lexicon, common_word, is_demonym
from storyweave.digest.roles import roles_after, roles_before
from storyweave.language import gather, profile
from storyweave.names.features import frequency
from storyweave.names.lemmas import lemma, without_proclitic
from storyweave.names.tagger import Name, Tagger, tagger

_WORD = re.compile(r"\S+")
_INSIDE = JOINERS | gather("name_connectors")  # lower-case words names hold: "al-", "de la", "for", "und"
# Closed-class words no name holds: "that", "which", "when".
_BREAKS = STOPWORDS - _INSIDE
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# A word of letters and digits mixed, or of capitals inside lower case, long as a link's code; or a hashtag.
_CODE = re.compile(r"#\w+|(?=\w*\d)(?=\w*[^\W\d_])\w{7,}|(?=\w*[a-z][A-Z]\w*[a-z][A-Z])\w{8,}")
_CLAUSE_WORDS = (gather("subordinators") | gather("conjunctions")) - _INSIDE
_QUOTE_MARK = re.compile(r'["“”«»„]')
_STOP_INSIDE = re.compile(r"(?<=[^\W\d_]{3})[.!?](?=[/|\\]|[^\W\d_a-z]{2,})")  # a sentence ending inside a word
_SENTENCE_END = re.compile(r"[^\W\d_]{3,}[.!?]$")  # "Raqqa." ends a sentence; "U.S." and "Gen." do not
_ARTICLES = frozenset({"The", "the", "A", "a", "An", "an"})
_TAIL = re.compile(r"[-‐‑][^\W\d_A-Z]\w*$")  # "U.S.-led", "IS-krigere": a compound's lower-case tail
_SUFFIX = re.compile(r"['’][^\W\d_A-ZÇĞİÖŞÜ]{1,6}$")
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Z0-9&]+")


_KEPT: Kept[tuple[Mention, ...]] = Kept(SENTENCES, "names", (Mention,))


def find_names(
    text: str, language: str, lexicon: Lexicon | None = None, known: Mapping[str, str] | None = None
) -> list[Mention]:
    """The sentence's name mentions: the learned finder's where the language has a model, else the rules'.

    Kept (see `digest.kept`) with the lexicon's and known names' answers they depended on: an event's sentences are
    read again each time it grows, and again by the quote reader."""
    lexicon = lexicon or Lexicon()
    learned = tagger(language) if language else None
    slot = (text, language, learned is not None)
    kept = _KEPT.get(slot, lambda answers: still_answers(answers, lexicon, known))
    if kept is not None:
        return list(kept)
    questions = Questions(lexicon, known)
    found = _find_names(text, language, learned, questions.lexicon, questions.names)
    _KEPT.put(slot, questions.answers(), tuple(found))
    return found


def _find_names(
    text: str, language: str, learned: Tagger | None, lexicon: Lexicon, known: Mapping[str, str]
) -> list[Mention]:
    rules = find_mentions(text, lexicon, known)
    if learned is None:
        return rules
    return tagged_mentions(text, learned.tag(text), rules, language)


def base_form(surface: str, language: str, kind: str = "") -> str:
    """The name without what the language writes onto it: Turkish case endings after the apostrophe, Arabic
    conjunctions and prepositions before it ("وتركيا" is "تركيا"), Polish and
    German ones by the word's lemma ("Bagdadzie" is "Bagdad", "Mateusza Morawieckiego" "Mateusz Morawiecki"). A name
    of several words is lemmatised only when it is a person's: the words of "Unii Europejskiej" agree with each
    other, and their lemmas one by one would not ("Unia Europejski")."""
    answers = profile(language)
    if answers is not None and answers.apostrophe_suffixes:
        surface = _SUFFIX.sub("", surface)
    if answers is not None and answers.inflected_names and (kind == "PER" or " " not in surface):
        surface = " ".join(lemma(word, language) for word in surface.split(" "))
    if answers is not None and answers.proclitics and surface:
        first, _, rest = surface.partition(" ")
        surface = " ".join(w for w in (without_proclitic(first, language, answers.proclitics), rest) if w)
    return surface


def tagged_mentions(text: str, names: Sequence[Name], rules: list[Mention], language: str) -> list[Mention]:
    """One mention per tagged name, left to right, with the roles and cues of the rule mentions inside it.

    The mention's span is the name as written (what a reader would mark: "Konya'da"); its text is the name the
    event's other mentions merge with ("Konya").
    """
    mentions: list[Mention] = []
    for tagged in _joined(text, [piece for name in names for piece in _pieces(text, name)], rules):
        trimmed = _trimmed(text, tagged, rules, language)
        if trimmed is None:
            continue
        name, (first, last) = trimmed
        surface = base_form(text[first:last], language, name.type)
        if not surface.strip():
            continue
        inside = [m for m in rules if m.start < name.end and name.start < m.end]
        roles = [r for m in inside for r in m.roles]
        cues = [c for m in inside for c in m.cues]
        acronym = _ACRONYM.fullmatch(surface) is not None
        if name.type == "PER" and not inside:
            roles += roles_before(text, name.start) + roles_after(text, name.end)
        if name.type:
            cues.append("tagged-" + name.type)
        mentions.append(
            Mention(surface, name.start, name.end, acronym, tuple(dict.fromkeys(roles)), tuple(dict.fromkeys(cues)))
        )
    # What the equivalents table knows ("US" in "US-backed", "Daesh") the model may miss, and a person the rules
    # read by a title or a speech verb ("sagte Innenminister Horst Seehofer"): the rules keep them.
    known = [
        r
        for r in rules
        if (lookup(r.text) is not None or _said_by(r))
        and not any(m.start < r.end and r.start < m.end for m in mentions)
    ]
    return sorted(mentions + known, key=lambda m: m.start) if known else mentions


def _joined(text: str, names: list[Name], rules: list[Mention]) -> list[Name]:
    """Names the model read as two that the rules read as one ("Syrian" + "Democratic Forces" is "Syrian
    Democratic Forces"): taken whole, with the type of its head (the last)."""
    whole = {(r.start, r.end) for r in rules}
    joined: list[Name] = []
    for name in names:
        for back in range(len(joined), 0, -1):
            run = [*joined[back - 1 :], name]
            if run[0].type == "MISC" and name.type == "PER":
                continue  # "German" + "Chancellor Angela Merkel": a demonym before a person, not one name
            adjacent = all(text[a.end : b.start] == " " for a, b in itertools.pairwise(run))
            if adjacent and (run[0].start, name.end) in whole:
                joined[back - 1 :] = [Name(run[0].start, name.end, name.type)]
                break
        else:
            joined.append(name)
    return joined


def _pieces(text: str, name: Name) -> list[Name]:
    """The name cut where no name goes on: at a lower-case word that is no name particle (the model ran on past
    "Human Rights" into "that Raqqa", or began at "of"), at a quote mark ('Exteriores" El diplomático'), at its
    sentence's end ("Raqqa. Our", "Russland./thc/DP"); and without a capitalised function word at either end
    ("While Lufthansa", "McGavin If")."""
    if _QUOTE_MARK.match(text[name.start : name.start + 1]) and _QUOTE_MARK.match(text[name.end - 1 : name.end]):
        return [name]  # '„Panteonu”', '"Perspektywy"': a title or a name in its quote marks, whole
    pieces: list[Name] = []
    words: list[tuple[int, int]] = []

    def close() -> None:
        while words and _function_word(text[words[0][0] : words[0][1]]):
            words.pop(0)
        while words and _function_word(text[words[-1][0] : words[-1][1]]):
            words.pop()
        if words:
            pieces.append(Name(words[0][0], words[-1][1], name.type))
        words.clear()

    for match in _WORD.finditer(text, name.start, name.end):
        word, start, end = match.group(0), match.start(), match.end()
        if word[0].islower() and word.casefold() in _BREAKS:
            close()
            continue
        if not words and word[0].islower() and name.type not in {"PER", "LOC"}:
            continue  # "of Sound and Picture Organization": "de", "al-" open people's and places' names only
        mark = _QUOTE_MARK.search(word)
        if mark is not None and not words and mark.start() == 0 and not _QUOTE_MARK.search(word, 1):
            words.append((start + 1, end))  # '"Lufthansa': the mark opens a quote, the name is inside it
            continue
        if mark is not None:
            if mark.start() > 0:
                words.append((start, start + mark.start()))
            break  # the name ends at the mark
        stop = _STOP_INSIDE.search(word)
        if stop is not None:
            words.append((start, start + stop.start()))  # "Russland./thc/DP"
            close()
            break
        words.append((start, end))
        opener = _WORD.search(text, end, name.end) if _SENTENCE_END.search(word) else None
        if opener is not None and opener.group(0).casefold() in STOPWORDS:
            words[-1] = (start, end - 1)  # "Raqqa. Our": the name ended with its sentence,
            close()  # and "Our" opens the next one
            break
    close()
    return pieces


def _function_word(word: str) -> bool:
    """ "While", "If", "But": a conjunction or subordinator, capitalised because it opens a sentence."""
    return word[:1].isupper() and not word.isupper() and word.casefold() in _CLAUSE_WORDS


def _trimmed(text: str, name: Name, rules: list[Mention], language: str) -> tuple[Name, tuple[int, int]] | None:
    """The name without the words the rules know are no part of it, and the span of its text; None for nothing.

    A person's titles ("Brig. Gen. Talal Sello") and a leading article ("The") are cut from the span. A compound
    read as a whole ("U.S.-led", MISC) is the name inside, its type left to the cues ("Turkey-based": a place), and
    a modifier to the quote finder. A name the equivalents table knows whole is taken whole ("Syrian Democratic
    Forces", not its last two words).
    """
    for rule in rules:
        inside = rule.start <= name.start and name.end <= rule.end and (rule.start, rule.end) != (name.start, name.end)
        if inside and lookup(rule.text) is not None:
            return Name(rule.start, rule.end, name.type), (rule.start, rule.end)
        opening = (
            rule.end == name.end
            and not text[: rule.start].strip()
            and _first_name(text[rule.start : name.start], language)
        )
        if inside and opening and not title_word(text[name.start : name.end].split()[0]):
            # "Karen Smith spoke.": the model doubts a sentence's first word, the rules read it with the event's
            # own vocabulary (a word the event never writes in lower case is a name)
            name = Name(rule.start, rule.end, name.type)
            break
    words = [(m.start() + name.start, m.end() + name.start) for m in _WORD.finditer(text[name.start : name.end])]
    if len(words) == 1 and _abbreviated_title(text, *words[0]):
        return None  # "Col. Ryan Dillon": the title read as a name of its own
    if len(words) == 1 and _PLURAL_ACRONYM.fullmatch(text[words[0][0] : words[0][1]]):
        return None  # "IEDs", "MPs": things and people counted, not one organisation
    if any(_CODE.fullmatch(text[a:b]) for a, b in words):
        return None  # "pic.twitter.com/Kq8GbFlSQT", "#coronavirus": a link's or a tag's piece, no name
    while words and (
        _leading(text[words[0][0] : words[0][1]], name.type)
        or text[words[0][0] : words[0][1]] in "-–—"
        or (name.type == "PER" and len(words) > 2 and title_word(text[words[1][0] : words[1][1]]) == "core")
    ):
        words.pop(0)  # "German Chancellor Angela Merkel": a word before a title belongs to the title
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    tail = _TAIL.search(text, start, end)
    if name.type == "MISC" and tail is not None and any(r.start == start and r.end == tail.start() for r in rules):
        return Name(start, tail.start(), ""), (start, tail.start())
    return Name(start, end, name.type), (start, end)


def _leading(word: str, kind: str) -> bool:
    """A word before the name proper: an article, or a person's title ("German Chancellor Angela Merkel")."""
    return word in _ARTICLES or (kind == "PER" and (bool(title_word(word)) or is_demonym(word)))


def _abbreviated_title(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    return text.startswith(".", end) and not word.isupper() and title_word(word) == "core"


def _said_by(rule: Mention) -> bool:
    return len(rule.text.split()) >= 2 and not rule.acronym and bool({"title", "role", "speech"} & set(rule.cues))


def _first_name(gap: str, language: str) -> bool:
    """The one word before the model's name that opens the sentence is part of it: capitalised, rare in the
    language (wordfreq), and not in a language that capitalises its nouns (German: "Amtsleiterin Gudrun Wramp")."""
    answers = profile(language)
    if answers is not None and (answers.capitalised_nouns or answers.inflected_names or answers.apostrophe_suffixes):
        return False  # where names inflect, a sentence's first word is judged no better by the rules
    if len(gap.split()) != 1 or not gap.endswith(" ") or not gap[:1].isupper():
        return False
    try:
        return not common_word(gap.strip()) and frequency(gap.strip(), language) < 5
    except ImportError:
        return False
