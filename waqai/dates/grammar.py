"""The date grammar: regular expressions over the code string built by :mod:`waqai.dates.scanner`.

Token codes (lexicon.py): W weekday, M month, D day number, Y year number, Q numeric date,
O ordinal day, R relative day (اليوم، أمس، غدا...), P/F/C past/future/current direction,
T time of day, X part of a period, q fraction of a year (الربع الأول), u يوم, U يومي, s شهر,
a عام/سنة, S الشهر, K الأسبوع, A العام, h هذا, n نفس/ذات/عينه, y يومها/يومه, L الأخير,
G التالي, J السابق, E era suffix,
e epithet, B/Z words that make "اليوم" a noun (Z also a surname particle before a month).
Gap codes (scanner.py): w و, i إلى/حتى/إلى غاية, o أو, m من, v بين, f في/خلال/منذ, = الموافق, , / ( )
- and ``.`` (sentence punctuation) or ``|`` (any other word); quotation marks have none.

The rules are tried in the order of :data:`RULES` at each position, leftmost first, so a longer
reading ("اليوم الثلاثاء 9 أوت 2022") is listed before its parts ("اليوم الثلاثاء").
"""
from __future__ import annotations

import re
from functools import lru_cache

# What may open a date: "صباح"، "يوم"، "اليوم الثلاثاء"، "يومه الأربعاء"، "الأحد، الموافق"، "يومي
# الأحد والاثنين" (before "28 و29 مارس"), a weekday before a slash ("الخميس / 08 / شعبان / 1438
# هـ"). A relative day followed by a comma and no weekday stands apart ("نهار أمس، الثاني عشر من
# الشهر الجاري"); a date in brackets after a weekday is a timex of its own ("اليوم الثلاثاء (18
# نيسان 2023)").
_PREFIX = r"(?P<pre>T?m?h?[uU]?(?:R(?:,?W|(?!,))|y,?W|,?(?:W|\(W\))(?:,?w?W)*)?(?:,|(?<=W)/)?(?:=,?)?)"
# A month alone or paired with its other name: "آذار/مارس"، "كانون الثاني (يناير)"، "أيلول -
# سبتمبر"، "تشرين الأول أكتوبر" (the slash lost)، "(تشرين الاول) اكتوبر"
PAIR_TAIL = r"(?:[/-]?M|\(M\))?"
PAIR = r"(?:\(M\))?M" + PAIR_TAIL
# Between two days of a list or range: "6 و7"، "3، 4"، "12-15"، "من 3 إلى 5"، "28 أو 29"; after و،
# إلى or أو a day noun or weekday may stand before the second ("28 إلى يوم الأربعاء 30").
DAY_JOIN = r"(?:,?w|,|-|,?i|o)(?:(?<=[wio])u?W,?)?"
# A year after a month: "2020"، ", 2018"، "-2021"، "/2023"، "العام 2021"، "من عام 2019"; or a relative one:
# "من العام الجاري"، "العام الماضي"، "من هذا العام"، "من العام نفسه"، "من نفس العام".
YEAR_AFTER = (r"(?:[,/-]?m?[aA]?(?P<year>Y)(?P<era>E)?|m?(?P<ryear>A(?P<ydir>[PFC])|(?P<ythis>h)A|"
              r"A(?P<ysame>n)|(?P<ysame2>n)A))")
_YEAR = YEAR_AFTER + "?"
_PART = r"(?:(?P<part>[Xq])m?)?"
_AFTER_PART = r"(?:(?<=X)|(?<=Xm))"  # a unit alone after a part word: "نهاية العام"

RULES: tuple[tuple[str, str], ...] = (
    # 21 / 7 / 1440ه, الخميس 2016-01-31
    ("numeric", _PREFIX + r"(?P<q>Q)(?P<era>E)?"),
    # يوم 23/3, الثلاثاء 23/3, في 10/3 الماضي: day/month without a year (checked: introduced)
    ("day_slash_month", _PREFIX + r"(?P<day>D)/(?P<month>D)(?P<dir>[PFC])?"),
    # يومي 6 و7 ديسمبر الجاري, الـ 14 من فيفري 2023, الخامس من نفس الشهر, 22ناصر/يوليو,
    # 12th, October 2023, في 29 الجاري (a direction alone: of the month, checked: introduced),
    # حتى 7 منه (of the same month), 07-سبتمبر-2021, 19/مايو/2023, من يوم الإثنين 28 إلى يوم
    # الأربعاء 30 أكتوبر (a weekday before a further day)
    ("day_month", _PREFIX + r"(?P<days>[mv]?[DO](?:" + DAY_JOIN + r"[DO])*)(?:,(?=" + PAIR +
                            r",?Y)|-(?=M-Y)|/(?=M/Y))?m?s?(?P<mon>" + PAIR +
                            r"|nS|Sn|hS|S[PFC]?|[PFC]|n)" + _YEAR + r"(?P<dir>[PFC])?e?"),
    # March 19, 2018, مارس 19, 2018 (month, day, year)
    ("month_day", _PREFIX + r"(?P<mon>M)(?P<days>D),?(?P<year>Y)"),
    # منتصف شهر أيار/مايو الماضي, شهر رمضان الكريم, مارس 2015, النصف الثاني من شهر نوفمبر
    ("month", r"(?<!Z)" + _PART + r"(?P<noun>s)?(?P<mon>" + PAIR + r")" + _YEAR +
              r"(?P<dir>[PFC])?(?P<epithet>e)?(?P<dir2>[PFC])?"),
    # الربع الأول من العام المقبل, النصف الثاني من عام 2020
    ("fraction_year", r"(?P<frac>q)m?(?:[aA]?(?P<year>Y)(?P<era>E)?|A(?P<dir>[PFC])|(?P<this>h)A|"
                      r"A(?!n))"),
    # للعام 2021-2022, في الفترة 2019-2021: a span of years (checked: in order, not too long)
    ("year_span", r"[aA]?(?P<year>Y)-(?P<last>Y)"),
    # عام 2022, العام الماضي, لهذا العام, العام نفسه; a part of the year alone: نهاية العام (this year); a part
    # of a bare year: نهاية 2019, صيف 2019 (checked: a part word that names one)
    ("year", r"(?:(?P<part>X)m?)?(?:(?:[aA]|" + _AFTER_PART + r")(?P<year>Y)(?P<era>E)?|"
             r"A(?P<dir>[PFC])|(?P<this>h)A|A(?P<same>n)|(?P<same2>n)A|" + _AFTER_PART +
             r"A(?!n))"),
    # الأسبوع المقبل, هذا الأسبوع, نهاية الأسبوع (this week)
    ("week", r"(?:(?P<part>X)m?)?(?:K(?P<dir>[PFC])|(?P<this>h)K|" + _AFTER_PART + "K)"),
    # الشهر الجاري, هذا الشهر, أوائل الشهر نفسه, منتصف الشهر (this month)
    ("month_relative", r"(?:(?P<part>X)m?)?(?:S(?P<dir>[PFC])|(?P<this>h)S|(?P<same>n)S|"
                       r"S(?P<same2>n)|" + _AFTER_PART + r"S(?!n))"),
    # وفي العام التالي, الشهر السابق, الأسبوع التالي: the period after / before the last dated one
    ("period_next", r"(?P<unit>[AKS])(?P<nth>[GJ])"),
    # اليوم الأول (من الزيارة), في يومها الثاني, اليوم الأخير: a day of the last dated span
    # اليوم التالي, صباح اليوم السابق: the day after / before the last dated day
    ("nth_day", r"(?P<pre>T?)(?:(?P<rel>R)|(?P<own>y))(?P<nth>[OLGJ])"),
    # اليوم عينه, في نفس اليوم: the day of the previous dated day
    ("same_day", r"(?P<pre>T?)(?:(?P<rel>R)n|n(?P<rel2>R))"),
    # اليوم, مساء يوم أمس الخميس, بعد غد الإثنين, في وقت سابق اليوم (not "اليوم التالي")
    # أمس /الخميس/, اليوم (الأحد), يومه الأربعاء (Moroccan: today, Wednesday)
    ("relative_day", r"(?<![Zn])(?P<pre>T?m?h?u?)(?:(?P<rel>R)|(?P<own>y)(?=[,/(]?W))"
                     r"(?:[,/(]?(?P<wd>W)|(?![OBLGJn]))"),
    # الأربعاء الماضي, صباح الأحد, يومي الاثنين والثلاثاء المقبلين
    ("weekday", r"(?P<pre>T?m?[uU]?)(?P<wds>W(?:,?w?W)*)(?P<dir>[PFC])?"),
    # في 2019, 2020م, بين 2019 و2021
    ("bare_year", r"(?:(?:(?<=[fiv])|(?<=Yw))(?P<year>Y)(?P<era>E)?|(?P<year2>Y)(?P<era2>E))"),
    # منذ بداية الأزمة السورية 2011.  ثورة 2011، (a year after a noun, closing a phrase:
    # checked to be a past year)
    ("noun_year", r"(?<=\|)(?P<year>Y)(?=[.,)])"),
    # الكويت - 16 - 3 (كونا): a day - month dateline (checked to open the text)
    ("dateline_day_month", r"(?<![DY/-])-(?P<day>D)-(?P<month>D)(?=[(.-])"),
)


def _prefixed(name: str, pattern: str) -> str:
    return re.sub(r"\(\?P<(\w+)>", rf"(?P<{name}__\1>", pattern).replace(
        "(?P=", f"(?P={name}__")


# Codes no rule starts with: any other word, sentence punctuation, في, و, إلى, أو. Skipping them
# first makes the grammar more than twice as fast (most of a document's codes are "|").
_NO_START = "|.fwio"


@lru_cache(maxsize=None)
def grammar() -> re.Pattern:
    """One alternation of every rule; a match's ``lastgroup`` names its rule."""
    rules = "|".join(f"(?P<{name}>{_prefixed(name, pattern)})" for name, pattern in RULES)
    return re.compile(f"(?=[^{re.escape(_NO_START)}])(?:{rules})")


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


def check_handlers(handlers: dict) -> None:
    """Raise unless ``handlers`` has exactly one callable per rule of :data:`RULES`."""
    rules = [name for name, _ in RULES]
    missing = [r for r in rules if not callable(handlers.get(r))]
    extra = sorted(set(handlers) - set(rules))
    if missing or extra or len(set(rules)) != len(rules):
        raise RuntimeError(f"date grammar rules without a handler: {missing}; handlers without "
                           f"a rule: {extra}; rules: {rules}")
