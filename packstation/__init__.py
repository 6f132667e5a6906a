"""Packstation: packing-bench software for Amazon External Fulfillment."""

__version__ = "0.1.0"
