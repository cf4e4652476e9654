"""Actor mentions: countries, capitals, cities, demonyms, officials, organisations, titles.

The gazetteer lives in ``waqai/data/actors/`` (countries.tsv, organisations.tsv, officials.tsv,
titles.yaml). Matching runs on the normalised words of :mod:`waqai.events.words`: a form may
carry the proclitics و ف ب ل ك (and ال for demonyms, written without it), the longest form wins
at each position, and mention offsets are word indices mapped back to the original text.

:func:`parties` groups adjacent mentions into the parties of a clause: "وزير الخارجية الروسي
سيرغي لافروف" is one party (RUS, foreign minister), "ونظيره التركي" another (TUR, counterpart).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, NamedTuple

from waqai.data import load_tsv, load_yaml
from waqai.events.words import ADJECTIVE, NAME, PhraseIndex, Word, stems_of

PLACE_KINDS = ("country", "capital", "city")
# the longest form wins; on equal length the more specific kind does
_PRIORITY = {"official": 0, "org": 1, "country": 2, "capital": 3, "city": 4, "demonym": 5,
             "counterpart": 6, "title": 7}
_MAX_GROUP_GAP = 2  # words before a name in one party ("رئيس جمهورية جيبوتي، السيد إسماعيل")
_ALIAS_MIN = 4  # a surname this long stands alone for a full name met earlier in the document
# a one-word name ("جونسون") is its official only this many years around a term of office:
# out of them it is most likely someone else of that name ("الحاكم العام ديفيد جونسون")
_SURNAME_YEARS_BEFORE, _SURNAME_YEARS_AFTER = 1, 2


class ActorMention(NamedTuple):
    """A gazetteer hit at words ``[w0, w1)``; ``code`` is None for titles and uncoded bodies."""

    kind: str  # country | capital | city | demonym | official | org | title | counterpart
    code: str | None
    w0: int
    w1: int
    role: str | None = None  # title role of titles and officials
    prep: str = ""  # proclitic ب/ل/ك of the first word
    conj: bool = False  # the first word carries the conjunction و/ف
    coded: bool = True  # False for organisations without an event code (Arab League, AU)


@dataclass(slots=True)
class Party:
    """Adjacent mentions naming one participant: title, country or demonym, name."""

    mentions: list[ActorMention] = field(default_factory=list)

    @property
    def w0(self) -> int:
        return self.mentions[0].w0

    @property
    def w1(self) -> int:
        return self.mentions[-1].w1

    @property
    def code(self) -> str | None:
        for m in self.mentions:
            if m.code and m.coded:
                return m.code
        return None

    @property
    def role(self) -> str | None:
        for m in self.mentions:
            if m.role:
                return m.role
        return None

    @property
    def first(self) -> ActorMention:
        return self.mentions[0]

    @property
    def is_place(self) -> bool:
        return self.first.kind in PLACE_KINDS and all(m.kind in PLACE_KINDS + ("demonym",)
                                                       for m in self.mentions)

    @property
    def is_person(self) -> bool:
        return any(m.kind in ("title", "official", "counterpart") for m in self.mentions)

    @property
    def is_counterpart(self) -> bool:
        return self.first.kind == "counterpart"

    @property
    def titled(self) -> bool:
        return any(m.kind in ("title", "counterpart") for m in self.mentions)


class Gazetteer:
    """Phrase indices over the actor data, with the officials' terms of office."""

    def __init__(self, countries: Iterable[dict], organisations: Iterable[dict],
                 officials: Iterable[dict], titles: dict[str, list[str]],
                 titles_before_state: dict[str, list[str]] | None = None):
        names, adjectives = [], []
        for row in countries:
            code = row["iso3"].strip()
            for col, kind in (("names", "country"), ("capitals", "capital"), ("cities", "city")):
                names += [(f, (kind, code, None)) for f in _split(row.get(col))]
            adjectives += [(f, ("demonym", code, None)) for f in _split(row.get("demonyms"))]
        for row in organisations:
            coded = row.get("coded", "").strip().lower() == "yes"
            names += [(f, ("org", row["code"].strip(), coded)) for f in _split(row.get("names"))]
        self._terms: dict[str, list[tuple[str, int, int | None]]] = {}
        for row in officials:
            code = row["iso3"].strip()
            start = _year(row.get("from")) or 0
            end = _year(row.get("to"))
            for f in _split(row.get("names")):
                names.append((f, ("official", code, f)))
                self._terms.setdefault(f, []).append((row["role"].strip(), start, end))
        for role, forms in titles.items():
            kind = "counterpart" if role == "counterpart" else "title"
            names += [(f, (kind, None, role)) for f in forms or ()]
        self.names = PhraseIndex(names, NAME)
        self.adjectives = PhraseIndex(adjectives, ADJECTIVE)
        self.title_roles = {r for r in titles if r != "counterpart"}
        # titles only before a country's name ("برئيس ساحل العاج")
        self.state_titles = PhraseIndex([(f, role) for role, forms in
                                         (titles_before_state or {}).items() for f in forms],
                                        NAME)

    @classmethod
    def from_data(cls) -> "Gazetteer":
        return cls(load_tsv("actors/countries.tsv"), load_tsv("actors/organisations.tsv"),
                   load_tsv("actors/officials.tsv"), load_yaml("actors/titles.yaml"),
                   load_yaml("actors/titles_before_state.yaml"))

    def _role(self, form: str, published: dt.date | None) -> str | None:
        terms = self._terms.get(form, [])
        if published is not None:
            year = published.year
            for role, start, end in terms:
                if start <= year and (end is None or year <= end):
                    return role
        return max(terms, key=lambda t: t[1])[0] if terms else None

    def _near_term(self, form: str, published: dt.date | None) -> bool:
        """Whether the publication year is near a term of the official named ``form``."""
        if published is None:
            return True
        year = published.year
        return any(start - _SURNAME_YEARS_BEFORE <= year
                   and (end is None or year <= end + _SURNAME_YEARS_AFTER)
                   for _, start, end in self._terms.get(form, []))

    def find(self, words: list[Word], published: dt.date | None = None) -> list[ActorMention]:
        """Non-overlapping actor mentions, longest first at each word.

        After a full name ("ميشال عون"), its last word names the same official for the rest of
        the document when it is long enough or follows a title ("الرئيس عون").
        """
        out: list[ActorMention] = []
        aliases: dict[str, tuple[str, str | None]] = {}
        i = 0
        names, adjectives = self.names, self.adjectives
        name_starts, adjective_starts = names.starting(words), adjectives.starting(words)
        while i < len(words):
            best = None
            for index, starts in ((names, name_starts), (adjectives, adjective_starts)):
                m = index.match(words, i) if starts[i] else None
                if m is None:
                    continue
                key = (m.w1, -_PRIORITY[m.value[0]])
                if best is None or key > (best.w1, -_PRIORITY[best.value[0]]):
                    best = m
            if best is None:  # (a surname that also begins a full name: "وغادر آل خليفة")
                if aliases and not aliases.keys().isdisjoint(stems_of(words[i].norm)):
                    alias = self._alias(words, i, aliases, out)
                    if alias is not None:
                        out.append(alias)
                i += 1
                continue
            kind, code, extra = best.value
            role, coded = None, True
            if kind == "official" and best.w1 - best.w0 == 1 and not self._near_term(
                    extra, published):
                i += 1
                continue
            if kind == "official":
                role = self._role(extra, published)
                longer = self._longer_form(words, best, name_starts)
                if longer is not None:  # "الأمير خليفة بن سلمان آل خليفة": one name
                    best = best._replace(w1=longer.w1)
                if best.w1 - best.w0 > 1:
                    aliases[words[best.w1 - 1].norm] = (code, role)
            elif kind in ("title", "counterpart"):
                role = extra
            elif kind == "org":
                coded = bool(extra)
            elif kind == "country" and (not out or out[-1].w1 < i):
                title = self.state_titles.match(words, i - 1) if i else None
                if title is not None and title.w1 == i:
                    out.append(ActorMention("title", None, i - 1, i, title.value,
                                            title.variant.prep, bool(title.variant.conj)))
            out.append(ActorMention(kind, code, best.w0, best.w1, role, best.variant.prep,
                                    bool(best.variant.conj), coded))
            i = best.w1
        return out

    def _longer_form(self, words: list[Word], best, name_starts):
        """A form of the same official starting inside the match ``best`` and ending past it
        (the full name with the family after a shorter form with a title), if any."""
        for k in range(best.w0 + 1, best.w1):
            m = self.names.match(words, k) if name_starts[k] else None
            if m is not None and m.w1 > best.w1 and m.value[:2] == best.value[:2]:
                return m
        return None

    def _alias(self, words: list[Word], i: int, aliases: dict, out: list[ActorMention]):
        for v in self.names.readings(words[i]):
            hit = aliases.get(v.stem)
            if hit is None:
                continue
            after_title = bool(out) and out[-1].w1 == i and out[-1].kind == "title"
            if len(v.stem) >= _ALIAS_MIN or after_title:
                return ActorMention("official", hit[0], i, i + 1, hit[1], v.prep, bool(v.conj))
        return None


def parties(mentions: list[ActorMention], sentence_of: list[int] | None = None,
            each_of: set[int] | frozenset[int] = frozenset(),
            portfolios: set[int] | frozenset[int] = frozenset()) -> list[Party]:
    """Group mentions into parties: a title or name with the country, demonym and name after it.

    A new party starts in a new sentence (``sentence_of``: word -> sentence), at a counterpart
    word, at a conjunction (و on the first word), when the gap exceeds two words, when a coded
    mention disagrees with the party's state, at a second place name ("إلى قطر والبحرين" names
    two places), or at a title after ب ("الملك بوزير"). The words of ``each_of`` ("وزراء
    خارجية كل من البحرين") count in no gap; a title after words of ``portfolios`` only names
    the body of the title before ("وزير الدولة لشؤون مجلس الوزراء الكويتي"): one party.
    """
    out: list[Party] = []
    for m in mentions:
        cur = out[-1] if out else None
        same = sentence_of is None or cur is None or sentence_of[m.w0] == sentence_of[cur.w0]
        gap = m.w0 - (cur.w1 if cur else m.w0)
        between = range(m.w0 - gap, m.w0)
        portfolio = bool(gap) and all(w in portfolios for w in between)
        gap -= sum(w in each_of or w in portfolios for w in between) if gap else 0
        if cur is not None and same and (_joins(cur, m, gap) or portfolio and _names_body(cur, m)):
            cur.mentions.append(m)
        elif cur is not None and same and _next_holder(cur, m):
            # the title goes on to the state joined to it: one more holder of it
            out.append(Party([cur.first._replace(w0=m.w0, w1=m.w0, prep=m.prep, conj=True), m]))
        else:
            out.append(Party([m]))
    return out


def _next_holder(p: Party, m: ActorMention) -> bool:
    """A state joined by و right after a title with its state and no name names one more
    holder of that title ("رؤساء السنغال والجزائر"، "الرئيسين السنغالي والجزائري"، "نظيريه
    الصيني والتركي"), not the state itself."""
    first, last = p.first, p.mentions[-1]
    return (m.conj and m.w0 == p.w1 and m.kind in ("country", "demonym")
            and first.kind in ("title", "counterpart") and len(p.mentions) == 2
            and last.kind in ("country", "demonym"))


def _names_body(p: Party, m: ActorMention) -> bool:
    """A title of no state yet, then the body of its portfolio ("لشؤون مجلس الوزراء")."""
    return p.code is None and p.mentions[-1].kind == m.kind == "title" and not m.conj


def _joins(p: Party, m: ActorMention, gap: int) -> bool:
    limit = 0 if m.kind in PLACE_KINDS else 1 if m.kind == "demonym" else _MAX_GROUP_GAP
    if gap > limit or m.kind == "counterpart":
        return False
    if m.conj:
        return False
    last = p.mentions[-1]
    if m.kind == "demonym" and gap and p.is_place:
        return False  # "في أديس أبابا مسؤولين إثيوبيين": the word between is the one described
    if m.kind in PLACE_KINDS and (p.is_place or last.kind == "demonym" or m.prep):
        return False  # "رئيس الجمهورية لإيطاليا": a place after a preposition is no genitive
    if m.kind == "title" and (last.kind != "title" or m.w0 > last.w1 or m.prep == "ب"):
        return False  # "اجتمع الملك بوزير الدفاع": the one met, not a longer title
    code = p.code
    return not (code and m.code and m.coded and m.code != code)


def _split(cell: str | None) -> list[str]:
    return [f.strip() for f in (cell or "").split("|") if f.strip()]


def _year(cell: str | None) -> int | None:
    cell = (cell or "").strip()
    return int(cell[:4]) if cell[:4].isdigit() else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer built from ``waqai/data/actors`` (loaded once per process)."""
    return Gazetteer.from_data()
