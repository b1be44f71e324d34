"""The PySide6 desktop UI. Talks to the Casebook only; never to SQLAlchemy or the network."""
