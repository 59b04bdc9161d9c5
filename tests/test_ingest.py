import json

import pytest

from claimcheck.errors import InputError
from claimcheck.ingest import ingest


def by_name(documents):
    return {d.path.rsplit("/", 1)[-1]: d for d in documents}


def test_ingest_fixtures_metadata(fixtures_dir):
    docs = by_name(ingest([str(fixtures_dir)]))
    assert docs["techpulse-adoption.txt"].date == "2026-02-25"
    digest = docs["asia-ai-digest-downloads.md"]
    assert (digest.date, digest.title) == ("2026-01-21", "Chinese Models Now Lead Open-Source Downloads")
    html = docs["worldwire-open-models.html"]
    assert (html.source, html.date) == ("Worldwire", "2026-01-12")
    assert docs["harbour-post-listings.txt"].date is None  # unknown stays unknown
    assert docs["digital-asia-token-economy.txt"].date == "2026-04"


@pytest.mark.parametrize(
    "name, fragment",
    [
        ("asia-ai-digest-downloads.md", "cookies"),
        ("asia-ai-digest-downloads.md", "Share your thoughts"),
        ("asia-ai-digest-downloads.md", "min read"),
        ("harbour-post-listings.txt", "alt="),
        ("harbour-post-listings.txt", "All rights reserved"),
        ("techpulse-adoption.txt", "Credit:"),
        ("worldwire-open-models.html", "Subscribe"),
        ("worldwire-open-models.html", "Copyright"),
    ],
)
def test_ingest_drops_boilerplate(fixtures_dir, name, fragment):
    text = by_name(ingest([str(fixtures_dir)]))[name].text
    assert fragment not in text


def test_ingest_skips_unreadable_files_and_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("Sales rose 5% last year.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 sales rose 5%.".encode("latin-1"))
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    docs = by_name(ingest([str(tmp_path)]))
    assert docs["good.txt"].skipped is None
    assert docs["empty.txt"].skipped == "empty file"
    assert docs["binary.txt"].skipped == "binary file, not text"
    assert "try --encoding=latin-1" in docs["latin.txt"].skipped
    assert "unsupported file type '.pdf'" in docs["notes.pdf"].skipped
    assert ingest([str(tmp_path / "latin.txt")], encoding="latin-1")[0].text.startswith("Café")


def test_ingest_jsonl_and_csv_rows(tmp_path):
    rows = [
        {"text": "MiniMax raised $619 million.", "source": "Wire", "date": "2026-01-21", "title": "IPO"},
        {"title": "no text"},
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n{bad json\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text(
        'text,source,date\n"Zhipu raised $558 million.",Daily,2026-01-09\n', encoding="utf-8"
    )
    docs = ingest([str(tmp_path)])
    read = [d for d in docs if d.skipped is None]
    assert [(d.source, d.date) for d in read] == [("Wire", "2026-01-21"), ("Daily", "2026-01-09")]
    reasons = sorted(d.skipped for d in docs if d.skipped)
    assert reasons == ["line 3: bad JSON (Expecting property name enclosed in double quotes)", "row 2: no 'text'"]


def test_ingest_duplicate_text_read_once(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Sales rose 5% last year.", encoding="utf-8")
    docs = ingest([str(tmp_path)])
    assert [d.skipped for d in docs] == [None, f"same text as {tmp_path}/a.txt"]


def test_ingest_missing_path():
    with pytest.raises(InputError, match="nope.txt: no such file or folder"):
        ingest(["nope.txt"])


def test_ingest_keeps_news_sentences_that_use_words_of_page_furniture(tmp_path):
    (tmp_path / "story.txt").write_text(
        "Orbex lost $100 billion in market value after an advertisement for its chatbot showed a wrong answer.\n"
        "\n"
        "Advertisement\n"
        "\n"
        "The streaming service now has 230 million subscribers, up from 220 million a year ago.\n"
        "\n"
        "Subscribe to our newsletter\n"
        "\n"
        "Analysts said the error would not hurt the company's cookie-free advertising business in the long run.\n",
        encoding="utf-8",
    )
    text = by_name(ingest([str(tmp_path)]))["story.txt"].text
    assert "an advertisement for its chatbot" in text and "230 million subscribers" in text
    assert "cookie-free advertising" in text
    assert "\nAdvertisement\n" not in "\n" + text + "\n" and "Subscribe to our newsletter" not in text


def test_ingest_a_low_quote_set_for_a_thousands_comma_is_read_as_one(tmp_path):
    row = {
        "text": "Harbour province reported 312 of the 2\u201a468 cases. Critics said \u201aenough\u2018.",
        "date": "2018-03-01",
    }
    (tmp_path / "a.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    (document,) = ingest([str(tmp_path)])
    assert "2,468 cases" in document.text and "\u201aenough" in document.text  # a quote stays a quote
