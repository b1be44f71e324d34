"""Sync in the app: the controller on its own network thread, its texts, the enrolment form
and the sync page, one module each.

Nothing of the sync package is imported at module level anywhere here: the window imports the
controller and the texts before it shows, and must not wait for ``requests`` and the crypto.
"""
