"""Fetch articles from their web addresses: politely, within a timeout, and once.

``claimcheck run https://…`` and ``--urls FILE`` read pages straight from the web. Each
page is asked for once, with a user agent naming claimcheck-figures and its version,
within a timeout, one request at a time per host. A page that cannot be fetched comes
back with the reason (``HTTP 404 Not Found``, ``no answer within 20 s``), which ingest
lists as a skipped document, and the run goes on. Fetched HTML is kept in the store (a
``pages`` table keyed by URL, with the time it was fetched), so a re-run with the same
store reads it from there; ``refetch=True`` asks the sites again.

The request is made with the standard library rather than ``trafilatura.fetch_url``,
which takes a timeout and user agents from its configuration but returns None without
saying why a page failed, retries a read that timed out (one slow page costs three
timeouts), takes whole seconds only, and refuses loopback and private addresses (an
intranet's pages, the tests' local server). What it does besides is kept: redirects are
followed, a page over 20 MB is refused, and the body is decoded as trafilatura decodes it.
"""

from __future__ import annotations

import datetime as dt
import http.client
import urllib.error
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from urllib.parse import urlsplit

from .errors import InputError

try:
    _VERSION = version("claimcheck-figures")
except PackageNotFoundError:  # run from a source tree that was never installed
    _VERSION = "dev"

#: Sent with every request, so a site's operators can tell who is asking.
USER_AGENT = f"claimcheck-figures/{_VERSION} (checks the figures in news articles; one request per page)"
#: Seconds to wait for a connection and for each read of a page.
TIMEOUT = 20.0
#: Largest page read, in bytes (trafilatura's own limit).
MAX_BYTES = 20_000_000
#: Sites asked at once; each site is asked one page at a time.
SITES_AT_ONCE = 4
#: Content types read as a web page.
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


@dataclass(frozen=True)
class Page:
    """One web address and what fetching it gave: its HTML, or why there is none."""

    url: str  #: The address as given.
    html: str | None  #: The page's HTML; None when it could not be fetched.
    fetched_at: str | None  #: When it was fetched (ISO 8601, UTC); None when it was not.
    error: str | None = None  #: Why it could not be fetched; None when it was.
    cached: bool = False  #: True when the HTML came from the store, not the site.


def is_url(text) -> bool:
    """True for an ``http://`` or ``https://`` address (what ``run`` fetches instead of reading a file)."""
    return isinstance(text, str) and text[:8].lower().startswith(("http://", "https://"))


def read_url_list(path: str | Path) -> list[str]:
    """The web addresses in a file, one a line; blank lines and lines starting with ``#`` are ignored.

    Raises :class:`InputError` naming the line when a line is not an ``http(s)://`` address
    or the file cannot be read.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read the list of URLs ({error})") from error
    urls = []
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line) or not urlsplit(line).hostname:
            raise InputError(f"{path}, line {number}: {line!r} is not a web address; write one http(s):// URL a line")
        urls.append(line)
    return urls


def fetch_pages(urls, *, cache=None, refetch: bool = False, timeout: float = TIMEOUT) -> list[Page]:
    """Fetch ``urls`` (an address given twice is fetched once); one :class:`Page` per address, in order.

    ``cache``: a store file (``claimcheck.db``) or open store connection; pages found
    there are not fetched, unless ``refetch=True``, and every page fetched is kept there.
    ``timeout``: seconds to wait for a connection and for each read. Never raises for a
    page that cannot be fetched: its :attr:`Page.error` says why.
    """
    from . import store

    urls = list(dict.fromkeys(urls))
    connection = store.connect(cache) if isinstance(cache, (str, Path)) else cache
    try:
        stored = {} if connection is None or refetch else store.cached_pages(connection, urls)
        pages = {url: Page(url, html, fetched_at, cached=True) for url, (html, fetched_at) in stored.items()}
        pages |= _fetch_all([url for url in urls if url not in pages], timeout)
        fetched = [page for page in pages.values() if page.html is not None and not page.cached]
        if connection is not None and fetched:
            store.save_pages(connection, [(page.url, page.html, page.fetched_at) for page in fetched])
    finally:
        if connection is not None and connection is not cache:
            connection.close()
    return [pages[url] for url in urls]


def fetch_page(url: str, timeout: float = TIMEOUT) -> Page:
    """Fetch one page; a failure comes back as a :class:`Page` whose ``error`` says why."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in _PAGE_TYPES:
                return _failed(url, f"not a web page (Content-Type {kind})")
            body = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as error:
        return _failed(url, f"HTTP {error.code} {error.reason}".strip())
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            return _failed(url, f"no answer within {timeout:g} s")
        return _failed(url, f"cannot connect ({_reason(error.reason)})")
    except TimeoutError:
        return _failed(url, f"no answer within {timeout:g} s")
    except (http.client.HTTPException, OSError, ValueError) as error:
        return _failed(url, f"the connection failed ({type(error).__name__}: {_reason(error)})")
    if len(body) > MAX_BYTES:
        return _failed(url, f"larger than {MAX_BYTES // 1_000_000} MB")
    if not body.strip():
        return _failed(url, "the site sent an empty page")
    from trafilatura.utils import decode_file

    return Page(url, decode_file(body, MAX_BYTES), _now())


def _fetch_all(urls: list[str], timeout: float) -> dict[str, Page]:
    """Fetch each site's pages one after another, and up to :data:`SITES_AT_ONCE` sites at once."""
    by_site: dict[str, list[str]] = defaultdict(list)
    for url in urls:
        by_site[(urlsplit(url).hostname or "").lower()].append(url)
    if not by_site:
        return {}

    def fetch_site(site_urls: list[str]) -> list[Page]:
        return [fetch_page(url, timeout) for url in site_urls]

    with ThreadPoolExecutor(max_workers=min(SITES_AT_ONCE, len(by_site))) as pool:
        return {page.url: page for pages in pool.map(fetch_site, by_site.values()) for page in pages}


def _failed(url: str, reason: str) -> Page:
    return Page(url, None, None, error=reason)


def _reason(error) -> str:
    """An exception's message on one line, or its class name when it has none."""
    text = " ".join(str(getattr(error, "strerror", None) or error).split())
    return text or type(error).__name__


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
