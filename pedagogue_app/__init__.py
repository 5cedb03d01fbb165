"""Offline register for school social pedagogues and psychologists."""

__version__ = "0.1.0"
