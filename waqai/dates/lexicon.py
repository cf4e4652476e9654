"""The temporal lexicon: every data file under ``waqai/data/dates/`` plus the month systems,
merged into one normalised form -> (token code, value) table and one compiled trie regex.

Token codes are single characters so that the grammar (:mod:`waqai.dates.grammar`) can be
written as regular expressions over the code string of a document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from waqai.data import DataError, load_yaml, surface_index
from waqai.text.normalise import norm
from waqai.dates.eras import eras
from waqai.dates.months import month_index

# Token codes (upper/lower case letters; gap codes in scanner.py are punctuation or w m i o v f).
WEEKDAY, MONTH, DAY, YEAR, NUMBER, NUMDATE, ORDINAL, RELDAY = "W", "M", "D", "Y", "N", "Q", "O", "R"
PAST, FUTURE, CURRENT, TIME_OF_DAY, PART = "P", "F", "C", "T", "X"
DAY_NOUN, DAYS_NOUN, MONTH_NOUN, YEAR_NOUN = "u", "U", "s", "a"
WEEK_UNIT, MONTH_UNIT, YEAR_UNIT = "K", "S", "A"
THIS, SAME, ERA, EPITHET, BLOCK_AFTER, BLOCK_BEFORE = "h", "n", "E", "e", "B", "Z"
FRACTION, OWN_DAY, LAST, NEXT, PREVIOUS = "q", "y", "L", "G", "J"
NTH_DAY_CODES = {"own": OWN_DAY, "last": LAST, "next": NEXT, "previous": PREVIOUS}
NO_CLITIC = {BLOCK_BEFORE}  # codes never read after a proclitic ("بدأ" is not ب + "دا")

DIRECTION_CODES = {"past": PAST, "future": FUTURE, "current": CURRENT, "before_last": PAST}
UNIT_CODES = {"week": WEEK_UNIT, "month": MONTH_UNIT, "year": YEAR_UNIT, "month_noun": MONTH_NOUN,
              "year_noun": YEAR_NOUN, "day_noun": DAY_NOUN, "days_noun": DAYS_NOUN}
DEMONSTRATIVE_CODES = {"this": THIS, "same": SAME}
BLOCKER_CODES = {"after": BLOCK_AFTER, "before": BLOCK_BEFORE}

LETTER = r"[^\W\d_]"
# Where a form may start: after a non-letter (digits included: "22ناصر") or after one or two
# proclitics (و ف ب ل ك) that themselves follow a non-letter: "والرابع"، "لعام"، "بالأمس".
FORM_START = rf"(?:(?<!{LETTER})|(?<=(?<!{LETTER})[وفبلك])|(?<=(?<!{LETTER})[وف][بلك]))"


@dataclass(frozen=True)
class Entry:
    code: str
    value: object


def _index(relpath: str) -> dict[str, object]:
    return surface_index(load_yaml(f"dates/{relpath}"), relpath)


def _months(key: str) -> tuple[int, int]:
    """The (first, last) months of a fractions.yaml key "first-last"."""
    try:
        first, last = (int(k) for k in str(key).split("-"))
    except ValueError:
        raise DataError(f"fractions.yaml: key {key!r} is not 'first-last'") from None
    if not 1 <= first <= last <= 12:
        raise DataError(f"fractions.yaml: months {key!r} outside 1..12")
    return first, last


def _entries() -> dict[str, Entry]:
    """Every normalised form with its token; a form in two token kinds is a data error."""
    table: dict[str, Entry] = {}

    def add(form: str, code: str, value) -> None:
        old = table.get(form)
        if old is not None and old != Entry(code, value):
            raise DataError(f"form {form!r} is both {old} and {Entry(code, value)}")
        table[form] = Entry(code, value)

    for form, key in _index("weekdays.yaml").items():
        add(form, WEEKDAY, int(key))
    for form, key in _index("relative_days.yaml").items():
        add(form, RELDAY, int(key))
    for form, key in _index("ordinals.yaml").items():
        add(form, ORDINAL, int(key))
    for form, key in _index("directions.yaml").items():
        add(form, DIRECTION_CODES[key], key)
    for form, key in _index("units.yaml").items():
        add(form, UNIT_CODES[key], key)
    for form, key in _index("demonstratives.yaml").items():
        add(form, DEMONSTRATIVE_CODES[key], key)
    for form, key in _index("blockers.yaml").items():
        add(form, BLOCKER_CODES[key], key)
    for form, key in _index("part_of_period.yaml").items():
        add(form, PART, key)
    for form, key in _index("time_of_day.yaml").items():
        add(form, TIME_OF_DAY, key)
    for form, name in eras().suffixes.items():
        add(form, ERA, eras().by_name[name])
    for form, key in _index("epithets.yaml").items():
        add(form, EPITHET, key)
    for form, key in _index("nth_day.yaml").items():
        add(form, NTH_DAY_CODES[key], key)
    for form, key in _index("fractions.yaml").items():
        add(form, FRACTION, _months(key))
    for form, month in month_index().items():
        add(form, MONTH, month)
    return table


def trie_regex(forms) -> str:
    """A regex alternation of ``forms`` factored as a trie (fast on long texts); longer
    continuations are tried first and a space inside a form matches any whitespace run."""
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    depth: dict[int, int] = {}

    def longest(node: dict) -> int:
        if id(node) not in depth:
            depth[id(node)] = 1 + max((longest(n) for n in node.values()), default=0)
        return depth[id(node)]

    def build(node: dict) -> str:
        branches = []
        for ch in sorted((c for c in node if c), key=lambda c: (-longest(node[c]), c)):
            branches.append((r"\s+" if ch == " " else re.escape(ch)) + build(node[ch]))
        if "" in node:
            branches.append("")
        if not branches:
            return ""
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return build(trie)


@dataclass(frozen=True)
class Lexicon:
    entries: dict  # normalised form (single spaces) -> Entry
    pattern: re.Pattern  # finds any form, clitic-aware on the left, word-bounded on the right
    first: str  # the characters a match of ``pattern`` may start with (a regex class's body)
    connectors: dict  # normalised connector form -> role (and/range/or/from/between/in/...)
    multiword: dict  # first word of a connector of several words -> its forms, longest first
    connector_words: int  # the most words a connector has
    month_ordinals: dict  # normalised month form -> day it names before "من" + a month
    not_dates: dict  # normalised noun -> 'numbered' | 'named' (not_dates.yaml)


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    entries = _entries()
    first = "".join(sorted({re.escape(form[0]) for form in entries} | set("وفبلك")))
    pattern = re.compile(f"(?=[{first}])" + FORM_START + "(?:" + trie_regex(entries)
                         + rf")(?!{LETTER})")
    connectors = _index("connectors.yaml")
    multiword: dict = {}
    for form in sorted((f for f in connectors if " " in f), key=len, reverse=True):
        multiword.setdefault(form.split()[0], []).append(form.split())
    month_ordinals = {form: int(day) for form, day in _index("month_ordinals.yaml").items()}
    unknown = set(month_ordinals) - set(month_index())
    if unknown:
        raise DataError(f"month_ordinals.yaml: {sorted(unknown)} are not month forms")
    not_dates = _index("not_dates.yaml")
    connector_words = max((len(form) for forms in multiword.values() for form in forms), default=1)
    return Lexicon(entries, pattern, first, connectors, multiword, connector_words, month_ordinals,
                   not_dates)


@lru_cache(maxsize=None)
def _before(roles: tuple[str, ...]) -> re.Pattern:
    forms = [f for f, role in lexicon().connectors.items() if role in roles]
    return re.compile(rf"(?<!{LETTER})[وف]?(?P<w>{trie_regex(forms)})\s+$")


def connector_before(text: str, start: int, roles: tuple[str, ...]) -> re.Match | None:
    """The connector of one of ``roles`` that ends right before ``start`` of a normalised
    ``text`` (its group ``w`` is the connector without a glued و/ف), or None."""
    return _before(roles).search(text, max(0, start - 16), start)


def connector_at(words: Sequence[str], i: int) -> tuple[str | None, int]:
    """(role, number of words) of the connector that starts at ``words[i]`` (normalised words,
    a connector of several words read as one, a glued و/ف taken off: "وإلى غاية"); (None, 1)
    for any other word."""
    lx = lexicon()
    word = words[i]
    readings = (word, word[1:]) if len(word) > 1 and word[0] in "وف" else (word,)
    for w in readings:
        for form in lx.multiword.get(w, ()):
            if list(words[i + 1:i + len(form)]) == form[1:]:
                return lx.connectors[" ".join(form)], len(form)
    return next((lx.connectors[w] for w in readings if w in lx.connectors), None), 1

def is_date_name(form: str) -> bool:
    """Whether ``form`` (one word, a conjunction و/ف allowed) is a weekday or a strong month
    name (never another word: not "مارس"): the parser's tense skips such a word when it tags
    it as a verb ("يناير")."""
    n = " ".join(norm(form).split())
    entries = lexicon().entries
    return any(e is not None and (e.code == WEEKDAY or e.code == MONTH
                                  and e.value.strength == "strong")
               for e in (entries.get(n), entries.get(n[1:]) if n[:1] in "وف" else None))
