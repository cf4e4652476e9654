"""Stage logic over a warehouse (plain functions; Prefect tasks in ``tasks/`` wrap them)."""
