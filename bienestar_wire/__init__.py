"""The sync wire: the one definition of every message the app and the server exchange, and
the sealed, signed envelopes that carry them.

Both sides import this package and nothing of each other: it holds no Qt, no SQL and no web
framework, so the server installs without the desktop app's UI and the app without FastAPI.
"""
