"""An event's entities: every name mention grouped into one entity per person, organisation, place or group.

Reports of one event spell the same person three ways ("Talal Sello", "Talal Sillo", "Sello"), define acronyms
("Syrian Democratic Forces (SDF)") and write in other languages ("IS-krigere"). Mentions are gathered into their
distinct folded forms, and forms are joined, most certain evidence first: the equivalents table, acronyms defined
in the text, acronyms that spell a long form's initials, spelling variants, then a lone surname to the one full
name in the event that ends in it. Each join is guarded, because a wrong join hides a person behind another: a
variant differs in one token by one vowel-like edit, two differently spelled names one writer used in the same
article are two people, and a surname shared by two people ("Smith" beside "John Smith" and "Jane Smith") stays
apart and uncertain. Candidate pairs come from shared blocking keys (a token's one-deletion forms, initials, last
tokens), never from all pairs, so an event of ten thousand sentences is a matter of seconds.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from storyweave.digest.context import Context
from storyweave.digest.equivalents import Known, is_country, key, lookup
from storyweave.digest.kept import event_lexicon
from storyweave.digest.mentions import Mention, find_definitions
from storyweave.digest.name_words import JOINERS, ORG_HEADS, PLACE_HEADS, initials_match, is_demonym, shouting
from storyweave.digest.tagged import find_names
from storyweave.model import Article, Citation, Entity, Sentence
from storyweave.records import DigestRecord

__all__ = ["extract_entities", "similar_tokens"]

TYPES = ("person", "organisation", "place", "group", "other")
# What each local cue says about the type, and how strongly.
_CUE_WEIGHTS: dict[str, tuple[str, float]] = {
    "title": ("person", 3.0),
    "role": ("person", 3.0),
    "speech": ("person", 1.0),
    "org-word": ("organisation", 3.0),
    "org-suffix": ("organisation", 2.0),
    "org-role": ("organisation", 2.0),
    "org-next": ("organisation", 1.0),
    "acronym": ("organisation", 0.5),
    "group-next": ("group", 1.0),
    "group-suffix": ("group", 1.5),
    "group-people": ("group", 2.0),
    "place-known": ("place", 4.0),
    "place-word": ("place", 2.0),
    "place-prep": ("place", 1.0),
    # The learned finder's type for the mention (`digest.tagged`): one per mention, so the entity's type is the
    # one most of its mentions were read as, unless the equivalents table or strong local cues say otherwise.
    "tagged-PER": ("person", 2.5),
    "tagged-ORG": ("organisation", 2.5),
    "tagged-LOC": ("place", 2.5),
    "tagged-MISC": ("other", 2.5),
}
_VOWELS = frozenset("aeiouy")
_MAX_BUCKET = 64  # a blocking key shared by more forms than this says nothing about any pair of them


@dataclass(slots=True)
class _Form:
    """One distinct folded name and everything its mentions said."""

    key: str
    order: int
    acronym: bool
    surfaces: Counter[str] = field(default_factory=Counter)
    titled: Counter[str] = field(default_factory=Counter)  # "Brig. Gen. Talal Sello": an alias, never the name
    cues: Counter[str] = field(default_factory=Counter)
    roles: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    articles: Counter[str] = field(default_factory=Counter)

    @property
    def tokens(self) -> list[str]:
        return self.key.split()

    @property
    def content(self) -> list[str]:
        """The tokens without name particles: "al-Assad" is one content token, like "Assad"."""
        return [t for t in self.tokens if t not in JOINERS] or self.tokens

    @property
    def count(self) -> int:
        return len(self.citations)


class _Sets:
    """Union-find over form keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        parent = self.parent.setdefault(item, item)
        if parent != item:
            parent = self.parent[item] = self.find(parent)
        return parent

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def extract_entities(articles: Sequence[Article]) -> tuple[Entity, ...]:
    """The event's entities, most mentioned first, each citing every sentence that names it."""
    forms, definitions = _gather(articles)
    sets = _Sets()
    for name in forms:
        sets.find(name)
    _join_known(forms, sets)
    for long, short in definitions:
        if long in forms and short in forms:
            sets.union(long, short)
    _join_variants(forms, sets)
    _join_initials(forms, sets)
    unresolved = _join_short_forms(forms, sets)
    clusters: dict[str, list[_Form]] = defaultdict(list)
    for form in sorted(forms.values(), key=lambda f: f.order):
        clusters[sets.find(form.key)].append(form)
    rank = {article.id: i for i, article in enumerate(articles)}
    first_names = _first_names(clusters.values())
    entities = [
        _entity(members, any(m.key in unresolved for m in members), rank, first_names) for members in clusters.values()
    ]
    first_seen = {id(e): min(f.order for f in m) for e, m in zip(entities, clusters.values(), strict=True)}
    entities.sort(key=lambda e: (-len(e.citations), first_seen[id(e)]))
    # "Syrian", "Olympics": names of no person, organisation or place are read (the type is the finder's) but not
    # listed, since the digest lists who and where
    return tuple(e for e in entities if e.type != "other")


def _gather(articles: Sequence[Article]) -> tuple[dict[str, _Form], list[tuple[str, str]]]:
    lexicon = event_lexicon(articles)
    forms: dict[str, _Form] = {}
    definitions: list[tuple[str, str]] = []
    shouted: list[tuple[Article, Sentence]] = []

    def add(article: Article, index: int, mention: Mention, text: str = "") -> None:
        name = mention.key
        if not name:
            return
        form = forms.get(name)
        if form is None:
            form = forms[name] = _Form(name, len(forms), mention.acronym)
        form.surfaces[mention.text] += 1
        before = text[: mention.start].rstrip()
        for role in mention.roles:
            if before.endswith(role):
                form.titled[f"{role} {mention.text}"] += 1
        form.cues.update(mention.cues)
        form.roles.extend(mention.roles)
        form.citations.append(Citation(article.id, index))
        form.articles[article.id] += 1

    for article in articles:
        for sentence in article.sentences:
            if shouting(sentence.text):
                shouted.append((article, sentence))
                continue
            mentions = find_names(sentence.text, article.language, lexicon)
            for mention in mentions:
                add(article, sentence.index, mention, sentence.text)
            definitions.extend((key(long), key(short)) for long, short in find_definitions(sentence.text, mentions))
    if shouted:
        known = {name: form.surfaces.most_common(1)[0][0] for name, form in forms.items()}
        for article, sentence in shouted:
            for mention in find_names(sentence.text, article.language, lexicon, known):
                add(article, sentence.index, mention)
    return forms, definitions


def _join_known(forms: dict[str, _Form], sets: _Sets) -> None:
    by_entry: dict[str, str] = {}
    for form in forms.values():
        entry = _known(form)
        if entry is not None:
            sets.union(by_entry.setdefault(entry.name, form.key), form.key)


def _known(form: _Form) -> Known | None:
    for surface in form.surfaces:
        entry = lookup(surface)
        if entry is not None:
            return entry
    return None


def similar_tokens(a: str, b: str) -> bool:
    """Two spellings of one name token: a doubled letter ("Raqqa"/"Raqa"), a vowel ("Sello"/"Sillo",
    "Nuri"/"Nouri"), or any single edit in a long token ("Mustafa"/"Musafa"). "Iran"/"Iraq" and "Mark"/"Mary"
    differ in a consonant of a short token and are not the same."""
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < 4:
        return False
    if _degeminate(a) == _degeminate(b):
        return True
    if len(a) == len(b):
        diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        if len(diffs) != 1:
            return False
        x, y = diffs[0]
        return (x in _VOWELS and y in _VOWELS) or len(a) >= 6
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) != 1:
        return False
    for i, char in enumerate(long):
        if long[:i] + long[i + 1 :] == short:
            return char in _VOWELS or char == "h" or len(short) >= 6
    return False


def _degeminate(token: str) -> str:
    return "".join(char for i, char in enumerate(token) if i == 0 or char != token[i - 1])


def _deletions(token: str) -> set[str]:
    return {token, _degeminate(token)} | {token[:i] + token[i + 1 :] for i in range(len(token))}


def _join_variants(forms: dict[str, _Form], sets: _Sets) -> None:
    """Spelling variants: forms equal but for one similar token, found through shared one-deletion keys."""
    buckets: dict[tuple[int, int, str, str], list[_Form]] = defaultdict(list)
    for form in forms.values():
        if form.acronym:
            continue
        for bucket in _variant_keys(tuple(form.tokens)):
            buckets[bucket].append(form)
    seen: set[tuple[str, str]] = set()
    for (_, i, _, _), members in buckets.items():
        if len(members) < 2 or len(members) > _MAX_BUCKET:
            continue
        for a, b in _pairs(members):
            pair = (a.key, b.key) if a.key < b.key else (b.key, a.key)
            if pair in seen:
                continue
            seen.add(pair)
            if similar_tokens(a.tokens[i], b.tokens[i]) and _may_be_variants(a, b):
                sets.union(a.key, b.key)


@lru_cache(maxsize=20_000)
def _variant_keys(tokens: tuple[str, ...]) -> tuple[tuple[int, int, str, str], ...]:
    """The one-deletion keys of a form's tokens, one token at a time (read once a process: a grown event's forms
    are mostly the ones it had)."""
    found: list[tuple[int, int, str, str]] = []
    for i, token in enumerate(tokens):
        if len(token) < 4:
            continue
        rest = " ".join([*tokens[:i], "_", *tokens[i + 1 :]])
        found.extend((len(tokens), i, rest, variant) for variant in _deletions(token))
    return tuple(found)


def _pairs(members: list[_Form]) -> Iterator[tuple[_Form, _Form]]:
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if a.key != b.key:
                yield a, b


def _may_be_variants(a: _Form, b: _Form) -> bool:
    """Guards on a spelling-variant join.

    Two spellings one writer used in one article are two names, except for a doubled letter in a one-word name
    ("Raqqa" and "Raqa" are one city); two different countries are never one place; and evidence of two
    different kinds (a title on one, a place preposition on the other) keeps them apart.
    """
    shared = set(a.articles) & set(b.articles)
    if shared and not (len(a.tokens) == 1 and _degeminate(a.key) == _degeminate(b.key)):
        return False
    if shared and any(c.sentence == d.sentence and c.article == d.article for c in a.citations for d in b.citations):
        return False
    if is_country(a.key) and is_country(b.key):
        return False
    type_a, score_a, _ = _type_of([a])
    type_b, score_b, _ = _type_of([b])
    return type_a == type_b or min(score_a, score_b) < 3


def _join_initials(forms: dict[str, _Form], sets: _Sets) -> None:
    """An acronym and the one long form in the event whose initials it spells ("SOHR", "AP")."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for form in forms.values():
        if form.acronym or len(form.tokens) < 2 or not _institutional(form):
            continue
        surface = form.surfaces.most_common(1)[0][0]
        for letters in _initials(surface):
            by_initials[letters].add(form.key)
    for form in forms.values():
        if not form.acronym:
            continue
        letters = key(form.key).replace(" ", "")
        roots = {sets.find(k) for k in by_initials.get(letters, ())}
        if len(roots) == 1:
            sets.union(form.key, roots.pop())


def _institutional(form: _Form) -> bool:
    """A long form an acronym may stand for: an organisation or place, never a person ("IS" is not "Isha Sesay")."""
    if _known(form) is not None or any(w in ORG_HEADS or w in PLACE_HEADS for w in form.tokens):
        return True
    return not (form.cues["title"] or form.cues["role"] or form.cues["speech"]) and len(form.tokens) >= 3


def _initials(surface: str) -> set[str]:
    words = [w for w in surface.replace("-", " ").split() if w]
    candidates = {"".join(w[0] for w in words).casefold()}
    candidates.add("".join(w[0] for w in words if w.casefold() not in JOINERS | {"of", "for", "and", "the"}).casefold())
    return {c for c in candidates if len(c) >= 2 and initials_match(c, surface)}


def _join_short_forms(forms: dict[str, _Form], sets: _Sets) -> set[str]:
    """A lone surname to the one full name that ends in it; a river to "X River". Returns the ambiguous ones."""
    clusters: dict[str, list[_Form]] = defaultdict(list)
    for form in forms.values():
        clusters[sets.find(form.key)].append(form)
    by_last: dict[str, set[str]] = defaultdict(set)
    by_head: dict[str, set[str]] = defaultdict(set)
    for root, members in clusters.items():
        kind, _, _ = _type_of(members)
        for form in members:
            content = form.content
            if form.acronym or len(content) < 2:
                continue
            if kind == "person":
                by_last[content[-1]].add(root)
            if content[-1] in PLACE_HEADS and len(content) == 2:
                by_head[content[0]].add(root)
    ambiguous: set[str] = set()
    for root, members in list(clusters.items()):
        if any(len(f.content) > 1 or f.acronym for f in members):
            continue
        kind, score, _ = _type_of(members)
        targets: set[str] = set()
        for form in members:
            if kind in ("person", "") or score < 3:
                targets |= by_last.get(form.content[0], set())
            targets |= by_head.get(form.content[0], set())
        targets.discard(root)
        if len(targets) == 1:
            sets.union(root, targets.pop())
        elif len(targets) > 1:
            ambiguous.update(f.key for f in members)
    return ambiguous


def _type_of(members: Iterable[_Form]) -> tuple[str, float, bool]:
    """The entity type the cues point to, its score, and whether that is a guess."""
    scores: dict[str, float] = dict.fromkeys(TYPES, 0.0)
    members = list(members)
    for form in members:
        entry = _known(form)
        for cue, count in form.cues.items():
            if entry is not None and cue.startswith("tagged-"):
                continue  # the equivalents table knows what "Islamic State" is; the model learned it as MISC
            if cue in _CUE_WEIGHTS and not (cue == "speech" and form.acronym):
                kind, weight = _CUE_WEIGHTS[cue]
                scores[kind] += weight * count
        if entry is not None:
            scores[entry.type] += 10.0
        words = form.tokens
        plain = not any(w in ORG_HEADS or w in PLACE_HEADS for w in words) and not is_demonym(words[0])
        if len(form.content) >= 2 and not form.acronym and plain:
            scores["person"] += 1.0  # "Omar Alloush": two or three plain capitalised words are usually a person
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    if top == 0:
        acronym = all(f.acronym for f in members)
        guess = "organisation" if acronym else "person" if any(len(f.content) > 1 for f in members) else "place"
        return guess, 0.0, True
    return best, top, top < 2 or second > top / 2


def _first_names(clusters: Iterable[list[_Form]]) -> frozenset[str]:
    """First names of the event's people: a lone "Michael" beside "Michael Jackson" is a person, if not which one."""
    names: set[str] = set()
    for members in clusters:
        if _type_of(members)[0] == "person":
            names.update(f.content[0] for f in members if len(f.content) > 1 and not f.acronym)
    return frozenset(names)


def _entity(members: list[_Form], ambiguous: bool, rank: dict[str, int], first_names: frozenset[str]) -> Entity:
    kind, score, guess = _type_of(members)
    if score == 0 and all(len(f.content) == 1 and f.content[0] in first_names for f in members):
        kind = "person"
    surfaces: Counter[str] = Counter()
    for form in members:
        surfaces.update(form.surfaces)
    first_seen = {s: i for i, s in enumerate(s for f in members for s in f.surfaces)}
    aliases = sorted(surfaces, key=lambda s: (-surfaces[s], first_seen[s]))
    aliases += [t for f in members for t in f.titled if t not in surfaces and t not in aliases]
    citations = sorted({c for f in members for c in f.citations}, key=lambda c: (rank.get(c.article, 0), c.sentence))
    roles: dict[str, str] = {}
    for form in sorted(members, key=lambda f: f.order):
        for role in form.roles:
            roles.setdefault(role.casefold(), role)
    return Entity(
        name=_canonical(members, surfaces, first_seen),
        type=kind,
        aliases=tuple(aliases),
        roles=tuple(roles.values()),
        citations=tuple(citations),
        uncertain=guess or ambiguous,
    )


def _canonical(members: list[_Form], surfaces: Counter[str], first_seen: dict[str, int]) -> str:
    """The fullest common variant: the most frequent multi-word form, else the table's name, else the most used."""
    full = [s for s in surfaces if len([t for t in key(s).split() if t not in JOINERS]) >= 2 and not s.isupper()]
    if full:
        return min(full, key=lambda s: (-surfaces[s], -len(key(s).split()), first_seen[s]))
    entry = next((e for e in (_known(f) for f in members) if e is not None), None)
    if entry is not None:
        return entry.name
    return min(surfaces, key=lambda s: (-surfaces[s], first_seen[s]))


def part(context: Context, record: DigestRecord) -> DigestRecord:
    """The digest's entities (see `digest.context.Part`)."""
    return replace(record, entities=extract_entities(context.articles))
