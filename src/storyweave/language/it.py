"""Italian: what the engine knows of it so far (a partial module: the stages fall back for the rest)."""

from __future__ import annotations

from storyweave.language.profile import Profile, phrases, words

PROFILE = Profile(
    code="it",
    partial=True,
    sentence_abbreviations=words("avv ca col dott dr ecc gen ing n on p.es pag prof sen sig sigg"),
    date_cues=words("a in da dal fino entro inizio fine metà prima dopo"),
    span_openers=words("dal da"),
    past_day_words=words("scorso"),
    next_day_words=words("prossimo"),
    future_words=words("sarà saranno prossimo prossima"),
    decimal=",",
    # Tens lose their vowel before "uno" and "otto" ("ventuno", "trentotto"); "mila" is the plural of "mille".
    ordinal_words="primo:1 secondo:2 terzo:3 quarto:4 quinto:5 sesto:6 settimo:7 ottavo:8 nono:9 decimo:10",
    ordinal_rules=("o>esimo", "e>esimo", "i>esimo", "a>esimo", ">esimo"),
    ordinal_endings=("", "o>a", "o>i", "o>e"),
    ordinal_digits="°|º|esimo|esima|mo|ma",
    decimal_words=words("virgola"),
    number_words=(
        "zero:0 uno:1 una:1 un:1 due:2 tre:3 tré:3 quattro:4 cinque:5 sei:6 sette:7 otto:8 nove:9 dieci:10 undici:11 "
        "dodici:12 tredici:13 quattordici:14 quindici:15 sedici:16 diciassette:17 diciotto:18 diciannove:19 "
        "venti:20 vent:20 trenta:30 trent:30 quaranta:40 quarant:40 cinquanta:50 cinquant:50 sessanta:60 "
        "sessant:60 settanta:70 settant:70 ottanta:80 ottant:80 novanta:90 novant:90 cento:100* mille:1e3* "
        "mila:1e3* milione:1e6* milioni:1e6* miliardo:1e9* miliardi:1e9* bilione:1e12* bilioni:1e12*"
    ),
    number_and=("e",),
    ones=words("un uno una"),
    scales={
        "mila": 1e3,
        "mille": 1e3,
        "milioni": 1e6,
        "milione": 1e6,
        "mln": 1e6,
        "miliardi": 1e9,
        "miliardo": 1e9,
        "mld": 1e9,
    },
    currencies={"EUR": "euro", "USD": "dollari dollaro", "GBP": "sterline sterlina", "CHF": "franchi svizzeri"},
    measures={
        "temperature": "gradi grado",
        "km": "chilometri chilometro",
        "m": "metri metro",
        "kg": "chili chilo chilogrammi chilogrammo",
        "tonnes": "tonnellate tonnellata",
        "litres": "litri litro",
        "hectares": "ettari ettaro",
        "miles": "miglia miglio",
    },
    dangling_words=words("e o ma il lo la gli le un una di del della al con per che"),
    rate_before=phrases("ogni"),
    story_later=phrases("dopo|più tardi"),
    from_now=phrases("da oggi|da adesso"),
    few_words=phrases("alcuni|alcune|pochi|poche|qualche"),
    this_day_words=words("questo questa"),
    day_month_joiners=words("di"),
    day_phrases={"dopodomani": 2, "l'altro ieri": -2, "ieri l'altro": -2},
    during_words=phrases("in"),
    personal_pronouns=words("lui lei egli ella loro"),
    background_before=phrases("rispetto a|rispetto al|fino al|entro il|datata"),
    sentence_starters=words("Il Lo La Gli Le Un Una Secondo Dopo"),
    range_openers=phrases("dal|dall'|fra|tra"),
    range_joiners=phrases("al|all'"),
)
