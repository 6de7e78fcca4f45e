// Catch2 entry point for widget tests: runs offscreen unless a platform is set explicitly.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RapportTests"));
    QApplication::setApplicationName(QStringLiteral("rapport-tests"));
    return Catch::Session().run(argc, argv);
}
