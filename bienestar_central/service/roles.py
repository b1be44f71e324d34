"""What a device may do, by the role the server gave it at enrolment.

A device's role comes from the enrolment code the operator issued for it
(``enrollment-code --role supervisor``) and is kept with the device; nothing a device sends
can change it. Review decisions (and whatever else only supervisors do) check it here, so a
caseworker's laptop, however it was altered, is refused with 403 ``role_required``.
"""

from __future__ import annotations

from bienestar_central.service.devices import DeviceRow
from bienestar_central.service.errors import ServiceError
from bienestar_wire.protocol import DeviceRole, ErrorCode


def require_role(device: DeviceRow, role: DeviceRole, doing: str) -> None:
    """Refuse (403) unless ``device`` was enrolled with ``role``; ``doing`` names the action."""
    if device.role != role.value:
        raise ServiceError(
            403,
            ErrorCode.ROLE_REQUIRED,
            f"only a device enrolled as a {role.value} may {doing}; "
            f"this one is enrolled as a {device.role}",
        )
