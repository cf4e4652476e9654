"""Bytes to text: BOMs first, strict UTF-8 next, then charset-normalizer's best guess."""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_ARABIC = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class DecodeError(ValueError):
    """Input that cannot become a document; ``reason`` is a RejectReason."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    return b"\x00" in sample or len(_CONTROL.findall(sample.decode("latin-1"))) > len(sample) // 20


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data``; returns (text, encoding) or raises :class:`DecodeError`."""
    if not data.strip():
        raise DecodeError("empty", "no content")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodeError("undecodable", f"{encoding} BOM but invalid data: {exc}")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise DecodeError("binary", "NUL or control bytes: not a text file")
    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("undecodable", "no text encoding fits these bytes")
    return str(best), best.encoding


def check_text(text: str, max_chars: int) -> None:
    """Reject text that is empty, binary-looking, too long or has no Arabic letters."""
    if not text.strip():
        raise DecodeError("empty", "only whitespace")
    if len(text) > max_chars:
        raise DecodeError("too_large", f"{len(text)} characters > limit {max_chars}")
    if "\x00" in text or len(_CONTROL.findall(text[:4096])) > min(len(text), 4096) // 20:
        raise DecodeError("binary", "control characters: not a text document")
    if not _ARABIC.search(text):
        raise DecodeError("no_arabic", "no Arabic letters in the text")
