"""The Parquet warehouse: atomic part files per table, stage manifests, a writer lock and the
DuckDB catalog over published snapshots."""
from warehouse.catalog import CATALOG_NAME, NotReading, connect, publish, reading
from warehouse.lock import WarehouseBusy, WarehouseError, writer
from warehouse.store import Warehouse

__all__ = ["CATALOG_NAME", "NotReading", "Warehouse", "WarehouseBusy", "WarehouseError",
           "connect", "publish", "reading", "writer"]
