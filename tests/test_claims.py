from claimcheck.claims import document_claims
from claimcheck.ingest import ingest


def test_claims_offsets_point_into_the_document(fixtures_dir):
    for document in ingest([str(fixtures_dir)]):
        for claim in document_claims(document):
            assert document.text[claim.start : claim.end] == claim.text


def test_claims_ids_are_stable_and_unique(fixtures_dir):
    first = [c.id for d in ingest([str(fixtures_dir)]) for c in document_claims(d)]
    second = [c.id for d in ingest([str(fixtures_dir)]) for c in document_claims(d)]
    assert first == second and len(set(first)) == len(first)


def test_claims_split_keeps_abbreviations_and_decimals(tmp_path):
    (tmp_path / "a.txt").write_text("The U.S. firm charged $0.028 per token. Rivals charged more.", encoding="utf-8")
    document = ingest([str(tmp_path)])[0]
    assert [c.text for c in document_claims(document)] == [
        "The U.S. firm charged $0.028 per token.",
        "Rivals charged more.",
    ]
