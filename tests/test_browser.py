"""The review page in a real browser: Debian's chromium driven by playwright, headless.

.ci/run installs chromium with apt and sets CLAIMCHECK_REQUIRE_BROWSER=1, so there a
missing browser fails the test; on a machine without it the test is skipped.
"""

import os
import threading
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.serve import create_app, make_server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

if not CHROMIUM.exists():
    if os.environ.get("CLAIMCHECK_REQUIRE_BROWSER"):
        raise RuntimeError(
            "CLAIMCHECK_REQUIRE_BROWSER is set but /usr/bin/chromium is missing: apt-get install chromium"
        )
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


TOKENS = {"ana-token-" + "a" * 20: "Ana", "ben-token-" + "b" * 20: "Ben"}


def serving(app):
    """``app`` under waitress on a free loopback port, as `claimcheck serve` runs it."""
    http = make_server(app, "127.0.0.1", 0)
    threading.Thread(target=http.run, daemon=True).start()
    return http


@pytest.fixture
def server(reviewed_store):
    path, pair_id = reviewed_store
    http = serving(create_app(str(path)))
    yield f"http://127.0.0.1:{http.effective_port}", path, pair_id
    http.close()


@pytest.fixture
def desk_server(reviewed_store):
    path, pair_id = reviewed_store
    http = serving(create_app(str(path), reviewers=TOKENS))
    yield f"http://127.0.0.1:{http.effective_port}", path, pair_id
    http.close()


@pytest.fixture
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield launched
        launched.close()


def decide(page, base, pair_id, name, key):
    page.goto(f"{base}/pairs/{pair_id}")
    page.fill("#reviewer", name)
    page.click("h1")  # leave the input, so the key reaches the page
    page.keyboard.press(key)
    page.wait_for_selector("#status.saved")


def test_browser_decide_with_the_keyboard_and_see_it_after_reload(server, browser):
    base, path, pair_id = server
    page = browser.new_page()
    decide(page, base, pair_id, "Ana", "c")
    page.reload()
    assert page.inner_text("#current .decision") == "confirmed conflict"
    assert store.latest_reviews(store.connect(path))[pair_id]["reviewer"] == "Ana"


def test_browser_two_reviewers_at_once_both_persist(server, browser):
    base, path, pair_id = server
    other = next(
        row["id"]
        for row in store.pair_rows(store.connect(path))
        if row["id"] != pair_id and row["verdict"] != "consistent"
    )
    ana, ben = browser.new_context().new_page(), browser.new_context().new_page()
    ana.goto(f"{base}/pairs/{pair_id}")
    ben.goto(f"{base}/pairs/{other}")
    for page, name in ((ana, "Ana"), (ben, "Ben")):
        page.fill("#reviewer", name)
        page.click("h1")
    ana.keyboard.press("n")
    ben.keyboard.press("u")
    ana.wait_for_selector("#status.saved")
    ben.wait_for_selector("#status.saved")
    latest = store.latest_reviews(store.connect(path))
    assert (latest[pair_id]["decision"], latest[pair_id]["reviewer"]) == ("not_a_conflict", "Ana")
    assert (latest[other]["decision"], latest[other]["reviewer"]) == ("unsure", "Ben")


def test_browser_a_decision_someone_made_first_is_shown(server, browser):
    base, path, pair_id = server
    page = browser.new_page()
    page.goto(f"{base}/pairs/{pair_id}")
    store.add_review(store.connect(path), pair_id, "not_a_conflict", "Ben")  # decided while the page was open
    page.fill("#reviewer", "Ana")
    page.click("h1")
    page.keyboard.press("c")
    page.wait_for_selector("#status.taken")
    assert "Ben decided not a conflict first" in page.inner_text("#status")
    assert store.latest_reviews(store.connect(path))[pair_id]["reviewer"] == "Ben"


def test_browser_reviewer_known_by_token_decides_without_typing_a_name(desk_server, browser):
    base, path, pair_id = desk_server
    page = browser.new_page()
    assert page.goto(f"{base}/pairs/{pair_id}").status == 401
    ana = next(token for token, name in TOKENS.items() if name == "Ana")
    page.goto(f"{base}/pairs/{pair_id}?token={ana}")
    assert page.url == f"{base}/pairs/{pair_id}"  # the token went into a cookie, out of the address
    assert page.inner_text("#signed-in") == "Reviewing as Ana"
    page.click("h1")
    page.keyboard.press("n")
    page.wait_for_selector("#status.saved")
    page.goto(f"{base}/")  # the cookie carries on to other pages
    assert page.inner_text("#signed-in") == "Reviewing as Ana"
    latest = store.latest_reviews(store.connect(path))
    assert (latest[pair_id]["decision"], latest[pair_id]["reviewer"]) == ("not_a_conflict", "Ana")


def test_browser_page_from_another_site_cannot_decide(server, browser):
    base, path, pair_id = server
    page = browser.new_page()
    page.goto("about:blank")
    # A page elsewhere posts to the review server: a form can't send JSON, a script's fetch
    # sends its own Origin; neither writes.
    page.set_content(
        f"""<form method="post" action="{base}/api/pairs/{pair_id}/reviews" enctype="text/plain">
        <input name='{{"decision": "unsure", "reviewer": "Mallory", "x": "' value='"}}'></form>"""
    )
    with page.expect_navigation():
        page.evaluate("document.forms[0].submit()")
    assert "send JSON" in page.content()
    status = page.evaluate(
        f"""fetch("{base}/api/pairs/{pair_id}/reviews", {{method: "POST", mode: "no-cors",
            headers: {{"Content-Type": "text/plain"}}, body: '{{"decision": "unsure", "reviewer": "Mallory"}}'}})
            .then(() => "sent")"""
    )
    assert status == "sent"
    assert store.latest_reviews(store.connect(path)) == {}
