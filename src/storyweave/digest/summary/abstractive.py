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

import logging
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from storyweave.digest.context import Context
from storyweave.digest.summary.endpoint import THINK, AbstractiveError, post, reply_content
from storyweave.digest.summary.extractive import SummaryResult
from storyweave.digest.summary.extractive import summarise as extractive
from storyweave.digest.summary.grounding import grounded
from storyweave.language import name as language_name
from storyweave.model import Citation, SummarySentence
from storyweave.normalize.sentences import split

__all__ = ["AbstractiveError", "endpoint", "grounded", "parse", "prompt", "rewrite"]
log = logging.getLogger(__name__)

SOURCES_PER_SENTENCE = 4
SOURCE_CHARS = 600

_MARKS = re.compile(r"\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]")
_EDGE = ".!?;:,-–— \t\n"
_TRAIL = ",;:-–— \t\n"
_STOPS = (".", "!", "?", "…", '"', "'", "”", "’", "»", ")")


def summarise(context: Context) -> SummaryResult:
    """The abstractive summariser: the endpoint's rewrite of the extractive summary where grounded, else the
    extractive lines, with a note saying why."""
    base = extractive(context)
    lines, note = base.sentences, base.note
    if not lines:
        return base
    settings = context.settings
    sources = {Citation(a.id, s.index): s.text for a in context.articles for s in a.sentences}
    try:
        written, dropped = rewrite(
            lines,
            sources,
            url=settings.llm_url,
            model=settings.llm_model,
            words=settings.summary_words,
            language=base.language,
        )
    except AbstractiveError as error:
        log.warning("abstractive summary unavailable, extractive kept: %s", error)
        return replace(base, note=_joined(note, f"abstractive mode failed ({error}): extractive summary kept"))
    if not written:
        return replace(base, note=_joined(note, "abstractive mode wrote nothing grounded: extractive kept"))
    dropped_note = (
        f"abstractive; {len(dropped)} written sentence(s) dropped as ungrounded" if dropped else "abstractive"
    )
    return SummaryResult(written, base.language, _joined(note, dropped_note))


def _joined(*notes: str) -> str:
    return "; ".join(filter(None, notes))


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
    content = reply_content(post(address, body, timeout), address)
    kept: list[SummarySentence] = []
    dropped: list[str] = []
    budget = words
    for text, numbers in parse(content, language):
        reason, citations, grounds = _resolve(numbers, sentences, sources)
        reason = reason or grounded(text, grounds, language)
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
    name = language_name(language) if language else "English"
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
    text = " ".join(THINK.sub(" ", content).split())
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


# -- the exchange -------------------------------------------------------------------------------------------------
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
# -- names --------------------------------------------------------------------------------------------------------
