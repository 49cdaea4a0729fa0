"""Record who changed what, in the same transaction as the change."""

from __future__ import annotations

import getpass
import os

from sqlalchemy.orm import Session

from vaxa_desktop.storage.models import ChangeLog


def current_user() -> str:
    try:
        return os.environ.get("VAXA_USER") or getpass.getuser()
    except Exception:
        return ""


def log_change(
    session: Session,
    entity: str,
    entity_id: int,
    action: str,
    field: str = "",
    old: object = None,
    new: object = None,
) -> None:
    session.add(
        ChangeLog(
            user=current_user(),
            entity=entity,
            entity_id=entity_id,
            action=action,
            field=field,
            old_value=None if old is None else str(old),
            new_value=None if new is None else str(new),
        )
    )
