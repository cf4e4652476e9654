"""What analysts read: one self-contained HTML report of a warehouse (timeline, map, table)."""
from waqai.report.data import Filters, ReportData, load
from waqai.report.page import write_report

__all__ = ["Filters", "ReportData", "load", "write_report"]
