// rapport-cli: Rapport without a window. The commands live in cli.cpp and the files beside it;
// they call the same core code as the desktop app.
#include "cli.h"

#include "core/util/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    // Messages in the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as the desktop's;
    // a script that parses them runs with LC_ALL=C and no LANGUAGE.
    rapport::installTranslations(app);
    return rapport::cli::run(app.arguments().mid(1));
}
