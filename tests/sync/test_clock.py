"""The hybrid clock stays parseable and bounded whatever stamps it is shown."""

from __future__ import annotations

import logging

import pytest

from bienestar_field.domain.clock import MAX_CLOCK_LEAD_MS, HlcStamp, HybridClock

WALL = 1_773_675_000_000


@pytest.mark.parametrize(
    "text",
    [
        "9999999999999-100000-dev",
        "+999999999999-00000-abc",
        "1773675000000-+0000-abc",
        "1_73675000000-00000-abc",
        " 773675000000-00000-abc",
        "1773675000000-00000-",
        "1773675000000-00000-ABC",
        "1773675000000-00000-a b",
        "1773675000000-00000-a-b",
        "1773675000000-00000-abc\n",
        "١٧٧٣٦٧٥٠٠٠٠٠٠-00000-abc",
        "1773675000000-00000-" + "a" * 45,
    ],
)
def test_only_well_formed_stamps_parse(text: str) -> None:
    with pytest.raises(ValueError, match=r"stamp|unpack|invalid literal"):
        HlcStamp.parse(text)


def test_a_stamp_round_trips() -> None:
    stamp = HlcStamp(WALL, 7, "0a1b2c")
    assert HlcStamp.parse(str(stamp)) == stamp


def test_the_counter_carries_instead_of_outgrowing_five_digits() -> None:
    clock = HybridClock("dev", last=HlcStamp(WALL, 99_998, "dev"), wall_ms=lambda: WALL)
    stamps = [clock.now() for _ in range(3)]
    assert [str(s) for s in stamps] == [
        f"{WALL}-99999-dev",
        f"{WALL + 1}-00000-dev",
        f"{WALL + 1}-00001-dev",
    ]
    for stamp in stamps:
        assert HlcStamp.parse(str(stamp)) == stamp
    assert stamps == sorted(stamps)


def test_a_stamp_far_in_the_future_does_not_drag_the_clock(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = HybridClock("dev", wall_ms=lambda: WALL)
    with caplog.at_level(logging.WARNING):
        clock.observe(HlcStamp(9_999_999_999_999, 99_999, "evil"))
    assert clock.now() == HlcStamp(WALL, 0, "dev")
    assert "9999999999999" not in caplog.text
    assert "too far ahead" in caplog.text
    # A stamp a little ahead (another laptop's fast clock) is followed, as before.
    clock.observe(HlcStamp(WALL + MAX_CLOCK_LEAD_MS, 99_999, "fast"))
    after = clock.now()
    assert after == HlcStamp(WALL + MAX_CLOCK_LEAD_MS + 1, 0, "dev")
    assert HlcStamp.parse(str(after)) == after
    # A far-future stamp remembered from before is not where a clock restarts.
    restarted = HybridClock("dev", last=HlcStamp(9_999_999_999_999, 5, "dev"), wall_ms=lambda: WALL)
    assert restarted.now() == HlcStamp(WALL, 0, "dev")
