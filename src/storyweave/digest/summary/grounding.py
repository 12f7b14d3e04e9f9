"""Whether a written sentence keeps to its sources: every figure and every name in it is in the texts it cites.

Language models invent figures and names; a sentence whose figure (in digits or number words, any separator) or
name (any casing, a known equivalent, an acronym of a name there) none of its sources contains is not grounded, and
the reason says which.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from storyweave.digest.equivalents import Known, key, lookup
from storyweave.language import READING
from storyweave.language.numbers import canonical, digit_numbers, number_words, word_numbers
from storyweave.represent.evidence import extract

_ACRONYM_FORM = re.compile(r"[A-Z](?:\.?[A-Z]){1,5}\.?")


def grounded(text: str, sources: Sequence[str], language: str = "en") -> str | None:
    """None when every figure and name in `text` is in `sources` (any casing, or a known equivalent name);
    otherwise the reason it is not."""
    if not any(s.strip() for s in sources):
        return "it cites no source text"
    figures = {value for s in sources for _, values in _figures(s, source=True) for value in values}
    for surface, values in _figures(text, language):
        if not values & figures:
            return f"the figure {surface!r} is in none of its sources"
    evidence = [extract(s) for s in sources]
    names = {_plain(n) for e in evidence for n in e.names}
    acronyms = {a for e in evidence for a in e.acronyms}
    keyed = [f" {_plain(s)} " for s in sources]
    written = extract(text)
    for name in sorted(written.names):
        if not _name_in(_plain(name), keyed, names, acronyms):
            return f"the name {name!r} is in none of its sources"
    for acronym in sorted(written.acronyms):
        if not _acronym_in(acronym, keyed, names, acronyms):
            return f"the name {acronym!r} is in none of its sources"
    return None


def _figures(text: str, language: str = "en", *, source: bool = False) -> list[tuple[str, frozenset[str]]]:
    """(as written, the values it may stand for) of every number in `text`, in digits ("1,000", "1.5 million" for
    1500000 or 1.5, "3,5") or number words ("twenty-two", "zweiundzwanzig"; a lone "one" is a pronoun as often as
    a number, so it does not count). A source's "5 100" also yields 5 and 100: a space may part two numbers as well
    as group thousands. Sources are read with every language's number words, since they cross languages."""
    found: list[tuple[str, frozenset[str]]] = []
    digits = digit_numbers(text)
    for number in digits:
        values = {number.value, number.value * Decimal(str(number.scale))}
        if source:
            values.update(number.parts)
        found.append((number.text, frozenset(canonical(v) for v in values)))
    taken = [(d.start, d.end) for d in digits]
    for reading in READING if source else (language,):
        for start, end, value in word_numbers(text, number_words(reading), taken):
            found.append((text[start:end], frozenset({canonical(Decimal(str(value)))})))
    return found


def _plain(text: str) -> str:
    """Words only, folded as names are compared ("Deir al-Zor," and "deir al zor" meet)."""
    return " ".join(re.findall(r"\w+", key(text)))


def _contains(keyed: Iterable[str], form: str) -> bool:
    needle = _plain(form)
    return bool(needle) and any(f" {needle} " in text for text in keyed)


def _known_in(known: Known | None, keyed: Sequence[str], acronyms: set[str]) -> bool:
    """A table entity appears in the sources under any of its forms (acronyms only as acronyms: "IS" is no 'is')."""
    if known is None:
        return False
    for form in (known.name, *known.forms):
        if _ACRONYM_FORM.fullmatch(form):
            if form.replace(".", "") in acronyms:
                return True
        elif _contains(keyed, form):
            return True
    return False


def _name_in(name: str, keyed: Sequence[str], names: set[str], acronyms: set[str]) -> bool:
    """A written name is grounded when a source contains it, names it by a known equivalent, by its initials, or
    (for a span such as "Tuesday Syrian Democratic Forces") when it is made of names that the sources contain."""
    if _contains(keyed, name) or _known_in(lookup(name), keyed, acronyms) or _initials(name) in acronyms:
        return True
    words = name.split()
    reachable = [True] + [False] * len(words)
    for start in range(len(words)):
        if not reachable[start]:
            continue
        for end in range(start + 1, len(words) + 1):
            part = " ".join(words[start:end])
            several = end - start > 1
            if (
                part in names
                or _known_in(lookup(part), keyed, acronyms)
                or (several and (_contains(keyed, part) or _initials(part) in acronyms))
            ):
                reachable[end] = True
    return len(words) > 1 and reachable[-1]


def _acronym_in(acronym: str, keyed: Sequence[str], names: set[str], acronyms: set[str]) -> bool:
    if acronym in acronyms or _known_in(lookup(acronym), keyed, acronyms):
        return True
    return any(_initials(name) == acronym for name in names if " " in name)


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word).upper()
