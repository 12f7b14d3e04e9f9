"""Portuguese: what the engine knows of it so far (a partial module: the stages fall back for the rest)."""

from __future__ import annotations

from storyweave.language.profile import Profile, phrases, words

PROFILE = Profile(
    code="pt",
    partial=True,
    sentence_abbreviations=words("av dr dra etc exma exmo pág sr sra sta sto"),
    date_cues=words("em desde até de no início fim meados antes depois"),
    span_openers=words("desde"),
    past_day_words=words("passado"),
    next_day_words=words("próximo"),
    future_words=words("será serão vai vão próximo próxima"),
    decimal=",",
    ordinal_words=(
        "primeiro:1 segundo:2 terceiro:3 quarto:4 quinto:5 sexto:6 sétimo:7 setimo:7 oitavo:8 nono:9 décimo:10 "
        "decimo:10 undécimo:11 undecimo:11 vigésimo:20 vigesimo:20 trigésimo:30 trigesimo:30 quadragésimo:40 "
        "quadragesimo:40 quinquagésimo:50 sexagésimo:60 septuagésimo:70 septuagesimo:70 octogésimo:80 "
        "nonagésimo:90 centésimo:100* centesimo:100* ducentésimo:200 ducentesimo:200 tricentésimo:300 "
        "tricentesimo:300 milésimo:1e3* milesimo:1e3* milionésimo:1e6*"
    ),
    ordinal_endings=("", "o>a", ">s", "o>as"),
    ordinal_digits="º|ª|°|o|a",
    decimal_words=words("vírgula"),
    number_words=(
        "zero:0 um:1 uma:1 dois:2 duas:2 três:3 tres:3 quatro:4 cinco:5 seis:6 sete:7 oito:8 nove:9 dez:10 onze:11 "
        "doze:12 treze:13 catorze:14 quatorze:14 quinze:15 dezesseis:16 dezasseis:16 dezessete:17 dezassete:17 "
        "dezoito:18 dezenove:19 dezanove:19 vinte:20 trinta:30 quarenta:40 cinquenta:50 sessenta:60 setenta:70 "
        "oitenta:80 noventa:90 cem:100 cento:100* duzentos:200 duzentas:200 trezentos:300 trezentas:300 "
        "quatrocentos:400 quinhentos:500 seiscentos:600 setecentos:700 oitocentos:800 novecentos:900 mil:1e3* "
        "milhão:1e6* milhões:1e6* milhao:1e6* milhoes:1e6* bilhão:1e9* bilhões:1e9*"
    ),
    number_and=("e",),
    ones=words("um uma"),
    scales={"mil": 1e3, "milhão": 1e6, "milhões": 1e6, "bilhão": 1e9, "bilhões": 1e9, "mi": 1e6, "bi": 1e9},
    measures={"temperature": "graus grau"},
    dangling_words=words("e ou mas o a os as um uma de do da em no na com por para que"),
    rate_before=phrases("por cada"),
    story_later=phrases("depois|mais tarde"),
    from_now=phrases("a partir de agora|a partir de hoje"),
    few_words=phrases("alguns|algumas|poucos|poucas"),
    this_day_words=words("este esta neste nesta"),
    day_month_joiners=words("de"),
    day_phrases={"depois de amanhã": 2},
    during_words=phrases("em"),
    personal_pronouns=words("ele ela eles elas"),
    background_before=phrases("em comparação com|face a|até ao|até|tirada em|datada de"),
    sentence_starters=words("O A Os As Um Uma Segundo Após"),
    range_openers=phrases("de|desde|entre"),
    range_joiners=phrases("a|até"),
)
