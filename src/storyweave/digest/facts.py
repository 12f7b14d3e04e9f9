"""An event's facts: quantified claims per sentence, grouped across reports and languages, each group labelled.

A claim is a figure a sentence states (`quantities`: a count, a percentage, a sum, a duration; measures such as
"161 km" are read but not claimed) or the month a campaign began ("since early June", "siden juli", "began in
June"; unit "start date", value the month as YYYYMM: 201706), with what it counts: the counted noun, the event verb
that belongs to the figure and the place it happened ("ISIS fighters killed (hospital)"). "22 were reportedly
killed" names no noun and "killed in that battle" names no place; the subject is then taken from the group's other
claims or, for "that battle", from the previous sentence, and says it was guessed. A figure that cannot be read, and
a sentence that reads as a table of figures, become no claim: the fact list says so in a note (a fact with no
claims, marked uncertain), never with an invented figure.

A claim's time is the day (or month, or year) its clause names, else its report's news day: the day it was
published, or, for a report dated only through its event (`anchor`), the day its lead names. A borrowed anchor is
the latest day a report mentions, which for an updated wire story is the update's day, not the day of the body it
kept: Al Arabiya's "Some 100 fighters ... Friday" lead and its "more than 80 percent" are Friday's news although the
story goes on to Saturday.

Claims are compared within one dimension (counts, percentages, durations, each currency, start dates; split further
by event and by bands of value when there are hundreds), so a big event never compares everything with everything.
Identical copies of one claim (one wire story in many outlets) are compared once and weighed by their number. Their
similarity is `align.similarity` of their clauses (words, shared figures and names) and, across languages when an
encoder is given, of their cores' meaning, plus agreement of their event verbs and values; groups form by average
link. Claims about different things never meet: different events (killed / surrendered), fighters / civilians,
figures an order of magnitude apart, times months apart, or claims that share neither an event nor a counted word.

The status rule, applied to a group's claims:

- `single`: all claims come from one report (repeats within a report are one claim with several citations).
- `agreed`: every two claims' ranges overlap (within 10%), and claims made at different times also state the same
  figure (within 10%, or their ranges overlap when either is a word for a range). A different figure on a later day
  is an update, not a confirmation.
- `changed`: not agreed, but claims made at the same time agree, and the figures move one way as time passes, upward
  for what only accumulates (killed, captured, fled, surrendered, ...). "More than 80 percent" on Friday and
  "rundt 90 prosent" on Saturday is `changed`.
- `conflict`: anything else: incompatible figures at the same (or an unknown) time, or a series that goes back on
  itself. A campaign starts once, so start dates that differ are a conflict whenever they were reported.

A fact is `uncertain` when its subject was guessed, when its grouping rests on a weak link (or crossed languages
without an encoder), or when its `changed`/`conflict` rests on times borrowed from the event rather than the report.
Facts are ordered by how many reports support them; notes come last.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

import numpy as np
import numpy.typing as npt

from storyweave.digest.align import Matrix, common_anchors, idf_table, language_centres, similarity
from storyweave.digest.anchor import Anchor, anchor_articles
from storyweave.digest.dates import DateMention, resolve
from storyweave.digest.quantities import Quantity, Unread, dimension, in_days, is_number_word, read_quantities
from storyweave.model import Article, Citation, Claim, Fact, FactStatus, Sentence, iso_date
from storyweave.represent.evidence import fold

Embed = Callable[[Sequence[str]], Matrix]

START = "start date"
TOLERANCE = 0.10
SAME_QUANTITY = 0.35
WEAK_LINK = 0.15
EVENT_BONUS = 0.15
VALUE_BONUS = 0.10
APART_DAYS = 120
ORDER_OF_MAGNITUDE = 8.0
MAX_BLOCK = 400
EMBED_BUDGET = 300
LEAD_SENTENCES = 2
LOOKBACK_DAYS = 14
MAX_NOTES = 5

_LANGUAGE_ALIASES = {"nb": "no", "nn": "no"}
_OF_AFTER = re.compile(r"\s+(?:of|av|von|des|de|d'|del)\s", re.I)
_CLAIMED = re.compile(r"^(?:count|percent|duration|[A-Z]{3})$")  # measures (km, tonnes) are read, not claimed
_TOKEN = re.compile(r"\w[\w'’\-]*")
_PARTICIPLE = re.compile(
    r"^[a-z]{2,}(?:ed|et)$|^ge[a-zäöüß]{3,}t$"
)  # "houses damaged", "hus skadet", "Häuser getroffen"

# Function words: a counted noun stops at one, a place is looked for after a locative one.
_STOP = {
    "en": """a an the this that these those its their his her our your my some any all each every many much more most
        few several other another such no not and or but nor so yet while whereas although though because as than then
        when where which who whom whose what how if whether of in on at to for from by with without within into onto
        over under about after before since during until upon among between through across against around near toward
        towards per via is are was were be been being am has have had having do does did will would shall should can
        could may might must said says say told according reportedly allegedly also still already just only even
        there here it they them he she we you i including include so-called now again too very earlier later today
        yesterday believed thought estimated made left gone taken given got become became went came last first next
        past recent following less fewer least most""",
    "no": """en ei et den det de dem denne dette disse sin sitt sine hans hennes deres vår vårt våre noen noe ingen alle
        hver mange mye flere få andre annen og eller men mens fordi som enn da når hvor hvem hva hvis om av i på til
        for fra med uten innen over under etter før siden gjennom mellom mot rundt ved hos er var vært være har hadde
        ha blir ble blitt skal skulle vil ville kan kunne må måtte bør sier sa ifølge angivelig også fortsatt
        allerede bare kun ikke nå seg så deretter tidligere senere i dag å står sto ligger lå finnes fikk kom gikk""",
    "de": """der die das den dem des ein eine einer eines einem einen dieser diese dieses jener sein seine ihr ihre
        unser kein keine alle jede viele mehr wenige andere und oder aber sondern während weil als wie wenn wo wer was
        dass ob von vom in im an am auf zu zum zur für aus bei mit ohne nach vor seit über unter um durch gegen
        zwischen bis ist sind war waren sein gewesen hat haben hatte hatten wird werden wurde wurden soll sollen kann
        können muss müssen sagte sagt laut angeblich auch noch bereits schon nur nicht jetzt wieder sich es sie er wir
        heute gestern kamen kam stehen steht liegt liegen gibt gab""",
    "fr": """le la les l un une des du de d ce cet cette ces son sa ses leur leurs notre aucun aucune tous toutes tout
        chaque plusieurs autres et ou mais tandis que car comme quand où qui quoi dont si à au aux en dans sur sous
        pour par avec sans après avant depuis pendant entre vers contre chez selon est sont était étaient être été a
        ont avait avaient avoir sera seront va vont peut peuvent doit dit déclaré aussi encore déjà seulement ne pas
        plus se s il elle ils elles on y aujourd hier""",
    "es": """el la los las lo un una unos unas este esta estos estas ese esa esos esas su sus nuestro ningún ninguna
        todos todas cada muchos varios otros otras y o pero mientras porque como cuando donde quien quienes que cual
        cuales si de del a al en sobre bajo para por con sin tras antes desde durante entre hacia contra según es son
        era eran ser sido fue fueron ha han había habían haber será serán va van puede pueden debe dijo también
        todavía ya solo no más se le les hoy ayer está están estaba estaban hay""",
}
_OF = frozenset("of av von der des de d del di".split())
_LOCATIVE = frozenset(
    "in at on near inside around outside for i på ved inne utenfor rundt im am an auf bei um für dans à au près sur "
    "en cerca dentro".split()
)
_DEMONSTRATIVE = frozenset(
    "that this those these denne dette disse dieser diese dieses jener ce cette ces ese esa este esta".split()
)
_GENERIC_EVENT = re.compile(
    r"^(?:battle|attack|fight|fighting|assault|advance|operation|clash|clashes|offensive|raid|kampen|slaget|angrepet|"
    r"kamp|kampf|angriff|schlacht|combat|bataille|attaque|assaut|combate|batalla|ataque|asalto)$"
)

# What happened to what is counted, in any of the five languages; the key is the same across languages.
_EVENTS: dict[str, str] = {
    "killed": r"kill(?:ed|ing|s)?|dead|died|dies|slain|death toll|drept|drepte|døde|død|omkom\w*|getötet\w*|tot|"
    r"tote|toten|starben|gestorben|ums leben|tués?|tuées?|morts?|décédés?|muert[oa]s?|murieron|fallecid\w+|"
    r"asesinad\w+|perdieron la vida",
    "wounded": r"wound\w*|injur\w*|hurt|såret|sårede|skadd\w*|skadet|verletzt\w*|verwundet\w*|blessé\w*|herid[oa]s?",
    "surrendered": r"surrender\w*|hand(?:ed|ing)? themselves over|turned themselves in|gave themselves up|"
    r"overgitt|overga|ergeben|ergaben|kapituliert\w*|rendus|rendu|se rindieron|rendid[oa]s|entregad[oa]s",
    "captured": r"captur\w*|seiz\w*|retak\w*|retook|recaptur\w*|took control|taken control|liberat\w*|"
    r"gjenerobr\w*|erobr\w*|inntatt|befridd|frigjort|zurückerobert|erobert|eingenommen|befreit|repris\w*|"
    r"conquis|reconquis|libéré\w*|recuperad[oa]s?|reconquist\w*|tomad[oa]s?|liberad[oa]s?",
    "fled": r"fled|flee\w*|escap\w*|flykt\w*|geflohen|flohen|fliehen|geflüchtet|fui|fuient|fuyant|huyeron|huido|"
    r"huyendo",
    "displaced": r"displac\w*|homeless|fordrevet|fordrevne|hjemløse|vertrieben\w*|obdachlos\w*|déplacé\w*|sans-abri|"
    r"desplazad\w+|sin hogar|damnificad[oa]s",
    "left": r"forlatt|forlot|forlate|verlassen|verließen|quitté\w*|abandonaron|salieron",
    "remaining": r"remain\w*|trapped|holed up|last stand|left behind|igjen|gjenværende|fanget|eingeschlossen|"
    r"verblieben\w*|verbleibend\w*|restants?|piégé\w*|coincé\w*|atrapad[oa]s|quedan|permanecen",
    "arrested": r"arrest\w*|detain\w*|pågrepet|arrestert|festgenommen|verhaftet|inhaftiert|arrêté\w*|interpellé\w*|"
    r"détenus?|detenid[oa]s|arrestad[oa]s",
    "released": r"freed|released|løslatt|frigitt|freigelassen|relâché\w*|excarcelad[oa]s",
    "evacuated": r"evacuat\w*|evakuert\w*|evakuiert\w*|évacué\w*|evacuad[oa]s",
    "missing": r"missing|savnet|vermisst\w*|disparus?|desaparecid[oa]s",
    "population": r"population|befolkning\w*|bevölkerung|población",
}
_EVENT = re.compile("|".join(rf"(?P<{key}>(?<!\w)(?:{pattern})(?!\w))" for key, pattern in _EVENTS.items()), re.I)
_ACCUMULATES = frozenset("killed wounded captured fled displaced left surrendered arrested evacuated released".split())
_CLASSES = {
    "combatants": re.compile(
        r"fighter|militant|jihadi|gunm[ae]n|soldier|troop|rebel|insurgent|extremist|terrorist|kriger|soldat|"
        r"opprør|kämpfer|dschihadist|milizionär|combattant|djihadiste|jihadiste|insurgé|rebelle|combatiente|"
        r"yihadista|insurgente|milician|rebelde|terrorista",
        re.I,
    ),
    "civilians": re.compile(
        r"civilian|resident|women|children|refugee|sivil|innbygger|barn|kvinne|flyktning|zivilist|einwohner|"
        r"kinder|frauen|flüchtling|civils|habitant|enfant|femme|réfugié|civiles|niños|mujeres|refugiad",
        re.I,
    ),
}
_PEOPLE = re.compile(r"people|person|men\b|mennesker|personer|menschen|personen|personnes|gens|personas", re.I)
_CAMPAIGN = re.compile(
    r"(?<!\w)(?:offensive|offensiven|offensiv|battle|assault|campaign|operation|siege|push|war|slaget|kampen|"
    r"angrepet|operasjonen|beleiringen|krigen|schlacht|angriff|kampf|belagerung|krieg|bataille|assaut|campagne|"
    r"opération|siège|guerre|ofensiva|batalla|asalto|campaña|operación|asedio|guerra)(?!\w)",
    re.I,
)
_STARTED = re.compile(
    r"(?<!\w)(?:began|begun|begin|begins|started|start|starts|launched|launching|launch|opened|kicked off|startet|"
    r"begynte|innledet|lansert|begann|begonnen|gestartet|eingeleitet|commencé|lancé|lancée|débuté|déclenché|"
    r"comenzó|inició|lanzó|empezó|arrancó)(?!\w)",
    re.I,
)
_CONJUNCTION = re.compile(
    r"^(?:while|whereas|but|and|mens|men|og|während|aber|und|tandis que|mais|et|mientras|pero|y)\s+", re.I
)
_CLAUSE = re.compile(
    r";|\s[–—]\s|,\s+(?=(?:while|whereas|but|and|mens|men|og|während|aber|und|tandis que|mais|et|mientras|pero|y)\s)",
    re.I,
)
_TEMPLATES = {
    "percent": {"en": "share of {}", "no": "andel av {}", "de": "Anteil von {}", "fr": "part de {}", "es": "parte de {}"},
    "duration": {"en": "duration of {}", "no": "varighet av {}", "de": "Dauer von {}", "fr": "durée de {}",
                 "es": "duración de {}"},
    START: {"en": "start of {}", "no": "start på {}", "de": "Beginn von {}", "fr": "début de {}", "es": "inicio de {}"},
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Draft:
    """One claim as read from one sentence, before grouping."""

    article: str
    sentences: tuple[int, ...]
    language: str
    text: str
    core: str  # the words that state the claim: figure, what it counts, what happened to it, where
    reach: int  # where those words end in the sentence
    value: float
    low: float
    high: float
    unit: str
    vague: bool
    noun: str
    kind: str  # "combatants", "civilians" or "" (people in general, or things)
    event: str  # a key of _EVENTS, "start" for a start date, or ""
    event_word: str
    place: str
    guessed: bool  # the subject was completed from the previous sentence or from the words around the figure
    time: str | None
    borrowed: bool  # the time rests on an anchor borrowed from the event

    @property
    def dimension(self) -> str:
        return dimension(self.unit)


@dataclass
class _Notes:
    unread: list[tuple[str, Unread]]
    tables: int = 0
    banded: int = 0
    words_only: bool = False


def extract_facts(
    articles: Sequence[Article],
    *,
    embed: Embed | None = None,
    centre: Matrix | None = None,
    max_facts: int | None = 60,
) -> tuple[Fact, ...]:
    """The event's facts, most supported first, then notes on what could not be read (facts without claims)."""
    anchors = anchor_articles(articles)
    notes = _Notes(unread=[])
    drafts = [d for article in articles for d in _merge_repeats(_article_claims(article, anchors[article.id], notes))]
    if not drafts:
        return tuple(_notes(notes, 0))
    sentences = [s.text for a in articles for s in a.sentences]
    idf = idf_table(sentences)
    common = common_anchors(sentences)
    spoken = Counter(d.language for d in drafts)
    languages = set(spoken)
    vectors: dict[str, Matrix] | None = None
    centres: dict[str, Matrix] = {}
    if embed is not None and len(languages) > 1:
        texts = list(dict.fromkeys(d.core for d in drafts))
        if len(texts) <= EMBED_BUDGET:
            vectors, centres = _meaning(texts, drafts, embed, centre)
        else:
            notes.words_only = True
    facts: list[tuple[Fact, int, int]] = []
    for block in _blocks(_copies(drafts), notes):
        for members, weak in _group(block, idf, common, vectors, centres):
            crossed = vectors is None and len({m.language for m in members}) > 1
            facts.append(_fact(members, weak or crossed, spoken))
    facts.sort(key=lambda item: (-item[1], -item[2], item[0].subject))
    chosen = [fact for fact, _, _ in facts]
    left_out = 0
    if max_facts is not None and len(chosen) > max_facts:
        left_out = len(chosen) - max_facts
        chosen = chosen[:max_facts]
    return tuple(chosen + _notes(notes, left_out))


# --- claims of one report -----------------------------------------------------------------------------------------


def _article_claims(article: Article, anchor: Anchor, notes: _Notes) -> list[_Draft]:
    language = _LANGUAGE_ALIASES.get(article.language, article.language)
    news_day, borrowed = _news_day(article, anchor)
    drafts: list[_Draft] = []
    previous = ""
    for sentence in article.sentences:
        if _table_like(sentence.text):
            notes.tables += 1
            previous = sentence.text
            continue
        mentions = resolve(sentence.text, anchor.value, _date_language(language))
        reading = read_quantities(sentence.text, language, dates=mentions if anchor.value else None)
        notes.unread.extend((article.id, u) for u in reading.unread)
        figures = [q for q in reading.quantities if _CLAIMED.match(dimension(q.unit))]
        reach = 0  # where the previous figure's own words end: "200,000 were killed and two million made homeless"
        for k, quantity in enumerate(figures):
            following = figures[k + 1].start if k + 1 < len(figures) else len(sentence.text)
            draft = _count_claim(
                sentence, quantity, (reach, following), mentions, language, previous, (news_day, borrowed)
            )
            reach = max(reach, draft.reach if draft else quantity.end)
            if draft is not None:
                drafts.append(draft)
        drafts.extend(_start_claims(sentence, mentions, language, (news_day, borrowed)))
        previous = sentence.text
    return drafts


def _news_day(article: Article, anchor: Anchor) -> tuple[date | None, bool]:
    """The day a report's undated sentences speak of: its own date, else the day its lead names, else its anchor."""
    if anchor.value is None or not anchor.borrowed:
        return anchor.value, anchor.borrowed
    language = _date_language(_LANGUAGE_ALIASES.get(article.language, article.language))
    for sentence in article.sentences[:LEAD_SENTENCES]:
        for mention in resolve(sentence.text, anchor.value, language):
            if _firm_day(mention) and anchor.value - timedelta(LOOKBACK_DAYS) <= mention.value <= anchor.value:
                return mention.value, True
    return anchor.value, True


def _firm_day(mention: DateMention) -> bool:
    return mention.precision == "day" and mention.kind != "span" and not mention.approximate


def _date_language(language: str) -> str:
    return "nb" if language == "no" else language or "en"


def _table_like(text: str) -> bool:
    """A row of figures ("Raqqa 1,000 2,000 35%", or cells split by tabs or bars) states no claim we can attribute."""
    tokens = text.split()
    figures = sum(1 for t in tokens if any(c.isdigit() for c in t))
    if ("\t" in text or text.count("|") >= 2) and figures >= 2:
        return True
    return figures >= 4 and figures >= 0.3 * len(tokens)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a span: "..., while 22 were reportedly killed" is its own claim."""
    left, right = 0, len(text)
    for cut in _CLAUSE.finditer(text):
        if cut.end() <= start:
            left = cut.end()
        elif cut.start() >= end:
            right = cut.start()
            break
    if len(_TOKEN.findall(text[left:right])) < 4:
        return 0, len(text)
    return left, right


def _clause_text(text: str, left: int, right: int) -> str:
    """The clause as a reader would quote it: without the conjunction that joined it to the sentence."""
    clause = text[left:right].strip(" ,;–—")
    if left > 0:
        clause = _CONJUNCTION.sub("", clause, count=1)
    return clause


def _count_claim(
    sentence: Sentence,
    quantity: Quantity,
    bounds: tuple[int, int],
    mentions: list[DateMention],
    language: str,
    previous: str,
    news: tuple[date | None, bool],
) -> _Draft | None:
    text = sentence.text
    left, right = _clause(text, quantity.start, quantity.end)
    clause = _clause_text(text, left, right)
    stop = _stop_words(language)
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, left, right)]
    dated = [(m.start, m.end) for m in mentions]
    noun, noun_end = _noun_after(text, tokens, quantity, language, dated)
    if not noun:
        noun, noun_end = _noun_before(tokens, quantity, stop), quantity.end
    own = _EVENT.search(noun)
    if own:
        event_word, event, event_start, event_end = own.group(0), own.lastgroup or "", quantity.start, quantity.end
    else:
        # another figure's verb is not this one's: "512 houses damaged and 12 people injured"
        near = (max(left, bounds[0]), min(right, bounds[1]))
        event_word, event, event_start, event_end = _event_near(text, *near, quantity.start, quantity.end)
    if dimension(quantity.unit) == "duration":
        event_word, event = "", ""  # a duration's neighbouring verb is the story's, not the duration's
        event_start, event_end = quantity.start, quantity.end
        if "-" not in quantity.text and not _OF_AFTER.match(text, quantity.end):
            noun, noun_end = (
                "",
                quantity.end,
            )  # "a four-month battle", "three years of rule"; not "for 16 days Elisabeth"
    if quantity.unit == "count" and not noun and not (event and -15 <= event_start - quantity.end <= 30):
        return None  # a figure with nothing it counts ("22 were killed" counts; "report 12 said" does not)
    if quantity.unit == "count" and quantity.value < 10 and quantity.qualifier == "exact" and not _people(noun):
        return None  # "two countries", "the last two positions": small figures of things are not the news
    place, guessed, place_end = _place(text, tokens, max(event_end, quantity.end), language, previous, dated)
    if not noun and not event:
        noun, guessed = _context(text, tokens, quantity), True
    time, borrowed = _claim_time(mentions, left, right, quantity.start, news)
    reach = max(noun_end, event_end, place_end)
    core = text[min(quantity.start, event_start) : reach]
    return _Draft(
        article=sentence.article_id,
        sentences=(sentence.index,),
        language=language,
        text=clause if len(clause) >= 20 else text,
        core=f"{core} {place}" if guessed and place else core,
        reach=reach,
        value=quantity.value,
        low=quantity.low,
        high=quantity.high,
        unit=quantity.unit,
        vague=quantity.qualifier in ("vague", "range"),
        noun=noun,
        kind=_kind(noun),
        event=event,
        event_word=event_word,
        place=place,
        guessed=guessed,
        time=time,
        borrowed=borrowed,
    )


def _start_claims(
    sentence: Sentence, mentions: list[DateMention], language: str, news: tuple[date | None, bool]
) -> list[_Draft]:
    """ "since early June", "siden juli", "began in June": the month a campaign named nearby started."""
    drafts = []
    text = sentence.text
    for mention in mentions:
        if mention.precision == "year" or mention.approximate:
            continue
        left, right = _clause(text, mention.start, mention.end)
        started = mention.kind == "span" or any(
            0 <= mention.start - m.end() <= 60 for m in _STARTED.finditer(text, left, right)
        )
        campaigns = [m for m in _CAMPAIGN.finditer(text, left, right) if abs(m.start() - mention.start) <= 90]
        if not started or not campaigns:
            continue
        campaign = min(campaigns, key=lambda m: abs(m.start() - mention.start))
        tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, left, right)]
        dated = [(m.start, m.end) for m in mentions]
        place, _, place_end = _place_after(text, tokens, campaign.end(), language, dated)
        month = float(mention.value.year * 100 + mention.value.month)
        time, borrowed = _claim_time([], left, right, mention.start, news)
        clause = _clause_text(text, left, right)
        drafts.append(
            _Draft(
                article=sentence.article_id,
                sentences=(sentence.index,),
                language=language,
                text=clause if len(clause) >= 20 else text,
                core=text[min(campaign.start(), mention.start) : max(campaign.end(), mention.end, place_end)],
                reach=max(campaign.end(), mention.end, place_end),
                value=month,
                low=month,
                high=month,
                unit=START,
                vague=False,
                noun=_campaign_phrase(text, campaign),
                kind="",
                event="start",
                event_word="",
                place=place,
                guessed=False,
                time=time,
                borrowed=borrowed,
            )
        )
    return drafts


def _campaign_phrase(text: str, campaign: re.Match[str]) -> str:
    before = text[max(0, campaign.start() - 5) : campaign.start()].lower()
    article = "the " if before.endswith("the ") else ""
    return article + campaign.group(0).lower()


def _stop_words(language: str) -> frozenset[str]:
    return _STOP_SETS.get(language, _STOP_SETS["en"])


_STOP_SETS = {language: frozenset(words.split()) for language, words in _STOP.items()}


def _noun_after(
    text: str,
    tokens: list[tuple[str, int, int]],
    quantity: Quantity,
    language: str,
    dated: list[tuple[int, int]],
) -> tuple[str, int]:
    """The words a figure counts: "22 ISIS fighters were killed" → "ISIS fighters"; "80 percent of the city" →
    "the city"; "Dozens of foreign militants" → "foreign militants"."""
    stop = _stop_words(language)
    picked: list[str] = []
    skipped: list[str] = []
    position = quantity.end
    for word, start, end in (t for t in tokens if t[1] >= quantity.end):
        if _broken(text, position, start):
            break
        lowered = word.lower()
        if not picked and (lowered in _OF or (skipped and lowered in stop)) and len(skipped) < 3:
            skipped.append(lowered)
            position = end
            continue
        if lowered in stop or _verb(word) or _within(start, dated) or word[0].isdigit():
            break
        if picked and _PARTICIPLE.match(word):
            break  # "512 houses damaged": the noun ends where its participle starts
        if picked and language == "de" and picked[-1][0].isupper() and word[0].islower():
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


def _verb(word: str) -> bool:
    return bool(_EVENT.fullmatch(word) or _STARTED.fullmatch(word))


def _within(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in spans)


def _noun_before(tokens: list[tuple[str, int, int]], quantity: Quantity, stop: frozenset[str]) -> str:
    """ "a pre-war population of more than 200,000" → "pre-war population"."""
    before = [t for t in tokens if t[2] <= quantity.start]
    if len(before) < 2 or before[-1][0].lower() not in _OF:
        return ""
    words: list[str] = []
    for word, _, _ in reversed(before[:-1]):
        if word.lower() in stop or len(words) == 2:
            break
        words.append(word)
    return " ".join(reversed(words))


def _event_near(text: str, left: int, right: int, start: int, end: int) -> tuple[str, str, int, int]:
    """What happened to what is counted: the event verb after the figure ("22 ... were killed", "4,000 civilians
    who remain trapped"), else the nearest one before it ("captured more than 80 percent")."""
    after: list[tuple[int, re.Match[str]]] = []
    before: list[tuple[int, re.Match[str]]] = []
    for match in _EVENT.finditer(text, left, right):
        if match.start() >= end and match.start() - end <= 90:
            after.append((match.start() - end, match))
        elif match.end() <= start and start - match.end() <= 60:
            before.append((start - match.end(), match))
    best = min(after or before, default=None, key=lambda pair: pair[0])
    if best is None:
        return "", "", start, end
    return best[1].group(0), best[1].lastgroup or "", best[1].start(), best[1].end()


def _place(
    text: str,
    tokens: list[tuple[str, int, int]],
    at: int,
    language: str,
    previous: str,
    dated: list[tuple[int, int]],
) -> tuple[str, bool, int]:
    """Where it happened: the last place of the locative chain right after the event ("in the final attack on the
    hospital" → "hospital"); "in that battle" takes the last thing the previous sentence named, as a guess."""
    place, demonstrative, end = _place_after(text, tokens, at, language, dated)
    if place and demonstrative and _GENERIC_EVENT.match(place.split()[-1].lower()) and previous:
        antecedent = _last_thing(previous, _stop_words(language))
        if antecedent:
            return antecedent, True, end
    return place, False, end


def _place_after(
    text: str, tokens: list[tuple[str, int, int]], position: int, language: str, dated: list[tuple[int, int]]
) -> tuple[str, bool, int]:
    """The head of the last phrase in a chain of locative phrases starting within a few words of `position`, and
    whether a demonstrative ("that", "denne") introduced it."""
    stop = _stop_words(language)
    after = [t for t in tokens if t[1] >= position][:16]
    place, demonstrative, end = "", False, position
    i, chained = 0, False
    while i < len(after):
        word = after[i][0].lower()
        if _within(after[i][1], dated) or (not chained and i > 3):
            break
        if not (word in _LOCATIVE or (chained and word in _OF)) or (i and _broken(text, after[i - 1][2], after[i][1])):
            if chained:
                break
            i += 1
            continue
        j = i + 1
        pointing = False
        while j < len(after) and after[j][0].lower() in stop and after[j][0].lower() not in _LOCATIVE:
            pointing = pointing or after[j][0].lower() in _DEMONSTRATIVE
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
    words = [str(w) for w in _TOKEN.findall(sentence) if w.lower() not in stop]
    weekdays = re.compile(r"(?i)^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening)$")
    for word in reversed(words):
        if not weekdays.match(word) and not word[0].isdigit():
            return word
    return ""


def _context(text: str, tokens: list[tuple[str, int, int]], quantity: Quantity) -> str:
    """The words around a figure that names nothing it counts, quoted: "“... airstrikes in or around Raqqa for 24
    hours”" says more than any noun we could pick."""
    start = quantity.start
    for _, begin, end in reversed([t for t in tokens if t[2] <= quantity.start][-6:]):
        if _broken(text, end, start):
            break
        start = begin
    if start < quantity.start:
        return f"“…{text[start : quantity.end]}”"
    after = [t for t in tokens if t[1] >= quantity.end][:6]
    end = quantity.end
    for _, start, stop in after:
        if _broken(text, end, start):
            break
        end = stop
    return f"“{text[quantity.start : end]}…”"


def _kind(noun: str) -> str:
    for kind, pattern in _CLASSES.items():
        if pattern.search(noun):
            return kind
    return ""


def _people(noun: str) -> bool:
    return bool(_kind(noun) or _PEOPLE.search(noun))


def _claim_time(
    mentions: list[DateMention], left: int, right: int, at: int, news: tuple[date | None, bool]
) -> tuple[str | None, bool]:
    """The date the clause names nearest the figure (not a span's start: "since June" is not when), else the news
    day of the report."""
    own = [m for m in mentions if left <= m.start < right and m.kind != "span" and not m.approximate]
    if own:
        nearest = min(own, key=lambda m: abs(m.start - at))
        return iso_date(nearest.value, nearest.precision), news[1] and nearest.kind == "relative"
    day, borrowed = news
    return (day.isoformat() if day else None), borrowed


def _merge_repeats(drafts: list[_Draft]) -> list[_Draft]:
    """A report that states the same figure twice ("Some 100 fighters ...", "the 100 fighters ...") is one witness:
    one claim citing both sentences."""
    merged: list[_Draft] = []
    for draft in drafts:
        for i, kept in enumerate(merged):
            if _repeat(kept, draft):
                merged[i] = replace(
                    kept,
                    sentences=tuple(sorted(set(kept.sentences + draft.sentences))),
                    noun=kept.noun or draft.noun,
                    kind=kept.kind or draft.kind,
                    event=kept.event or draft.event,
                    event_word=kept.event_word or draft.event_word,
                    place=kept.place or draft.place,
                )
                break
        else:
            merged.append(draft)
    return merged


def _repeat(a: _Draft, b: _Draft) -> bool:
    return (
        a.unit == b.unit
        and a.value == b.value
        and a.time == b.time
        and (not a.event or not b.event or a.event == b.event)
        and (not a.kind or not b.kind or a.kind == b.kind)
    )


# --- grouping -----------------------------------------------------------------------------------------------------


def _meaning(
    texts: list[str], drafts: list[_Draft], embed: Embed, prior: Matrix | None
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


def _copies(drafts: list[_Draft]) -> list[list[_Draft]]:
    """Claims worded identically with the same figure, time and subject (one wire story in many outlets): compared
    once, weighed by how many they are."""
    by_key: dict[tuple[object, ...], list[_Draft]] = {}
    for draft in drafts:
        key = (fold(draft.text), draft.core, draft.value, draft.low, draft.high, draft.unit, draft.time, draft.noun)
        by_key.setdefault(key, []).append(draft)
    return list(by_key.values())


def _blocks(copies: list[list[_Draft]], notes: _Notes) -> list[list[list[_Draft]]]:
    """Claims that could be about one quantity: one dimension, then (when many) one event, then bands of value."""
    by_dimension: dict[str, list[list[_Draft]]] = defaultdict(list)
    for same in copies:
        by_dimension[same[0].dimension].append(same)
    blocks: list[list[list[_Draft]]] = []
    for members in by_dimension.values():
        if len(members) <= MAX_BLOCK:
            blocks.append(members)
            continue
        by_event: dict[str, list[list[_Draft]]] = defaultdict(list)
        for same in members:
            by_event[same[0].event].append(same)
        for alike in by_event.values():
            if len(alike) <= MAX_BLOCK:
                blocks.append(alike)
                continue
            notes.banded += sum(len(same) for same in alike)
            blocks.extend(_bands(sorted(alike, key=lambda c: _base(c[0].value, c[0].unit))))
    return blocks


def _bands(ordered: list[list[_Draft]]) -> list[list[list[_Draft]]]:
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


def _group(
    block: list[list[_Draft]],
    idf: dict[str, float],
    common: frozenset[str],
    vectors: dict[str, Matrix] | None,
    centres: dict[str, Matrix],
) -> list[tuple[list[_Draft], bool]]:
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


def _compatibility(block: list[_Draft]) -> tuple[npt.NDArray[np.bool_], Matrix]:
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
    spans = [_span(d.time) for d in block]
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


def _shared_stems(block: list[_Draft]) -> npt.NDArray[np.bool_]:
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
    return frozenset(fold(word)[:5] for word in _TOKEN.findall(noun) if len(word) > 2 and word.lower() != "the")


# --- facts --------------------------------------------------------------------------------------------------------


def _fact(members: list[_Draft], weak: bool, spoken: Counter[str]) -> tuple[Fact, int, int]:
    members = sorted(members, key=lambda d: (d.time or "", d.article, d.sentences))
    status = _status(members)
    lead = _subject_source(members, spoken)
    subject = _subject(lead, members)
    timed = status in ("changed", "conflict") and members[0].unit != START and any(m.borrowed for m in members)
    guessed = lead.guessed or (not lead.noun and not lead.event)
    claims = tuple(
        Claim(
            value=m.value,
            low=m.low,
            high=m.high,
            unit=m.unit,
            time=m.time,
            text=m.text,
            citations=tuple(Citation(m.article, s) for s in m.sentences),
        )
        for m in members
    )
    reports = len({m.article for m in members})
    fact = Fact(subject=subject, status=status, claims=claims, uncertain=weak or timed or guessed)
    return fact, reports, len(claims)


def _subject_source(members: list[_Draft], spoken: Counter[str]) -> _Draft:
    """The claim that says best what is counted: a noun, an event and a place, read directly, in the group's
    most used language (then the event's)."""
    languages = Counter(m.language for m in members)

    def score(item: tuple[int, _Draft]) -> tuple[int, int, int, int]:
        position, draft = item
        complete = 2 * bool(draft.noun) + bool(draft.event_word or draft.event) + bool(draft.place) - 2 * draft.guessed
        return complete, languages[draft.language], spoken[draft.language], -position

    return max(enumerate(members), key=score)[1]


def _subject(lead: _Draft, members: list[_Draft]) -> str:
    """What is counted, in the words of the claim that says it best: "ISIS fighters killed (hospital)"."""
    noun = lead.noun
    if noun.startswith("“"):  # a figure that names nothing it counts: its words, quoted
        return noun
    event_word = lead.event_word or next((m.event_word for m in members if m.event_word), "")
    if event_word and fold(event_word) in fold(noun):
        event_word = ""
    place = lead.place or next((m.place for m in members if m.place and not m.guessed), "") or lead.place
    dim = lead.dimension
    if dim in _TEMPLATES:
        core = _TEMPLATES[dim].get(lead.language, _TEMPLATES[dim]["en"]).format(noun or event_word or "?")
        if dim == "percent" and event_word and noun:
            core = f"{core} {event_word}"
    else:
        core = " ".join(part for part in (noun, event_word) if part) or "?"
        if dim != "count":
            core = f"{core} ({dim})"
    return f"{core} ({place})" if place and fold(place) not in fold(core) else core


def _status(members: list[_Draft]) -> FactStatus:
    if len({m.article for m in members}) == 1:
        return "single"
    if members[0].unit == START:
        return "agreed" if len({m.value for m in members}) == 1 else "conflict"
    low = np.array([m.low for m in members])
    high = np.array([m.high for m in members])
    value = np.array([m.value for m in members])
    vague = np.array([m.vague for m in members])
    spans = [_span(m.time) for m in members]
    start = np.array([s[0] for s in spans])
    end = np.array([s[1] for s in spans])
    overlap = np.maximum(low[:, None], low[None, :]) <= np.minimum(high[:, None], high[None, :]) * (1 + TOLERANCE)
    scale = np.maximum(np.abs(value[:, None]), np.abs(value[None, :]))
    close = np.where(
        vague[:, None] | vague[None, :], overlap, np.abs(value[:, None] - value[None, :]) <= TOLERANCE * scale
    )
    same_time = (start[:, None] <= end[None, :]) & (start[None, :] <= end[:, None])
    if overlap.all() and (same_time | close).all():
        return "agreed"
    dated = [i for i, m in enumerate(members) if m.time]
    slices = _time_slices(dated, start, end)
    if len(slices) < 2 or any(not overlap[np.ix_(s, s)].all() for s in slices):
        return "conflict"
    undated = [i for i, m in enumerate(members) if not m.time]
    if undated and not overlap[np.ix_(undated, dated)].any(axis=1).all():
        return "conflict"
    series = [float(value[s].mean()) for s in slices]
    steps = [b - a for a, b in pairwise(series) if abs(b - a) > TOLERANCE * max(abs(a), abs(b))]
    rising = all(step > 0 for step in steps)
    falling = all(step < 0 for step in steps)
    accumulates = any(m.event in _ACCUMULATES for m in members)
    if steps and (rising or (falling and not accumulates)):
        return "changed"
    return "conflict"


def _span(time: str | None) -> tuple[int, int]:
    """The days a time covers, as ordinals; an unknown time covers all of them (it could be any)."""
    if not time:
        return -(2**31), 2**31
    parts = [int(p) for p in time.split("-")]
    if len(parts) == 3:
        day = date(*parts).toordinal()
        return day, day
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first.toordinal(), following.toordinal() - 1
    return date(parts[0], 1, 1).toordinal(), date(parts[0], 12, 31).toordinal()


def _time_slices(dated: list[int], start: npt.NDArray[np.int64], end: npt.NDArray[np.int64]) -> list[list[int]]:
    """Claims in order of time; claims made at overlapping times share a slice."""
    slices: list[list[int]] = []
    closes = 0  # the earliest end in the current slice: a claim starting by then overlaps every claim in it
    for i in sorted(dated, key=lambda k: int(start[k])):
        if slices and int(start[i]) <= closes:
            slices[-1].append(i)
            closes = min(closes, int(end[i]))
        else:
            slices.append([i])
            closes = int(end[i])
    return slices


def _notes(notes: _Notes, left_out: int) -> list[Fact]:
    """What the engine could not do, as facts with no claims: an honest gap instead of a figure."""
    found: list[Fact] = []
    for article, unread in notes.unread[:MAX_NOTES]:
        found.append(_note(f"figure not read in report {article}: “{unread.text}” — {unread.reason}"))
    if len(notes.unread) > MAX_NOTES:
        found.append(_note(f"{len(notes.unread) - MAX_NOTES} more figures not read (separators of another language)"))
    if notes.tables:
        found.append(_note(f"{notes.tables} sentence(s) read as tables of figures: no claims taken from them"))
    if notes.banded:
        found.append(_note(f"{notes.banded} claims grouped only within bands of similar value (too many to compare)"))
    if notes.words_only:
        found.append(_note("claims grouped across languages by words, figures and names only (too many to embed)"))
    if left_out:
        found.append(_note(f"{left_out} less supported facts left out"))
    return found


def _note(subject: str) -> Fact:
    return Fact(subject=subject, status="single", claims=(), uncertain=True)
