import http.client
import json
import threading

import pytest
from click.testing import CliRunner

from claimcheck import serve, store
from claimcheck.cli import cli
from claimcheck.serve import create_app, make_server

ANA, BEN = "ana-" + "a" * 20, "ben-" + "b" * 20
REVIEWERS = {ANA: "Ana", BEN: "Ben"}


@pytest.fixture
def client(reviewed_store):
    path, pair_id = reviewed_store
    app = create_app(str(path))
    return app.test_client(), pair_id, path


@pytest.fixture
def desk(reviewed_store):
    """A test client of a server that knows its reviewers by token."""
    path, pair_id = reviewed_store
    return create_app(str(path), reviewers=REVIEWERS).test_client(), pair_id, path


def test_serve_queue_lists_flagged_pairs_most_serious_first(client):
    http, pair_id, _ = client
    page = http.get("/").get_data(as_text=True)
    assert page.index(pair_id) < page.index("needs review", page.index(pair_id))
    assert "consistent</span>" not in page  # the queue shows flagged pairs only


def test_serve_queue_pages_follow_one_another(client, monkeypatch):
    http, _, path = client
    monkeypatch.setattr(serve, "PAGE_SIZE", 2)
    expected = [row["id"] for row in store.pair_rows(store.connect(path), verdicts=serve.FLAGGED, status="unreviewed")]
    assert len(expected) > 4
    seen, url = [], "/"
    while url:
        page = http.get(url).get_data(as_text=True)
        seen += [part.split('"')[0] for part in page.split('class="pair-row" data-pair="')[1:]]
        url = page.split('id="next-page"')[0].rsplit('href="', 1)[1].split('"')[0] if 'id="next-page"' in page else ""
        url = url.replace("&amp;", "&")
    assert seen == expected
    assert f"{len(expected)} pairs match" in http.get("/").get_data(as_text=True)
    assert http.get("/?after=nope").status_code == 404


def test_serve_pair_page_shows_both_sentences_and_links_to_the_articles(client):
    http, pair_id, _ = client
    page = http.get(f"/pairs/{pair_id}").get_data(as_text=True)
    assert page.count("<mark>") >= 4 and page.count("full article") == 2
    link = page.split('href="/documents/')[1].split('"')[0]
    article = http.get("/documents/" + link.replace("&amp;", "&")).get_data(as_text=True)
    assert '<mark id="claim">' in article


def test_serve_review_api_saves_and_filters(client):
    http, pair_id, path = client
    response = http.post(f"/api/pairs/{pair_id}/reviews", json={"decision": "confirmed_conflict", "reviewer": "Ana"})
    assert response.status_code == 201
    assert pair_id not in http.get("/").get_data(as_text=True)  # reviewed: out of the unreviewed queue
    assert pair_id in http.get("/?status=reviewed&reviewer=Ana").get_data(as_text=True)
    assert store.latest_reviews(store.connect(path))[pair_id]["reviewer"] == "Ana"


def test_serve_someone_else_decided_first(client):
    http, pair_id, _ = client
    first = http.post(
        f"/api/pairs/{pair_id}/reviews", json={"decision": "unsure", "reviewer": "Ana", "seen_review": None}
    )
    assert first.status_code == 201
    late = http.post(
        f"/api/pairs/{pair_id}/reviews", json={"decision": "not_a_conflict", "reviewer": "Ben", "seen_review": None}
    )
    assert late.status_code == 409 and late.get_json()["latest"]["reviewer"] == "Ana"
    again = http.post(
        f"/api/pairs/{pair_id}/reviews",
        json={"decision": "not_a_conflict", "reviewer": "Ben", "seen_review": late.get_json()["latest"]["id"]},
    )
    assert again.status_code == 201


@pytest.mark.parametrize(
    "url, body, headers, status, message",
    [
        ("/api/pairs/nope/reviews", {"decision": "unsure", "reviewer": "Ana"}, {}, 404, "unknown pair"),
        (None, {"decision": "maybe", "reviewer": "Ana"}, {}, 400, "unknown decision"),
        (None, {"decision": "unsure"}, {}, 400, "reviewer"),
        (None, {"decision": "unsure", "reviewer": "Ana", "note": "x" * 3000}, {}, 400, "too long"),
        (None, {"decision": "unsure", "reviewer": "Ana", "note": "x" * 20000}, {}, 413, "too large"),
        (None, "[1, 2]", {"Content-Type": "application/json"}, 400, "send JSON"),
        (None, {"decision": "unsure", "reviewer": "Ana", "seen_review": 12345}, {}, 400, "nobody has decided"),
        # What a cross-site form or a script without CORS can send: refused before reading it.
        (None, '{"decision": "unsure", "reviewer": "Ana"}', {"Content-Type": "text/plain"}, 415, "send JSON"),
        (None, "decision=unsure&reviewer=Ana", {"Content-Type": "application/x-www-form-urlencoded"}, 415, "JSON"),
        (None, {"decision": "unsure", "reviewer": "Ana"}, {"Origin": "http://evil.example"}, 403, "another site"),
        (None, {"decision": "unsure", "reviewer": "Ana"}, {"Origin": "null"}, 403, "another site"),
        (None, {"decision": "unsure", "reviewer": "Ana"}, {"Sec-Fetch-Site": "cross-site"}, 403, "another site"),
        (None, {"decision": "unsure", "reviewer": "Ana"}, {"Host": "evil.example:8421"}, 400, "does not answer"),
    ],
)
def test_serve_bad_requests_get_4xx_and_write_nothing(client, url, body, headers, status, message):
    http, pair_id, path = client
    url = url or f"/api/pairs/{pair_id}/reviews"
    if isinstance(body, dict):
        response = http.post(url, json=body, headers=headers)
    else:
        response = http.post(url, data=body, headers=headers)
    assert response.status_code == status and message in response.get_json()["error"]
    assert store.latest_reviews(store.connect(path)) == {}


def test_serve_same_origin_write_is_accepted(client):
    http, pair_id, _ = client
    headers = {"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"}
    response = http.post(
        f"/api/pairs/{pair_id}/reviews", json={"decision": "unsure", "reviewer": "Ana"}, headers=headers
    )
    assert response.status_code == 201


@pytest.mark.parametrize(
    "host, status",
    [("127.0.0.1:8421", 200), ("localhost:8421", 200), ("[::1]:8421", 200), ("rebound.example:8421", 400)],
)
def test_serve_answers_only_to_its_own_host(client, host, status):
    http, _, _ = client
    response = http.get("/", headers={"Host": host})
    assert response.status_code == status
    if status == 400:
        assert "does not answer to rebound.example;" in response.get_data(as_text=True)


def test_serve_unknown_pages_are_404(client):
    http, _, _ = client
    assert http.get("/pairs/nope").status_code == 404
    assert http.get("/api/pairs/nope").status_code == 404


@pytest.mark.parametrize("url", ["/", "/api/pairs/x", "/documents/x"])
@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong-" + "x" * 20}, {"Authorization": ANA}])
def test_serve_with_reviewers_every_request_needs_a_token(desk, url, headers):
    http, _, _ = desk
    response = http.get(url, headers=headers)
    assert response.status_code == 401
    assert "token" in response.get_data(as_text=True)
    assert http.get(f"{url}?token=wrong-{'x' * 20}").status_code == 401


def test_serve_first_visit_with_the_token_sets_a_cookie_and_drops_it_from_the_address(desk):
    http, pair_id, _ = desk
    first = http.get(f"/pairs/{pair_id}?token={ANA}&x=1")
    assert first.status_code == 303 and first.headers["Location"] == f"/pairs/{pair_id}?x=1"
    cookie = first.headers["Set-Cookie"]
    assert cookie.startswith(f"{serve.COOKIE}={ANA};") and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    page = http.get(f"/pairs/{pair_id}").get_data(as_text=True)  # the test client keeps the cookie
    assert "Reviewing as <strong>Ana</strong>" in page and 'id="reviewer"' not in page
    saved = http.post(f"/api/pairs/{pair_id}/reviews", json={"decision": "unsure"})
    assert saved.status_code == 201 and saved.get_json()["review"]["reviewer"] == "Ana"


def test_serve_the_name_comes_from_the_token_not_the_request(desk):
    http, pair_id, path = desk
    response = http.post(
        f"/api/pairs/{pair_id}/reviews",
        json={"decision": "not_a_conflict", "reviewer": "Ana"},
        headers={"Authorization": f"Bearer {BEN}"},
    )
    assert response.status_code == 201
    assert store.latest_reviews(store.connect(path))[pair_id]["reviewer"] == "Ben"


def test_serve_two_reviewers_deciding_at_once_over_waitress_lose_nothing(reviewed_store):
    path, _ = reviewed_store
    pair_ids = [row["id"] for row in store.pair_rows(store.connect(path))][:25]
    server = make_server(create_app(str(path), reviewers=REVIEWERS), "127.0.0.1", 0)
    stop = threading.Event()

    def serve_until_stopped():
        # one turn of the server's loop at a time, so the loop ends before its sockets close: closing them
        # under a running loop raised in its thread ("Bad file descriptor") during a later test
        while not stop.is_set():
            server.asyncore.loop(timeout=0.05, map=server._map, count=1)

    loop = threading.Thread(target=serve_until_stopped, daemon=True)
    loop.start()
    answers = {ANA: [], BEN: []}

    def decide(token):
        connection = http.client.HTTPConnection("127.0.0.1", server.effective_port, timeout=30)
        for _ in range(2):
            for pair_id in pair_ids:
                body = json.dumps({"decision": "unsure", "reviewer": "Mallory"})
                headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
                connection.request("POST", f"/api/pairs/{pair_id}/reviews", body=body, headers=headers)
                response = connection.getresponse()
                answers[token].append((response.status, json.loads(response.read())["review"]["reviewer"]))
        connection.close()

    threads = [threading.Thread(target=decide, args=(token,)) for token in REVIEWERS]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stop.set()
    loop.join()
    server.close()
    n = 2 * len(pair_ids)
    assert n >= 20 and answers == {ANA: [(201, "Ana")] * n, BEN: [(201, "Ben")] * n}
    stored = store.connect(path).execute("SELECT reviewer, COUNT(*) FROM reviews GROUP BY reviewer").fetchall()
    assert sorted(map(tuple, stored)) == [("Ana", n), ("Ben", n)]


@pytest.mark.parametrize(
    "host, expected",
    [("127.0.0.1", True), ("127.0.0.2", True), ("::1", True), ("[::1]", True), ("localhost", True)]
    + [("0.0.0.0", False), ("::", False), ("192.168.1.20", False), ("review.example.org", False)],
)
def test_serve_is_loopback(host, expected):
    assert serve.is_loopback(host) is expected


@pytest.mark.parametrize(
    "host, status", [("localhost", 200), ("127.0.0.1:8421", 200), ("203.0.113.7:8421", 400), ("evil.example", 400)]
)
def test_serve_on_every_interface_answers_to_this_machines_addresses_only(reviewed_store, host, status):
    path, _ = reviewed_store
    http = create_app(str(path), reviewers=REVIEWERS, hosts=["0.0.0.0"]).test_client()
    assert http.get("/", headers={"Host": host, "Authorization": f"Bearer {ANA}"}).status_code == status


def test_serve_allowed_hosts():
    assert serve.allowed_hosts("127.0.0.1") == {"127.0.0.1", "localhost", "::1"}
    assert serve.allowed_hosts("192.168.1.20") == {"192.168.1.20"}
    everywhere = serve.allowed_hosts("0.0.0.0")
    assert "localhost" in everywhere and "0.0.0.0" not in everywhere and "::" not in everywhere


@pytest.mark.parametrize(
    "lines, result",
    [
        ([f"Ana Lima = {ANA}\n", "# a comment\n", "\n", f"Ben={BEN}"], {ANA: "Ana Lima", BEN: "Ben"}),
        ([f"Ana={ANA}", "Ben=short"], "line 2: the token for Ben is shorter than 16 characters"),
        ([f"={ANA}"], "line 1: write NAME=TOKEN"),
        ([ANA], "line 1: write NAME=TOKEN"),
        ([f"Ana={ANA}", f"Ben={ANA}"], "line 2: Ben has the token of Ana"),
    ],
)
def test_serve_read_reviewers(lines, result):
    if isinstance(result, dict):
        assert serve.read_reviewers(lines) == result
    else:
        with pytest.raises(ValueError, match=result):
            serve.read_reviewers(lines)


@pytest.fixture
def started(monkeypatch):
    """Runs `claimcheck serve` up to the point of serving; returns what it would have served."""
    seen = {}

    class Server:
        def run(self):
            seen["ran"] = True

    def fake_make_server(app, host, port):
        seen.update(app=app, host=host, port=port)
        return Server()

    monkeypatch.setattr(serve, "make_server", fake_make_server)
    return seen


def test_serve_cli_beyond_loopback_needs_tokens(reviewed_store, started, tmp_path):
    path, pair_id = reviewed_store
    refused = CliRunner().invoke(cli, ["serve", "--db", str(path), "--host", "0.0.0.0"])
    assert refused.exit_code == 2 and "--host 0.0.0.0 lets other machines reach the review page" in refused.output
    assert "--reviewers FILE" in refused.output and not started

    tokens = tmp_path / "reviewers.txt"
    tokens.write_text(f"Ana={ANA}\n", encoding="utf-8")
    args = ["serve", "--db", str(path), "--host", "192.168.1.20", "--reviewers", str(tokens), "--token", f"Ben={BEN}"]
    result = CliRunner().invoke(cli, [*args, "--allow-host", "review.example.org"], catch_exceptions=False)
    assert result.exit_code == 0 and started["ran"] and started["host"] == "192.168.1.20"
    assert "2 reviewer(s)" in result.output and ANA not in result.output
    http = started["app"].test_client()
    headers = {"Host": "review.example.org", "Authorization": f"Bearer {ANA}"}
    assert http.get(f"/pairs/{pair_id}", headers=headers).status_code == 200
    assert http.get(f"/pairs/{pair_id}", headers={**headers, "Host": "127.0.0.1"}).status_code == 400


@pytest.mark.parametrize(
    "args, message",
    [
        (["--token", "Ana=short"], "Error: --token 1: the token for Ana is shorter than 16 characters"),
        (["--token", f"Ana={ANA}", "--token", f"Ben={ANA}"], "Error: --token 2: Ben has the token of Ana"),
    ],
)
def test_serve_cli_bad_tokens(reviewed_store, started, args, message):
    path, _ = reviewed_store
    result = CliRunner().invoke(cli, ["serve", "--db", str(path), *args])
    assert result.exit_code == 2 and message in result.output and not started


def test_serve_queue_lists_inconsistent_findings_and_a_reviewer_decides_one(ledger_store):
    from bs4 import BeautifulSoup

    path, finding_id = ledger_store
    http = create_app(str(path)).test_client()
    soup = BeautifulSoup(http.get("/").get_data(as_text=True), "html.parser")
    rows = soup.select("tr.finding-row")
    assert {(r["data-kind"], r.select_one(".verdict").text) for r in rows} == {
        ("arithmetic", "inconsistent"),
        ("reference", "conflict"),
    }  # the consistent calculation is not queued
    page = BeautifulSoup(http.get(f"/findings/{finding_id}").get_data(as_text=True), "html.parser")
    assert page.select_one("p.explanation").text.startswith("10% fall stated")
    assert [m.text for m in page.select("blockquote mark")] == ["10%", "$90 million", "$120 million"]
    assert page.select_one("#pair")["data-next"].startswith("/findings/")
    response = http.post(f"/api/pairs/{finding_id}/reviews", json={"decision": "confirmed_conflict", "reviewer": "Ana"})
    assert response.status_code == 201
    assert http.get(f"/api/pairs/{finding_id}").get_json()["latest"]["decision"] == "confirmed_conflict"
    assert finding_id not in http.get("/").get_data(as_text=True)  # reviewed: out of the unreviewed queue
    assert finding_id in http.get("/?status=reviewed&reviewer=Ana").get_data(as_text=True)
    assert http.get("/findings/nope").status_code == 404


def test_serve_reference_check_page_shows_the_reference_as_its_source(ledger_store, ledger_result):
    from bs4 import BeautifulSoup

    path, _ = ledger_store
    (check,) = ledger_result.references
    page = BeautifulSoup(
        create_app(str(path)).test_client().get(f"/findings/{check.id}").get_data(as_text=True), "html.parser"
    )
    side = page.select_one("blockquote.reference-side")
    assert side.select_one("p").text == check.reference
    assert side.select_one("a")["href"] == check.url and "line 2" in side.select_one("footer").text
