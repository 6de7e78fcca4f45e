// rapport-cli export customers: the list, its filters and columns, from the command line.
#include "core/io/vcard.h"
#include "tests/core/customerexportfixture.h"

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test::customerexport;

namespace {

struct CliRun
{
    int code = -1;
    QByteArray out, err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(RAPPORT_CLI_PATH), args);
    if (!p.waitForFinished(120'000))
        FAIL("rapport-cli " << args.join(u' ').toStdString() << " did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

TEST_CASE("rapport-cli export customers writes the list, its filters and columns", "[export][cli]")
{
    ExportFixture f;
    f.consent(f.bob, "email", "opt_in");
    const QString db = f.ws.path();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("leads.csv"));

    CliRun r = cli({QStringLiteral("export"),
                    QStringLiteral("customers"),
                    QStringLiteral("--db"),
                    db,
                    QStringLiteral("--stage"),
                    QStringLiteral("lead"),
                    QStringLiteral("--columns"),
                    QStringLiteral("name,E-mail"),
                    QStringLiteral("--out"),
                    out});
    CAPTURE(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains("Exported 2 customer"));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(
        parseCsv(file.readAll())
        == QList<QStringList>{{QStringLiteral("Name"), QStringLiteral("E-mail")},
                              {QStringLiteral("Bob Brandt"), QStringLiteral("bob@example.com")},
                              {QStringLiteral("Cleo Castell"), QStringLiteral("cleo@example.fr")}});

    // To stdout, the mailing list of those who opted in, with the owner and tag filters.
    r = cli({QStringLiteral("export"),
             QStringLiteral("customers"),
             QStringLiteral("--db"),
             db,
             QStringLiteral("--consent"),
             QStringLiteral("email"),
             QStringLiteral("--columns"),
             QStringLiteral("email"),
             QStringLiteral("--no-bom")});
    REQUIRE(r.code == 0);
    CHECK(r.out == "E-mail\r\nbob@example.com\r\n");
    CHECK(r.err.contains("did not opt in"));
    r = cli({QStringLiteral("export"),
             QStringLiteral("customers"),
             QStringLiteral("--db"),
             db,
             QStringLiteral("--owner"),
             QStringLiteral("mia"),
             QStringLiteral("--tag"),
             QStringLiteral("VIP"),
             QStringLiteral("--columns"),
             QStringLiteral("name")});
    REQUIRE(r.code == 0);
    CHECK(parseCsv(r.out)
          == QList<QStringList>{{QStringLiteral("Name")}, {QStringLiteral("Ada Ärger")}});

    // Usage errors say what is wrong.
    CHECK(cli({QStringLiteral("export"),
               QStringLiteral("customers"),
               QStringLiteral("--db"),
               db,
               QStringLiteral("--columns"),
               QStringLiteral("shoe size")})
              .code
          == 1);
    CHECK(cli({QStringLiteral("export"),
               QStringLiteral("customers"),
               QStringLiteral("--db"),
               db,
               QStringLiteral("--tag"),
               QStringLiteral("nonesuch")})
              .code
          == 2);
    CHECK(cli({QStringLiteral("export"),
               QStringLiteral("customers"),
               QStringLiteral("--db"),
               db,
               QStringLiteral("--segment"),
               QStringLiteral("nonesuch")})
              .code
          == 2);
    // A segment with nobody in it (no orders): the header alone.
    r = cli({QStringLiteral("export"),
             QStringLiteral("customers"),
             QStringLiteral("--db"),
             db,
             QStringLiteral("--segment"),
             QStringLiteral("at risk"),
             QStringLiteral("--columns"),
             QStringLiteral("name"),
             QStringLiteral("--no-bom")});
    CAPTURE(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out == "Name\r\n");
    // vCard to a file.
    const QString vcf = dir.filePath(QStringLiteral("all.vcf"));
    r = cli({QStringLiteral("export"),
             QStringLiteral("customers"),
             QStringLiteral("--db"),
             db,
             QStringLiteral("--format"),
             QStringLiteral("vcard"),
             QStringLiteral("--out"),
             vcf});
    REQUIRE(r.code == 0);
    QFile cards(vcf);
    REQUIRE(cards.open(QIODevice::ReadOnly));
    CHECK(io::readVCards(cards.readAll()).contacts.size() == 4);
    // A folder that does not exist: one sentence, exit 2.
    r = cli({QStringLiteral("export"),
             QStringLiteral("customers"),
             QStringLiteral("--db"),
             db,
             QStringLiteral("--out"),
             dir.filePath(QStringLiteral("no/such/folder/x.csv"))});
    CHECK(r.code == 2);
    CHECK(r.err.startsWith("rapport-cli: "));
}

TEST_CASE("rapport-cli export customers writes the desktop list's columns unless told otherwise",
          "[export][cli]")
{
    ExportFixture f;
    const QString db = f.ws.path();
    const auto header = [&](QStringList extra) {
        CliRun r = cli(QStringList{QStringLiteral("export"),
                                   QStringLiteral("customers"),
                                   QStringLiteral("--db"),
                                   db,
                                   QStringLiteral("--no-bom")}
                       + extra);
        CAPTURE(r.err.toStdString());
        REQUIRE(r.code == 0);
        const QList<QStringList> table = parseCsv(r.out);
        REQUIRE_FALSE(table.isEmpty());
        return table.first();
    };
    QStringList list;
    for (ExportField field : listExportFields())
        list << exportFieldLabel(field);
    CHECK(header({}) == list);
    CHECK(list.contains(QLatin1String("Last contact")));
    QStringList all;
    for (ExportField field : importableExportFields())
        all << exportFieldLabel(field);
    CHECK(header({QStringLiteral("--columns"), QStringLiteral("all")}) == all);
    CHECK(all.size() == 20);
}
