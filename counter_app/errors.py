"""The small family of errors services raise; the UI and the CLI turn them into messages.

Messages are English templates with ``{named}`` parameters. Each template is marked with
``QT_TRANSLATE_NOOP("errors", ...)`` so that lupdate collects it; the GUI translates the
template in the "errors" context and then fills in the parameters (``translated_message``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

COUNT = "count"  # the parameter a counted message ("%n bad row(s)") is counted by


def english_plural(template: str, count: int) -> str:
    """A counted template in English: ``%n`` is the count and "row(s)" reads "row" for one,
    "rows" otherwise; the same forms the English catalogue gives the screens."""
    return re.sub(r"\((e?s)\)", "" if count == 1 else r"\1", template).replace("%n", str(count))


def fill(template: str, params: dict[str, Any]) -> str:
    """``template`` with its ``{named}`` parameters filled in; a counted one (with ``%n``)
    in its English singular or plural form."""
    if "%n" in template and isinstance(params.get(COUNT), int):
        template = english_plural(template, params[COUNT])
    return template.format(**params) if params else template


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation without importing Qt; returns it unchanged."""
    return text


class ServiceError(Exception):
    """Base class: something the user can understand and act on."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        self.message = fill(template, params)
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class ValidationError(ServiceError):
    """Input is invalid; nothing was written. ``field`` names the offending input."""

    def __init__(self, field: str, template: str, **params: Any) -> None:
        super().__init__(template, **params)
        self.field = field


class InvalidFields(ValidationError):
    """Several inputs are invalid at once. It reads as the first one (``field``, message),
    so a caller that shows one line still can; ``errors`` holds each of them, in form order,
    for a form that marks every bad field."""

    def __init__(self, errors: list[ValidationError]) -> None:
        first = errors[0]
        super().__init__(first.field, first.template, **first.params)
        self.errors = tuple(errors)


class NotFound(ServiceError):
    """The thing asked for does not exist (unknown ticket number, IMEI, SKU...)."""


class NotAllowed(ServiceError):
    """The acting user's role may not do this, or the rules forbid it now."""


class Conflict(ServiceError):
    """Someone else changed the record since it was read; reload and try again."""


class DatabaseError(ServiceError):
    """The database cannot be opened or used (corrupt file, newer schema, unreachable)."""


# Errors a user's input can cause: the CLI exits 2 for these, nothing having been written.
INPUT_ERRORS = (ValidationError, NotFound, NotAllowed, Conflict)


# A file's bad rows as one message parameter ("Nothing imported: 3 bad rows: {detail}").
ROW_LINE = QT_TRANSLATE_NOOP("errors", "line {line}: {message}")  # a CSV's line
ROW_ROW = QT_TRANSLATE_NOOP("errors", "row {line}: {message}")  # a worksheet's row
ROWS_MORE = QT_TRANSLATE_NOOP("errors", "{shown}; … and {more} more")


@dataclass(frozen=True)
class RowProblems:
    """Every bad row of a file, each with its own error, kept as errors (not text) so the
    window can show each one in the reader's language (``i18n.error_text``); ``str()`` is
    the English the command line prints. ``limit``: how many are listed before "and N more"."""

    items: tuple[tuple[int, ServiceError | str], ...]
    word: str = ROW_LINE
    limit: int | None = None

    def render(self, translate: Any = None) -> str:
        """The list, each part through ``translate`` (a template or error -> text)."""

        def text(value: str | ServiceError) -> str:
            if translate is None:
                return value.message if isinstance(value, ServiceError) else value
            return str(translate(value))

        listed = self.items if self.limit is None else self.items[: self.limit]
        shown = "; ".join(
            text(self.word).format(line=line, message=text(problem)) for line, problem in listed
        )
        more = len(self.items) - len(listed)
        if more <= 0:
            return shown
        return text(ROWS_MORE).format(shown=shown, more=f"{more:,}")

    def __str__(self) -> str:
        return self.render()
