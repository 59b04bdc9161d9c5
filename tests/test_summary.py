from claimcheck import summary
from claimcheck.models import Arithmetic, Claim, Document, Pair, Run, StageWarning


def _run() -> Run:
    read = Document(id="d1", path="a.txt", source="Wire", title=None, date=None, text="x")
    broken = Document(
        id="d2",
        path="b.txt",
        source="Post",
        title=None,
        date=None,
        text="y",
        warnings=(StageWarning(stage="figures", start=12, error="ValueError", message="odd figure"),),
    )
    gone = Document(id="d3", path="c.html", source="c", title=None, date=None, text="", skipped="empty page")
    claims = (
        Claim(id="c1", doc_id="d1", text="The bridge cost $40 million.", start=0, end=28),
        Claim(id="c2", doc_id="d2", text="The bridge cost $55 million.", start=0, end=28),
    )
    pairs = tuple(
        Pair(
            id=f"p{verdict}",
            a="c1",
            b="c2",
            a_quantity="$40 million",
            b_quantity="$55 million",
            verdict=verdict,
            reasons=(),
            score=1.0,
            explanation=f"{verdict} explained",
            same_source=False,
        )
        for verdict in ("conflict", "consistent")
    )
    wrong = Arithmetic(
        id="a1",
        doc_id="d1",
        claim_id="c1",
        kind="total",
        figures=("$10 million", "$20 million", "$40 million"),
        computed=30e6,
        stated=40e6,
        low=39e6,
        high=41e6,
        verdict="inconsistent",
        explanation="the sum is off",
    )
    return Run(
        documents=(read, broken, gone),
        claims=claims,
        groups=(),
        pairs=pairs,
        settings={"left_out": 3},
        arithmetic=(wrong,),
    )


def test_summary_counts_what_was_read_and_judged():
    assert summary.counts(_run()) == [
        "2 documents read, 1 skipped; 2 claims; 1 conflict, 0 needs_review, 1 consistent; 3 left out (nothing shown "
        "to make them one fact)",
        "arithmetic: 1 inconsistent, 0 consistent; reference figures: 0 flagged, 0 consistent",
    ]


def test_summary_notices_name_the_skipped_and_the_first_failure():
    assert summary.notices(_run()) == [
        "skipped c.html: empty page",
        "warning b.txt: 1 part(s) left out; first: figures at offset 12: ValueError: odd figure",
    ]


def test_summary_flagged_lists_only_what_needs_a_look():
    lines = summary.flagged(_run())
    assert lines == [
        "\n[conflict] conflict explained",
        "  A: The bridge cost $40 million.",
        "  B: The bridge cost $55 million.",
        "\n[inconsistent total] the sum is off\n  The bridge cost $40 million.",
    ]
    assert summary.flagged(_run(), limit=0) == []
