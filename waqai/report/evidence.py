"""An event's evidence sentence as HTML with its trigger and its date expression marked."""
from __future__ import annotations

from html import escape


def marked_evidence(event) -> str:
    """The evidence text, escaped, with ``<mark class="trigger">`` and ``<mark class="date">``.

    The trigger is placed by its stored offsets (both index the document text); the date by
    the first occurrence of ``date_text`` in the evidence that does not overlap the trigger.
    """
    text = event.evidence_text
    spans = []
    t0 = event.trigger_start - event.evidence_start
    t1 = event.trigger_end - event.evidence_start
    if 0 <= t0 < t1 <= len(text):
        spans.append((t0, t1, "trigger"))
    if event.date_text:
        at = text.find(event.date_text)
        while at >= 0 and spans and at < t1 and t0 < at + len(event.date_text):
            at = text.find(event.date_text, at + 1)
        if at >= 0:
            spans.append((at, at + len(event.date_text), "date"))
    out, pos = [], 0
    for start, end, kind in sorted(spans):
        out.append(escape(text[pos:start]))
        out.append(f'<mark class="{kind}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)
