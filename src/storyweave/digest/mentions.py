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
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from storyweave.digest.equivalents import PHRASES, is_country, key, lookup
from storyweave.language.codes import wordfreq


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lower-case particles that sit inside personal and place names: "Deir al-Zor", "Ludwig van Beethoven".
JOINERS = _words(
    "al el ad ar as ash at az ez es ed er an bin ibn abu bint de da di del der den van von la le du des dos das ter ten"
)
# Closed-class words, adverbs and pronouns that open sentences in the languages we read; never a name on their own.
STOPWORDS = _words(
    # English
    "the a an and but or nor if when while after before as at by for from in into of on to with without this that "
    "these those there here it its he she they we i you his her their our your my me him them us who whom whose "
    "which what where why how all some any many much more most other another such no not only own same so than too "
    "very can will just should now also however meanwhile although though because since until unless whether yet "
    "still even ever both each every few either neither one two three four five six seven eight nine ten first "
    "second third last next new earlier later then thus hence therefore instead despite during according among "
    "between over under above below up down out off again further once about against through throughout toward "
    "towards upon within around near across along amid following including regarding do does did is are was were be "
    "been being have has had may might must shall would could let yes please dozens hundreds thousands scores "
    "several yesterday today tomorrow tonight whatever whoever wherever nearly almost about perhaps maybe indeed "
    "asked speaking meanwhile elsewhere overall finally already rather often sometimes never always unlike like "
    "mr mrs ms "
    # Norwegian, Danish, Swedish
    "og i på til av for med fra om som er var har hadde den det de en ei et at men eller hvis når mens etter før "
    "under over ved mot uten hos han hun vi jeg du dere deg meg seg sin sitt sine hans hennes deres vår våre min "
    "mitt mine din ditt dine denne dette disse der her hvor hva hvem hvorfor hvordan alle noen mange flere mest "
    "andre annen annet slik ikke bare også fortsatt enda nå da så selv både hver ingen rundt ifølge dermed derfor "
    "likevel samtidig tidligere senere først sist neste ny nye dag dagen torsdag og och är har inte men "
    # German
    "der die das dem des ein eine einen einem einer und oder aber wenn als nach vor im an am auf aus bei mit von zu "
    "zum zur für über unter gegen ohne durch er sie es wir ich ihr man dieser diese dieses jeder alle viele einige "
    "auch noch nur schon nicht kein keine dann doch hier dort wie was wer wo warum laut "
    # French
    "le la les l un une des du et ou mais si quand après avant dans en sur sous avec sans pour par chez vers il elle "
    "ils elles nous vous je on ce cette ces celui tout tous toutes plusieurs selon "
    # Spanish
    "el los las unos unas y pero cuando después antes sobre bajo con sin para por desde hasta entre él ella ellos "
    "ellas nosotros yo este esta estos estas ese esa todo todos muchos varios según también"
)
_TIME_WORDS = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july august "
    "september october november december mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar mars "
    "april mai juni juli august september oktober november desember montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag januar februar märz juni juli oktober dezember lundi mardi mercredi jeudi vendredi samedi "
    "dimanche janvier février avril juin juillet août septembre octobre novembre décembre lunes martes miércoles "
    "jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre christmas easter ramadan mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug "
    "sep sept oct nov dec"
)
# Titles that precede a name and are its role, never part of it; the modifiers count only beside a core title.
_TITLE_CORE = _words(
    "president minister secretary general colonel lieutenant captain sergeant commander admiral chancellor king "
    "queen prince princess emir sheikh shaikh imam ayatollah pope cardinal bishop archbishop rabbi senator "
    "chief congressman congresswoman governor mayor judge ambassador director chairman chairwoman professor doctor sir "
    "dame lord sultan spokesman spokeswoman spokesperson speaker herr frau monsieur madame mademoiselle señor señora "
    "bundeskanzlerin bundeskanzler kanzlerin kanzler präsident präsidentin außenminister ministerpräsident sprecher "
    "sprecherin général président presidente ministre ministro statsminister premier secretario secretaria rector "
    "alcalde alcaldesa gobernador gobernadora maire député sénateur juez brig gen col lt maj capt sgt "
    "cpl pvt adm cmdr dr mr mrs ms prof sen rep gov rev hon pres supt insp det mme mlle sr sra dra"
)
_TITLE_MODIFIERS = _words(
    "vice prime deputy foreign defense defence interior finance former acting crown supreme chief senior attorney "
    "major first house state lt. assistant associate executive managing grand opposition police army military "
    "party health justice education energy trade labour labor union cabinet press"
)
_ABBREVIATIONS = _TITLE_CORE | _words("st mt ft jr")
# Heads that make a name an organisation ("Syrian Democratic Forces", "Raqqa Civilian Council").
ORG_HEADS = _words(
    "centers centres institutes ministries forces force units unit council observatory agency army organization organisation ministry department party "
    "committee commission union association institute institution university college school academy bank company "
    "corporation corp inc ltd group front brigade brigades battalion corps guard guards police service services "
    "assembly parliament congress senate court office authority federation league foundation fund society board "
    "alliance movement coalition center centre network press news times post journal media television radio "
    "programme program cross crescent airlines airways motors electric industries holdings church mosque club team government administration "
    "command regime militia "
    # heads in the other languages we read; in French and Spanish they open the name ("Universidad de Antioquia")
    "universidad facultad secretaría ministerio gobierno alcaldía ayuntamiento consejo comisión fiscalía policía "
    "ejército partido fundación instituto banco empresa université ministère conseil assemblée parti gouvernement "
    "armée commission banque société fondation institut agence ministerium universität regierung polizei partei "
    "bundeswehr armee gericht kommission stiftung agentur verband departementet universitetet partiet politiet "
    "regjeringen forsvaret"
)
# Heads that make a name a place ("Euphrates River", "National Hospital").
PLACE_HEADS = _words(
    "river province city valley mountains mountain lake sea island islands street square bridge airport hospital "
    "stadium desert strait gulf bay ocean region county district park border town village governorate"
)
_PLACE_NEXT = _words(
    "province city region governorate district county river valley border town village area neighborhood "
    "neighbourhood countryside outskirts provinsen regionen byen fylke kommune"
)
_PLACE_PREFIXES = _words(
    "san santa santo são sao saint sainte st puerto port porto mount mt lake fort cape ciudad los las new"
)
_PLACE_PREPS = _words("in near outside across throughout inside i ved nær utenfor nach bei im à au en aux")
_PLACE_OF = _words("city town village province district region byen")
_ORG_NEXT = _words(
    "agency coalition government forces army party company ministry council news newspaper "
    "spokesman spokeswoman spokesperson commander commanders leader leaders official officials chief alliance "
    "witness reporter correspondent statement"
)
_GROUP_NEXT = _words(
    "group militia militias fighters militants rebels jihadists jihadis insurgents militiamen members supporters loyalists gunmen "
    "positions territory rule control stronghold strongholds"
)
_ORG_SUFFIXES = _words("styrkene styrker styrkane hæren regjeringen regjeringa partiet ledelsen alliansen")
_GROUP_SUFFIXES = _words(
    "krigere krigerne krigarar krigarane kontroll kontrollert kontrollerte bastionen militsen held controlled "
    "fighters militants"
)
_PLACE_SUFFIXES = _words("provinsen regionen byen based området grensen")
# Role nouns: the head of "SDF spokesman", "spokesman for the U.S.-led coalition", "talsmann for YPG-styrkene".
ROLE_NOUNS = _words(
    "spokesman spokeswoman spokesperson commander leader head chief director minister president official "
    "secretary chairman chairwoman chair envoy ambassador general colonel officer analyst researcher professor "
    "expert founder mayor governor senator lawmaker adviser advisor correspondent reporter editor deputy "
    "representative coordinator negotiator prosecutor judge lawyer attorney economist activist journalist "
    "executive ceo manager spokespeople talsmann talskvinne talsperson leder sjef direktør statsminister "
    "utenriksminister forsvarsminister forsker ordfører ambassadør rådgiver redaktør analytiker sprecher "
    "sprecherin porte-parole ministre directeur commandant portavoz ministro presidente jefe comandante"
)
_ROLE_PREPS = _words("for of at with til i ved hos de du des der von für del di")
_ROLE_MODIFIER_ORGS = _words("coalition army police government military militia rebel opposition party ministry")
SPEECH_AFTER = _words(
    "said says say told tells added adds announced announces stated declared explained wrote writes warned "
    "insisted noted claimed confirmed cried shouted replied asked reported sier sa forteller fortalte opplyser "
    "opplyste skriver skrev melder meldte uttaler uttalte hevder hevdet understreker sagte erklärte betonte dijo "
    "afirmó declaró"
)
_SPEECH_BEFORE = _words(
    "said says added asked wrote sier sa skriver forteller opplyser sagte erklärte dijo cried shouted replied"
)
# Adjectives of place that are capitalised in English and never a name on their own ("Syrian forces").
_DEMONYMS = _words(
    "kurdish arab arabic british english french dutch swiss greek turkish western eastern northern southern "
    "sunni shiite shia islamic muslim christian jewish yazidi alawite islamist jihadist european african asian american "
    "canadian australian latin scandinavian nordic norwegian swedish danish finnish irish scottish welsh spanish "
    "portuguese polish czech chinese japanese korean vietnamese thai filipino lebanese sudanese congolese "
    "palestinian persian gulf ottoman soviet allied federal international national regional local"
)
_DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese", "ish", "ean")
_ROMAN = re.compile(r"^(?=[MDCLXVI]{2,}$)M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
_NOT_ACRONYMS = _words("AM PM OK TV GMT UTC EST EDT CET BST ID CEO CFO COO PS PhD DNA GDP NO LRB RRB LSB RSB LCB RCB")

_TOKEN = re.compile(
    r"(?<![\w.])(?:[A-Z]\.){2,}"  # dotted acronyms: U.S., U.K.
    r"|(?<![\w'’])(?:[lLdDnN]|[qQ]u)['’](?=[^\W\d_])"  # French and Italian elisions: l'État, d'Alep
    r"|[^\W\d_](?:\w|['’](?=[^\W\d_])|[-‐‑](?=[^\W_]))*(?:['’](?![^\W\d_]))?"
)
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})(?:,\s*[A-Z][\w.]+)?\s*"
    r"(?:\((?P<agency>[A-Z][\w .&-]{1,30})\)\s*[—–:-]+|[—–-]+)\s+(?=[A-Z\"“«])"
)
_PHRASE = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(p) for p in PHRASES) + r")(?![\w])")
_TAIL = re.compile(r" ?[-‐‑]([^\W\d_]+)")
_OPENING_PUNCT = "\"'“‘«„([-–—¿¡*•"
_CLOSING_STOPS = ".!?…:;"
_HYPHENS = re.compile(r"[-‐‑]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-folded form, so "Abdulrahman" and "ABDULRAHMAN" meet."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """How the event writes its words: which it writes in lower case, which it capitalises mid-sentence.

    That is the evidence a sentence-opening capital needs: "Raqqa har ..." opens a sentence, but the event also
    writes "i Raqqa", so it is a name; "Fighters from the SDF ..." opens one too, and nothing capitalises
    "Fighters" elsewhere.
    """

    lower: frozenset[str] = frozenset()
    capital: frozenset[str] = frozenset()

    @classmethod
    def of(cls, sentences: Iterable[str], titles: Iterable[str] = ()) -> Lexicon:
        lower: set[str] = set()
        capital: set[str] = set()
        for text in sentences:
            for match in _TOKEN.finditer(text):
                for part in _HYPHENS.split(_strip_possessive(match.group(0))[0]):
                    if not part:
                        continue
                    if part[0].islower():
                        lower.add(fold(part))
                    elif not part.isupper() and not _opens(text, match.start()):
                        capital.add(fold(part))
        for title in titles:  # headlines are often Title Case, so only their lower-case words count
            lower.update(fold(word) for word in re.findall(r"\b[^\W\d_]+\b", title) if word[0].islower())
        return cls(frozenset(lower), frozenset(capital))

    def with_names(self, names: Iterable[str]) -> Lexicon:
        """The same lexicon, also knowing the words of these names as capitalised (for a later pass)."""
        words = {fold(word) for name in names for word in key(name).split()}
        return Lexicon(self.lower, self.capital | frozenset(words))


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


@dataclass(slots=True)
class _Token:
    text: str
    start: int
    end: int
    kind: str  # cap | acr | upper | join | low | initial
    opener: bool = False
    possessive: bool = False
    prefix: str = ""
    suffix: str = ""
    display: str = ""
    cues: list[str] = field(default_factory=list)


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


def initials_match(acronym: str, name: str) -> bool:
    """True when the acronym spells the name's initials, with or without its small words ("SOHR", "AFP")."""
    letters = fold(acronym.replace(".", ""))
    words = [w for w in re.split(r"[\s\-‐‑]+", name) if w]
    if len(words) < 2 or len(letters) < 2:
        return False
    every = "".join(fold(w[0]) for w in words)
    significant = "".join(fold(w[0]) for w in words if fold(w) not in STOPWORDS and fold(w) not in JOINERS)
    return letters in (every, significant)


@lru_cache(maxsize=16384)
def is_demonym(word: str) -> bool:
    """An adjective of place or people ("Syrian", "Kurdish", "Iraqi"), recognised from the place it derives from."""
    folded = fold(word)
    if folded in _DEMONYMS:
        return True
    for ending in _DEMONYM_ENDINGS:
        stem = folded[: -len(ending)]
        if folded.endswith(ending) and len(stem) >= 3:
            for candidate in (stem, stem + "a", stem + "e", stem + "o", stem[:-1] if stem.endswith("i") else stem):
                if is_country(candidate):
                    return True
    return False


_LABEL = re.compile(
    r"^\s*(?P<name>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})"
    r"(?:\s*,\s*(?P<role>[A-Z][A-Z0-9 .&'’\-]{0,50}[A-Z0-9.]))?\s*:\s+(?=\S)"
)
_NOT_LABELS = _words(
    "UPDATE UPDATED BREAKING NOTE CORRECTION WATCH VIDEO PHOTOS PHOTO READ RELATED MORE CLICK CAPTION SOURCE "
    "SOURCES TRANSCRIPT ANNOUNCER UNIDENTIFIED CROWD VOICE WARNING EXCLUSIVE ANALYSIS OPINION"
)


def _is_label(name: str, lexicon: Lexicon) -> bool:
    """A transcript's speaker label: a name in capitals before a colon, not a rubric like "UPDATE:"."""
    words = name.split()
    if any(w in _NOT_LABELS for w in words) or lookup(name) is not None:
        return False
    return len(words) > 1 or (fold(name) in lexicon.capital and len(name) > 2)


def _is_dateline(place: str) -> bool:
    known = lookup(place)
    return (len(place) >= 4 or " " in place) and (known is None or known.type == "place")


@lru_cache(maxsize=16384)
def _common_word(word: str) -> bool:
    """A word too frequent to be a name ("Politiet sier", "Police said"), when the optional wordfreq is installed."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return False
    return max(zipf_frequency(word, wordfreq(language)) for language in ("en", "no", "de", "fr", "es")) >= 5.0


def _strip_possessive(word: str) -> tuple[str, bool]:
    for ending in ("'s", "’s"):
        if word.endswith(ending) and len(word) > 3:
            return word[: -len(ending)], True
    if word.endswith(("'", "’")):
        return word[:-1], True
    return word, False


def _opens(text: str, start: int) -> bool:
    """Whether a word at `start` opens a sentence (or a quotation, or a dash-introduced speech)."""
    position = start - 1
    while position >= 0 and (text[position].isspace() or text[position] in _OPENING_PUNCT):
        position -= 1
    if position >= 1 and text[position] == "." and text[position - 1].isupper():
        return position >= 2 and text[position - 2].isalpha()  # "U.S. State Department" goes on; "the SDF. The" ends
    return position < 0 or text[position] in _CLOSING_STOPS


def shouting(text: str) -> bool:
    """A sentence set in capitals (a shouted headline), where capitalisation tells nothing about names."""
    lower = sum(map(str.islower, text))
    upper = sum(map(str.isupper, text))
    return upper > 4 * lower and upper >= 8 and len(re.findall(r"[^\W\d_]{2,}", text)) >= 3


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
            surface = _strip_possessive(text[start:end].rstrip("."))[0]
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


def _tokens(text: str, lexicon: Lexicon) -> list[_Token]:
    tokens: list[_Token] = []
    skip_until = -1
    for match in _TOKEN.finditer(text):
        if match.start() < skip_until:
            continue
        raw, start = match.group(0), match.start()
        if raw.islower() and raw.isalpha():  # most words: plain lower case, nothing to split or strip
            tokens.append(_Token(raw, start, start + len(raw), "join" if raw in JOINERS else "low"))
            continue
        word, possessive = _strip_possessive(raw)
        opener = _opens(text, start)
        if "." in word:  # a dotted acronym, maybe with a compound tail: "U.S.-backed"
            token = _Token(word, start, start + len(word), "acr", opener, possessive, display=word)
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


def _compound(word: str, start: int, opener: bool, possessive: bool, text: str, lexicon: Lexicon) -> list[_Token]:
    """A word, with hyphenated compounds split into the name and the lower-case prefix or tail around it."""
    parts = _HYPHENS.split(word)
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
        return [_Token(word, start, start + len(word), kind, opener, possessive, display=display)]
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
        tokens: list[_Token] = []  # "Iraq-Syria border": two places, not one name
        position = offset
        for part in head_parts:
            kind = "acr" if part.isupper() else "cap"
            tokens.append(_Token(part, position, position + len(part), kind, opener and not tokens, display=part))
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
        _Token(head, offset, offset + len(head), kind, opener, possessive, prefix=prefix, suffix=suffix, display=head)
    ]


def _upper_kind(word: str, text: str, start: int, lexicon: Lexicon) -> str:
    """An all-capitals word: an acronym ("SDF"), or a name set in capitals ("BEIRUT (AP) —", "RAQQA")."""
    if fold(word) in lexicon.capital and len(word) > 3:
        return "cap"
    return "acr" if len(word) <= 6 else "cap"


def _is_title(token: _Token) -> bool:
    return fold(token.text.rstrip(".")) in _TITLE_CORE


def _joinable(text: str, previous: _Token, token: _Token) -> bool:
    gap = text[previous.end : token.start]
    if previous.possessive or previous.suffix or token.prefix:
        return False
    if gap in (" ", "'s ", "’s "):  # a possessive still here was kept inside the name
        return True
    if gap == ". " and (fold(previous.text) in _ABBREVIATIONS or previous.kind == "initial"):
        return True
    return gap == "." and previous.kind == "initial"


def _keeps_opener(tokens: list[_Token], i: int, text: str, lexicon: Lexicon) -> bool:
    """Whether a capitalised word that opens a sentence belongs to a name."""
    token = tokens[i]
    folded = fold(token.text)
    if _is_title(token):
        return True
    if folded in STOPWORDS or folded in _TIME_WORDS or token.kind == "initial":
        return False
    if lookup(token.text) is not None or (folded in lexicon.capital and folded not in lexicon.lower):
        return True
    following = i + 1 < len(tokens) and tokens[i + 1].kind == "cap" and _joinable(text, token, tokens[i + 1])
    if not following:  # "Dillon said ...": a lone opener before a speech verb, unless a very common word
        nxt = _next_words(text, token.end, 1)
        speaks = bool(nxt) and nxt[0] in SPEECH_AFTER and not token.suffix
        return speaks and folded not in lexicon.lower and not _common_word(folded)
    if folded in lexicon.lower or is_demonym(token.text) or (folded.endswith("ing") and len(folded) > 5):
        return False
    run_end = i + 1
    while run_end < len(tokens) and tokens[run_end].kind == "cap":
        run_end += 1
    rest = [fold(t.text) for t in tokens[i + 1 : run_end]]
    return folded in lexicon.capital or not any(word in ORG_HEADS for word in rest)


def _spans(text: str, tokens: list[_Token], lexicon: Lexicon) -> list[list[_Token]]:
    spans: list[list[_Token]] = []
    span: list[_Token] = []

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
    return len(letters) >= 2 and word not in _NOT_ACRONYMS | _NOT_LABELS and not _ROMAN.match(letters)


def _org_follows(tokens: list[_Token], i: int, text: str) -> bool:
    """Whether the capitalised run starting at `i` ends in an organisation head ("People's Protection Units")."""
    end = i
    while (
        end < len(tokens) and tokens[end].kind == "cap" and (end == i or _joinable(text, tokens[end - 1], tokens[end]))
    ):
        end += 1
    return end > i and fold(tokens[end - 1].text) in ORG_HEADS


def _org_joiner(span: list[_Token], token: _Token, tokens: list[_Token], i: int, text: str) -> bool:
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


def _mention(text: str, span: list[_Token], lexicon: Lexicon) -> Mention | None:
    """A span as a mention: leading articles, demonyms, titles and time words stripped; roles and cues found."""
    span_start = span[0].start
    tokens = list(span)
    while tokens and fold(tokens[0].text) in ("the", "a", "an"):
        tokens.pop(0)
    while tokens and fold(tokens[-1].text) in _TIME_WORDS:
        tokens.pop()
    while tokens and fold(tokens[0].text) in _TIME_WORDS and tokens[0].text != "May":
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
        if lead and (not rest or _title_prefix(rest) or fold(rest[0].text.rstrip(".")) in _TITLE_CORE):
            tokens = rest
    titles = [_title_word(t.text) for t in tokens]
    if tokens and all(titles) and "core" in titles:
        return None  # a title with no name: "the President", "Foreign Minister"
    if len(tokens) == 1 and _role_noun(tokens[0].text) and tokens[0].kind == "cap":
        return None  # "Correspondent", "Spokesman"
    of_title = _OF_TITLE.search(text, max(0, span_start - 30), span_start)
    if of_title and len(tokens) > 1 and _title_word(tokens[0].text) == "modifier":
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
    if len(tokens) == 1 and not acronym and (fold(surface) in STOPWORDS or fold(surface) in _TIME_WORDS):
        return None
    cues = _cues(text, tokens, span_start, acronym)
    if title_end or (of_title and span_start < first.start and len(roles) == 0):
        cues.append("title")
        if not title_end:
            roles.append(text[span_start : first.start].strip())
    if not acronym:
        roles.extend(_roles_before(text, span_start))
        roles.extend(_roles_after(text, last.end + (2 if last.possessive else 0)))
    if len(roles) > (1 if title_end else 0):
        cues.append("role")
    return Mention(surface, first.start, last.end, acronym, tuple(dict.fromkeys(roles)), tuple(cues))


def _title_word(word: str) -> str:
    """ "core", "modifier" or "" for a word of a title; "Director-General" is a core title too."""
    parts = _HYPHENS.split(fold(word.rstrip(".")))
    if all(p in _TITLE_CORE or p in _TITLE_MODIFIERS for p in parts):
        return "core" if any(p in _TITLE_CORE for p in parts) else "modifier"
    return ""


def _title_prefix(tokens: list[_Token]) -> int:
    """How many leading tokens are a title ("Brig. Gen.", "Foreign Minister"); 0 when none or all of them are."""
    end = 0
    core = False
    while end < len(tokens) - 1:
        kind = _title_word(tokens[end].text)
        if not kind:
            break
        core = core or kind == "core"
        end += 1
    return end if core else 0


def _previous_words(text: str, start: int, count: int) -> list[str]:
    return [fold(w) for w in re.findall(r"[^\W\d_][\w'’.\-]*", text[max(0, start - 80) : start])[-count:]]


def _next_words(text: str, end: int, count: int) -> list[str]:
    return [fold(w) for w in re.findall(r"[^\W\d_][\w'’\-]*", text[end : end + 80])[:count]]


def _cues(text: str, tokens: list[_Token], span_start: int, acronym: bool) -> list[str]:
    cues = [cue for t in tokens for cue in t.cues]
    words = [fold(t.text) for t in tokens]
    last = tokens[-1]
    if len(words) > 1 and any(w in ORG_HEADS for w in words):
        cues.append("org-word")
    if len(words) > 1 and (words[-1] in PLACE_HEADS or words[0] in _PLACE_PREFIXES):
        cues.append("place-word")
    if is_country(" ".join(t.text for t in tokens)):
        cues.append("place-known")
    if acronym:
        cues.append("acronym")
    suffix = last.suffix.split("-")[-1] if last.suffix else ""
    if suffix:
        if suffix in _ORG_SUFFIXES:
            cues.append("org-suffix")
        elif suffix in _GROUP_SUFFIXES:
            cues.append("group-suffix")
        elif suffix in _PLACE_SUFFIXES:
            cues.append("place-word")
        elif _role_noun(suffix):
            cues.append("org-role")
    gap_before = text[max(0, span_start - 2) : span_start]
    before = _previous_words(text, span_start, 3)
    after = _next_words(text, last.end + (2 if last.possessive else 0), 2)
    separated = text[last.end : last.end + 1] in (",", ";", ".", ")") and not last.suffix
    if before and before[-1] in _PLACE_PREPS and gap_before.endswith(" ") and not last.possessive:
        cues.append("place-prep")
    if len(before) >= 2 and before[-1] == "of" and before[-2] in _PLACE_OF:
        cues.append("place-word")
    if after and not separated and not last.suffix and not last.possessive:
        if after[0] in _PLACE_NEXT or (after[0] == "by" and re.match(r"\s*by\s*[.,;]", text[last.end :])):
            cues.append("place-word")
        elif after[0] in _GROUP_NEXT:
            cues.append("group-next")
        elif after[0] in _ORG_NEXT or after[:2] == ["news", "agency"]:
            cues.append("org-next")
        elif after[0] in SPEECH_AFTER:
            cues.append("speech")
    if before and before[-1] in _SPEECH_BEFORE and gap_before.endswith(" "):
        cues.append("speech")
    if len(tokens) == 1 and not acronym and last.text.endswith("s") and len(last.text) > 4:
        stem = last.text[:-1]
        if is_demonym(stem) or fold(stem) + "ish" in _DEMONYMS:
            cues.append("group-people")  # "the Kurds", "Syrians"
    return cues


_ROLE_BEFORE = re.compile(
    r"(?:(?P<mod>[A-ZÆØÅ][\w.&’'\-]*|(?:" + "|".join(sorted(_ROLE_MODIFIER_ORGS)) + r"))\s+)?"
    r"(?P<role>(?:[A-ZÆØÅ][\w.]*[-‐‑])?[^\W\d_]+)\s+$"
)


_ROLE_ENDING = re.compile(
    "(?:" + "|".join(sorted((r for r in ROLE_NOUNS if len(r) >= 6), key=len, reverse=True)) + ")$"
)


@lru_cache(maxsize=16384)
def _role_noun(word: str) -> bool:
    """A role noun, alone or ending a compound: "spokesman", "SDF-talsmann", "utenriksminister"."""
    tail = _HYPHENS.split(fold(word))[-1]
    return tail in ROLE_NOUNS or _ROLE_ENDING.search(tail) is not None


def _roles_before(text: str, start: int) -> list[str]:
    """A role written before the name: "SDF spokesman Talal Sello", "YPG-talsmann Nouri Mahmoud"."""
    match = _ROLE_BEFORE.search(text, max(0, start - 60), start)
    if match is None:
        return []
    role = match.group("role")
    if not _role_noun(role) or (role[0].isupper() and "-" not in role):
        return []
    modifier = match.group("mod") or ""
    if modifier and (fold(modifier) in STOPWORDS or (_opens(text, match.start("mod")) and modifier.islower())):
        modifier = ""
    return [f"{modifier} {role}".strip()]


_OF_TITLE = re.compile(r"\b(?:Secretary|Minister|Ministers|Secretary-General|Director|Commissioner) of $")
_ARTICLES = _words("a an the en ei et un une el la der die das il lo")
_ROLE_STOP = re.compile(r"\s+[-–—]\s|[,;:()\[\]“”\"«»]|(?<![A-Z])\.(?=\s|$)")


def _roles_after(text: str, end: int) -> list[str]:
    """A role in apposition after the name: ", a spokesman for the U.S.-led coalition", ", an SDF spokesman"."""
    if not text.startswith(", ", end):
        return []
    rest = text[end + 2 : end + 200]
    words = rest.split(" ")
    if words and fold(words[0]) in _ARTICLES:
        skipped = len(words[0]) + 1
        words = words[1:]
    else:
        skipped = 0
    for i, word in enumerate(words[:4]):
        clean = word.rstrip(",.;:")
        if not _role_noun(clean) or (clean[:1].isupper() and "-" not in clean):
            if _ROLE_STOP.search(word) or fold(clean) in SPEECH_AFTER or fold(clean) in STOPWORDS:
                return []
            continue
        role_end = skipped + sum(len(w) + 1 for w in words[: i + 1]) - 1
        following = fold(words[i + 1].strip(",.;:")) if i + 1 < len(words) else ""
        if word == clean and following and following not in _ROLE_PREPS | SPEECH_AFTER | {"who", "som", "and", "og"}:
            return []  # "the official news agency": an adjective, not a role
        if word != clean:
            return [rest[skipped : role_end - (len(word) - len(clean))]]
        after = rest[role_end:]
        preposition = re.match(r" (\w+) ", after)
        if preposition and fold(preposition.group(1)) in _ROLE_PREPS:
            stop = _ROLE_STOP.search(after, preposition.end())
            cut = stop.start() if stop else len(after)
            acronym = re.match(r"\s*\([A-ZÆØÅ]{2,8}\)", after[cut:])
            if acronym:
                cut += acronym.end()
            phrase = after[:cut]
            verb = re.search(r"\s(?:" + "|".join(sorted(SPEECH_AFTER)) + r")\b", phrase)
            if verb:
                phrase = phrase[: verb.start()]
            if len(phrase.split()) <= 10:
                role_end += len(phrase.rstrip())
        return [rest[skipped:role_end].strip()]
    return []
