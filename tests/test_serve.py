import pytest

from claimcheck import store
from claimcheck.serve import create_app


@pytest.fixture
def client(reviewed_store):
    path, pair_id = reviewed_store
    app = create_app(str(path))
    return app.test_client(), pair_id, path


def test_serve_queue_lists_flagged_pairs_most_serious_first(client):
    http, pair_id, _ = client
    page = http.get("/").get_data(as_text=True)
    assert page.index(pair_id) < page.index("needs review", page.index(pair_id))
    assert "consistent</span>" not in page  # the queue shows flagged pairs only


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
    "url, body, status, message",
    [
        ("/api/pairs/nope/reviews", {"decision": "unsure", "reviewer": "Ana"}, 404, "unknown pair"),
        (None, {"decision": "maybe", "reviewer": "Ana"}, 400, "unknown decision"),
        (None, {"decision": "unsure"}, 400, "reviewer"),
        (None, {"decision": "unsure", "reviewer": "Ana", "note": "x" * 3000}, 400, "too long"),
        (None, {"decision": "unsure", "reviewer": "Ana", "note": "x" * 20000}, 413, "too large"),
        (None, "not json", 400, "send JSON"),
    ],
)
def test_serve_bad_requests_get_4xx_and_write_nothing(client, url, body, status, message):
    http, pair_id, path = client
    url = url or f"/api/pairs/{pair_id}/reviews"
    response = http.post(url, json=body) if isinstance(body, dict) else http.post(url, data=body)
    assert response.status_code == status and message in response.get_json()["error"]
    assert store.latest_reviews(store.connect(path)) == {}


def test_serve_unknown_pages_are_404(client):
    http, _, _ = client
    assert http.get("/pairs/nope").status_code == 404
    assert http.get("/api/pairs/nope").status_code == 404
