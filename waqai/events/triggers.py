"""Trigger detection: the words that name a visit, meeting, call, talks, summit or agreement.

Surface forms come from ``triggers.yaml`` (nominal and verbal, matched with clitics stripped);
a UDPipe lemma listed there catches an inflection the lists miss. Entries may require context
(a destination after "وصل", a signed object after "وقع", "مع" after "بحث"); sport and company
contexts and press conferences are look-alikes and dropped. Triggers of one phrase are combined
("توقيع مذكرتي تفاهم" is one agreement; "مباحثات هاتفية" a call, "اجتماعات ... القمة" a summit).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from schemas import Token
from waqai.events.data_schema import NOT_CONTEXT
from waqai.events.doc import CLAUSE_PUNCT, COMMAS, Doc
from waqai.events.lexicon import Lexicon, TriggerEntry
from waqai.events.words import ARTICLE, Variant, stems_of, variants
from waqai.text.normalise import norm

_BEFORE_WINDOW = 6  # in words, a party counting as one
_AFTER_WINDOW = 12
_WITH_NEXT_WINDOW = 3  # "جلسة عمل مغلقة مع"
_AFTER_NEXT_WINDOW = 6  # words of a noun's own phrase after it (no clause punctuation)
_ROUND_ADJECTIVES = 2  # words between a round's filler noun and من ("جولة جديدة من")
_DEST_WINDOW = 30
_AIRPORT_NAME = 3  # words of an airport's name after "مطار" ("مطار الملكة علياء الدولي")
_PERSON_NAME = 3  # words of a name after a person's title ("الرئيس النيجيري محمدو بوهاري")
_ITEM_DATE_REACH = 6  # words from an ordinal after "أما" to its date ("فعقدت في نيويورك في")
ABOUT_REACH = 2  # words (a party counting as one) from an about word to the state it names
_OBJECT_WINDOW = 6  # words (a party counting as one) from a visit verb to its object
_BEGUN_GAP = 1  # words (an adjective) between a movement noun and a verb of beginning its start
_PHRASE_GAP = 4  # words between two triggers of one phrase (a party counting as one)
_CLAUSE_BREAKS = CLAUSE_PUNCT - COMMAS  # commas aside: "تشاور ...، أمس، في اتصال"
_MEANS_REACH = 8  # words from a verb to the noun of its means (a party or date counting as one)
_LEMMA_STEM = 3  # letters a surface stem must share with a UDPipe lemma


@dataclass(slots=True)
class Trigger:
    type: str
    w0: int
    w1: int
    entry: TriggerEntry
    variant: Variant
    spans: list[tuple[int, int]] = field(default_factory=list)  # all parts, head first
    lemma_only: bool = False
    lead: Variant | None = None  # clitics of the phrase's first part when the head is not it
    stands_for: "Trigger | None" = None  # the event noun an ordinal item stands for (its list)
    day_of: bool = False  # named after a programme day ("اليوم الثاني للزيارة"): one day of it

    @property
    def pos(self) -> str:
        return self.entry.pos

    @property
    def definite(self) -> bool:
        """Names an event already known: "الزيارة"، "زيارته"، a phrase listed with its article
        ("الاتصال الهاتفي")."""
        v = self.lead or self.variant
        return self.entry.pos != "verb" and bool(
            v.article or v.enclitic or v.stem.startswith(ARTICLE))

    @property
    def purpose(self) -> bool:
        """Named as an aim: "لإجراء"، "للقاء"، "ليبدأ"."""
        return self.variant.prep == "ل"

    @property
    def future_prefix(self) -> bool:
        return self.variant.prep == "س"

    @property
    def extent(self) -> tuple[int, int]:
        if len(self.spans) == 1:
            return self.spans[0]
        return min(s for s, _ in self.spans), max(e for _, e in self.spans)


def find_triggers(doc: Doc, lex: Lexicon, tokens: list[Token] | None = None) -> list[Trigger]:
    """Triggers of the document in text order (look-alikes dropped, phrases combined)."""
    found: list[Trigger] = []
    words = doc.words
    verbs, nouns = lex.verbs, lex.nouns
    end = 0  # a phrase matched or excluded covers the words before this
    matched: set[int] = set()  # words a surface form matched, found or not
    for i in doc.candidates:
        if i < end:
            continue
        best = None
        for index in (verbs, nouns):
            m = index.match(words, i)
            if m is not None and (best is None or m.w1 > best.w1):
                best = m
        if best is None or _lookalike(words[i].norm, lex):  # ("فيصل" is no ف + يصل)
            continue
        if best.value.pos == "verb" and best.value.tense:
            doc.verb_tense[i] = best.value.tense
        if _in_organisation(doc, best.w0):  # (nor a trigger by its lemma)
            matched.update(range(best.w0, best.w1))
            continue
        phrase = lex.exclusion_phrases.match(words, i)
        if phrase is not None:  # "مؤتمر صحفي" is no summit
            end = max(phrase.w1, best.w1)
            continue
        trig = _first_satisfied(best, doc, lex, found)
        if trig is not None and not _excluded(trig, doc, lex):
            # a programme day right before its ل or من: "اليوم الثاني للزيارة"، "الثالث من زيارته"
            before = best.w0 - 1 if doc.has(best.w0 - 1, "from") else -1
            trig.day_of = _after_programme_day(doc, lex, best.w0 if trig.purpose else before)
            found.append(trig)
        matched.update(range(best.w0, best.w1))
        end = best.w1
    found += _lemma_triggers(doc, lex, tokens or [], matched)
    found.sort(key=lambda t: t.w0)
    found = _combine(found, doc, lex)
    for t in found:
        _round_of(t, doc, lex)
    rounds = {span for t in found for span in t.spans[1:]}
    found = [t for t in found if (t.w0, t.w1) not in rounds]  # "جولة" of "جولة أولى من محادثات"
    _type_generic(found, doc, lex)
    items = _elided_items(doc, found)
    return sorted(found + items, key=lambda t: t.w0) if items else found


def _first_satisfied(best, doc: Doc, lex: Lexicon, found: list[Trigger]) -> Trigger | None:
    """The trigger of the first entry of the matched form (then those it tries ``otherwise``)
    whose requirements hold, or that names an event told before."""
    entry = best.value
    while entry is not None:
        trig = Trigger(entry.type, best.w0, best.w1, entry, best.variant, [(best.w0, best.w1)])
        if _satisfied(trig, doc, lex) or _names_told(trig, found) or _named_again(trig, doc, found):
            return trig
        entry = entry.otherwise
    return None


def _elided_items(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    """Ordinals that stand for the last event noun before them in their sentence ("وكانت
    الأولى في 28 مارس والثانية في 14 يوليو"): after و or a copula, a date right after them
    (past a preposition), or after an item opener, a date a few words on in their clause ("أما
    الثانية فعقدت في نيويورك في سبتمبر"), each names an event of that noun's type."""
    out = []
    for i in doc.find(0, len(doc.words), "ordinals"):
        j = doc.tags[i].w1
        k = j + 1 if j not in doc.date_at and doc.has(j, "frames") else j
        readings = variants(doc.words[i].norm)
        conj = any(v.conj for v in readings)
        if doc.has(i - 1, "item_openers"):
            k = next((d for d in range(j, min(j + _ITEM_DATE_REACH, len(doc.words)))
                      if d in doc.date_at), -1)
            if k < 0 or any(doc.punct[x] for x in range(j, k + 1)):
                continue
        elif not (conj or doc.has(i - 1, "copulas")):
            continue
        if i in doc.date_at or k not in doc.date_at:
            continue
        s = doc.sentence_of[i]
        nouns = [t for t in found if t.pos == "noun" and t.w1 <= i and doc.sentence_of[t.w0] == s]
        if nouns:
            t = nouns[-1]
            v = next((v for v in readings if v.article and not v.enclitic), readings[-1])
            out.append(Trigger(t.type, i, j, t.entry, v, [(i, j)], stands_for=t))
    return out


def _round_of(t: Trigger, doc: Doc, lex: Lexicon) -> None:
    """A noun trigger named as a round or session of a filler noun before it ("جولة جديدة من
    المباحثات"، "الجولة الثالثة من المفاوضات"، "جلسة مباحثات"): its phrase starts at the
    filler, whose article tells whether the event is a known one, unless the trigger is its
    genitive ("جلسة المباحثات")."""
    w0 = t.extent[0]
    if t.pos != "noun" or w0 == 0:
        return
    k = w0 - 1 if doc.has(w0 - 1, "from") else w0
    s0 = doc.sentence_range(w0)[0]
    for j in range(k - 1, max(k - 2 - _ROUND_ADJECTIVES, s0 - 1), -1):
        filler = lex.cues.match(doc.words, j)
        if filler is not None and "link_fillers" in filler.value and (filler.w1 == k or k < w0):
            t.spans.append((j, filler.w1))
            if k < w0:
                t.lead = filler.variant
            return


def _names_told(t: Trigger, found: list[Trigger]) -> bool:
    """A noun with an owner pronoun, or a verb with an object pronoun, after an event of its
    type told before ("وصل الوزير إلى طهران ... لدى وصوله"، "يوقعان اتفاقا ... وكان وقعه
    الطرفان في أغسطس"): the pronoun stands for what its requirements ask for."""
    return bool(t.variant.enclitic) and any(f.type == t.type for f in found)


def _after_programme_day(doc: Doc, lex: Lexicon, w0: int) -> bool:
    """A programme day ("اليوم الثاني"، programme.yaml days) ends right before word ``w0``."""
    return any((hit := lex.programme_days.match(doc.words, i)) is not None and hit.w1 == w0
               for i in range(max(0, w0 - lex.programme_days.longest), w0))


def _named_again(t: Trigger, doc: Doc, found: list[Trigger]) -> bool:
    """A definite noun right after a link or a demonstrative, or both ("وسيتم التوقيع خلال
    اللجنة المشتركة"، "وتميزت هذه الدورة"، "هذه الدورة ستنعقد بتونس"), names again the event of
    its entry told before ("يترأس الرئيسان اللجنة العليا المشتركة"، "الدورة العاشرة للجنة
    المشتركة"), whose requirements held there."""
    shown = doc.has(t.w0 - 1, "demonstratives")
    link = t.w0 - 2 if shown else t.w0 - 1
    # (a demonstrative alone, not after a preposition: "للمشاركة في هذه الندوة" is the aim of
    # another act, which names the event it aims at again)
    alone = shown and not doc.has(link, "in", "to", "from", "with", "about")
    return (t.pos == "noun" and bool(t.variant.article) and not t.variant.enclitic
            and (alone or doc.has(link, "event_links")) and any(f.entry is t.entry for f in found))


def _in_organisation(doc: Doc, w: int) -> bool:
    """Word ``w`` is inside an organisation's name ("منظمة معاهدة الأمن الجماعي"، "منظمة المؤتمر
    الإسلامي"): no event."""
    pk = doc.party_at.get(w)
    return pk is not None and any(m.kind == "org" and m.w0 <= w < m.w1
                                  for m in doc.parties[pk].mentions)


def _lookalike(form: str, lex: Lexicon) -> bool:
    """A word that only a wrong clitic reading makes a trigger ("وزارة" read as و+زار+ه)."""
    return form in lex.lookalikes or form[:1] in "وف" and form[1:] in lex.lookalikes


def forms_near(doc: Doc, lo: int, hi: int, forms: frozenset[str]) -> bool:
    """Whether a word of ``[lo, hi)`` (same sentence) is one of ``forms`` after clitics."""
    return any(not forms.isdisjoint(stems_of(doc.words[k].norm))
               for k in range(max(lo, 0), min(hi, len(doc.words))))


def _satisfied(t: Trigger, doc: Doc, lex: Lexicon) -> bool:
    return all(_holds(what, arg, t, doc, lex) for what, arg in t.entry.requires)


def _holds(what: str, arg, t: Trigger, doc: Doc, lex: Lexicon) -> bool:
    """Whether one requirement of triggers.yaml holds around the trigger."""
    s0, s1 = doc.sentence_range(t.w0)
    if what == "any_of":
        return any(all(_holds(w, a, t, doc, lex) for w, a in option) for option in arg)
    if what == "destination":
        return destination(t, doc, lex, min(s1, t.w1 + _DEST_WINDOW)) is not None
    if what == "before":
        return forms_near(doc, doc.back(t.w0, _BEFORE_WINDOW, s0), t.w0, lex.context_lists[arg])
    if what == "after":  # in the trigger's clause: not past "أن" ("فتوقع ... أن تركز على")
        hi = doc.ahead(t.w1, _AFTER_WINDOW, s1)
        hi = next(iter(doc.find(t.w1, hi, "complementizers")), hi)
        return forms_near(doc, t.w1, hi, lex.context_lists[arg])
    if what == "after_next":  # in the noun's own phrase: "الدورة الـ 35 للمجلس الوزاري"
        hi = doc.ahead(t.w1, _AFTER_NEXT_WINDOW, s1)
        hi = next((k for k in range(t.w1 + 1, hi) if doc.punct[k]), hi)
        return forms_near(doc, t.w1, hi, lex.context_lists[arg])
    if what == "not_after":  # "كان في استقباله" is a welcome, not a meeting
        return t.w0 == s0 or not forms_near(doc, t.w0 - 1, t.w0, lex.context_lists[arg])
    if what == "not_before":  # "جلسة مباحثات" is talks, not a session
        return t.w1 >= s1 or not forms_near(doc, t.w1, t.w1 + 1, lex.context_lists[arg])
    if what == "after_or_place":
        return _place_next(doc, t.w1) or _holds("after", arg, t, doc, lex)
    if what == "with":
        return _with_party(t, doc, min(s1, t.w1 + _AFTER_WINDOW))
    if what == "with_next":  # ("جلسة بقصر الاتحادية": a place after ب is where, not with whom)
        return _with_party(t, doc, min(s1, t.w1 + _WITH_NEXT_WINDOW), places=False)
    if what == "joint_subject":
        return _joint_subject(t, doc, min(s1, t.w1 + _AFTER_WINDOW))
    if what == "about_state":
        return _about_state(doc, t.w1, doc.ahead(t.w1, _AFTER_WINDOW, s1))
    if what == "person_next":  # "حل الرئيس"، "الرئيس قد حل"
        near = [t.w1] + [k for k in (t.w0 - 1, t.w0 - 2) if k >= s0]
        return any(doc.party_at.get(k) is not None and doc.parties[doc.party_at[k]].is_person
                   for k in near)
    raise ValueError(f"unknown trigger requirement {what!r}")


def _joint_subject(t: Trigger, doc: Doc, hi: int) -> bool:
    """The verb's subject, right after it, is persons of two states joined by و, with no comma
    or date between ("بحث السفير الكويتي لدى العراق ومستشار الأمن القومي العراقي ...")."""
    first = doc.party_at.get(t.w1)
    if first is None or not doc.parties[first].is_person or not doc.parties[first].code:
        return False
    for pk in doc.parties_from(t.w1 + 1, hi):
        p = doc.parties[pk]
        if any(doc.punct[k] or k in doc.date_at for k in range(t.w1, p.w0)):
            return False
        if p.is_person and p.first.conj and p.code and p.code != doc.parties[first].code:
            return True
    return False


def _about_state(doc: Doc, lo: int, hi: int) -> bool:
    """A state (a country or its demonym) within ``ABOUT_REACH`` words after an about word in
    ``[lo, hi)`` ("حول ليبيا"، "بشأن الأزمة السودانية")."""
    for i in doc.find(lo, hi, "about"):
        w1 = doc.tags[i].w1
        for k in range(w1, min(hi, doc.ahead(w1, ABOUT_REACH, hi))):
            pk = doc.party_at.get(k)
            if pk is not None and doc.parties[pk].code:
                return True
    return False


def _place_next(doc: Doc, k: int) -> bool:
    """A place party names the event right after its noun, with no preposition ("مؤتمر برلين")."""
    pk = doc.party_at.get(k)
    return pk is not None and doc.parties[pk].is_place and not doc.parties[pk].first.prep


def _with_party(t: Trigger, doc: Doc, hi: int, places: bool = True) -> bool:
    if doc.find(t.w1, hi, "with"):
        return True
    return any(p.first.prep == "ب" and (places or not p.is_place)
               for p in map(doc.parties.__getitem__, doc.parties_from(t.w1, hi)))


def destination(t: Trigger, doc: Doc, lex: Lexicon, hi: int) -> tuple[int, int] | None:
    """Words of the place a movement goes to: "إلى تركيا"، "لمصر"، "يصل الدوحة", "إلى البلاد".

    Returns the word span of the place (a party, or an anaphoric "البلاد") or None.
    """
    k = t.extent[1]
    place_object = lex.types[t.entry.type]["place_is_object"] and not t.entry.leaves
    transitive = place_object and not t.entry.needs("destination")
    while k < hi:
        pk = doc.party_at.get(k)
        if pk is not None:
            p = doc.parties[pk]
            first = _only_subject_between(doc, t.extent[1], p.w0)
            if p.is_place and (p.first.prep == "ل" or _after_to(doc, t.extent[1], p.w0)
                               or first and (t.pos == "verb" and not t.entry.leaves or place_object)
                               or transitive and _bare(doc, p, t.extent[1])
                               or t.pos == "noun" and (_in_right_after(doc, t.extent[1], p)
                                                       or _begun_at(doc, t.extent[1], p))):
                return p.w0, p.w1
            k = p.w1
            continue
        if doc.has(k, "anaphoric_places") and _after_to(doc, t.extent[1], k):
            return k, doc.tags[k].w1
        k += 1
    return _begun_in(doc, t) if t.pos == "noun" else _relative_destination(t, doc)


def _relative_destination(t: Trigger, doc: Doc) -> tuple[int, int] | None:
    """The place a relative clause holding a movement follows, when a pronoun tells the
    movement's destination ("وأخيرا الكويت، والتي وصل إليها الأمير اليوم")."""
    t0, t1 = t.extent
    relative = doc.ends_at(t0, "relatives")
    if relative is None or not doc.has(t1, "to_pronouns"):
        return None
    pk = doc.party_at.get(relative - 1)
    p = doc.parties[pk] if pk is not None else None
    return (p.w0, p.w1) if p is not None and p.is_place and p.w1 == relative else None


def _begun_in(doc: Doc, t: Trigger) -> tuple[int, int] | None:
    """A place after "في" right before a movement noun that a verb of beginning governs, only
    its subject and date between ("بدأ رئيس الوزراء الصيني، اليوم (الأحد)، في إثيوبيا جولة
    أفريقية"): the tour's first stop."""
    pk = doc.party_at.get(t.extent[0] - 1)
    if pk is None or not doc.parties[pk].is_place:
        return None
    p = doc.parties[pk]
    s0 = doc.sentences[doc.sentence_of[t.w0]][0]
    k = _in_before(doc, p, p.w0 - 1, s0)
    verbs = doc.find(s0, k, "begun") if k is not None else []
    if not verbs or not _only_subject_between(doc, doc.tags[verbs[-1]].w1, k):
        return None
    return p.w0, p.w1


def _in_before(doc: Doc, p, k: int, lo: int) -> int | None:
    """The first word of the "في" that word ``k`` (not before ``lo``) puts before place ``p``,
    or ``k + 1`` when the place carries its own ب ("بإثيوبيا"); None without either."""
    if p.first.prep == "ب":
        return k + 1
    return k if k >= lo and doc.has(k, "in") and doc.tags[k].w1 == k + 1 else None


def _in_right_after(doc: Doc, lo: int, p) -> bool:
    """A place after "في" right after a movement noun, only its date or subject between: the
    tour is in that place ("بدأ جولته أمس في إثيوبيا"; not "جولة مفاوضات في جنيف")."""
    k = p.w0 - 1
    while k >= lo and doc.has(k, "place_nouns"):
        k -= 1
    start = _in_before(doc, p, k, lo)
    return start is not None and (start <= lo or _only_subject_between(doc, lo, start))


def _begun_at(doc: Doc, lo: int, p) -> bool:
    """A place after "ب"/"في" where a verb of beginning right after a movement noun (its
    adjective between) puts the tour's start, only a date between ("بجولة إفريقية بدأها السبت
    بالسنغال وأنجولا"): the tour's first stop."""
    start = _in_before(doc, p, p.w0 - 1, lo)
    verbs = doc.find(lo, start, "begun") if start is not None else []
    return (bool(verbs) and doc.back(verbs[0], _BEGUN_GAP, lo) <= lo
            and not any(doc.punct[k] for k in range(lo, verbs[0] + 1))
            and _only_subject_between(doc, doc.tags[verbs[0]].w1, start))


def _only_subject_between(doc: Doc, lo: int, hi: int) -> bool:
    """Nothing but the subject (a person, with a name the gazetteer may not know), dates, time
    adverbs and place nouns stand between a movement word and a place: "وصل الوزير، محمد ...،
    الأربعاء 30 ديسمبر، موسكو"، "وصل الرئيس النيجيري محمدو بوهاري جنوب أفريقيا"، "وصوله مطار
    باريس"، "حل في وقت سابق بالعاصمة التونسية"."""
    k, name = lo, 0
    while k < hi:
        pk = doc.party_at.get(k)
        if pk is not None and not (doc.parties[pk].is_person
                                   or doc.parties[pk].first.kind == "demonym"):
            return False  # a demonym may qualify a place noun: "بالعاصمة البرتغالية، لشبونة"
        if pk is None and k not in doc.date_at:
            if 0 < name and doc.tags[k] is None and (not doc.punct[k] or name == _PERSON_NAME):
                name, k = name - 1, k + 1  # the person's name, unknown to the gazetteer (in
                continue                   # apposition after a comma: "رئيسة إثيوبيا، ساهلي")
            if not doc.has(k, "place_nouns", "time_adverbs"):
                return False
            k = doc.tags[k].w1
            continue
        name = _PERSON_NAME if pk is not None and doc.parties[pk].is_person else 0
        k = doc.unit_span(k)[1]
    return True


class Stop(NamedTuple):
    """A place of a tour: its words, whether a sequence word comes before it (a later stop),
    and its own date (Date.k), if any: written right after it, or leading it (``led``)."""

    span: tuple[int, int]
    later: bool
    date: int | None = None
    led: bool = False


def destinations(t: Trigger, doc: Doc, lex: Lexicon, hi: int) -> list[Stop]:
    """All places of a tour: the destination, then places joined by و or ثم ("الإمارات ثم قطر
    والبحرين ويختتمها بالكويت"; an adjective of a place between: "قبرص الرومية وإسبانيا"), each
    maybe with its own date ("شملت السعودية في 5 فبراير، والإمارات في 7 فبراير"), or led by
    its own date, the movement word left out ("يتوجه الاثنين إلى تشاد والثلاثاء إلى نيجيريا")."""
    first = destination(t, doc, lex, hi)
    if first is None:
        return []
    out = [Stop(first, False)]
    # where a verb of beginning puts the start ("بجولة بدأها السبت بالسنغال وأنجولا"), the
    # places after the first are later stops
    k, sequential = first[1], bool(doc.find(t.extent[1], first[0], "begun"))
    while k < hi:
        led = _led_stop(doc, k, hi)
        if led is not None:
            date, p = led
            out.append(Stop((p.w0, p.w1), True, date.k, led=True))
            k = p.w1
            continue
        stop_date = _stop_date(doc, k, hi)
        if stop_date is not None:
            out[-1] = out[-1]._replace(date=stop_date.k)
            k = stop_date.w1
        gap = k
        while gap < hi and doc.has(gap, "sequence") and gap - k < 2:
            sequential = True
            gap = doc.tags[gap].w1
        pk = doc.party_at.get(gap)
        if pk is None and gap + 1 < hi and _describes_place(doc, gap):
            pk = doc.party_at.get(gap + 1)  # "قبرص الرومية وإسبانيا"
            if pk is None or not doc.parties[pk].first.conj:
                break
            gap += 1
        if pk is None:
            break
        p = doc.parties[pk]
        if not p.is_place or not (p.first.conj or gap > k or p.first.prep):
            break
        out.append(Stop((p.w0, p.w1), sequential))
        k = p.w1
    return out


def _describes_place(doc: Doc, k: int) -> bool:
    """Word ``k`` may be an adjective of the place before it: a definite word of no cue,
    right after it ("قبرص الرومية")."""
    return (not doc.punct[k] and doc.tags[k] is None and doc.party_at.get(k) is None
            and doc.words[k].norm.startswith(ARTICLE))


def _stop_date(doc: Doc, k: int, hi: int):
    """The date right after a tour's stop, with or without في ("والإمارات في 7 فبراير"); not a
    date joined by و, which leads the next act ("تشاد والثلاثاء إلى نيجيريا")."""
    if k < hi and doc.has(k, "in"):
        k = doc.tags[k].w1
    elif _joined(doc, k):
        return None
    return _date_at(doc, k, hi)


def _led_stop(doc: Doc, k: int, hi: int):
    """A date joined by و (with في or not), then a destination preposition and a place: a
    later stop with its own date ("والثلاثاء إلى نيجيريا"، "وفي نوفمبر إلى الهند");
    (date, place party) or None."""
    if doc.has(k, "fronting"):
        k = doc.tags[k].w1
    elif not _joined(doc, k):
        return None
    date = _date_at(doc, k, hi)
    if date is None:
        return None
    p = next((doc.parties[doc.party_at[j]] for j in range(date.w1, hi) if j in doc.party_at
              and doc.parties[doc.party_at[j]].first.kind != "demonym"), None)
    if p is None or not p.is_place:
        return None
    return (date, p) if p.first.prep == "ل" or _after_to(doc, date.w1, p.w0) else None


def _joined(doc: Doc, k: int) -> bool:
    """Word ``k`` is و + a date ("والثلاثاء")."""
    d = doc.date_at.get(k)
    return (d is not None and doc.words[k].start < doc.dates[d].char_start
            and doc.text[doc.words[k].start] == "و")


def _date_at(doc: Doc, k: int, hi: int):
    """The usable date that starts at word ``k`` and ends by ``hi``, if any."""
    d = doc.date_at.get(k)
    date = None if d is None or d in doc.blocked else doc.dates[d]
    return date if date is not None and date.w0 == k and date.w1 <= hi else None


def _bare(doc: Doc, p, lo: int) -> bool:
    """A place with no preposition: the object of "زار" after its subject ("زار الرئيس مصر"),
    within a few words and in the same clause."""
    if p.first.prep or doc.back(p.w0, _OBJECT_WINDOW, lo) > lo:
        return False
    if doc.find(lo, p.w0, "clause_openers", "reporting_verbs", "complementizers"):
        return False
    return not (p.w0 > lo and doc.has(p.w0 - 1, "in", "from", "with", "between", "topic"))


def _after_to(doc: Doc, lo: int, k: int) -> bool:
    """A destination preposition (or phrase: "شملت كلا من") before word ``k``, with only place
    nouns, demonyms or an airport and its name between ("إلى مطار ماركا بالعاصمة عمان")."""
    ends = {doc.tags[i].w1 for i in doc.find(lo, k, "to")}
    airport = {w for i in doc.find(lo, k, "arrival_places")
               for w in range(i, min(doc.tags[i].w1 + _AIRPORT_NAME, k))}
    j = k - 1
    while j >= lo:
        if j + 1 in ends:
            return True
        pk = doc.party_at.get(j)
        noun = doc.ends_at(j + 1, "place_nouns", reach=2, lo=lo)  # "مدينة"، "إلى ثلاث دول؛ مالي"
        if (noun is not None or j in airport or _capital_adjective(doc, j, lo)
                or pk is not None and doc.parties[pk].first.kind == "demonym"):
            j = (j if noun is None else noun) - 1
            continue
        return False
    return False


def _capital_adjective(doc: Doc, j: int, lo: int) -> bool:
    """Word ``j`` qualifies the capital noun right before it, a demonym the gazetteer does not
    hold ("إلى العاصمة الكونغولية برازافيل"): UDPipe tags it an adjective or hangs it on the
    noun."""
    noun = doc.ends_at(j, "capital_nouns", lo=lo)
    return noun is not None and doc.tree is not None and (
        doc.tree.upos[j] == "ADJ" or doc.tree.head[j] == noun)


def _excluded(t: Trigger, doc: Doc, lex: Lexicon) -> bool:
    """A look-alike context within the exclusion window of the trigger, or of the end of its
    destination ("غادر ... أمير البلاد ... متوجها إلى الولايات المتحدة في زيارة خاصة")."""
    s0, s1 = doc.sentence_range(t.w0)
    if _excluded_in(t, doc, lex, max(s0, t.w0 - lex.exclusion_window),
                    min(s1, t.w1 + lex.exclusion_window)):
        return True
    place = destination(t, doc, lex, min(s1, t.w1 + _DEST_WINDOW)) if t.entry.needs(
        "destination") else None
    return place is not None and _excluded_in(t, doc, lex, place[1],
                                              min(s1, place[1] + lex.exclusion_window))


def _excluded_in(t: Trigger, doc: Doc, lex: Lexicon, lo: int, hi: int) -> bool:
    """A look-alike context of one of the kinds that exclude ``t``'s type in words ``[lo, hi)``
    (a kind without ``only_for``: every type)."""
    index = lex.exclusion_words
    for k, starts in zip(range(lo, hi), index.starting(doc.words[lo:hi])):
        m = index.match(doc.words, k) if starts else None
        if m is not None and any(t.type in lex.exclusion_only_for.get(kind, (t.type,))
                                 for kind in m.value if kind != NOT_CONTEXT):
            return True
    return False


def _lemma_triggers(doc: Doc, lex: Lexicon, tokens: list[Token], matched: set[int]):
    """Triggers by UDPipe lemma where no surface form matched (supporting evidence only): a
    form matched and rejected by its requirements ("رئاسة القمة") is not found again."""
    if not tokens or not lex.lemmas:
        return []
    covered = set(matched)
    starts = {w.start: w.i for w in doc.words}
    lemmas = lex.lemmas
    out = []
    for tok in tokens:
        if not tok.lemma or tok.upos not in ("NOUN", "VERB"):
            continue
        lemma = norm(tok.lemma)
        etype = lemmas.get(lemma)
        if etype is None:
            continue
        i = starts.get(tok.start_char)
        if i is None or i in covered:
            continue
        stems = [v for v in variants(doc.words[i].norm) if v.stem[:_LEMMA_STEM] == lemma[:_LEMMA_STEM]]
        if not stems:
            continue
        pos = "verb" if tok.upos == "VERB" else "noun"
        tense = None
        if pos == "verb":
            tense = "past" if "Aspect=Perf" in (tok.feats or "") else "present"
        entry = TriggerEntry(etype, pos, tense, (), None, False)
        trig = Trigger(etype, i, i + 1, entry, stems[0], [(i, i + 1)], lemma_only=True)
        if not _excluded(trig, doc, lex):
            out.append(trig)
            covered.add(i)
    return out


def _combine(found: list[Trigger], doc: Doc, lex: Lexicon) -> list[Trigger]:
    """Merge triggers of one phrase: same type, or a type that absorbs the other."""
    out: list[Trigger] = []
    for t in found:
        prev = out[-1] if out else None
        if prev is not None and _one_phrase(prev, t, doc, lex):
            keep = prev if _absorbs(prev.type, t.type, lex) or _construct(prev, t) else t
            if keep is t:
                out[-1] = t
                t.lead = prev.lead or prev.variant
            keep.spans = sorted(set(prev.spans + t.spans), key=lambda s: (s != (keep.w0, keep.w1), s))
            continue
        out.append(t)
    return out


def _construct(head: Trigger, modifier: Trigger) -> bool:
    """An indefinite noun right after a noun is its genitive: the head names the event
    ("لقاء قمة" is a meeting of leaders, "اجتماع قمة" too)."""
    return (head.pos == modifier.pos == "noun" and modifier.w0 == head.extent[1]
            and not modifier.variant.article and not head.variant.enclitic)


def _means(a: Trigger, b: Trigger, doc: Doc, lex: Lexicon) -> bool:
    """``b`` names how verb ``a``'s act was done, later in its clause ("تشاور الرئيس مع نظيره،
    أمس، في اتصال هاتفي"): a noun of a names_means type after a word of means, no other verb
    between."""
    if not (a.pos == "verb" and b.pos == "noun" and lex.types[b.type]["names_means"]):
        return False
    means = doc.ends_at(b.w0, "means", reach=2)
    lo = a.extent[1]
    return (means is not None and doc.back(b.w0, _MEANS_REACH + 1, lo) == lo
            and not doc.find(lo, means, "clause_openers", "reporting_verbs", "complementizers",
                             "copulas")
            and not (doc.tree and any(doc.tree.upos[k] == "VERB" and k not in doc.party_at
                                      for k in range(lo, means)))
            and not any(set(doc.gap[k]) & _CLAUSE_BREAKS for k in range(lo, b.w0 + 1)))


def _absorbs(a: str, b: str, lex: Lexicon) -> bool:
    return a == b or b in (lex.types[a].get("absorbs") or ())


def _one_phrase(a: Trigger, b: Trigger, doc: Doc, lex: Lexicon) -> bool:
    if doc.sentence_of[a.w0] != doc.sentence_of[b.w0]:
        return False
    if not (_absorbs(a.type, b.type, lex) or _absorbs(b.type, a.type, lex)):
        return False
    adverb = a.pos == "verb" and b.pos == "adverb"  # "يتحادث ترامب السبت هاتفيا مع"
    if (a.entry.generic or b.entry.generic) and not adverb:
        return False
    if _means(a, b, doc, lex):
        return True
    if doc.back(b.w0, _PHRASE_GAP + 1, a.extent[1]) > a.extent[1] or doc.find(
            a.extent[1], b.w0, "since", "sequence", "clause_openers", "simultaneous",
            "preparatory"):
        return False  # "الزيارة عقب زيارة"، "الاجتماع التحضيري للقمة": two events
    if any(doc.punct[k] for k in range(a.extent[1], b.w0 + 1)):
        return False  # "زارها في أيلول، وكانت الزيارة الثالثة في نيسان": two clauses
    if a.type == b.type and lex.types[a.type]["one_act_across_parties"]:
        return True  # "وقع الوزيران ... اتفاقية"
    # two verbs, or a verb and a noun with a party between, name two acts
    return adverb or not any(doc.party_at.get(k) is not None and doc.parties[doc.party_at[k]].code
                             for k in range(a.extent[1], b.w0))


def _type_generic(found: list[Trigger], doc: Doc, lex: Lexicon) -> None:
    """A consultation verb ("بحث مع") takes the type of an event named near it
    (``types_generic_verbs``): a phone call named in its sentence or the next one, the meeting
    or summit its sentence names ("بحثا في اجتماع ..."), else its entry's type (a meeting)."""
    def named(reach: str) -> dict[int, str]:
        return {doc.sentence_of[t.w0]: t.type for t in found if not t.entry.generic
                and lex.types[t.type]["types_generic_verbs"] == reach}
    near, same = named("sentence_or_next"), named("sentence")
    for t in found:
        if t.entry.generic:
            s = doc.sentence_of[t.w0]
            if s in near or s + 1 in near:
                t.type = near.get(s, near.get(s + 1))
            elif s in same:
                t.type = same[s]
