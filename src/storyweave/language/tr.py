"""Turkish: what the engine knows of it so far (a partial module: the stages fall back for the rest)."""

from __future__ import annotations

from storyweave.language.profile import Profile, phrases, words

PROFILE = Profile(
    code="tr",
    partial=True,
    apostrophe_suffixes=True,
    name_connectors=words("ve"),
    decimal=",",
    # Turkish writes compounds as separate words ("yüz altmış bir") or joined ("yüzaltmışbir"), with no "and".
    decimal_words=words("nokta virgül"),
    number_words=(
        "sıfır:0 bir:1 iki:2 üç:3 dört:4 beş:5 altı:6 yedi:7 sekiz:8 dokuz:9 on:10 yirmi:20 otuz:30 kırk:40 elli:50 "
        "altmış:60 yetmiş:70 seksen:80 doksan:90 yüz:100* bin:1e3* milyon:1e6* milyar:1e9* trilyon:1e12*"
    ),
    ones=words("bir"),
    fractions=words("yarım buçuk"),
    scales={"bin": 1e3, "milyon": 1e6, "milyar": 1e9, "trilyon": 1e12},
    qualifiers={
        "about": "yaklaşık|tahminen|aşağı yukarı|ortalama",
        "at least": "en az",
        "up to": "en fazla|en çok",
        "nearly": "neredeyse|hemen hemen",
    },
    # Turkish puts "more than" after the figure, on its ablative: "100'den fazla", "5 binden fazla".
    after_qualifiers={
        "'den fazla": "over",
        "'dan fazla": "over",
        "'ten fazla": "over",
        "'tan fazla": "over",
        "den fazla": "over",
        "dan fazla": "over",
        "ten fazla": "over",
        "tan fazla": "over",
        "'in üzerinde": "over",
        "'ın üzerinde": "over",
        "'un üzerinde": "over",
        "'ün üzerinde": "over",
        "civarında": "about",
        "kadar": "about",
        "'e kadar": "up to",
        "'a kadar": "up to",
        "'ye kadar": "up to",
        "'ya kadar": "up to",
        "'den az": "under",
        "'dan az": "under",
    },
    vague=(
        ("yüz binlerce", 200000.0, 999999),
        ("on binlerce", 20000.0, 99999),
        ("birkaç yüz", 200, 400),
        ("birkaç bin", 2000, 4000),
        ("milyonlarca", 2000000.0, 9999999),
        ("binlerce", 2000, 9999),
        ("yüzlerce", 200, 999),
        ("onlarca", 20, 99),
        ("düzinelerce", 24, 99),
        ("birkaç", 3, 9),
    ),
    ordinal_words=(
        "birinci:1 ikinci:2 üçüncü:3 dördüncü:4 beşinci:5 altıncı:6 yedinci:7 sekizinci:8 dokuzuncu:9 onuncu:10 "
        "yirminci:20 otuzuncu:30 kırkıncı:40 ellinci:50 altmışıncı:60 yetmişinci:70 sekseninci:80 doksanıncı:90 "
        "yüzüncü:100* bininci:1e3* milyonuncu:1e6* milyarıncı:1e9* trilyonuncu:1e12*"
    ),
    ordinal_digits="'?(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü)",
    minus_words=phrases("eksi"),
    percent_before=phrases("yüzde"),
    # Case endings ride on the currency: "249,4 milyar dolara yükseldi", "5 bin liradan", "10 milyon dolarlık".
    currencies={
        "TRY": "lira TL liralık liraya liradan lirayı liralık",
        "USD": "dolar dolara dolardan doları dolarlık",
        "EUR": "avro euro avroya avrodan avroluk euroya eurodan euroluk",
        "GBP": "sterlin sterline sterlinden sterlinlik",
    },
    speech_after=words("dedi söyledi belirtti açıkladı kaydetti vurguladı ekledi konuştu bildirdi"),
    quote_marks={"“": "”", "«": "»"},
    # Turkish ends the sentence on the verb: `Erdoğan, "..." dedi.`, `..., olduğunu söyledi.`
    speech_verbs=phrases(
        "diyor|dedi ki|belirterek|ifade ederek|vurgulayarak|söyleyerek|kaydederek|açıklamasını yaptı|açıklama yaptı|paylaştı|diye konuştu|şeklinde konuştu|ifadelerini kullandı|sözlerini kullandı|açıklamasında bulundu|ifade etti|"
        "dile getirdi|dedi|söyledi|belirtti|açıkladı|kaydetti|vurguladı|ekledi|bildirdi|aktardı|duyurdu|yazdı|"
        "konuştu|savundu|iddia etti"
    ),
    reporting_verbs=words("söyledi belirtti açıkladı kaydetti vurguladı bildirdi duyurdu savundu dedi"),
    bare_clause_verbs=words("dedi söyledi belirtti"),
    person_pronouns=words("o"),
    verb_final=True,
    measures={
        "temperature": "derece",
        "kg": "kilo kilogram kilogramda kilograma kiloluk",
        "km": "kilometre",
        "tonnes": "ton",
        "m": "metre",
        "litres": "litre",
        "hectares": "dekar hektar",
        "barrels": "varil",
    },
    ago_after=phrases("önce|evvel"),
    durations={
        "hours": "saat saatte saattir",
        "days": "gün günde gündür günlük",
        "weeks": "hafta haftada haftadır",
        "months": "ay ayda aydır aylık",
        "years": "yıl yılda yıldır yıllık sene senede",
    },
    stamp_cues=phrases("güncelleme|son güncelleme|güncelleme tarihi|yayınlanma|yayın tarihi|kvkk|çerez|foto:"),
    dangling_words=words("ve ile veya ama ya da için gibi"),
    furniture_phrases=phrases("ayrıca bakınız|haberin devamı|ilgili haber|çerez politikası|abone ol|tıklayın"),
    anaphoric_openers=words("bu bunu bunun bunlar şu o onun onlar ayrıca ancak"),
    claim_stop_words=words(
        "ve ile veya ya da ama fakat ancak de da ki bu şu o bir her hiç çok daha en gibi için kadar göre sonra önce olarak olan oldu olduğu olduğunu etti eden edildi edilen yapılan yaptı var yok ise ayrıca değil mi ne kim hangi tarafından üzere arasında içinde üzerinde yaklaşık fazla az"
    ),
    claim_events={
        "killed": "hayatını kaybetti|öldü|ölü|öldürüldü|can verdi|şehit",
        "wounded": "yaralandı|yaralı",
        "arrested": "gözaltına alındı|tutuklandı|yakalandı",
        "evacuated": "tahliye edildi",
        "missing": "kayıp",
        "infected": "vaka|enfekte|virüs bulaştı",
    },
    people_words="kişi|insan|vatandaş",
    claim_templates={"percent": "{} payı", "duration": "{} süresi"},
    window_before=phrases("son|geçen|önümüzdeki|ilk"),
    window_after=phrases("içinde|içerisinde|zarfında|boyunca"),
    label_before=phrases("saat|no|madde"),
    story_later=phrases("sonra|sonrasında"),
    few_words=phrases("birkaç"),
    this_day_words=words("bu"),
    verb_endings="\\w+(?:d|t)[ıiuü](?:r|k|m|n|ler|lar)?|\\w+[ıiuü]yor(?:du|lar)?|\\w+m[ıiuü]ş(?:t[ıiuü]r)?|\\w+[ae]c[ae]k|\\w+[ae]rken",
    personal_pronouns=words("onu ona onun onlar onları"),
    background_after=phrases("tarihine kadar|tarihe kadar|kadar|tarihli|itibaren|tarihinden itibaren"),
)
