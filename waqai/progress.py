"""Optional progress display for long runs (the CLI installs a tqdm reporter; default: none)."""
from __future__ import annotations

from typing import Protocol


class Reporter(Protocol):
    def start(self, stage: str, total: int) -> None: ...
    def advance(self, stage: str, n: int) -> None: ...
    def close(self, stage: str) -> None: ...


class _Silent:
    def start(self, stage: str, total: int) -> None:
        pass

    def advance(self, stage: str, n: int) -> None:
        pass

    def close(self, stage: str) -> None:
        pass


class TqdmReporter:
    """One tqdm bar per stage, on stderr."""

    def __init__(self):
        self.bars = {}

    def start(self, stage: str, total: int) -> None:
        from tqdm import tqdm

        if total:
            self.bars[stage] = tqdm(total=total, desc=f"{stage:>9}", unit="batch", leave=True)

    def advance(self, stage: str, n: int) -> None:
        if stage in self.bars:
            self.bars[stage].update(n)

    def close(self, stage: str) -> None:
        bar = self.bars.pop(stage, None)
        if bar is not None:
            bar.close()


_reporter: Reporter = _Silent()


def install(reporter: Reporter | None) -> None:
    global _reporter
    _reporter = reporter or _Silent()


def start(stage: str, total: int) -> None:
    _reporter.start(stage, total)


def advance(stage: str, n: int) -> None:
    _reporter.advance(stage, n)


def close(stage: str) -> None:
    _reporter.close(stage)
