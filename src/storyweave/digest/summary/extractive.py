"""An extractive summary of an event whose every sentence says which reports back it, in any language.

A sentence earns its place by three things, each measured on Multi-News (`storyweave evaluate summaries`):

- *support*: how many other reports say the same thing (cross-source alignment, `align`): a claim three outlets
  make is the story; a claim one outlet makes is colour;
- *centrality*: how close it is to what the whole event says (the mean of its similarities, as LexRank's fixed
  point approximates);
- *position*: news is written lead first, so a report's opening sentences carry its point.

Selection is greedy under the word budget with a redundancy check (maximal marginal relevance), so two outlets'
versions of one claim become one line citing both. Fragments ("The national hospital was liberated and".), bylines,
boilerplate and sentences opening on a pronoun whose antecedent the summary does not carry are never candidates.
Candidates are in the target language; support and citations come from every language. When no report is in the
target language, the summary is in the event's main language and says so (`SummaryResult.note`). Ties break on
report and sentence order, so the same input gives the same summary.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from storyweave.digest.align import Matrix, common_anchors, idf_table
from storyweave.digest.context import Context
from storyweave.digest.kept import REPORTS, Kept, report_key
from storyweave.digest.meaning import Embed, EventMeaning, sentence_similarity
from storyweave.language import profile
from storyweave.model import Article, Citation, SummarySentence
from storyweave.normalize.furniture import PHRASES as FURNITURE
from storyweave.normalize.sentences import is_caseless

SUPPORT_THRESHOLD = 0.3  # the same claim in another report (as `timeline.SAME_HAPPENING`)
REDUNDANT = 0.5
SUPPORT_WEIGHT = 1.0
CENTRALITY_WEIGHT = 1.0
POSITION_WEIGHT = 1.0
MIN_WORDS, MAX_WORDS = 4, 80
UNTERMINATED_WORDS = 10
SENTENCES_PER_REPORT = 40
MAX_CANDIDATES = 1200

_CLOSING = "\"'”’»)]"
_DANGLING = frozenset(
    "and or but the a an of to in on at for with by from that which who whose as than "
    "og eller men i på av til for med fra som at en et den det de "
    "und oder aber der die das ein eine von zu mit et ou mais le la les un une de du des à "
    "y o pero el los las un una del con".split()
)
_PRONOUN_OPENERS = frozenset(
    "he she it they this these those his her its their him them "
    "han hun den det de dette disse hans hennes deres "
    "er sie es dies diese il elle ils elles ce cette ces él ella ellos ellas esto este esta".split()
)
_BOILERPLATE = re.compile(
    r"contributed to this report|all rights reserved|click here|sign up|follow us|subscribe|newsletter|"
    r"read more|copyright|photo:|image:|video:|getty images|\(ap photo|this story has been|"
    r"this article was|reporting by|editing by|writing by|@\w+|https?://|ad ?blocker|blocking ads|adblock",
    re.IGNORECASE,
)
# "LOS ANGELES (AP) —", "WASHINGTON (Reuters) -", "Reuters WASHINGTON -", "BERLIN, 5. Mai (dpa) –", "VANCOUVER --",
# "Eschweiler (dpa/lnw) -", "Roma, 26 de febrero (EFE) .-", "Miami, Florida.-", '"القدس العربي":': the dateline or
# source tag a wire story opens on, cut from the line (the sentence after it is the lead).
_DATELINE = re.compile(
    r"^(?:"
    r"(?:[A-Z][\w.]+\s+)?[A-ZÀ-Ý][A-ZÀ-Ý .,'’/-]{2,40}(?:,[^()\n]{1,20})?\s*(?:\([^()]{2,30}\)\s*)?[-–—:]{1,2}\s+"
    r"|[A-ZÀ-Ý][^()\n.!?]{1,40}\([^()]{2,30}\)\s*\.?\s?[-–—]{1,2}\s*"
    r"|[A-ZÀ-Ý][\w'’ ]{1,25}(?:,\s*[A-ZÀ-Ý][\w'’ ]{1,25})?\.\s?[-–—]{1,2}\s*"
    r"|[\"“«][^\"”»\n]{2,30}[\"”»]\s*:\s*"
    r")(?=[^\W\d_a-zß-ÿ]|[\"“«])"  # the lead opens on a capital (or a letter of a script without case)
)
_WORD = re.compile(r"\w+", re.UNICODE)
_OPENING_QUOTES = "\"“„«‘'"
_CLOSING_QUOTES = "\"”“»’'"


@dataclass(frozen=True, slots=True)
class SummaryResult:
    sentences: tuple[SummarySentence, ...]
    language: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class _Candidate:
    article: str
    article_rank: int
    index: int
    text: str
    words: int
    selectable: bool
    tier: int = 1  # 1: plain whole prose; 2: taken only when the plain lines run out (see `_fit`)
    anaphoric: bool = False  # leans on another sentence ("He said ...", "However, ..."): a last resort, after it


def summarize(
    articles: Sequence[Article],
    *,
    words: int = 120,
    language: str = "en",
    embed: Embed | None = None,
    centre: Matrix | None = None,
    fill: bool = False,
) -> tuple[SummarySentence, ...]:
    """The summary's sentences in reading order, each citing every source sentence that supports it.

    At most `words` words; with `fill`, the last sentence may run past the budget (for evaluations that cut every
    system's output at the same word).
    """
    return summarize_event(articles, words=words, language=language, embed=embed, centre=centre, fill=fill).sentences


def summarize_event(
    articles: Sequence[Article],
    *,
    words: int = 120,
    language: str = "en",
    embed: Embed | None = None,
    centre: Matrix | None = None,
    fill: bool = False,
) -> SummaryResult:
    target, note = _target_language(articles, language)
    candidates = _candidates(articles, target)
    if not any(c.selectable for c in candidates) or words <= 0:
        return SummaryResult((), target, note or "no sentence fit to summarise")
    scores, supporters = compare(articles, candidates, embed, centre)
    value = _value(scores, candidates, supporters, len(articles))
    chosen = _select(value, scores, candidates, words, fill)
    chosen.sort(key=_reading_order(chosen, candidates))
    sentences = tuple(
        SummarySentence(
            text=candidates[i].text,
            citations=tuple(Citation(candidates[j].article, candidates[j].index) for j in sorted([i, *supporters[i]])),
        )
        for i in chosen
    )
    return SummaryResult(sentences, target, note)


def candidates_of(articles: Sequence[Article], language: str) -> list[_Candidate]:
    """The sentences a summary in `language` chooses from (those of other languages support them)."""
    return _candidates(articles, _target_language(articles, language)[0])


def compare(
    articles: Sequence[Article],
    candidates: Sequence[_Candidate],
    embed: Embed | None = None,
    centre: Matrix | None = None,
) -> tuple[Matrix, list[list[int]]]:
    """Every candidate's similarity to every other, and the sentences of other reports that say the same thing."""
    language_of = {a.id: a.language for a in articles}
    languages = [language_of[c.article] for c in candidates]
    idf = idf_table((c.text for c in candidates), languages)
    common = common_anchors(c.text for c in candidates)
    meaning = EventMeaning.for_event(articles, embed, centre)
    texts, sources = [c.text for c in candidates], [c.article for c in candidates]
    scores = sentence_similarity(texts, sources, idf, common, meaning, languages)
    return scores, _supporters(scores, candidates)


def summarise(context: Context) -> SummaryResult:
    """The extractive summariser (see `digest.summary.SUMMARISERS`)."""
    settings = context.settings
    return summarize_event(
        context.articles,
        words=settings.summary_words,
        language=settings.summary_language,
        embed=context.embed,
        centre=context.centre,
    )


def _target_language(articles: Sequence[Article], language: str) -> tuple[str, str]:
    present = [a.language for a in articles if a.sentences]
    if not present or language in present:
        return language, ""
    main = max(sorted(set(present)), key=present.count)
    return main, f"no report in {language!r}: summarised in {main!r}"


_KEPT: Kept[tuple[_Candidate, ...]] = Kept(REPORTS, "candidates", (_Candidate,))


def _candidates(articles: Sequence[Article], target: str) -> list[_Candidate]:
    result: list[_Candidate] = []
    for rank, article in enumerate(articles):
        in_target = article.language == target
        own = _KEPT.read((report_key(article), in_target), _report_candidates, article, in_target)
        result.extend(replace(c, article_rank=rank) for c in own)
    if len(result) > MAX_CANDIDATES:  # a huge event: keep every report's opening sentences first
        result.sort(key=lambda c: (c.index, c.article_rank))
        result = sorted(result[:MAX_CANDIDATES], key=lambda c: (c.article_rank, c.index))
    return result


def _report_candidates(article: Article, in_target: bool) -> tuple[_Candidate, ...]:
    """One report's candidates (ranked 0: the event gives the rank), kept (see `digest.kept`)."""
    found: list[_Candidate] = []
    caseless = is_caseless(article.text)
    own = profile(article.language)
    openers = own.anaphoric_openers if own is not None else frozenset()  # Polish "to", never English "to"
    for sentence in article.sentences[:SENTENCES_PER_REPORT]:
        text = _without_dateline(sentence.text) if not caseless else sentence.text
        count = len(_WORD.findall(text))
        tier = _fit(text, count, caseless) if in_target else 0
        first = _WORD.findall(text[:40])[:1]
        anaphoric = bool(first) and (first[0].lower() in _PRONOUN_OPENERS or first[0].lower() in openers)
        anaphoric = anaphoric or (not caseless and own is not None and _unnamed_pronoun(text, own.personal_pronouns))
        found.append(_Candidate(article.id, 0, sentence.index, text, count, tier > 0, tier or 1, anaphoric))
    return tuple(found)


def _unnamed_pronoun(text: str, pronouns: frozenset[str]) -> bool:
    """ "The police also found tools in a backpack he was carrying": "he" names no one the sentence names first, so
    the line leans on the one before it."""
    if not pronouns:
        return False
    words = _WORD.findall(text)
    for i, word in enumerate(words):
        if i and word.lower() in pronouns:
            return not any(w[:1].isupper() and not w.isupper() for w in words[1:i])
    return False


def _without_dateline(text: str) -> str:
    match = _DATELINE.match(text)
    return text[match.end() :] if match and len(text) - match.end() > 20 else text


def _bare_quote(text: str) -> bool:
    """A sentence that is nothing but a quotation: who says it is in another sentence, or nowhere."""
    stripped = text.strip()
    return stripped[:1] in _OPENING_QUOTES and stripped.rstrip(".!?…")[-1:] in _CLOSING_QUOTES


def _fit(text: str, count: int, caseless: bool = False) -> int:
    """How a sentence may stand in a summary: 0 never (a fragment, a byline, boilerplate), 1 as plain whole prose,
    2 only when nothing better is left (a question, an over-long or unterminated line, a quotation that opens or
    closes in another sentence).

    Quotation marks are checked only in cased text: lower-cased text has been tokenised and re-joined, and its
    quotes are scattered (the splitter ignores them there too).
    """
    if count < 3 or _BOILERPLATE.search(text) or FURNITURE.search(text) or (not caseless and _bare_quote(text)):
        return 0
    stripped = text.rstrip().rstrip(_CLOSING + ".!?…").rstrip()
    last = stripped.rsplit(None, 1)[-1].lower() if stripped else ""
    if last in _DANGLING or stripped.endswith((",", ":", ";", "-", "–", "—")):
        return 0  # "The national hospital was liberated and".
    ending = text.rstrip().rstrip(_CLOSING)[-1:]
    if ending not in (".", "!", "…", "?") and count < UNTERMINATED_WORDS:
        return 0  # a caption or a cut-off line
    unbalanced = text.count('"') % 2 or text.count("“") != text.count("”") or text.count("«") != text.count("»")
    if unbalanced and not caseless:
        return 0  # a quotation that opens or closes in another sentence: half a quote, and no speaker
    if not MIN_WORDS <= count <= MAX_WORDS or ending == "?" or ending not in (".", "!", "…"):
        return 2
    return 1


def _reading_order(chosen: list[int], candidates: Sequence[_Candidate]) -> Callable[[int], tuple[int, int, int]]:
    """Leads first, across reports, as news reads; a sentence leaning on the one before stays right after it (its
    chain sorts where the chain's first line does)."""
    at = {(candidates[i].article_rank, candidates[i].index): i for i in chosen}

    def key(i: int) -> tuple[int, int, int]:
        root = candidates[i]
        while root.anaphoric and (root.article_rank, root.index - 1) in at:
            root = candidates[at[(root.article_rank, root.index - 1)]]
        return (root.index, root.article_rank, candidates[i].index)

    return key


def _supporters(scores: Matrix, candidates: Sequence[_Candidate]) -> list[list[int]]:
    """For each sentence, the best-matching sentence of every other report that says the same thing."""
    articles = np.array([c.article_rank for c in candidates])
    result: list[list[int]] = []
    for i in range(len(candidates)):
        row = scores[i]
        best: dict[int, int] = {}
        for j in np.nonzero(row >= SUPPORT_THRESHOLD)[0].tolist():
            if articles[j] == articles[i]:
                continue
            if articles[j] not in best or row[j] > row[best[articles[j]]]:
                best[int(articles[j])] = j
        result.append(sorted(best.values()))
    return result


FEATURES = (
    "support", "centrality", "position", "relative_position", "first", "first_report", "words", "digits",
    "capitalised", "quoted", "second_tier", "anaphoric", "spread", "mass",
)  # fmt: skip
_DIGIT = re.compile(r"\d")
_CAPITALISED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-ZÀ-Ý][\w'’-]+")


def _support_centrality(
    scores: Matrix, candidates: Sequence[_Candidate], supporters: list[list[int]], reports: int
) -> tuple[np.ndarray, np.ndarray]:
    n = len(candidates)
    centrality = (scores.sum(axis=1) - np.diag(scores)) / max(1, n - 1)
    span = float(centrality.max() - centrality.min()) or 1.0
    centrality = (centrality - centrality.min()) / span
    support = np.array([len(s) for s in supporters], dtype=np.float32) / max(1, reports - 1)
    return support, centrality


def features(scores: Matrix, candidates: Sequence[_Candidate], supporters: list[list[int]], reports: int) -> Matrix:
    """One row per candidate, one column per name in `FEATURES`: what the sentence scorer weighs."""
    n = len(candidates)
    support, centrality = _support_centrality(scores, candidates, supporters, reports)
    length: dict[int, int] = {}
    for c in candidates:
        length[c.article_rank] = max(length.get(c.article_rank, 0), c.index + 1)
    rows = [
        (
            1.0 / (1.0 + c.index),
            c.index / max(1, length[c.article_rank] - 1),
            float(c.index == 0),
            float(c.article_rank == 0),
            min(c.words, MAX_WORDS) / MAX_WORDS,
            float(bool(_DIGIT.search(c.text))),
            min(len(_CAPITALISED.findall(c.text)), 10) / 10,
            float(any(q in c.text for q in '"“”«»')),
            float(c.tier > 1),
            float(c.anaphoric),
        )
        for c in candidates
    ]
    # Words many reports use are the story's words: "spread" is the share of reports a sentence's words appear in
    # (on average), "mass" how many such words it carries.
    words_of = [frozenset(w.lower() for w in _WORD.findall(c.text) if len(w) > 3) for c in candidates]
    reach: dict[str, set[int]] = {}
    for c, found in zip(candidates, words_of, strict=True):
        for word in found:
            reach.setdefault(word, set()).add(c.article_rank)
    others = max(1, len({c.article_rank for c in candidates}) - 1)
    shared = [[(len(reach[w]) - 1) / others for w in found] for found in words_of]
    spread = np.array([sum(v) / len(v) if v else 0.0 for v in shared], dtype=np.float32)
    mass = np.array([min(sum(v), 20.0) / 20.0 for v in shared], dtype=np.float32)
    table = np.column_stack([support, centrality, np.array(rows, dtype=np.float32).reshape(n, -1), spread, mass])
    return table.astype(np.float32)


@lru_cache(maxsize=1)
def _learned() -> tuple[Matrix, float] | None:
    """The learned sentence scorer (`scripts/train_summary_scorer.py`, fitted on Multi-News train-12k), or None
    without its file."""
    path = Path(__file__).with_name("scorer.json")
    try:
        learned = json.loads(path.read_text(encoding="utf-8"))
        weights = np.array([float(learned["weights"][name]) for name in FEATURES], dtype=np.float32)
        return weights, float(learned["bias"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _value(scores: Matrix, candidates: Sequence[_Candidate], supporters: list[list[int]], reports: int) -> Matrix:
    learned = _learned()
    if learned is not None:
        weights, bias = learned
        fitted: Matrix = (features(scores, candidates, supporters, reports) @ weights + bias).astype(np.float32)
        return fitted
    # The hand weights (support, centrality and position, one each) read three features: the rest are not computed.
    support, centrality = _support_centrality(scores, candidates, supporters, reports)
    position = np.array([1.0 / (1.0 + c.index) for c in candidates], dtype=np.float32)
    value: Matrix = (SUPPORT_WEIGHT * support + CENTRALITY_WEIGHT * centrality + POSITION_WEIGHT * position).astype(
        np.float32
    )
    return value


def _select(value: Matrix, scores: Matrix, candidates: Sequence[_Candidate], budget: int, fill: bool) -> list[int]:
    """Best value first, skipping what repeats a chosen line; a sentence leaning on another only when no plain line
    is left, and only right after its report's previous sentence (which the reading order puts just before it)."""
    order = sorted(
        (i for i, c in enumerate(candidates) if c.selectable),
        key=lambda i: (
            max(candidates[i].tier, 2 if candidates[i].anaphoric else 1),
            -float(value[i]),
            candidates[i].article_rank,
            candidates[i].index,
        ),
    )
    position = {(c.article_rank, c.index): i for i, c in enumerate(candidates)}
    chosen: list[int] = []
    taken: set[int] = set()
    used = 0
    plain_left = False
    progress = True
    while progress and used < budget:
        progress = False
        for i in order:
            if i in taken or used >= budget:
                continue
            candidate = candidates[i]
            if candidate.anaphoric and (
                plain_left or position.get((candidate.article_rank, candidate.index - 1)) not in taken
            ):
                continue  # a line leaning on another comes only right after it, and only when no plain line is left
            if any(scores[i, j] >= REDUNDANT for j in chosen):
                continue
            if candidate.tier > 1 and plain_left:
                continue  # a second-tier line never takes the place of plain prose that did not fit
            if chosen and used + candidate.words > budget and not fill:
                plain_left = plain_left or candidate.tier == 1
                continue
            chosen.append(i)
            taken.add(i)
            used += candidate.words
            progress = True
            break  # a new line may admit a pronoun sentence ranked above the rest: look again from the top
    return chosen
