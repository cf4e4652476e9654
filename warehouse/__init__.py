"""The Parquet warehouse: atomic part files per table, stage manifests, DuckDB catalog."""
from warehouse.catalog import CATALOG_NAME, connect, publish
from warehouse.store import Warehouse

__all__ = ["CATALOG_NAME", "Warehouse", "connect", "publish"]
