"""Web boilerplate out, metadata in: what an article's text file carries besides the article.

Copied web pages bring cookie banners, comment prompts, photo captions and copyright
lines; none of them is a claim. Datelines (" date 2026-02-25", "4 min read 21 January
2026") give the article's date, which converts money and resolves "last year".
"""

from __future__ import annotations

import re

from dateutil import parser as date_parser

_BOILERPLATE = re.compile(
    r"cookie|we use cookies|accept all|privacy policy|terms of (?:use|service)|"
    r"share your (?:thoughts|perspective|predictions)|leave a (?:comment|reply)|be the first to|no comments yet|"
    r"your email (?:address )?will not be published|comments? below|"
    r"sign up|subscribe|newsletter|in your inbox|get quick access|add to home screen|"
    r"follow us|share this|share on|read more|related reading|recommended for you|"
    r"enjoying this\?|advertisement|sponsored content|click here|download (?:the|our) app|"
    r"get the answers with|our new platform|brought to you by|"
    r"©|\(c\) ?\d{4}|copyright|all rights reserved|this article (?:originally )?(?:appeared|was published)|"
    r"^\s*(?:photo|image|picture|credit|source|caption|video|graphic)s?\s*:|\balt=|"
    r"\b\d+\s?min(?:ute)?s? read\b|^\s*(?:article|anonymous|advertisement|share|tweet|email|print)\s*$",
    re.IGNORECASE,
)
_CAPTION_INLINE = re.compile(r"\b(?:Photo|Credit|Image|Picture)s?:\s", re.IGNORECASE)
_DATELINE = re.compile(r"^\s*date:?\s+(?P<date>\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_FULL_DATE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{4}|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{1,2},?\s+\d{4})\b",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(
    r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?P<year>\d{4})\b",
    re.IGNORECASE,
)


def clean_text(raw: str) -> tuple[str, str | None, str | None]:
    """(article text, ISO date or None, title or None) from a plain-text or Markdown article.

    Lines that are boilerplate are dropped whole; the date and title are read only from
    the first lines, where publishers put them, so a date inside the story is never
    mistaken for the publication date.
    """
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    date = title = None
    kept: list[str] = []
    seen = 0
    for line in lines:
        stripped = line.strip()
        seen += bool(stripped)
        head = seen <= 15 and sum(1 for k in kept if k) < 8
        if head and date is None:
            date = _date_in(stripped)
            if date and (_DATELINE.match(stripped) or len(stripped.split()) <= 8):
                continue
        if _is_boilerplate(stripped):
            continue
        if head and title is None and stripped and sum(1 for k in kept if k) < 2 and _looks_like_title(stripped):
            title = stripped.lstrip("#").strip()
        kept.append(stripped)
    text = "\n".join(kept)
    return re.sub(r"\n{3,}", "\n\n", text).strip(), date, title


def _is_boilerplate(line: str) -> bool:
    if not line:
        return False
    if _BOILERPLATE.search(line):
        return True
    # A caption glued after a sentence ("... Liang Wenfeng. Photo: Shutterstock") is a caption line.
    return bool(_CAPTION_INLINE.search(line)) and len(line.split()) < 40


def _looks_like_title(line: str) -> bool:
    words = line.lstrip("#").split()
    return line.startswith("#") or (3 <= len(words) <= 16 and not line.endswith((".", "!", "?", ":", '"', "”")))


def _date_in(line: str) -> str | None:
    """The ISO date a header line states, at day or month precision."""
    dateline = _DATELINE.match(line)
    if dateline:
        return dateline.group("date")
    if len(line) > 80:
        return None
    full = _FULL_DATE.search(line.replace("read", "read "))
    if full:
        try:
            return date_parser.parse(full.group(0)).date().isoformat()
        except (ValueError, OverflowError):
            return None
    month_year = _MONTH_YEAR.search(line)
    if month_year and len(line.split()) <= 8:
        parsed = date_parser.parse(f"1 {month_year.group('month')} {month_year.group('year')}")
        return parsed.strftime("%Y-%m")
    return None
