"""The whole pipeline on fixtures/, judged against tests/data/fixtures_gold.json."""

import os

import pytest

from claimcheck import check

FLAGGED = {"conflict", "needs_review"}


def claims_quoting(result, side):
    doc_ids = {d.id for d in result.documents if os.path.basename(d.path) == side["doc"]}
    return {c.id for c in result.claims if c.doc_id in doc_ids and side["quote"] in c.text}


def pairs_between(result, case):
    ids_a, ids_b = claims_quoting(result, case["a"]), claims_quoting(result, case["b"])
    assert ids_a and ids_b, f"{case['id']}: quote not found in any claim"
    return [p for p in result.pairs if (p.a in ids_a and p.b in ids_b) or (p.a in ids_b and p.b in ids_a)]


def test_pipeline_gold_cases(fixtures_result, fixtures_gold):
    failures = []
    ideal = 0
    for case in fixtures_gold["cases"]:
        between = pairs_between(fixtures_result, case)
        verdicts = {p.verdict for p in between}
        if case.get("must_flag") and not verdicts & FLAGGED:
            failures.append(f"{case['id']}: not flagged")
        if case.get("must_not_conflict") and "conflict" in verdicts:
            failures.append(f"{case['id']}: reported as conflict")
        ideal += case["expect"] in verdicts
    assert failures == []
    assert ideal >= 13, f"ideal verdicts {ideal}/{len(fixtures_gold['cases'])}"


def test_pipeline_first_conflict_is_the_adoption_gap(fixtures_result):
    first = fixtures_result.pairs[0]
    assert first.verdict == "conflict"
    assert {first.a_quantity, first.b_quantity} == {"16.3 percent", "81.2%"}


def test_pipeline_needs_review_always_says_why(fixtures_result):
    for pair in fixtures_result.pairs:
        assert (pair.verdict == "needs_review") == bool(pair.reasons), pair


def test_pipeline_marks_same_source_pairs(fixtures_result):
    assert any(p.same_source for p in fixtures_result.pairs)
    assert any(not p.same_source for p in fixtures_result.pairs)


def test_pipeline_no_readable_input(tmp_path):
    from claimcheck import InputError, check

    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="no readable article"):
        check([str(tmp_path)])


def test_pipeline_finds_one_fact_told_in_two_languages(tmp_path):
    (tmp_path / "en.txt").write_text(
        "Minerva Robotics raised HK$4.35 billion in its Hong Kong listing on Friday.", encoding="utf-8"
    )
    (tmp_path / "zh.txt").write_text("Minerva Robotics 上市集资43.5亿港元。", encoding="utf-8")
    result = check([tmp_path]).run
    (pair,) = result.pairs
    assert {pair.a_quantity, pair.b_quantity} == {"HK$4.35 billion", "43.5亿港元"}
    assert pair.verdict == "consistent"
