"""Facts about this casebook by key (device id and code, folio counter) and the folio maker."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bienestar_field.storage.schema import Meta

_META_ROWS = "meta_rows"


class MetaRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, key: str) -> Meta | None:
        # The session's identity map holds unchanged rows only weakly, so a folio per record
        # re-read the same rows again and again; keep them for the life of the transaction.
        rows: dict[str, Meta] = self.session.info.setdefault(_META_ROWS, {})
        row = rows.get(key)
        if row is None:
            row = self.session.get(Meta, key)
            if row is not None:
                rows[key] = row
        return row

    def get(self, key: str) -> str | None:
        row = self._row(key)
        return row.value if row else None

    def set(self, key: str, value: str) -> None:
        row = self._row(key)
        if row is None:
            row = Meta(key=key, value=value)
            self.session.add(row)
            self.session.info.setdefault(_META_ROWS, {})[key] = row
        else:
            row.value = value

    def next_folio(self) -> str:
        """The next human-readable folio of this device: ``PREFIX-000042-C`` (ISO 7064 check)."""
        from stdnum.iso7064 import mod_37_36

        prefix = self.get("device_code")
        assert prefix, "casebook has no device code"
        seq = int(self.get("folio_seq") or "0") + 1
        self.set("folio_seq", str(seq))
        body = f"{prefix}{seq:06d}"
        return f"{prefix}-{seq:06d}-{mod_37_36.calc_check_digit(body)}"
