#pragma once

class QCoreApplication;

namespace rapport {

// Installs the translations for the system's languages: Rapport's own (embedded under :/i18n
// by the translations build step) and Qt's (its dialogs' buttons and messages). A language with
// no translation stays English, with English plural forms.
void installTranslations(QCoreApplication &app);

} // namespace rapport
