"""Optional abstractive summary: an OpenAI-compatible chat endpoint rewrites the extractive one, under a leash.

Nothing here runs unless the user gives an endpoint (`--llm-url`, e.g. a llama.cpp or vLLM server of their own),
and nothing but the standard library is used, so the default path neither needs nor imports a client. The model is
given the numbered, cited extractive sentences with the report sentences behind them and must end every sentence it
writes with the numbers it drew on. Language models invent figures and names, so each written sentence is checked
against the sources of the sentences it names: a figure or a name that none of them contains drops the sentence,
and the drop is logged and returned. Any failure to get a usable reply raises `AbstractiveError`, naming the
address and the reason, so the caller can keep the extractive summary.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import logging
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from storyweave.digest.equivalents import Known, key, lookup
from storyweave.model import Citation, SummarySentence
from storyweave.normalize.sentences import split
from storyweave.represent.evidence import extract

log = logging.getLogger(__name__)

MAX_REPLY_BYTES = 2_000_000
SOURCES_PER_SENTENCE = 4
SOURCE_CHARS = 600

LANGUAGES = {
    "en": "English",
    "no": "Norwegian (bokmål)",
    "nb": "Norwegian (bokmål)",
    "nn": "Norwegian (nynorsk)",
    "sv": "Swedish",
    "da": "Danish",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "fi": "Finnish",
    "pl": "Polish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "tr": "Turkish",
    "ar": "Arabic",
    "fa": "Persian",
    "zh": "Chinese",
    "ja": "Japanese",
}

_THINK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_MARKS = re.compile(r"\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]")
_EDGE = ".!?;:,-–— \t\n"
_TRAIL = ",;:-–— \t\n"
_STOPS = (".", "!", "?", "…", '"', "'", "”", "’", "»", ")")
_DIGITS = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)(?:[.,](\d+))?(?!\w)"
    r"(?:\s+(thousand|million|billion|mill\.|millioner|milliarder|mrd\.))?",
    re.IGNORECASE,
)
_SMALL = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
        " seventeen eighteen nineteen".split()
    )
}
_TENS = {w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_NUMBER_WORD = "|".join(sorted([*_SMALL, *_TENS, "hundred", *_SCALES], key=len, reverse=True))
_WORDS = re.compile(rf"\b(?:{_NUMBER_WORD})(?:(?:[\s-]+and)?[\s-]+(?:{_NUMBER_WORD}))*\b", re.IGNORECASE)
_MULTIPLIERS = {
    "thousand": 1_000,
    "million": 1_000_000,
    "mill.": 1_000_000,
    "millioner": 1_000_000,
    "billion": 1_000_000_000,
    "milliarder": 1_000_000_000,
    "mrd.": 1_000_000_000,
}
_ACRONYM_FORM = re.compile(r"[A-Z](?:\.?[A-Z]){1,5}\.?")


class AbstractiveError(RuntimeError):
    """The endpoint gave no usable reply; the message names the address and why."""


def rewrite(
    sentences: Sequence[SummarySentence],
    sources: Mapping[Citation, str],
    *,
    url: str,
    model: str = "",
    words: int,
    language: str,
    timeout: float = 60,
) -> tuple[tuple[SummarySentence, ...], list[str]]:
    """The model's rewrite of `sentences`, each written sentence cited and grounded, and what was dropped and why.

    `sources` holds the text of every cited report sentence. The result may be empty when the model wrote nothing
    that its sources bear out; the caller then keeps the extractive summary.
    """
    if not sentences:
        return (), []
    address = endpoint(url)
    body: dict[str, Any] = {
        "messages": prompt(sentences, sources, words=words, language=language),
        "temperature": 0,
        "max_tokens": max(256, 4 * words),
        "stream": False,
    }
    if model:
        body["model"] = model
    content = _content(_post(address, body, timeout), address)
    kept: list[SummarySentence] = []
    dropped: list[str] = []
    budget = words
    for text, numbers in parse(content, language):
        reason, citations, grounds = _resolve(numbers, sentences, sources)
        reason = reason or grounded(text, grounds)
        size = len(text.split())
        if reason is None and kept and size > budget:
            reason = f"over the {words}-word budget"
        if reason is not None:
            dropped.append(f"dropped “{text}”: {reason}")
            log.info("abstractive summary from %s: dropped %r: %s", address, text, reason)
            continue
        kept.append(SummarySentence(text=text, citations=citations))
        budget -= size
    return tuple(kept), dropped


def endpoint(url: str) -> str:
    """The chat-completions address for a server URL given with or without `/v1` (or as the full address)."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise AbstractiveError(f"{url}: not an http:// or https:// address")
    path = parts.path.rstrip("/")
    if not path.endswith("/chat/completions"):
        path = (path if path.endswith("/v1") else f"{path}/v1") + "/chat/completions"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def prompt(
    sentences: Sequence[SummarySentence], sources: Mapping[Citation, str], *, words: int, language: str
) -> list[dict[str, str]]:
    """Chat messages: the rules, then the numbered sentences, each with the report sentences it rests on."""
    name = LANGUAGES.get(language, language or "English")
    system = (
        "You rewrite news summaries. Use only the facts in the numbered sentences and their sources. Never add a"
        " name, number, date or claim that they do not contain. Translate faithfully when they are in another"
        f" language than {name}."
    )
    lines = ["Numbered sentences of a summary, each followed by the report sentences it rests on:", ""]
    for number, sentence in enumerate(sentences, 1):
        lines.append(f"[{number}] {_one_line(sentence.text)}")
        shown = [text for text in dict.fromkeys(_one_line(sources.get(c, "")) for c in sentence.citations) if text]
        for text in [t for t in shown if t != _one_line(sentence.text)][:SOURCES_PER_SENTENCE]:
            lines.append(f"    source: {text[:SOURCE_CHARS]}")
    lines += [
        "",
        f"Write a fluent summary in {name} of at most {words} words. End every sentence with the bracketed"
        " numbers of the sentences above that it draws on, for example [1] or [1,3]. Answer with the summary only.",
    ]
    return [{"role": "system", "content": system}, {"role": "user", "content": "\n".join(lines)}]


def parse(content: str, language: str = "") -> list[tuple[str, list[int]]]:
    """The reply's sentences with the numbers each ends with; a sentence that ends with none gets an empty list.

    Models put the numbers before or after the stop ("… city [1]." or "… city. [1]"), sometimes in two brackets
    ("[1][3]") and sometimes mid-sentence ("Raqqa fell [1] after a siege [2]."); all of those cite, the last for
    the whole sentence. A stretch of several sentences before one bracket cites only its last sentence.
    """
    text = " ".join(_THINK.sub(" ", content).split())
    pieces: list[tuple[str, list[int]]] = []
    position = 0
    for match in _MARKS.finditer(text):
        numbers = [int(n) for n in re.split(r"\s*[,;]\s*", match.group(1))]
        chunk = text[position : match.start()].lstrip(_EDGE).rstrip(_TRAIL)
        position = match.end()
        if pieces and (not chunk or (chunk[0].islower() and not pieces[-1][0].endswith(_STOPS))):
            before, cited = pieces[-1]
            pieces[-1] = (f"{before} {chunk}".strip(), cited + numbers)
        else:
            pieces.append((chunk, numbers))
    result: list[tuple[str, list[int]]] = []
    for chunk, numbers in pieces:
        *uncited, last = _sentences(chunk, language) or [""]
        result += [(sentence, []) for sentence in uncited]
        if last:
            result.append((last, numbers))
    result += [(sentence, []) for sentence in _sentences(text[position:].lstrip(_EDGE).rstrip(_TRAIL), language)]
    return result


def grounded(text: str, sources: Sequence[str]) -> str | None:
    """None when every figure and name in `text` is in `sources` (any casing, or a known equivalent name);
    otherwise the reason it is not."""
    if not any(s.strip() for s in sources):
        return "it cites no source text"
    figures = {value for s in sources for _, values in _figures(s, source=True) for value in values}
    for surface, values in _figures(text):
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


# -- the exchange -------------------------------------------------------------------------------------------------
def _post(address: str, body: Mapping[str, Any], timeout: float) -> Any:
    request = urllib.request.Request(
        address,
        data=json.dumps(body, ensure_ascii=False).encode("utf-8"),
        headers={"Content-Type": "application/json", "Accept": "application/json"},
        method="POST",
    )
    try:
        with _opener(address).open(request, timeout=timeout) as response:
            raw = response.read(MAX_REPLY_BYTES + 1)
    except urllib.error.HTTPError as error:
        detail = " ".join(error.read(300).decode("utf-8", "replace").split())
        raise AbstractiveError(f"{address}: the server answered HTTP {error.code} {error.reason}: {detail}") from error
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise AbstractiveError(f"{address}: no answer within {timeout:g} s") from error
        raise AbstractiveError(f"{address}: cannot connect ({error.reason})") from error
    except TimeoutError as error:
        raise AbstractiveError(f"{address}: no answer within {timeout:g} s") from error
    except (OSError, http.client.HTTPException) as error:
        raise AbstractiveError(f"{address}: the connection failed ({error!r})") from error
    if len(raw) > MAX_REPLY_BYTES:
        raise AbstractiveError(f"{address}: the reply is larger than {MAX_REPLY_BYTES} bytes")
    try:
        return json.loads(raw)
    except ValueError as error:
        raise AbstractiveError(f"{address}: the reply is not JSON ({raw[:80]!r})") from error


def _opener(address: str) -> urllib.request.OpenerDirector:
    """A server on this machine is reached directly, whatever proxy the environment names for the rest."""
    host = urllib.parse.urlsplit(address).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    return urllib.request.build_opener(urllib.request.ProxyHandler({})) if loopback else urllib.request.build_opener()


def _content(reply: Any, address: str) -> str:
    try:
        content = reply["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError) as error:
        problem = reply.get("error") if isinstance(reply, dict) else None
        why = f"an error: {problem}" if problem else "no choices[0].message.content"
        raise AbstractiveError(f"{address}: the reply has {why}") from error
    if not isinstance(content, str) or not _THINK.sub("", content).strip():
        raise AbstractiveError(f"{address}: the reply's message is empty")
    return content


def _resolve(
    numbers: Sequence[int], sentences: Sequence[SummarySentence], sources: Mapping[Citation, str]
) -> tuple[str | None, tuple[Citation, ...], list[str]]:
    """(why not, citations, texts to check against) for a written sentence citing these input numbers."""
    if not numbers:
        return "it ends with no citation numbers", (), []
    unknown = sorted({n for n in numbers if not 1 <= n <= len(sentences)})
    if unknown:
        return f"it cites {unknown}, but the input had sentences 1 to {len(sentences)}", (), []
    cited = [sentences[n - 1] for n in dict.fromkeys(numbers)]
    citations = tuple(dict.fromkeys(c for s in cited for c in s.citations))
    grounds = [s.text for s in cited] + [sources[c] for c in citations if c in sources]
    return None, citations, grounds


def _sentences(chunk: str, language: str) -> list[str]:
    if not chunk:
        return []
    text = chunk if chunk.endswith(_STOPS) else f"{chunk}."
    return [text[a:b].strip() for a, b in split(text, language, heading_max_words=0)] or [text]


def _one_line(text: str) -> str:
    return " ".join(text.split())


# -- figures ------------------------------------------------------------------------------------------------------
def _figures(text: str, *, source: bool = False) -> list[tuple[str, frozenset[str]]]:
    """(as written, the values it may stand for) of every number in `text`, in digits ("1,000", "1.5 million" for
    1500000 or 1.5, "3,5") or English words ("twenty-two"; a lone "one" is a pronoun as often as a number, so it
    does not count). A source's "5 100" also yields 5 and 100: a space may part two numbers as well as group
    thousands."""
    found: list[tuple[str, frozenset[str]]] = []
    for match in _DIGITS.finditer(text):
        whole, fraction, scale = match.group(1), match.group(2), match.group(3)
        value = _decimal(re.sub(r"[,.\u00a0\u202f ]", "", whole) + (f".{fraction}" if fraction else ""))
        if value is None:
            continue
        values = {value, value * _MULTIPLIERS.get((scale or "").lower(), 1)}
        if source and " " in whole:
            values.update(Decimal(part) for part in whole.split(" "))
        found.append((match.group(0), frozenset(_canonical(v) for v in values)))
    for match in _WORDS.finditer(_DIGITS.sub(" ", text)):
        written = match.group(0)
        if written.lower() != "one":
            found.append((written, frozenset({_canonical(Decimal(_word_value(written)))})))
    return found


def _word_value(written: str) -> int:
    total = current = 0
    for word in re.split(r"[\s-]+", written.lower()):
        if word in _SMALL:
            current += _SMALL[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
    return total + current


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _canonical(value: Decimal) -> str:
    return format(value.normalize(), "f")


# -- names --------------------------------------------------------------------------------------------------------
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
