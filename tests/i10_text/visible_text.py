"""What a user can read in a window: every visible label, button, tab, title, combo item,
placeholder, menu action, item-view header and cell; and which of it is an English source
string the catalogue translates (shown untranslated) or an internal code."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from counter_app import names
from counter_app.models import EVENT_KINDS, PAYMENT_KINDS
from tests.conftest import ROOT

# Codes and names that read the same in every language.
SAME_IN_EVERY_LANGUAGE = {"OK", "SKU", "IMEI", "PDF", "CSV", "Excel", "WeChat", "QR", "CNY"}
CODES = (
    set(names.STATUSES)
    | set(names.PAYMENT_METHODS)
    | set(names.DECISION_METHODS)
    | set(names.SERVICE_TYPES)
    | set(names.CONDITION_ITEMS)
    | set(PAYMENT_KINDS)
    | set(EVENT_KINDS)
    | {"fault", "paid", "free", "undecided", "used", "pending", "approved", "declined"}
) - {""}
PIECES = re.compile(r"\s+·\s+|\s+→\s+|\n|；|;\s+|：|:\s+|，|,\s+|（|）|\(|\)")


@cache
def untranslated_sources(language: str = "zh_CN") -> frozenset[str]:
    """English source strings the catalogue has a different translation for."""
    root = ET.parse(ROOT / "resources" / "translations" / f"service_counter_{language}.ts")
    found = set()
    for message in root.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = "".join(translation.itertext()) if translation is not None else ""
        if text and text != source and "{" not in source and "%" not in source:
            found.add(source)
    return frozenset(found)


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _model_texts(view: QAbstractItemView, rows: int = 30) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model: one column, no header
        columns = 1
    for column in range(columns):
        if not isinstance(view, QListView):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(root), rows)):
            yield str(model.index(row, column, root).data() or "")


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        if action.isVisible() and action.text():
            yield action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything visible in ``root`` and its children."""
    yield "title", root.windowTitle()
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            yield "menu", action.text()
            if action.menu() is not None:
                for text in _menu_texts(action.menu()):
                    yield "menu", text
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel):
            yield where, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
            yield where, widget.toolTip()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield where, widget.tabText(i)
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where, widget.itemText(i)
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            yield where, widget.placeholderText()
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            for text in _model_texts(widget):
                yield where, text


def untranslated(
    root: QWidget, language: str = "zh_CN", data: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """Each visible text, or piece of one, that is an English source string the catalogue
    translates, or an internal code shown as is; ``data`` (people's names the shop chose)
    is shown as entered."""
    sources = untranslated_sources(language)
    found = []
    for where, raw in texts(root):
        text = _plain(raw or "").strip()
        if not text:
            continue
        pieces = {text, *(p.strip() for p in PIECES.split(text))}
        for piece in pieces:
            bare = piece.rstrip("…:：. ").strip()
            if not bare or bare in SAME_IN_EVERY_LANGUAGE or bare in data:
                continue
            if bare in sources or piece in sources or bare in CODES:
                found.append((where, text))
                break
    return found
