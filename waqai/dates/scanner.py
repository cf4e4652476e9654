"""Turn a document into a sparse token stream and a one-character-per-item code string.

Only temporal material becomes a token: lexicon forms (:mod:`waqai.dates.lexicon`), numbers and
full numeric dates. What lies between two tokens becomes gap codes: connector words (و -> ``w``,
إلى/حتى -> ``i``, أو -> ``o``, من -> ``m``, بين -> ``v``, في/خلال -> ``f``), punctuation (``, / ( ) -``),
sentence punctuation (``.``) and ``|`` for any other word, so the grammar can tell "adjacent",
"joined by a connector" and "separated" apart. Offsets are in the normalised text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from waqai.dates.months import month_index
from waqai.dates.lexicon import (DAY, FORM_START, LETTER, MONTH, MONTH_NOUN, NO_CLITIC, NUMBER,
                                 NUMDATE, ORDINAL, YEAR, connector_at, lexicon, trie_regex)
from waqai.text.normalise import Normalised, normalise

ROLE_CODES = {"and": "w", "range": "i", "or": "o", "from": "m", "between": "v", "in": "f",
              "since": "f", "equals": "=", "clitic": ""}
PUNCT_CODES = {",": ",", "،": ",", "/": "/", "\\": "/", "(": "(", ")": ")", "[": "(", "]": ")",
               "-": "-", "–": "-", "—": "-", "‐": "-"}
SENTENCE_END = set(".!?؟:;؛…\n")
QUOTES = set("«»“”„\"‘’‹›")  # no code: "أيام الجمعة والسبت والأحد «1 و2 و3» من ديسمبر"
_PIECE = re.compile(rf"{LETTER}+|\d+|\n|\S")
_HALF = 24  # a long gap is read at both ends only: its middle is a break anyway

YEAR_RANGE = (1300, 2200)
ENGLISH_ORDINAL = "(?:st|nd|rd|th)"  # four-digit numbers read as years (Hijri and Gregorian)


@dataclass(frozen=True, slots=True)
class Token:
    code: str
    start: int  # offsets in the normalised text
    end: int
    value: object


@dataclass(frozen=True, slots=True)
class NumericDate:
    """``a/b/year`` (``year_first`` False) or ``year/a/b`` (True), as written."""

    a: int
    b: int
    year: int
    year_first: bool


@dataclass(frozen=True)
class Scan:
    norm: Normalised
    tokens: list
    codes: str
    token_at: tuple  # per code character: its token index, or -1 for a gap code

    def tokens_in(self, start: int, end: int) -> list:
        """The tokens of the code-string slice ``[start, end)``."""
        return [self.tokens[k] for k in self.token_at[start:end] if k >= 0]


@lru_cache(maxsize=None)
def _scanner() -> re.Pattern:
    # year first may also be written with colons ("2024:01:12.09:32", an agency's stamp)
    numeric = (r"(?<![\d/.\-])(?:(?P<qy>\d{4})\s*(?P<qs>[-/.:])\s*(?P<qm>\d{1,2})\s*(?P=qs)\s*"
               r"(?P<qd>\d{1,2})|(?P<qa>\d{1,2})\s*(?P<qt>[-/.])\s*(?P<qb>\d{1,2})\s*(?P=qt)\s*"
               r"(?P<qz>\d{4}))(?![\d/])")
    # "12", "الـ 14", "والـ 24" (the "and" before it a gap of its own), "12th" (English datelines)
    glued = "".join(re.escape(f) for f, role in lexicon().connectors.items()
                    if role == "and" and len(f) == 1)
    after = rf"|(?<=(?<!{LETTER})[{glued}])" if glued else ""
    number = (rf"(?:(?:(?<!{LETTER}){after})ال\s*)?(?<![\d.])\d+"
              rf"(?:\.\d+|{ENGLISH_ORDINAL}(?![a-z]))?(?!\d)")
    # every token starts with a digit, the article of "الـ 14" or a form's first letter, and
    # where a form may start: both tested first, they fail at once elsewhere and inside a word
    # (the character a seventh of the scan's time, the place a fifth)
    start = rf"(?=[\dا{lexicon().first}])(?:(?=\d)|{FORM_START})"
    word = lexicon().pattern.pattern
    return re.compile(f"{start}(?:(?P<q>{numeric})|(?P<n>{number})|(?P<w>{word}))")


@lru_cache(maxsize=None)
def _glued() -> tuple[re.Pattern, re.Pattern]:
    """", 2018"-style day and year, and a month name glued to the word before it ending a text:
    "دوليمارس 19, 2018" (English order, from page chrome run into the text)."""
    # (white space after a non-space, written space first: the scan skips to white space)
    day_year = re.compile(r"\s(?<=\S\s)\s*\d{1,2}\s*,\s*\d{4}(?!\d)")
    month = re.compile(rf"(?<={LETTER})(?:{trie_regex(month_index())})$")
    return day_year, month


def _number_token(m: re.Match) -> Token:
    return _number(m.group(), m.start(), m.end())


def _number(written: str, start: int, end: int) -> Token:
    digits = re.sub(ENGLISH_ORDINAL + "$", "", written.lstrip("ال").strip())
    if "." in digits:
        return Token(NUMBER, start, end, float(digits))
    value = int(digits)
    if len(digits) <= 2 and 1 <= value <= 31:
        code = DAY
    elif len(digits) == 4 and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
        code = YEAR
    else:
        code = NUMBER
    return Token(code, start, end, value)


def _numeric_token(m: re.Match) -> Token:
    if m.group("qy"):
        value = NumericDate(int(m.group("qm")), int(m.group("qd")), int(m.group("qy")), True)
    else:
        value = NumericDate(int(m.group("qa")), int(m.group("qb")), int(m.group("qz")), False)
    return Token(NUMDATE, m.start(), m.end(), value)


def tokenize(text: str) -> list:
    """Tokens of a normalised text, in order."""
    entries = lexicon().entries
    tokens = []
    for m in _scanner().finditer(text):
        if m.group("q"):
            tokens.append(_numeric_token(m))
        elif m.group("n"):
            tokens.append(_number_token(m))
        else:
            entry = entries[" ".join(m.group().split())]
            if entry.code in NO_CLITIC and m.start() and text[m.start() - 1].isalpha():
                continue
            tokens.append(Token(entry.code, m.start(), m.end(), entry.value))
    return _month_ordinals(text, _glued_months(text, tokens))


def _glued_months(text: str, tokens: list) -> list:
    """``tokens`` plus the month names glued to a word before "19, 2018"."""
    if "," not in text:  # (the Latin comma every such date has: most Arabic texts have none)
        return tokens
    day_year, month = _glued()
    found = []
    for m in day_year.finditer(text):
        g = month.search(text, max(0, m.start() - 20), m.start())
        if g is not None and not any(t.start < g.end() and g.start() < t.end for t in tokens):
            number = month_index()[" ".join(g.group().split())]
            found.append(Token(MONTH, g.start(), g.end(), number))
    return sorted(tokens + found, key=lambda t: t.start) if found else tokens


def _month_ordinals(text: str, tokens: list) -> list:
    """"الفاتح من سبتمبر": a month form of month_ordinals.yaml followed by "من" and a month
    (or "شهر" + a month) is a day of that month, not a month of its own."""
    days = lexicon().month_ordinals
    out = list(tokens)
    for i, tok in enumerate(tokens[:-1]):
        day = days.get(" ".join(text[tok.start:tok.end].split())) if tok.code == MONTH else None
        if day is None or gap_codes(text[tok.end:tokens[i + 1].start]) != "m":
            continue
        nxt = tokens[i + 1]
        if nxt.code == MONTH or (nxt.code == MONTH_NOUN and i + 2 < len(tokens)
                                 and tokens[i + 2].code == MONTH):
            out[i] = Token(ORDINAL, tok.start, tok.end, day)
    return out


def _piece_code(pieces: list, i: int) -> tuple[str, int]:
    """(code, pieces used) of the gap piece ``pieces[i]``: punctuation, a connector (of one or
    several words: "إلى غاية"; a glued و/ف taken off: وفي، ومنذ، فإلى) or ``|``."""
    piece = pieces[i]
    if piece in SENTENCE_END:
        return ".", 1
    if piece in PUNCT_CODES:
        return PUNCT_CODES[piece], 1
    if piece in QUOTES:
        return "", 1
    role, used = connector_at(pieces, i)
    return ("|" if role is None else ROLE_CODES[role]), used


@lru_cache(maxsize=4096)
def _short_gap_codes(gap: str) -> str:
    out: list[str] = []
    pieces = _PIECE.findall(gap)
    i = 0
    while i < len(pieces):
        code, used = _piece_code(pieces, i)
        i += used
        if code and not (code == "|" and out and out[-1] == "|"):
            out.append(code)
    return "".join(out)


def gap_codes(gap: str) -> str:
    """The gap codes of the text between two tokens."""
    if len(gap) <= 2 * _HALF:
        return _short_gap_codes(gap)
    head, tail = _short_gap_codes(gap[:_HALF]), _short_gap_codes(gap[-_HALF:])
    return head + "|" + tail


def _split_joined(norm: Normalised, tokens: list) -> tuple[list, set]:
    """Digits joined by a character the normaliser deleted ("2026ـ2027", a tatweel) are two
    numbers with a dash between: (tokens, normalised offsets where such a dash stands)."""
    out, dashes = [], set()
    for tok in tokens:
        cut = None
        if tok.code == NUMBER and norm.text[tok.start:tok.end].isdigit():
            cut = next((k for k in range(tok.start + 1, tok.end)
                        if norm.index[k] - norm.index[k - 1] > 1), None)
        if cut is None:
            out.append(tok)
            continue
        out += [_number(norm.text[tok.start:cut], tok.start, cut),
                _number(norm.text[cut:tok.end], cut, tok.end)]
        dashes.add(cut)
    return out, dashes


def scan(text: str) -> Scan:
    """Normalise ``text`` and build its token stream and code string."""
    norm = normalise(text)
    tokens, dashes = _split_joined(norm, tokenize(norm.text))
    codes: list[str] = []
    token_at: list[int] = []
    prev = 0
    for i, tok in enumerate(tokens):
        for c in gap_codes(norm.text[prev:tok.start]) + ("-" if tok.start in dashes else ""):
            codes.append(c)
            token_at.append(-1)
        codes.append(tok.code)
        token_at.append(i)
        prev = tok.end
    for c in gap_codes(norm.text[prev:]) + "|":  # the tail, for rules that look past the end
        codes.append(c)
        token_at.append(-1)
    return Scan(norm, tokens, "".join(codes), tuple(token_at))
