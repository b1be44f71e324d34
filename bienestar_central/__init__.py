"""Bienestar Central: the server that field devices sync to."""

from bienestar_field import __version__

__all__ = ["__version__"]
