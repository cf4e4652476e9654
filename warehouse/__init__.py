"""The Parquet warehouse: atomic part files per table, stage manifests, a writer lock and the
DuckDB catalog over published snapshots, and reading what was last published."""
from warehouse.catalog import (CATALOG_NAME, NotPublished, NotReading, connect, publish,
                               reading)
from warehouse.lock import WarehouseBusy, WarehouseError, writer
from warehouse.published import Published
from warehouse.store import Warehouse

__all__ = ["CATALOG_NAME", "NotPublished", "NotReading", "Published", "Warehouse",
           "WarehouseBusy", "WarehouseError", "connect", "publish", "reading", "writer"]
