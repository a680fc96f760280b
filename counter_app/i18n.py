"""Languages: loading our .qm catalogues and Qt's own, and translating service errors.

QtCore only, so the GUI, the printed documents and the CLI's printing share it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from counter_app.errors import COUNT, RowProblems, ServiceError, english_plural

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
CATALOGUE = "service_counter"
LANGUAGES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    # Installed as a package (wheel/PyInstaller) the catalogues sit beside the package.
    for candidate in (TRANSLATIONS_DIR, Path(__file__).resolve().parent / "translations"):
        if candidate.is_dir():
            return candidate
    return TRANSLATIONS_DIR


def pick_language(setting: str | None) -> str:
    """The setting if it names a shipped language, else the system's (Chinese variants by
    script/region: Hong Kong, Macau and Taiwan read Traditional), else English."""
    if setting in LANGUAGES:
        return setting  # type: ignore[return-value]
    locale = QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        traditional = locale.script() == QLocale.Script.TraditionalChineseScript or (
            locale.territory()
            in (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macau)
        )
        return "zh_TW" if traditional else "zh_CN"
    return "en"


def install(language: str) -> str:
    """Install our catalogue and Qt's qtbase catalogue for ``language``; returns the
    language actually installed. English is the source text; its small catalogue holds only
    the plural forms ("1 earlier ticket" / "2 earlier tickets"). Replaces earlier
    translators."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the Qt application first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES or language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        english = QTranslator(app)
        if english.load(f"{CATALOGUE}_en", str(translations_dir())):
            app.installTranslator(english)
            _installed.append(english)
        return "en"
    ours = QTranslator(app)
    if not ours.load(f"{CATALOGUE}_{language}", str(translations_dir())):
        return "en"
    app.installTranslator(ours)
    _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    QLocale.setDefault(QLocale(language))
    return language


def _translated_part(part: str | BaseException) -> str:
    """A row's error, or one of the row-listing templates, in the current language."""
    if isinstance(part, BaseException):
        return error_text(part)
    return QCoreApplication.translate("errors", part)


def error_text(exc: BaseException) -> str:
    """A service error in the current language: the template translated, then filled in.
    A raw database error becomes its one-line message (never the SQL)."""
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(exc, SQLAlchemyError):
        from counter_app.db import failure_from

        exc = failure_from(exc)
    if isinstance(exc, ServiceError):
        template = QCoreApplication.translate("errors", exc.template)
        params = dict(exc.params)
        count = params.get(COUNT)
        if "%n" in exc.template and isinstance(count, int):
            # Counted ("%n bad row(s)"): Chinese has one form; English reads "1 bad row".
            if template == exc.template:
                template = english_plural(template, count)
            else:
                template = template.replace("%n", QLocale().toString(count))
        for key, value in params.items():
            if isinstance(value, RowProblems):  # each bad row in the reader's language too
                params[key] = value.render(_translated_part)
        if isinstance(params.get("label"), str):  # a field's name, itself translatable
            params["label"] = QCoreApplication.translate("errors", params["label"])
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return exc.message
    return str(exc)
