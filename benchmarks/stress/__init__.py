"""``make stress``: many devices of several offices sync at once, through a faulty network, to
one PostgreSQL server with several workers; then every record is checked to be there exactly
once and no request was answered with a 5xx.

``load.run(Size(...))`` does it and returns the figures; ``python -m benchmarks.stress`` prints
them as one JSON object (last line) and exits 1 when a check failed. See ``__main__`` for the
sizes and the environment variables that choose them.
"""
