from __future__ import annotations

from storyweave.cluster.terms import DocumentFrequency


def test_a_term_seen_once_carries_no_weight_until_a_second_document_shares_it() -> None:
    df = DocumentFrequency()
    df.add(["raqqa", "stadium"])
    assert df.idf("raqqa") == 0.0
    assert df.weigh({"raqqa": 1.0}) == {}
    assert df.weigh({"raqqa": 1.0}, floor=1) == {"raqqa": 1.0}
    df.add(["raqqa"])
    assert df.idf("raqqa") > 0


def test_the_prior_keeps_common_words_cheap_in_a_short_stream() -> None:
    common = {"hospital": 0.05, "sello": 0.0}
    with_prior = DocumentFrequency(pseudo_documents=1000)
    plain = DocumentFrequency()
    for _ in range(2):
        with_prior.add(["hospital", "sello"], common.__getitem__)
        plain.add(["hospital", "sello"])
    assert plain.idf("hospital") == plain.idf("sello")
    assert with_prior.idf("hospital") < with_prior.idf("sello") / 2


def test_added_counts_are_handed_over_once() -> None:
    df = DocumentFrequency()
    df.add(["a1", "b2"])
    df.add(["a1"])
    assert df.take_added() == {"a1": 2, "b2": 1}
    assert df.take_added() == {}
    assert df.counts == {"a1": 2, "b2": 1} and df.documents == 2
