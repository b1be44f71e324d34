"""The refusal every server step raises: an HTTP status, a protocol error code, a message."""

from __future__ import annotations

from bienestar_wire.protocol import ErrorCode


class ServiceError(Exception):
    """A refusal with its HTTP status and protocol error code. The message holds no data."""

    def __init__(
        self, status: int, code: ErrorCode, message: str, *, retry_after: int | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.retry_after = retry_after
