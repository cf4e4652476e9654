"""The date grammar: regular expressions over the code string built by :mod:`waqai.dates.scanner`.

Token codes (lexicon.py): W weekday, M month, D day number, Y year number, Q numeric date,
O ordinal day, R relative day (اليوم، أمس، غدا...), P/F/C past/future/current direction,
T time of day, X part of a period, u يوم, U يومي, s شهر, a عام/سنة, S الشهر, K الأسبوع, A العام,
h هذا, n نفس/ذات, E era suffix, e epithet, B/Z words that make "اليوم" a noun (Z also a surname particle before a month).
Gap codes (scanner.py): w و, i إلى/حتى, o أو, m من, v بين, f في/خلال/منذ, , / ( ) - and
``.`` (sentence punctuation) or ``|`` (any other word).

The rules are tried in the order of :data:`RULES` at each position, leftmost first, so a longer
reading ("اليوم الثلاثاء 9 أوت 2022") is listed before its parts ("اليوم الثلاثاء").
"""
from __future__ import annotations

import re
from functools import lru_cache

_PREFIX = r"(?P<pre>T?h?[uU]?R?(?:,?W)?,?)"
_PAIR = r"M(?:/M|\(M\))?"
_YEAR = r"(?:,?(?P<year>Y)(?P<era>E)?)?"

RULES: tuple[tuple[str, str], ...] = (
    # 21 / 7 / 1440ه, الخميس 2016-01-31
    ("numeric", _PREFIX + r"(?P<q>Q)(?P<era>E)?"),
    # يومي 6 و7 ديسمبر الجاري, الـ 14 من فيفري 2023, الخامس من نفس الشهر, 22ناصر/يوليو
    ("day_month", _PREFIX + r"(?P<days>[mv]?[DO](?:(?:,?w|,|-|,?i|o)[DO])*)m?s?"
                            r"(?P<mon>" + _PAIR + r"|nS|Sn|hS|S[PFC]?)" + _YEAR +
                            r"(?P<dir>[PFC])?e?"),
    # منتصف شهر أيار/مايو الماضي, شهر رمضان الكريم, مارس 2015
    ("month", r"(?<!Z)(?P<part>X)?(?P<noun>s)?(?P<mon>" + _PAIR + r")" + _YEAR +
              r"(?P<dir>[PFC])?(?P<epithet>e)?(?P<dir2>[PFC])?"),
    # عام 2022, العام الماضي, لهذا العام
    ("year", r"(?P<part>X)?(?:[aA](?P<year>Y)(?P<era>E)?|A(?P<dir>[PFC])|(?P<this>h)A)"),
    # الأسبوع المقبل, هذا الأسبوع
    ("week", r"(?P<part>X)?(?:K(?P<dir>[PFC])|(?P<this>h)K)"),
    # الشهر الجاري, هذا الشهر
    ("month_relative", r"(?P<part>X)?(?:S(?P<dir>[PFC])|(?P<this>h)S)"),
    # اليوم, مساء يوم أمس الخميس, بعد غد الإثنين (not "اليوم التالي", "ذلك اليوم")
    ("relative_day", r"(?<![Zn])(?P<pre>T?h?u?)(?P<rel>R)(?:,?(?P<wd>W)|(?![OB]))"),
    # الأربعاء الماضي, صباح الأحد, يومي الاثنين والثلاثاء المقبلين
    ("weekday", r"(?P<pre>T?[uU]?)(?P<wds>W(?:,?w?W)*)(?P<dir>[PFC])?"),
    # في 2019, 2020م
    ("bare_year", r"(?:(?<=[fi])(?P<year>Y)(?P<era>E)?|(?P<year2>Y)(?P<era2>E))"),
)


def _prefixed(name: str, pattern: str) -> str:
    return re.sub(r"\(\?P<(\w+)>", rf"(?P<{name}__\1>", pattern).replace(
        "(?P=", f"(?P={name}__")


@lru_cache(maxsize=None)
def grammar() -> re.Pattern:
    """One alternation of every rule; a match's ``lastgroup`` names its rule."""
    return re.compile("|".join(f"(?P<{name}>{_prefixed(name, pattern)})"
                               for name, pattern in RULES))


class RuleMatch:
    """A grammar match seen through its rule's own group names (code-string offsets)."""

    def __init__(self, m: re.Match):
        self.m = m
        self.rule = m.lastgroup
        self.start, self.end = m.span()

    def span(self, group: str) -> tuple[int, int] | None:
        """Code-string span of a group of this rule; None when it did not take part or the
        rule has no such group."""
        try:
            s, e = self.m.span(f"{self.rule}__{group}")
        except IndexError:
            return None
        return None if s < 0 else (s, e)
