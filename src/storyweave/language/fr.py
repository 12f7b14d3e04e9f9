"""French: what the engine knows of it (see `language.profile` for what each answer is for)."""

from __future__ import annotations

from storyweave.language.profile import Profile, phrases, words

PROFILE = Profile(
    code="fr",
    name_connectors=words("et les pour sur en au aux à"),
    function_words=words(
        "le la les l un une des du et ou mais si quand après avant dans en sur sous avec sans pour par chez "
        "vers il elle ils elles nous vous je on ce cette ces celui tout tous toutes plusieurs selon"
    ),
    articles=words("un une la"),
    name_particles=words("de la le du des"),
    time_words=words(
        "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août "
        "septembre octobre novembre décembre"
    ),
    titles=words("monsieur madame mademoiselle général président ministre premier maire député sénateur mme mlle"),
    org_heads=words(
        "université ministère conseil assemblée parti gouvernement armée commission banque société fondation "
        "institut agence"
    ),
    place_prefixes=words("saint sainte port"),
    place_prepositions=words("à au en aux"),
    role_nouns=words("porte-parole ministre directeur commandant"),
    role_prepositions=words("de du des"),
    speech_after=words("a déclaré dit affirmé ajouté expliqué souligné indiqué estimé assuré précisé annoncé"),
    speech_before=words("déclare-t-il déclare-t-elle dit-il dit-elle explique ajoute affirme souligne"),
    quote_marks={"«": "»"},
    speech_verbs=phrases(
        "observe|a observé|a lâché|lâche|poursuit|a poursuivi|a noté|rappelle|a rappelé|insiste|conclut|a conclu|ajoutait|confie|a confié|raconte|a raconté|explique-t-on|a-t-elle lâché|a-t-il lâché|a-t-il lancé|a-t-elle lancé|a-t-il poursuivi|a-t-elle poursuivi|a-t-il déclaré|a-t-elle déclaré|a-t-il dit|a-t-elle dit|a-t-il ajouté|a-t-elle ajouté|a-t-il expliqué|"
        "a-t-elle expliqué|a-t-il affirmé|a-t-elle affirmé|a-t-il souligné|a-t-elle souligné|a-t-il estimé|"
        "a-t-elle estimé|a déclaré|a dit|a affirmé|a ajouté|a expliqué|a souligné|a indiqué|a estimé|a assuré|"
        "a précisé|a annoncé|a averti|a confié|a lancé|a martelé|a insisté|ont déclaré|ont affirmé|ont indiqué|"
        "déclare-t-il|déclare-t-elle|dit-il|dit-elle|explique-t-il|explique-t-elle|ajoute-t-il|ajoute-t-elle|"
        "affirme|déclare|explique|souligne|indique|estime|assure|précise|ajoute|annonce|déclarait|affirmait|"
        "expliquait|dit"
    ),
    reporting_verbs=words(
        "observe poursuit rappelle insiste conclut confie raconte a déclaré a dit a affirmé a ajouté a expliqué a souligné a indiqué a estimé a assuré a précisé a annoncé "
        "a averti ont déclaré ont affirmé ont indiqué affirme déclare explique souligne indique estime assure "
        "précise annonce dit"
    ),
    bare_clause_verbs=words("dit"),
    according_to=phrases("selon|d'après"),
    person_pronouns=words("il elle"),
    complementizers=words("que qu'"),
    decimal=",",
    ordinal_words="premier:1 première:1 premiere:1 unième:1 unieme:1 second:2 seconde:2 cinquième:5 cinquieme:5 neuvième:9 neuvieme:9",
    ordinal_rules=("e>ième", ">ième", "e>ieme", ">ieme"),
    ordinal_endings=("", "s"),
    ordinal_digits="e|er|re|ère|ème|eme|ere",
    decimal_words=words("virgule"),
    number_words=(
        "zéro:0 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11 douze:12 treize:13 "
        "quatorze:14 quinze:15 seize:16 vingt:20 trente:30 quarante:40 cinquante:50 soixante:60 "
        "quatre-vingt:80 quatre-vingts:80 un:1 une:1 cent:100* cents:100* mille:1e3* million:1e6* "
        "millions:1e6* milliard:1e9* milliards:1e9*"
    ),
    number_and=("et",),
    number_between="entre",
    ones=words("un une"),
    fractions=words("demi demie"),
    scales={
        "mille": 1000.0,
        "million": 1000000.0,
        "millions": 1000000.0,
        "milliard": 1000000000.0,
        "milliards": 1000000000.0,
        "md": 1000000000.0,
    },
    qualifiers={
        "about": "environ|quelque|autour de|approximativement|à peu près|aux alentours de|une estimation de",
        "over": "plus de|plus d'|plus d’|au-delà de|bien plus de",
        "at least": "au moins|pas moins de",
        "under": "moins de|moins d'|moins d’",
        "up to": "jusqu'à|jusqu’à|au plus|au maximum",
        "nearly": "près de|presque|quasiment|pratiquement|avoisinant",
        "just over": "un peu plus de|légèrement plus de",
    },
    after_qualifiers={"ou plus": "at least", "+": "at least"},
    vague=(
        ("des centaines de milliers", 200000.0, 999999),
        ("des dizaines de milliers", 20000.0, 99999),
        ("quelques centaines", 200, 400),
        ("quelques milliers", 2000, 4000),
        ("plusieurs centaines", 300, 900),
        ("plusieurs milliers", 3000, 9000),
        ("une dizaine", 8, 12),
        ("une douzaine", 10, 14),
        ("une quinzaine", 13, 17),
        ("une vingtaine", 17, 23),
        ("une trentaine", 26, 34),
        ("une quarantaine", 35, 45),
        ("une cinquantaine", 43, 57),
        ("une soixantaine", 52, 68),
        ("une centaine", 85, 115),
        ("un millier", 850, 1150),
        ("des dizaines", 20, 99),
        ("des centaines", 200, 999),
        ("des milliers", 2000, 9999),
        ("une poignée", 3, 6),
    ),
    percent_words=phrases("pour cent|pourcent"),
    currencies={"GBP": "livres", "CHF": "francs", "EUR": "euros"},
    durations={
        "seconds": "seconde secondes",
        "minutes": "minute minutes",
        "hours": "heure heures",
        "days": "jour jours",
        "weeks": "semaine semaines",
        "months": "mois",
        "years": "an ans année années",
        "decades": "décennie décennies",
    },
    measures={
        "temperature": "degrés degré degres degre",
        "km": "kilomètres",
        "m": "mètres",
        "tonnes": "tonnes",
        "hectares": "hectares",
    },
    ratio_after=phrases("fois"),
    age_after=phrases("d'âge"),
    age_before=phrases("âgé de|âgée de|âgés de|âgées de"),
    ago_before=phrases("il y a"),
    window_before=phrases("derniers|dernières|prochains|prochaines|premiers|premières"),
    label_before=phrases("numéro|n°|résolution"),
    clock_after=phrases("heure locale|heures locales|h"),
    claim_stop_words=words(
        "le la les l un une des du de d ce cet cette ces son sa ses leur leurs notre aucun aucune tous toutes "
        "tout chaque plusieurs autres et ou mais tandis que car comme quand où qui quoi dont si à au aux en "
        "dans sur sous pour par avec sans après avant depuis pendant entre vers contre chez selon est sont "
        "était étaient être été a ont avait avaient avoir sera seront va vont peut peuvent doit dit déclaré "
        "aussi encore déjà seulement ne pas plus se s il elle ils elles on y aujourd hier"
    ),
    claim_events={
        "killed": "tués?|tuées?|morts?|décédés?",
        "wounded": "blessé\\w*",
        "surrendered": "rendus|rendu",
        "captured": "repris\\w*|conquis|reconquis|libéré\\w*",
        "fled": "fui|fuient|fuyant",
        "displaced": "déplacé\\w*|sans-abri",
        "left": "quitté\\w*",
        "remaining": "restants?|piégé\\w*|coincé\\w*",
        "arrested": "arrêté\\w*|interpellé\\w*|détenus?",
        "released": "relâché\\w*",
        "evacuated": "évacué\\w*",
        "missing": "disparus?",
    },
    people_classes={
        "combatants": "combattant|djihadiste|jihadiste|insurgé|rebelle",
        "civilians": "civils|habitant|enfant|femme|réfugié",
    },
    people_words="personnes|gens",
    genitive_words=phrases("des|de|d'"),
    generic_events=phrases("combat|bataille|attaque|assaut"),
    campaign_words=phrases("bataille|assaut|campagne|opération|siège|guerre"),
    start_words=phrases("commencé|lancé|lancée|débuté|déclenché"),
    clause_conjunctions=phrases("tandis que|mais|et"),
    claim_templates={"percent": "part de {}", "duration": "durée de {}", "start date": "début de {}"},
    locatives=words("dans à au près sur en"),
    demonstratives=words("ce cette ces"),
    of_words=words("des de d"),
    sentence_abbreviations=words(
        "art av avr bd cf chap déc env févr janv juil m me mio mlle mm mme mrd nov oct p.ex sept st ste éd"
    ),
    date_cues=words("en depuis jusqu à début fin mi avant après de"),
    span_openers=words("depuis"),
    past_day_words=words("dernier"),
    next_day_words=words("prochain"),
    future_words=words("sera seront va vont prochain prochaine prévu"),
    recent_phrases=("ces derniers jours", "au cours des derniers jours", "ces dernières 24 heures", "cette semaine"),
    this_month_phrases=("ce mois-ci", "plus tôt ce mois-ci", "début du mois"),
    stamp_cues=phrases("publié le|publié|mis à jour|mise à jour|modifié le|photo :|photo:|confidentialité|lire aussi"),
    dangling_words=words("et ou mais le la les l un une des du de d à au aux en dans sur pour par avec que qui"),
    furniture_phrases=phrases(
        "lire aussi|à lire aussi|retrouvez|voir aussi|en savoir plus|abonnez-vous|politique de confidentialité|rendez-vous sur sa page|cliquez ici"
    ),
    anaphoric_openers=words("sa son ses cet celui celle cela ceci leur leurs pourtant cependant également"),
    rate_before=phrases("pour"),
    story_later=phrases("après|plus tard"),
    from_now=phrases("à partir d'aujourd'hui"),
    few_words=phrases("quelques"),
    this_day_words=words("ce cette"),
    day_phrases={"avant hier": -2, "après demain": 2, "apres-demain": 2, "apres demain": 2},
    during_words=phrases("en"),
    personal_pronouns=words("il elle ils elles lui"),
    background_before=phrases("par rapport à|comparé à|jusqu'au|jusqu'à|d'ici le|au plus tard le|daté du|pris le"),
    sentence_starters=words("Le La Les Un Une Il Elle Ils Selon Depuis Après Alors"),
    range_openers=phrases("du|entre"),
    range_joiners=phrases("au|à"),
)
