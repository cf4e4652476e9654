"""The publication date of a document, and the one-line annotation used by ``waqai timex``."""
from __future__ import annotations

import datetime as dt
import re

from waqai.data import load_yaml
from waqai.dates.finder import HEAD_CHARS, HEADING_MAX, analyse
from waqai.text.normalise import norm

_CLOCK = re.compile(r"\d{1,2}:\d{2}")


LINE_START = 25  # a date this close to the start of its line opens it ("موسكو 11 أكتوبر 2016 /")


def _dateline_like(text: str, start: int, end: int) -> bool:
    """A date on a short line of its own, on a line with a clock time, or opening its line
    (not a date inside running text such as "بتاريخ 24 مارس 2022")."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    return hi - lo <= HEADING_MAX or bool(_CLOCK.search(text, lo, hi)) or start - lo <= LINE_START


def infer_published(text: str, metadata: dt.date | None) -> tuple[dt.date | None, str]:
    """(publication date, basis): the metadata when given, else a checked dateline, else none.

    Dateline candidates are the explicit full dates near the top that look like a dateline
    (:func:`_dateline_like`), in text order. When the text claims a weekday for its own day ("اليوم الأحد", "أمس السبت"), a
    candidate on another weekday is a crawl or page date and is rejected; ambiguous numeric
    datelines (04/05/2022) are read the way that weekday allows.
    """
    if metadata is not None:
        return metadata, "metadata"
    analysis = analyse(text, None)
    candidates = [t for t in analysis.timexes
                  if t.start < HEAD_CHARS and t.anchor == "explicit" and t.granularity == "day"
                  and t.value_start is not None and t.value_start == t.value_end
                  and _dateline_like(text, t.start, t.end)]
    claimed = analysis.claimed_weekday
    for t in candidates:
        if claimed is None or t.value_start.weekday() == claimed:
            return t.value_start, "dateline"
    for t in analysis.timexes:  # "اليوم السبت 5 جويلية 2025": the text states its own date
        if (t.start < 2 * HEAD_CHARS and t.anchor == "explicit" and t.granularity == "day"
                and t.value_start is not None and t.value_start == t.value_end
                and _states_today(t.text, t.value_start)):
            return t.value_start, "dateline"
    return None, "none"


def _states_today(span: str, value: dt.date) -> bool:
    """The span reads "اليوم <weekday> <date>" and the weekday agrees with the date."""
    words = norm(span).split()
    today = {norm(w) for w in load_yaml("dates/relative_days.yaml")[0]}
    weekdays = {norm(w): day for day, forms in load_yaml("dates/weekdays.yaml").items()
                for w in forms}
    return (len(words) > 1 and words[0] in today and words[1] in weekdays
            and weekdays[words[1]] == value.weekday())


def annotate_line(text: str, anchor: dt.date | None) -> dict:
    """The timexes of one line resolved against ``anchor``, JSON-ready (ISO dates or None)."""
    def iso(d):
        return None if d is None else d.isoformat()

    return {"text": text, "timexes": [
        {"start": t.start, "end": t.end, "text": t.text, "value_start": iso(t.value_start),
         "value_end": iso(t.value_end), "granularity": t.granularity, "calendar": t.calendar,
         "rule": t.rule}
        for t in analyse(text, anchor).timexes]}
