"""waqai (وقائع): Arabic news text to a warehouse of dated diplomatic events."""

__version__ = "0.1.0"
