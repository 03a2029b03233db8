"""Text clean-up before extraction: drop navigation, share, credit and "read more" lines,
normalise line ends and whitespace. The cleaned text is what every offset points into."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

# Whole lines that are page furniture, not article text. Matched case-insensitively
# against the stripped line; keep each pattern general (a kind of line, not a site).
_BOILERPLATE = [
    r"skip to (main )?content",
    r"((share|tweet|email|print)( this)?( story| article| page)?( on \w+)?\s*)+(all sharing options)?",
    r"(related|more on this|more coverage|previous|next|prev)( story| stories| article| articles| reading| post| coverage)?\s*:.*",
    r"share (on|via) .*",
    r"(share\s+)?(share( this)?( article| story| page)? (on|via) [\w.-]+\s*){2,}",
    r"(share( this)?\s*:?\s*)?((facebook|twitter|x|linkedin|email|e-mail|reddit|whatsapp|flipboard|pinterest|print|copy link|messenger|bluesky|threads)\W*){2,}",
    r"filed under:?",
    r"(advertisement|sponsored( content)?|ad)",
    r"(latest|related|recommended|trending|popular|top|more) (stories|articles|news|images|reads|posts)",
    r"trending( news)?",
    r"get your daily dose of .*",
    r"(read|see) (more|also|next|the full story)\b.{0,80}",
    r"keep reading\s*(show less)?",
    r"show (more|less)",
    r"now (read|watch)\s*:.*",
    r"join the conversation about this (story|article).*",
    r"(sign up|subscribe)\b.{0,100}",
    r"(follow us|like us) on .*",
    r"(photo|image|illustration|video|graphic)( by|:| credit:?) .*",
    r"[^.!?]{0,120}\b(getty images|shutterstock|associated press|reuters|afp)( for [^.]{0,60})?",
    r"viewing all articles",
    r"browse (latest|all).*",
    r"channel: .*",
    r"leave a (reply|comment)",
    r"your email address will not be published.*",
    r"(this article|this story) (originally appeared|was originally published) on.*",
    r"click here.*",
    r"[a-z0-9 -]*\b(menu|more-arrow)\b[a-z0-9 -]*",
    r"(cookie|privacy) (policy|settings|preferences).*",
    r"all rights reserved.*",
    r"copyright ©?.*",
    r"©.*",
    r"[^.!?]{0,40} logo",
]
_BOILERPLATE_RE = re.compile(r"^(?:" + "|".join(_BOILERPLATE) + r")$", re.IGNORECASE)
# One button of a share bar laid out a line each ("Share 41", "Tweet", "Reddit", "Email"):
# dropped where two or more such lines follow one another, since one alone may be prose.
_SHARE_BUTTON_RE = re.compile(
    r"^(share|shares|tweet|email|e-mail|print|comment|comments|facebook|twitter|x|linkedin|reddit|whatsapp|flipboard|pinterest"
    r"|pocket|copy link|messenger|bluesky|threads|mastodon|save)(\s*\d[\d,.]*[km]?)?$", re.IGNORECASE)
_HANDLE = re.compile(r"\s*\(\s*@\w{1,30}\s*\)")
_BULLET = re.compile(r"^\s*(?:[•▪●◦·\-*]|\d+[.)])\s+")


def is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    return bool(_BOILERPLATE_RE.match(stripped))


def clean_text(text: str) -> str:
    """Normalise to NFC, unify line ends, drop boilerplate lines, strip bullets' leading
    markers, collapse runs of blank lines. Paragraphs stay separated by a blank line."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    lines = text.split("\n")
    buttons = [bool(_SHARE_BUTTON_RE.match(x.strip())) for x in lines]
    in_bar = [False] * len(lines)
    i = 0
    while i < len(lines):
        if not buttons[i]:
            i += 1
            continue
        j, run = i, []
        while j < len(lines) and (buttons[j] or not lines[j].strip()):
            if buttons[j]:
                run.append(j)
            j += 1
        if len(run) >= 2:
            for k in run:
                in_bar[k] = True
        i = j
    out: list[str] = []
    for n, line in enumerate(lines):
        if in_bar[n] or is_boilerplate(line):
            continue
        line = _BULLET.sub("", line).strip()
        line = _HANDLE.sub("", line)  # "Jane Roe (@janeroe) is a reporter": the handle breaks the parse
        line = re.sub(r"[ \t]+", " ", line)
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + ("\n" if out else "")


_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%Y-%m-%dT%H:%M:%S")


def normalise_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from common written forms; an unrecognised value is kept as
    given, an empty one becomes None."""
    if value is None or not str(value).strip():
        return None
    value = str(value).strip()
    m = re.match(r"^(\d{4}-\d{2}-\d{2})[T ]", value)
    if m:
        return m.group(1)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return value
