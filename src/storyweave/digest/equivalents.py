"""Names that are the same entity although no spelling rule could tell: translations, exonyms and acronyms.

Reports of one event in several languages call the same group "ISIS", "IS", "Islamsk stat" and "Daesh"; no edit
distance joins those, so a small table does. It holds only widely used names (states, blocs, agencies, the best
known armed groups) and is data, not a list of one event's entities. The country list only tells that a name is a
place; it merges nothing by itself.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Known:
    """One entity: its usual English name, its type and the forms it goes by in the languages we read."""

    name: str
    type: str
    forms: tuple[str, ...]


def _forms(text: str) -> tuple[str, ...]:
    return tuple(form.strip() for form in text.split("|") if form.strip())


KNOWN: tuple[Known, ...] = (
    Known(
        "Islamic State",
        "group",
        _forms(
            "Islamic State|ISIS|IS|ISIL|Daesh|Daech|Daish|Da'esh|Islamic State of Iraq and Syria|"
            "Islamic State of Iraq and the Levant|Islamsk stat|Den islamske staten|Islamiska staten|"
            "Islamisk Stat|État islamique|Etat islamique|Islamischer Staat|Islamischen Staat|Islamischen Staates|"
            "Islamische Staat|Estado Islámico|Stato Islamico|"
            "Islamitische Staat"
        ),
    ),
    Known("al-Qaeda", "group", _forms("al-Qaeda|al-Qaida|al Qaeda|Al Qaida|al-Kaida|Al-Qaïda|Al Qaeda")),
    Known("Taliban", "group", _forms("Taliban|Taleban|Talibanes")),
    Known("Hezbollah", "group", _forms("Hezbollah|Hizbollah|Hizbullah|Hisbollah")),
    Known(
        "United States",
        "place",
        _forms(
            "United States|US|U.S.|USA|U.S.A.|United States of America|Vereinigte Staaten|États-Unis|"
            "Etats-Unis|Estados Unidos|Stati Uniti|Forente stater|Amerikas forente stater|EE.UU."
        ),
    ),
    Known(
        "United Kingdom",
        "place",
        _forms(
            "United Kingdom|UK|U.K.|Britain|Great Britain|Storbritannia|Royaume-Uni|Vereinigtes Königreich|"
            "Großbritannien|Reino Unido|Gran Bretaña|Regno Unito"
        ),
    ),
    Known(
        "United Nations",
        "organisation",
        _forms(
            "United Nations|UN|U.N.|FN|De forente nasjoner|Förenta nationerna|Forenede Nationer|"
            "Nations unies|Organisation des Nations unies|ONU|Vereinte Nationen|UNO|Naciones Unidas|"
            "Nazioni Unite"
        ),
    ),
    Known(
        "European Union",
        "organisation",
        _forms(
            "European Union|EU|E.U.|Den europeiske union|Europeiska unionen|Union européenne|UE|Europäische Union|Unión Europea|Unione europea"
        ),
    ),
    Known("NATO", "organisation", _forms("NATO|Nato|North Atlantic Treaty Organization|OTAN")),
    Known("Associated Press", "organisation", _forms("Associated Press|AP")),
    Known("Agence France-Presse", "organisation", _forms("Agence France-Presse|Agence France Presse|AFP")),
    Known("Deutsche Presse-Agentur", "organisation", _forms("Deutsche Presse-Agentur|DPA|dpa")),
    Known("Reuters", "organisation", _forms("Reuters")),
    Known("Syria", "place", _forms("Syria|Syrien|Syrie|Siria")),
    Known("Iraq", "place", _forms("Iraq|Irak")),
    Known("Turkey", "place", _forms("Turkey|Türkiye|Tyrkia|Turkiet|Tyrkiet|Türkei|Turquie|Turquía|Turchia")),
    Known("Russia", "place", _forms("Russia|Russland|Ryssland|Rusland|Russie|Rusia")),
    Known("Germany", "place", _forms("Germany|Tyskland|Deutschland|Allemagne|Alemania|Germania")),
    Known("France", "place", _forms("France|Frankrike|Frankrig|Frankreich|Francia")),
    Known("Norway", "place", _forms("Norway|Norge|Noreg|Norwegen|Norvège|Noruega|Norvegia")),
    Known("Sweden", "place", _forms("Sweden|Sverige|Schweden|Suède|Suecia|Svezia")),
    Known("Denmark", "place", _forms("Denmark|Danmark|Dänemark|Danemark|Dinamarca|Danimarca")),
    Known("Spain", "place", _forms("Spain|Spania|Spanien|Espagne|España|Spagna")),
    Known("Italy", "place", _forms("Italy|Italia|Italien|Italie")),
    Known("China", "place", _forms("China|Kina|Chine|Cina")),
    Known("Egypt", "place", _forms("Egypt|Egypten|Ägypten|Égypte|Egipto|Egitto")),
    Known("Lebanon", "place", _forms("Lebanon|Libanon|Liban|Líbano|Libano")),
    Known("Jordan", "place", _forms("Jordan|Jordania|Jordanien|Jordanie|Giordania")),
    Known(
        "Saudi Arabia",
        "place",
        _forms("Saudi Arabia|Saudi-Arabia|Saudi-Arabien|Saudiarabien|Arabie saoudite|Arabia Saudita|Arabia Saudí"),
    ),
    Known("Iran", "place", _forms("Iran|Irán")),
    Known("Israel", "place", _forms("Israel|Israël")),
    Known("Libya", "place", _forms("Libya|Libyen|Libye|Libia")),
    Known("Ukraine", "place", _forms("Ukraine|Ukraina|Ucrania|Ucraina")),
    Known(
        "Netherlands",
        "place",
        _forms("Netherlands|Nederland|Niederlande|Pays-Bas|Países Bajos|Paesi Bassi|the Netherlands|Holland"),
    ),
    Known("Greece", "place", _forms("Greece|Hellas|Grekland|Grækenland|Griechenland|Grèce|Grecia")),
    Known("Belgium", "place", _forms("Belgium|Belgia|Belgien|Belgique|Bélgica|Belgio")),
    Known("Switzerland", "place", _forms("Switzerland|Sveits|Schweiz|Suisse|Suiza|Svizzera")),
    Known("Austria", "place", _forms("Austria|Østerrike|Österreich|Autriche")),
    Known("Poland", "place", _forms("Poland|Polen|Pologne|Polonia")),
    Known("Japan", "place", _forms("Japan|Japon|Japón|Giappone")),
    Known("India", "place", _forms("India|Indien|Inde")),
    Known("Mexico", "place", _forms("Mexico|Mexiko|Mexique|México|Messico")),
    Known("Europe", "place", _forms("Europe|Europa")),
    Known(
        "Middle East",
        "place",
        _forms(
            "Middle East|Midtøsten|Mellanöstern|Mellemøsten|Nahost|Naher Osten|Moyen-Orient|Oriente Medio|Medio Oriente"
        ),
    ),
)

# Countries and regions by their English names: a name in this set is a place whatever the sentence around it says.
COUNTRIES = frozenset(
    _forms(
        "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|"
        "Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|"
        "Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Congo|"
        "Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Ecuador|Egypt|"
        "El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|"
        "Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|"
        "Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|"
        "Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|"
        "Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|"
        "Burma|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|South Korea|Korea|"
        "Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|"
        "Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|"
        "Singapore|Slovakia|Slovenia|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|"
        "Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Tunisia|Turkey|Turkmenistan|Uganda|"
        "Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|"
        "Zambia|Zimbabwe|Britain|England|Scotland|Wales|Northern Ireland|Gaza|West Bank|Kurdistan|Crimea|"
        "Europe|Asia|Africa|America|North America|South America|Latin America|Middle East|Antarctica|Arctic|"
        "Balkans|Caribbean|Scandinavia|Levant|Gulf|Persian Gulf|Mediterranean|Sahel|West Asia|Central Asia|"
        "Southeast Asia|East Asia|Kashmir|Tibet|Hong Kong|Macau|Puerto Rico|Greenland|Chechnya"
    )
)

_SPACES = re.compile(r"[\s\-‐‑–_]+")
_DROP = re.compile(r"['’.]")


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """The form names are compared by: case, accents, dots, apostrophes and hyphen-or-space differences folded."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _SPACES.sub(" ", _DROP.sub("", plain)).strip()


_BY_KEY: dict[str, Known] = {key(form): known for known in KNOWN for form in (known.name, *known.forms)}
_COUNTRY_KEYS = frozenset(key(name) for name in COUNTRIES) | frozenset(
    key(form) for known in KNOWN if known.type == "place" for form in (known.name, *known.forms)
)


# Table forms with lower-case words ("État islamique", "Islamsk stat") cannot be found as runs of capitals, so
# they are looked for as phrases; longest first, so "Den islamske staten" wins over a shorter form inside it.
PHRASES: tuple[str, ...] = tuple(
    sorted(
        {
            form
            for known in KNOWN
            for form in known.forms
            if " " in form and any(w[0].islower() for w in form.split()[1:])
        },
        key=lambda form: (-len(form), form),
    )
)


def lookup(name: str) -> Known | None:
    """The table entry a surface form belongs to, if any."""
    return _BY_KEY.get(key(name))


def is_country(name: str) -> bool:
    """A country or region of the world, by any name in the tables."""
    return key(name) in _COUNTRY_KEYS
