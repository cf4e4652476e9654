"""The event extractor's language data (``waqai/data/events/*.yaml``), compiled once.

- ``event_types.yaml``: CAMEO/PLOVER codes and per-type behaviour (every key, defaults filled in).
- ``triggers.yaml`` + ``trigger_context.yaml``: trigger forms and what they require around them.
- ``status_cues.yaml``, ``context.yaml``, ``roles.yaml``, ``durations.yaml``, and the tense cues
  of ``waqai/data/nlp/tense.yaml`` (:func:`waqai.nlp.tense.event_cues`): cue words, read
  through one phrase index whose value is the set of cue categories of a phrase.
- ``exclusions.yaml``: look-alike contexts (sport, companies, press conferences).
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from waqai.data import DATA_DIR
from waqai.events.data_schema import (EXCLUSION_KINDS, NOT_CONTEXT, SCHEMAS, load_event_data,
                                     word_lists)
from waqai.events.words import CUE, FOR, NOUN, PLAIN, VERB, PhraseIndex, index_of
from waqai.nlp.tense import event_cues
from waqai.text.normalise import norm

DATA_FILES = tuple(SCHEMAS)
ACTOR_FILES = ("countries.tsv", "organisations.tsv", "officials.tsv", "titles.yaml",
               "titles_before_state.yaml", "home.yaml")
# cue lists read from each file: its word lists (every other key of these files is a setting)
_CUE_LISTS = {name: word_lists(name) for name in ("status_cues", "context", "roles")}


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One lexicon entry of triggers.yaml (shared by all its forms)."""

    type: str
    pos: str  # noun | verb | adverb
    tense: str | None  # past | present for verbs
    requires: tuple[tuple[str, object], ...]
    subject: str | None  # host | caller | None (initiator)
    generic: bool
    leaves: bool = False  # a bare place object is where the movement starts (غادر)
    several: bool = False  # a dual or plural noun counts its acts: one per counterpart ("اتصالين")
    # the entry listed next for the same form, tried when this one's requirements fail ("دورة"
    # of ministers is a meeting, of heads of state a summit)
    otherwise: TriggerEntry | None = None

    def needs(self, what: str):
        return dict(self.requires).get(what)


@dataclass(frozen=True)
class Lexicon:
    types: dict
    nouns: PhraseIndex[TriggerEntry]
    verbs: PhraseIndex[TriggerEntry]
    lemmas: dict[str, str]
    context_lists: dict[str, frozenset[str]]
    cues: PhraseIndex[frozenset[str]]
    verb_cues: frozenset[str]  # cue lists of verbs: none is read with the article
    exclusion_words: PhraseIndex[frozenset[str]]
    exclusion_phrases: PhraseIndex[frozenset[str]]
    exclusion_window: int
    exclusion_only_for: dict[str, frozenset[str]]  # kind -> the only types it excludes
    lookalikes: frozenset[str]
    not_after: dict[str, frozenset[str]]
    future_verbs: frozenset[str]  # present-tense verbs that the prefix س makes future
    duration_days: PhraseIndex[int]
    programme_days: PhraseIndex[int]  # "اليوم الثاني" -> 2, "اليوم الأخير" -> -1
    running_days: PhraseIndex[int]  # "لليوم الثاني" (on the report's day) -> 2
    programme_next: PhraseIndex[bool]  # "يليه"، "بعد ذلك"
    programme_along: PhraseIndex[bool]  # "بالإضافة إلى" right before an act
    day_words: frozenset[str]
    relatives: frozenset[str]  # relative pronouns (context.yaml), matched as whole words
    feminine_relatives: frozenset[str]  # ... those whose antecedent is feminine
    plural_relatives: frozenset[str]  # ... those whose antecedent is several persons
    feminine_endings: tuple[str, ...]  # endings of a feminine noun besides ة
    clock_before: re.Pattern  # a clock time ending right before a date ("07:04 م 10/03/2026")
    week_words: frozenset[str]
    title_max_words: int
    since_window: int
    period_prefixes: frozenset[str]  # "لعامي 2026-2027": a period covered, no event date
    version: str


def _norms(forms) -> frozenset[str]:
    return frozenset(" ".join(norm(str(f)).split()) for f in forms or ())


def _requirements(requires: dict | None) -> tuple:
    """A trigger entry's requirements as sorted pairs; ``any_of`` holds alternatives."""
    out = []
    for what, arg in (requires or {}).items():
        if what == "any_of":
            arg = tuple(_requirements(option) for option in arg)
        out.append((what, arg))
    return tuple(sorted(out))


def _entries(triggers: dict) -> tuple[list, list, dict]:
    nouns, verbs, lemmas = [], [], {}
    for etype, spec in triggers.items():
        for lemma in spec.get("lemmas", ()):
            lemmas[norm(lemma)] = etype
        for e in spec["entries"]:
            entry = TriggerEntry(etype, e["pos"], e.get("tense"), _requirements(e.get("requires")),
                                 e.get("subject"), bool(e.get("generic")),
                                 bool(e.get("leaves")), bool(e.get("several")))
            target = verbs if e["pos"] == "verb" else nouns
            target += [(f, entry) for f in e["forms"]]
    return _chained(nouns), _chained(verbs), lemmas


def _chained(entries: list[tuple[str, TriggerEntry]]) -> list[tuple[str, TriggerEntry]]:
    """One entry per form: a form listed in several entries gets the first, the others after it
    as what it tries next (``otherwise``), in the order of the file."""
    by_form: dict[str, list[TriggerEntry]] = {}
    for form, entry in entries:
        by_form.setdefault(norm(form), []).append(entry)
    out = []
    for form, listed in by_form.items():
        entry = None
        for e in reversed(listed):
            entry = e if entry is None else dataclasses.replace(e, otherwise=entry)
        out.append((form, entry))
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """All event language data, validated (data_schema.py), loaded and indexed once per process."""
    data = load_event_data()
    nouns, verbs, lemmas = _entries(data["triggers"])
    tense_cues = event_cues()
    cue_lists = {key: data[f][key] for f, keys in _CUE_LISTS.items() for key in keys} | tense_cues
    cue_lists["duration"] = data["durations"]["introducers"]
    cue_lists["ending"] = data["durations"]["ending"]
    cue_lists["begun"] = data["durations"]["begun"]
    cue_lists["arrived"] = data["durations"]["arrived"]
    status = data["status_cues"]
    marks = data["context"]["marks"]
    future_verbs = _norms(f for e in data["triggers"].values() for x in e["entries"]
                          if x.get("tense") == "present" for f in x["forms"])
    future_verbs |= _norms(tense_cues["present_governor"]) | _norms(
        f for f in data["durations"]["introducers"] if " " not in f)
    excl = data["exclusions"]
    digest = hashlib.sha1()  # the event data, the tense words and the gazetteer shape the output
    for path in ([DATA_DIR / "events" / f"{name}.yaml" for name in DATA_FILES]
                 + [DATA_DIR / "actors" / name for name in ACTOR_FILES]
                 + [DATA_DIR / "nlp" / "tense.yaml",
                    DATA_DIR / "tokens" / "future_prefix.yaml"]):
        digest.update(path.read_bytes())
    return Lexicon(
        types=data["event_types"],
        nouns=PhraseIndex(nouns, NOUN),
        verbs=PhraseIndex(verbs, VERB),
        lemmas=lemmas,
        context_lists={k: _norms(v) for k, v in data["trigger_context"].items()},
        cues=index_of(cue_lists, CUE),
        verb_cues=frozenset(data["context"]["verb_lists"]),
        # (a phrase that holds a look-alike word but is none matches as the longer phrase)
        exclusion_words=index_of({k: excl[k] for k in EXCLUSION_KINDS + (NOT_CONTEXT,)}, NOUN),
        exclusion_phrases=index_of({"phrase": excl["phrases"]}, NOUN),
        exclusion_window=int(excl["window"]),
        exclusion_only_for={k: frozenset(v) for k, v in excl.get("only_for", {}).items()},
        lookalikes=_norms(excl["lookalikes"]),
        not_after={norm(k): _norms(v) for k, v in (status.get("not_after") or {}).items()},
        future_verbs=future_verbs,
        duration_days=PhraseIndex(((f, int(n)) for n, forms in data["durations"]["days"].items()
                                   for f in forms), FOR),
        programme_days=PhraseIndex(((f, int(n)) for n, forms in data["programme"]["days"].items()
                                    for f in forms), PLAIN),
        programme_next=PhraseIndex(((f, True) for f in data["programme"]["next"]), PLAIN),
        programme_along=PhraseIndex(((f, True) for f in data["programme"]["along"]), PLAIN),
        running_days=PhraseIndex(((f, int(n)) for n, forms in status["running_day"].items()
                                  for f in forms), PLAIN),
        day_words=_norms(data["durations"]["day_words"]),
        relatives=_norms(data["context"]["relatives"]),
        feminine_relatives=_norms(data["context"]["feminine_relatives"]),
        plural_relatives=_norms(data["context"]["plural_relatives"]),
        feminine_endings=tuple(_norms(marks["feminine_endings"])),
        clock_before=re.compile(r"\d{1,2}:\d{2}\s*(?:(?:%s)\s*)?$" % "|".join(
            re.escape(f) for f in marks["clock_suffixes"])),
        week_words=_norms(data["durations"]["week_words"]),
        title_max_words=int(data["context"]["title_max_words"]),
        since_window=int(data["context"]["since_window"]),
        period_prefixes=_norms(data["context"]["period_prefixes"]),
        version=digest.hexdigest()[:8],
    )
