from bs4 import BeautifulSoup

from claimcheck import check
from claimcheck.report import build_context, highlight, render


def test_report_context_counts(fixtures_result):
    context = build_context(fixtures_result)
    assert sum(context["counts"].values()) == len(fixtures_result.pairs)
    assert context["flagged"] == sum(1 for p in fixtures_result.pairs if p.verdict != "consistent")
    assert [p["id"] for p in context["pairs"]] == [p.id for p in fixtures_result.pairs]


def test_report_highlights_the_compared_figure(fixtures_result):
    pair = fixtures_result.pairs[0]
    claim = next(c for c in fixtures_result.claims if c.id == pair.a)
    marked = [s["text"] for s in highlight(claim, pair.a_quantity) if s["mark"]]
    assert marked == [pair.a_quantity]


def test_report_is_self_contained_and_shows_every_flagged_pair(fixtures_result):
    soup = BeautifulSoup(render(build_context(fixtures_result)), "html.parser")
    assert not soup.select("link[href], script[src], img[src], iframe")
    assert all("http" not in (tag.get("src") or "") for tag in soup.find_all(True))
    shown = {article["id"] for article in soup.select("article.pair:not([hidden])")}
    flagged = {p.id for p in fixtures_result.pairs if p.verdict != "consistent"}
    assert shown == flagged
    first = soup.select_one("article.pair")
    assert [m.get_text() for m in first.select("blockquote mark")] == [
        fixtures_result.pairs[0].a_quantity,
        fixtures_result.pairs[0].b_quantity,
    ]
    skipped_rows = soup.select("#documents tr.skipped")
    assert len(skipped_rows) == sum(1 for d in fixtures_result.documents if d.skipped)


def test_report_escapes_article_markup(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Acme sold 500 widgets in 2025.<script>alert('x')</script>\n\nAcme sold 900 widgets in 2025.", encoding="utf-8"
    )
    result = check([str(tmp_path)]).run
    html = render(build_context(result))
    soup = BeautifulSoup(html, "html.parser")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html
    assert len(soup.find_all("script")) == 1  # only the report's own filter script
    assert len(soup.select("article.pair")) == len(result.pairs) >= 1


def test_a_large_run_shows_its_most_serious_pairs_and_says_where_the_rest_are(fixtures_result, monkeypatch):
    from claimcheck import report

    monkeypatch.setattr(report, "REPORT_PAIRS", 3)
    monkeypatch.setattr(report, "REPORT_GROUPS", 1)
    soup = BeautifulSoup(render(build_context(fixtures_result)), "html.parser")
    assert [a["id"] for a in soup.select("article.pair")] == [p.id for p in fixtures_result.pairs[:3]]
    note = soup.select_one("#pairs p.note").get_text()
    assert f"3 most serious of {len(fixtures_result.pairs)} pairs" in note and "claimcheck serve" in note
    assert len(soup.select("details.group")) == 1
    assert f"largest of {len(fixtures_result.groups)} groups" in soup.select_one("#groups p.note").get_text()


def test_report_lists_documents_read_with_parts_left_out(fixtures_result):
    from dataclasses import replace

    from claimcheck.models import StageWarning

    warning = StageWarning("figures", 120, "ValueError", "max() arg is an empty sequence")
    first, *rest = fixtures_result.documents
    run = replace(fixtures_result, documents=(replace(first, warnings=(warning,)), *rest))
    context = build_context(run)
    assert context["warned"] == 1
    assert context["documents"][0]["warnings"] == [
        {"stage": "figures", "start": 120, "error": "ValueError", "message": "max() arg is an empty sequence"}
    ]
    soup = BeautifulSoup(render(context), "html.parser")
    assert "1 document read with parts left out" in soup.select_one("header p.warned").get_text()
    (row,) = soup.select("#documents tr.warned")
    assert row.select_one("summary").get_text() == "read, 1 part left out"
    assert [li.get_text() for li in row.select("ul.warnings li")] == [
        "figures, sentence at offset 120: ValueError: max() arg is an empty sequence"
    ]
    assert not BeautifulSoup(render(build_context(fixtures_result)), "html.parser").select("p.warned, tr.warned")


def test_report_shows_inconsistent_arithmetic_and_counts_the_rest(ledger_result):
    context = build_context(ledger_result)
    assert context["arithmetic_counts"] == {"inconsistent": 2, "consistent": 1}
    first = context["arithmetic"][0]
    assert first["explanation"].startswith("10% fall stated; $90 million / $120 million - 1 gives -25.00%")
    assert [s["text"] for s in first["segments"] if s["mark"]] == ["10%", "$90 million", "$120 million"]
    soup = BeautifulSoup(render(context), "html.parser")
    items = soup.select("#arithmetic article.finding")
    assert [i["id"] for i in items] == [a.id for a in ledger_result.arithmetic if a.verdict == "inconsistent"]
    assert items[0].select_one("p.explanation").text == first["explanation"]
    assert "1 other calculation checked out" in soup.select_one("#arithmetic p.note").text


def test_report_shows_a_reference_check_as_a_pair_with_its_source(ledger_result):
    soup = BeautifulSoup(render(build_context(ledger_result)), "html.parser")
    (item,) = soup.select("#references article.pair")
    assert item["data-verdict"] == "conflict"
    claim_side, reference_side = item.select("blockquote.side")
    assert claim_side.select_one("mark").text == "$3.9 billion"
    assert reference_side.select_one("p").text == "Northwind Traders revenue 2025: 3.4 billion USD"
    assert reference_side.select_one("a")["href"] == "https://example.org/northwind/2025"
    assert not soup.select("link[rel=stylesheet], script[src]")  # still self-contained


def test_report_without_arithmetic_has_no_section(fixtures_result):
    soup = BeautifulSoup(render(build_context(fixtures_result)), "html.parser")
    assert not soup.select("#arithmetic, #references")


def test_report_tags_findings_new_since_the_last_run_and_shows_their_reviews(ledger_result):
    wrong = [a for a in ledger_result.arithmetic if a.verdict == "inconsistent"]
    reviews = {wrong[0].id: {"decision": "confirmed_conflict", "reviewer": "Ana"}}
    soup = BeautifulSoup(render(build_context(ledger_result, reviews, {wrong[1].id})), "html.parser")
    first, second = soup.select("#arithmetic article.finding")
    assert first.select_one(".tag.review").text == "confirmed conflict by Ana" and not first.select(".tag.new")
    assert second.select_one(".tag.new") and second.select_one(".tag.unreviewed")
