"""Spanish: what the engine knows of it (see `language.profile` for what each answer is for)."""

from __future__ import annotations

from storyweave.language.profile import Profile, phrases, words

PROFILE = Profile(
    code="es",
    name_connectors=words("y e los las en para por"),
    function_words=words(
        "el los las unos unas y pero cuando después antes sobre bajo con sin para por desde hasta entre él "
        "ella ellos ellas nosotros yo este esta estos estas ese esa todo todos muchos varios según también"
    ),
    articles=words("un el la"),
    name_particles=words("de del la"),
    time_words=words(
        "lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio "
        "agosto septiembre octubre noviembre diciembre"
    ),
    titles=words(
        "señor señora presidente ministro secretario secretaria rector alcalde alcaldesa gobernador "
        "gobernadora juez sr sra dra"
    ),
    org_heads=words(
        "universidad facultad secretaría ministerio gobierno alcaldía ayuntamiento consejo comisión fiscalía "
        "policía ejército partido fundación instituto banco empresa"
    ),
    place_prefixes=words("san santa santo puerto ciudad los las"),
    place_prepositions=words("en"),
    role_nouns=words("portavoz ministro presidente jefe comandante"),
    role_prepositions=words("de del"),
    speech_after=words("dijo afirmó declaró señaló explicó añadió aseguró indicó agregó"),
    speech_before=words("dijo afirmó declaró señaló explicó añadió aseguró indicó agregó"),
    quote_marks={"«": "»"},
    speech_verbs=phrases(
        "defendió|recalcó|lamentó|criticó|reiteró|precisó|puntualizó|resaltó|relató|contó|admitió|denunció|opinó|consideró|remarcó|enfatizó|ha dicho|ha afirmado|ha declarado|ha señalado|ha explicado|ha asegurado|ha indicado|ha añadido|"
        "han dicho|han afirmado|dijo|dijeron|afirmó|declaró|señaló|explicó|añadió|aseguró|indicó|manifestó|"
        "subrayó|apuntó|destacó|advirtió|sostuvo|agregó|comentó|expresó|reconoció|insistió|anunció|"
        "dice|afirma|asegura|explica|señala|añade|advierte"
    ),
    reporting_verbs=words(
        "defendió recalcó lamentó criticó reiteró precisó puntualizó resaltó relató contó admitió denunció opinó consideró remarcó enfatizó dijo dijeron afirmó declaró señaló explicó aseguró indicó manifestó subrayó apuntó destacó advirtió "
        "sostuvo agregó reconoció anunció dice afirma asegura explica señala advierte"
    ),
    bare_clause_verbs=words("dijo dice"),
    according_to=phrases("según|de acuerdo con"),
    person_pronouns=words("él ella"),
    complementizers=words("que"),
    decimal=",",
    ordinal_words=(
        "primero:1 primer:1 segundo:2 tercero:3 tercer:3 cuarto:4 quinto:5 sexto:6 séptimo:7 septimo:7 octavo:8 "
        "noveno:9 décimo:10 decimo:10 undécimo:11 duodécimo:12 vigésimo:20 vigesimo:20 trigésimo:30 trigesimo:30 "
        "cuadragésimo:40 cuadragesimo:40 quincuagésimo:50 quincuagesimo:50 sexagésimo:60 septuagésimo:70 "
        "septuagesimo:70 octogésimo:80 nonagésimo:90 centésimo:100* centesimo:100* ducentésimo:200 ducentesimo:200 "
        "tricentésimo:300 tricentesimo:300 milésimo:1e3* milesimo:1e3* millonésimo:1e6* millonesimo:1e6*"
    ),
    ordinal_endings=("", "o>a", ">s", "o>as"),
    ordinal_digits="º|ª|°|o|a|er",
    decimal_words=words("coma"),
    number_words=(
        "cero:0 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10 once:11 doce:12 trece:13 "
        "catorce:14 quince:15 dieciséis:16 diecisiete:17 dieciocho:18 diecinueve:19 veinte:20 veintiuno:21 "
        "veintiún:21 veintidós:22 veintitrés:23 veinticuatro:24 veinticinco:25 veintiséis:26 veintisiete:27 "
        "veintiocho:28 veintinueve:29 treinta:30 cuarenta:40 cincuenta:50 sesenta:60 setenta:70 ochenta:80 "
        "noventa:90 cien:100 ciento:100 doscientos:200 doscientas:200 trescientos:300 trescientas:300 "
        "cuatrocientos:400 cuatrocientas:400 quinientos:500 quinientas:500 seiscientos:600 setecientos:700 "
        "ochocientos:800 novecientos:900 un:1 uno:1 una:1 mil:1e3* millón:1e6* millones:1e6*"
    ),
    number_and=("y",),
    number_between="entre",
    ones=words("un uno una"),
    fractions=words("medio media"),
    scales={"mil millones": 1000000000.0, "mil": 1000.0, "millón": 1000000.0, "millones": 1000000.0},
    qualifiers={
        "about": "alrededor de|unos|unas|aproximadamente|aprox.|en torno a|cerca de|unos estimados",
        "over": "más de|por encima de",
        "at least": "al menos|por lo menos|como mínimo",
        "under": "menos de",
        "up to": "hasta|como máximo",
        "nearly": "casi|prácticamente",
        "just over": "poco más de|algo más de",
    },
    after_qualifiers={"o más": "at least", "+": "at least"},
    vague=(
        ("cientos de miles", 200000.0, 999999),
        ("decenas de miles", 20000.0, 99999),
        ("unos cientos", 200, 400),
        ("varios cientos", 300, 900),
        ("varios miles", 3000, 9000),
        ("una decena", 8, 12),
        ("una docena", 10, 14),
        ("una veintena", 17, 23),
        ("un centenar", 85, 115),
        ("un millar", 850, 1150),
        ("decenas", 20, 99),
        ("docenas", 24, 99),
        ("centenares", 200, 999),
        ("cientos", 200, 999),
        ("miles", 2000, 9999),
        ("un puñado", 3, 6),
    ),
    percent_words=phrases("por ciento"),
    currencies={"USD": "dólares dolares", "EUR": "euros"},
    durations={
        "seconds": "segundo segundos",
        "minutes": "minuto minutos",
        "hours": "hora horas",
        "days": "día días",
        "weeks": "semana semanas",
        "months": "mes meses",
        "years": "año años",
        "decades": "década décadas",
    },
    measures={
        "temperature": "grados grado",
        "km": "kilómetros",
        "m": "metros",
        "cm": "centímetros centímetro",
        "tonnes": "toneladas",
        "litres": "litros",
        "hectares": "hectáreas",
    },
    ratio_after=phrases("veces"),
    age_after=phrases("de edad"),
    age_before=phrases("edad de"),
    ago_before=phrases("hace"),
    window_before=phrases("últimos|últimas|próximos|próximas|primeros|primeras|pasados"),
    label_before=phrases("artículo|número|resolución"),
    clock_after=phrases("hora local"),
    claim_stop_words=words(
        "el la los las lo un una unos unas este esta estos estas ese esa esos esas su sus nuestro ningún "
        "ninguna todos todas cada muchos varios otros otras y o pero mientras porque como cuando donde quien "
        "quienes que cual cuales si de del a al en sobre bajo para por con sin tras antes desde durante entre "
        "hacia contra según es son era eran ser sido fue fueron ha han había habían haber será serán va van "
        "puede pueden debe dijo también todavía ya solo no más se le les hoy ayer está están estaba estaban "
        "hay"
    ),
    claim_events={
        "killed": "muert[oa]s?|murieron|fallecid\\w+|asesinad\\w+|perdieron la vida",
        "wounded": "herid[oa]s?",
        "surrendered": "se rindieron|rendid[oa]s|entregad[oa]s",
        "captured": "recuperad[oa]s?|reconquist\\w*|tomad[oa]s?|liberad[oa]s?",
        "fled": "huyeron|huido|huyendo",
        "displaced": "desplazad\\w+|sin hogar|damnificad[oa]s",
        "left": "abandonaron|salieron",
        "remaining": "atrapad[oa]s|quedan|permanecen",
        "arrested": "detenid[oa]s|arrestad[oa]s",
        "released": "excarcelad[oa]s",
        "evacuated": "evacuad[oa]s",
        "missing": "desaparecid[oa]s",
        "population": "población",
    },
    people_classes={
        "combatants": "combatiente|yihadista|insurgente|milician|rebelde|terrorista",
        "civilians": "civiles|niños|mujeres|refugiad",
    },
    people_words="personas",
    genitive_words=phrases("de|del"),
    generic_events=phrases("combate|batalla|ataque|asalto"),
    campaign_words=phrases("ofensiva|batalla|asalto|campaña|operación|asedio|guerra"),
    start_words=phrases("comenzó|inició|lanzó|empezó|arrancó"),
    clause_conjunctions=phrases("mientras|pero|y"),
    claim_templates={"percent": "parte de {}", "duration": "duración de {}", "start date": "inicio de {}"},
    locatives=words("en cerca dentro"),
    demonstratives=words("ese esa este esta"),
    of_words=words("de del"),
    sentence_abbreviations=words(
        "abr ago apdo arq av avda cía d dic dra dña ee.uu ene feb gral ing lic nov núm oct p.ej pág s.a sept "
        "sr sra srta sta sto tel ud uds"
    ),
    date_cues=words("en desde hasta de a principios finales mediados antes después"),
    span_openers=words("desde"),
    past_day_words=words("pasado"),
    next_day_words=words("próximo"),
    future_words=words("será serán va van próximo próxima prevé"),
    recent_phrases=("en los últimos días", "en las últimas 24 horas", "esta semana"),
    this_month_phrases=("este mes", "a principios de este mes", "a principios de mes"),
    morning_words=words("mañana"),
    morning_before=words("la esta por cada"),
    stamp_cues=phrases("actualizado|actualización|publicado|última actualización|foto:|privacidad|cookies"),
    dangling_words=words("y o pero el la los las un una unos unas de del a al en con por para que"),
    furniture_phrases=phrases(
        "lea también|leer más|te puede interesar|suscríbete|política de privacidad|ver también|síguenos en|haz clic aquí"
    ),
    anaphoric_openers=words("su sus ese esa eso aquel aquella asimismo además también"),
    rate_before=phrases("por cada"),
    story_later=phrases("después|más tarde"),
    from_now=phrases("a partir de ahora|desde ahora"),
    few_words=phrases("unos pocos|unas pocas|unos|unas|algunos|algunas"),
    this_day_words=words("este esta"),
    day_phrases={"pasado mañana": 2, "antes de ayer": -2},
    during_words=phrases("en"),
    personal_pronouns=words("él ella ellos ellas"),
    background_before=phrases(
        "frente a|en comparación con|comparado con|respecto a|hasta el|hasta|a más tardar el|fechada el|tomada el"
    ),
    sentence_starters=words("El La Los Las Un Una Según Tras Desde Durante"),
    range_openers=phrases("del|desde|entre"),
    range_joiners=phrases("al|a|hasta"),
)
