import io

from claimcheck import batch
from claimcheck.models import Pair


def _pair(verdict, reasons=()):
    return Pair(
        id=f"p-{verdict}",
        a="c1",
        b="c2",
        a_quantity="3 days",
        b_quantity="5 days",
        verdict=verdict,
        reasons=reasons,
        score=1.0,
        explanation=f"{verdict} because",
        same_source=False,
    )


def test_batch_verdict_lines_put_the_answer_first_and_indent_the_rest():
    lines = batch.verdict_lines([_pair("conflict", ("different_value",)), _pair("consistent")])
    assert lines == ["conflict (different_value): conflict because", "  consistent: consistent because"]
    assert batch.verdict_lines([]) == [batch.NO_FIGURES]


def test_batch_write_answers_writes_good_rows_and_hands_on_errors():
    out, errors = io.StringIO(), []
    rows = [{"id": 1, "verdict": "conflict"}, {"line": 2, "error": "line 2: bad JSON"}, {"id": 3, "verdict": None}]
    assert batch.write_answers(rows, out, errors.append) == 1
    assert out.getvalue() == '{"id": 1, "verdict": "conflict"}\n{"id": 3, "verdict": null}\n'
    assert errors == ["line 2: bad JSON"]
