"""The questions every language module answers, so adding a language is filling in one `Profile`.

A stage asks the language package, never a table of its own: `language.gather("speech_after")` is every
language's speech verbs (the name finder reads a sentence without trusting its detected language), and
`language.profile("de")` one language's answers (the number reader needs the decimal mark of the article's own).
An empty answer means "nothing known yet", and a stage then falls back as it does for a language with no module.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

Words = frozenset[str]


def words(text: str) -> Words:
    return frozenset(text.split())


def phrases(text: str) -> tuple[str, ...]:
    """'legger til|la til|sa': phrases in the order a pattern tries them."""
    return tuple(text.split("|"))


@dataclass(frozen=True, slots=True)
class Profile:
    code: str  # ISO 639-1, as the store keeps it
    # A partial module holds what is known so far (abbreviations, date words, decimal mark); the stages read it
    # with fallbacks for the rest, and it is no reading language yet (`language.READING`).
    partial: bool = False
    # -- sentences (normalize/sentences) ------------------------------------------------------------------------
    sentence_abbreviations: Words = frozenset()  # lower case, no final stop: "bl.a", "z.b", "mme"
    sentence_starters: Words = frozenset()  # words that open sentences: after "U.S." they tell it ended there
    # -- dates (digest/lexicon: what dateparser's month and weekday names do not say) -------------------------
    date_cues: Words = frozenset()  # words that make a bare month or year a date: "in June", "since 2014"
    span_openers: Words = frozenset()  # "since early June": the start of a span
    past_day_words: Words = frozenset()  # "last Friday"
    next_day_words: Words = frozenset()  # "next Friday"
    capital_nouns: bool = (
        False  # every noun is capitalised ("der Passagier"): a capital says no name, no sentence start
    )
    capital_months: bool = False  # months are written capitalised ("May", "März"): "may" and "march" are words
    this_day_words: Words = frozenset()  # "this Friday": the weekday of the report's own week
    day_phrases: Mapping[str, int] = field(default_factory=dict)  # "pasado mañana": 2, what dateparser lacks
    day_articles: Words = frozenset()  # "the 27th", "de 21ste", "den 27:e": a day of the month alone
    day_month_joiners: Words = frozenset()  # "tweede van augustus", "الثاني من أغسطس": beside `of_words`
    future_words: Words = frozenset()  # tense cues: a weekday in a sentence about the future is the next one
    recent_phrases: tuple[str, ...] = ()  # "in recent days": dated to the anchor, approximate
    this_month_phrases: tuple[str, ...] = ()  # "earlier this month": the anchor's month
    morning_words: Words = frozenset()  # a word for "tomorrow" that also means "morning" ("morgen", "mañana")
    morning_before: Words = frozenset()  # the words before it that make it the morning ("heute Morgen")
    # -- terms (language/terms: clustering and sentence alignment) --------------------------------------------
    term_stop_words: Words = frozenset()  # left out of terms: words every report uses, whatever its event
    # -- names (digest/mentions, digest/quotes) ----------------------------------------------------------------
    function_words: Words = frozenset()  # closed-class words and adverbs: never a name on their own
    articles: Words = frozenset()  # "the", "der", "la": what opens a role in apposition
    name_particles: Words = frozenset()  # lower-case words inside names: "Deir al-Zor", "Ludwig van Beethoven"
    name_connectors: Words = frozenset()  # lower-case words inside organisations' names: "for", "and", "für"
    capitalised_nouns: bool = False  # every noun is written with a capital ("Rettungspaket"): capitals say less
    inflected_names: bool = False  # names take case endings ("Bagdadzie", "Merkels"): merged by their lemma
    proclitics: tuple[str, ...] = ()  # letters written onto a name's first word: Arabic "و" and, "ب" in ("وتركيا")
    apostrophe_suffixes: bool = False  # "Konya'da", "Erdoğan'ın": a case ending after an apostrophe, not the name
    time_words: Words = frozenset()  # months, weekdays, feasts and their abbreviations: capitalised, no names
    titles: Words = frozenset()  # titles before a name, its role and never part of it ("President", "Frau")
    title_modifiers: Words = frozenset()  # words that make a title only beside one ("vice", "deputy")
    abbreviations: Words = frozenset()  # besides titles, short words a dot ends inside a name ("St.", "Jr.")
    org_heads: Words = frozenset()  # a name's head that makes it an organisation ("Forces", "Universidad")
    place_heads: Words = frozenset()  # a name's head that makes it a place ("River", "Province")
    place_next: Words = frozenset()  # a word after a name that makes it a place ("province", "byen")
    place_prefixes: Words = frozenset()  # words that open place names ("San", "Port")
    place_prepositions: Words = frozenset()  # "in", "nach": a name after them is likely a place
    place_of: Words = frozenset()  # "city of", "byen": a place named after them
    org_next: Words = frozenset()  # a word after a name that makes it an organisation ("spokesman", "agency")
    group_next: Words = frozenset()  # a word after a name that makes it an armed group ("fighters")
    org_suffixes: Words = frozenset()  # compound tails after an acronym: "YPG-styrkene" (an organisation)
    group_suffixes: Words = frozenset()  # "IS-krigere" (an armed group)
    place_suffixes: Words = frozenset()  # "Raqqa-provinsen" (a place)
    role_nouns: Words = frozenset()  # the head of a role: "spokesman", "talsmann", "portavoz"
    role_prepositions: Words = frozenset()  # "spokesman for", "talsmann til"
    role_modifier_orgs: Words = frozenset()  # "coalition spokesman": common nouns that modify a role
    speech_after: Words = frozenset()  # speech verbs after a quote or its speaker ("said", "sa", "sagte")
    speech_before: Words = frozenset()  # speech verbs that may come before the speaker ("said Sello")
    demonyms: Words = frozenset()  # adjectives of place, capitalised in some languages, never a name alone
    not_labels: Words = frozenset()  # capitalised rubrics before a colon that are no speaker ("UPDATE:")
    not_acronyms: Words = frozenset()  # capitals that are no organisation's initials ("AM", "TV")
    # -- quotes (digest/quotes) ---------------------------------------------------------------------------------
    quote_marks: Mapping[str, str] = field(default_factory=dict)  # opening mark -> the marks that close it
    speech_verbs: tuple[str, ...] = ()  # verbs and phrases that attribute a quote ("said", "legger til", "a dit")
    reporting_verbs: Words = frozenset()  # those that carry a claim in reported speech ("cried" does not)
    bare_clause_verbs: Words = frozenset()  # those that take a clause without "that" ("said", "sa")
    impersonal_speech: Words = frozenset()  # speech with no speaker ("heter det")
    according_to: tuple[str, ...] = ()  # "according to", "ifølge": the source of what follows
    person_pronouns: Words = frozenset()  # "he", "hun": the previous speaker
    thing_pronouns: Words = frozenset()  # "it", "det": an organisation speaking
    definite_words: Words = frozenset()  # "the", "den": a role already introduced ("the commander said")
    subordinators: Words = frozenset()  # words that open a subordinate clause, never a speaker
    conjunctions: Words = frozenset()  # "and", "og"
    verb_second_openers: Words = frozenset()  # words that front a clause and push the verb before its subject
    after_speech_verb: Words = frozenset()  # objects and times between a speech verb and its clause
    weekdays: Words = frozenset()  # "on Tuesday" between a verb and its clause
    speaker_org_tails: Words = frozenset()  # a speaker's last word that makes it an organisation ("agency")
    dangling_words: Words = frozenset()  # a quote ending on these was cut short ("and", "og")
    clause_openers: Words = frozenset()  # words that open a reported clause ("they", "de")
    modifier_tails: tuple[str, ...] = ()  # "-led", "-støttede": a name's hyphened tail that makes it a modifier
    complementizers: Words = frozenset()  # "that", "at", "dass", "que", "że", "أن": what opens the reported clause
    verb_final: bool = False  # the speech verb ends the sentence, its subject opens it (Turkish: "X, ... dedi")
    # -- numbers (language/numbers, digest/quantities) ---------------------------------------------------------
    decimal: str = ""  # the decimal mark, "." or ","; "" when unknown (a clash is then reported, not guessed)
    number_words: str = ""  # "two:2 … hundred:100*": value, and "*" when it multiplies what precedes it
    number_and: tuple[str, ...] = ()  # the word that joins number words ("two hundred and fifty")
    number_between: str = ""  # the word of a range, "between 100 and 200"
    ones: Words = frozenset()  # words for one that are also articles ("a", "ein", "un")
    fractions: Words = frozenset()  # "half", "halb": a number word that is no whole figure
    scales: Mapping[str, float] = field(default_factory=dict)  # after digits: "3.5 million", "1,5 mrd."
    qualifiers: Mapping[str, str] = field(default_factory=dict)  # hedge kind -> "a|b|c" before a figure
    after_qualifiers: Mapping[str, str] = field(default_factory=dict)  # "or more" -> "at least", after it
    vague: tuple[tuple[str, float, float], ...] = ()  # words for quantities: ("dozens", 24, 99)
    minus_words: tuple[str, ...] = ()  # "minus", "eksi", "سالب": the figure after them is negative
    decimal_words: Words = frozenset()  # "point", "komma", "virgule": "two point five" is 2.5
    ordinal_words: str = ""  # "first:1 second:2 …": ordinals no rule forms from the number words
    ordinal_rules: tuple[str, ...] = ()  # "y>ieth", ">th": an ordinal from a number word (drop > add)
    ordinal_endings: tuple[str, ...] = ()  # "", "n", "r": the endings an ordinal declines with
    ordinal_digits: str = ""  # a pattern after digits that makes them an ordinal: "st|nd|rd|th"
    # -- claims (digest/facts): the words a claim is read with -----------------------------------------------
    claim_stop_words: Words = frozenset()  # a counted noun stops at one of these
    of_words: Words = frozenset()  # "of", "av", "von": a noun phrase goes on past them
    genitive_words: tuple[str, ...] = ()  # "100 of the fighters": the figure counts what follows
    locatives: Words = frozenset()  # "in", "på": a place is looked for after them
    demonstratives: Words = frozenset()  # "this battle": points back at the previous sentence's subject
    generic_events: tuple[str, ...] = ()  # "the battle", "kampen": a subject that needs its antecedent
    campaign_words: tuple[str, ...] = ()  # "offensive", "slaget": what a start date is the start of
    start_words: tuple[str, ...] = ()  # "began", "startet"
    clause_conjunctions: tuple[str, ...] = ()  # "while", "mens": where a sentence's clauses part
    participles: str = ""  # a pattern of past participles after a counted noun ("houses damaged")
    people_words: str = ""  # a pattern of words for people ("people", "mennesker")
    verb_endings: str = ""  # a pattern a verb ends with where nothing else tells it ("joining", "arttı", "zginęło")
    # What happened to what is counted, as patterns per event key ("killed": "kill(?:ed|ing|s)?|dead|…"), and
    # which people are counted ("combatants", "civilians"); the keys are the same in every language.
    claim_events: Mapping[str, str] = field(default_factory=dict)
    people_classes: Mapping[str, str] = field(default_factory=dict)
    claim_templates: Mapping[str, str] = field(default_factory=dict)  # "percent": "share of {}"
    # -- units and what makes a number no figure (digest/quantities) ------------------------------------------
    percent_words: tuple[str, ...] = ()  # "percent", "prosent", "pour cent"
    percent_before: tuple[str, ...] = ()  # "yüzde 50", "%50": the percent word written before the figure
    currencies: Mapping[str, str] = field(default_factory=dict)  # ISO code -> the words after a figure
    crowns: str = ""  # the currency "kroner" and "kr" name in the language ("NOK")
    durations: Mapping[str, str] = field(default_factory=dict)  # unit ("days") -> its words
    measures: Mapping[str, str] = field(default_factory=dict)  # unit ("km") -> its words: read, never claimed
    ratio_after: tuple[str, ...] = ()  # "ten times higher": a ratio, not a count
    age_after: tuple[str, ...] = ()  # "22 years old"
    age_suffixes: tuple[str, ...] = ()  # "22-jährig"
    age_before: tuple[str, ...] = ()  # "aged 22"
    ago_after: tuple[str, ...] = ()  # "three years ago": a date
    ago_before: tuple[str, ...] = ()  # "vor drei Jahren", "il y a trois ans"
    furniture_phrases: tuple[str, ...] = ()  # "read also", "czytaj także", "lire aussi": a page's, never a summary's
    personal_pronouns: Words = frozenset()  # "he", "il", "on": a sentence naming no one before one leans on another
    anaphoric_openers: Words = frozenset()  # "dabei", "sa", "bu": a sentence opening on them leans on the one before
    background_before: tuple[str, ...] = ()  # "compared with", "bis", "hasta": a date only compared or waited for
    background_after: tuple[str, ...] = ()
    range_openers: tuple[str, ...] = ()  # "from", "del", "von": a date after them opens a range
    range_joiners: tuple[
        str, ...
    ] = ()  # "to", "al", "bis": between a range's two ends  # "tarihine kadar", "tarihli": the same, written after the date
    stamp_cues: tuple[str, ...] = ()  # "updated", "veröffentlicht", "güncelleme": a date after them is the page's
    story_ago: tuple[str, ...] = ()  # the `ago_after` words that count back from the story, not the report ("earlier")
    story_later: tuple[str, ...] = ()  # "three days later", "üç gün sonra": counted from the story, not the report
    from_now: tuple[str, ...] = ()  # "two weeks from now", "två veckor från nu": counted forward from the report
    during_words: tuple[str, ...] = ()  # "in", "en": "in 3 weeks" is a date only in a sentence about the future
    few_words: tuple[str, ...] = ()  # "a few days ago", "vor einigen Tagen": a count of about three
    window_after: tuple[str, ...] = ()  # "24 saat içinde", "within": a window of time written after it
    window_before: tuple[str, ...] = ()  # "the past two days": a window of time
    rate_before: tuple[str, ...] = ()  # "per 100,000", "je 1.000 Einwohner": the base of a rate, not a count
    label_before: tuple[str, ...] = ()  # "Resolution 2254", "kl. 14": a label or a time, not a figure
    clock_after: tuple[str, ...] = ()  # "14 Uhr", "10 local time"


QUESTIONS = tuple(name for name in Profile.__dataclass_fields__ if name != "code")
