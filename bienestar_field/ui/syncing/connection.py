"""The states of the link to the central server, as the status bar and the pages show them."""

from __future__ import annotations

from enum import StrEnum


class Connection(StrEnum):
    UNCONFIGURED = "unconfigured"
    CHECKING = "checking"
    ONLINE = "online"
    OFFLINE = "offline"
    SYNCING = "syncing"
    # The server answers, but with errors (5xx) sync after sync: automatic syncs wait longer.
    SERVER_FAILING = "server_failing"
    REVOKED = "revoked"
