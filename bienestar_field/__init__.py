"""Bienestar Field: offline-first, encrypted field registration for Mexico's welfare programs."""

__version__ = "0.1.0"
