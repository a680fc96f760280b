"""Every file dialog of the app: Qt's own dialog that never opens a file to look at it.

Qt's dialog finds each file's icon and type by reading its first bytes (QMimeDatabase).
Opening and closing the shop's database files (``shop.db``, ``-wal``, ``-shm``) from this
process drops every POSIX lock SQLite holds on them (closing any descriptor of a file does
that), and another program may then delete the window's WAL under it. The icon provider
here names files by kind only (file, folder, link), from the directory entry.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget


class EntryIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the directory entry alone: no file is opened."""

    def __init__(self) -> None:
        super().__init__()
        self.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)
        style = QApplication.style()
        self._folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self._file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self._drive = style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)

    def icon(self, which: object) -> QIcon:  # type: ignore[override]
        if isinstance(which, QFileInfo):
            if which.isRoot():
                return self._drive
            return self._folder if which.isDir() else self._file
        if which == QAbstractFileIconProvider.IconType.File:
            return self._file
        if which == QAbstractFileIconProvider.IconType.Drive:
            return self._drive
        return self._folder

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QApplication.translate("file_dialogs", "Folder")
        suffix = info.suffix()
        if suffix:
            return QApplication.translate("file_dialogs", "{suffix} file").format(
                suffix=suffix.upper()
            )
        return QApplication.translate("file_dialogs", "File")


_PROVIDER: EntryIconProvider | None = None


def _provider() -> EntryIconProvider:
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = EntryIconProvider()
    return _PROVIDER


def make_dialog(
    parent: QWidget | None, title: str, start: str, filters: str, *, save: bool
) -> QFileDialog:
    """Qt's own (not the desktop's) dialog with the entry-only icon provider."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setOptions(
        QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.DontUseCustomDirectoryIcons
    )
    dialog.setIconProvider(_provider())
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def _run(dialog: QFileDialog) -> str:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return ""
        chosen = dialog.selectedFiles()
        return chosen[0] if chosen else ""
    finally:
        dialog.deleteLater()


def save_file_name(
    parent: QWidget | None, title: str, suggested: str = "", filters: str = ""
) -> str:
    """The file the user chose to save to, "" when cancelled (QFileDialog.getSaveFileName)."""
    return _run(make_dialog(parent, title, suggested, filters, save=True))


def open_file_name(parent: QWidget | None, title: str, start: str = "", filters: str = "") -> str:
    """The file the user chose to open, "" when cancelled (QFileDialog.getOpenFileName)."""
    return _run(make_dialog(parent, title, start, filters, save=False))


def suggested_path(folder: Path, name: str) -> str:
    return str(Path(folder) / name)
