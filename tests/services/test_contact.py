"""The full phone number: clerk and manager on demand (audited), never the technician."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from counter_app.errors import NotAllowed
from counter_app.models import AuditEvent
from counter_app.services.people import contact
from tests.services.helpers import take_in


def test_clerk_and_manager_see_the_full_number_and_it_is_audited(db, staff):
    no = take_in(db, staff.clerk)
    for actor in (staff.clerk, staff.manager):
        assert contact.full_phone(db, actor, no).replace(" ", "").endswith("13812345678")
    with db.read() as session:
        shown = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "phone_shown")
        ).all()
    assert shown == [no, no]


def test_the_technician_does_not(db, staff):
    no = take_in(db, staff.clerk)
    assert not contact.may_see_phone(staff.technician)
    with pytest.raises(NotAllowed):
        contact.full_phone(db, staff.technician, no)
