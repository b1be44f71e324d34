"""The PySide6 desktop UI. Talks to the Casebook only; never to SQLAlchemy or the network."""

from bienestar_field.ui._compat import protect_bool_refcounts

protect_bool_refcounts()
