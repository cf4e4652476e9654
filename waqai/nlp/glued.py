"""The future prefix glued to its verb ("سيزور"), once for the tokenize stage and the tense cues.

UDPipe's tokenizer may cut the prefix off any word that opens with its letter ("سعادة السفير"
read as س + عادة): :func:`cut_from_noun` tells such a cut from a future verb, and the tokenize
stage keeps those words whole. The letters are data (``tokens/future_prefix.yaml``), validated
on load.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Annotated

from pydantic import Field, ValidationError

from waqai.data import DataError, Forms, StrictData, load_yaml
from waqai.text.normalise import norm

_FILE = "waqai/data/tokens/future_prefix.yaml"  # as error messages name it
Letters = Annotated[list[Annotated[str, Field(min_length=1, max_length=1)]], Field(min_length=1)]


class FuturePrefix(StrictData):
    """The shape of ``tokens/future_prefix.yaml`` (unknown keys are an error); forms
    normalised."""

    prefix: Letters
    imperfect_prefixes: Letters
    not_verbs: Forms


def parse_prefix(raw: object) -> FuturePrefix:
    """The content of the prefix file, validated and normalised; a bad file raises
    :class:`DataError` naming it."""
    try:
        data = FuturePrefix.model_validate(raw)
    except ValidationError as exc:
        raise DataError(f"{_FILE}: {exc}") from None
    return FuturePrefix(**{k: [norm(f) for f in v] for k, v in data.model_dump().items()})


@lru_cache(maxsize=None)
def future_prefix() -> FuturePrefix:
    """The project's future prefix words, loaded once per process."""
    return parse_prefix(load_yaml("tokens/future_prefix.yaml"))


def cut_from_noun(prefix: str, rest: str) -> bool:
    """Whether a word the tokenizer cut into the future prefix and ``rest`` is one word that is
    no verb: ``rest`` cannot open an imperfect verb ("سعادة" = س + عادة), or the whole is a
    word listed as no verb ("سيادة"، "سيرجي")."""
    data = future_prefix()
    return (norm(rest)[:1] not in data.imperfect_prefixes
            or norm(prefix + rest) in data.not_verbs)
