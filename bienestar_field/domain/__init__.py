"""The facts of the field in pure Python: no Qt, no SQL, no I/O beyond reading packaged catalogs."""
