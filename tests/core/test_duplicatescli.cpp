// rapport-cli duplicates and merge, through the real executable: the pairs with ids, names,
// score and evidence (text and JSON), a merge that prints its batch, and the usage errors.
#include "tests/support/duplicatefixture.h"
#include "tests/support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace rapport;

#ifdef RAPPORT_CLI_PATH
namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QString());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RAPPORT_CLI_PATH), args);
    REQUIRE(p.waitForFinished(60'000));
    return {p.exitCode(),
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("rapport-cli duplicates lists the pairs, and merge merges one as a batch",
          "[duplicates][merge][cli]")
{
    test::TempWorkspace t;
    const qint64 a = test::addPerson(t.workspace(),
                                     {QStringLiteral("Anna"),
                                      QStringLiteral("Weber"),
                                      QStringLiteral("anna@example.com"),
                                      QStringLiteral("030 1234567"),
                                      QStringLiteral("Berlin")});
    const qint64 b = test::addPerson(t.workspace(),
                                     {QStringLiteral("Anne"),
                                      QStringLiteral("Weber"),
                                      QStringLiteral("anna@example.com"),
                                      {},
                                      QStringLiteral("Berlin")});
    test::addPerson(t.workspace(), {QStringLiteral("Otto"), QStringLiteral("Schulz"), {}, {}, {}});
    const QString db = t.path();

    Run r = cli({QStringLiteral("duplicates"), QStringLiteral("--db"), db});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("#%1 Anna Weber").arg(a)));
    CHECK(r.out.contains(QStringLiteral("#%1 Anne Weber").arg(b)));
    CHECK(r.out.contains(QLatin1String("same e-mail anna@example.com")));
    CHECK_FALSE(r.out.contains(QLatin1String("Otto")));

    r = cli({QStringLiteral("duplicates"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject d = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(d.value(QLatin1String("customers")).toInteger() == 3);
    const QJsonArray pairs = d.value(QLatin1String("pairs")).toArray();
    REQUIRE(pairs.size() == 1);
    const QJsonObject p = pairs.first().toObject();
    CHECK(p.value(QLatin1String("a")).toObject().value(QLatin1String("id")).toInteger() == a);
    CHECK(p.value(QLatin1String("b")).toObject().value(QLatin1String("name")).toString()
          == QLatin1String("Anne Weber"));
    CHECK(p.value(QLatin1String("score")).toDouble() > 0.9);
    QStringList kinds;
    for (const QJsonValue &e : p.value(QLatin1String("evidence")).toArray())
        kinds << e.toObject().value(QLatin1String("kind")).toString();
    CHECK(kinds.contains(QLatin1String("name")));
    CHECK(kinds.contains(QLatin1String("email")));
    CHECK(kinds.contains(QLatin1String("city")));

    r = cli({QStringLiteral("duplicates"),
             QStringLiteral("--db"),
             db,
             QStringLiteral("--min-score"),
             QStringLiteral("2")});
    CHECK(r.code == 1);
    r = cli({QStringLiteral("merge"), QStringLiteral("--db"), db, QString::number(a)});
    CHECK(r.code == 1);
    r = cli({QStringLiteral("merge"),
             QStringLiteral("--db"),
             db,
             QString::number(a),
             QString::number(b),
             QStringLiteral("--take"),
             QStringLiteral("first_name=theirs")});
    CHECK(r.code == 1);
    r = cli({QStringLiteral("merge"),
             QStringLiteral("--db"),
             db,
             QString::number(a),
             QString::number(b),
             QStringLiteral("--take"),
             QStringLiteral("frist_name=other")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QLatin1String("frist_name")));
    r = cli({QStringLiteral("merge"),
             QStringLiteral("--db"),
             db,
             QString::number(a),
             QStringLiteral("424242")});
    CHECK(r.code == 2);

    r = cli({QStringLiteral("merge"),
             QStringLiteral("--db"),
             db,
             QString::number(a),
             QString::number(b),
             QStringLiteral("--take"),
             QStringLiteral("first_name=other"),
             QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject m = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const qint64 batch = m.value(QLatin1String("batch")).toInteger();
    CHECK(batch > 0);
    CHECK(
        m.value(QLatin1String("moved")).toObject().value(QLatin1String("contact_points")).toInteger()
        == 0);
    CHECK(m.value(QLatin1String("dropped"))
              .toObject()
              .value(QLatin1String("contact_points"))
              .toInteger()
          == 2 /* the e-mail and the Berlin address */);
    QSqlQuery q(t.db().connection());
    REQUIRE(
        q.exec(QStringLiteral("SELECT entity, operation FROM history WHERE id = %1").arg(batch)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("merge"));
    CHECK(q.value(1).toString() == QLatin1String("batch"));
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(a)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("Anne Weber"));

    r = cli({QStringLiteral("duplicates"), QStringLiteral("--db"), db});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QLatin1String("No likely duplicates")));
}
#endif
