"""Web boilerplate out, metadata in: what an article's text file carries besides the article.

Copied web pages bring cookie banners, comment prompts, photo captions and copyright
lines; none of them is a claim. Datelines (" date 2026-02-25", "4 min read 21 January
2026") give the article's date, which converts money and resolves "last year".
"""

from __future__ import annotations

import re

from dateutil import parser as date_parser

#: Page furniture that no news sentence says, wherever it stands in a line.
_BOILERPLATE = re.compile(
    r"we use cookies|accept all cookies|accept all$|your email (?:address )?will not be published|leave a (?:comment|reply)|"
    r"be the first to (?:comment|review|know)|no comments yet|share your (?:thoughts|perspective|predictions)|"
    r"in your inbox|get quick access|add to home screen|enjoying this\?|sponsored content|click here|"
    r"download (?:the|our) app|get the answers with|our new platform|"
    r"©|\(c\) ?\d{4}|all rights reserved|this article (?:originally )?(?:appeared|was published)|"
    r"^\s*(?:photo|image|picture|credit|source|caption|video|graphic)s?\s*:|\balt=|"
    r"\b\d+\s?min(?:ute)?s? read\b|^\s*(?:article|anonymous|advertisement|share|tweet|email|print)\s*$",
    re.IGNORECASE,
)
#: Words of page furniture that news also uses ("subscribers", "an advertisement for Bard", "sign-ups"): a line is
#: furniture for them only when it is short, as a prompt or a menu is.
_FURNITURE_WORDS = re.compile(
    r"\b(?:cookies?|privacy policy|terms of (?:use|service)|comments? below|sign up|subscribe|newsletters?|"
    r"follow us|share (?:this|on)|read more|related reading|recommended for you|advertisement|brought to you by|"
    r"copyright)\b",
    re.IGNORECASE,
)
_SHORT_LINE = 15
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


#: The low quote some sites set for a thousands comma ("1‚019"), where a reader takes it for no separator.
_LOW_QUOTE_COMMA_RE = re.compile(r"(?<=\d)\u201a(?=\d{3}(?!\d))")


def clean_text(raw: str) -> tuple[str, str | None, str | None]:
    """(article text, ISO date or None, title or None) from a plain-text or Markdown article.

    Lines that are boilerplate are dropped whole; the date and title are read only from
    the first lines, where publishers put them, so a date inside the story is never
    mistaken for the publication date.
    """
    raw = _LOW_QUOTE_COMMA_RE.sub(",", raw)  # "1‚019 cases": a comma, as some sites set it
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
    furniture = _FURNITURE_WORDS.search(line)
    if furniture and len(line.split()) <= _SHORT_LINE:
        # a short line with a figure is furniture only where it opens with the word ("Subscribe for $1 a week")
        return furniture.start() == 0 or not re.search(r"\d", line)
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
