"""Dated diplomatic events (visits, meetings, calls, talks, summits, agreements) and their
cross-document clusters.

Public interface (wired into the pipeline's extract and cluster stages):

- :func:`extract_events` ``(doc_id, text, published, sentences, tokens, timexes)`` -> the
  :class:`schemas.Event` rows of one document, one per real-world event.
- :func:`cluster_events` ``(events, published)`` -> ``(clusters, event_id -> cluster_id)``.
- :data:`EXTRACTOR_VERSION`: code version plus a digest of ``waqai/data/events`` and
  ``waqai/data/actors``.

Language lives in ``waqai/data/events/*.yaml`` and the gazetteer in ``waqai/data/actors``.
"""
from waqai.events.cluster import cluster_events
from waqai.events.extract import extract_events, extractor_version

EXTRACTOR_VERSION: str = extractor_version()

__all__ = ["extract_events", "cluster_events", "EXTRACTOR_VERSION"]
