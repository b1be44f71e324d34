"""What each device saw on the wire, measured inside its own ``requests.Session``.

The sync engine takes the session it sends through, so the devices run the real sync code and
this only watches: how long each push took, and every status code that came back.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from typing import Any

import requests

PUSH_PATH = "/v1/push"


class WatchedSession(requests.Session):
    def __init__(self) -> None:
        super().__init__()
        self.push_seconds: list[float] = []  # successful pushes only
        self.statuses: Counter[int] = Counter()
        self.failed_requests = 0  # no answer at all: cut, dropped, truncated
        self._lock = threading.Lock()

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            response = super().request(method, url, *args, **kwargs)
            _ = response.content  # the body is part of the answer's time
        except requests.RequestException:
            with self._lock:
                self.failed_requests += 1
            raise
        elapsed = time.perf_counter() - started
        with self._lock:
            self.statuses[response.status_code] += 1
            if response.status_code == 200 and str(url).split("?")[0].endswith(PUSH_PATH):
                self.push_seconds.append(elapsed)
        return response
