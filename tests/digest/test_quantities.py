from __future__ import annotations

import pytest

from storyweave.digest.facts.vocabulary import CLAIMED
from storyweave.digest.quantities import Quantity, dimension, in_days, read_quantities
from storyweave.language.numbers import is_number_word, parse_number


def figures(text: str, language: str = "en") -> list[tuple[str, float, float, float, str]]:
    return [(q.text, q.value, q.low, q.high, q.unit) for q in read_quantities(text, language).quantities]


def only(text: str, language: str = "en") -> Quantity:
    found = read_quantities(text, language).quantities
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "twenty-two fighters", 22),
        ("en", "two hundred and fifty people", 250),
        ("en", "a hundred men", 100),
        ("en", "three thousand residents", 3000),
        ("no", "tjueto soldater", 22),
        ("no", "hundre og tjue mann", 120),
        ("no", "fem tusen sivile", 5000),
        ("de", "zweiundzwanzig Kämpfer", 22),
        ("de", "dreihundert Menschen", 300),
        ("fr", "vingt-deux combattants", 22),
        ("fr", "quatre-vingt-dix civils", 90),
        ("fr", "vingt et un soldats", 21),
        ("es", "veintidós muertos", 22),
        ("es", "treinta y dos civiles", 32),
        ("es", "ciento veinte personas", 120),
    ],
)
def test_number_words_in_five_languages(language: str, text: str, value: float) -> None:
    quantity = only(text, language)
    assert (quantity.value, quantity.low, quantity.high, quantity.unit) == (value, value, value, "count")


def test_one_and_its_articles_are_not_figures() -> None:
    assert figures("one woman cried; a man ran") == []
    assert figures("en mann og ei kvinne", "no") == []
    assert figures("ein Mann, eine Frau", "de") == []
    assert figures("un homme, une femme", "fr") == []
    assert figures("un hombre, una mujer", "es") == []
    assert figures("one day he came back; one of them died") == []


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [("en", "I ran one mile", "measure:miles"), ("en", "it cost a dollar", "USD"), ("fr", "un kilo", "measure:kg")],
)
def test_one_before_a_unit_is_a_figure(language: str, text: str, unit: str) -> None:
    assert [(q.value, q.unit) for q in read_quantities(text, language).quantities] == [(1.0, unit)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [("de", "null Tote", 0.0), ("de", "Platz eins", 1.0), ("nl", "nummer één", 1.0), ("en", "zero cases", 0.0)],
)
def test_numerals_that_are_never_articles_are_read_alone(language: str, text: str, value: float) -> None:
    assert [q.value for q in read_quantities(text, language).quantities] == [value]


@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        ("en", "a few hundred ISIS militants", 200, 400),
        ("en", "Dozens of foreign militants", 24, 99),
        ("en", "scores of civilians", 40, 99),
        ("en", "hundreds of families", 200, 999),
        ("en", "tens of thousands of people", 20_000, 99_999),
        ("no", "dusinvis av sivile", 24, 99),
        ("no", "noen hundre krigere", 200, 400),
        ("no", "hundrevis av mennesker", 200, 999),
        ("de", "Dutzende Zivilisten", 24, 99),
        ("de", "einige hundert Kämpfer", 200, 400),
        ("fr", "des dizaines de civils", 20, 99),
        ("fr", "une centaine de soldats", 85, 115),
        ("fr", "quelques centaines de combattants", 200, 400),
        ("es", "decenas de civiles", 20, 99),
        ("es", "unos cientos de combatientes", 200, 400),
    ],
)
def test_words_for_quantities_are_ranges(language: str, text: str, low: float, high: float) -> None:
    quantity = only(text, language)
    assert (quantity.low, quantity.high, quantity.qualifier) == (low, high, "vague")
    assert low <= quantity.value <= high


@pytest.mark.parametrize(
    ("language", "text", "value", "low", "high"),
    [
        ("en", "Some 100 fighters", 100, 85, 115),  # a round figure: ±15%
        ("en", "around 22 ISIS militants", 22, 19.8, 24.2),  # a precise one: ±10%
        ("no", "om lag 100 IS-krigere", 100, 85, 115),
        ("no", "rundt 150 fremmedkrigere", 150, 127.5, 172.5),
        ("de", "etwa 100 Kämpfer", 100, 85, 115),
        ("fr", "environ 100 combattants", 100, 85, 115),
        ("es", "alrededor de 100 combatientes", 100, 85, 115),
        ("en", "more than 1,000 civilians", 1000, 1000, 1500),
        ("en", "at least 30 people", 30, 30, 45),
        ("en", "nearly 200 people", 200, 180, 200),
        ("en", "fewer than 30 people", 30, 20, 30),
        ("en", "between 100 and 200 people", 150, 100, 200),
        ("no", "mellom 100 og 200 mennesker", 150, 100, 200),
    ],
)
def test_hedges_widen_the_range(language: str, text: str, value: float, low: float, high: float) -> None:
    quantity = only(text, language)
    assert (quantity.value, quantity.low, quantity.high) == (value, low, high)


def test_percentages_in_five_languages_are_capped_at_a_hundred() -> None:
    for language, text in [
        ("en", "more than 80 percent of the city"),
        ("en", "more than 80% of the city"),
        ("no", "mer enn 80 prosent av byen"),
        ("de", "mehr als 80 Prozent der Stadt"),
        ("fr", "plus de 80 pour cent de la ville"),
        ("es", "más de 80 por ciento de la ciudad"),
    ]:
        quantity = only(text, language)
        assert (quantity.value, quantity.low, quantity.high, quantity.unit) == (80, 80, 100, "percent"), text
    assert only("Rundt 90 prosent av byen", "no").high == 100


def test_thousands_and_decimals_are_read_by_the_reports_language() -> None:
    assert only("1,000 civilians").value == 1000
    assert only("1.000 sivile", "no").value == 1000
    assert only("1.000 Zivilisten", "de").value == 1000
    assert only("1.000 personas", "es").value == 1000
    assert only("1 000 personnes", "fr").value == 1000
    assert only("1,5 millioner kroner", "no").value == 1_500_000
    assert only("3.5 million dollars").value == 3_500_000
    assert only("1,000,000 people").value == 1_000_000


def test_a_separator_the_language_uses_for_decimals_is_reported_not_guessed() -> None:
    english = read_quantities("1.000 civilians were killed", "en")
    assert english.quantities == ()
    assert len(english.unread) == 1 and "1.000" in english.unread[0].reason
    german = read_quantities("1,000 Zivilisten wurden getötet", "de")
    assert german.quantities == () and len(german.unread) == 1
    unknown = read_quantities("1,000 people", "")
    assert unknown.quantities == () and "unknown" in unknown.unread[0].reason
    assert only("1,5 Prozent", "de").value == 1.5  # not three digits after the mark: a decimal in any language


def test_years_and_dates_are_not_counts() -> None:
    assert figures("The group seized the city in early 2014.") == []
    assert figures("SDF fighters have been on the offensive since June 5.") == []
    assert figures("the 2014 campaign") == []
    assert figures("on 12.10.2017 the talks began", "de") == []
    assert figures("the experience over the past two days") == []
    assert [q.value for q in read_quantities("some 2000 people fled in 2016").quantities] == [2000]


def test_ages_labels_ordinals_and_times_are_not_claims() -> None:
    ages = [("a 58-year-old woman", "en", 58), ("she is ten years old", "en", 10), ("Er ist zehn Jahre alt", "de", 10)]
    for text, language, age in ages:  # an age is read as an age, and the claims never take one
        assert [(q.value, q.unit) for q in read_quantities(text, language).quantities] == [(age, "age")]
    assert not CLAIMED.match("age")
    assert figures("UN Security Council Resolution 2254") == []
    assert figures("the 22nd brigade") == []
    assert figures("die 3. Brigade", "de") == []
    assert figures("at 10:30 the convoy left") == []
    assert figures("F-16 jets and Su-24 bombers") == []
    assert figures("they lost 27-20 in overtime") == []
    assert figures("three years ago") == []
    assert figures("1423 Frank Thorp, a US citizen, told CBS") == []  # a live blog's time stamp
    assert figures("struck at 1653 local time (2153 GMT) on Tuesday") == []
    assert figures("losses ten times higher") == []


def test_measures_are_read_as_measures() -> None:
    assert [q.unit for q in read_quantities("a convoy drove 161 km (100 miles) with 86 metric tons").quantities] == [
        "measure:km",
        "measure:miles",
        "measure:tonnes",
    ]
    assert only("nearly three decades in power").unit == "decades"
    assert is_number_word("fire", "no") and is_number_word("vingt", "fr") and not is_number_word("hospital")


def test_durations_and_sums() -> None:
    battle = only("After a grueling four-month battle")
    assert (battle.value, battle.unit) == (4, "months")
    assert (only("for 24 hours").unit, only("three years of ISIS rule").unit) == ("hours", "years")
    assert only("fire måneders kamp", "no").unit == "months"
    assert dimension("months") == dimension("hours") == "duration"
    assert in_days(24, "hours") == 1.0
    assert (only("$5m in aid").value, only("$5m in aid").unit) == (5_000_000, "USD")
    assert only("€3.5 billion").value == 3.5e9
    assert only("3 Millionen Euro", "de").unit == "EUR"
    assert only("2 millions d'euros", "fr").unit == "EUR"
    assert only("5 millones de dólares", "es").unit == "USD"
    assert only("5 milliarder kroner", "no").unit == "NOK"


def test_the_seed_sentences() -> None:
    text = (
        "Dozens of foreign militants were believed to have made their last stand in the stadium, while 22 were "
        "reportedly killed in the final attack on the hospital."
    )
    assert figures(text) == [("Dozens", 62, 24, 99, "count"), ("22", 22, 22, 22, "count")]
    assert figures("Raqqa, which had a pre-war population of more than 200,000, was the first major city") == [
        ("more than 200,000", 200_000, 200_000, 300_000, "count")
    ]


@pytest.mark.parametrize("token", ["", ".", ",", "²", " ²٢5", "+²²3", "+2٢²’"])
def test_what_is_no_number_parses_as_none(token: str) -> None:
    assert parse_number(token, "en") is None


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("tr", "1 milyon 783 bin kişi", 1783000),
        ("tr", "iki yüz iki bin asker", 202000),
        ("tr", "yüz altmış bir ev", 161),
        ("tr", "16 bin 563 kişi", 16563),  # the hundreds after a scale close the figure
        ("es", "28 mil 645 víctimas", 28645),
        ("es", "mil 70 casos", 1070),
        ("tr", "iki bin 500 lira", 2500),
        ("fr", "trente-sept pour cent des hommes", 37),  # "cent" is the percent word's, not a hundred
        ("tr", "2,5 milyar lira", 2.5e9),
        ("pl", "360 tys. zł", 360000),
        ("pl", "pięciuset żołnierzy", 500),
        ("pl", "dwadzieścia trzy osoby", 23),
        ("pl", "1,5 mln mieszkańców", 1.5e6),
        ("ar", "69 ألف شخص", 69000),
        ("ar", "ثلاث مائة وواحد وثلاثون", 331),
        ("ar", "١٢٣٫٥ مليون دولار", 123.5e6),
        ("de", "1,2 Milliarden Euro", 1.2e9),
        ("fr", "10 000 personnes", 10000),
        ("es", "dos millones de personas", 2e6),
        ("it", "trentotto morti", 38),
        ("it", "due milioni di euro", 2e6),
        ("pt", "duzentos e cinquenta mortos", 250),
        ("nl", "tweeëntwintig mensen", 22),
        ("sv", "tjugoett personer", 21),
    ],
)
def test_number_words_and_scale_words_in_each_language(language: str, text: str, value: float) -> None:
    assert only(text, language).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("de", "ein Rückgang um minus 0,75 Prozent", -0.75, "percent"),
        ("en", "temperatures of -9.5 °C overnight", -9.5, "measure:temperature:C"),
        ("en", "the index stood at minus 12", -12, "count"),
        ("tr", "sıcaklık eksi 5 derece", -5, "measure:temperature"),
        ("tr", "yüzde 50 arttı", 50, "percent"),
        ("tr", "%27 düştü", 27, "percent"),
        ("pl", "wzrost o 3,5 proc.", 3.5, "percent"),
        ("ar", "ارتفع بنسبة ٢٥٪", 25, "percent"),
        ("tr", "12.345 $'dan başlıyor", 12345, "USD"),
        ("en", "a 300mm lens", 300, "measure:m"),
        ("en", "a 3-inch screen", 3, "measure:inches"),
        ("en", "190,000 square meters of land", 190000, "measure:area"),
        ("en", "100 degrees Fahrenheit", 100, "measure:temperature:F"),
        ("ar", "وزنت 20 كيلو جرام", 20, "measure:kg"),
        ("ar", "بسعر 30 جنيهات", 30, "EGP"),
        ("tr", "beş dekar arazi", 5, "measure:hectares"),
        ("pl", "100 kilometrów drogi", 100, "measure:km"),
    ],
)
def test_separators_signs_percentages_and_units(language: str, text: str, value: float, unit: str) -> None:
    quantity = only(text, language)
    assert (quantity.value, quantity.unit) == (pytest.approx(value), unit)
    assert quantity.low <= quantity.value <= quantity.high


@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        ("fr", "des milliers d'animaux", 2000, 9999),
        ("tr", "binlerce kişi", 2000, 9999),
        ("pl", "kilkaset osób", 200, 900),
        ("pl", "dziesiątki tysięcy ludzi", 20000, 99999),
        ("ar", "عشرات الآلاف من الناس", 20000, 99999),
    ],
)
def test_vague_amounts_stay_vague(language: str, text: str, low: float, high: float) -> None:
    quantity = only(text, language)
    assert (quantity.qualifier, quantity.low, quantity.high) == ("vague", low, high)


@pytest.mark.parametrize(
    ("language", "text", "qualifier"),
    [
        ("tr", "100'den fazla kişi", "over"),
        ("tr", "en az 20 kişi", "at least"),
        ("pl", "ponad 300 osób", "over"),
        ("pl", "co najmniej 12 ofiar", "at least"),
        ("ar", "أكثر من 200 شخص", "over"),
        ("ar", "نحو 500 مقاتل", "about"),
    ],
)
def test_bounds_in_each_language(language: str, text: str, qualifier: str) -> None:
    assert only(text, language).qualifier == qualifier


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "na ten temat"),  # Polish "ten" is "this", not English ten
        ("tr", "bir adam geldi"),  # "bir" is Turkish's article as much as its one
        ("en", "the talks start at 15:30"),
        ("fr", "rendez-vous à 15 h 30"),
        ("de", "um 14 Uhr"),
        ("es", "a las 22.30 horas"),
        ("tr", "saat 19.00 itibarıyla"),  # a time of day
        ("pl", "po godz. 21 zamknięto"),
        ("tr", "son 24 saat içinde"),  # a window of time
        ("pl", "w ciągu ostatnich 24 godzin"),
        ("ar", "خلال 24 ساعة الماضية"),
        ("de", "Tel. 0551/491-2017"),  # a phone number's pieces
        ("en", "call +1-222-2222"),
        ("en", "score 27-20"),
    ],
)
def test_what_is_no_figure_in_each_language(language: str, text: str) -> None:
    assert figures(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("de", "12 Fälle je 1.000 Einwohner", 12),
        ("en", "30 cases per 100,000 people", 30),
        ("fr", "45 décès pour 100 000 habitants", 45),
    ],
)
def test_the_base_of_a_rate_is_no_figure(language: str, text: str, value: float) -> None:
    assert [q.value for q in read_quantities(text, language).quantities] == [value]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "neun Sterbefällen je 1.000 Einwohner", [9.0]),  # the base of a rate, even after a word figure
        ("tr", "doktor birkaç gün sonra geldi", []),  # a time counted to in the story, no claim
        ("tr", "24 saat içinde 10 kişi öldü", [10.0]),  # a window of time written after it
        ("ar", "بحد أقصى عشرة آلاف جنيه", [10000.0]),  # "ten thousand", not "thousands"
    ],
)
def test_rate_bases_story_times_windows_and_scales_after_a_number(
    language: str, text: str, expected: list[float]
) -> None:
    assert [q.value for q in read_quantities(text, language).quantities] == expected


def test_a_hedge_before_a_vague_word_keeps_its_one_open_end() -> None:
    more = only("more than a dozen people were injured")
    assert (more.qualifier, more.low) == ("over", 12.0)


def test_a_figure_too_large_to_hold_is_no_figure() -> None:
    assert figures("9" * 400 + " people died") == []
