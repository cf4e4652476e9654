"""The language data behind the dates normaliser: month systems and lexicon files."""
from __future__ import annotations

import pytest

from waqai.data import DataError, load_yaml, surface_index
from waqai.dates.months import month_index, month_systems
from waqai.dates.lexicon import lexicon, trie_regex
from waqai.text.normalise import norm

SYSTEMS = [s.name for s in month_systems()]


def test_every_required_system_is_there():
    assert {"egyptian", "levantine", "maghrebi", "libyan", "hijri"} <= set(SYSTEMS)


@pytest.mark.parametrize("name", SYSTEMS)
def test_system_has_twelve_months_and_no_form_twice(name):
    system = next(s for s in month_systems() if s.name == name)
    raw = load_yaml(f"months/{name}.yaml")
    index = surface_index(raw["months"], name)  # raises DataError on a repeated form
    assert sorted(set(index.values())) == list(range(1, 13))
    assert sorted(system.months) == list(range(1, 13))
    for level in ("weak", "ambiguous"):
        for form in raw.get(level) or []:
            assert norm(form) in index, f"{level} form {form} is not a month of {name}"


def test_surface_index_rejects_a_repeated_form():
    with pytest.raises(DataError):
        surface_index({1: ["أكتوبر"], 10: ["اكتوبر"]}, "test")


@pytest.mark.parametrize("form, number, calendar", [
    ("اكتوبر", 10, "gregorian"),  # Egyptian and Maghrebi: the lower priority number wins
    ("يناير", 1, "gregorian"),
    ("دجنبر", 12, "maghrebi"),
    ("تشرين الاول", 10, "levantine"),
    ("اي النار", 1, "libyan"),
    ("ذو الحجه", 12, "hijri"),
])
def test_shared_and_system_forms_resolve_deterministically(form, number, calendar):
    month = month_index()[form]
    assert (month.number, month.label) == (number, calendar)


def test_a_form_weak_in_any_system_stays_weak_when_merged():
    assert month_index()["مارس"].strength == "weak"
    assert month_index()["ناصر"].strength == "ambiguous"


def test_lexicon_forms_are_normalised_and_unique_across_kinds():
    entries = lexicon().entries
    assert all(form == " ".join(norm(form).split()) for form in entries)
    assert entries["الاحد"].value == 6 and entries["الاثنين"].value == 0


@pytest.mark.parametrize("forms, text, found", [
    (["ماي", "مايو"], "في مايو", "مايو"),
    (["امس", "اول امس"], "اول  امس", "اول  امس"),
])
def test_trie_regex_prefers_longer_forms(forms, text, found):
    import re
    assert re.search(trie_regex(forms) + r"(?!\w)", text).group() == found


def _counts_raw():
    import copy
    return copy.deepcopy(load_yaml("dates/counts.yaml"))


def test_counts_data_has_every_number_word_from_two_to_nineteen_and_the_tens():
    from waqai.dates.counts import counts_data
    data = counts_data()
    assert sorted(data.numbers) == list(range(2, 20)) + list(range(20, 101, 10))
    assert {"day", "week", "month", "year"} <= set(data.units)


@pytest.mark.parametrize("spoil", [
    lambda raw: raw.update(extra=[1]),  # unknown top-level key
    lambda raw: raw["units"]["day"].update(hours=24),  # unknown unit key
    lambda raw: raw["units"]["day"].update(months=1),  # both days and months
    lambda raw: raw["units"]["week"].update(granularity="fortnight"),
    lambda raw: raw["directions"].pop("after"),
])
def test_counts_schema_rejects_malformed_data(spoil):
    from pydantic import ValidationError

    from waqai.dates.counts import CountsData
    raw = _counts_raw()
    spoil(raw)
    with pytest.raises(ValidationError):
        CountsData.model_validate(raw)


def test_fraction_keys_must_be_month_ranges():
    from waqai.dates.lexicon import _months
    assert _months("10-12") == (10, 12)
    for bad in ("12-10", "0-3", "q1"):
        with pytest.raises(DataError):
            _months(bad)
