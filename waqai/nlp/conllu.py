"""Read, write and validate CoNLL-U (UD v2) as plain data.

A :class:`Sentence` keeps its comment lines and its rows (10 tab-separated columns each),
including multi-word token ranges, so ``to_conllu(parse(text)) == text`` for well-formed input.
:func:`validate` lists every problem of a file as ``"<file>:<line>: <sent_id>: <problem>"``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

COLUMNS = ("ID", "FORM", "LEMMA", "UPOS", "XPOS", "FEATS", "HEAD", "DEPREL", "DEPS", "MISC")
UPOS = frozenset(
    "ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split()
)
DEPRELS = frozenset(
    "acl advcl advmod amod appos aux case cc ccomp clf compound conj cop csubj dep det "
    "discourse dislocated expl fixed flat goeswith iobj list mark nmod nsubj nummod obj obl "
    "orphan parataxis punct reparandum root vocative xcomp".split()
)
_WORD_ID = re.compile(r"[1-9][0-9]*")
_RANGE_ID = re.compile(r"([1-9][0-9]*)-([1-9][0-9]*)")
_DEPREL = re.compile(r"([a-z]+)(?::[a-z]+)?")
_FEATURE = re.compile(r"[A-Z][A-Za-z0-9]*(?:\[[a-z0-9]+\])?=[A-Z0-9][A-Za-z0-9]*(?:,[A-Z0-9][A-Za-z0-9]*)*")


@dataclass
class Sentence:
    """One sentence: comment lines (without the leading ``# ``) and rows of 10 columns."""

    comments: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    line: int = 0  # 1-based line of the first line of the sentence in its source

    def comment(self, key: str) -> str | None:
        """Value of a ``# key = value`` comment, or None."""
        prefix = f"{key} ="
        for c in self.comments:
            if c.startswith(prefix):
                return c[len(prefix):].strip()
        return None

    @property
    def sent_id(self) -> str | None:
        return self.comment("sent_id")

    @property
    def text(self) -> str | None:
        return self.comment("text")

    @property
    def words(self) -> list[list[str]]:
        """Syntactic words (rows with an integer ID)."""
        return [r for r in self.rows if _WORD_ID.fullmatch(r[0])]

    @property
    def tokens(self) -> list[list[str]]:
        """Surface tokens: multi-word ranges and the words outside any range."""
        out, covered_to = [], 0
        for r in self.rows:
            m = _RANGE_ID.fullmatch(r[0])
            if m:
                out.append(r)
                covered_to = int(m.group(2))
            elif _WORD_ID.fullmatch(r[0]) and int(r[0]) > covered_to:
                out.append(r)
        return out

    def surface_text(self) -> str:
        """The tokens joined by a space unless their MISC has ``SpaceAfter=No`` (no trailing space)."""
        parts = []
        for r in self.tokens:
            parts.append(r[1])
            if not space_after_no(r):
                parts.append(" ")
        return "".join(parts).rstrip(" ")


def space_after_no(row: list[str]) -> bool:
    return "SpaceAfter=No" in row[9].split("|")


def parse(text: str) -> list[Sentence]:
    """Sentences of a CoNLL-U string; rows keep however many columns the line had."""
    sentences: list[Sentence] = []
    current: Sentence | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            if current is not None:
                sentences.append(current)
                current = None
            continue
        if current is None:
            current = Sentence(line=number)
        if line.startswith("#"):
            current.comments.append(line[1:].strip())
        else:
            current.rows.append(line.split("\t"))
    if current is not None:
        sentences.append(current)
    return sentences


def read(path: str | Path) -> list[Sentence]:
    return parse(Path(path).read_text(encoding="utf-8"))


def to_conllu(sentences: Iterable[Sentence]) -> str:
    """Serialise sentences back to CoNLL-U (each followed by one blank line)."""
    out = []
    for s in sentences:
        out.extend(f"# {c}" for c in s.comments)
        out.extend("\t".join(r) for r in s.rows)
        out.append("")
    return "\n".join(out) + "\n" if out else ""


def sentence_problems(s: Sentence) -> list[str]:
    """Problems of one sentence (format, ids, tree, tag sets, text); empty when valid."""
    problems: list[str] = []
    if s.sent_id is None:
        problems.append("missing '# sent_id = ...'")
    if s.text is None:
        problems.append("missing '# text = ...'")
    if not s.rows:
        return problems + ["no token lines"]
    bad_columns = [i for i, r in enumerate(s.rows) if len(r) != 10]
    if bad_columns:
        return problems + [f"row {i + 1} has {len(s.rows[i])} columns, expected 10" for i in bad_columns]

    problems += _id_problems(s.rows)
    words = s.words
    n = len(words)
    for r in s.rows:
        if not r[1] or r[1] != r[1].strip():
            problems.append(f"id {r[0]}: empty or space-padded FORM {r[1]!r}")
    for w in words:
        problems += [f"id {w[0]} {w[1]!r}: {p}" for p in _word_problems(w, n)]
    if not problems:
        problems += _tree_problems(words)
    if s.text is not None and s.tokens and s.surface_text() != s.text:
        problems.append(f"text mismatch: '# text' is {s.text!r} but tokens give {s.surface_text()!r}")
    return problems


def _id_problems(rows: list[list[str]]) -> list[str]:
    """Word ids 1..n in order; ranges a-b (a < b) placed just before word a and not overlapping."""
    problems, expected, range_end = [], 1, 0
    for r in rows:
        if _WORD_ID.fullmatch(r[0]):
            if int(r[0]) != expected:
                problems.append(f"id {r[0]} out of sequence, expected {expected}")
            expected = int(r[0]) + 1
        elif m := _RANGE_ID.fullmatch(r[0]):
            first, last = int(m.group(1)), int(m.group(2))
            if first >= last:
                problems.append(f"range {r[0]} is empty or reversed")
            if first != expected:
                problems.append(f"range {r[0]} does not start at the next word {expected}")
            if first <= range_end:
                problems.append(f"range {r[0]} overlaps the previous range")
            if any(c != "_" for c in r[2:9]):
                problems.append(f"range {r[0]} must have '_' in columns LEMMA..DEPS")
            range_end = last
        else:
            problems.append(f"bad id {r[0]!r} (empty nodes are not used)")
    if range_end >= expected:
        problems.append(f"range ends at {range_end} beyond the last word {expected - 1}")
    return problems


def _word_problems(w: list[str], n: int) -> list[str]:
    problems = []
    if not w[2]:
        problems.append("empty LEMMA")
    if w[3] not in UPOS:
        problems.append(f"UPOS {w[3]!r} not in the UD set")
    m = _DEPREL.fullmatch(w[7])
    if not m or m.group(1) not in DEPRELS:
        problems.append(f"DEPREL {w[7]!r} not a UD v2 relation")
    if w[5] != "_" and not all(_FEATURE.fullmatch(f) for f in w[5].split("|")):
        problems.append(f"malformed FEATS {w[5]!r}")
    if not _WORD_ID.fullmatch(w[6]) and w[6] != "0":
        problems.append(f"HEAD {w[6]!r} is not a number")
    elif not 0 <= int(w[6]) <= n:
        problems.append(f"HEAD {w[6]} outside 0..{n}")
    elif w[6] == w[0]:
        problems.append("word is its own head")
    elif (w[6] == "0") != (w[7] == "root"):
        problems.append(f"HEAD {w[6]} with DEPREL {w[7]!r}: 'root' goes with HEAD 0 only")
    return problems


def _tree_problems(words: list[list[str]]) -> list[str]:
    """Exactly one root, and every word reaches it (so no cycles). Ids and heads already valid."""
    head = {int(w[0]): int(w[6]) for w in words}
    roots = [i for i, h in head.items() if h == 0]
    if len(roots) != 1:
        return [f"{len(roots)} roots (ids {roots}), expected exactly one"]
    problems = []
    for start in head:
        seen, node = set(), start
        while node != 0 and node not in seen:
            seen.add(node)
            node = head[node]
        if node != 0:
            problems.append(f"cycle through ids {sorted(seen)}")
            break
    return problems


def validate(path: str | Path) -> list[str]:
    """Problems of one CoNLL-U file: every sentence's, plus duplicate sent_ids."""
    return validate_files([path])


def validate_files(paths: Iterable[str | Path]) -> list[str]:
    """Problems of several files read as one treebank (sent_ids must be unique across all)."""
    problems: list[str] = []
    first_seen: dict[str, str] = {}
    for path in paths:
        name = Path(path).name
        for s in read(path):
            where = f"{name}:{s.line}: {s.sent_id or '?'}"
            problems += [f"{where}: {p}" for p in sentence_problems(s)]
            if s.sent_id is not None:
                if s.sent_id in first_seen:
                    problems.append(f"{where}: duplicate sent_id (first at {first_seen[s.sent_id]})")
                else:
                    first_seen[s.sent_id] = f"{name}:{s.line}"
    return problems
