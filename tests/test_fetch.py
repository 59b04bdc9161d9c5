import sqlite3

import pytest

from claimcheck import store
from claimcheck.errors import InputError
from claimcheck.fetch import USER_AGENT, fetch_page, fetch_pages, is_url, read_url_list
from claimcheck.ingest import ingest


def test_fetch_page_sends_a_user_agent_naming_claimcheck_and_its_version(page_server):
    page = fetch_page(page_server.url("lumen-ledger.html"), timeout=5)
    assert page.error is None and "Lumen Freight" in page.html and page.fetched_at
    assert page_server.agents == [USER_AGENT]
    assert USER_AGENT.startswith("claimcheck-figures/") and USER_AGENT.split("/")[1].split()[0][0].isdigit()


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("missing", "HTTP 404 Not Found"),
        ("no-such-page.html", "HTTP 404 Not Found"),
        ("slow", "no answer within 0.5 s"),
    ],
)
def test_fetch_page_says_why_a_page_could_not_be_fetched(page_server, path, reason):
    page = fetch_page(page_server.url(path), timeout=0.5)
    assert (page.html, page.error) == (None, reason)


def test_fetch_page_names_a_refused_connection(page_server):
    address = page_server.url("lumen-ledger.html")
    page_server.close()
    page = fetch_page(address, timeout=2)
    assert page.html is None and page.error.startswith("cannot connect (")


def test_fetch_pages_reads_the_store_on_a_rerun_and_refetch_asks_again(page_server, tmp_path):
    db = tmp_path / "claimcheck.db"
    urls = [page_server.url("lumen-ledger.html"), page_server.url("missing"), page_server.url("lumen-ledger.html")]
    first = fetch_pages(urls, cache=db)
    assert [p.url for p in first] == urls[:2]  # an address given twice is fetched once
    assert [p.cached for p in first] == [False, False] and first[1].error == "HTTP 404 Not Found"
    again = fetch_pages(urls, cache=db)
    assert [p.cached for p in again] == [True, False] and again[0].html == first[0].html
    assert again[0].fetched_at == first[0].fetched_at
    # the page was asked for once, the missing one each run (a failure is not kept)
    assert page_server.requests == {"/lumen-ledger.html": 1, "/missing": 2}
    fetch_pages(urls[:1], cache=db, refetch=True)
    assert page_server.requests["/lumen-ledger.html"] == 2
    rows = sqlite3.connect(db).execute("SELECT url FROM pages").fetchall()
    assert rows == [(urls[0],)]


def test_store_cached_pages_on_a_store_without_the_pages_table(tmp_path):
    connection = store.connect(tmp_path / "claimcheck.db")
    assert store.cached_pages(connection, ["http://example.org/a"]) == {}
    assert store.save_pages(connection, [("http://example.org/a", "<p>a</p>", "2026-03-10T00:00:00+00:00")])
    assert store.cached_pages(connection, ["http://example.org/a", "http://example.org/b"]) == {
        "http://example.org/a": ("<p>a</p>", "2026-03-10T00:00:00+00:00")
    }


def test_fetch_read_url_list_skips_blank_lines_and_comments(tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(
        "# morning run\nhttps://example.org/a\n\n   \n  HTTP://example.org/b  \n# https://example.org/c\n",
        encoding="utf-8",
    )
    assert read_url_list(listing) == ["https://example.org/a", "HTTP://example.org/b"]


@pytest.mark.parametrize("line", ["example.org/a", "ftp://example.org/a", "https://", "fixtures/"])
def test_fetch_read_url_list_names_the_line_that_is_not_an_address(tmp_path, line):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"https://example.org/a\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"urls\.txt, line 2: .* is not a web address"):
        read_url_list(listing)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("https://example.org/", True), ("HTTP://example.org", True), ("fixtures/a.html", False), ("http:/x", False)],
)
def test_fetch_is_url(text, expected):
    assert is_url(text) is expected


def test_ingest_keeps_the_url_date_and_site_of_a_fetched_page(page_server, tmp_path):
    urls = [page_server.url("lumen-ledger.html"), page_server.url("lumen-courier.html")]
    ledger, courier = ingest(urls, cache=tmp_path / "claimcheck.db")
    assert (ledger.path, ledger.url, ledger.date, ledger.source) == (urls[0], urls[0], "2026-03-10", "Harbour Ledger")
    assert (courier.path, courier.url, courier.date, courier.source) == (
        urls[1],
        urls[1],
        "2026-03-11",
        "Coastline Courier",
    )
    assert "$240 million" in ledger.text and "$310 million" in courier.text
    assert "All rights reserved" not in ledger.text  # boilerplate removed as for an HTML file


def test_ingest_lists_pages_that_could_not_be_fetched_after_the_files(page_server, tmp_path):
    (tmp_path / "note.txt").write_text("Acme sold 500 widgets in 2025.", encoding="utf-8")
    urls = [page_server.url("missing"), page_server.url("slow"), page_server.url("lumen-courier.html")]
    documents = ingest([*urls[:2], str(tmp_path / "note.txt"), urls[2]], fetch_timeout=0.5)
    assert [d.path for d in documents] == [str(tmp_path / "note.txt"), *urls]
    assert [d.skipped for d in documents] == [
        None,
        "could not be fetched: HTTP 404 Not Found",
        "could not be fetched: no answer within 0.5 s",
        None,
    ]
    assert documents[1].url == urls[0] and documents[1].source == "127.0.0.1"
