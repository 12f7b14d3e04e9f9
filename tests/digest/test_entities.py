from __future__ import annotations

import random
import time
from dataclasses import replace
from functools import lru_cache

import pytest

from storyweave.digest.entities import extract_entities, similar_tokens
from storyweave.digest.equivalents import key
from storyweave.digest.quotes import extract_quotes
from storyweave.ingest import read_paths
from storyweave.model import Article, Entity, Sentence
from storyweave.normalize import normalize
from storyweave.settings import Settings
from tests.conftest import SAMPLE


@lru_cache(maxsize=1)
def seed_articles() -> tuple[Article, ...]:
    """The five seed reports as the pipeline reads them: ingest, then normalise (language and sentences)."""
    settings = Settings()
    return tuple(normalize(a, settings) for a in read_paths([str(SAMPLE)], settings) if isinstance(a, Article))


@lru_cache(maxsize=1)
def seed_entities() -> tuple[Entity, ...]:
    return extract_entities(seed_articles())


def article(article_id: str, sentences: list[str], language: str = "en") -> Article:
    return Article(
        id=article_id,
        title="",
        text=" ".join(sentences),
        language=language,
        sentences=tuple(Sentence(article_id, i, s, 0, 0) for i, s in enumerate(sentences)),
    )


def holding(entities: tuple[Entity, ...], surface: str) -> list[Entity]:
    """The entities that have this surface form as name or alias."""
    return [e for e in entities if surface == e.name or surface in e.aliases]


def the(entities: tuple[Entity, ...], surface: str) -> Entity:
    [entity] = holding(entities, surface)
    return entity


@pytest.mark.parametrize(
    ("name", "kind", "variants"),
    [
        ("Talal Sello", "person", ["Talal Sillo", "Sello"]),
        ("Mustafa Bali", "person", ["Musafa Bali", "Bali"]),
        ("Nuri Mahmoud", "person", ["Nouri Mahmoud"]),
        ("Ryan Dillon", "person", ["Dillon"]),
        ("Rami Abdulrahman", "person", ["Abdulrahman"]),
        ("Syrian Democratic Forces", "organisation", ["SDF"]),
        ("People's Protection Units", "organisation", ["YPG"]),
        ("Syrian Observatory for Human Rights", "organisation", ["SOHR"]),
        ("Islamic State", "group", ["ISIS", "IS", "Daesh"]),
        ("Raqqa", "place", ["Raqa"]),
    ],
)
def test_each_seed_entity_is_one_entity_holding_all_its_variants(name: str, kind: str, variants: list[str]) -> None:
    entities = seed_entities()
    entity = the(entities, name)
    assert entity.name == name and entity.type == kind and not entity.uncertain
    for variant in variants:
        assert holding(entities, variant) == [entity], variant


def test_seed_roles_come_from_the_text() -> None:
    entities = seed_entities()
    assert set(the(entities, "Talal Sello").roles) == {"Brig. Gen.", "SDF spokesman"}
    assert {"SDF spokesman", "SDF-talsmann", "spokesman for the Syrian Democratic Forces"} == set(
        the(entities, "Mustafa Bali").roles
    )
    assert set(the(entities, "Nuri Mahmoud").roles) == {
        "spokesman for the People's Protection Units (YPG)",
        "YPG-talsmann",
    }
    assert set(the(entities, "Ryan Dillon").roles) == {
        "Col.",
        "spokesman for the U.S.-led coalition",
        "talsperson for de amerikanskstøttede styrkene",
    }
    assert the(entities, "Rami Abdulrahman").roles == ("SOHR-leder",)
    assert the(entities, "Syrian Democratic Forces").roles == ()


def test_seed_citations_point_at_sentences_that_name_the_entity() -> None:
    articles = {a.id: a for a in seed_articles()}
    for entity in seed_entities():
        assert entity.citations, entity.name
        for citation in entity.citations:
            text = key(articles[citation.article].sentences[citation.sentence].text)
            assert any(key(alias) in text for alias in entity.aliases), (entity.name, citation)
    sello = the(seed_entities(), "Talal Sello")
    assert len(sello.citations) == len(set(sello.citations)) == 5
    assert len({c.article for c in sello.citations}) == 3


def test_seed_entities_have_no_sentence_openers_or_common_words() -> None:
    names = {alias for e in seed_entities() for alias in e.aliases}
    for word in ["The", "After", "Fighters", "Mange", "Tuesday", "June", "Syrian", "Kurdish", "Foreign", "Coalition"]:
        assert word not in names
    assert {"United States", "Associated Press", "Reuters", "Agence France-Presse"} <= {e.name for e in seed_entities()}
    assert the(seed_entities(), "US").aliases == ("US", "U.S.", "USA")


def test_similar_tokens_take_spelling_variants_not_different_names() -> None:
    for a, b in [("sello", "sillo"), ("mustafa", "musafa"), ("nuri", "nouri"), ("raqqa", "raqa")]:
        assert similar_tokens(a, b) and similar_tokens(b, a)
    for a, b in [("iran", "iraq"), ("mark", "mary"), ("john", "jane"), ("mali", "bali"), ("dan", "don")]:
        assert not similar_tokens(a, b)


def test_people_who_share_a_surname_are_kept_apart() -> None:
    both = [
        article("a", ["John Smith, a lawyer, said the deal was done.", "Jane Smith, the mayor, disagreed."]),
        article("b", ["Smith said the vote would come on Monday."]),
    ]
    entities = extract_entities(both)
    assert the(entities, "John Smith") != the(entities, "Jane Smith")
    smith = the(entities, "Smith")
    assert smith.name == "Smith" and smith.uncertain  # left unresolved, not guessed
    one = extract_entities([replace(both[0], sentences=both[0].sentences[:1]), both[1]])
    assert the(one, "Smith").name == "John Smith"


def test_two_spellings_in_one_article_are_two_people() -> None:
    entities = extract_entities([article("a", ["Karen Smith met Karin Smith in Oslo.", "Karen Smith spoke first."])])
    assert the(entities, "Karen Smith") != the(entities, "Karin Smith")
    merged = extract_entities([article("a", ["Karen Smith spoke."]), article("b", ["Karin Smith spoke too."])])
    assert the(merged, "Karen Smith") == the(merged, "Karin Smith")


def test_known_equivalents_merge_across_languages() -> None:
    entities = extract_entities(
        [
            article("en", ["Fighters of the Islamic State fled the city, the United Nations said."]),
            article("de", ["Kämpfer des Islamischen Staates flohen aus der Stadt."], "de"),
            article("fr", ["Les combattants de l'État islamique ont fui la ville."], "fr"),
            article("es", ["Los combatientes del Estado Islámico huyeron."], "es"),
            article("no", ["IS-krigere har forlatt byen, sier FN.", "Islamsk stat har tapt byen."], "no"),
        ]
    )
    isis = the(entities, "Islamic State")
    assert {"Islamischen Staates", "État islamique", "Estado Islámico", "IS", "Islamsk stat"} <= set(isis.aliases)
    assert isis.type == "group" and len({c.article for c in isis.citations}) == 5
    assert set(the(entities, "United Nations").aliases) == {"United Nations", "FN"}


def test_types_from_weight_free_cues() -> None:
    entities = extract_entities(
        [
            article(
                "a",
                [
                    "President Anna Berg visited the town of Lillehammer on Friday.",
                    "Berg said the Norwegian Red Cross would open an office in Lillehammer.",
                    "Rebels of the Free Syrian Army attacked, and FSA fighters held the bridge.",
                ],
            )
        ]
    )
    assert the(entities, "Anna Berg").type == "person" and the(entities, "Anna Berg").roles == ("President",)
    assert the(entities, "Berg").name == "Anna Berg"
    assert the(entities, "Lillehammer").type == "place"
    assert the(entities, "Norwegian Red Cross").type == "organisation"
    assert the(entities, "FSA").name == "Free Syrian Army"


FIRST = (
    "Amal Boris Chen Dilan Erik Farah Gustav Hana Ivan Jamal Kari Lina Magnus Nadia Omar Pablo Rania Sven Tariq Yusuf"
)
LAST = "Haddad Nilsen Okafor Petrov Qureshi Rahimi Santos Tanaka Umarov Vargas Berger Lindqvist Moreau Novak Ortiz Dahl Kowalski Eriksen Farouk Brennan"
PLACES = ["Aleppo", "Homs", "Idlib", "Hama", "Tartus", "Latakia", "Daraa", "Manbij", "Kobani", "Qamishli"]
ORGS = ["Syrian Civil Defence", "World Food Programme", "Free Syrian Army", "Red Crescent Society"]


def synthetic_event(sentences: int, seed: int = 7) -> list[Article]:
    """Sentences of the kinds real reports have, with a few hundred distinct people, places and groups."""
    rng = random.Random(seed)
    people = [f"{first} {last}" for first in FIRST.split() for last in LAST.split()]
    templates = [
        '"The road to {p} is open again," {n} told Reuters on Tuesday.',
        "{n}, a spokesman for the {o}, said that fighting near {p} had stopped.",
        "Aid from the {o} reached {p} after {s} met officials in {q}.",
        "– Vi har kontroll i {p}, sier {n}, talsmann for {o}.",
        "The {o} said {s} would visit {p} and {q} next week.",
    ]
    per_article = 40
    articles = []
    for a in range(sentences // per_article):
        lines = []
        for _ in range(per_article):
            name = rng.choice(people)
            lines.append(
                rng.choice(templates).format(
                    n=name, s=name.split()[-1], p=rng.choice(PLACES), q=rng.choice(PLACES), o=rng.choice(ORGS)
                )
            )
        articles.append(article(f"art{a}", lines))
    return articles


@pytest.mark.slow
def test_ten_thousand_sentences_run_in_seconds() -> None:
    articles = synthetic_event(10_000)
    assert sum(len(a.sentences) for a in articles) == 10_000
    started = time.perf_counter()
    entities = extract_entities(articles)
    middle = time.perf_counter()
    quotes = extract_quotes(articles, entities)
    finished = time.perf_counter()
    print(f"10,000 sentences: entities {middle - started:.2f} s, quotes {finished - middle:.2f} s")
    assert finished - started < 20
    assert len([e for e in entities if e.type == "person"]) >= 400
    assert {"Aleppo", "World Food Programme"} <= {e.name for e in entities}
    assert len(quotes) > 1_000
