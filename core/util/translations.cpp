#include "core/util/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rapport {

void installTranslations(QCoreApplication &app)
{
    const QLocale locale = QLocale::system();
    // A language Rapport has no translation for gets English, with English plural forms
    // (rapport_en holds only those: "%n order(s)" as "1 order" and "2 orders").
    auto *rapport = new QTranslator(&app);
    const auto load = [rapport](const QLocale &language) {
        return rapport->load(language,
                             QStringLiteral("rapport"),
                             QStringLiteral("_"),
                             QStringLiteral(":/i18n"));
    };
    if (load(locale) || load(QLocale(QLocale::English)))
        QCoreApplication::installTranslator(rapport);
    else
        delete rapport;

    auto *qt = new QTranslator(&app);
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace rapport
