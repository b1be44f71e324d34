"""Sync between the casebook and the central server: protocol, sealed envelopes, HTTP client.

Nothing here imports Qt. ``protocol`` and ``envelope`` are also imported by the server
(``bienestar_central``), so that both sides implement one definition of the wire format.
"""
