"""An article that gives the other's figure elsewhere does not dispute it."""

from sentence_claims import sentence_claim

from claimcheck.compare import compare_claims
from claimcheck.entities import Aliases
from claimcheck.restated import restated_elsewhere


def _claim(text, doc):
    return sentence_claim(text, doc, "2024-02-23")


def test_restated_an_article_that_also_gives_the_others_figure_does_not_dispute_it():
    fine = _claim("A judge ordered Velta to pay $355 million.", "d1")
    total = _claim("Velta was ordered to pay $454.2 million in the fraud case.", "d2")
    parts = _claim("That payment includes the $354.9 million penalty, plus interest.", "d2")
    pairs = compare_claims(fine, total, Aliases(), evidence=True)
    assert [p.verdict for p in pairs] == ["conflict"]
    checked = restated_elsewhere(pairs, [fine, total, parts], Aliases())
    assert [(p.verdict, p.reasons) for p in checked] == [("needs_review", ("restated_elsewhere",))]
    assert "$354.9 million" in checked[0].explanation
    # without the other sentence the conflict stands
    assert restated_elsewhere(pairs, [fine, total], Aliases()) is pairs
