"""Imported once in the forkserver (:mod:`flows.forkserver`): a batch task's modules, and one
short document through tokenize, timex and extract with the model ``WAQAI_UDPIPE_MODEL`` names
(the run's), which loads the model and the language data every worker forked from it shares.

Nothing here may fail: an error would end the forkserver, and every worker with it. A worker
forked from a forkserver that could not warm up loads what it needs itself, and reports what is
wrong, as a spawned one does.
"""
from __future__ import annotations

import atexit
import gc
import os

TEXT = "استقبل الرئيس التونسي في قصر قرطاج يوم الاثنين 3 مارس 2025 وزير الخارجية الإسباني."


def warm_up() -> None:
    """Import what a batch task runs; load the model and every language data the stages load on
    first use."""
    import datetime as dt

    import prefect.engine  # noqa: F401  (what runs a task on a worker)
    import prefect.task_engine  # noqa: F401
    from prefect.plugins import load_prefect_collections

    import flows.pipeline  # noqa: F401  (the flows a task's context names)
    from schemas import Document
    from waqai.nlp.model import resolve_model
    from waqai.nlp.udpipe import load
    from waqai.pipeline.extract import event_rows
    from waqai.pipeline.timex import timex_rows
    from waqai.places import locate_events

    load_prefect_collections()  # a task's result storage, a block, loads them (dask: ~0.3 s)
    doc = Document("warm-up", "warm-up", "", None, None, dt.date(2025, 3, 4), "metadata", TEXT,
                   len(TEXT), dt.datetime(2025, 3, 4), "warm-up")
    parsed = load(str(resolve_model().path)).parse(doc.doc_id, doc.text)
    timexes = timex_rows(doc, parsed.tokens)
    locate_events(event_rows(doc, parsed.sentences, parsed.tokens, timexes))


try:
    warm_up()
except Exception:  # noqa: BLE001  (see above)
    pass
# what the workers inherit stays alive: out of the garbage collector's reach, their first
# collection neither walks it nor copies its pages
gc.collect()
gc.freeze()
# asked to stop, the forkserver ends at once: freeing its heap (~0.3 s) serves nobody
atexit.register(os._exit, 0)
