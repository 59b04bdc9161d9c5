"""Read articles from files, folders and web addresses into :class:`Document` objects.

Text, Markdown, HTML, JSON Lines and CSV are read; folders recurse; ``http(s)://``
addresses are fetched (:mod:`claimcheck.fetch`). A file that cannot be read, or a page
that cannot be fetched, is returned as a skipped document with the reason, so one bad
input never stops a run and the report can say what was left out.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from .clean import clean_text
from .engine import SerialEngine, chunks
from .errors import InputError
from .fetch import TIMEOUT, Page, fetch_pages, is_url
from .models import Document

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
TABLE_SUFFIXES = {".jsonl", ".csv", ".parquet"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES


def ingest(
    paths, encoding: str = "utf-8", *, engine=None, cache=None, refetch: bool = False, fetch_timeout: float = TIMEOUT
) -> list[Document]:
    """Read every supported file under ``paths`` (files, folders or web addresses), in a stable order.

    Raises :class:`InputError` only when a path does not exist; unreadable files and
    pages that cannot be fetched come back as documents with ``skipped`` set. Identical
    articles are read once. ``engine`` (see :mod:`claimcheck.engine`) reads the files in
    parallel partitions; the documents come back in the same order either way, the
    files' first, then the pages'. A page keeps its address as ``url`` and the date its
    HTML states. ``cache``: a store file that keeps fetched pages, so a re-run does not
    fetch them again (``refetch=True`` does); ``fetch_timeout``: seconds to wait for a
    site (see :func:`claimcheck.fetch.fetch_pages`).
    """
    given = [paths] if isinstance(paths, (str, Path)) else list(paths)
    files = _expand([path for path in given if not is_url(path)])
    parts = (engine or SerialEngine()).map(read_files, chunks(files, 8), shared=encoding)
    urls = [path for path in given if is_url(path)]
    pages = fetch_pages(urls, cache=cache, refetch=refetch, timeout=fetch_timeout) if urls else []
    documents: list[Document] = []
    seen: dict[str, str] = {}
    for document in [*(document for part in parts for document in part), *map(_from_page, pages)]:
        if document.skipped is None:
            digest = hashlib.sha1(document.text.encode("utf-8")).hexdigest()
            if digest in seen:
                document = _skip(document.path, f"same text as {seen[digest]}")
            else:
                seen[digest] = document.path
        documents.append(document)
    return documents


def read_files(encoding: str, paths: list[str]) -> list[Document]:
    """The documents in ``paths`` (already expanded), unreadable ones as skipped: one partition of work."""
    documents = []
    for path in paths:
        try:
            documents.extend(_read_file(path, encoding))
        except Exception as error:  # noqa: BLE001 - a reader's failure on one file costs that file, not the run
            documents.append(_skip(path, f"could not be read ({type(error).__name__}: {' '.join(str(error).split())})"))
    return documents


def document_id(text: str, name: str) -> str:
    """A readable, stable id: the file's stem and a hash of the text."""
    stem = re.sub(r"[^a-z0-9]+", "-", Path(name).stem.lower()).strip("-")[:32] or "doc"
    return f"{stem}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]}"


def _expand(paths) -> list[str]:
    files: list[str] = []
    for given in [paths] if isinstance(paths, (str, Path)) else paths:
        path = Path(given)
        if not path.exists():
            raise InputError(f"{given}: no such file or folder")
        if path.is_dir():
            children = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
            files.extend(str(given).rstrip("/") + "/" + str(child.relative_to(path)) for child in children)
        else:
            files.append(str(given))
    return files


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _skip(path: str, reason: str) -> Document:
    return Document(
        id=document_id(path, path) + "-skipped",
        path=path,
        source=Path(path).name,
        title=None,
        date=None,
        text="",
        skipped=reason,
    )


def _read_file(path: str, encoding: str) -> list[Document]:
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        return [_skip(path, f"unsupported file type '{suffix or 'none'}' (read: {', '.join(sorted(SUFFIXES))})")]
    if suffix == ".parquet":
        return _from_parquet(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        return [_skip(path, f"cannot be read: {error.strerror}")]
    if not raw.strip():
        return [_skip(path, "empty file")]
    if b"\x00" in raw[:8192]:
        return [_skip(path, "binary file, not text")]
    try:
        content = raw.decode("utf-8-sig" if encoding.lower().replace("_", "-") == "utf-8" else encoding)
    except (UnicodeDecodeError, LookupError) as error:
        return [_skip(path, f"not {encoding} text ({error.__class__.__name__}): try --encoding=latin-1")]
    if suffix in HTML_SUFFIXES:
        return [_from_html(path, content)]
    if suffix == ".jsonl":
        return _from_rows(path, _jsonl_rows(content))
    if suffix == ".csv":
        return _from_rows(path, _csv_rows(content))
    text, date, title = clean_text(content)
    return [_document(path, text, source=Path(path).name, title=title, date=date)]


def _document(path, text, *, source, title=None, date=None, url=None, story=None) -> Document:
    if not text.strip():
        return _skip(path, "no article text after removing boilerplate")
    return Document(
        id=document_id(text, path.split("#")[0]),
        path=path,
        source=source or Path(path).name,
        title=title,
        date=date,
        text=text,
        url=url,
        story=story,
    )


def _from_html(path: str, content: str, url: str | None = None) -> Document:
    import trafilatura

    extracted = trafilatura.bare_extraction(
        content, url=url, include_comments=False, include_tables=False, with_metadata=True
    )
    if extracted is None:
        return _skip(path, "no article text found in the HTML")
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text, dateline, _ = clean_text(data.get("text") or "")
    return _document(
        path,
        text,
        source=data.get("sitename") or (_site(url) if url else Path(path).name),
        title=data.get("title"),
        date=_iso_date(data.get("date")) or dateline,
        url=url or data.get("url"),
    )


def _from_page(page: Page) -> Document:
    """A fetched page as a document whose path and url are its address; skipped when it was not fetched."""
    if page.html is None:
        document = _skip(page.url, f"could not be fetched: {page.error}")
    else:
        document = _from_html(page.url, page.html, url=page.url)
    return document if document.skipped is None else replace(document, source=_site(page.url), url=page.url)


def _site(url: str) -> str:
    """A page's site as a source when the page does not name its publisher: the host without ``www.``."""
    host = (urlsplit(url).hostname or url).lower()
    return host.removeprefix("www.")


def _from_parquet(path: str) -> list[Document]:
    """Rows of a Parquet shard (an archive's export): the same columns as JSONL and CSV."""
    try:
        import pyarrow.parquet as parquet
    except ImportError:
        return [_skip(path, "reading Parquet needs pyarrow: pip install 'claimcheck-figures[distributed]'")]
    try:
        table = parquet.read_table(path)
    except (OSError, ValueError) as error:
        return [_skip(path, f"not a readable Parquet file ({error.__class__.__name__})")]
    if "text" not in [name.lower() for name in table.column_names]:
        return [_skip(path, "no 'text' column in the Parquet file")]
    rows = ({k.lower(): v for k, v in row.items()} for row in table.to_pylist())
    return _from_rows(path, ((number, row, None) for number, row in enumerate(rows, start=1)))


def _jsonl_rows(content: str):
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, None, f"line {number}: bad JSON ({error.msg})"
            continue
        yield (
            number,
            row if isinstance(row, dict) else None,
            None if isinstance(row, dict) else f"line {number}: not an object",
        )


def _csv_rows(content: str):
    reader = csv.DictReader(io.StringIO(content))
    if not reader.fieldnames or "text" not in [f.strip().lower() for f in reader.fieldnames]:
        yield 1, None, "no 'text' column in the CSV header"
        return
    for number, row in enumerate(reader, start=2):
        yield number, {k.strip().lower(): v for k, v in row.items() if k}, None


def _from_rows(path: str, rows) -> list[Document]:
    documents = []
    for number, row, problem in rows:
        where = f"{path}#{number}"
        if problem:
            documents.append(_skip(where, problem))
            continue
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            documents.append(_skip(where, f"row {number}: no 'text'"))
            continue
        cleaned, dateline, title = clean_text(text)
        documents.append(
            _document(
                where,
                cleaned,
                source=str(row.get("source") or Path(path).name),
                title=row.get("title") or title,
                date=_iso_date(row.get("date")) or dateline,
                url=row.get("url"),
                story=_story(row.get("story")),
            )
        )
    return documents or [_skip(path, "no rows")]


def _story(value) -> str | None:
    """A story label set by hand in the input (JSONL, CSV, Parquet ``story``); None when empty."""
    text = "" if value is None else str(value).strip()
    return text or None


def _iso_date(value) -> str | None:
    if not value:
        return None
    text = str(value).strip()
    match = re.match(r"^(\d{4}-\d{2}(?:-\d{2})?)", text)
    if match:
        return match.group(1)
    try:
        from dateutil import parser as date_parser

        return date_parser.parse(text).date().isoformat()
    except (ValueError, OverflowError):
        return None
