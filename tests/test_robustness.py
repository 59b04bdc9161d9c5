"""Nothing real breaks a run (issue 16): a failing sentence, pair or document costs only itself.

Failures are injected where the code has none left to find (the reader is patched to raise
on a marked sentence); the property tests and the shared-datasets run look for real ones.
"""

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import DOCUMENT_TEXT, SENTENCE

import claimcheck as cc
from claimcheck import claims as claims_module
from claimcheck import pipeline
from claimcheck.claims import StageError, checkable_figures, read_claims, read_document
from claimcheck.engine import LocalEngine, SerialEngine
from claimcheck.entities import Aliases
from claimcheck.ingest import document_id
from claimcheck.models import Document, StageWarning

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"

# 2,000 examples per property in CI (400 documents); HYPOTHESIS_PROFILE=quick for a fast local loop.
settings.register_profile(
    "ci",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("quick", settings.get_profile("ci"), max_examples=100)
PROPERTY = settings(settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci")))
# A whole document parses every figure sentence of up to four, some of forty clauses: a fifth of the sentences'
# examples takes as long as all of theirs (benchmarks/fuzz_claims.py runs 10,000 documents).
DOCUMENT_PROPERTY = settings(PROPERTY, max_examples=max(PROPERTY.max_examples // 5, 1))


def make_document(text: str, name: str = "story.txt", date: str | None = "2025-06-01") -> Document:
    return Document(document_id(text, name), name, name, None, date, text)


def _fail_on_marker(real):
    """``checkable_figures`` that raises on sentences containing "Quux", as a reader bug would."""

    def reader(sentence, date=None, **options):
        if "Quux" in sentence:
            raise ValueError("max() arg is an empty sequence")
        return real(sentence, date, **options)

    return reader


STORY = (
    "Brightwater raised $120 million in March. Quux Ltd. secured around US$350 million, or 56.5 per cent "
    "of the offer, from 14 cornerstone investors. Analysts expected 12% growth."
)


@pytest.mark.parametrize(
    "sentence",
    [
        # Shaped like the sentence that stopped a run; a figure after the possessive "listing's" made
        # context look for "listing" among words that still carried the "'s".
        "Harbourline secured around US$410 million, or 48.5 per cent of the offer, from 11 cornerstone "
        "investors to lift the listing's profile by 20%.",
        "Harbourline secured around US$410 million, or 48.5 per cent of the offer, from 11 cornerstone "
        "investors, lifting the offering’s profile to 3.2 times cover.",
    ],
)
def test_issue16_a_possessive_measure_word_before_a_figure_is_read(sentence):
    figures = checkable_figures(sentence, "2025-06-01")
    assert [f.text for f in figures][:3] == ["around US$410 million", "48.5 per cent", "11"]
    assert figures[-1].text in ("20%", "3.2 times")


def test_issue16_a_failing_sentence_is_kept_without_figures_and_noted(monkeypatch):
    monkeypatch.setattr(claims_module, "checkable_figures", _fail_on_marker(checkable_figures))
    document, found = read_document(make_document(STORY))
    assert [bool(c.quantities) for c in found] == [True, False, True]
    offset = STORY.index("Quux")
    assert document.warnings == (StageWarning("figures", offset, "ValueError", "max() arg is an empty sequence"),)
    assert found[1].start == offset
    with pytest.raises(StageError, match=r"story.txt: figures failed on sentence at offset \d+: ValueError: max"):
        read_document(make_document(STORY), strict=True)


@pytest.mark.parametrize("engine", [SerialEngine(), LocalEngine(2)], ids=["serial", "forked workers"])
def test_issue16_isolation_holds_in_every_engine(monkeypatch, engine):
    monkeypatch.setattr(claims_module, "checkable_figures", _fail_on_marker(checkable_figures))
    monkeypatch.setattr(claims_module, "DOCUMENTS_PER_PARTITION", 2)  # several partitions: the pool forks
    texts = [f"Acme sold {n} widgets in 2025. Demand rose {n}%." for n in range(1, 6)]
    texts[3] += " Quux shipped 40 crates."
    documents = [make_document(text, f"d{n}.txt") for n, text in enumerate(texts)]
    read, found = read_claims(documents, engine=engine)
    assert [len(d.warnings) for d in read] == [0, 0, 0, 1, 0]
    assert read[3].warnings[0].start == texts[3].index("Quux")
    assert len(found) == 11 and sum(1 for c in found if not c.quantities) == 1
    with pytest.raises(StageError, match="d3.txt: figures failed"):
        read_claims(documents, engine=engine, strict=True)


def test_issue16_a_failing_pair_or_document_costs_only_itself(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Acme sold 500 widgets in 2025. Quux sold 70 crates in 2025.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Acme sold 900 widgets in 2025. Quux sold 75 crates in 2025.", encoding="utf-8")
    real_compare, real_learn = pipeline.compare_claims, Aliases.learn

    def compare(a, b, *args, **kwargs):
        if "Quux" in a.text and "Quux" in b.text:
            raise KeyError("crates")
        return real_compare(a, b, *args, **kwargs)

    def learn(self, text):
        if text.startswith("Acme sold 900"):
            raise RuntimeError("no names")
        return real_learn(self, text)

    monkeypatch.setattr(pipeline, "compare_claims", compare)
    monkeypatch.setattr(Aliases, "learn", learn)
    run = cc.check([str(tmp_path)], engine="serial").run
    assert [(p.a_quantity, p.b_quantity) for p in run.pairs] == [("500", "900")]
    a, b = run.documents
    assert [(w.stage, w.start, w.error) for w in a.warnings] == [("compare", 31, "KeyError")]
    assert [(w.stage, w.start, w.error) for w in b.warnings] == [
        ("aliases", None, "RuntimeError"),
        ("compare", 31, "KeyError"),
    ]
    assert "comparing claims" in a.warnings[0].message
    with pytest.raises(StageError, match="aliases failed on the document: RuntimeError: no names"):
        cc.check([str(tmp_path)], engine="serial", strict=True)


def test_issue16_a_file_the_reader_fails_on_is_skipped_with_the_reason(tmp_path, monkeypatch):
    from claimcheck import ingest as ingest_module

    (tmp_path / "a.html").write_text("<html><body><p>Acme sold 5 crates.</p></body></html>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Acme sold 500 widgets in 2025.", encoding="utf-8")

    def broken(path, content):
        raise ImportError("lxml.html.clean module is now a separate project")

    monkeypatch.setattr(ingest_module, "_from_html", broken)
    assert [d.skipped for d in ingest_module.ingest([str(tmp_path)])] == [
        "could not be read (ImportError: lxml.html.clean module is now a separate project)",
        None,
    ]


@PROPERTY
@given(SENTENCE)
def test_issue16_the_sentence_reader_never_raises_and_spans_lie_in_the_sentence(sentence):
    # The reader itself, with no isolation around it: a bug here must fail the test.
    for figure in checkable_figures(sentence, "2025-06-01"):
        assert 0 <= figure.start < figure.end <= len(sentence)
        assert sentence[figure.start : figure.end] == figure.text


@DOCUMENT_PROPERTY
@given(DOCUMENT_TEXT)
def test_issue16_the_claims_stage_never_raises_and_offsets_hold(text):
    # strict: a failure anywhere in the stage raises instead of becoming a warning.
    document, found = read_document(make_document(text), strict=True)
    assert document.warnings == ()
    for claim in found:
        assert text[claim.start : claim.end] == claim.text
        for figure in claim.quantities:
            assert claim.text[figure.start : figure.end] == figure.text


def _shared_sentences() -> list[str]:
    texts: list[str] = []
    for name in ("newsquant", "recognizers"):
        texts += [row["text"] for row in json.loads((SHARED / "eval" / name / "dev.json").read_text("utf-8"))]
    return list(dict.fromkeys(t for t in texts if t.strip()))  # a repeated text would be skipped as a duplicate


@pytest.mark.skipif(not (SHARED / "eval").is_dir(), reason="../shared is not beside the repository")
def test_issue16_every_shared_dev_sentence_goes_through_a_run(tmp_path):
    from click.testing import CliRunner

    from claimcheck.cli import cli

    sentences = _shared_sentences()
    source = tmp_path / "sentences.jsonl"
    source.write_text(
        "".join(json.dumps({"text": t, "source": f"s{n}"}) + "\n" for n, t in enumerate(sentences)), encoding="utf-8"
    )
    out = tmp_path / "out.json"
    result = CliRunner().invoke(cli, ["run", str(source), "--json", str(out), "--strict", "--quiet"])
    assert result.exit_code == 0, result.output
    documents = json.loads(out.read_text(encoding="utf-8"))["documents"]
    assert len(documents) == len(sentences)
    assert [d for d in documents if d["skipped"] or d["warnings"]] == []
