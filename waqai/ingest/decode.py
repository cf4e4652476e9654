"""Bytes to text: BOMs first, strict UTF-8 next, then charset-normalizer's best guess.

JSON Lines are decoded line by line (split on ``\\n`` only), so one bad line costs that line.
"""
from __future__ import annotations

import codecs
import re
from typing import Iterator, NamedTuple

from charset_normalizer import from_bytes

from waqai.ingest.records import Note

# UTF-8's BOM is handled by the UTF-8 path (so a cut final character is mended there too)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
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


class Decoded(NamedTuple):
    text: str
    encoding: str
    notes: tuple[Note, ...] = ()


def _utf8(data: bytes) -> Decoded:
    """Strict UTF-8, except that a sequence cut at the very end is dropped with a note."""
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8):], "utf-8-sig"
    try:
        return Decoded(data.decode("utf-8"), encoding)
    except UnicodeDecodeError as exc:
        if exc.reason != "unexpected end of data" or exc.end != len(data):
            raise
        cut = len(data) - exc.start
        return Decoded(data[:exc.start].decode("utf-8"), encoding,
                       (Note("truncated_char", f"last {cut} byte(s), a cut UTF-8 sequence, "
                                               "dropped"),))


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` or raise :class:`DecodeError`."""
    if not data.strip():
        raise DecodeError("empty", "no content")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError("undecodable", f"{encoding} BOM but invalid data: {exc}")
    try:
        return _utf8(data)
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise DecodeError("binary", "NUL or control bytes: not a text file")
    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("undecodable", "no text encoding fits these bytes")
    return Decoded(str(best), best.encoding)


def decode_lines(data: bytes) -> list[tuple[int, str | DecodeError]]:
    """(line number, text or why it cannot be decoded) for each line of a JSON Lines file.

    Lines end at ``\\n`` only (U+2028 or U+0085 inside a JSON string do not end one). A UTF-8
    file (BOM, or any non-ASCII line that is valid UTF-8) is decoded line by line; a file in
    another encoding, or with a UTF-16/32 BOM, is decoded whole and raises :class:`DecodeError`
    when it cannot be.
    """
    if not data.strip():
        raise DecodeError("empty", "no content")
    if any(data.startswith(bom) for bom, _ in _BOMS) or not _is_utf8(data):
        return list(enumerate(_split(decode_bytes(data).text, "\n"), start=1))
    lines: list[tuple[int, str | DecodeError]] = []
    for number, line in enumerate(_split(data.removeprefix(codecs.BOM_UTF8), b"\n"), start=1):
        try:
            lines.append((number, line.decode("utf-8")))
        except UnicodeDecodeError as exc:
            lines.append((number, DecodeError("undecodable", f"invalid UTF-8 at byte {exc.start} "
                                                             f"of the line: {exc.reason}")))
    return lines


def _split(content, newline):
    """Lines of ``content`` (str or bytes) without their ``newline`` or a ``\\r`` before it."""
    lines = content.split(newline)
    if not lines[-1]:
        lines.pop()  # the newline that ends the last line
    cr = "\r" if isinstance(content, str) else b"\r"
    return [line.removesuffix(cr) for line in lines]


def _is_utf8(data: bytes) -> bool:
    """ASCII, or valid UTF-8 on at least one line that is not ASCII."""
    for line in data.split(b"\n"):
        if not line.isascii():
            try:
                line.decode("utf-8")
                return True
            except UnicodeDecodeError:
                continue
    return data.isascii()


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
