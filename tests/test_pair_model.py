"""The second look: the rules' evidence weighed together, to show pairs they leave out and leave out pairs they show."""

import importlib.util
import json
from pathlib import Path

from sentence_claims import sentence_claim

from claimcheck.claims import checkable_figures
from claimcheck.compare import compare_claims
from claimcheck.entities import Aliases
from claimcheck.evidence import weigh_evidence
from claimcheck.pair_model import (
    FEATURES,
    Weighing,
    evidence_features,
    loose_look,
    one_fact_probability,
    review_probability,
    second_look,
)
from claimcheck.pair_weights import WEIGHTS

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "pair_model.py"


def figure(sentence, text):
    return next(f for f in checkable_figures(sentence, "2024-03-22") if f.text == text)


def test_pair_model_weights_give_one_weight_to_each_feature():
    # weights fitted with other features would weigh the wrong evidence: benchmarks/pair_model.py --write refits
    for model in ("rescue", "trim", "loose"):
        assert len(WEIGHTS[model]["coefficients"]) == len(FEATURES)


def test_pair_model_sentences_more_alike_and_figures_closer_are_likelier_one_fact():
    similarity, log_ratio = FEATURES.index("similarity"), FEATURES.index("log_ratio")
    for model in ("rescue", "trim", "loose"):
        assert WEIGHTS[model]["coefficients"][similarity] > 0
        assert WEIGHTS[model]["coefficients"][log_ratio] < 0


def test_pair_model_shows_one_toll_given_to_two_places_of_the_story():
    died = figure("A total of 39 people died when the bus fell into a gorge in Doda on Wednesday.", "39")
    killed = figure("A total of 36 people were killed when the bus plunged into a gorge in Jammu.", "36")
    aliases = Aliases()
    assert weigh_evidence(died, killed, aliases, "needs_review", ["different_scope"], False) is None
    shown = second_look(None, Weighing(died, killed, aliases, "needs_review", ["different_scope"], False, 0.7))
    assert shown == ("needs_review", ["different_scope", "second_look"])
    # bounds that can both be right leave nothing to check, however alike the sentences
    at_least = figure("At least 39 people died when the bus fell into a gorge in Doda on Wednesday.", "At least 39")
    more = figure("At least 136 people were killed when the bus plunged into a gorge in Jammu.", "At least 136")
    assert second_look(None, Weighing(at_least, more, aliases, "needs_review", ["different_scope"], False, 0.9)) is None


def test_pair_model_run_explains_a_pair_shown_on_a_second_look():
    a = sentence_claim(
        "A total of 39 people died when the bus fell into a gorge in Doda on Wednesday.", "d1", "2024-03-22"
    )
    b = sentence_claim(
        "A total of 36 people were killed when the bus plunged into a gorge in Jammu.", "d2", "2024-03-22"
    )
    [pair] = compare_claims(a, b, Aliases(), similarity=0.7, evidence=True)
    assert pair.verdict == "needs_review" and "second_look" in pair.reasons
    assert "the evidence taken together says they often are" in pair.explanation


def test_pair_model_leaves_out_a_forecast_against_a_quarters_loss():
    cost = figure(
        "Velto's holiday meltdown will cost the airline between $725 million and $825 million, it said on Friday.",
        "$725 million and $825 million",
    )
    lost = figure("Velto lost $220 million in the fourth quarter as the meltdown drove up its costs.", "$220 million")
    reasons = ["different_measure", "different_time", "different_stage"]
    shown = weigh_evidence(cost, lost, Aliases(), "needs_review", reasons, False)
    assert shown == ("needs_review", reasons)  # the rules show it: one company's sums, a measure each
    assert second_look(shown, Weighing(cost, lost, Aliases(), "needs_review", reasons, False, 0.55)) is None


def test_pair_model_never_makes_or_unmakes_a_conflict():
    small = figure("Velto raised $310 million in its listing.", "$310 million")
    large = figure("Velto raised $450 million in its listing.", "$450 million")
    assert second_look(("conflict", []), Weighing(small, large, Aliases(), "conflict", [], False, 0.0)) == (
        "conflict",
        [],
    )


def test_pair_model_never_shows_one_articles_two_figures_the_rules_left_out():
    retail = figure("Small savers bid for Velto's retail shares 880 times over.", "880 times")
    abroad = figure("Funds abroad covered Velto's retail book 14 times.", "14 times")
    assert second_look(None, Weighing(retail, abroad, Aliases(), "conflict", [], True, 0.99)) is None


def test_pair_model_probability_is_a_probability_at_any_evidence():
    died = figure("At least 39 people died in Doda.", "At least 39")
    killed = figure("At least 36 people were killed in Jammu.", "At least 36")
    features = evidence_features(Weighing(died, killed, Aliases(), "needs_review", ["different_scope"], False))
    assert len(features) == len(FEATURES)
    for model in ("rescue", "trim", "loose"):
        assert 0.0 < one_fact_probability(features, model) < 1.0
        assert 0.0 <= one_fact_probability([1e6] * len(FEATURES), model) <= 1.0


def _benchmark():
    spec = importlib.util.spec_from_file_location("pair_model_benchmark", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pair_model_benchmark_labels_the_golds_disagreement_among_the_pairs_the_rules_weigh(tmp_path):
    articles = [
        {"text": "A total of 39 people died when the bus fell into a gorge in Doda on Wednesday.", "source": "one"},
        {"text": "A total of 36 people were killed when the bus plunged into a gorge in Jammu.", "source": "two"},
    ]
    (tmp_path / "articles.jsonl").write_text("\n".join(json.dumps(a) for a in articles) + "\n")
    case = {
        "id": "toll",
        "must_flag": True,
        "a": {"doc": "articles.jsonl#1", "quote": "A total of 39 people died", "figure": "39"},
        "b": {"doc": "articles.jsonl#2", "quote": "A total of 36 people were killed", "figure": "36"},
    }
    (tmp_path / "gold.json").write_text(json.dumps({"cases": [case]}))
    rows = _benchmark().record(str(tmp_path))
    [toll] = [row for row in rows if row["case"] == "toll"]  # the gold's disagreement, found by quote and figure
    assert toll["rescuable"] and toll["shown"] in (None, "needs_review", "conflict")
    assert len(toll["features"]) == len(FEATURES)


def _rows_one_feature_tells(count: int, **fields) -> list[dict]:
    """Recorded pairs whose first feature alone tells one fact (every other row) from two."""
    rows = []
    for index in range(count):
        one_fact = index % 2 == 0
        features = [float(one_fact)] + [float(index % 3)] * (len(FEATURES) - 1)
        rows.append({**fields, "case": f"c{index}" if one_fact else None, "features": features})
    return rows


def _written_weights(rows: list[dict], path, *models: str) -> dict:
    _benchmark().write_weights({"set": rows}, str(path), *models)
    namespace: dict = {}
    exec(path.read_text(), namespace)
    return namespace["WEIGHTS"]


def test_pair_model_benchmark_writes_weights_in_the_features_order(tmp_path):
    shown = {"rescuable": True, "trimmable": True}
    rows = _rows_one_feature_tells(40, shown=None, **shown) + _rows_one_feature_tells(40, shown="needs_review", **shown)
    written = _written_weights(rows, tmp_path / "weights.py")
    for model in ("rescue", "trim"):
        assert len(written[model]["coefficients"]) == len(FEATURES)
        assert written[model]["coefficients"][0] > 0  # the one feature that tells one fact from two


def test_pair_model_never_shows_one_number_twice_or_two_named_owners_figures():
    aliases = Aliases()
    hedged = figure("At least 41 people died in the blaze, officials said.", "At least 41")
    plain = figure("The blaze killed 41 people, officials said.", "41")
    assert (
        second_look(None, Weighing(hedged, plain, aliases, "needs_review", ["different_source"], False, 0.95)) is None
    )
    pellam = figure("Pellam raised $310 million in its listing.", "$310 million")
    orbex = figure("Orbex raised $455 million in its listing.", "$455 million")
    assert (
        second_look(None, Weighing(pellam, orbex, aliases, "needs_review", ["different_subject"], False, 0.95)) is None
    )


def test_pair_model_ranks_the_review_queue_by_how_likely_each_pair_is_one_fact():
    died = figure("A total of 39 people died when the bus fell into a gorge in Doda on Wednesday.", "39")
    killed = figure("A total of 36 people were killed when the bus plunged into a gorge in Jammu.", "36")
    likelier = review_probability(
        Weighing(died, killed, Aliases(), "needs_review", ["different_scope"], False, 0.9, 1), False
    )
    less = review_probability(
        Weighing(died, killed, Aliases(), "needs_review", ["different_scope"], False, 0.4, 1), False
    )
    assert 0 < less < likelier < 1
    a = sentence_claim(
        "A total of 39 people died when the bus fell into a gorge in Doda on Wednesday.", "d1", "2024-03-22"
    )
    b = sentence_claim(
        "A total of 36 people were killed when the bus plunged into a gorge in Jammu.", "d2", "2024-03-22"
    )
    [pair] = compare_claims(a, b, Aliases(), similarity=0.7, evidence=True)
    assert 1 < pair.score < 2  # for review, ranked below every conflict (2 and up) by its probability


SAVED = "Fishermen and rescuers worked for hours on the lake, saving 26 people out of the 43 on board."
RESCUED = "The airline said 19 people died in the crash, while 24 were rescued."


def test_pair_model_shows_a_count_of_people_whose_fate_one_sentence_leaves_unread():
    a, b = sentence_claim(SAVED, "d1", "2024-03-22"), sentence_claim(RESCUED, "d2", "2024-03-22")
    assert all(pair.a_quantity != "26" for pair in compare_claims(a, b, Aliases(), similarity=0.8))  # rules alone
    [pair] = compare_claims(a, b, Aliases(), similarity=0.8, evidence=True)
    assert (pair.a_quantity, pair.b_quantity, pair.verdict) == ("26", "24", "needs_review")
    assert "second_look" in pair.reasons and "the evidence taken together" in pair.explanation
    assert 1 < pair.score < 2  # ranked among the pairs for review by its probability
    assert compare_claims(a, b, Aliases(), similarity=0.1, evidence=True) == []  # sentences far apart: left out


def test_pair_model_never_looks_loosely_within_one_article():
    a, b = sentence_claim(SAVED, "d1", "2024-03-22"), sentence_claim(RESCUED, "d1", "2024-03-22")
    assert compare_claims(a, b, Aliases(), similarity=0.9, evidence=True) == []
    died = figure(RESCUED, "19")
    saved = figure(SAVED, "26")
    assert loose_look(Weighing(saved, died, Aliases(), "needs_review", ["different_measure"], True, 0.9)) is None


def test_pair_model_benchmark_refits_only_the_models_asked_for(tmp_path):
    rows = _rows_one_feature_tells(60, shown=None, pool="loose", rescuable=True, trimmable=False)
    written = _written_weights(rows, tmp_path / "weights.py", ("loose",))
    assert written["rescue"] == WEIGHTS["rescue"] and written["trim"] == WEIGHTS["trim"]  # kept as they are
    assert written["loose"]["sets"] == 1 and written["loose"]["coefficients"][0] > 0
