"""One Arabic normaliser for matching, with an offset map back to the original text.

Every later stage (months, triggers, actors) matches on ``normalise(text).text`` and maps a
match back with :meth:`Normalised.span`, so stored offsets always index the original text.
Each original character maps to at most one normalised character (a substitution) or none
(a deletion), which keeps the map monotonic.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

_DELETE = {
    *range(0x064B, 0x0660),  # harakat, shadda, sukun, maddah/hamza marks
    0x0670,  # superscript alef
    *range(0x06D6, 0x06EE),  # Quranic annotation marks
    0x0640,  # tatweel
    *range(0x200B, 0x2010),  # zero-width space/joiners, LRM, RLM
    *range(0x202A, 0x202F),  # bidi embeddings and overrides
    *range(0x2066, 0x206A),  # bidi isolates
    0x2060, 0xFEFF, 0x061C, 0x00AD,
}

# Persian and Urdu letters some Arabic copy carries for Arabic ones ("الیوم"، "یتوجه"): the
# parser reads them as the Arabic letter (arabic_letters), the matcher as that letter normalised
_LOOKALIKE_LETTERS = {"ی": "ي", "ې": "ي", "ک": "ك", "ھ": "ه", "ۀ": "ة"}
_LOOKALIKES = str.maketrans(_LOOKALIKE_LETTERS)
_LOOKALIKE = re.compile("[" + "".join(_LOOKALIKE_LETTERS) + "]")

_REPLACE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ة": "ه",
    "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": " ",
    "٫": ".", "٬": ",",
}
_REPLACE.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_REPLACE.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits
_REPLACE.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})  # ASCII case
_REPLACE.update({k: _REPLACE.get(v, v) for k, v in _LOOKALIKE_LETTERS.items()})

_TABLE = {cp: None for cp in _DELETE} | {ord(k): v for k, v in _REPLACE.items()}
# what str.translate is given: _TABLE, and every other character of the scripts news is
# written in (to 0x07FF, and general punctuation) mapped to itself, since a character the
# table lacks costs translate a KeyError (1.7x the time on an Arabic text)
_TRANSLATE = {cp: cp for cp in (*range(0x0800), *range(0x2000, 0x2070))} | _TABLE
# what a whole text is given instead: one pass of a regex over the characters _TABLE changes
# (about one in sixteen of an Arabic text), twice as fast as translate's lookup of every one
_CHANGED = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_TABLE)) + "]")
_REPLACEMENTS = {chr(cp): v or "" for cp, v in _TABLE.items()}
_WORD_CHARS = 40  # norm() remembers strings up to this long (words and short phrases)


@dataclass(frozen=True)
class Normalised:
    """A normalised view of ``original``: ``index[i]`` is the original offset of ``text[i]``."""

    original: str
    text: str
    index: Sequence[int]  # (a range when nothing was deleted)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span ``[start, end)`` to the original text."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside 0:{len(self.text)}")
        if start == end:
            pos = self.index[start] if start < len(self.index) else len(self.original)
            return pos, pos
        return self.index[start], self.index[end - 1] + 1


if any(v is not None and len(v) != 1 for v in _TABLE.values()):  # normalise() relies on it
    raise ValueError("every normaliser replacement must be exactly one character")
if any(chr(cp).isspace() != (v is not None and v.isspace()) for cp, v in _TABLE.items()):
    # (waqai.dates.ranges reads the normalised words of a gap from its words)
    raise ValueError("the normaliser must keep white space white and delete none")
_DELETED = re.compile("[" + "".join(re.escape(chr(cp)) for cp, v in sorted(_TABLE.items())
                                    if v is None) + "]")


def normalise(text: str) -> Normalised:
    """Normalise ``text`` for matching and keep the map back to it.

    Replacements are one character for one, so the index is every original offset except the
    deleted characters' (built from ranges, not per char).
    """
    out = _normalised_text(text)
    if len(out) == len(text):
        return Normalised(text, out, range(len(text)))
    index: list[int] = []
    prev = 0
    for m in _DELETED.finditer(text):
        index.extend(range(prev, m.start()))
        prev = m.end()
    index.extend(range(prev, len(text)))
    return Normalised(text, out, tuple(index))


def norm(text: str) -> str:
    """Just the normalised string (for lexicon entries and lookups)."""
    return _norm_word(text) if len(text) <= _WORD_CHARS else _normalised_text(text)


def _normalised_text(text: str) -> str:
    return _CHANGED.sub(_replacement, text)


def _replacement(changed: re.Match) -> str:
    return _REPLACEMENTS[changed.group()]


@lru_cache(maxsize=200_000)
def _norm_word(text: str) -> str:
    return text.translate(_TRANSLATE)


def arabic_letters(text: str) -> str:
    """``text`` with Persian and Urdu look-alike letters written as the Arabic ones (same
    length): what the parser, trained on Arabic, reads. Most texts have none, which a search
    tells without translating every character."""
    return text.translate(_LOOKALIKES) if _LOOKALIKE.search(text) else text
