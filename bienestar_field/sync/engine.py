"""Sync of one casebook with the central server: push the outbox, pull the office's feed.

``SyncEngine.sync`` is what ``bienestar-field sync`` and the app's background worker call. It
takes the casebook through the ``SyncCasebook`` port (never the GUI), holds the sync lock for its
whole run, and reports progress through a callback. Before sending anything it checks the
server: protocol window, clock skew, and that its key is the one pinned at enrolment.

Exactly once, through any fault: a batch's changes are marked acknowledged only after the
server's *signed* receipt is verified, in one transaction; anything else (a cut connection, a
lost or truncated answer, a crash of either side) leaves them pending, and the next attempt
sends them again under their own change ids, which the server answers ``duplicate``.
"""

from __future__ import annotations

import logging
import random
import secrets
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Final

import requests

from bienestar_field.domain.users import Role
from bienestar_field.storage.crypto import CryptoError
from bienestar_field.sync import relay
from bienestar_field.sync import review as review_sync
from bienestar_field.sync import store as sync_store
from bienestar_field.sync.audit_anchor import claim_head, keep_ack
from bienestar_field.sync.client import (
    DEFAULT_TIMEOUT,
    REVOKED_MESSAGE,
    Answer,
    AuthError,
    Cancelled,
    ClockSkew,
    DeviceRevoked,
    NotEnrolled,
    PermanentError,
    ProtocolMismatch,
    RetryPolicy,
    ServerFailing,
    ServerKeyChanged,
    SyncError,
    TransientError,
    Transport,
)
from bienestar_field.sync.lock import SyncLock
from bienestar_field.sync.ports import SyncCasebook
from bienestar_field.sync.sealing import seal_pending
from bienestar_field.sync.store import SyncIdentity
from bienestar_wire.codec import ProtocolError
from bienestar_wire.envelope import (
    EnvelopeError,
    PeerKeys,
    open_pull,
    verify_receipt,
)
from bienestar_wire.protocol import (
    API_PREFIX,
    DEFAULT_BATCH_CHANGES,
    DEFAULT_PULL_ENTRIES,
    MAX_CLOCK_SKEW_SECONDS,
    PROTOCOL_VERSION,
    Change,
    ChangeStatus,
    ErrorCode,
    Health,
    PullPage,
    Receipt,
    SealedPull,
    canonical_json,
)

log = logging.getLogger(__name__)

LOCKED_MESSAGE: Final = "the casebook was locked during the sync; it goes on after unlocking"

LOCK_FILE: Final = "sync.lock"
_MAX_PULL_PAGES: Final = 100_000
_MAX_ROUNDS: Final = 3
ENROLL_RETRY: Final = RetryPolicy(max_attempts=3, base_delay=0.5, max_delay=2.0, max_retry_after=5)
# After syncs the server failed (5xx), automatic syncs wait: one minute, doubling, at most an
# hour. A sync someone asks for always tries at once.
SERVER_FAILING_BASE: Final = 60.0
SERVER_FAILING_CAP: Final = 3600.0


def hold_off_seconds(failures: int, rng: random.Random) -> float:
    """Seconds automatic syncs hold off after ``failures`` syncs in a row the server failed:
    capped exponential, jittered so that an office's devices do not all return at once."""
    ceiling = min(SERVER_FAILING_CAP, SERVER_FAILING_BASE * 2 ** min(max(failures, 1) - 1, 16))
    return float(ceiling * rng.uniform(0.5, 1.0))


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class SyncProgress:
    phase: str  # "check" | "push" | "pull"
    done: int
    total: int


@dataclass(slots=True)
class SyncReport:
    pushed: int = 0
    acknowledged: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled_records: int = 0
    receipts: int = 0
    decisions: int = 0
    catalogs: int = 0
    batches: int = 0
    pending_left: int = 0
    quarantined: int = 0
    # Pulled records this casebook could not store, set aside in this sync / in all.
    set_aside: int = 0
    set_aside_total: int = 0
    entity_ids: list[str] = field(default_factory=list)
    # Caseworkers' batches a supervisor carried: forwarded in this sync, and of those, refused
    # (a change or the whole batch; the collection screen says why).
    relayed: int = 0
    relay_refused: int = 0
    # A supervisor's review decisions sent (applied by the server) and refused in this sync,
    # and the office's open review items fetched (None: not fetched).
    review_sent: int = 0
    review_refused: int = 0
    review_items: int | None = None

    @property
    def complete(self) -> bool:
        """Every change is acknowledged: nothing pending, nothing refused."""
        return self.pending_left == 0 and self.quarantined == 0


def check_server(health: Health, *, now: datetime, elapsed: float) -> None:
    """Refuse, with a reason, a server this app cannot talk to or a clock far off its own."""
    if not health.protocol.min <= PROTOCOL_VERSION <= health.protocol.max:
        newer = health.protocol.min > PROTOCOL_VERSION
        mismatch = ProtocolMismatch(
            "the server needs a newer version of this app; update it before syncing"
            if newer
            else "the server is older than this app and cannot sync with it yet"
        )
        mismatch.app_too_old = newer
        raise mismatch
    server_time = datetime.fromisoformat(health.server_time)
    # The server stamped its time somewhere within the round trip: assume the middle.
    local = now - timedelta(seconds=elapsed / 2)
    skew = (local - server_time).total_seconds()
    if abs(skew) > MAX_CLOCK_SKEW_SECONDS:
        minutes = round(abs(skew) / 60)
        direction = "ahead of" if skew > 0 else "behind"
        skewed = ClockSkew(
            f"this computer's clock is about {minutes} minutes {direction} the server's; "
            "correct the date and time, then sync again"
        )
        skewed.skew_seconds = skew
        raise skewed


def fetch_health(transport: Transport, now: Callable[[], datetime]) -> Health:
    answer = transport.request("GET", f"{API_PREFIX}/health")
    try:
        health = Health.from_json(answer.body)
    except ProtocolError as exc:
        raise PermanentError(f"the server's health answer is not understood: {exc}") from None
    check_server(health, now=now(), elapsed=answer.elapsed)
    return health


def require_identity(book: SyncCasebook) -> SyncIdentity:
    """This device's enrolment; ``NotEnrolled`` or ``DeviceRevoked`` saying why there is none."""
    identity = sync_store.load_identity(book)
    if identity is None:
        raise NotEnrolled("this device is not enrolled with a central server: run 'enroll' first")
    revoked = sync_store.revoked_reason(book)
    if revoked is not None:
        raise DeviceRevoked(revoked)
    return identity


def engine_for(book: SyncCasebook, data_dir: Path, **options: Any) -> SyncEngine:
    """A SyncEngine for the casebook in ``data_dir``, to the server its settings name."""
    from bienestar_field.platform.config import SettingsStore

    settings = SettingsStore(data_dir).load()
    return SyncEngine(
        book,
        lock_path=data_dir / LOCK_FILE,
        server_url=settings.server_url,
        ca_file=settings.server_ca_file,
        **options,
    )


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A sealed batch ready to send."""

    batch_id: str
    change_ids: list[str]
    body: bytes
    last_seq: int
    items: list[tuple[int, Change]]


# 4xx codes a Bienestar server gives for what a batch holds (not for this device, its keys or
# the address): splitting the batch finds the change it will not take.
_CONTENT_CODES: Final = frozenset(
    {
        ErrorCode.BAD_REQUEST.value,
        ErrorCode.UNDECRYPTABLE.value,
        ErrorCode.BATCH_ID_REUSED.value,
        ErrorCode.TOO_LARGE.value,
    }
)


def refuses_content(exc: PermanentError) -> bool:
    """Whether a refused push is about the batch's content, so worth isolating the change.

    A 413 always is (a proxy in front may say it without the server's words); 400, 409 and 422
    only in the server's own words, so that a proxy refusing everything quarantines nothing.
    """
    if isinstance(exc, AuthError | ProtocolMismatch | ServerKeyChanged):
        return False
    if exc.status == 413:
        return True
    return exc.status in (400, 409, 422) and exc.code in _CONTENT_CODES


class SyncEngine:
    def __init__(
        self,
        book: SyncCasebook,
        *,
        lock_path: Path,
        server_url: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: tuple[float, float] | None = None,
        batch_size: int = DEFAULT_BATCH_CHANGES,
        pull_limit: int = DEFAULT_PULL_ENTRIES,
        now: Callable[[], datetime] = utc_now,
        progress: Callable[[SyncProgress], None] | None = None,
        cancel: threading.Event | None = None,
        session: requests.Session | None = None,
        ca_file: str | None = None,
    ) -> None:
        self.book = book
        self.ca_file = ca_file
        # Held for the whole run: once the casebook locks, this keyring is wiped and the
        # sync stops at its next decrypt (see _keyring_wiped).
        self.keyring = book.keyring
        self.lock_path = lock_path
        self.server_url = server_url
        self.retry = retry or RetryPolicy()
        self.timeout = timeout
        self.batch_size = batch_size
        self.pull_limit = pull_limit
        self._now = now
        self._progress = progress
        self._cancel = cancel
        self._session = session
        self._rng = random.Random()  # noqa: S311 - jitter, not a secret

    def _transport(self, identity: SyncIdentity) -> Transport:
        return Transport(
            self.server_url or identity.server_url,
            session=self._session,
            retry=self.retry,
            cancel=self._cancel,
            timeout=self.timeout or DEFAULT_TIMEOUT,
            ca_file=self.ca_file,
        )

    def _emit(self, phase: str, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(SyncProgress(phase, done, total))

    def _keyring_wiped(self) -> bool:
        """Whether the casebook was locked (its keyring wiped) since this engine was made."""
        try:
            self.keyring.audit_mac(b"bienestar/sync/keyring-probe")
        except CryptoError:
            return True
        return False

    def identity(self) -> SyncIdentity:
        return require_identity(self.book)

    def sync(self, *, push: bool = True, pull: bool = True) -> SyncReport:
        """Push and pull until nothing is pending; raise a SyncError saying why it stopped."""
        try:
            identity = self.identity()
        except CryptoError:
            if self._keyring_wiped():
                raise Cancelled(LOCKED_MESSAGE) from None
            raise
        with SyncLock(self.lock_path):
            run_id = sync_store.start_run(self.book, at=self._now().isoformat())
            report = SyncReport()
            outcome, message = "ok", None
            transport = self._transport(identity)
            try:
                self._emit("check", 0, 1)
                health = fetch_health(transport, self._now)
                if health.server_keys.key_id != identity.server_keys.key_id:
                    raise ServerKeyChanged(
                        "the server's key is not the one this device enrolled with; refusing "
                        "to sync (the address may point to another server: ask the central office)"
                    )
                if push:
                    relayed = relay.forward_waiting(self.book, transport, identity, now=self._now)
                    report.relayed, report.relay_refused = relayed.batches, relayed.refused
                reviews = push and self.book.user.role is Role.SUPERVISOR
                for _ in range(_MAX_ROUNDS):
                    if push:
                        self._push(transport, identity, report)
                    if reviews:
                        # After the push, so the records a decision names are on the server;
                        # before the pull, so what it changed comes back in this sync.
                        sent = review_sync.send_decisions(
                            self.book, transport, identity, at=self._now().isoformat()
                        )
                        report.review_sent += sent.sent
                        report.review_refused += sent.refused
                    if pull:
                        self._pull(transport, identity, report)
                    counts = sync_store.outbox_counts(self.book)
                    report.pending_left = counts.pending
                    report.quarantined = counts.rejected
                    if counts.pending == 0 or not push:
                        break
                if reviews:
                    kept = review_sync.keep_queue(
                        self.book, transport, identity, at=self._now().isoformat()
                    )
                    report.review_items = kept.items if kept.fetched else None
                if sync_store.server_failure(self.book) is not None:
                    sync_store.clear_server_failure(self.book)
            except DeviceRevoked as exc:
                sync_store.mark_revoked(self.book, REVOKED_MESSAGE)
                outcome, message = "revoked", str(exc)
                raise
            except TransientError as exc:
                if exc.status is None or exc.status < 500:
                    outcome, message = exc.kind, str(exc)
                    raise
                failing = self._note_server_failure(exc)
                outcome, message = failing.kind, str(failing)
                raise failing from None
            except SyncError as exc:
                outcome, message = exc.kind, str(exc)
                raise
            except CryptoError as exc:
                if not self._keyring_wiped():
                    outcome, message = "error", type(exc).__name__
                    raise
                # The casebook was locked under the sync (its keys wiped): the lock path, a
                # cancellation, not a bug for the crash handler.
                outcome, message = "cancelled", LOCKED_MESSAGE
                raise Cancelled(LOCKED_MESSAGE) from None
            except Exception as exc:  # a bug: recorded, then raised for the crash handler
                outcome, message = "error", type(exc).__name__
                raise
            finally:
                transport.close()
                counts = sync_store.outbox_counts(self.book)
                report.pending_left = counts.pending
                report.quarantined = counts.rejected
                report.set_aside_total = sync_store.set_aside_count(self.book)
                sync_store.finish_run(
                    self.book,
                    run_id,
                    at=self._now().isoformat(),
                    outcome=outcome,
                    pushed=report.pushed,
                    acknowledged=report.acknowledged,
                    rejected=report.rejected,
                    pulled=report.pulled_records,
                    message=message,
                )
        if report.pulled_records or report.catalogs:
            self.book.refresh_after_pull()
        return report

    def _note_server_failure(self, exc: TransientError) -> ServerFailing:
        """Count one more sync the server failed (kept across runs), and say so plainly."""
        note = sync_store.note_server_failure(
            self.book, str(exc), at=self._now().isoformat(), wait=self._failure_wait
        )
        if note.failures == 1:
            text = f"{exc}; every change stays on this device and the next sync tries again"
        else:
            text = (
                f"the server keeps failing: {note.failures} syncs in a row since {note.since} "
                f"({exc}); every change stays on this device and the next sync tries again"
            )
        log.warning("the server failed %d syncs in a row", note.failures)
        return ServerFailing(
            text,
            failures=note.failures,
            next_attempt_at=note.next_attempt_at,
            status=exc.status,
        )

    def _failure_wait(self, failures: int) -> float:
        return hold_off_seconds(failures, self._rng)

    # --- push ---------------------------------------------------------------------------------

    def _push(self, transport: Transport, identity: SyncIdentity, report: SyncReport) -> None:
        """Send the outbox batch by batch, sealing the next batch while one is on the wire.

        One request at a time, in outbox order (a parent always reaches the server before
        its children); only the preparation of the next batch overlaps the wait.
        """
        total = sync_store.outbox_counts(self.book).pending
        done = 0
        self._emit("push", 0, total)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-send") as sender:
            current = self._prepare(identity, after_seq=0)
            while current is not None:
                in_flight = sender.submit(self._send, transport, identity, current)
                following = self._prepare(identity, after_seq=current.last_seq)
                try:
                    answer = in_flight.result()
                except PermanentError as exc:
                    if not refuses_content(exc):
                        raise
                    self._isolate(transport, identity, current.items, exc, report)
                else:
                    self._record(answer, identity, current, report)
                done += len(current.change_ids)
                self._emit("push", done, max(total, done))
                current = following

    def _prepare(self, identity: SyncIdentity, *, after_seq: int) -> _Prepared | None:
        batch = sync_store.list_pending(self.book, limit=self.batch_size, after_seq=after_seq)
        if not batch:
            return None
        return self._seal(identity, batch)

    def _seal(self, identity: SyncIdentity, items: list[tuple[int, Change]]) -> _Prepared:
        sealed = seal_pending(
            items,
            identity,
            created_at=self._now().isoformat(),
            audit_head=claim_head(self.book),
        )
        return _Prepared(
            batch_id=sealed.batch_id,
            change_ids=sealed.change_ids,
            body=canonical_json(sealed.envelope.to_json()),
            last_seq=sealed.last_seq,
            items=items,
        )

    def _isolate(
        self,
        transport: Transport,
        identity: SyncIdentity,
        items: list[tuple[int, Change]],
        refusal: PermanentError,
        report: SyncReport,
    ) -> None:
        """The server refused a whole batch for what it holds: halve it (new batch ids, the
        same change ids, in outbox order) until the change it will not take stands alone,
        and quarantine that one. The others go through; nothing is resent for ever."""
        if len(items) == 1:
            _, change = items[0]
            reason = f"{refusal.code or 'refused'} (HTTP {refusal.status})"
            sync_store.quarantine(self.book, change.change_id, reason, at=self._now().isoformat())
            log.warning(
                "change %s quarantined: the server refuses it alone (%s)",
                change.change_id,
                reason,
            )
            report.pushed += 1
            report.rejected += 1
            return
        middle = len(items) // 2
        for part in (items[:middle], items[middle:]):
            prepared = self._seal(identity, part)
            try:
                answer = self._send(transport, identity, prepared)
            except PermanentError as exc:
                if not refuses_content(exc):
                    raise
                self._isolate(transport, identity, part, exc, report)
            else:
                self._record(answer, identity, prepared, report)

    def _send(self, transport: Transport, identity: SyncIdentity, prepared: _Prepared) -> Answer:
        try:
            return transport.request(
                "POST",
                f"{API_PREFIX}/push",
                body=prepared.body,
                device_id=identity.device_id,
                token=identity.token,
            )
        except TransientError as exc:
            retry_at = self._now() + timedelta(seconds=transport.retry.max_delay)
            sync_store.record_failure(
                self.book,
                prepared.change_ids,
                str(exc),
                next_attempt_at=retry_at.isoformat(),
                batch_id=prepared.batch_id,
            )
            raise
        except PermanentError as exc:
            sync_store.record_failure(
                self.book,
                prepared.change_ids,
                str(exc),
                next_attempt_at=None,
                batch_id=prepared.batch_id,
            )
            raise

    def _record(
        self, answer: Answer, identity: SyncIdentity, prepared: _Prepared, report: SyncReport
    ) -> None:
        """Mark the batch's changes from the server's verified receipt, in one transaction."""
        receipt = self._verified_receipt(answer, identity, prepared.batch_id, prepared.change_ids)
        counts = sync_store.record_results(
            self.book, receipt.results, at=self._now().isoformat(), batch_id=prepared.batch_id
        )
        keep_ack(self.book, receipt.audit_ack, identity.server)
        report.batches += 1
        report.pushed += len(prepared.change_ids)
        report.acknowledged += counts.acknowledged
        report.rejected += counts.rejected
        for result in receipt.results:
            if result.status is ChangeStatus.DUPLICATE:
                report.duplicates += 1
            elif result.status is ChangeStatus.CONFLICT:
                report.conflicts += 1

    @staticmethod
    def _verified_receipt(
        answer: Answer, identity: SyncIdentity, batch_id: str, ids: list[str]
    ) -> Receipt:
        try:
            receipt = Receipt.from_json(answer.body)
            verify_receipt(receipt, identity.server, device_id=identity.device_id)
        except (ProtocolError, EnvelopeError) as exc:
            raise PermanentError(
                f"the server's receipt does not verify ({exc}); nothing was marked as sent"
            ) from None
        if receipt.batch_id != batch_id or [r.change_id for r in receipt.results] != ids:
            raise PermanentError("the server's receipt is for another batch; nothing was marked")
        return receipt

    # --- pull ---------------------------------------------------------------------------------

    def _pull(self, transport: Transport, identity: SyncIdentity, report: SyncReport) -> None:
        server = identity.server
        for _ in range(_MAX_PULL_PAGES):
            cursor = sync_store.pull_cursor(self.book)
            nonce = secrets.token_urlsafe(16)
            answer = transport.request(
                "GET",
                f"{API_PREFIX}/pull",
                params={"cursor": cursor, "nonce": nonce, "limit": self.pull_limit},
                device_id=identity.device_id,
                token=identity.token,
            )
            page = self._open_page(answer, server, identity, cursor, nonce)
            applied = sync_store.apply_pull(self.book, page, at=self._now().isoformat())
            report.pulled_records += applied.records
            report.receipts += applied.receipts
            report.decisions += applied.decisions
            report.catalogs += applied.catalogs
            report.entity_ids.extend(applied.entity_ids)
            if applied.max_hlc is not None:
                try:
                    self.book.observe_stamp(applied.max_hlc)
                except ValueError:  # a malformed stamp: the local clock just does not follow it
                    log.warning("ignored a malformed clock stamp from the server")
            report.set_aside += applied.set_aside
            self._emit("pull", report.pulled_records, report.pulled_records)
            if not page.more:
                break
        retried = sync_store.retry_set_aside(self.book, at=self._now().isoformat())
        report.pulled_records += retried.records
        report.decisions += retried.decisions
        report.entity_ids.extend(retried.entity_ids)

    def _open_page(
        self, answer: Answer, server: PeerKeys, identity: SyncIdentity, cursor: str, nonce: str
    ) -> PullPage:
        try:
            sealed = SealedPull.from_json(answer.body)
            return open_pull(
                sealed,
                server=server,
                device_id=identity.device_id,
                device_keys=identity.device_keys,
                request_cursor=cursor,
                nonce=nonce,
            )
        except (ProtocolError, EnvelopeError) as exc:
            raise PermanentError(f"the server's answer does not verify ({exc})") from None
