"""The event data files are loaded through their schemas (waqai/events/data_schema.py).

A misspelt key, a value of the wrong type or a reference to an undeclared event type or word
list fails with the file and the entry named; each case edits a temporary copy of the data.
"""
from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
import yaml

from waqai.data import DataError
from waqai.events.data_schema import (EVENTS_DIR, SCHEMAS, EventType, load_event_data, shown,
                                      validate_file)

EVENT_MODULES = sorted((Path(__file__).resolve().parents[2] / "waqai" / "events").glob("*.py"))


@pytest.mark.parametrize("path", sorted(EVENTS_DIR.iterdir()), ids=lambda p: p.name)
def test_every_data_file_loads_through_its_schema(path):
    validate_file(path)  # raises DataError for a file without a schema or with a bad entry


@pytest.mark.parametrize("name", SCHEMAS)
def test_validated_data_keeps_every_value_of_the_file(name):
    raw = yaml.safe_load((EVENTS_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
    data = load_event_data()[name]
    if name == "event_types":  # every key present, the file's values unchanged
        assert {t: {k: spec[k] for k in raw[t]} for t, spec in data.items()} == raw
        assert all(set(spec) == set(EventType.model_fields) for spec in data.values())
    else:
        assert data == raw


def test_messages_name_the_file_in_the_source_tree():
    assert shown(EVENTS_DIR / "event_types.yaml") == "waqai/data/events/event_types.yaml"


def _load_edited(tmp_path: Path, name: str, old: str, new: str) -> list[str]:
    """The error lines of loading a copy of the data where ``old`` (once) became ``new``."""
    folder = tmp_path / "events"
    shutil.copytree(EVENTS_DIR, folder)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{name} no longer holds {old!r}: update this case"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_event_data(folder)
    return str(err.value).splitlines()


@pytest.mark.parametrize("name,old,new,line", [
    # event types: a flag or a list under a wrong name
    ("event_types.yaml", "  absorbs: [TALKS, MEETING]", "  absorb: [TALKS, MEETING]",
     "PHONE_CALL: unknown key 'absorb'"),
    ("event_types.yaml", "  has_destinations: true", "  has_destination: true",
     "VISIT: unknown key 'has_destination'"),
    ("event_types.yaml", "  folds_into: [VISIT]", "  fold_into: [VISIT]",
     "MEETING: unknown key 'fold_into'"),
    # trigger entries and what they require
    ("triggers.yaml", "      requires: {destination: true}\n      forms: [جولة",
     "      requires: {destinaton: true}\n      forms: [جولة",
     "VISIT.entries[1].requires: unknown key 'destinaton'"),
    ("triggers.yaml", "      generic: true", "      generik: true",
     "MEETING.entries[5]: unknown key 'generik'"),
    ("triggers.yaml", "  lemmas: [قمه]", "  lemma: [قمه]", "SUMMIT: unknown key 'lemma'"),
    ("triggers.yaml", "{person_next: true, destination: true}",
     "{person_nxt: true, destination: true}",
     "VISIT.entries[8].requires.any_of[1]: unknown key 'person_nxt'"),
    # cue files: a list under a wrong name
    ("status_cues.yaml", "\npostponed: [", "\npostpone: [", "unknown key 'postpone'"),
    ("context.yaml", "since_window: 10", "since_windw: 10", "unknown key 'since_windw'"),
    ("roles.yaml", "\nbetween: [", "\nbetwen: [", "unknown key 'betwen'"),
    ("durations.yaml", "week_words:", "weeks_words:", "unknown key 'weeks_words'"),
    ("exclusions.yaml", "\nsport: [", "\nsports: [", "unknown key 'sports'"),
    ("programme.yaml", "\nnext: [", "\nnxt: [", "unknown key 'nxt'"),
])
def test_misspelt_key_fails_with_file_and_entry(tmp_path, name, old, new, line):
    assert f"{tmp_path}/events/{name}: {line}" in _load_edited(tmp_path, name, old, new)


@pytest.mark.parametrize("name,old,new,entry,got", [
    # a quoted flag, a word for a number, a number out of range, a value outside its choices
    ("event_types.yaml", "  announced_is_done: true", '  announced_is_done: "yes"',
     "PHONE_CALL.announced_is_done", "'yes'"),
    ("event_types.yaml", "  max_days: 21", "  max_days: three weeks", "VISIT.max_days",
     "'three weeks'"),
    ("event_types.yaml", "  max_days: 21", "  max_days: 0", "VISIT.max_days", "0"),
    ("event_types.yaml", "  parties_from_reference: all", "  parties_from_reference: everyone",
     "AGREEMENT.parties_from_reference", "'everyone'"),
    ("event_types.yaml", "  types_generic_verbs: sentence_or_next",
     "  types_generic_verbs: next_sentence", "MEETING.types_generic_verbs", "'next_sentence'"),
    ("event_types.yaml", '  cameo: ["057"]', "  cameo: [57]", "AGREEMENT.cameo[0]", "57"),
    ("event_types.yaml", "\nSUMMIT:\n  cameo", "\nsummit:\n  cameo", "summit: key", "'summit'"),
    # trigger entries
    ("triggers.yaml", "    - pos: adverb", "    - pos: adverbial", "PHONE_CALL.entries[2].pos",
     "'adverbial'"),
    ("triggers.yaml", "      subject: host", "      subject: guest", "MEETING.entries[3].subject",
     "'guest'"),
    # cue files: a word where a list belongs, a word where a number belongs
    ("status_cues.yaml", "since_start: [منذ]", "since_start: منذ", "since_start", "'منذ'"),
    ("context.yaml", "since_window: 10", "since_window: six", "since_window", "'six'"),
    ("exclusions.yaml", "window: 8", "window: [8]", "window", "[8]"),
    ("durations.yaml", "  2: [يومين, يومان]", "  two: [يومين, يومان]", "days.two: key", "'two'"),
    ("programme.yaml", "  -1: [", "  last: [", "days.last: key", "'last'"),
])
def test_wrong_value_fails_with_file_and_entry(tmp_path, name, old, new, entry, got):
    lines = _load_edited(tmp_path, name, old, new)
    prefix = f"{tmp_path}/events/{name}: {entry}: "
    assert any(ln.startswith(prefix) and ln.endswith(f"(got {got})") for ln in lines), lines


def test_key_written_twice_fails(tmp_path):
    lines = _load_edited(tmp_path, "event_types.yaml", "\nMEETING:\n",
                         '\nVISIT:\n  cameo: ["042"]\n  plover: CONSULT\nMEETING:\n')
    assert lines[0].startswith(f"{tmp_path}/events/event_types.yaml: line ")
    assert lines[0].endswith("key 'VISIT' written twice")


@pytest.mark.parametrize("name,old,new,line", [
    # behaviour keys naming an undeclared event type
    ("event_types.yaml", "  absorbs: [TALKS, MEETING]", "  absorbs: [TALKS, MEETNG]",
     "event_types.yaml: PHONE_CALL: absorbs names undeclared type 'MEETNG'"),
    ("event_types.yaml", "  folds_into: [VISIT]", "  folds_into: [VISITS]",
     "event_types.yaml: MEETING: folds_into names undeclared type 'VISITS'"),
    ("event_types.yaml", "  folds_into_same_day: [SUMMIT]", "  folds_into_same_day: [CONFERENCE]",
     "event_types.yaml: MEETING: folds_into_same_day names undeclared type 'CONFERENCE'"),
    ("event_types.yaml", "  dated_by: [VISIT, MEETING, TALKS, SUMMIT]",
     "  dated_by: [VISIT, MEETING, TALK, SUMMIT]",
     "event_types.yaml: AGREEMENT: dated_by names undeclared type 'TALK'"),
    ("event_types.yaml", "  held_within: [TALKS, VISIT]", "  held_within: [TALKS, TRIP]",
     "event_types.yaml: MEETING: held_within names undeclared type 'TRIP'"),
    ("event_types.yaml", "  dated_by_venue: [AGREEMENT,", "  dated_by_venue: [TREATY,",
     "event_types.yaml: VISIT: dated_by_venue names undeclared type 'TREATY'"),
    # a look-alike kind limited to an undeclared type, or no kind at all
    ("exclusions.yaml", "  private: [VISIT]", "  private: [VISITS]",
     "exclusions.yaml: only_for: private names undeclared type 'VISITS'"),
    ("exclusions.yaml", "  private: [VISIT]", "  privat: [VISIT]",
     "exclusions.yaml: only_for: 'privat' is no kind of look-alike context"),
    # triggers of an undeclared type; a required word list that trigger_context.yaml lacks
    ("triggers.yaml", "\nSUMMIT:\n", "\nSUMMITS:\n",
     "triggers.yaml: SUMMITS: undeclared type (not in event_types.yaml)"),
    ("trigger_context.yaml", "\nguest: [", "\nguests: [",
     "triggers.yaml: VISIT.entries[8]: requires.any_of[0].after names 'guest', no list of "
     "trigger_context.yaml"),
    ("triggers.yaml", "{after_or_place: summit_qualifiers}", "{after_or_place: summit_qualifier}",
     "triggers.yaml: SUMMIT.entries[1]: requires.any_of[0].after_or_place names 'summit_qualifier', no list "
     "of trigger_context.yaml"),
    ("triggers.yaml", "{before: call_governors}", "{before: call_governor}",
     "triggers.yaml: PHONE_CALL.entries[1]: requires.before names 'call_governor', no list of "
     "trigger_context.yaml"),
    # a list of verbs that no cue file holds
    ("context.yaml", "verb_lists: [reporting_verbs,", "verb_lists: [reporting_verb,",
     "context.yaml: verb_lists: 'reporting_verb' is no word list of status_cues.yaml, "
     "context.yaml or roles.yaml"),
])
def test_reference_to_undeclared_name_fails(tmp_path, name, old, new, line):
    assert f"{tmp_path}/events/{line}" in _load_edited(tmp_path, name, old, new)


def _string_constants(path: Path) -> set[str]:
    return {n.value for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(n, ast.Constant) and isinstance(n.value, str)}


@pytest.mark.parametrize("path", EVENT_MODULES, ids=lambda p: p.name)
def test_no_python_branch_on_a_type_name(path):
    types = set(load_event_data()["event_types"])
    assert not _string_constants(path) & types


def test_every_type_key_is_read_by_the_extractor():
    read = set().union(*(_string_constants(p) for p in EVENT_MODULES))
    assert set(EventType.model_fields) - read == set()
