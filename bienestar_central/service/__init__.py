"""What the central server does, independent of HTTP, one step per module.

``central``     the composition ``app`` and ``cli`` call (``CentralService``)
``enrolment``   a device trades a one-time code for an id and a token (``codes``, ``tokens``)
``tokens``      device tokens: drawn, hashed, checked on every request
``ingest``      a pushed or forwarded batch: opened, applied and stored in one transaction
``validation``  whether a change may touch a record: shape, values, parent, clock stamp
``merge``       field-by-field merge of a change into the server's copy (pure)
``review``      the review queues: possible duplicates and field conflicts
``records``     the server's copy of each record, read and written
``pull``        the office's feed after a cursor, sealed to the device
``audit``       the hash-chained audit log and its check
``admin``       the operator's actions: codes, revocation, devices, counts, decisions, catalogs
``devices``, ``errors``, ``bulk``: the device row, the refusal, many rows at once

The steps (``admin``, ``enrolment``, ``ingest``, ``pull``) never import one another; the
"central-steps" import contract in pyproject.toml keeps them side by side.
"""
