// rapport-cli users and --user, through the real executable: the first administrator set up
// without signing in, then every command signed in; anonymous use, wrong passwords, deactivated
// users and what a role may not do refused with exit 2 and one sentence.
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
    int errLines() const { return int(err.trimmed().split(QLatin1Char('\n')).size()); }
};

Run cli(const QStringList &args, const QString &password = {}, const QString &newPassword = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QString());
    env.remove(QStringLiteral("RAPPORT_PASSWORD"));
    env.remove(QStringLiteral("RAPPORT_NEW_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("RAPPORT_PASSWORD"), password);
    if (!newPassword.isNull())
        env.insert(QStringLiteral("RAPPORT_NEW_PASSWORD"), newPassword);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice()); // no terminal: no prompt
    p.start(QStringLiteral(RAPPORT_CLI_PATH), args);
    REQUIRE(p.waitForFinished(60'000));
    return {p.exitCode(),
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QStringList as(QStringList args, const QString &db, const QString &user = {})
{
    args << QStringLiteral("--db") << db;
    if (!user.isEmpty())
        args << QStringLiteral("--user") << user;
    return args;
}

} // namespace

TEST_CASE("rapport-cli signs in with --user and refuses what a role may not do", "[userscli][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.db"));
    const QString boss = QStringLiteral("S3cret-boss!");
    REQUIRE(cli(as({QStringLiteral("init")}, db)).code == 0);
    REQUIRE(cli(as({QStringLiteral("demo"),
                    QStringLiteral("--customers"),
                    QStringLiteral("200"),
                    QStringLiteral("--quiet")},
                   db))
                .code
            == 0);

    // Without a password the first administrator cannot be made (no terminal to ask in).
    Run r = cli(as({QStringLiteral("users"),
                    QStringLiteral("add"),
                    QStringLiteral("boss"),
                    QStringLiteral("--name"),
                    QStringLiteral("Boss"),
                    QStringLiteral("--role"),
                    QStringLiteral("administrator")},
                   db));
    CHECK(r.code == 2);
    CHECK(r.errLines() == 1);
    // With one, anonymously: the database has no password yet.
    r = cli(as({QStringLiteral("users"),
                QStringLiteral("add"),
                QStringLiteral("boss"),
                QStringLiteral("--name"),
                QStringLiteral("Boss"),
                QStringLiteral("--role"),
                QStringLiteral("administrator")},
               db),
            {},
            boss);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);

    // Now every command needs a signed-in user.
    r = cli(as({QStringLiteral("info")}, db));
    CHECK(r.code == 2);
    CHECK(r.errLines() == 1);
    CHECK(r.err.contains(QLatin1String("requires a password")));
    r = cli(as({QStringLiteral("users"),
                QStringLiteral("add"),
                QStringLiteral("eve"),
                QStringLiteral("--name"),
                QStringLiteral("Eve"),
                QStringLiteral("--role"),
                QStringLiteral("administrator")},
               db),
            {},
            QStringLiteral("Ev3-password"));
    CHECK(r.code == 2); // no second administrator without signing in
    r = cli(as({QStringLiteral("info")}, db, QStringLiteral("boss")), QStringLiteral("wrong-one"));
    CHECK(r.code == 2);
    CHECK(r.errLines() == 1);
    CHECK(r.err.contains(QLatin1String("The login or the password is wrong.")));
    r = cli(as({QStringLiteral("info")}, db, QStringLiteral("nosuchuser")), boss);
    CHECK(r.code == 2);
    CHECK(r.err.contains(QLatin1String("The login or the password is wrong.")));
    r = cli(as({QStringLiteral("info")}, db, QStringLiteral("boss")), boss);
    CHECK(r.code == 0);

    // The administrator adds a rep and an agent, in teams made on the way.
    r = cli(as({QStringLiteral("users"),
                QStringLiteral("add"),
                QStringLiteral("ron"),
                QStringLiteral("--name"),
                QStringLiteral("Ron"),
                QStringLiteral("--role"),
                QStringLiteral("rep"),
                QStringLiteral("--teams"),
                QStringLiteral("North,South")},
               db,
               QStringLiteral("boss")),
            boss,
            QStringLiteral("S3cret-ron!"));
    REQUIRE(r.code == 0);
    r = cli(as({QStringLiteral("users"),
                QStringLiteral("add"),
                QStringLiteral("ada"),
                QStringLiteral("--name"),
                QStringLiteral("Ada"),
                QStringLiteral("--role"),
                QStringLiteral("agent")},
               db,
               QStringLiteral("boss")),
            boss,
            QStringLiteral("S3cret-ada!"));
    REQUIRE(r.code == 0);

    // The agent may search but not export, and not add users.
    r = cli(as({QStringLiteral("search"), QStringLiteral("a")}, db, QStringLiteral("ada")),
            QStringLiteral("S3cret-ada!"));
    CHECK(r.code == 0);
    r = cli(as({QStringLiteral("export"), QStringLiteral("customers")}, db, QStringLiteral("ada")),
            QStringLiteral("S3cret-ada!"));
    CHECK(r.code == 2);
    CHECK(r.errLines() == 1);
    CHECK(r.out.isEmpty());
    r = cli(as({QStringLiteral("users"),
                QStringLiteral("add"),
                QStringLiteral("eve"),
                QStringLiteral("--name"),
                QStringLiteral("Eve"),
                QStringLiteral("--role"),
                QStringLiteral("administrator")},
               db,
               QStringLiteral("ada")),
            QStringLiteral("S3cret-ada!"),
            QStringLiteral("Ev3-password"));
    CHECK(r.code == 2);
    CHECK(r.errLines() == 1);
    CHECK(r.err.contains(QLatin1String("does not allow this: manage users")));
    r = cli(as({QStringLiteral("users"),
                QStringLiteral("set-role"),
                QStringLiteral("ada"),
                QStringLiteral("administrator")},
               db,
               QStringLiteral("ada")),
            QStringLiteral("S3cret-ada!"));
    CHECK(r.code == 2);
    CHECK(r.errLines() == 1);

    // users list --json shows roles, teams and who has a password; never a hash.
    r = cli(as({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")},
               db,
               QStringLiteral("ron")),
            QStringLiteral("S3cret-ron!"));
    REQUIRE(r.code == 0);
    CHECK_FALSE(r.out.contains(QLatin1String("argon2")));
    const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
    bool sawRon = false;
    for (const QJsonValue &v : users) {
        const QJsonObject u = v.toObject();
        if (u.value(QLatin1String("login")).toString() != QLatin1String("ron"))
            continue;
        sawRon = true;
        CHECK(u.value(QLatin1String("role")).toString() == QLatin1String("rep"));
        CHECK(u.value(QLatin1String("teams")).toArray()
              == QJsonArray{QStringLiteral("North"), QStringLiteral("South")});
        CHECK(u.value(QLatin1String("has_password")).toBool());
    }
    CHECK(sawRon);

    // Ron changes his own password (the old one is the one he signed in with).
    r = cli(as({QStringLiteral("users"), QStringLiteral("passwd"), QStringLiteral("ron")},
               db,
               QStringLiteral("ron")),
            QStringLiteral("S3cret-ron!"),
            QStringLiteral("N3w-ron-pass"));
    CHECK(r.code == 0);
    CHECK(
        cli(as({QStringLiteral("info")}, db, QStringLiteral("ron")), QStringLiteral("N3w-ron-pass"))
            .code
        == 0);

    // Deactivated: refused with one sentence.
    r = cli(as({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("ron")},
               db,
               QStringLiteral("boss")),
            boss);
    CHECK(r.code == 0);
    r = cli(as({QStringLiteral("info")}, db, QStringLiteral("ron")), QStringLiteral("N3w-ron-pass"));
    CHECK(r.code == 2);
    CHECK(r.errLines() == 1);
    CHECK(r.err.contains(QLatin1String("deactivated")));

    // The history names the signed-in user, not the operating system's login.
    r = cli(as({QStringLiteral("history"), QStringLiteral("--json")}, db, QStringLiteral("boss")),
            boss);
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QLatin1String("Boss on ")));
}
#endif
