"""Hybrid logical clock: causally ordered stamps that tolerate a laptop's wrong wall clock.

A stamp is ``physical-ms`` (13 digits), ``counter`` (5 digits) and the node id (lower-case
letters and digits), joined so that plain string comparison orders stamps. The physical part
never goes backwards even if the system clock does; the counter breaks ties within one
millisecond and carries into the physical part rather than outgrow its five digits.

A stamp received from elsewhere moves the clock forward, but never further than
``MAX_CLOCK_LEAD_MS`` past this machine's wall clock: one stamp from the far future (a broken
or hostile clock) must not drag every later stamp of every device with it.

Days are the office's days, not UTC's: stamps are written in UTC, and ``local_date`` puts one
on the calendar of the office's time zone (``America/Mexico_City`` unless set otherwise), so a
household registered at 19:00 in Oaxaca counts for that day, not the next. The zone comes from
the IANA database (the ``tzdata`` package where the system has none, as on Windows).
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)

MAX_COUNTER: Final = 99_999
MAX_PHYSICAL_MS: Final = 10**13 - 1
MAX_NODE_LENGTH: Final = 44  # a whole stamp fits in 64 characters
# How far ahead of the local wall clock an observed stamp may pull the clock (10 minutes, the
# sync protocol's largest tolerated clock skew).
MAX_CLOCK_LEAD_MS: Final = 10 * 60 * 1000

_STAMP: Final = re.compile(rf"([0-9]{{13}})-([0-9]{{5}})-([0-9a-z]{{1,{MAX_NODE_LENGTH}}})")


@dataclass(frozen=True, order=True, slots=True)
class HlcStamp:
    physical_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.physical_ms:013d}-{self.counter:05d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> HlcStamp:
        """Strict: 13 digits, '-', 5 digits, '-', 1-44 of [0-9a-z]. Nothing else parses."""
        match = _STAMP.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError("malformed clock stamp")
        physical, counter, node = match.groups()
        return cls(int(physical), int(counter), node)


class HybridClock:
    def __init__(
        self,
        node: str,
        *,
        last: HlcStamp | None = None,
        wall_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000,
        max_lead_ms: int = MAX_CLOCK_LEAD_MS,
    ) -> None:
        self._node = node
        self._wall_ms = wall_ms
        self._max_lead_ms = max_lead_ms
        self._physical = 0
        self._counter = 0
        self._lock = threading.Lock()
        if last is not None and self._acceptable(last, wall_ms()):
            self._physical, self._counter = last.physical_ms, last.counter

    def _acceptable(self, stamp: HlcStamp, wall: int) -> bool:
        if stamp.physical_ms > wall + self._max_lead_ms:
            log.warning("ignored a clock stamp too far ahead of this machine's clock")
            return False
        return True

    def now(self) -> HlcStamp:
        """A stamp later than every stamp this clock has made or observed."""
        with self._lock:
            wall = self._wall_ms()
            if wall > self._physical:
                self._physical, self._counter = min(wall, MAX_PHYSICAL_MS), 0
            elif self._counter >= MAX_COUNTER:
                # Five digits of counter are spent: carry into the millisecond instead.
                self._physical, self._counter = min(self._physical + 1, MAX_PHYSICAL_MS), 0
            else:
                self._counter += 1
            return HlcStamp(self._physical, self._counter, self._node)

    def observe(self, remote: HlcStamp) -> None:
        """Move past a stamp received from elsewhere (a pulled change), unless it lies too far
        ahead of the local wall clock: such a stamp is ignored (and logged, without it)."""
        with self._lock:
            if not self._acceptable(remote, self._wall_ms()):
                return
            if (remote.physical_ms, remote.counter) > (self._physical, self._counter):
                self._physical, self._counter = remote.physical_ms, remote.counter


# --- the office's calendar ---------------------------------------------------------------------

DEFAULT_TIME_ZONE: Final = "America/Mexico_City"


class UnknownTimeZone(ValueError):
    """A time zone name the IANA database does not know."""


def time_zone(name: str) -> ZoneInfo:
    """The IANA zone called ``name`` (``America/Mexico_City``, ``America/Tijuana``...)."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise UnknownTimeZone(
            f"unknown time zone {name!r} (an IANA name, e.g. {DEFAULT_TIME_ZONE})"
        ) from None


def local_date(at: str | datetime, zone: tzinfo) -> date | None:
    """The office's calendar day of a stamp (ISO-8601; one without an offset is UTC), or
    ``None`` for text that is not a time."""
    if isinstance(at, str):
        try:
            moment = datetime.fromisoformat(at)
        except ValueError:
            return None
    else:
        moment = at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).date()


def utc_day_prefixes(first: date, last: date) -> tuple[str, str]:
    """Bounds on the UTC date part of stamps that may fall on the office's days ``first`` to
    ``last`` in any zone: ``prefix_low <= stamp < prefix_high`` compares as text, so a query
    can narrow its rows before ``local_date`` decides each one exactly."""
    return (first - timedelta(days=1)).isoformat(), (last + timedelta(days=2)).isoformat()
