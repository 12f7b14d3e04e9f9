"""Cross-source sentence alignment: which sentences of different reports say the same thing, in any language.

Words alone miss "Some 100 fighters from ISIS handed themselves over" against "om lag 100 IS-krigere har overgitt
seg"; a multilingual embedding alone puts every sentence about the battle near every other. So the similarity of
two sentences blends the TF-IDF cosine of their words with the centred cosine of their embeddings (when an encoder
is given), and adds a bonus when they share anchors that survive translation: the same number, the same name.
Groups form by average link (two groups join only when their sentences are similar on average, so one loose
pair does not chain two happenings together), and two sentences of the same report are never linked directly:
a report repeating itself is not a second source.

The timeline uses this, and so will the summary and the facts: one function, one notion of "the same".
"""

from __future__ import annotations

import hashlib
import heapq
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import repeat

import numpy as np
import numpy.typing as npt

from storyweave.language.terms import terms as _read_terms
from storyweave.represent.evidence import extract

Matrix = npt.NDArray[np.float32]

# A sentence's terms, read once a process: an event's sentences are weighed again each time it grows, by the
# timeline, the facts and the summary alike. Read-only: the dicts are shared.
terms = lru_cache(maxsize=60_000)(_read_terms)

ANCHOR_BONUS = 0.15


def idf_table(texts: Iterable[str], languages: Iterable[str] | None = None) -> dict[str, float]:
    """Smoothed IDF over the given texts (a whole event's sentences, so that words every report uses weigh little)."""
    df: Counter[str] = Counter()
    count = 0
    for text, language in zip(texts, languages if languages is not None else repeat(None), strict=False):
        df.update(terms(text, language).keys())
        count += 1
    return {term: math.log((1 + count) / (1 + n)) + 1.0 for term, n in df.items()}


def lexical_matrix(texts: Sequence[str], idf: Mapping[str, float], languages: Sequence[str] | None = None) -> Matrix:
    """L2-normalised TF-IDF rows over the texts' own vocabulary (small: only the texts being compared)."""
    per_text: Sequence[str | None] = languages if languages is not None else [None] * len(texts)
    counts = [terms(text, language) for text, language in zip(texts, per_text, strict=True)]
    vocabulary: dict[str, int] = {}
    for row in counts:
        for term in row:
            vocabulary.setdefault(term, len(vocabulary))
    matrix = np.zeros((len(texts), max(1, len(vocabulary))), dtype=np.float32)
    default = max(idf.values(), default=1.0)
    for i, row in enumerate(counts):
        for term, tf in row.items():
            matrix[i, vocabulary[term]] = tf * idf.get(term, default)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix /= np.where(norms > 0, norms, 1.0)
    return matrix


def similarity(
    texts: Sequence[str],
    idf: Mapping[str, float],
    embeddings: Matrix | None = None,
    centres: Matrix | None = None,
    languages: Sequence[str] | None = None,
    *,
    embedding_weight: float = 0.5,
    crosslingual_weight: float = 0.8,
    common: frozenset[str] = frozenset(),
) -> Matrix:
    """Pairwise similarity of the texts: words, meaning (when embeddings are given) and shared anchors.

    `centres` holds, per text, the mean embedding of its language *in this event* (see `language_centres`):
    removing it takes out both what the encoder gives every sentence of a language and what every sentence of the
    story shares, so the cosine left says whether two sentences tell the same thing. Across languages the words
    say little, so meaning weighs more there. `common` holds anchor keys too frequent in the event to tell one
    happening from another (its city, its main actor); see `common_anchors`.
    """
    words = lexical_matrix(texts, idf, languages)
    result: Matrix = words @ words.T
    if embeddings is not None and len(texts):
        rows = embeddings - (centres if centres is not None else embeddings.mean(axis=0))
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        rows = rows / np.where(norms > 0, norms, 1.0)
        weight = np.full(result.shape, embedding_weight, dtype=np.float32)
        if languages is not None:
            codes = np.array([hash(language) for language in languages])
            weight[codes[:, None] != codes[None, :]] = crosslingual_weight
        result = ((1.0 - weight) * result + weight * (rows @ rows.T)).astype(np.float32)
    result += ANCHOR_BONUS * _shared_anchors(texts, common)
    return result.astype(np.float32)


def language_centres(
    sentences: Mapping[str, Sequence[str]],
    embed: Callable[[Sequence[str]], Matrix],
    prior: Matrix,
    per_language: int = 48,
) -> dict[str, Matrix]:
    """Mean embedding of each language's sentences in the event (a sample of at most `per_language`), shrunk
    towards `prior` (the encoder's calibration centre) when a language has few sentences.

    The sample is the sentences first in a fixed hash order, so it moves only when a new report brings a sentence
    that sorts before them: an even stride over the event would pick new sentences, to be embedded, at every
    growth."""
    centres: dict[str, Matrix] = {}
    for language, texts in sentences.items():
        if not texts:
            continue
        sample = heapq.nsmallest(per_language, dict.fromkeys(texts), key=_hash_order)
        mean = embed(sample).mean(axis=0)
        weight = len(sample) / (len(sample) + 8.0)
        centres[language] = (weight * mean + (1.0 - weight) * prior).astype(np.float32)
    return centres


def _hash_order(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()


def common_anchors(texts: Iterable[str], share: float = 0.05) -> frozenset[str]:
    """Anchor keys found in more than `share` of the texts (and in at least three of them)."""
    counts: Counter[str] = Counter()
    total = 0
    for text in texts:
        counts.update(extract(text).keys())
        total += 1
    return frozenset(key for key, n in counts.items() if n >= 3 and n > share * total)


def _shared_anchors(texts: Sequence[str], common: frozenset[str]) -> Matrix:
    """1 where two texts share a number of 10 or more, or a name or acronym, that is not common; else 0."""
    keys = [extract(text).keys() - common for text in texts]
    index: dict[str, list[int]] = {}
    for i, row in enumerate(keys):
        for key in row:
            index.setdefault(key, []).append(i)
    shared = np.zeros((len(texts), len(texts)), dtype=np.float32)
    for members in index.values():
        if len(members) > 1:
            shared[np.ix_(members, members)] = 1.0
    return shared


def group(
    scores: Matrix,
    sources: Sequence[str],
    threshold: float,
    allowed: npt.NDArray[np.bool_] | None = None,
) -> list[list[int]]:
    """Average-link groups whose mean cross-source score reaches `threshold`.

    Items of one source never pair directly (but may sit in one group through others); a pair that `allowed`
    forbids (two different dates, say) vetoes any merge that would put it in one group.
    """
    n = len(sources)
    codes = {source: k for k, source in enumerate(dict.fromkeys(sources))}
    source_ids = np.array([codes[s] for s in sources])
    same = source_ids[:, None] == source_ids[None, :]
    veto = ~allowed if allowed is not None else np.zeros((n, n), dtype=bool)
    candidate = (scores >= threshold) & ~same & ~veto
    owner = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    rows, cols = np.nonzero(np.triu(candidate, k=1))
    order = np.argsort(-scores[rows, cols], kind="stable")
    for i, j in zip(rows[order].tolist(), cols[order].tolist(), strict=True):
        a, b = owner[i], owner[j]
        if a == b:
            continue
        cells = np.ix_(members[a], members[b])
        if veto[cells].any():
            continue
        values = scores[cells][~same[cells]]
        if values.size == 0 or float(values.mean()) < threshold:
            continue
        members[a].extend(members.pop(b))
        for k in members[a]:
            owner[k] = a
    return [sorted(m) for m in members.values()]
