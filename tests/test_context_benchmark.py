"""The NewsQuant context annotations and the scoring rules of benchmarks/context.py."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "newsquant" / "dev.json"
FILES = {"a": range(0, 149), "b": range(149, 297)}
KEYS = {"sentence", "figure", "subject", "subject_alt", "measure", "measure_alt", "period"}


def _benchmark():
    spec = importlib.util.spec_from_file_location("context_benchmark", ROOT / "benchmarks" / "context.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _benchmark()


@pytest.mark.parametrize("part", sorted(FILES))
def test_context_benchmark_annotations_cover_every_gold_figure(part):
    path = ROOT / "benchmarks" / "data" / f"newsquant_context_{part}.jsonl"
    if not DEV.exists() or not path.exists():
        pytest.skip("needs ../shared/eval/newsquant/dev.json and the annotation file")
    sentences = json.loads(DEV.read_text(encoding="utf-8"))
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        assert KEYS <= set(row) <= KEYS | {"occurrence"}, row
        assert row["sentence"] in FILES[part], row
        assert isinstance(row["measure"], str) and row["measure"], row
        assert isinstance(row["subject_alt"], list) and isinstance(row["measure_alt"], list), row
        text = sentences[row["sentence"]]["text"]
        assert bench.locate(text, row["figure"], row.get("occurrence", 1)) is not None, row
    counts = Counter(row["sentence"] for row in rows)
    assert {i: counts[i] for i in FILES[part]} == {i: len(sentences[i]["quantities"]) for i in FILES[part]}


@pytest.mark.parametrize(
    ("predicted", "gold", "alternatives", "expected"),
    [
        ("Apple", "Apple Inc", [], True),
        ("Apple Inc.", "Apple", [], True),
        ("the company's", "company", [], True),
        ("Pro", "the iPhone 14 Pro", [], False),
        ("Japan", "VR headsets", [], False),
        (None, None, [], True),
        (None, None, ["Skaggs"], True),
        ("Skaggs", None, ["Skaggs"], True),
        ("Montana", None, [], False),
        (None, "Tesla", [], False),
    ],
)
def test_context_benchmark_subject_match(predicted, gold, alternatives, expected):
    assert bench.subject_ok(predicted, gold, alternatives) is expected


@pytest.mark.parametrize(
    ("predicted", "gold", "alternatives", "expected"),
    [
        ("revenues", "revenue", [], True),
        ("quarterly sales", "revenue", [], True),
        ("share of revenue", "share of advertising", [], True),
        ("strong sales", "share price", ["stock price"], False),
        ("departure angle", "angle", [], True),
        (None, "price", [], False),
        ("valuation", "death toll", ["deaths"], False),
    ],
)
def test_context_benchmark_measure_match(predicted, gold, alternatives, expected):
    assert bench.measure_ok(predicted, gold, alternatives) is expected


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        (None, None, True),
        ("last year", None, False),
        (None, "2019", False),
        ("in 2019", "2019", True),
        ("by the end of 2020", "the end of 2020", True),
        ("2020", "the end of 2020", False),
        ("this years", "this year", True),
    ],
)
def test_context_benchmark_period_match(predicted, gold, expected):
    assert bench.period_ok(predicted, gold) is expected


def test_context_benchmark_locate_whole_tokens():
    sentence = "Shares rose 9.4 per cent and the other rose 4 per cent."
    start, end = bench.locate(sentence, "4 per cent")
    assert sentence[start - 5 : end] == "rose 4 per cent"
    assert bench.locate(sentence, "4 per cent", 2) is None
