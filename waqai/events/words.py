"""Words of a document on the normalised view, their clitic-stripped variants, phrase lookup.

The words are the tokenize stage's tokens (one analysis for every stage), joined where
UDPipe tokenized a clitic apart and without punctuation marks.

Every lexicon of the event extractor (triggers, cues, gazetteer) is a :class:`PhraseIndex` of
normalised phrases. A phrase matches at a word when the word itself, or one of its variants
with proclitics (و ف ب ل ك س ال) and an enclitic pronoun stripped, starts the phrase and the
following words equal the rest. Which clitics an index may strip is its :class:`Policy`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Generic, Iterable, NamedTuple, TypeVar

from waqai.text.normalise import Normalised, norm

_WORD = re.compile(r"[^\W_]+")
_ENCLITICS = ("هما", "كما", "ها", "هم", "هن", "كم", "نا", "ه", "ك", "ي")
_BY_LAST = {c: tuple(e for e in _ENCLITICS if e[-1] == c) for c in {e[-1] for e in _ENCLITICS}}
_MIN_STEM = 2
_CACHE_MAX = 500_000  # words remembered per phrase index
_TOKEN_RANGE = attrgetter("start_char", "end_char")
_KEY = attrgetter("key")

T = TypeVar("T")


class Word(NamedTuple):
    """One orthographic word: its normalised form and its offsets into the ORIGINAL text."""

    i: int
    norm: str
    start: int
    end: int
    nstart: int  # offsets into the normalised text
    nend: int
    taa: bool  # the original word ends in ة, so a final ه is no pronoun
    key: str  # the phrase indices' cache key: ``norm``, with ة appended when ``taa``


class Variant(NamedTuple):
    """A word with some clitics removed; the removed parts are kept as cues."""

    stem: str
    conj: str = ""  # و / ف
    prep: str = ""  # ب / ل / ك / س
    article: bool = False
    enclitic: str = ""


@dataclass(frozen=True, slots=True)
class Policy:
    """Which clitics a lexicon's first word may carry."""

    preps: str = ""  # allowed prepositions/future prefix among "بلكس"
    article: bool = False  # strip ال (names keep theirs: "للبحرين" = ل + البحرين)
    enclitic: bool = False
    tanween: bool = False  # accusative alef ("اجتماعا" -> "اجتماع")
    verb: bool = False  # object pronouns only: a verb takes "ني", never the possessive "ي"

    def allows(self, v: Variant) -> bool:
        if v.prep and v.prep not in self.preps:
            return False
        if v.article and not self.article:
            return False
        if v.enclitic and self.verb and v.enclitic == "ي":
            return False
        return not v.enclitic or self.enclitic


NOUN = Policy(preps="بلك", article=True, enclitic=True, tanween=True)
VERB = Policy(preps="سل", enclitic=True, verb=True)
NAME = Policy(preps="بلك")
ADJECTIVE = Policy(preps="بلك", article=True, tanween=True)  # "وفدا عراقيا"
CUE = Policy(preps="بس", article=True, enclitic=True, tanween=True)
PLAIN = Policy()
FOR = Policy(preps="ل")  # a length of time ("تستمر ليومين")


def words_of(nt: Normalised, tokens: Iterable) -> list[Word]:
    """The document's orthographic words, from the tokenize stage's tokens (objects with
    ``start_char``/``end_char`` into the original text): tokens that touch form one word (a
    clitic tokenized apart: و|بحث), read on the normalised view without punctuation marks."""
    chunk_starts: list[int] = []
    chunk_ends: list[int] = []
    for start, end in sorted(map(_TOKEN_RANGE, tokens)):  # (repeats merge)
        if chunk_ends and start <= chunk_ends[-1]:
            if end > chunk_ends[-1]:
                chunk_ends[-1] = end
        else:
            chunk_starts.append(start)
            chunk_ends.append(end)
    out: list[Word] = []
    make = Word._make  # (a tuple's constructor, without the keyword-checking one's call)
    index, original, text = nt.index, nt.original, nt.text
    same = len(text) == len(original)  # nothing deleted: one offset on both views
    # the words are the text's letter runs cut to the chunks (one scan of the text, not one
    # per chunk: a run of a character class cut to a range is that range's run)
    runs = [m.span() for m in _WORD.finditer(text)]
    r, n_runs = 0, len(runs)
    for start, end in zip(chunk_starts, chunk_ends):
        if not same:
            start, end = bisect.bisect_left(index, start), bisect.bisect_left(index, end)
        while r < n_runs and runs[r][1] <= start:
            r += 1
        k = r
        while k < n_runs and runs[k][0] < end:
            a, b = runs[k]
            k += 1
            if a < start:
                a = start
            if b > end:
                b = end
            if a >= b:
                continue
            s, e = (a, b) if same else (index[a], index[b - 1] + 1)
            form = text[a:b]
            taa = original[e - 1] == "ة"
            out.append(make((len(out), form, s, e, a, b, taa, form + "ة" if taa else form)))
    return out


_PREPS = "بلكس"
ARTICLE = "ال"
_RESTORE = {"ت": "ه", "ا": "ي", "ئ": "ء"}  # زيارته -> زيارة, التقاه -> التقى, مجيئه -> مجيء


def _stems(body: str) -> list[tuple[str, str]]:
    """(stem, enclitic) readings of a word without its proclitics."""
    out = [(body, "")]
    n = len(body)
    if n < 4:
        return out
    for enc in _BY_LAST.get(body[-1], ()):
        if n - len(enc) >= 3 and body.endswith(enc):
            stem = body[: -len(enc)]
            out.append((stem, enc))
            last = stem[-1]
            if last in _RESTORE:
                out.append((stem[:-1] + _RESTORE[last], enc))
            elif last == "و":
                out.append((stem + "ا", enc))  # زاروه -> زاروا
    return out


def _bodies(form: str):
    """(conj, prep, body, article) splits of a word's proclitics, least stripped first."""
    conj = form[0] if form[:1] in ("و", "ف") and len(form) > 2 else ""
    for c in ("", conj) if conj else ("",):
        rest = form[len(c):]
        p = rest[0] if rest[:1] and rest[0] in _PREPS and len(rest) > 2 else ""
        for prep in ("", p) if p else ("",):
            body = rest[len(prep):]
            yield c, prep, body, False
            if prep == "ل" and body[:1] == "ل":
                yield c, prep, "ا" + body, False  # لل = ل + ال (a name keeps its article)
                yield c, prep, body[1:], True
            if body.startswith(ARTICLE):
                yield c, prep, body[len(ARTICLE):], True


@lru_cache(maxsize=200_000)
def variants(form: str) -> tuple[Variant, ...]:
    """All readings of ``form`` as proclitics + stem + enclitic, least stripped first."""
    out = [Variant(form)]
    seen = {(form, "", "", False, "")}
    for c, prep, body, article in _bodies(form):
        for stem, enc in _stems(body):
            key = (stem, c, prep, article, enc)
            if len(stem) >= _MIN_STEM and key not in seen:
                seen.add(key)
                out.append(Variant(stem, c, prep, article, enc))
    return tuple(out)


@lru_cache(maxsize=200_000)
def stems_of(form: str) -> frozenset[str]:
    """Every stem a reading of ``form`` may have (tanween readings included): a cheap screen
    before the full readings are built."""
    out = set()
    for _, _, body, _ in _bodies(form):
        for stem, _ in _stems(body):
            out.add(stem)
            if len(stem) > 3 and stem[-1] == "ا":
                out.add(stem[:-1])
    return frozenset(out)


@lru_cache(maxsize=400_000)
def tanween_variant(v: Variant) -> Variant | None:
    """The accusative reading without its final alef ("اجتماعا" -> "اجتماع")."""
    if v.stem.endswith("ا") and len(v.stem) > 3:
        return Variant(v.stem[:-1], v.conj, v.prep, v.article, v.enclitic)
    return None


class Match(NamedTuple):
    """A phrase found at words ``[w0, w1)`` with the variant its first word matched as."""

    w0: int
    w1: int
    value: object
    variant: Variant


class PhraseIndex(Generic[T]):
    """Normalised phrases -> values, matched at a word position, longest phrase first."""

    def __init__(self, entries: Iterable[tuple[str, T]], policy: Policy, union_ties: bool = False):
        self.policy = policy
        self.union_ties = union_ties  # values are sets: readings of one length give their union
        self._first: dict[str, list[tuple[int, tuple[str, ...], T]]] = {}
        for phrase, value in entries:
            toks = tuple(norm(str(phrase)).split())
            if toks:
                self._first.setdefault(toks[0], []).append((len(toks) - 1, toks[1:], value))
        for lst in self._first.values():
            lst.sort(key=lambda item: -item[0])
        self.longest = 1 + max((lst[0][0] for lst in self._first.values()), default=0)  # words
        self._hits: dict[str, tuple] = {}  # word (ة marked) -> readings that start a phrase
        self._stems = frozenset(self._first)

    def starts(self, word: Word) -> tuple:
        """Readings of ``word`` that begin a phrase of this index (cached per form)."""
        key = word.key
        hits = self._hits.get(key)
        if hits is None:
            first = self._first
            if self._stems.isdisjoint(stems_of(word.norm)):
                hits = ()
            else:
                hits = tuple((v, first[v.stem]) for v in self.readings(word, first))
            if len(self._hits) < _CACHE_MAX:
                self._hits[key] = hits
        return hits

    def starting(self, words: list[Word]) -> list[tuple]:
        """:meth:`starts` of each of ``words`` (empty where none begins a phrase), in one call:
        most are looked up in the cache, the others read."""
        found = list(map(self._hits.get, map(_KEY, words)))
        if None in found:
            for i, w in enumerate(words):
                if found[i] is None:
                    found[i] = self.starts(w)
        return found

    def match(self, words: list[Word], i: int) -> Match | None:
        """The longest phrase starting at word ``i`` (the least stripped reading on ties, or
        with ``union_ties`` the union of the values of all readings of that length: "وخلال" is
        both a fronting word and the link "خلال")."""
        word = words[i]
        hits = self._hits.get(word.key)
        if hits is None:
            hits = self.starts(word)
        if not hits:
            return None
        best: Match | None = None
        longest = -1
        last = len(words) - i - 1
        union_ties = self.union_ties
        following = words[i + 1].norm if last else None
        for v, entries in hits:
            for n, rest, value in entries:
                if n < longest or n == longest and not union_ties:
                    break
                if n > last:
                    continue
                if n == 0 or following == rest[0] and (
                        n == 1 or all(words[i + 1 + k].norm == rest[k] for k in range(1, n))):
                    if n == longest:
                        best = Match(i, i + 1 + n, best.value | value, best.variant)
                    else:
                        best, longest = Match(i, i + 1 + n, value, v), n
                    break
        return best

    def readings(self, word: Word, only: dict | None = None) -> Iterable[Variant]:
        """The word's readings this index's policy allows (with stems in ``only``, if given)."""
        policy = self.policy
        for v in variants(word.norm):
            t = tanween_variant(v) if policy.tanween and not v.article else None  # (no ال)
            if only is not None and v.stem not in only and (t is None or t.stem not in only):
                continue
            if (word.taa and v.enclitic == "ه") or not policy.allows(v):
                continue
            if only is None or v.stem in only:
                yield v
            if t is not None and (only is None or t.stem in only):
                yield t


def index_of(lists: dict[str, Iterable[str]], policy: Policy) -> PhraseIndex[frozenset[str]]:
    """A phrase index of ``{key: [forms]}``; a phrase's value is the set of keys listing it."""
    keys: dict[str, set[str]] = {}
    for key, forms in lists.items():
        for form in forms or ():
            keys.setdefault(" ".join(norm(str(form)).split()), set()).add(key)
    return PhraseIndex(((phrase, frozenset(ks)) for phrase, ks in keys.items()), policy,
                       union_ties=True)
