"""The labelled pair corpus: its shape, and the verdict quality the README reports.

benchmarks/verdicts.py prints the per-category table; this test keeps the headline
figures from sliding back (accuracy >= 90%, conflict precision >= 0.95).
"""

import json
from collections import Counter
from pathlib import Path

import pytest

from claimcheck import compare
from claimcheck.models import REASONS, VERDICTS

CORPUS = Path(__file__).parent / "data" / "pairs.jsonl"


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def answers(rows):
    out = []
    for row in rows:
        pairs = compare(row["a"], row["b"], date_a=row["date_a"], date_b=row["date_b"], model=None)
        out.append((row, pairs[0] if pairs else None))
    return out


def test_corpus_shape(rows):
    assert len(rows) >= 200
    assert len({row["topic"] for row in rows}) >= 5
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert row["verdict"] in VERDICTS and row["a"] and row["b"] and row["category"]
        assert (row["verdict"] == "needs_review") == bool(row["reasons"]), row["id"]
        assert set(row["reasons"]) <= set(REASONS), row["id"]


def test_corpus_accuracy_and_conflict_precision(answers):
    right = sum(pair is not None and pair.verdict == row["verdict"] for row, pair in answers)
    assert right / len(answers) >= 0.90
    said = Counter(row["verdict"] for row, pair in answers if pair is not None and pair.verdict == "conflict")
    assert said["conflict"] / sum(said.values()) >= 0.95


def test_corpus_every_needs_review_names_a_reason(answers):
    for row, pair in answers:
        if pair is not None and pair.verdict == "needs_review":
            assert pair.reasons, row["id"]
