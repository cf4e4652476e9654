"""Thin Prefect tasks over ``waqai.pipeline.stages`` (I/O, batching, retries on I/O only)."""
