import dataclasses
import importlib.util
import json
from pathlib import Path

import pytest

from claimcheck.arithmetic import KINDS, Finding, check_arithmetic

DATA = Path(__file__).parent / "data" / "arithmetic.jsonl"
HELD_OUT = Path(__file__).parent / "data" / "arithmetic_heldout.jsonl"


def _verdicts(sentence, kind, date="2024-03-15"):
    return [f.verdict for f in check_arithmetic(sentence, date) if f.kind == kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue rose 10% to $5 billion.",
        "The firm, which employs 300 people, raised $5 million in 2023 and $8 million in 2024.",
        "Profit rose 8% to $1.2 billion, while revenue grew to $9 billion from $8 billion.",
        "Inflation rose to 3.2% in May from 3% in April.",
        "The company was valued at $2 billion in its last funding round.",
    ],
)
def test_arithmetic_states_nothing(sentence):
    assert check_arithmetic(sentence, "2024-03-15") == []


def test_arithmetic_finding_fields():
    (finding,) = check_arithmetic("Its shares fell 12% to $44.20 from $50.30.", "2024-03-15")
    assert isinstance(finding, Finding) and dataclasses.is_dataclass(finding)
    assert finding.figures == ("$50.30", "$44.20", "12%")
    assert finding.computed == pytest.approx(-12.127, abs=1e-3)
    assert finding.stated == -12
    # The stated 12% allows 11.5 to 12.5; the half-cent rounding of the prices widens that a little.
    assert -12.6 < finding.low < -12.5 and -11.5 < finding.high < -11.4
    assert finding.tolerance == pytest.approx((finding.high - finding.low) / 2)
    assert finding.explanation.startswith("12% fall stated; $44.20 / $50.30 - 1 gives -12.13%: ok")
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.verdict = "inconsistent"


def test_arithmetic_tolerance_follows_precision():
    """A result stated to one decimal is held to it; a whole percentage gets half a point."""
    fine = check_arithmetic("Sales rose 20.3% from $100.00 to $120.00.")[0]
    coarse = check_arithmetic("Sales rose 20% from $100.00 to $120.00.")[0]
    assert fine.verdict == "inconsistent" and coarse.verdict == "consistent"
    assert fine.tolerance < coarse.tolerance


def _benchmark():
    spec = importlib.util.spec_from_file_location(
        "arith_bench", Path(__file__).parent.parent / "benchmarks/arithmetic.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_arithmetic_labelled_set_targets():
    rows = [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]
    assert len(rows) >= 60
    assert sum(r["expect"] == "consistent" for r in rows) >= 40
    assert sum(r["expect"] == "inconsistent" for r in rows) >= 20
    assert {r["kind"] for r in rows} == set(KINDS)
    result = _benchmark().score(rows)
    assert result["precision"] >= 0.95, result["misses"]
    assert result["recall"] >= 0.9, result["misses"]


def test_arithmetic_held_out_set_targets():
    """Statements written before the shares and ratio readers were tuned, and never tuned on."""
    rows = [json.loads(line) for line in HELD_OUT.read_text().splitlines() if line.strip()]
    assert len(rows) >= 30 and {r["kind"] for r in rows} == set(KINDS)
    result = _benchmark().score(rows)
    assert result["precision"] >= 0.95, result["misses"]
    assert result["recall"] >= 0.9, result["misses"]


def test_arithmetic_touching_rounding_intervals_do_not_agree():
    """Rounding intervals are open at their ends: 499 + 1,000 (below 1,499.5) is not 1,500 (above it)."""
    assert _verdicts("The candidates won 499 votes, 1,000 votes, 1,500 votes in total.", "total") == ["inconsistent"]
    assert _verdicts("The candidates won 500 votes, 1,000 votes, 1,500 votes in total.", "total") == ["consistent"]
