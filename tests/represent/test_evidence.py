from __future__ import annotations

from storyweave.represent.evidence import extract, fold

EN = (
    "Some 100 fighters from ISIS handed themselves over in Raqqa on Friday. "
    "SDF spokesman Mustafa Bali told AFP that 22 were killed. The U.S. coalition said 1,000 civilians fled."
)
NO = (
    "I en epost til AFP skriver koalisjonen at om lag 100 IS-krigere har overgitt seg i Raqqa. "
    "SDF-talsmann Mustafa Bali sier at 1.000 sivile flyktet fra Deir al-Zor-provinsen."
)


def test_names_acronyms_and_numbers_meet_across_languages() -> None:
    en, no = extract(EN), extract(NO)
    assert {"raqqa", "mustafa bali"} <= en.names & no.names
    assert {"AFP", "SDF"} <= en.acronyms & no.acronyms
    assert {"100", "1000"} <= en.numbers & no.numbers
    assert "22" in en.numbers


def test_sentence_openers_and_small_numbers_are_not_evidence() -> None:
    evidence = extract(
        "The city fell. It was quiet. Some 3 people left. Ryan Dillon spoke in Iraq's Raqqa. In Syria too."
    )
    assert "the" not in evidence.names and "it" not in evidence.names
    assert "in syria" not in evidence.names and {"syria", "iraq"} <= evidence.names
    assert "3" not in evidence.numbers
    assert {"ryan dillon", "raqqa"} <= evidence.names


def test_joiners_stay_inside_names_and_decimals_survive() -> None:
    evidence = extract("Forces reached Deir al Zor, said Abu Bakr al Baghdadi. Inflation rose to 12.5 percent.")
    assert "deir al zor" in evidence.names and "abu bakr al baghdadi" in evidence.names
    assert "12.5" in evidence.numbers


def test_fold_removes_case_and_accents() -> None:
    assert fold("Zürich") == fold("ZURICH") == "zurich"
