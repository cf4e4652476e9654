"""The future prefix glued to its verb (``waqai/data/tokens/future_prefix.yaml``): its schema
and which cut words it keeps whole (the tokenize stage's check; our own words)."""
from __future__ import annotations

import pytest
import yaml

from waqai.data import DATA_DIR, DataError
from waqai.nlp.glued import cut_from_noun, future_prefix, parse_prefix

PREFIX_FILE = DATA_DIR / "tokens" / "future_prefix.yaml"


@pytest.mark.parametrize("old,new,named", [
    ("\nnot_verbs: [", "\nnot_verb: [", "not_verb"),  # a key under a wrong name
    ("\nprefix: [س]", "\nprefix: [سوف]", "prefix"),  # a prefix is one letter
    ("\nimperfect_prefixes: [ي, ت, ن, أ]", "\nimperfect_prefixes: []", "imperfect_prefixes"),
])
def test_a_bad_prefix_file_fails_naming_the_file(old, new, named):
    text = PREFIX_FILE.read_text(encoding="utf-8")
    assert old in text
    with pytest.raises(DataError, match="waqai/data/tokens/future_prefix.yaml") as err:
        parse_prefix(yaml.safe_load(text.replace(old, new, 1)))
    assert named in str(err.value)


def test_the_shipped_file_loads():
    assert parse_prefix(yaml.safe_load(PREFIX_FILE.read_text(encoding="utf-8"))) == future_prefix()


@pytest.mark.parametrize("prefix,rest,one_word", [
    # no imperfect prefix after the cut: a noun or a name
    ("س", "عادة", True), ("س", "بل", True), ("س", "عود", True), ("س", "لام", True),
    # an imperfect prefix after the cut, but a word listed as no verb
    ("س", "يادة", True), ("س", "يرجي", True), ("س", "ياسة", True),
    # future verbs
    ("س", "يزور", False), ("س", "تعقد", False), ("س", "نواصل", False), ("س", "أزور", False),
])
def test_cut_from_noun(prefix, rest, one_word):
    assert cut_from_noun(prefix, rest) is one_word
