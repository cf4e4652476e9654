"""Dated diplomatic events of one document: triggers -> mentions -> merged event rows."""
from __future__ import annotations

import datetime as dt
import hashlib

from schemas import Event, Sentence, Timex, Token
from waqai.events.actors import gazetteer
from waqai.events.dateline import date_by_dateline, date_same_day
from waqai.events.doc import Doc, analyse, attach_dates
from waqai.events.lexicon import Lexicon, lexicon
from waqai.events.mentions import OWN_DATE, Mention, build_mentions
from waqai.events.offsets import date_by_offset
from waqai.events.merge import (Group, date_of, fold, join_repeated, merge, primary,
                                share_changes, status_of)
from waqai.events.programme import date_by_programme
from waqai.events.references import (begun_by_held_acts, date_by_narrative, date_by_occasion,
                                     date_by_reference, date_by_venue, date_list_items,
                                     date_over_before, date_under_way, extend_by_venue,
                                     parties_by_reference, place_by_holder)
from waqai.events.tree import word_tree
from waqai.events.triggers import find_triggers

VERSION = "0.2.0"
# coded states an event needs: a dated event may name one (a summit hosted by one state, a
# call whose other party is a person the gazetteer does not know) unless its parties are all
# of that one state; an undated one needs two
MIN_STATES_DATED = 1
MIN_STATES_UNDATED = 2


def extractor_version() -> str:
    """Code version plus a digest of the event language data and the gazetteer."""
    return f"events-{VERSION}+{lexicon().version}"


def extract_events(doc_id: str, text: str, published: dt.date | None,
                   sentences: list[Sentence], tokens: list[Token], timexes: list[Timex],
                   use_tree: bool = True) -> list[Event]:
    """One row per real-world diplomatic event reported in ``text``.

    ``sentences``/``tokens`` are the tokenize stage's rows: the words, sentences, lemma
    triggers and, unless ``use_tree`` is off, the dependency tree that attaches dates to
    triggers; ``timexes`` are the document's timex rows (those without a value are ignored).
    """
    lex = lexicon()
    doc = analyse(text, published, sentences, tokens, lex, gazetteer())
    if use_tree:
        doc.tree = word_tree(doc.words, tokens)
    attach_dates(doc, timexes, lex)
    triggers = find_triggers(doc, lex, tokens)
    mentions = [m for m in build_mentions(doc, triggers, lex) if m.status is not None]
    groups = merge(fold(mentions, lex), lex, doc.published)
    date_by_reference(doc, groups, lex)
    date_by_venue(doc, groups, lex)
    date_by_reference(doc, groups, lex)  # again: to events the venue dated ("على هامش زيارة")
    date_under_way(doc, groups, lex)
    date_by_venue(doc, groups, lex)  # again: by the events the links dated ("خلال اجتماع")
    date_by_programme(doc, groups, lex)
    date_by_dateline(doc, groups, lex)  # (the lead act, before the acts told after it)
    date_by_narrative(doc, groups, lex)
    date_same_day(doc, groups)
    date_by_offset(doc, groups)
    date_over_before(doc, groups)
    date_by_reference(doc, groups, lex)  # again: to the acts dated by the report's day
    date_list_items(doc, groups)
    extend_by_venue(doc, groups, lex)
    join_repeated(groups, doc.published)
    parties_by_reference(doc, groups)
    date_by_occasion(doc, groups, lex)  # (between the two sides named)
    begun_by_held_acts(doc, groups, lex)
    place_by_holder(groups, lex)
    share_changes(groups, lex, doc.published)
    version = extractor_version()
    rows = []
    for g in groups:
        row = _row(doc_id, doc, g, lex, version)
        if row is not None:
            rows.append(row)
    return rows


def _row(doc_id: str, doc: Doc, g: Group, lex: Lexicon, version: str):
    codes = list(dict.fromkeys(c for m in g.mentions for c in m.codes if c))
    date = date_of(g)
    if len(set(codes)) < (MIN_STATES_DATED if date else MIN_STATES_UNDATED):
        return None
    head = primary(g)
    if len(set(codes)) == 1 and (any(m.domestic for m in g.mentions) or head.subject is not None
                                 and head.actor1[1] == g.destination):
        return None  # a minister meeting his own deputies, going to a town of his own state
    etype = g.type
    cfg = lex.types[etype]
    t = head.trig
    trig_start, trig_end = doc.words[t.w0].start, doc.words[t.w1 - 1].end
    ev0, ev1 = head.evidence
    evidence_start, evidence_end = doc.words[ev0].start, doc.words[ev1 - 1].end
    a1 = head.actor1 or next((m.actor1 for m in g.mentions if m.actor1), None)
    a2 = head.actor2 or next((m.actor2 for m in g.mentions
                              if m.actor2 and (a1 is None or m.actor2[1] != a1[1])), None)
    if a2 is None or (a1 is not None and a2[1] == a1[1]):
        other = next((c for c in codes if a1 is None or c != a1[1]), None)
        a2 = (None, other) if other else None
    if a1 is None:  # states the event took from others, no party of its own named
        other = next((c for c in codes if a2 is None or c != a2[1]), None)
        a1 = (None, other) if other else None
    location = next((m.location for m in [head] + g.mentions if m.location), None)
    if location is None and cfg["location_is_participant"]:
        location = _participant_place(codes, a1)
    spans = sorted({(doc.words[s].start, doc.words[e - 1].end)
                    for m in g.mentions + [f for m in g.mentions for f in m.folded]
                    for s, e in m.trig.spans})
    return Event(
        event_id=_event_id(doc_id, etype, trig_start, trig_end, head.split),
        doc_id=doc_id,
        sentence_index=doc.sentence_index[doc.sentence_of[t.w0]],
        event_type=etype,
        cameo_code=str(cfg["cameo"][0]),
        plover_category=str(cfg["plover"]),
        status=status_of(g, doc.published),
        actor1_text=a1[0] if a1 else None,
        actor1_country=a1[1] if a1 else None,
        actor2_text=a2[0] if a2 else None,
        actor2_country=a2[1] if a2 else None,
        location_text=location[0] if location else None,
        location_country=location[1] if location else None,
        date_start=date[0] if date else None,
        date_end=date[1] if date else None,
        date_granularity=date[2] if date else None,
        date_text=(date[3] or None) if date else None,
        date_basis=_basis(g) if date else None,
        trigger_text=doc.text[trig_start:trig_end],
        trigger_start=trig_start,
        trigger_end=trig_end,
        evidence_text=doc.text[evidence_start:evidence_end],
        evidence_start=evidence_start,
        evidence_end=evidence_end,
        mentions=[{"start": s, "end": e} for s, e in spans],
        participants=sorted(set(codes)),
        confidence=_confidence(head, g, date is not None),
        extractor_version=version,
    )


def _participant_place(codes: list[str], subject) -> tuple[None, str] | None:
    """The state an event of a type held at one of its parties took place in, when it names no
    place: its only state (a summit one state announces), or the only state besides its
    subject's (a visit to it)."""
    states = set(codes)
    others = states - {subject[1]} if subject else set()
    if len(states) == 1:
        return None, states.pop()
    return (None, others.pop()) if subject and len(others) == 1 else None


def _basis(g: Group) -> str | None:
    """The level that dated the event's date-giving mention (``schemas.enums.DateBasis``)."""
    head = primary(g)
    source = head.date_source if head.span is not None else next(
        (m.date_source for m in g.mentions if m.span is not None), None)
    return "clause" if source == "own" else source


def _event_id(doc_id: str, etype: str, start: int, end: int, split: str | None) -> str:
    """Stable id from the document, type and trigger offsets (and the destination, when one
    trigger names a tour of several visits)."""
    key = f"{doc_id}|{etype}|{start}|{end}" + (f"|{split}" if split else "")
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def _confidence(head: Mention, g: Group, dated: bool) -> float:
    """A rough 0..1 score: explicit trigger, named subject and counterpart, date, support."""
    score = 0.4
    score += 0.1 if not head.trig.lemma_only else 0.0
    score += 0.1 if head.has_agent else 0.0
    score += 0.1 if head.actor2 is not None else 0.0
    score += 0.15 if dated and head.date_source in OWN_DATE else 0.05 if dated else 0.0
    score += min(0.1, 0.05 * (len(g.mentions) - 1))
    return round(min(score, 0.95), 2)
