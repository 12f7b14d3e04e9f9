from __future__ import annotations

import pytest

from storyweave.digest.equivalents import is_country, key, lookup
from storyweave.digest.mentions import Mention, find_definitions, find_mentions
from storyweave.digest.name_words import Lexicon, initials_match, is_demonym


def names(text: str, lexicon: Lexicon | None = None) -> list[str]:
    return [m.text for m in find_mentions(text, lexicon)]


def only(text: str, name: str, lexicon: Lexicon | None = None) -> Mention:
    [mention] = [m for m in find_mentions(text, lexicon) if m.text == name]
    return mention


def test_sentence_openers_months_weekdays_and_demonyms_are_not_names() -> None:
    assert names("The Syrian Democratic Forces announced they have defeated ISIS in Raqqa.") == [
        "Syrian Democratic Forces",
        "ISIS",
        "Raqqa",
    ]
    assert names("After Raqa, anti-IS efforts will focus on Deir Ezzor province.") == ["Raqa", "IS", "Deir Ezzor"]
    assert names("Fighters from the SDF raised a flag inside the stadium Tuesday.") == ["SDF"]
    assert names("Mange sivile har flyktet fra Raqqa i juni.") == ["Raqqa"]
    assert names("Losing Raqqa has been a huge blow for Syrian and Russian forces in June.") == ["Raqqa"]
    assert names("Some 100 fighters surrendered in the northern city of Raqqa Friday.") == ["Raqqa"]


def test_an_opener_is_a_name_when_the_event_capitalises_it_elsewhere() -> None:
    lexicon = Lexicon.of(["Kampene pågår i Raqqa.", "Sello told AFP the battle was over.", "Talal Sello spoke."])
    assert names("Raqqa har siden 2014 vært hovedstaden.", lexicon) == ["Raqqa"]
    assert names("Sello said Tuesday that fighters were sweeping the city.", lexicon) == ["Sello"]
    assert names("Eksilgruppa Syrian Observatory for Human Rights meldte at ...", lexicon) == [
        "Syrian Observatory for Human Rights"
    ]
    assert names("Coalition forces captured the hospital.", Lexicon.of(["the coalition said"])) == []


def test_acronyms_inside_norwegian_and_english_compounds() -> None:
    text = "Alle syriske IS-krigere har forlatt byen, og YPG-styrkene i den USA-støttede alliansen SDF hevder det."
    mentions = {m.text: m for m in find_mentions(text)}
    assert list(mentions) == ["IS", "YPG", "USA", "SDF"]
    assert "group-suffix" in mentions["IS"].cues and "org-suffix" in mentions["YPG"].cues
    assert names("U.S.-backed fighters and the USA -backed SDF advanced.") == ["U.S.", "USA", "SDF"]
    assert names("Iraq-Syria border towns and Kurdish-led forces.") == ["Iraq", "Syria"]
    assert names("There are still IEDs in the city.") == []


def test_titles_and_roles_are_stripped_from_names_into_roles() -> None:
    sello = only(
        "Brig. Gen. Talal Sello, of the U.S.-backed Syrian Democratic Forces (SDF), announced it.", "Talal Sello"
    )
    assert sello.roles == ("Brig. Gen.",) and "title" in sello.cues
    dillon = only("said Col. Ryan Dillon, a spokesman for the U.S.-led coalition.", "Ryan Dillon")
    assert dillon.roles == ("Col.", "spokesman for the U.S.-led coalition")
    nuri = only(
        "Nuri Mahmoud, spokesman for the People's Protection Units (YPG) - the SDF's section - said", "Nuri Mahmoud"
    )
    assert nuri.roles == ("spokesman for the People's Protection Units (YPG)",)
    assert only('"The end is near", SDF spokesman Talal Sello told AFP.', "Talal Sello").roles == ("SDF spokesman",)
    assert only("Mustafa Bali, an SDF spokesman, said 22 were killed.", "Mustafa Bali").roles == ("SDF spokesman",)
    assert only("– Alle har forlatt Raqqa, sier SOHR-leder Rami Abdulrahman.", "Rami Abdulrahman").roles == (
        "SOHR-leder",
    )
    assert only("YPG-talsmann Nouri Mahmoud sier til Reuters at kampene pågår.", "Nouri Mahmoud").roles == (
        "YPG-talsmann",
    )
    dillon_no = only("sier Ryan Dillon, talsperson for de amerikanskstøttede styrkene.", "Ryan Dillon")
    assert dillon_no.roles == ("talsperson for de amerikanskstøttede styrkene",)
    assert names("Prime Minister Erna Solberg met President Donald Trump.") == ["Erna Solberg", "Donald Trump"]
    assert names("Foreign Minister spoke; En talsmann for YPG-styrkene avviser det.") == ["YPG"]


def test_names_keep_their_particles_and_organisation_joiners() -> None:
    assert names("Forces reached Deir al-Zor-provinsen, said Abu Bakr al-Baghdadi.") == [
        "Deir al-Zor",
        "Abu Bakr al-Baghdadi",
    ]
    assert names("said Mohammed Khedher of Sound and Picture Organization, which tracks ISIS in Iraq and Syria.") == [
        "Mohammed Khedher",
        "Sound and Picture Organization",
        "ISIS",
        "Iraq",
        "Syria",
    ]
    assert names("Omar Alloush of the Raqqa Civilian Council spoke to The Associated Press.") == [
        "Omar Alloush",
        "Raqqa Civilian Council",
        "Associated Press",
    ]
    assert names("the SDF's Kurdish section and Iraq's Raqqa") == ["SDF", "Iraq", "Raqqa"]


def test_acronym_definitions_in_text() -> None:
    def definitions(text: str) -> list[tuple[str, str]]:
        return find_definitions(text, find_mentions(text))

    assert definitions("the U.S.-backed Syrian Democratic Forces (SDF), led by Kurds") == [
        ("Syrian Democratic Forces", "SDF")
    ]
    assert definitions("spokesman for the People's Protection Units (YPG) - the SDF's") == [
        ("People's Protection Units", "YPG")
    ]
    assert definitions("Eksilgruppa Syrian Observatory for Human Rights (SOHR) meldte") == [
        ("Syrian Observatory for Human Rights", "SOHR")
    ]
    assert definitions("the NATO (North Atlantic Treaty Organization) summit") == [
        ("North Atlantic Treaty Organization", "NATO")
    ]
    assert definitions("said Talal Sello (SDF) on Tuesday") == []  # an affiliation, not a definition


def test_names_in_capitals_and_datelines() -> None:
    headline = "ISIS LOSES RAQQA AS SDF TAKES STADIUM"
    assert [m.text for m in find_mentions(headline)] == ["ISIS"]  # only what the tables know
    known = {"raqqa": "Raqqa", "sdf": "SDF"}
    assert [m.text for m in find_mentions(headline, known=known)] == ["ISIS", "Raqqa", "SDF"]
    beirut = find_mentions("BEIRUT (AP) — Syrian troops entered Raqqa on Tuesday.")
    assert [(m.text, m.cues) for m in beirut][:2] == [("Beirut", ("place-word",)), ("AP", ())]
    assert names("NEW YORK (Reuters) - Stocks fell on Monday.") == ["New York", "Reuters"]
    assert names("SDF - the militia - said so.") == ["SDF"]


def test_local_type_cues() -> None:
    cues = {m.text: m.cues for m in find_mentions("The Kurdish-run Hawar news agency said the city of Kirkuk fell.")}
    assert "org-next" in cues["Hawar"] and "place-word" in cues["Kirkuk"]
    cues = {m.text: m.cues for m in find_mentions("Forces of the Turkey-based group entered Mosul and the Kurds fled.")}
    assert "place-word" in cues["Turkey"] and "place-prep" not in cues["Turkey"]
    assert "group-people" in cues["Kurds"]


def test_helpers() -> None:
    assert initials_match("SOHR", "Syrian Observatory for Human Rights")
    assert initials_match("AFP", "Agence France-Presse")
    assert not initials_match("YPG", "People's Protection Units")
    assert is_demonym("Syrian") and is_demonym("Iraqi") and is_demonym("Kurdish")
    assert not is_demonym("Bali") and not is_demonym("Brian")
    assert key("U.S.") == key("US") == "us" and key("Deir al-Zor") == "deir al zor"
    entry = lookup("Islamsk stat")
    assert entry is not None and entry.name == "Islamic State" and lookup("Daesh") == entry
    assert is_country("Storbritannia") and not is_country("Raqqa")


@pytest.mark.parametrize("word", ["op-ed", "ta-da", "torná-la", "de-la", "al-ed-da"])
def test_a_hyphenated_word_without_a_capital_is_a_plain_word(word: str) -> None:
    assert find_mentions(f"She wrote {word} about it. {word.capitalize()} again, said Ana Lima.")[-1].text == "Ana Lima"
