// rapport-cli revert and the roles (issue 13), through the real executable: a rep may not revert
// the demo load (an Import), refused with exit 2 and the door's one sentence before any plan is
// printed; a dry run, which changes nothing, still shows the plan.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#ifdef RAPPORT_CLI_PATH
namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(QStringList args, const QString &db)
{
    args << QStringLiteral("--db") << db;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QString());
    env.remove(QStringLiteral("RAPPORT_PASSWORD"));
    env.remove(QStringLiteral("RAPPORT_NEW_PASSWORD"));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice()); // no terminal: no prompt
    p.start(QStringLiteral(RAPPORT_CLI_PATH), args);
    REQUIRE(p.waitForFinished(60'000));
    return {p.exitCode(),
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("rapport-cli revert refuses a rep with one sentence before printing the plan",
          "[revertcli][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.db"));
    REQUIRE(cli({QStringLiteral("init")}, db).code == 0);
    REQUIRE(cli({QStringLiteral("demo"),
                 QStringLiteral("--customers"),
                 QStringLiteral("100"),
                 QStringLiteral("--quiet")},
                db)
                .code
            == 0);
    Run r = cli({QStringLiteral("users"),
                 QStringLiteral("add"),
                 QStringLiteral("rita"),
                 QStringLiteral("--name"),
                 QStringLiteral("Rita"),
                 QStringLiteral("--role"),
                 QStringLiteral("rep"),
                 QStringLiteral("--no-password")},
                db);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);

    r = cli({QStringLiteral("batches"),
             QStringLiteral("--kind"),
             QStringLiteral("demo"),
             QStringLiteral("--json")},
            db);
    REQUIRE(r.code == 0);
    const QJsonArray batches = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(batches.size() == 1);
    const QString demo = QString::number(
        batches.first().toObject().value(QStringLiteral("id")).toInteger());

    r = cli({QStringLiteral("revert"), demo, QStringLiteral("--user"), QStringLiteral("rita")}, db);
    CHECK(r.code == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.trimmed().split(QLatin1Char('\n')).size() == 1);
    CHECK(r.err.contains(QLatin1String("does not allow this: import")));

    r = cli({QStringLiteral("revert"),
             demo,
             QStringLiteral("--dry-run"),
             QStringLiteral("--user"),
             QStringLiteral("rita")},
            db);
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK_FALSE(r.out.isEmpty());
    r = cli({QStringLiteral("batches"),
             QStringLiteral("--kind"),
             QStringLiteral("demo"),
             QStringLiteral("--json")},
            db);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8())
              .array()
              .first()
              .toObject()
              .value(QStringLiteral("reverted_by"))
              .isNull());
}
#endif
