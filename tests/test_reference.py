"""Claims against a table of reference figures: reading the table, matching, verdicts."""

import json

import pytest

from claimcheck.claims import checkable_figures
from claimcheck.entities import Aliases
from claimcheck.errors import InputError
from claimcheck.models import Claim, Reference
from claimcheck.reference import check_references, read_references, reference_figure


def claim(text, date="2026-02-10", doc="d1"):
    return Claim("c" + str(abs(hash(text)))[:8], doc, text, 0, len(text), tuple(checkable_figures(text, date)))


def checked(texts, references, *, learn=()):
    aliases = Aliases()
    for text in (*learn, *texts):
        aliases.learn(text)
    return check_references([claim(t) for t in texts], references, aliases)


REVENUE = Reference(2, "Harbour Foods", "revenue", "2025", 2.8, "billion USD", source="Harbour Foods annual report")


def test_reference_figure_reads_value_and_unit_like_a_sentence():
    figure = reference_figure(REVENUE)
    assert (figure.kind, figure.currency, figure.value) == ("money", "USD", 2.8e9)
    assert (figure.low, figure.high) == pytest.approx((2.75e9, 2.85e9))  # good to the written digit
    assert (figure.subject, figure.measure, figure.period.start, figure.period.end) == (
        "Harbour Foods", "revenue", "2025-01-01", "2025-12-31",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Harbour Foods reported revenue of $2.8 billion in 2025.", "consistent"),
        ("Harbour Foods reported revenue of $3.5 billion in 2025.", "conflict"),
    ],
)
def test_reference_verdict_as_for_a_pair(text, verdict):
    (check,) = checked([text], [REVENUE])
    assert check.verdict == verdict
    assert check.source == "Harbour Foods annual report" and check.explanation.endswith("Harbour Foods annual report.")


def test_reference_matches_an_alias_the_articles_declare():
    text = "HFG reported revenue of $3.5 billion in 2025."
    assert checked([text], [REVENUE]) == []  # nobody said HFG is Harbour Foods
    (check,) = checked([text], [REVENUE], learn=["Harbour Foods Group (HFG) opened two plants."])
    assert check.verdict == "conflict" and check.quantity == "$3.5 billion"


def test_reference_matches_company_forms_and_needs_an_overlapping_period():
    assert [c.verdict for c in checked(["Harbour Foods Ltd reported revenue of $2.8 billion in 2025."], [REVENUE])] == [
        "consistent"
    ]
    assert checked(["Harbour Foods reported revenue of $3.5 billion in 2023."], [REVENUE]) == []
    assert checked(["Harbour Foods reported revenue of $3.5 billion."], [REVENUE]) == []  # no period stated
    assert checked(["Harbour Foods hired 3,500 people in 2025."], [REVENUE]) == []  # another measure
    anytime = Reference(2, "Harbour Foods", "revenue", None, 2.8, "billion USD")
    assert [c.verdict for c in checked(["Harbour Foods reported revenue of $2.8 billion."], [anytime])] == [
        "consistent"
    ]


def test_reference_converts_units_and_currencies():
    hkd = Reference(3, "Harbour Foods", "revenue", "2025", 21.8, "billion HKD", source="HKEX filing")
    (check,) = checked(["Harbour Foods reported revenue of $2.8 billion in 2025."], [hkd])
    assert check.verdict == "consistent" and "currency conversion" in check.explanation
    share = Reference(4, "Harbour Foods", "market share", "2025", 12.5, "%", low=12, high=13)
    (check,) = checked(["Harbour Foods held a market share of 12.8% in 2025."], [share])
    assert check.verdict == "consistent"


def test_reference_table_csv_and_jsonl(tmp_path):
    csv_file = tmp_path / "official.csv"
    csv_file.write_text(
        "entity,measure,period,value,unit,low,high,source,url\n"
        "Harbour Foods,revenue,2025,2.8,billion USD,,,Annual report,https://example.org/a\n"
        "Fjord Bank,deposits,,40,billion USD,39,41,,\n",
        encoding="utf-8",
    )
    first, second = read_references(csv_file)
    assert (first.line, first.value, first.url, second.period, second.source) == (
        2, 2.8, "https://example.org/a", None, "reference",
    )  # fmt: skip
    jsonl = tmp_path / "official.jsonl"
    row = {"entity": "Fjord Bank", "measure": "deposits", "period": "2025", "value": 40, "unit": "billion USD"}
    jsonl.write_text("\n" + json.dumps(row) + "\n", encoding="utf-8")
    (only,) = read_references(jsonl)
    assert (only.line, only.value) == (2, 40.0)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("entity,measure,value,unit\nA,b,1,%\n", "official.csv, line 1: the header lacks period"),
        (
            "entity,measure,period,value,unit\nA,revenue,2025,lots,USD\n",
            "official.csv, line 2: value 'lots' is not a number",
        ),
        (
            "entity,measure,period,value,unit\nA,revenue,2025,1,USD\n,revenue,2025,1,USD\n",
            "official.csv, line 3: no entity",
        ),
        (
            "entity,measure,period,value,unit\nA,revenue,someday,1,billion USD\n",
            "line 2: cannot read the period 'someday'",
        ),
    ],
)
def test_reference_malformed_row_is_named_by_its_line(tmp_path, content, message):
    path = tmp_path / "official.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_references(path)


def test_reference_rows_no_claim_mentions_are_unused():
    other = Reference(5, "Fjord Bank", "deposits", "2025", 40, "billion USD")
    checks = checked(["Harbour Foods reported revenue of $2.8 billion in 2025."], [REVENUE, other])
    assert [c.line for c in checks] == [2]


def test_reference_measure_the_lexicon_does_not_know_matches_by_its_words():
    arrivals = Reference(6, "Lisbon", "tourist arrivals", "March 2026", 1.9, "million", source="Tourism board")
    (check,) = checked(["Lisbon welcomed 2.4 million tourist arrivals in March 2026."], [arrivals])
    assert check.verdict == "conflict"
    assert checked(["Lisbon welcomed 2.4 million cruise passengers in March 2026."], [arrivals]) == []


def test_reference_value_keeps_the_precision_it_is_written_to(tmp_path):
    path = tmp_path / "official.csv"
    path.write_text(
        "entity,measure,period,value,unit\nHarbour Foods,revenue,2025,2.80,billion USD\n"
        "Harbour Foods,revenue,2024,2.8,billion USD\n",
        encoding="utf-8",
    )
    exact, rounded = read_references(path)
    assert exact.written == "2.80" and reference_figure(exact).high == pytest.approx(2.805e9)
    texts = [
        "Harbour Foods reported revenue of $2.83 billion in 2025.",
        "Harbour Foods had revenue of $2.83 billion in 2024.",
    ]
    assert sorted(c.verdict for c in checked(texts, [exact, rounded])) == ["conflict", "consistent"]


@pytest.mark.parametrize(
    "content",
    [
        "\ufeffentity,measure,period,value,unit\nHarbour Foods,revenue,2025,2.8,billion USD\n",  # saved by a spreadsheet
        "entity;measure;period;value;unit\nHarbour Foods;revenue;2025;2,8;billion USD\n",  # a European locale
        "entity\tmeasure\tperiod\tvalue\tunit\nHarbour Foods\trevenue\t2025\t2.8\tbillion USD\n",
    ],
)
def test_reference_table_as_spreadsheets_save_it(tmp_path, content):
    path = tmp_path / "official.csv"
    path.write_text(content, encoding="utf-8")
    (row,) = read_references(path)
    assert (row.entity, row.value, row.unit) == ("Harbour Foods", 2.8, "billion USD")
