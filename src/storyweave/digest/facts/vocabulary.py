"""The words a claim is read with, in the five languages the digest covers (en, no, de, fr, es).

They live apart from the reading so a language can be added or a word list corrected without touching the rules
that use them; an event's key is the same in every language, which is what lets claims meet across languages.
"""

from __future__ import annotations

import re

START = "start date"
OF_AFTER = re.compile(r"\s+(?:of|av|von|des|de|d'|del)\s", re.I)
CLAIMED = re.compile(r"^(?:count|percent|duration|[A-Z]{3})$")  # measures (km, tonnes) are read, not claimed
TOKEN = re.compile(r"\w[\w'’\-]*")
PARTICIPLE = re.compile(
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
OF = frozenset("of av von der des de d del di".split())
LOCATIVE = frozenset(
    "in at on near inside around outside for i på ved inne utenfor rundt im am an auf bei um für dans à au près sur "
    "en cerca dentro".split()
)
DEMONSTRATIVE = frozenset(
    "that this those these denne dette disse dieser diese dieses jener ce cette ces ese esa este esta".split()
)
GENERIC_EVENT = re.compile(
    r"^(?:battle|attack|fight|fighting|assault|advance|operation|clash|clashes|offensive|raid|kampen|slaget|angrepet|"
    r"kamp|kampf|angriff|schlacht|combat|bataille|attaque|assaut|combate|batalla|ataque|asalto)$"
)

# What happened to what is counted, in any of the five languages; the key is the same across languages.
EVENTS: dict[str, str] = {
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
EVENT = re.compile("|".join(rf"(?P<{key}>(?<!\w)(?:{pattern})(?!\w))" for key, pattern in EVENTS.items()), re.I)
ACCUMULATES = frozenset("killed wounded captured fled displaced left surrendered arrested evacuated released".split())
CLASSES = {
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
PEOPLE = re.compile(r"people|person|men\b|mennesker|personer|menschen|personen|personnes|gens|personas", re.I)
CAMPAIGN = re.compile(
    r"(?<!\w)(?:offensive|offensiven|offensiv|battle|assault|campaign|operation|siege|push|war|slaget|kampen|"
    r"angrepet|operasjonen|beleiringen|krigen|schlacht|angriff|kampf|belagerung|krieg|bataille|assaut|campagne|"
    r"opération|siège|guerre|ofensiva|batalla|asalto|campaña|operación|asedio|guerra)(?!\w)",
    re.I,
)
STARTED = re.compile(
    r"(?<!\w)(?:began|begun|begin|begins|started|start|starts|launched|launching|launch|opened|kicked off|startet|"
    r"begynte|innledet|lansert|begann|begonnen|gestartet|eingeleitet|commencé|lancé|lancée|débuté|déclenché|"
    r"comenzó|inició|lanzó|empezó|arrancó)(?!\w)",
    re.I,
)
CONJUNCTION = re.compile(
    r"^(?:while|whereas|but|and|mens|men|og|während|aber|und|tandis que|mais|et|mientras|pero|y)\s+", re.I
)
CLAUSE = re.compile(
    r";|\s[–—]\s|,\s+(?=(?:while|whereas|but|and|mens|men|og|während|aber|und|tandis que|mais|et|mientras|pero|y)\s)",
    re.I,
)
TEMPLATES = {
    "percent": {"en": "share of {}", "no": "andel av {}", "de": "Anteil von {}", "fr": "part de {}", "es": "parte de {}"},
    "duration": {"en": "duration of {}", "no": "varighet av {}", "de": "Dauer von {}", "fr": "durée de {}",
                 "es": "duración de {}"},
    START: {"en": "start of {}", "no": "start på {}", "de": "Beginn von {}", "fr": "début de {}", "es": "inicio de {}"},
}  # fmt: skip
_STOP_SETS = {language: frozenset(words.split()) for language, words in _STOP.items()}


def stop_words(language: str) -> frozenset[str]:
    """A language we have no list for is read with the English one rather than with none."""
    return _STOP_SETS.get(language, _STOP_SETS["en"])
