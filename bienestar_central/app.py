"""The HTTP face of the central server: a FastAPI app factory over ``CentralService``.

Bodies are parsed by the shared protocol module (``bienestar_wire.protocol``); the JSON Schemas
generated from its messages (``bienestar_wire.schema``) are the OpenAPI document's components,
and every route points its body and answers at them, so the wire format has one definition. Database
and crypto work runs in the thread pool. Log lines carry method, path, status, time and ids:
never a query string, a body, a client address or anything personal.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from contextlib import suppress
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from bienestar_central import __version__
from bienestar_central.config import ConfigError, ServerConfig, config_from_env
from bienestar_central.db import Database, DatabaseError, require_current
from bienestar_central.keys import KeyFileError, load_keys
from bienestar_central.limits import DeviceRates, Guard, error_response
from bienestar_central.logs import configure_logging
from bienestar_central.service.central import CentralService
from bienestar_central.service.devices import DeviceRow
from bienestar_central.service.errors import ServiceError
from bienestar_wire.codec import WireMessage
from bienestar_wire.protocol import (
    API_PREFIX,
    DEFAULT_PULL_ENTRIES,
    MAX_PULL_ENTRIES,
    PROTOCOL_HEADER,
    BatchEnvelope,
    DecisionAnswer,
    DecisionRequest,
    DeviceInfo,
    DeviceRole,
    EnrollChallenge,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    ErrorCode,
    Health,
    Receipt,
    SealedPull,
    canonical_json,
)
from bienestar_wire.review import ReviewDecision, ReviewDecisionAnswer, SealedReview
from bienestar_wire.schema import ref, schema_components

log = logging.getLogger("bienestar_central.http")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def _json(
    body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(
        content=canonical_json(body),
        status_code=status,
        media_type="application/json",
        headers=headers,
    )


def _error(status: int, code: ErrorCode, message: str, retry_after: int | None = None) -> Response:
    return error_response(status, code, message, retry_after)


def _answer(message: type[WireMessage]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": ref(message)}}}


def _body(message: type[WireMessage]) -> dict[str, Any]:
    return {"requestBody": {"required": True, **_answer(message)}}


# What any route may answer before it runs (limits.Guard): a bad protocol header or
# Content-Length, a body over the route's limit, or too many requests in flight.
_GUARD_STATUSES = (400, 413, 503)


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    every = sorted({*statuses, *_GUARD_STATUSES})
    return {status: {"description": "refused", **_answer(ErrorBody)} for status in every}


class ErrorShield:
    """The outermost layer: no exception leaves the app, so none reaches uvicorn's logger.

    Starlette's error middleware answers an unexpected exception and then raises it again, and
    uvicorn logs it with its traceback and message, which may quote personal data the failing
    code was handling. Here an exception ends as one log line (its type, the method and route
    and a request number) and a JSON 500 when no answer has started yet; it is not re-raised.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._requests = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        self._requests += 1
        request_no = self._requests
        started = [False]

        async def tracked_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                started[0] = True
            await send(message)

        try:
            await self.app(scope, receive, tracked_send)
        except ClientDisconnect:
            # The client went away before its request ended (a cut link): nobody is left to
            # answer, and it is not the server's failure, so no 500 and no error line.
            log.info(
                "%s %s client gone before its request ended (request %d)",
                scope.get("method", ""),
                _route_of(scope),
                request_no,
            )
        except Exception as exc:  # the point: nothing escapes with its text or traceback
            log.error(
                "unexpected %s on %s %s (request %d)",
                type(exc).__name__,
                scope.get("method", ""),
                _route_of(scope),
                request_no,
            )
            if scope["type"] == "http" and not started[0]:
                with suppress(Exception):
                    response = _error(
                        500, ErrorCode.INTERNAL, "internal error; the server log has the details"
                    )
                    await response(scope, receive, send)


def _route_of(scope: Scope) -> str:
    """The matched route's template, else the path cut to a known prefix: never user data."""
    route = scope.get("route")
    template = getattr(route, "path", None)
    if isinstance(template, str):
        return template
    path = str(scope.get("path", ""))
    return path if path.startswith(API_PREFIX + "/") and len(path) <= 40 else "(other)"


class _CentralApp(FastAPI):
    def build_middleware_stack(self) -> ASGIApp:
        return ErrorShield(super().build_middleware_stack())

    def openapi(self) -> dict[str, Any]:
        """FastAPI's document, with the wire messages' generated schemas as its components."""
        if self.openapi_schema is None:
            document = super().openapi()
            document.setdefault("components", {}).setdefault("schemas", {}).update(
                schema_components()
            )
        return self.openapi_schema or {}


def create_app(config: ServerConfig, *, service: CentralService | None = None) -> FastAPI:
    """The ASGI app. Without ``service``, opens the keys and database ``config`` names."""
    if service is None:
        keys = load_keys(config.keys_path)
        database = Database(config.database_url)
        require_current(database)
        service = CentralService(database, keys, config)
    central = service

    app = _CentralApp(
        title="Bienestar Central",
        version=__version__,
        description="The central server that Bienestar Field devices sync to. Every endpoint "
        f"but {API_PREFIX}/health needs the {PROTOCOL_HEADER} header; all but health and "
        "enroll need the device's bearer token.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.service = central

    @app.exception_handler(ServiceError)
    async def _service_error(_request: Request, exc: ServiceError) -> Response:
        return _error(exc.status, exc.code, exc.message, exc.retry_after)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, _exc: Exception) -> Response:
        # The answer only: Starlette raises the exception again after this, and ErrorShield
        # (outermost) logs its type, never its text or traceback, and stops it there.
        return _error(500, ErrorCode.INTERNAL, "internal error; the server log has the details")

    rates = DeviceRates(
        push_rate=config.push_rate,
        push_burst=config.push_burst,
        pull_rate=config.pull_rate,
        pull_burst=config.pull_burst,
    )

    async def device_of(request: Request, kind: str | None = None) -> DeviceRow:
        """The device the token names; with ``kind``, after taking one of its ``kind`` tokens
        (before the body is read, so a device over its rate costs no parsing)."""
        device = await run_in_threadpool(central.authenticate, request.headers.get("authorization"))
        if kind is not None:
            wait = rates.wait(kind, device.id)
            if wait is not None:
                raise ServiceError(
                    429,
                    ErrorCode.RATE_LIMITED,
                    f"too many {kind} requests from this device; wait and try again",
                    retry_after=wait,
                )
        return device

    @app.get(
        f"{API_PREFIX}/health",
        summary="Liveness, server time, protocol window and public keys (no authentication)",
        responses={200: _answer(Health), **_errors()},
    )
    async def health() -> Response:
        return _json(central.health().to_json())

    @app.get(
        f"{API_PREFIX}/enroll/challenge",
        summary="A one-time nonce for an enrolment and the keys the code's fingerprint pins",
        responses={200: _answer(EnrollChallenge), **_errors()},
    )
    async def enroll_challenge() -> Response:
        return _json(central.enroll_challenge().to_json())

    @app.post(
        f"{API_PREFIX}/enroll",
        summary="Enrol a device by proving a one-time code (the code itself is never sent)",
        openapi_extra=_body(EnrollRequest),
        responses={200: _answer(EnrollResponse), **_errors(403, 409, 411, 429)},
    )
    async def enroll(request: Request) -> Response:
        body = await request.body()
        client = request.client.host if request.client else "unknown"
        response = await run_in_threadpool(central.enroll, body, client)
        return _json(response.to_json())

    batch_doc: dict[str, Any] = {
        "openapi_extra": _body(BatchEnvelope),
        "responses": {200: _answer(Receipt), **_errors(401, 403, 409, 411, 429)},
    }

    @app.post(f"{API_PREFIX}/push", summary="Push a sealed, signed batch of changes", **batch_doc)
    async def push(request: Request) -> Response:
        device = await device_of(request, "push")
        body = await request.body()
        outcome = await run_in_threadpool(central.push, device, body)
        return _json(outcome.receipt.to_json())

    @app.post(
        f"{API_PREFIX}/forward",
        summary="Forward another device's sealed batch (a supervisor importing a batch file)",
        **batch_doc,
    )
    async def forward(request: Request) -> Response:
        device = await device_of(request, "push")
        body = await request.body()
        outcome = await run_in_threadpool(central.push, device, body, forward=True)
        return _json(outcome.receipt.to_json())

    @app.get(
        f"{API_PREFIX}/pull",
        summary="The office's changes after a cursor, sealed to the device",
        responses={200: _answer(SealedPull), **_errors(401, 429)},
    )
    async def pull(
        request: Request,
        nonce: str = Query(..., min_length=1, max_length=64),
        cursor: str = Query("", max_length=41),
        limit: int = Query(DEFAULT_PULL_ENTRIES, ge=1, le=MAX_PULL_ENTRIES),
    ) -> Response:
        device = await device_of(request, "pull")
        sealed = await run_in_threadpool(central.pull, device, cursor, limit, nonce)
        return _json(sealed.to_json())

    @app.post(
        f"{API_PREFIX}/decisions",
        summary="A supervisor's decision on an enrolment of its office (supervisor devices only)",
        openapi_extra=_body(DecisionRequest),
        responses={200: _answer(DecisionAnswer), **_errors(400, 401, 403, 404, 411, 429)},
    )
    async def decisions(request: Request) -> Response:
        device = await device_of(request, "push")
        body = await request.body()
        answer = await run_in_threadpool(central.device_decide, device, body)
        return _json(answer.to_json())

    @app.get(
        f"{API_PREFIX}/review",
        summary="The review queues of the device's office, sealed to it (supervisor devices only)",
        responses={200: _answer(SealedReview), **_errors(400, 401, 403, 429)},
    )
    async def review_queue(
        request: Request, nonce: str = Query(..., min_length=1, max_length=64)
    ) -> Response:
        device = await device_of(request, "pull")
        sealed = await run_in_threadpool(central.review_queue, device, nonce)
        return _json(sealed.to_json())

    @app.post(
        f"{API_PREFIX}/review/decisions",
        summary="A supervisor's decision on a review item of its office; its id makes it "
        "idempotent (supervisor devices only)",
        openapi_extra=_body(ReviewDecision),
        responses={
            200: _answer(ReviewDecisionAnswer),
            **_errors(400, 401, 403, 404, 409, 411, 429),
        },
    )
    async def review_decisions(request: Request) -> Response:
        device = await device_of(request, "push")
        body = await request.body()
        answer = await run_in_threadpool(central.review_decide, device, body)
        return _json(answer.to_json())

    @app.get(
        f"{API_PREFIX}/device",
        summary="Who this token belongs to: device id, office, label",
        responses={200: _answer(DeviceInfo), **_errors(401)},
    )
    async def whoami(request: Request) -> Response:
        device = await device_of(request)
        return _json(
            DeviceInfo(device.id, device.office, device.label, DeviceRole(device.role)).to_json()
        )

    guard: Any = Guard
    app.add_middleware(guard, limits=config.limits)
    return app


def app_from_env() -> FastAPI:
    """The app factory for a process started without our command line: each worker of
    ``serve --workers N``, or ``uvicorn --factory bienestar_central.app:app_from_env``.

    Its settings come from the environment (``config.config_from_env``). Everything a worker
    keeps in memory is rebuilt from them (keys from the key file, its own connection pool);
    what the workers must agree on lives in the database (see the README's "Several workers").
    """
    configure_logging()
    try:
        return create_app(config_from_env())
    except (ConfigError, KeyFileError, DatabaseError) as exc:
        # One line, then out: uvicorn would print a traceback for anything it catches.
        log.error("cannot start: %s", exc)
        raise SystemExit(1) from None
