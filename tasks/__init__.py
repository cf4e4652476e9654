"""Thin Prefect tasks over the stage modules of ``waqai.pipeline`` (I/O, batching, retries on
I/O only)."""
