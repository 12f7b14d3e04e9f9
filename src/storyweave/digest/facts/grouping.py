"""Claims from many reports grouped into facts by average link, in numpy.

Only claims that could be about one quantity are compared (one dimension, then one event, then bands of value), and
identical copies of a wire story are compared once and weighed by their number, so a big event never compares
everything with everything and a block of hundreds of claims costs a few array passes per merge.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import numpy.typing as npt

from storyweave.digest.align import Matrix, language_centres, similarity
from storyweave.digest.facts.draft import Draft, Notes, span
from storyweave.digest.facts.status import TOLERANCE
from storyweave.digest.facts.vocabulary import START, TOKEN
from storyweave.digest.quantities import dimension, in_days
from storyweave.represent.evidence import fold

Embed = Callable[[Sequence[str]], Matrix]
SAME_QUANTITY = 0.35
WEAK_LINK = 0.15
EVENT_BONUS = 0.15
VALUE_BONUS = 0.10
APART_DAYS = 120
ORDER_OF_MAGNITUDE = 8.0
MAX_BLOCK = 400


def claim_meanings(
    texts: list[str], drafts: list[Draft], embed: Embed, prior: Matrix | None
) -> tuple[dict[str, Matrix], dict[str, Matrix]]:
    """Embeddings of the claims' clauses, and each language's centre among them (shrunk towards the encoder's)."""
    rows = embed(texts)
    vectors = {text: rows[i] for i, text in enumerate(texts)}
    by_language: dict[str, list[str]] = defaultdict(list)
    for draft in drafts:
        by_language[draft.language].append(draft.core)
    reference = prior if prior is not None else rows.mean(axis=0)
    cached: Embed = lambda batch: np.stack([vectors[t] for t in batch])  # noqa: E731
    centres = language_centres({k: list(dict.fromkeys(v)) for k, v in by_language.items()}, cached, reference)
    return vectors, centres


def identical_copies(drafts: list[Draft]) -> list[list[Draft]]:
    """Claims worded identically with the same figure, time and subject (one wire story in many outlets): compared
    once, weighed by how many they are."""
    by_key: dict[tuple[object, ...], list[Draft]] = {}
    for draft in drafts:
        key = (fold(draft.text), draft.core, draft.value, draft.low, draft.high, draft.unit, draft.time, draft.noun)
        by_key.setdefault(key, []).append(draft)
    return list(by_key.values())


def split_blocks(copies: list[list[Draft]], notes: Notes) -> list[list[list[Draft]]]:
    """Claims that could be about one quantity: one dimension, then (when many) one event, then bands of value."""
    by_dimension: dict[str, list[list[Draft]]] = defaultdict(list)
    for same in copies:
        by_dimension[same[0].dimension].append(same)
    blocks: list[list[list[Draft]]] = []
    for members in by_dimension.values():
        if len(members) <= MAX_BLOCK:
            blocks.append(members)
            continue
        by_event: dict[str, list[list[Draft]]] = defaultdict(list)
        for same in members:
            by_event[same[0].event].append(same)
        for alike in by_event.values():
            if len(alike) <= MAX_BLOCK:
                blocks.append(alike)
                continue
            notes.banded += sum(len(same) for same in alike)
            blocks.extend(_bands(sorted(alike, key=lambda c: _base(c[0].value, c[0].unit))))
    return blocks


def _bands(ordered: list[list[Draft]]) -> list[list[list[Draft]]]:
    """Runs of at most MAX_BLOCK claims in order of value, each cut where the values jump most near its end."""
    values = [max(_base(c[0].value, c[0].unit), 1e-9) for c in ordered]
    bands = []
    start = 0
    while len(ordered) - start > MAX_BLOCK:
        window = range(start + 3 * MAX_BLOCK // 4, start + MAX_BLOCK)
        cut = max(window, key=lambda i: values[i] / values[i - 1])
        bands.append(ordered[start:cut])
        start = cut
    bands.append(ordered[start:])
    return bands


def _base(value: float, unit: str) -> float:
    return in_days(value, unit) if dimension(unit) == "duration" else value


def group_claims(
    block: list[list[Draft]],
    idf: dict[str, float],
    common: frozenset[str],
    vectors: dict[str, Matrix] | None,
    centres: dict[str, Matrix],
) -> list[tuple[list[Draft], bool]]:
    """One block's facts, each flagged when a weak link holds it together, so the fact can be marked uncertain."""
    if len(block) == 1:
        return [(block[0], False)]
    leads = [same[0] for same in block]
    # Words from the clause (a figure's own few words make any two look alike), meaning from the claim's core.
    texts = [f"{d.text} {d.place}" if d.guessed else d.text for d in leads]
    languages = [d.language for d in leads]
    if vectors is not None:
        embedded = np.stack([vectors[d.core] for d in leads])
        centred = np.stack([centres[d.language] for d in leads])
        scores = similarity(texts, idf, embedded, centred, languages, common=common)
    else:
        scores = similarity(texts, idf, common=common)
    allowed, bonus = _compatibility(leads)
    scores = (scores + bonus).astype(np.float32)
    sources = np.array([hash(d.article) for d in leads])
    copied = np.array([len(same) > 1 for same in block])  # copies come from several reports
    cross = (sources[:, None] != sources[None, :]) | copied[:, None] | copied[None, :]
    weights = np.array([len(same) for same in block], dtype=np.float64)
    result = []
    for members in _average_link(scores, cross, allowed, SAME_QUANTITY, weights):
        inside = np.ix_(members, members)
        links = scores[inside][cross[inside] & ~np.eye(len(members), dtype=bool)]
        weak = bool(links.size) and float(links.min()) < WEAK_LINK
        result.append(([draft for i in members for draft in block[i]], weak))
    return result


def _average_link(
    scores: Matrix,
    cross: npt.NDArray[np.bool_],
    allowed: npt.NDArray[np.bool_],
    threshold: float,
    weights: npt.NDArray[np.float64],
) -> list[list[int]]:
    """Average-link groups as `align.group` forms them (a group's score is the mean over its pairs from different
    reports; a forbidden pair vetoes a merge), but merging the best pair of groups each time from running sums,
    so a block of hundreds of claims costs a few numpy passes per merge instead of a Python loop over all pairs.
    An item standing for `weights` identical claims counts that many times in every mean."""
    n = len(scores)
    pairs = np.outer(weights, weights) * cross
    np.fill_diagonal(pairs, 0.0)
    sums = scores * pairs
    counts = pairs.copy()
    forbidden = ~allowed
    alive = np.ones(n, dtype=bool)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def means(rows: npt.NDArray[np.float64], count: npt.NDArray[np.float64], veto: npt.NDArray[np.bool_]) -> Matrix:
        result = np.where(count > 0, rows / np.maximum(count, 1.0), -np.inf)
        return np.where(veto, -np.inf, result).astype(np.float32)

    mean = means(sums, counts, forbidden)
    np.fill_diagonal(mean, -np.inf)
    while True:
        best = int(np.argmax(mean))
        i, j = divmod(best, n)
        if not mean[i, j] >= threshold:
            break
        sums[i] += sums[j]
        sums[:, i] = sums[i]
        counts[i] += counts[j]
        counts[:, i] = counts[i]
        forbidden[i] |= forbidden[j]
        forbidden[:, i] = forbidden[i]
        alive[j] = False
        members[i].extend(members.pop(j))
        row = means(sums[i], counts[i], forbidden[i])
        row[~alive] = -np.inf
        row[i] = -np.inf
        mean[i], mean[:, i] = row, row
        mean[j], mean[:, j] = -np.inf, -np.inf
    return [sorted(m) for m in members.values()]


def _compatibility(block: list[Draft]) -> tuple[npt.NDArray[np.bool_], Matrix]:
    """Which claims may share a fact at all, and how much their event and values add to their similarity.

    Never together: different events (killed / surrendered), fighters and civilians, figures an order of magnitude
    apart, times months apart (a toll of 1907 is another quake's), claims in one language that share neither their
    event nor a counted word ("1.5 million people" and "killed up to 200,000", read from one sentence in many
    copies), two figures of one report that disagree at one time, and any claim whose subject is only the words
    around its figure."""
    events = _codes(d.event for d in block)
    kinds = _codes(d.kind for d in block)
    same_event = _same(events)
    allowed = ~(_clash(events) | _clash(kinds))
    languages = _codes(d.language or "?" for d in block)
    allowed &= same_event | _shared_stems(block) | _same(kinds) | (languages[:, None] != languages[None, :])
    quoted = np.array([d.noun.startswith("“") for d in block])
    allowed[quoted, :] = False
    allowed[:, quoted] = False
    spans = [span(d.time) for d in block]
    start = np.array([s[0] for s in spans], dtype=np.int64)
    end = np.array([s[1] for s in spans], dtype=np.int64)
    gap = np.maximum(start[:, None], start[None, :]) - np.minimum(end[:, None], end[None, :])
    allowed &= gap <= APART_DAYS
    values = np.array([_base(d.value, d.unit) for d in block], dtype=np.float64)
    lows = np.array([_base(d.low, d.unit) for d in block], dtype=np.float64)
    highs = np.array([_base(d.high, d.unit) for d in block], dtype=np.float64)
    if block[0].unit == START:
        months = np.floor(values / 100) * 12 + values % 100
        allowed &= np.abs(months[:, None] - months[None, :]) <= 12
        overlap = months[:, None] == months[None, :]
    else:
        safe = np.maximum(np.abs(values), 1e-9)
        allowed &= (
            np.maximum(safe[:, None], safe[None, :]) / np.minimum(safe[:, None], safe[None, :]) <= ORDER_OF_MAGNITUDE
        )
        overlap = np.maximum(lows[:, None], lows[None, :]) <= np.minimum(highs[:, None], highs[None, :]) * (
            1 + TOLERANCE
        )
    # A report does not contradict itself in one breath: two of its figures that disagree at one time are two things.
    articles = _codes(d.article for d in block)
    allowed &= ~((articles[:, None] == articles[None, :]) & (gap <= 0) & ~overlap)
    bonus = EVENT_BONUS * same_event + VALUE_BONUS * overlap
    np.fill_diagonal(bonus, 0.0)
    return allowed, bonus.astype(np.float32)


def _codes(labels: Iterable[str]) -> npt.NDArray[np.int64]:
    """Labels as integers, 0 for none."""
    table: dict[str, int] = {}
    return np.array([table.setdefault(label, len(table) + 1) if label else 0 for label in labels], dtype=np.int64)


def _same(codes: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
    known = codes != 0
    same: npt.NDArray[np.bool_] = (codes[:, None] == codes[None, :]) & known[:, None] & known[None, :]
    return same


def _clash(codes: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
    known = codes != 0
    clash: npt.NDArray[np.bool_] = (codes[:, None] != codes[None, :]) & known[:, None] & known[None, :]
    return clash


def _shared_stems(block: list[Draft]) -> npt.NDArray[np.bool_]:
    """Which claims count a word in common (by its first five letters)."""
    columns: dict[str, int] = {}
    rows = [[columns.setdefault(stem, len(columns)) for stem in _stems(d.noun)] for d in block]
    incidence = np.zeros((len(block), max(1, len(columns))), dtype=np.float32)
    for i, row in enumerate(rows):
        incidence[i, row] = 1.0
    shared: npt.NDArray[np.bool_] = (incidence @ incidence.T) > 0
    return shared


def _stems(noun: str) -> frozenset[str]:
    """Counted words cut to five letters, so "charity" meets "charities" and "fighter" meets "fighters"."""
    return frozenset(fold(word)[:5] for word in TOKEN.findall(noun) if len(word) > 2 and word.lower() != "the")
