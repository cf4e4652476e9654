"""Schemas of the event data files (``waqai/data/events/*.yaml``), checked when they are loaded.

Each file has a pydantic model that forbids unknown keys and checks value types strictly (a
quoted "true" is no boolean), and the values that name event types or word lists must name
declared ones. A bad file raises :class:`waqai.data.DataError` naming the file and the entry:
``waqai/data/events/event_types.yaml: VISIT: unknown key 'absorb'``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError

from waqai.data import DATA_DIR, DataError, Forms, StrictData

EVENTS_DIR = DATA_DIR / "events"

TypeName = Annotated[str, Field(pattern=r"^[A-Z][A-Z_]*$")]
TypeList = list[TypeName]


class _Strict(StrictData):
    model_config = ConfigDict(populate_by_name=True)


class EventType(_Strict):
    """One entry of event_types.yaml; the file's header comment says what each key does."""

    cameo: Annotated[list[Annotated[str, Field(pattern=r"^\d{3,4}$")]], Field(min_length=1)]
    plover: Annotated[str, Field(pattern=r"^[A-Z_]+$")]
    max_days: Annotated[int, Field(ge=1)] = 1
    absorbs: TypeList = []
    location_is_participant: bool = False
    topic_is_participant: bool = False
    one_per_counterpart: bool = False
    multilateral: bool = False
    location_distinguishes: bool = False
    announced_is_done: bool = False
    has_destinations: bool = False
    place_is_object: bool = False
    subject_follows_noun: bool = False
    from_party_initiates: bool = False
    one_act_across_parties: bool = False
    names_means: bool = False
    one_per_visitor: bool = False
    types_generic_verbs: Literal["sentence_or_next", "sentence"] | None = None
    folds_into: TypeList = []
    folds_into_same_day: TypeList = []
    attends: TypeList = []
    holds_its_aims: bool = False
    dated_by: TypeList = []
    parties_from_reference: Literal["all", "subject"] | None = None
    held_within: TypeList = []
    dated_by_venue: TypeList = []
    extended_by_venue: TypeList = []
    dated_by_occasion: TypeList = []
    occasion_day_by: TypeList = []
    located_by: TypeList = []
    welcomes: TypeList = []


# the keys of an event type whose values name other event types
TYPE_REFERENCES = tuple(name for name, f in EventType.model_fields.items()
                        if f.annotation == TypeList)


class Requires(_Strict):
    """What a trigger entry requires around it: flags, or the name of a word list."""

    destination: bool | None = None
    before: str | None = None
    after: str | None = None
    after_or_place: str | None = None
    after_next: str | None = None
    not_after: str | None = None
    not_before: str | None = None
    with_: bool | None = Field(None, alias="with")
    with_next: bool | None = None
    person_next: bool | None = None
    joint_subject: bool | None = None
    about_state: bool | None = None
    any_of: Annotated[list[Requires], Field(min_length=2)] | None = None


# the requirements whose value names a list of trigger_context.yaml
WORD_LIST_REQUIREMENTS = tuple(name for name, f in Requires.model_fields.items()
                               if f.annotation == str | None)


class TriggerEntry(_Strict):
    pos: Literal["noun", "verb", "adverb"]
    tense: Literal["past", "present"] | None = None
    forms: Forms
    requires: Requires | None = None
    subject: Literal["host", "caller"] | None = None
    generic: bool | None = None
    leaves: bool | None = None
    several: bool | None = None


class TypeTriggers(_Strict):
    lemmas: list[str] = []
    entries: Annotated[list[TriggerEntry], Field(min_length=1)]


class StatusCues(_Strict):
    cancelled: Forms
    withdrawn: Forms
    postponed: Forms
    cancelled_predicates: Forms
    postponed_predicates: Forms
    changed_before: Forms
    not_after: dict[str, Forms] = {}
    event_adjectives: Forms
    continuing: Forms
    since_start: Forms
    running_day: dict[Annotated[int, Field(ge=2)], Forms]
    ongoing_adverbs: Forms
    ongoing_adjectives: Forms
    governor_nouns: Forms
    purpose: Forms


class Marks(_Strict):
    """Parts of words, not cue words (context.yaml ``marks``)."""

    feminine_endings: Forms
    clock_suffixes: Forms


class Context(_Strict):
    reporting_verbs: Forms
    reporting_nouns: Forms
    postposed_reports: Forms
    reported_starts: Forms
    date_blockers: Forms
    period_prefixes: Forms
    content_verbs: Forms
    day_parts: Forms
    since: Forms
    since_window: Annotated[int, Field(ge=0)]
    new_date: Forms
    instead: Forms
    sequence: Forms
    fronting: Forms
    two_days: Forms
    relatives: Forms
    feminine_relatives: Forms
    plural_relatives: Forms
    distinct: Forms
    separate: Forms
    event_links: Forms
    after_links: Forms
    time_clauses: Forms
    event_pronoun_links: Forms
    within_pronouns: Forms
    subject_links: Forms
    link_fillers: Forms
    resumptives: Forms
    ordinals: Forms
    item_openers: Forms
    demonstratives: Forms
    preparatory: Forms
    aim_nouns: Forms
    continuations: Forms
    series: Forms
    series_counterparts: Forms
    also: Forms
    arrival_links: Forms
    arrival_places: Forms
    frames: Forms
    statement_came: Forms
    means: Forms
    time_adverbs: Forms
    vague_past: Forms
    same_day: Forms
    undated_day_parts: Forms
    then_words: Forms
    simultaneous: Forms
    just_before: Forms
    copulas: Forms
    pluperfect: Forms
    verb_lists: Annotated[list[str], Field(min_length=1)]
    title_max_words: Annotated[int, Field(ge=1)]
    marks: Marks


class Roles(_Strict):
    to: Forms
    to_pronouns: Forms
    with_: Forms = Field(alias="with")
    each_of: Forms
    portfolios: Forms
    between: Forms
    from_: Forms = Field(alias="from")
    in_: Forms = Field(alias="in")
    place_nouns: Forms
    buildings: Forms
    anaphoric_places: Forms
    pair_anaphors: Forms
    topic: Forms
    topic_end: Forms
    topic_stop: Forms
    about: Forms
    actor_heads: Forms
    capital_nouns: Forms
    honorifics: Forms
    member_heads: Forms
    led_by_subject: Forms
    invitation: Forms


class Durations(_Strict):
    introducers: Forms
    ending: Forms
    begun: Forms
    arrived: Forms
    day_words: Forms
    week_words: Forms
    days: dict[Annotated[int, Field(ge=1)], Forms]


class Exclusions(_Strict):
    window: Annotated[int, Field(ge=0)]
    only_for: dict[str, TypeList] = {}
    phrases: Forms
    lookalikes: Forms
    not_contexts: Forms
    # the look-alike context kinds (a trigger near one of their words is no event)
    sport: Forms
    company: Forms
    culture: Forms
    domestic: Forms
    private: Forms
    vessels: Forms


NOT_CONTEXT = "not_contexts"  # phrases holding a look-alike word that are none
EXCLUSION_KINDS = tuple(name for name in Exclusions.model_fields
                        if name not in ("window", "only_for", "phrases", "lookalikes",
                                        NOT_CONTEXT))


class Programme(_Strict):
    days: dict[int, Forms]  # day of the event counted from 1; -1 is its last day
    next: Forms
    along: Forms


class EventTypes(RootModel[dict[TypeName, EventType]]):
    pass


class Triggers(RootModel[dict[TypeName, TypeTriggers]]):
    pass


class TriggerContext(RootModel[dict[str, Forms]]):
    pass


# every file of waqai/data/events/ (without .yaml) and its schema, in loading order
SCHEMAS: dict[str, type[BaseModel]] = {
    "event_types": EventTypes,
    "triggers": Triggers,
    "trigger_context": TriggerContext,
    "status_cues": StatusCues,
    "context": Context,
    "roles": Roles,
    "durations": Durations,
    "exclusions": Exclusions,
    "programme": Programme,
}


def word_lists(name: str) -> tuple[str, ...]:
    """The keys of a data file whose values are word lists (its other keys are settings)."""
    return tuple(f.alias or key for key, f in SCHEMAS[name].model_fields.items()
                 if f.annotation == list[str])


def shown(path: Path) -> str:
    """``path`` as a message names it: relative to the source tree when inside it."""
    try:
        return str(path.relative_to(DATA_DIR.parents[1]))
    except ValueError:
        return str(path)


def _where(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else f".{part}" if out else str(part)
    return out


def _message(where: str, errors: list[dict]) -> str:
    lines = []
    for e in errors:
        loc = tuple(e["loc"])
        if e["type"] == "extra_forbidden":
            entry = _where(loc[:-1])
            lines.append(f"{where}: {entry + ': ' if entry else ''}unknown key {loc[-1]!r}")
        else:
            key = loc[-1:] == ("[key]",)  # a mapping key of the wrong form
            entry = _where(loc[:-1] if key else loc) + (": key" if key else "")
            lines.append(f"{where}: {entry + ': ' if entry else ''}{e['msg'].lower()}"
                         + ("" if e["type"] == "missing" else f" (got {e['input']!r})"))
    return "\n".join(lines)


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that rejects a key written twice in one mapping (the last would win)."""

    def construct_mapping(self, node, deep=False):
        keys = [self.construct_object(k, deep=True) for k, _ in node.value]
        twice = sorted({str(k) for k in keys if keys.count(k) > 1})
        if twice:
            raise DataError(f"line {node.start_mark.line + 1}: key {twice[0]!r} written twice")
        return super().construct_mapping(node, deep=deep)


def validate_file(path: Path) -> BaseModel:
    """The validated content of one event data file (its schema is chosen by its name)."""
    schema = SCHEMAS.get(path.stem) if path.suffix == ".yaml" else None
    if schema is None:
        raise DataError(f"{shown(path)}: no schema for this file (data_schema.SCHEMAS)")
    if not path.exists():
        raise DataError(f"{shown(path)}: missing")
    try:
        with path.open(encoding="utf-8") as fh:
            raw = yaml.load(fh, Loader=_UniqueKeyLoader)  # noqa: S506 (a SafeLoader)
        return schema.model_validate(raw)
    except ValidationError as err:
        raise DataError(_message(shown(path), err.errors(include_url=False))) from None
    except (DataError, yaml.YAMLError) as err:
        raise DataError(f"{shown(path)}: {err}") from None


def _named_lists(requires: Requires | None, where: str):
    """(key path, list name) of each word list that a trigger entry's requirements name."""
    if requires is None:
        return
    for key in WORD_LIST_REQUIREMENTS:
        if getattr(requires, key) is not None:
            yield f"{where}.{key}", getattr(requires, key)
    for i, option in enumerate(requires.any_of or ()):
        yield from _named_lists(option, f"{where}.any_of[{i}]")


def _check_references(models: dict[str, BaseModel], directory: Path) -> None:
    """Event types and word lists named in the files must be declared."""
    types = models["event_types"].root
    lists = models["trigger_context"].root
    bad = []
    for etype, spec in types.items():
        for key in TYPE_REFERENCES:
            bad += [f"event_types.yaml: {etype}: {key} names undeclared type {t!r}"
                    for t in getattr(spec, key) if t not in types]
    for kind, listed in models["exclusions"].only_for.items():
        if kind not in EXCLUSION_KINDS:
            bad.append(f"exclusions.yaml: only_for: {kind!r} is no kind of look-alike context")
        bad += [f"exclusions.yaml: only_for: {kind} names undeclared type {t!r}"
                for t in listed if t not in types]
    for etype, spec in models["triggers"].root.items():
        if etype not in types:
            bad.append(f"triggers.yaml: {etype}: undeclared type (not in event_types.yaml)")
        for k, entry in enumerate(spec.entries):
            bad += [f"triggers.yaml: {etype}.entries[{k}]: {where} names {name!r}, no list of "
                    f"trigger_context.yaml"
                    for where, name in _named_lists(entry.requires, "requires")
                    if name not in lists]
    cue_lists = {name for file in ("status_cues", "context", "roles") for name in word_lists(file)}
    bad += [f"context.yaml: verb_lists: {name!r} is no word list of status_cues.yaml, "
            f"context.yaml or roles.yaml" for name in models["context"].verb_lists
            if name not in cue_lists]
    if bad:
        raise DataError("\n".join(f"{shown(directory)}/{line}" for line in bad))


def load_event_data(directory: Path = EVENTS_DIR) -> dict[str, object]:
    """Every event data file of ``directory``, validated, as plain data (file name -> content).

    An event type holds every key of :class:`EventType` (defaults filled in); elsewhere unset
    optional keys are left out, as in the file (a trigger entry's ``requires`` lists its checks).
    """
    models = {name: validate_file(directory / f"{name}.yaml") for name in SCHEMAS}
    _check_references(models, directory)
    return {name: m.model_dump(by_alias=True, exclude_none=name != "event_types")
            for name, m in models.items()}
