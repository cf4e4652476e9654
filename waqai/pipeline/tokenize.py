"""The tokenize stage: UDPipe sentences and tokens of a batch's documents."""
from __future__ import annotations

import time

from schemas import Reject
from waqai.nlp.udpipe import TokenizeError, load
from waqai.pipeline.parts import BatchInput, Computed


def compute(batch: BatchInput, model_path: str) -> Computed:
    """Sentences and tokens of every document; one UDPipe cannot read is rejected."""
    nlp = load(str(model_path))
    sentences, tokens, failed = [], [], []
    inner = 0.0
    for doc in batch.docs:
        t1 = time.perf_counter()
        try:
            parsed = nlp.parse(doc.doc_id, doc.text)
        except TokenizeError as exc:
            failed.append(Reject(doc.source_id, "tokenize_failed", str(exc), doc.run_id))
            continue
        finally:
            inner += time.perf_counter() - t1
        sentences.extend(parsed.sentences)
        tokens.extend(parsed.tokens)
    return Computed({"sentences": sentences, "tokens": tokens}, failed, inner)
