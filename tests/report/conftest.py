"""The small warehouse of tests/small_warehouse.py for the report tests."""
import pytest

from small_warehouse import write_small_warehouse


@pytest.fixture
def small_warehouse(tmp_path):
    return write_small_warehouse(tmp_path / "wh").root
