"""The user-interface language: Qt's own translations, Packstation's, and the layout direction.

``settings.language`` (``de``, ``ar``, ...; empty: the system's) picks the locale. Texts come
from ``resources/translations/packstation_<lang>.qm`` (built by ``make translations``) and Qt's
``qtbase_<lang>.qm`` (standard buttons and dialogs); a language without a file stays English.
Right-to-left languages (Arabic, Hebrew, Urdu, ...) flip every layout.
"""

from __future__ import annotations

import logging

from PySide6 import QtCore, QtWidgets

from packstation.config.resources import resource_path

log = logging.getLogger(__name__)
_NAMES = ("packstation.qtTranslator", "packstation.appTranslator")


#: A language without a region gets the bench's usual one. Plain "ar" is Egypt's Arabic to Qt,
#: which writes Arabic-Indic digits, while labels, scales, tracking ids and SKUs carry Western
#: ones: a UAE bench reads Western digits throughout (ar_AE). Saudi benches that want
#: Arabic-Indic digits set the language to ar_SA.
DEFAULT_REGION = {"ar": "ar_AE"}


def install(app: QtWidgets.QApplication, language: str = "") -> QtCore.QLocale:
    """Load the translations for ``language`` (replacing earlier ones); returns the locale."""
    language = DEFAULT_REGION.get(language, language)
    locale = QtCore.QLocale(language) if language else QtCore.QLocale.system()
    QtCore.QLocale.setDefault(locale)
    for old in app.findChildren(QtCore.QTranslator):
        if old.objectName() in _NAMES:
            app.removeTranslator(old)
            old.deleteLater()
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    ours_dir = str(resource_path("translations"))
    for name, base, folder in (
        (_NAMES[0], "qtbase", qt_dir),
        (_NAMES[1], "packstation", ours_dir),
    ):
        translator = QtCore.QTranslator(app)
        translator.setObjectName(name)
        if translator.load(locale, base, "_", folder):
            app.installTranslator(translator)
        else:
            translator.deleteLater()
            if base == "packstation" and locale.language() != QtCore.QLocale.Language.English:
                log.info("no Packstation translation for %s: English texts", locale.name())
    app.setLayoutDirection(locale.textDirection())
    return locale


def loaded(app: QtWidgets.QApplication) -> list[str]:
    """The object names of the translators in use (for the self-check and tests)."""
    return [t.objectName() for t in app.findChildren(QtCore.QTranslator) if t.objectName()]
