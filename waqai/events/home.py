"""The home state of an article, for the states its text refers to without naming them.

Strong cues only (``waqai/data/actors/home.yaml``): a news-agency marker near the start set
off by punctuation ("(واس)"، "/ وام/"، "دمشق-سانا"), else a dateline: a capital or city among
the first words of a line near the start, next to a dash, slash or bracket ("الرباط - ..."،
"هسبريس - الرباط"). The home then names "المملكة" when it is a kingdom that calls itself so,
and a bare title that nothing else in the document resolves.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress

from waqai.data import load_yaml
from waqai.events.actors import ActorMention
from waqai.events.words import NAME, PLAIN, PhraseIndex, Word

_SET_OFF = set("()/-–—|[]")


class HomeCues:
    """Agency markers and home-state words, indexed."""

    def __init__(self, data: dict):
        self.agencies = PhraseIndex(((f, code) for code, forms in data["agencies"].items()
                                     for f in forms), PLAIN)
        self.names = PhraseIndex(((f, frozenset(codes)) for f, codes in data["home_names"].items()),
                                 NAME)
        self.start_window = int(data["start_window"])
        self.dateline_window = int(data["dateline_window"])


@lru_cache(maxsize=1)
def home_cues() -> HomeCues:
    return HomeCues(load_yaml("actors/home.yaml"))


def home_state(ntext: str, words: list[Word], mentions: list[ActorMention],
               cues: HomeCues) -> str | None:
    """The article's home state from an agency marker, else from a dateline city (one of the
    first words of a line near the start, set off by punctuation)."""
    opening = words[:cues.start_window]
    for i in compress(range(len(opening)), cues.agencies.starting(opening)):
        m = cues.agencies.match(words, i)
        if m is not None and _set_off(ntext, words, m.w0, m.w1):
            return m.value
    for a in mentions:
        if a.w0 >= cues.start_window:
            break
        line_start = ntext.rfind("\n", 0, words[a.w0].nstart) + 1
        lead = sum(1 for w in words[:a.w0] if w.nstart >= line_start)
        if a.kind in ("capital", "city") and lead < cues.dateline_window and _set_off(
                ntext, words, a.w0, a.w1):
            return a.code
    return None


def _set_off(ntext: str, words: list[Word], w0: int, w1: int) -> bool:
    """Punctuation or a line edge right before or right after words ``[w0, w1)``."""
    before = ntext[words[w0 - 1].nend if w0 else 0:words[w0].nstart]
    after = ntext[words[w1 - 1].nend:words[w1].nstart if w1 < len(words) else len(ntext)]
    return bool(_SET_OFF & set(before + after)) or "\n" in after or w1 == len(words)


def home_mentions(words: list[Word], mentions: list[ActorMention], home: str | None,
                  cues: HomeCues) -> list[ActorMention]:
    """``mentions`` with the home state's own words ("المملكة") added where no mention is."""
    if home is None:
        return mentions
    taken = {k for a in mentions for k in range(a.w0, a.w1)}
    named = cues.names.starting(words)
    added = []
    i = 0
    while i < len(words):
        m = cues.names.match(words, i) if named[i] and i not in taken else None
        if m is not None and home in m.value and not taken.intersection(range(m.w0, m.w1)):
            added.append(ActorMention("country", home, m.w0, m.w1, None, m.variant.prep,
                                      bool(m.variant.conj)))
            i = m.w1
            continue
        i += 1
    return sorted(mentions + added, key=lambda a: a.w0) if added else mentions
