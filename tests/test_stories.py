"""Stories: documents grouped by shared distinctive names, wording and dates; a hand-set story wins."""

import json

import numpy as np
import pytest

from claimcheck.ingest import ingest
from claimcheck.models import Document
from claimcheck.stories import (
    _scores,
    _tfidf,
    document_names,
    find_stories,
    run_names,
    with_stories,
)
from claimcheck.story_dates import DATE_GRACE, DATE_SCALE, date_discount, dated_by_nearest

# Two stories, three outlets each, in the test's own words: a ferry operator's strike and
# a vaccine maker's trial. Both mention Brussels and a generic "Monday".
FERRY = [
    "Crews at Baltomare Ferries walked out on Monday, and the Baltomare strike stranded travellers in Piraeus. "
    "Unions said Baltomare had cut 400 jobs.",
    "The walkout at Baltomare Ferries entered its third day in Piraeus. Officials in Brussels urged Baltomare "
    "and the unions to talk.",
    "Piraeus port officials said Baltomare cancelled 120 sailings. Baltomare Ferries blamed the unions.",
]
VACCINE = [
    "Quellix Bio said its Quellix-7 vaccine cut infections by 61% in a trial in Ghana. Regulators in Brussels "
    "will review Quellix data next month.",
    "The Quellix-7 trial enrolled 9,000 people across Ghana, Quellix Bio said on Monday.",
    "Analysts expect Quellix Bio to file the Quellix-7 results with regulators in Accra.",
]


def document(text, *, date=None, story=None, name="doc"):
    return Document(
        id=f"{name}-{abs(hash(text)) % 10**8}",
        path=f"{name}.txt",
        source=name,
        title=None,
        date=date,
        text=text,
        story=story,
    )


def test_stories_names_count_places_once_and_skip_sentence_starts_and_headlines():
    counts, starts = document_names(
        "FERRIES STOP\nShares of Baltomare Ferries fell in Hong Kong.\nAnalysts said the U.S. and the "
        "United States differ. Chinese buyers waited."
    )
    assert counts["baltomare"] == 1 and counts["ferries"] == 1
    assert counts["hong kong"] == 1 and "hong" not in counts and "kong" not in counts
    assert counts["united states"] == 2
    assert counts["china"] == 1
    assert "stop" not in counts and "stop" not in starts  # a heading in capitals
    assert "shares" in starts and "shares" not in counts  # only ever starts a sentence
    assert "the" not in counts and "the" not in starts


def test_stories_a_sentence_start_word_counts_where_the_run_writes_it_mid_sentence():
    documents = [
        document("Quellix said the trial worked.", name="a"),
        document("A filing from Quellix followed.", name="b"),
        document("Analysts were unsure.", name="c"),
    ]
    first, second, third = run_names(documents)
    assert first["quellix"] == 1 and second["quellix"] == 1
    assert "analysts" not in third


def test_stories_two_unrelated_stories_are_told_apart():
    documents = [document(t, name=f"f{i}") for i, t in enumerate(FERRY)]
    documents += [document(t, name=f"v{i}") for i, t in enumerate(VACCINE)]
    labels = find_stories(documents)
    assert len(set(labels[:3])) == 1 and len(set(labels[3:])) == 1
    assert labels[0] != labels[3]
    assert "baltomare" in labels[0] and "quellix" in labels[3]  # labelled by their distinctive names


def test_stories_one_story_in_the_whole_run_stays_one():
    labels = find_stories([document(t, name=f"f{i}") for i, t in enumerate(FERRY)])
    assert len(set(labels)) == 1


def test_stories_a_single_document_is_a_story():
    (label,) = find_stories([document(FERRY[0])])
    assert "baltomare" in label
    assert find_stories([]) == []


def test_stories_hand_set_label_wins_and_two_labels_never_merge():
    documents = [document(t, story="ferry strike", name=f"f{i}") for i, t in enumerate(FERRY[:2])]
    documents.append(document(FERRY[2], story="port", name="f2"))  # one story's text, another hand-set label
    documents.append(document(FERRY[0] + " More at eleven.", name="free"))  # no label: joins by the rule
    labels = find_stories(documents)
    assert labels[:3] == ["ferry strike", "ferry strike", "port"]
    assert labels[3] in {"ferry strike", "port"}


def test_stories_a_found_story_never_takes_a_hand_set_label():
    documents = [document(t, name=f"v{i}") for i, t in enumerate(VACCINE)]
    documents.append(document(FERRY[0], story="quellix-7-bio", name="f0"))
    labels = find_stories(documents)
    assert labels[-1] == "quellix-7-bio"
    assert labels[0] != "quellix-7-bio"


def test_stories_wording_joins_documents_that_name_little():
    texts = ["Rain fell for a week and the river rose.", "The river burst its banks after a week of rain."]
    documents = [document(t, name=f"r{i}") for i, t in enumerate(texts)]
    owners = np.array([0, 1])
    alike = np.array([[1.0, 0.0], [0.96, 0.28]], dtype=np.float32)
    unlike = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    together = find_stories(documents, alike, owners)
    apart = find_stories(documents, unlike, owners)
    assert together[0] == together[1]
    assert apart[0] != apart[1]


def test_stories_wording_never_joins_documents_that_each_name_their_own_story():
    # two outbreaks told alike, each article naming its own places, people and bodies: alike wording is the
    # genre's, the names say which story
    texts = [
        "Health officials in Varnholm said the Kessing fever outbreak in Lotrava and Miskel had killed 12 people, "
        "Minister Arda Belin told Radio Varn, and the Ostrel Institute sent teams to Lotrava and Miskel.",
        "An unknown illness in the Pemba and Kuvo districts of Tarsia has killed 40 people, Governor Enzo Rami "
        "said, and Tarsia Red Cross teams reached Pemba and Kuvo with the Halden Clinic.",
    ]
    documents = [document(t, name=f"o{i}") for i, t in enumerate(texts)]
    owners = np.array([0, 1])
    alike = np.array([[1.0, 0.0], [0.96, 0.28]], dtype=np.float32)
    stories = find_stories(documents, alike, owners)
    assert stories[0] != stories[1]


@pytest.mark.parametrize("days, factor", [(0, 1.0), (DATE_GRACE, 1.0), (DATE_GRACE + DATE_SCALE, 0.5)])
def test_stories_far_apart_dates_weigh_against(days, factor):
    documents = [document(FERRY[0], name="a"), document(FERRY[1], name="b")]
    weights, _ = _tfidf(run_names(documents))
    first, second = np.array([0]), np.array([1])
    alike = _scores(first, second, weights, None)
    same_day = alike / date_discount(first, second, np.array([0.0, 0.0]))
    later = alike / date_discount(first, second, np.array([0.0, float(days)]))
    unknown = alike / date_discount(first, second, np.array([0.0, np.nan]))
    assert later[0] == pytest.approx(same_day[0] * factor)
    assert unknown[0] == pytest.approx(same_day[0])


def test_stories_with_stories_fills_every_document(tmp_path):
    documents = [document(t, name=f"f{i}") for i, t in enumerate(FERRY)] + [document(VACCINE[0], name="v0")]
    filled = with_stories(documents, [])
    assert all(d.story for d in filled)
    assert [d.id for d in filled] == [d.id for d in documents]


@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_stories_story_field_is_read_from_rows(tmp_path, suffix):
    rows = [{"text": FERRY[0], "story": "ferry strike"}, {"text": VACCINE[0], "story": ""}]
    path = tmp_path / f"rows.{suffix}"
    if suffix == "jsonl":
        path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    else:
        import csv

        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=["text", "story"])
            writer.writeheader()
            writer.writerows(rows)
    documents = ingest([path])
    assert [d.story for d in documents] == ["ferry strike", None]


def test_stories_story_field_is_read_from_parquet(tmp_path):
    pyarrow = pytest.importorskip("pyarrow")
    import pyarrow.parquet as parquet

    path = tmp_path / "rows.parquet"
    parquet.write_table(pyarrow.table({"text": [FERRY[0], VACCINE[0]], "story": ["ferry strike", None]}), path)
    assert [d.story for d in ingest([path])] == ["ferry strike", None]


# One company's two listings six years apart, in the test's own words: the same founder and company named in
# both, one article of each undated.
LISTING_2014 = [
    "Orbex raised $25 billion in its New York listing, the biggest ever, and Orbex founder Jin Lo rang the bell.",
    "Shares of Orbex jumped 38% on their debut in New York, giving Jin Lo's Orbex a value of $231 billion.",
    "Jin Lo said Orbex would use the $25 billion it raised in New York to grow abroad.",
]
LISTING_2020 = [
    "Regulators halted the $34 billion listing of Orbex Pay, the payments arm of Jin Lo's Orbex, in Shanghai.",
    "Orbex Pay's $34 billion listing, which would have valued Jin Lo's payments firm at $313 billion, was suspended.",
    "Jin Lo was summoned by regulators before Orbex Pay's listing in Shanghai was halted.",
]


def test_stories_an_undated_article_takes_the_day_of_the_dated_one_it_is_most_alike():
    # undated, the middle articles score well with both listings and used to join them into one story
    documents = []
    for name, texts, days in (
        ("a", LISTING_2014, ("2014-09-19", None, "2014-09-20")),
        ("b", LISTING_2020, ("2020-11-03", None, "2020-11-04")),
    ):
        documents += [document(text, date=day, name=f"{name}{i}") for i, (text, day) in enumerate(zip(texts, days))]
    stories = find_stories(documents)
    assert len(set(stories[:3])) == 1 and len(set(stories[3:])) == 1 and stories[0] != stories[3]


def test_stories_an_undated_article_alike_to_no_dated_one_stays_undated():
    days = np.array([0.0, np.nan, 400.0, np.nan])
    first, second = np.array([0, 1, 1, 0]), np.array([1, 2, 3, 3])
    alike = np.array([0.5, 0.3, 0.9, 0.1])
    dated = dated_by_nearest(days, first, second, alike, 0.2)
    assert dated[1] == 0.0  # most alike the first, dated one: its day
    assert np.isnan(dated[3])  # alike only to the undated one and, too little, to the first
