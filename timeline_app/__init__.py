"""Diplomatic Timeline: news about diplomacy as a timeline you can read, check and keep."""

__version__ = "0.1.0"
