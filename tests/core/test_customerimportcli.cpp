// rapport-cli import customers: the import, its report, dry runs and refusals from the command
// line.
#include "tests/core/customerimportfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test::customerimport;

#ifdef RAPPORT_CLI_PATH
TEST_CASE("rapport-cli import customers imports, reports, dry-runs and refuses bad files",
          "[import][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.db"));
    const QString csv = dir.filePath(QStringLiteral("people.csv"));
    const auto write = [](const QString &path, const QByteArray &bytes) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(csv, people + "Bad,Mail,not-mail,,,,,B1\n");
    const auto cli = [&](QStringList args, int expected) {
        QProcess p;
        args << QStringLiteral("--db") << db;
        p.start(QStringLiteral(RAPPORT_CLI_PATH), args);
        REQUIRE(p.waitForFinished(120'000));
        INFO(p.readAllStandardError().toStdString());
        CHECK(p.exitCode() == expected);
        return p.readAllStandardOutput();
    };
    const QString report = dir.filePath(QStringLiteral("report.csv"));
    const QString mapping = dir.filePath(QStringLiteral("mapping.json"));
    QByteArray output = cli({QStringLiteral("import"),
                             QStringLiteral("customers"),
                             csv,
                             QStringLiteral("--dry-run"),
                             QStringLiteral("--json")},
                            0);
    QJsonObject summary = QJsonDocument::fromJson(output).object();
    CHECK(summary.value(QLatin1String("dry_run")).toBool());
    CHECK(summary.value(QLatin1String("created")).toInteger() == 3);
    CHECK(summary.value(QLatin1String("rejected")).toInteger() == 1);
    output = cli({QStringLiteral("import"),
                  QStringLiteral("customers"),
                  csv,
                  QStringLiteral("--json"),
                  QStringLiteral("--report"),
                  report,
                  QStringLiteral("--save-mapping"),
                  mapping},
                 0);
    summary = QJsonDocument::fromJson(output).object();
    CHECK(summary.value(QLatin1String("created")).toInteger() == 3);
    CHECK(summary.value(QLatin1String("batch")).toInteger() > 0);
    QFile r(report);
    REQUIRE(r.open(QIODevice::ReadOnly));
    const QByteArray reportText = r.readAll();
    CHECK(reportText.startsWith("Line,Column,Outcome,Reason,Customer id"));
    CHECK(reportText.contains("5,E-mail,rejected,"));
    // Again with the saved mapping: all unchanged.
    output = cli({QStringLiteral("import"),
                  QStringLiteral("customers"),
                  csv,
                  QStringLiteral("--json"),
                  QStringLiteral("--mapping"),
                  mapping,
                  QStringLiteral("--match"),
                  QStringLiteral("external-id")},
                 0);
    summary = QJsonDocument::fromJson(output).object();
    CHECK(summary.value(QLatin1String("unchanged")).toInteger() == 3);
    CHECK(summary.value(QLatin1String("batch")).toInteger() == 0);
    // Wrong files and options: exit 2 or 1, nothing written.
    const QString empty = dir.filePath(QStringLiteral("empty.csv"));
    write(empty, "");
    cli({QStringLiteral("import"), QStringLiteral("customers"), empty}, 2);
    const QString headerOnly = dir.filePath(QStringLiteral("header.csv"));
    write(headerOnly, "Name,E-mail\r\n");
    cli({QStringLiteral("import"), QStringLiteral("customers"), headerOnly}, 2);
    cli({QStringLiteral("import"),
         QStringLiteral("customers"),
         csv,
         QStringLiteral("--mode"),
         QStringLiteral("merge")},
        1);
}
#endif
