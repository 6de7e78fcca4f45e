// Catch2 entry point for core tests: a QCoreApplication exists for the whole run, so Qt's SQL
// plugins, resources and event loop behave as in the real programs.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RapportTests"));
    QCoreApplication::setApplicationName(QStringLiteral("rapport-tests"));
    return Catch::Session().run(argc, argv);
}
