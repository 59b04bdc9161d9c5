"""The review page in a real browser: Debian's chromium driven by playwright, headless.

.ci/run installs chromium with apt and sets CLAIMCHECK_REQUIRE_BROWSER=1, so there a
missing browser fails the test; on a machine without it the test is skipped.
"""

import os
import threading
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.serve import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

if not CHROMIUM.exists():
    if os.environ.get("CLAIMCHECK_REQUIRE_BROWSER"):
        raise RuntimeError(
            "CLAIMCHECK_REQUIRE_BROWSER is set but /usr/bin/chromium is missing: apt-get install chromium"
        )
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture
def server(reviewed_store):
    from werkzeug.serving import make_server

    path, pair_id = reviewed_store
    http = make_server("127.0.0.1", 0, create_app(str(path)), threaded=True)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{http.server_port}", path, pair_id
    http.shutdown()


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
