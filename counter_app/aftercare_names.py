"""Translated names of the after-care codes (feedback classes, complaint channels, severities
and states, follow-up reasons and outcomes), for the screens and the printed papers.

QtCore only, like counter_app.names.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication


def feedback_class_text(name: str | None) -> str:
    names = {
        "satisfied": QCoreApplication.translate("names", "Satisfied"),
        "dissatisfied_at_followup": QCoreApplication.translate(
            "names", "Dissatisfied at follow-up"
        ),
        "complaint_by_phone": QCoreApplication.translate("names", "Complaint by phone"),
        "not_fixed_first_time": QCoreApplication.translate("names", "Not fixed the first time"),
        "not_fixed_several_times": QCoreApplication.translate("names", "Not fixed several times"),
        "staff_attitude": QCoreApplication.translate("names", "Unhappy with staff attitude"),
    }
    return names.get(name or "", name or "")


def channel_text(channel: str) -> str:
    return {
        "phone": QCoreApplication.translate("names", "Phone"),
        "counter": QCoreApplication.translate("names", "At the counter"),
        "message": QCoreApplication.translate("names", "Message"),
        "online_review": QCoreApplication.translate("names", "Online review"),
    }.get(channel, channel)


def severity_text(severity: str) -> str:
    return {
        "normal": QCoreApplication.translate("names", "Normal"),
        "serious": QCoreApplication.translate("names", "Serious"),
    }.get(severity, severity)


def complaint_state_text(state: str) -> str:
    return {
        "open": QCoreApplication.translate("names", "Open"),
        "in_progress": QCoreApplication.translate("names", "In progress"),
        "resolved": QCoreApplication.translate("names", "Resolved"),
        "closed": QCoreApplication.translate("names", "Closed"),
    }.get(state, state)


def followup_reason_text(reason: str) -> str:
    return {
        "after_collection": QCoreApplication.translate("names", "After collection"),
        "first_service": QCoreApplication.translate("names", "First month"),
        "quarterly": QCoreApplication.translate("names", "Quarterly"),
        "callback": QCoreApplication.translate("names", "Callback"),
    }.get(reason, reason)


def callback_state_text(state: str | None) -> str:
    return {
        None: "",
        "due": QCoreApplication.translate("names", "Callback due"),
        "retry": QCoreApplication.translate("names", "Try again"),
        "done": QCoreApplication.translate("names", "Called back"),
        "unreachable": QCoreApplication.translate("names", "Unreachable"),
    }.get(state, state or "")


def event_note_text(kind: str, note: str) -> str:
    """A ticket timeline's follow-up or complaint line in words (the services store JSON)."""
    try:
        data = json.loads(note)
    except ValueError:
        return note
    if not isinstance(data, dict):
        return note
    if kind == "followup":
        state = {
            "done": QCoreApplication.translate("names", "Reached"),
            "retry": QCoreApplication.translate("names", "Not reached, try again"),
            "unreachable": QCoreApplication.translate("names", "Not reached, unreachable"),
        }.get(data.get("state", ""), data.get("state", ""))
        parts = [followup_reason_text(data.get("reason", "")), state]
        if data.get("satisfaction"):
            parts.append(f"{data['satisfaction']}/5")
        if data.get("class"):
            parts.append(feedback_class_text(data["class"]))
        if data.get("comment"):
            parts.append(data["comment"])
        return " · ".join(p for p in parts if p)
    if kind == "complaint":
        return QCoreApplication.translate("names", "Complaint {id}: {state} ({kind})").format(
            id=data.get("id", ""),
            state=complaint_state_text(data.get("state", "")),
            kind=feedback_class_text(data.get("class")),
        )
    return note
