"""Arabic temporal expressions -> dated spans (the ``timex`` stage of waqai).

Public interface:

- :func:`find_timexes` ``(text, published, tense=None) -> list[TimexMatch]``: every timex of a
  document, sorted by start, with offsets into the original text. A range ("من 3 إلى 5 مارس"،
  "من 28 فبراير إلى 2 مارس 2020"، "بين 2019 و2021") is one timex, its span from من/بين.
- :func:`join_alternatives` ``(timexes, text) -> list[tuple[int, int]]``: index pairs ``(i, i+1)``
  of consecutive timexes that one event takes as a single range: the alternatives "X أو Y"
  (same granularity, both dated). Chains give chained pairs ((0, 1), (1, 2)); the joined range
  runs from the first start to the last end.
- :func:`joined_pairs` ``(spans, text, ranges=True)``: the same decision for any sorted
  ``(start, end, granularity)`` spans (the event extractor's dates); ``ranges=False`` joins
  only alternatives (after a word that moves a date).
- :func:`infer_published` ``(text, metadata) -> (date | None, basis)``.
- :func:`annotate_line` ``(text, anchor) -> dict``: JSON-ready timexes of one line.
- :func:`is_date_name` ``(form) -> bool``: a month or weekday name (not a verb, whatever the
  parser says).

Language lives in ``waqai/data/months/*.yaml`` (one file per month-naming system, loaded by
:mod:`months`) and ``waqai/data/dates/*.yaml`` (eras in ``eras.yaml``, loaded by :mod:`eras`).
Calendar arithmetic is one class per calendar in :mod:`calendars` (Gregorian, Hijri), looked up
by the label the data uses. Pipeline: :mod:`scanner` (tokens + code string) -> :mod:`grammar`
(regexes over codes) -> :mod:`finder` (resolution; :mod:`resolve` picks among candidates),
plus :mod:`counts` (counted offsets "منذ يومين"، "بعد أربعة أيام") and :mod:`ranges`.
"""
from waqai.dates.finder import TimexMatch, find_timexes
from waqai.dates.joins import join_alternatives, joined_pairs
from waqai.dates.lexicon import is_date_name
from waqai.dates.published import annotate_line, infer_published

__all__ = ["TimexMatch", "find_timexes", "join_alternatives", "joined_pairs",
           "infer_published", "annotate_line", "is_date_name"]
