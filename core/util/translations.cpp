#include "core/util/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rapport {

void installTranslations(QCoreApplication &app)
{
    const QLocale locale = QLocale::system();
    auto *rapport = new QTranslator(&app);
    if (rapport->load(locale,
                      QStringLiteral("rapport"),
                      QStringLiteral("_"),
                      QStringLiteral(":/i18n")))
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
